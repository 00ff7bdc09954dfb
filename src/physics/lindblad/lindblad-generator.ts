import { ParameterError } from "../../core/errors.js";
import { assertComplexMatrix, frobeniusNormComplex } from "../../numerics/linalg/complex-matrix.js";
import type { ComplexMatrix } from "../../numerics/linalg/types.js";

/**
 * A Lindblad (GKSL) generator as data: a Hamiltonian and jump operators with
 * rates, defining
 *   L ρ = −i[H, ρ] + Σ_k γ_k (L_k ρ L_k† − ½{L_k†L_k, ρ}).
 * Source: G. Lindblad, Commun. Math. Phys. 48, 119 (1976); V. Gorini,
 * A. Kossakowski, E. C. G. Sudarshan, J. Math. Phys. 17, 821 (1976).
 * Units: ħ = 1; H and the rates γ_k in energy units, L_k dimensionless.
 */

/** One dissipative channel γ (L ρ L† − ½{L†L, ρ}). */
export interface JumpOperator {
  readonly operator: ComplexMatrix;
  /** γ ≥ 0 (energy). */
  readonly rate: number;
  /** What the channel does, for reports (e.g. "emission into bath A"). */
  readonly label?: string;
}

/** A validated generator: square H of dimension d, jump operators of the same dimension, rates ≥ 0. */
export interface LindbladGenerator {
  readonly dimension: number;
  readonly hamiltonian: ComplexMatrix;
  readonly jumps: readonly JumpOperator[];
}

/**
 * Relative Hermiticity tolerance for H: ‖H − H†‖_F ≤ 1e-12·‖H‖_F. Set by the
 * round-off of assembling H from products of a few matrices (~10 ulp); relax it
 * only for Hamiltonians assembled by long floating-point computations.
 */
export const HAMILTONIAN_HERMITICITY_RTOL = 1e-12;

/**
 * Builds a validated generator.
 * @throws ParameterError (naming 'hamiltonian', 'jumps[k].operator' or 'jumps[k].rate')
 *   for a non-square or non-finite H, a non-Hermitian H (relative Frobenius error above
 *   HAMILTONIAN_HERMITICITY_RTOL), a jump operator of another dimension, or a rate that is
 *   negative or not finite.
 */
export function lindbladGenerator(hamiltonian: ComplexMatrix, jumps: readonly JumpOperator[] = []): LindbladGenerator {
  assertComplexMatrix("hamiltonian", hamiltonian);
  const d = hamiltonian.rows;
  if (hamiltonian.cols !== d || d === 0) {
    throw new ParameterError("hamiltonian.rows×cols", [hamiltonian.rows, hamiltonian.cols], "a non-empty square matrix");
  }
  let antiHermitian = 0;
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < d; j++) {
      const dr = hamiltonian.re[i * d + j] - hamiltonian.re[j * d + i];
      const di = hamiltonian.im[i * d + j] + hamiltonian.im[j * d + i];
      antiHermitian += dr * dr + di * di;
    }
  }
  const norm = frobeniusNormComplex(hamiltonian);
  if (Math.sqrt(antiHermitian) > HAMILTONIAN_HERMITICITY_RTOL * norm) {
    throw new ParameterError(
      "hamiltonian",
      `‖H − H†‖_F = ${Math.sqrt(antiHermitian).toExponential(3)}, ‖H‖_F = ${norm.toExponential(3)}`,
      `a Hermitian matrix (relative error ≤ ${HAMILTONIAN_HERMITICITY_RTOL})`,
    );
  }
  jumps.forEach((jump, k) => {
    assertComplexMatrix(`jumps[${k}].operator`, jump.operator);
    if (jump.operator.rows !== d || jump.operator.cols !== d) {
      throw new ParameterError(`jumps[${k}].operator.rows×cols`, [jump.operator.rows, jump.operator.cols], `${d}×${d} (the dimension of H)`);
    }
    if (!(Number.isFinite(jump.rate) && jump.rate >= 0)) {
      throw new ParameterError(`jumps[${k}].rate`, jump.rate, "a finite number ≥ 0 (a Lindblad rate)");
    }
  });
  return Object.freeze({ dimension: d, hamiltonian, jumps: Object.freeze([...jumps]) });
}
