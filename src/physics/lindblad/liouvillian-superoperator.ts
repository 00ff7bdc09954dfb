import { conjugateTranspose, identityComplex, kroneckerComplex, multiplyComplex } from "../../numerics/linalg/complex-matrix.js";
import type { ComplexMatrix } from "../../numerics/linalg/types.js";
import type { LindbladGenerator } from "./lindblad-generator.js";

/**
 * The Liouvillian superoperator 𝓛 as a d²×d² matrix acting on vec(ρ) in the
 * row-major convention of row-major-vectorization.ts (vec(AXB) = (A ⊗ Bᵀ) vec X):
 *   𝓛 = −i (H ⊗ 1 − 1 ⊗ Hᵀ)
 *       + Σ_k γ_k [ L_k ⊗ L̄_k − ½ (L_k†L_k ⊗ 1) − ½ (1 ⊗ (L_k†L_k)ᵀ) ],
 * so that vec(𝓛ρ) = 𝓛 · vec(ρ) with
 *   𝓛ρ = −i[H, ρ] + Σ_k γ_k (L_k ρ L_k† − ½{L_k†L_k, ρ}).
 * Source: G. Lindblad, Commun. Math. Phys. 48, 119 (1976). The Kronecker
 * identity follows from (AXB)_ij = Σ_kl A_ik X_kl B_lj = Σ_kl (A ⊗ Bᵀ)[i·d+j][k·d+l] X_kl.
 * Units: energy (rates and H in energy units, ħ = 1).
 * Cost: O(d⁴) memory; meant for small systems (d ≤ 64). The input is a validated
 * generator (lindbladGenerator), so nothing is re-checked here.
 */
export function liouvillianSuperoperator(generator: LindbladGenerator): ComplexMatrix {
  const d = generator.dimension;
  const n = d * d;
  const re = new Float64Array(n * n);
  const im = new Float64Array(n * n);
  const one = identityComplex(d);
  const accumulate = (term: ComplexMatrix, cr: number, ci: number): void => {
    for (let p = 0; p < re.length; p++) {
      const tr = term.re[p];
      const ti = term.im[p];
      re[p] += cr * tr - ci * ti;
      im[p] += cr * ti + ci * tr;
    }
  };
  const h = generator.hamiltonian;
  accumulate(kroneckerComplex(h, one), 0, -1); // −i H ⊗ 1
  accumulate(kroneckerComplex(one, transpose(h)), 0, 1); // +i 1 ⊗ Hᵀ
  for (const { operator: l, rate } of generator.jumps) {
    if (rate === 0) continue;
    const lDagger = conjugateTranspose(l);
    const lDaggerL = multiplyComplex(lDagger, l);
    accumulate(kroneckerComplex(l, conjugate(l)), rate, 0); // γ L ⊗ L̄
    accumulate(kroneckerComplex(lDaggerL, one), -0.5 * rate, 0); // −γ/2 L†L ⊗ 1
    accumulate(kroneckerComplex(one, transpose(lDaggerL)), -0.5 * rate, 0); // −γ/2 1 ⊗ (L†L)ᵀ
  }
  return { rows: n, cols: n, re, im };
}

/** Transpose without conjugation. */
function transpose(a: ComplexMatrix): ComplexMatrix {
  const t = conjugateTranspose(a);
  const im = t.im;
  for (let p = 0; p < im.length; p++) im[p] = -im[p];
  return t;
}

/** Entrywise complex conjugate. */
function conjugate(a: ComplexMatrix): ComplexMatrix {
  const im = new Float64Array(a.im.length);
  for (let p = 0; p < im.length; p++) im[p] = -a.im[p];
  return { rows: a.rows, cols: a.cols, re: Float64Array.from(a.re), im };
}
