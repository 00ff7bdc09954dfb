import { addComplex, conjugateTranspose, identityComplex, multiplyComplex, scaleComplex } from "../../numerics/linalg/complex-matrix.js";
import type { ComplexMatrix } from "../../numerics/linalg/types.js";
import { type Complex2x2, hermitianEigen2x2 } from "../../numerics/linalg/complex2x2.js";
import { modeOperators } from "./interference-dissipator.js";

/**
 * The Gaussian two-mode state with correlation matrix C (C_jk = ⟨d_j†d_k⟩, 0 < C < 1) on the
 * 4-dimensional Fock space, its logarithm and the matrix P of eq. (F6):
 *   ρ = exp(−d†Pᵀd)/det[1 + e^{−P}],   C = [e^P + 1]^{−1}  ⇔  P = ln[(1 − C)/C].
 * With C = U diag(λ) U†, the modes e_m = Σ_k U_km d_k are uncorrelated with ⟨e_m†e_m⟩ = λ_m,
 * so ρ = Π_m[(1 − λ_m) + (2λ_m − 1)e_m†e_m] and ln ρ = −Σ_jk P_kj d_j†d_k − ln det[1 + e^{−P}].
 * Source: 003_3bda4ae6cebee785.txt, eq. (F6).
 */
export function gaussianStateFock(C: Complex2x2): { rho: ComplexMatrix; logRho: ComplexMatrix; P: Complex2x2 } {
  const { values, vectors: U } = hermitianEigen2x2(C);
  const { d, dDagger } = modeOperators();
  const one = identityComplex(4);
  const mode = (m: number) => {
    // e_m = Σ_k U_km d_k
    let e = scaleComplex(d[0], U.re[0][m], U.im[0][m]);
    e = addComplex(e, scaleComplex(d[1], U.re[1][m], U.im[1][m]));
    return multiplyComplex(conjugateTranspose(e), e);
  };
  let rho = one;
  for (let m = 0; m < 2; m++) rho = multiplyComplex(rho, addComplex(scaleComplex(one, 1 - values[m], 0), scaleComplex(mode(m), 2 * values[m] - 1, 0)));
  // P = U diag(ln((1−λ)/λ)) U†
  const p = values.map((l) => Math.log((1 - l) / l));
  const P: Complex2x2 = { re: [[0, 0], [0, 0]], im: [[0, 0], [0, 0]] };
  for (let j = 0; j < 2; j++)
    for (let k = 0; k < 2; k++)
      for (let m = 0; m < 2; m++) {
        // U_jm p_m conj(U_km)
        P.re[j][k] += p[m] * (U.re[j][m] * U.re[k][m] + U.im[j][m] * U.im[k][m]);
        P.im[j][k] += p[m] * (U.im[j][m] * U.re[k][m] - U.re[j][m] * U.im[k][m]);
      }
  const logDet = values.reduce((s, l) => s + Math.log(1 + l / (1 - l)), 0); // det(1 + e^{−P}) = Π 1/(1−λ)
  let logRho = scaleComplex(one, -logDet, 0);
  for (let j = 0; j < 2; j++)
    for (let k = 0; k < 2; k++) {
      // −P_kj d_j†d_k
      logRho = addComplex(logRho, scaleComplex(multiplyComplex(dDagger[j], d[k]), -P.re[k][j], -P.im[k][j]));
    }
  return { rho, logRho, P };
}
