import { addComplex, conjugateTranspose, multiplyComplex, scaleComplex, subtractComplex } from "../../numerics/linalg/complex-matrix.js";
import type { ComplexMatrix } from "../../numerics/linalg/types.js";
import type { Complex } from "../../numerics/complex-number.js";
import { jumpTerm, twoModeOperators } from "./local-generators.js";

/**
 * The interference generator L_int of eq. (65) on the 4-dimensional Fock space of the
 * modes d_1, d_2 (Jordan–Wigner order of physics/lindblad/fermion-operators.ts: |n_1 n_2⟩,
 * mode 1 most significant), its adjoint, and the diagonal form (F1).
 * L_int contains only j ≠ k terms: the diagonal of (51) is L_L + L_R (eq. (56)–(58)),
 * and for j ≠ k the loss rate is Λ⁻_jk = −Λ⁺_jk, hence the minus sign in (65).
 * Source: 003_3bda4ae6cebee785.txt, eqs. (65), (68), (F1).
 */

/** d_1, d_2 and their adjoints on the Fock space (the two-mode operators of local-generators.ts). */
export function modeOperators(): { d: [ComplexMatrix, ComplexMatrix]; dDagger: [ComplexMatrix, ComplexMatrix] } {
  const { a, aDagger } = twoModeOperators();
  return { d: a, dDagger: aDagger };
}

/**
 * Σ_{j≠k} Λ⁺_jk(gain − loss) with Λ⁺_21 = conj Λ⁺_12; the picture decides which side of x
 * each jump operator stands on (the adjoint swaps them).
 */
function interferenceSum(lambda12: Complex, x: ComplexMatrix, picture: "state" | "observable"): ComplexMatrix {
  const { d, dDagger } = modeOperators();
  let out = scaleComplex(x, 0, 0);
  for (const [j, k] of [
    [0, 1],
    [1, 0],
  ]) {
    const l = j === 0 && k === 1 ? lambda12 : { re: lambda12.re, im: -lambda12.im };
    const [gainLeft, gainRight] = picture === "state" ? [dDagger[k], d[j]] : [d[j], dDagger[k]];
    const gain = jumpTerm(gainLeft, x, gainRight, multiplyComplex(d[j], dDagger[k]));
    const loss = jumpTerm(gainRight, x, gainLeft, multiplyComplex(dDagger[k], d[j]));
    out = addComplex(out, scaleComplex(subtractComplex(gain, loss), l.re, l.im));
  }
  return out;
}

/**
 * L_int ρ = Σ_{j≠k} Λ⁺_jk[(d_k†ρd_j − ½{d_jd_k†, ρ}) − (d_jρd_k† − ½{d_k†d_j, ρ})], Λ⁺_21 = conj Λ⁺_12.
 * Source: 003_3bda4ae6cebee785.txt, eq. (65).
 */
export function applyInterference(lambda12: Complex, rho: ComplexMatrix): ComplexMatrix {
  return interferenceSum(lambda12, rho, "state");
}

/**
 * Heisenberg-picture adjoint, defined by Tr[A·L_int ρ] = Tr[(L_int† A)ρ]:
 *   L_int† A = Σ_{j≠k} Λ⁺_jk[(d_jAd_k† − ½{d_jd_k†, A}) − (d_k†Ad_j − ½{d_k†d_j, A})].
 * Source: 003_3bda4ae6cebee785.txt, eqs. (65), (68).
 */
export function applyInterferenceAdjoint(lambda12: Complex, a: ComplexMatrix): ComplexMatrix {
  return interferenceSum(lambda12, a, "observable");
}

/**
 * Diagonal form L_int = Σ_{j=1}^4 λ_j D[L_j] with λ_1 = −λ_2 = −λ_3 = λ_4 = |Λ⁺_12|,
 * L_1 = L_2† = (d_1 − e^{−iθ}d_2)/√2, L_3 = L_4† = (d_1 + e^{−iθ}d_2)/√2, θ = arg Λ⁺_12,
 * D[L]ρ = LρL† − ½{L†L, ρ}.
 * Source: 003_3bda4ae6cebee785.txt, eq. (F1).
 */
export function applyInterferenceDiagonalForm(lambda12: Complex, rho: ComplexMatrix): ComplexMatrix {
  const { d } = modeOperators();
  const mod = Math.hypot(lambda12.re, lambda12.im);
  const th = Math.atan2(lambda12.im, lambda12.re);
  const s = 1 / Math.SQRT2;
  const e2 = (sign: number) => scaleComplex(d[1], sign * s * Math.cos(th), -sign * s * Math.sin(th)); // ±e^{−iθ}d_2/√2
  const L1 = addComplex(scaleComplex(d[0], s, 0), e2(-1));
  const L3 = addComplex(scaleComplex(d[0], s, 0), e2(1));
  const ops: [number, ComplexMatrix][] = [
    [mod, L1],
    [-mod, conjugateTranspose(L1)],
    [-mod, L3],
    [mod, conjugateTranspose(L3)],
  ];
  let out = scaleComplex(rho, 0, 0);
  for (const [lam, L] of ops) {
    const Ld = conjugateTranspose(L);
    out = addComplex(out, scaleComplex(jumpTerm(L, rho, Ld, multiplyComplex(Ld, L)), lam, 0));
  }
  return out;
}
