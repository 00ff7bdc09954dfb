import { ParameterError } from "../../core/errors.js";
import { solveReal } from "./lu-solve.js";
import { realFromRows } from "./real-matrix.js";

/**
 * Stationary distribution of a continuous-time Markov chain: the p with W p = 0 and
 * Σ p = 1, where W[to][from] is the rate generator (off-diagonal rates ≥ 0, columns summing
 * to 0). Solved by LU with the last balance equation replaced by the normalisation (W has
 * rank n − 1 for an irreducible chain, so the bordered system is regular).
 * Throws ParameterError for a non-square or empty W; the LU solve throws for a reducible
 * chain (singular bordered system).
 * @example stationaryDistribution([[-1, 2], [1, -2]]) // [2/3, 1/3]
 */
export function stationaryDistribution(w: readonly (readonly number[])[]): number[] {
  const n = w.length;
  if (n === 0 || w.some((row) => row.length !== n)) throw new ParameterError("w", w, "a non-empty square rate matrix W[to][from]");
  const rows = w.map((r, i) => (i === n - 1 ? r.map(() => 1) : [...r]));
  const rhs = realFromRows(w.map((_, i) => [i === n - 1 ? 1 : 0]));
  return Array.from(solveReal(realFromRows(rows), rhs).data);
}
