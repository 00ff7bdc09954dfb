import type { ComplexMatrix } from "../../numerics/linalg/types.js";
import { assertComplexMatrix } from "../../numerics/linalg/complex-matrix.js";
import { assertSquare } from "../../numerics/linalg/real-matrix.js";
import { checkIndices } from "./propagator.js";

/**
 * The principal block C_AA of a square complex matrix: rows and columns
 * `indices` (distinct, in that order) — the reduced correlation matrix of the
 * modes A. Throws ParameterError for a non-square or non-finite matrix or invalid
 * indices.
 * @example principalBlock(c, [0, 2]) // 2×2 matrix [[c00, c02], [c20, c22]]
 */
export function principalBlock(c: ComplexMatrix, indices: readonly number[]): ComplexMatrix {
  assertComplexMatrix("c", c);
  assertSquare("c", c);
  checkIndices(indices, c.rows);
  const n = c.cols;
  const a = indices.length;
  const re = new Float64Array(a * a);
  const im = new Float64Array(a * a);
  for (let x = 0; x < a; x++) {
    const row = indices[x] * n;
    for (let y = 0; y < a; y++) {
      re[x * a + y] = c.re[row + indices[y]];
      im[x * a + y] = c.im[row + indices[y]];
    }
  }
  return { rows: a, cols: a, re, im };
}
