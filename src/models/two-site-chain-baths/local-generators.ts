import { addComplex, conjugateTranspose, multiplyComplex, scaleComplex, subtractComplex, zerosComplex } from "../../numerics/linalg/complex-matrix.js";
import type { ComplexMatrix } from "../../numerics/linalg/types.js";
import { fermionAnnihilators } from "../../physics/lindblad/fermion-operators.js";
import type { Complex2x2 } from "../../numerics/linalg/complex2x2.js";

/**
 * Quadratic (Gaussian) generators of Sec. V on the 4-dimensional Fock space, in any
 * basis of two fermionic modes a_1, a_2 (the energy modes d_j or the sites c_α):
 *   Lρ = Σ_jk Λ⁺_jk(a_k†ρa_j − ½{a_ja_k†, ρ}) + Λ⁻_jk(a_jρa_k† − ½{a_k†a_j, ρ}),
 * the form of eqs. (51), (57), (65), (70), (71); and its Heisenberg-picture adjoint
 *   L†X = Σ_jk Λ⁺_jk(a_jXa_k† − ½{a_ja_k†, X}) + Λ⁻_jk(a_k†Xa_j − ½{a_k†a_j, X}),
 * defined by Tr[X·Lρ] = Tr[(L†X)ρ]. Jordan–Wigner order of physics/lindblad/fermion-operators.ts
 * (|n_1 n_2⟩, mode 1 most significant); a_1 = c_L (or d_1), a_2 = c_R (or d_2).
 * Rates in energy units. Source: 003_3bda4ae6cebee785.txt, eqs. (51), (57), (65), (70)–(71).
 */

/** The two annihilators a_1, a_2 and their adjoints (the same matrices serve for d_j and c_α). */
export function twoModeOperators(): { a: [ComplexMatrix, ComplexMatrix]; aDagger: [ComplexMatrix, ComplexMatrix] } {
  const [a1, a2] = fermionAnnihilators(2);
  return { a: [a1, a2], aDagger: [conjugateTranspose(a1), conjugateTranspose(a2)] };
}

function anticommutator(a: ComplexMatrix, b: ComplexMatrix): ComplexMatrix {
  return addComplex(multiplyComplex(a, b), multiplyComplex(b, a));
}

/**
 * left·x·right − ½{anti, x}: one jump term of a dissipator, D[L]ρ = LρL† − ½{L†L, ρ} in the
 * Schrödinger picture (left = L, right = L†, anti = L†L) or its adjoint in the Heisenberg picture.
 */
export function jumpTerm(left: ComplexMatrix, x: ComplexMatrix, right: ComplexMatrix, anti: ComplexMatrix): ComplexMatrix {
  return subtractComplex(multiplyComplex(multiplyComplex(left, x), right), scaleComplex(anticommutator(anti, x), 0.5, 0));
}

/**
 * Σ_jk Λ⁺_jk·gain_jk + Λ⁻_jk·loss_jk on x; the picture decides which side of x each jump
 * operator stands on (the adjoint swaps them). Entries that are exactly zero are skipped.
 */
function quadraticSum(plus: Complex2x2, minus: Complex2x2, x: ComplexMatrix, picture: "state" | "observable"): ComplexMatrix {
  const { a, aDagger } = twoModeOperators();
  let out = zerosComplex(4, 4);
  for (let j = 0; j < 2; j++)
    for (let k = 0; k < 2; k++) {
      const [gainLeft, gainRight] = picture === "state" ? [aDagger[k], a[j]] : [a[j], aDagger[k]];
      const pr = plus.re[j][k];
      const pi = plus.im[j][k];
      if (pr !== 0 || pi !== 0) out = addComplex(out, scaleComplex(jumpTerm(gainLeft, x, gainRight, multiplyComplex(a[j], aDagger[k])), pr, pi));
      const mr = minus.re[j][k];
      const mi = minus.im[j][k];
      if (mr !== 0 || mi !== 0) out = addComplex(out, scaleComplex(jumpTerm(gainRight, x, gainLeft, multiplyComplex(aDagger[k], a[j])), mr, mi));
    }
  return out;
}

/**
 * Applies the quadratic generator with gain matrix `plus` and loss matrix `minus`
 * (2×2, Hermitian in the paper's use) to ρ. Entries that are exactly zero are skipped,
 * so a diagonal pair gives Σ_j Λ⁻_jjD[a_j] + Λ⁺_jjD[a_j†] (eqs. (57), (70)).
 */
export function applyQuadraticGenerator(plus: Complex2x2, minus: Complex2x2, rho: ComplexMatrix): ComplexMatrix {
  return quadraticSum(plus, minus, rho, "state");
}

/** The adjoint L†X of {@link applyQuadraticGenerator} (Heisenberg picture). */
export function applyQuadraticAdjoint(plus: Complex2x2, minus: Complex2x2, x: ComplexMatrix): ComplexMatrix {
  return quadraticSum(plus, minus, x, "observable");
}

/** A diagonal rate pair: Λ⁺ = diag(gain), Λ⁻ = diag(loss) — the generators (57) and (70). */
export function diagonalRates(gain: readonly [number, number], loss: readonly [number, number]): { plus: Complex2x2; minus: Complex2x2 } {
  return {
    plus: { re: [[gain[0], 0], [0, gain[1]]], im: [[0, 0], [0, 0]] },
    minus: { re: [[loss[0], 0], [0, loss[1]]], im: [[0, 0], [0, 0]] },
  };
}

/** The off-diagonal part of a rate matrix (the cross terms of eq. (71)). */
export function offDiagonal(m: Complex2x2): Complex2x2 {
  return { re: [[0, m.re[0][1]], [m.re[1][0], 0]], im: [[0, m.im[0][1]], [m.im[1][0], 0]] };
}

/**
 * H_S in the site Fock space: h_L n_L + h_R n_R − (g/2)(c_L†c_R + c_R†c_L), h_{L,R} = h ± δ/2.
 * Source: 003_3bda4ae6cebee785.txt, eq. (10).
 */
export function siteHamiltonianFock(p: { h: number; delta: number; g: number }): ComplexMatrix {
  const { a, aDagger } = twoModeOperators();
  const nL = multiplyComplex(aDagger[0], a[0]);
  const nR = multiplyComplex(aDagger[1], a[1]);
  const hop = addComplex(multiplyComplex(aDagger[0], a[1]), multiplyComplex(aDagger[1], a[0]));
  return addComplex(addComplex(scaleComplex(nL, p.h + p.delta / 2, 0), scaleComplex(nR, p.h - p.delta / 2, 0)), scaleComplex(hop, -p.g / 2, 0));
}

/** n_1 = a_1†a_1 and n_2 = a_2†a_2 on the Fock space. */
export function occupationOperators(): [ComplexMatrix, ComplexMatrix] {
  const { a, aDagger } = twoModeOperators();
  return [multiplyComplex(aDagger[0], a[0]), multiplyComplex(aDagger[1], a[1])];
}
