import { ParameterError } from "../../core/errors.js";
import { assertComplexMatrix, frobeniusNormComplex, traceComplex } from "../../numerics/linalg/complex-matrix.js";
import { hermitianEigenvalues } from "../../numerics/linalg/hermitian-eigenvalues.js";
import type { ComplexMatrix } from "../../numerics/linalg/types.js";

/**
 * The numbers that decide whether a matrix is a density matrix: Hermiticity,
 * unit trace and positivity. Nothing is decided here; callers compare the
 * numbers with their own tolerances (and name them in their errors).
 */
export interface DensityMatrixDiagnostics {
  /** ‖ρ − ρ†‖_F / ‖ρ‖_F (0 for the zero matrix). */
  readonly hermiticityError: number;
  /** tr ρ (complex). */
  readonly trace: { readonly re: number; readonly im: number };
  /** Eigenvalues of the Hermitian part (ρ + ρ†)/2, ascending. */
  readonly eigenvalues: Float64Array;
  /** The smallest of them (negative values measure the loss of positivity). */
  readonly minEigenvalue: number;
}

/**
 * Measures Hermiticity, trace and spectrum of a square matrix.
 * Eigenvalues by Householder tridiagonalisation + QL (hermitianEigenvalues):
 * exact for ρ + E with ‖E‖₂ = O(d·ε·‖ρ‖₂).
 * @throws ParameterError for a non-square or non-finite matrix.
 */
export function densityMatrixDiagnostics(rho: ComplexMatrix): DensityMatrixDiagnostics {
  assertComplexMatrix("rho", rho);
  const d = rho.rows;
  if (rho.cols !== d || d === 0) throw new ParameterError("rho.rows×cols", [rho.rows, rho.cols], "a non-empty square matrix");
  let antiHermitian = 0;
  for (let i = 0; i < d; i++) {
    for (let j = i + 1; j < d; j++) {
      const dr = rho.re[i * d + j] - rho.re[j * d + i];
      const di = rho.im[i * d + j] + rho.im[j * d + i];
      antiHermitian += 2 * (dr * dr + di * di);
    }
    antiHermitian += 4 * rho.im[i * d + i] ** 2;
  }
  const norm = frobeniusNormComplex(rho);
  const eigenvalues = hermitianEigenvalues(rho);
  return {
    hermiticityError: norm === 0 ? 0 : Math.sqrt(antiHermitian) / norm,
    trace: traceComplex(rho),
    eigenvalues,
    minEigenvalue: eigenvalues[0],
  };
}
