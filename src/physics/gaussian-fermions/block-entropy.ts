import { hermitianEigenvalues } from "../../numerics/linalg/hermitian-eigenvalues.js";
import type { ComplexMatrix } from "../../numerics/linalg/types.js";
import { binaryEntropy } from "../../numerics/special.js";
import { principalBlock } from "./principal-block.js";

/**
 * Von Neumann entropy (nats) of the Gaussian fermionic state restricted to the
 * modes `indices` (all modes when omitted):
 *   S_A = Σ_α h(λ_α),  h(λ) = −λ ln λ − (1−λ) ln(1−λ),
 * λ_α the eigenvalues of the block C_AA of the correlation matrix C_ij = ⟨c_i† c_j⟩.
 * Eigenvalues within 10⁻¹⁰ outside [0, 1] (rounding of the eigensolver) are clipped
 * by binaryEntropy. Cost: one Hermitian eigenvalue problem of size |A|, O(|A|³).
 * Source: 001_06d9cbfd9396c60e.txt, eq. (21); Peschel, J. Phys. A 36, L205 (2003).
 *
 * Throws ParameterError for a non-square or non-finite matrix, invalid indices, or an
 * eigenvalue further than 10⁻¹⁰ outside [0, 1] (not a fermionic correlation matrix);
 * ConvergenceError from the eigensolver.
 * @example blockEntropy({ rows: 1, cols: 1, re: Float64Array.of(0.5), im: Float64Array.of(0) }) // ln 2
 */
export function blockEntropy(c: ComplexMatrix, indices?: readonly number[]): number {
  const block = indices === undefined ? principalBlock(c, Array.from({ length: c.rows }, (_, i) => i)) : principalBlock(c, indices);
  const values = hermitianEigenvalues(block);
  let entropy = 0;
  for (const lambda of values) entropy += binaryEntropy(lambda);
  return entropy;
}
