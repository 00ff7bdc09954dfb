import { describe, expect, it } from "vitest";
import { ParameterError } from "../../../src/core/errors.js";
import { seededRandom } from "../../../src/numerics/random.js";
import {
  addReal,
  frobeniusNormReal,
  identityReal,
  maxAbsDifferenceReal,
  multiplyReal,
  realFromRows,
  realToRows,
  scaleReal,
  subtractReal,
  symmetrize,
  transposeReal,
  zerosReal,
} from "../../../src/numerics/linalg/real-matrix.js";
import type { RealMatrix } from "../../../src/numerics/linalg/types.js";

function randomMatrix(rows: number, cols: number, seed: number): RealMatrix {
  const rng = seededRandom(seed);
  return { rows, cols, data: Float64Array.from({ length: rows * cols }, () => rng.normal()) };
}

/** Textbook triple loop, the independent oracle for the blocked GEMM. */
function naiveProduct(a: RealMatrix, b: RealMatrix): Float64Array {
  const c = new Float64Array(a.rows * b.cols);
  for (let i = 0; i < a.rows; i++) {
    for (let j = 0; j < b.cols; j++) {
      let s = 0;
      for (let k = 0; k < a.cols; k++) s += a.data[i * a.cols + k] * b.data[k * b.cols + j];
      c[i * b.cols + j] = s;
    }
  }
  return c;
}

describe("construction and conversion", () => {
  it("builds row-major data from rows and converts back", () => {
    const m = realFromRows([[1, 2, 3], [4, 5, 6]]);
    expect([m.rows, m.cols]).toEqual([2, 3]);
    expect(Array.from(m.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(realToRows(m)).toEqual([[1, 2, 3], [4, 5, 6]]);
  });

  it("makes zeros and identities of the asked size", () => {
    expect(Array.from(zerosReal(2, 3).data)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(realToRows(identityReal(3))).toEqual([[1, 0, 0], [0, 1, 0], [0, 0, 1]]);
    expect(identityReal(0).data.length).toBe(0);
  });

  it.each([
    [() => realFromRows([[1, 2], [3]]), /rows\[1\]\.length/],
    [() => realFromRows([[1, NaN]]), /rows\[0\]\[1\]' = NaN/],
    [() => realFromRows([[Infinity]]), /rows\[0\]\[0\]' = Infinity/],
    [() => zerosReal(-1, 2), /'rows' = -1/],
    [() => identityReal(2.5), /'n' = 2.5/],
  ])("rejects bad input with a ParameterError naming the parameter (%#)", (build, message) => {
    expect(build).toThrow(ParameterError);
    expect(build).toThrow(message);
  });
});

describe("multiplyReal (blocked GEMM)", () => {
  it("multiplies a 2×3 by a 3×2 matrix (hand-computed product)", () => {
    const a = realFromRows([[1, 2, 3], [4, 5, 6]]);
    const b = realFromRows([[7, 8], [9, 10], [11, 12]]);
    expect(realToRows(multiplyReal(a, b))).toEqual([[58, 64], [139, 154]]);
  });

  it("agrees with the naive triple loop across block boundaries (k = 257, j = 513)", () => {
    const a = randomMatrix(7, 257, 1);
    const b = randomMatrix(257, 513, 2);
    const c = multiplyReal(a, b);
    const reference = naiveProduct(a, b);
    let worst = 0;
    for (let i = 0; i < reference.length; i++) worst = Math.max(worst, Math.abs(c.data[i] - reference[i]));
    // each entry is a 257-term sum of O(1) products summed in a different order:
    // |Δ| ≤ 2·257·ε·Σ|a_ik b_kj| ≈ 2·257·2.2e-16·257·0.8 ≈ 2e-11
    expect(worst).toBeLessThan(2e-11);
  });

  it("rejects mismatched inner dimensions, naming b.rows", () => {
    expect(() => multiplyReal(zerosReal(2, 3), zerosReal(2, 3))).toThrow(/'b.rows' = 2/);
  });

  it("reports overflow instead of returning Infinity", () => {
    const big = realFromRows([[1e200]]);
    expect(() => multiplyReal(big, big)).toThrow(ParameterError);
  });

  it("handles empty inner dimension (result is zero)", () => {
    const c = multiplyReal(zerosReal(2, 0), zerosReal(0, 3));
    expect(Array.from(c.data)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

describe("elementwise operations and norms", () => {
  const a = realFromRows([[1, -2], [3, 4]]);
  const b = realFromRows([[0.5, 2], [-1, 1]]);

  it("adds, subtracts and scales", () => {
    expect(realToRows(addReal(a, b))).toEqual([[1.5, 0], [2, 5]]);
    expect(realToRows(subtractReal(a, b))).toEqual([[0.5, -4], [4, 3]]);
    expect(realToRows(scaleReal(a, -2))).toEqual([[-2, 4], [-6, -8]]);
  });

  it("transposes a non-square matrix", () => {
    expect(realToRows(transposeReal(realFromRows([[1, 2, 3]])))).toEqual([[1], [2], [3]]);
  });

  it("computes the Frobenius norm (3-4-5) without overflow at 1e200", () => {
    expect(frobeniusNormReal(realFromRows([[3, 4]]))).toBe(5);
    // a few roundings in the scaled sum: relative error ≤ 4ε ≈ 1e-15
    expect(Math.abs(frobeniusNormReal(realFromRows([[3e200, 4e200]])) / 5e200 - 1)).toBeLessThan(1e-15);
    expect(frobeniusNormReal(zerosReal(2, 2))).toBe(0);
  });

  it("measures the largest elementwise difference", () => {
    expect(maxAbsDifferenceReal(a, b)).toBe(4);
    expect(() => maxAbsDifferenceReal(a, zerosReal(2, 3))).toThrow(/b.rows×cols/);
  });

  it("symmetrizes as (A + Aᵀ)/2 and rejects non-square input", () => {
    expect(realToRows(symmetrize(a))).toEqual([[1, 0.5], [0.5, 4]]);
    expect(() => symmetrize(zerosReal(2, 3))).toThrow(/'a.rows×cols'/);
  });
});
