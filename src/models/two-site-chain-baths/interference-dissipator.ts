import { addComplex, conjugateTranspose, multiplyComplex, scaleComplex, subtractComplex } from "../../numerics/linalg/complex-matrix.js";
import type { ComplexMatrix } from "../../numerics/linalg/types.js";
import { fermionAnnihilators } from "../../physics/lindblad/fermion-operators.js";

/**
 * The interference generator L_int of eq. (65) on the 4-dimensional Fock space of the
 * modes d_1, d_2 (Jordan–Wigner order of physics/lindblad/fermion-operators.ts: |n_1 n_2⟩,
 * mode 1 most significant), its adjoint, and the diagonal form (F1).
 * L_int contains only j ≠ k terms: the diagonal of (51) is L_L + L_R (eq. (56)–(58)),
 * and for j ≠ k the loss rate is Λ⁻_jk = −Λ⁺_jk, hence the minus sign in (65).
 * Source: 003_3bda4ae6cebee785.txt, eqs. (65), (68), (F1).
 */

/** A complex number with split parts. */
export interface ComplexNumber {
  readonly re: number;
  readonly im: number;
}

/** d_1, d_2 and their adjoints on the Fock space. */
export function modeOperators(): { d: [ComplexMatrix, ComplexMatrix]; dDagger: [ComplexMatrix, ComplexMatrix] } {
  const [d1, d2] = fermionAnnihilators(2);
  return { d: [d1, d2], dDagger: [conjugateTranspose(d1), conjugateTranspose(d2)] };
}

function anticommutator(a: ComplexMatrix, b: ComplexMatrix): ComplexMatrix {
  return addComplex(multiplyComplex(a, b), multiplyComplex(b, a));
}

function lambdaEntry(lambda12: ComplexNumber, j: number, k: number): ComplexNumber {
  return j === 0 && k === 1 ? lambda12 : { re: lambda12.re, im: -lambda12.im };
}

/**
 * L_int ρ = Σ_{j≠k} Λ⁺_jk[(d_k†ρd_j − ½{d_jd_k†, ρ}) − (d_jρd_k† − ½{d_k†d_j, ρ})], Λ⁺_21 = conj Λ⁺_12.
 * Source: 003_3bda4ae6cebee785.txt, eq. (65).
 */
export function applyInterference(lambda12: ComplexNumber, rho: ComplexMatrix): ComplexMatrix {
  const { d, dDagger } = modeOperators();
  let out = scaleComplex(rho, 0, 0);
  for (const [j, k] of [
    [0, 1],
    [1, 0],
  ]) {
    const l = lambdaEntry(lambda12, j, k);
    const gain = subtractComplex(multiplyComplex(multiplyComplex(dDagger[k], rho), d[j]), scaleComplex(anticommutator(multiplyComplex(d[j], dDagger[k]), rho), 0.5, 0));
    const loss = subtractComplex(multiplyComplex(multiplyComplex(d[j], rho), dDagger[k]), scaleComplex(anticommutator(multiplyComplex(dDagger[k], d[j]), rho), 0.5, 0));
    out = addComplex(out, scaleComplex(subtractComplex(gain, loss), l.re, l.im));
  }
  return out;
}

/**
 * Heisenberg-picture adjoint, defined by Tr[A·L_int ρ] = Tr[(L_int† A)ρ]:
 *   L_int† A = Σ_{j≠k} Λ⁺_jk[(d_jAd_k† − ½{d_jd_k†, A}) − (d_k†Ad_j − ½{d_k†d_j, A})].
 * Source: 003_3bda4ae6cebee785.txt, eqs. (65), (68).
 */
export function applyInterferenceAdjoint(lambda12: ComplexNumber, a: ComplexMatrix): ComplexMatrix {
  const { d, dDagger } = modeOperators();
  let out = scaleComplex(a, 0, 0);
  for (const [j, k] of [
    [0, 1],
    [1, 0],
  ]) {
    const l = lambdaEntry(lambda12, j, k);
    const gain = subtractComplex(multiplyComplex(multiplyComplex(d[j], a), dDagger[k]), scaleComplex(anticommutator(multiplyComplex(d[j], dDagger[k]), a), 0.5, 0));
    const loss = subtractComplex(multiplyComplex(multiplyComplex(dDagger[k], a), d[j]), scaleComplex(anticommutator(multiplyComplex(dDagger[k], d[j]), a), 0.5, 0));
    out = addComplex(out, scaleComplex(subtractComplex(gain, loss), l.re, l.im));
  }
  return out;
}

/**
 * Diagonal form L_int = Σ_{j=1}^4 λ_j D[L_j] with λ_1 = −λ_2 = −λ_3 = λ_4 = |Λ⁺_12|,
 * L_1 = L_2† = (d_1 − e^{−iθ}d_2)/√2, L_3 = L_4† = (d_1 + e^{−iθ}d_2)/√2, θ = arg Λ⁺_12,
 * D[L]ρ = LρL† − ½{L†L, ρ}.
 * Source: 003_3bda4ae6cebee785.txt, eq. (F1).
 */
export function applyInterferenceDiagonalForm(lambda12: ComplexNumber, rho: ComplexMatrix): ComplexMatrix {
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
    const D = subtractComplex(multiplyComplex(multiplyComplex(L, rho), Ld), scaleComplex(anticommutator(multiplyComplex(Ld, L), rho), 0.5, 0));
    out = addComplex(out, scaleComplex(D, lam, 0));
  }
  return out;
}
