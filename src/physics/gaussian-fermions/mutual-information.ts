import { ParameterError } from "../../core/errors.js";
import type { ComplexMatrix } from "../../numerics/linalg/types.js";
import { blockEntropy } from "./block-entropy.js";

/**
 * Mutual information (nats) between two disjoint sets of modes A and B of a
 * Gaussian fermionic state with correlation matrix C:
 *   I(A:B) = S_A + S_B − S_{A∪B} ≥ 0,
 * each entropy from {@link blockEntropy}. Source: 001_06d9cbfd9396c60e.txt,
 * eqs. (12) and (21) (I_{S−B}, I_{L−R}).
 *
 * Throws ParameterError for invalid or overlapping index lists, and as blockEntropy.
 * @example mutualInformation(c, [0], [1, 2])
 */
export function mutualInformation(c: ComplexMatrix, a: readonly number[], b: readonly number[]): number {
  const inA = new Set(a);
  for (let i = 0; i < b.length; i++) {
    if (inA.has(b[i])) throw new ParameterError(`b[${i}]`, b[i], "a mode not in a (A and B must be disjoint)");
  }
  return blockEntropy(c, a) + blockEntropy(c, b) - blockEntropy(c, [...a, ...b]);
}
