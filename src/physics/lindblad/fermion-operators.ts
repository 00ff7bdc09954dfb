import { ParameterError } from "../../core/errors.js";
import type { ComplexMatrix } from "../../numerics/linalg/types.js";

/**
 * Fermionic annihilation operators of m modes on the 2^m-dimensional Fock
 * space, by the Jordan–Wigner construction.
 *
 * Basis order (exported as {@link occupationBasisLabels}): the occupation-number
 * states |n_1 n_2 … n_m⟩ with mode 1 the most significant bit, i.e. the basis
 * index is s = Σ_j n_j 2^{m−j}. For two modes A = 1, B = 2 the order is
 * 00, 01, 10, 11 = |n_A n_B⟩.
 *
 * Jordan–Wigner: c_j = Z ⊗ … ⊗ Z ⊗ σ⁻ ⊗ 1 ⊗ … ⊗ 1 (σ⁻ on factor j, Z = diag(1, −1)
 * in the occupation basis {|0⟩, |1⟩}), so that
 *   c_j |… n_j …⟩ = (−1)^{Σ_{k<j} n_k} n_j |… n_j − 1 …⟩,
 * and {c_i, c_j†} = δ_ij, {c_i, c_j} = 0. All entries are real (0, ±1).
 * Source: P. Jordan, E. Wigner, Z. Phys. 47, 631 (1928).
 */

/** Largest number of modes accepted: a 2^10 = 1024-dimensional operator takes 16 MiB. */
export const MAX_FERMION_MODES = 10;

function assertModes(modes: number): void {
  if (!Number.isInteger(modes) || modes < 1 || modes > MAX_FERMION_MODES) {
    throw new ParameterError("modes", modes, `an integer in [1, ${MAX_FERMION_MODES}] (the Fock space has dimension 2^modes)`);
  }
}

/**
 * The annihilation operators c_1 … c_m (index 0 of the result is mode 1) as
 * 2^m × 2^m complex matrices with real entries.
 * @example fermionAnnihilators(1)[0] // σ⁻ = [[0, 1], [0, 0]] in the basis |0⟩, |1⟩
 * @throws ParameterError unless modes is an integer in [1, MAX_FERMION_MODES].
 */
export function fermionAnnihilators(modes: number): ComplexMatrix[] {
  assertModes(modes);
  const d = 2 ** modes;
  const operators: ComplexMatrix[] = [];
  for (let j = 1; j <= modes; j++) {
    const re = new Float64Array(d * d);
    const bit = 2 ** (modes - j);
    for (let s = 0; s < d; s++) {
      if ((s & bit) === 0) continue; // n_j = 0: c_j annihilates the state
      // parity of the modes k < j: the bits above `bit`
      let parity = 0;
      for (let k = 1; k < j; k++) if ((s & (2 ** (modes - k))) !== 0) parity ^= 1;
      re[(s - bit) * d + s] = parity === 0 ? 1 : -1;
    }
    operators.push({ rows: d, cols: d, re, im: new Float64Array(d * d) });
  }
  return operators;
}

/**
 * Labels of the basis states in index order, each the string of occupations
 * n_1 n_2 … n_m (mode 1 first).
 * @example occupationBasisLabels(2) // ["00", "01", "10", "11"]
 * @throws ParameterError unless modes is an integer in [1, MAX_FERMION_MODES].
 */
export function occupationBasisLabels(modes: number): string[] {
  assertModes(modes);
  const labels: string[] = [];
  for (let s = 0; s < 2 ** modes; s++) labels.push(s.toString(2).padStart(modes, "0"));
  return labels;
}

/**
 * Basis index of the occupation state |n_1 … n_m⟩: s = Σ_j n_j 2^{m−j}.
 * @example occupationIndex([1, 0]) // 2 (the state |10⟩ = |n_A = 1, n_B = 0⟩)
 * @throws ParameterError for an empty list, more than MAX_FERMION_MODES entries or an entry other than 0 or 1.
 */
export function occupationIndex(occupations: readonly number[]): number {
  assertModes(occupations.length);
  let s = 0;
  occupations.forEach((n, j) => {
    if (n !== 0 && n !== 1) throw new ParameterError(`occupations[${j}]`, n, "0 or 1");
    s = 2 * s + n;
  });
  return s;
}
