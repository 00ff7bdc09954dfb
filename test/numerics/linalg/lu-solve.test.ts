import { describe, expect, it } from "vitest";
import { ParameterError } from "../../../src/core/errors.js";
import { complexFromParts, complexToParts, zerosComplex } from "../../../src/numerics/linalg/complex-matrix.js";
import { solveComplex, solveReal } from "../../../src/numerics/linalg/lu-solve.js";
import { realFromRows, realToRows, zerosReal } from "../../../src/numerics/linalg/real-matrix.js";

const EPS = 2 ** -52;

function maxDiff(actual: number[][], expected: number[][]): number {
  let worst = 0;
  actual.forEach((row, i) => row.forEach((x, j) => (worst = Math.max(worst, Math.abs(x - expected[i][j])))));
  return worst;
}

describe("solveReal", () => {
  it("solves 2x + y = 3, x + 3y = 5: (x, y) = (4/5, 7/5)", () => {
    const x = realToRows(solveReal(realFromRows([[2, 1], [1, 3]]), realFromRows([[3], [5]])));
    expect(maxDiff(x, [[0.8], [1.4]])).toBeLessThanOrEqual(4 * EPS); // cond ≈ 2.6, O(1) entries
  });

  it("pivots past a zero leading entry", () => {
    expect(realToRows(solveReal(realFromRows([[0, 1], [1, 0]]), realFromRows([[2], [3]])))).toEqual([[3], [2]]);
  });

  it("solves for several right-hand sides at once (A X = B with B built from a known X)", () => {
    // A = [[4, −2, 1], [3, 6, −4], [2, 1, 8]], X = [[1, 2], [−1, 0], [3, 1]] ⇒ B = A X by hand
    const a = realFromRows([[4, -2, 1], [3, 6, -4], [2, 1, 8]]);
    const b = realFromRows([[9, 9], [-15, 2], [25, 12]]);
    // cond(A) ≈ 3; entries O(3): 10·3·3·ε
    expect(maxDiff(realToRows(solveReal(a, b)), [[1, 2], [-1, 0], [3, 1]])).toBeLessThanOrEqual(90 * EPS);
  });

  it("returns an empty solution for a 0×0 system", () => {
    expect(solveReal(zerosReal(0, 0), zerosReal(0, 2)).data.length).toBe(0);
  });

  it.each([
    [() => solveReal(realFromRows([[1, 2], [2, 4]]), realFromRows([[1], [1]])), /'a' = "pivot 1 = .*nonsingular/],
    [() => solveReal(zerosReal(1, 1), realFromRows([[1]])), /'a' = "pivot 0 = 0.000e\+0"/],
    [() => solveReal(zerosReal(2, 3), zerosReal(2, 1)), /'a.rows×cols' = \[2,3\]/],
    [() => solveReal(realFromRows([[1, 0], [0, 1]]), zerosReal(3, 1)), /'b.rows' = 3/],
    [() => solveReal(realFromRows([[1]]), { rows: 1, cols: 1, data: Float64Array.of(NaN) }), /'b\[0\]\[0\]' = NaN/],
  ])("rejects singular or malformed input with a ParameterError naming it (%#)", (call, message) => {
    expect(call).toThrow(ParameterError);
    expect(call).toThrow(message);
  });
});

describe("solveComplex", () => {
  it("solves [[1, i], [0, 2]] x = [1 + i, 2]: x = [1, 1]", () => {
    const a = complexFromParts([[1, 0], [0, 2]], [[0, 1], [0, 0]]);
    const b = complexFromParts([[1], [2]], [[1], [0]]);
    const x = complexToParts(solveComplex(a, b));
    expect(maxDiff(x.re, [[1], [1]])).toBeLessThanOrEqual(2 * EPS);
    expect(maxDiff(x.im, [[0], [0]])).toBeLessThanOrEqual(2 * EPS);
  });

  it("i·x = 1 gives x = −i; a pivot is chosen by modulus", () => {
    expect(complexToParts(solveComplex(complexFromParts([[0]], [[1]]), complexFromParts([[1]], [[0]])))).toEqual({ re: [[0]], im: [[-1]] });
    // [[ε-ish, 1], [1 + i, 0]]: the second row has the larger modulus in column 0
    const a = complexFromParts([[1e-20, 1], [1, 0]], [[0, 0], [1, 0]]);
    const x = complexToParts(solveComplex(a, complexFromParts([[1], [1]], [[0], [1]])));
    // (1+i) x₀ = 1 + i ⇒ x₀ = 1; 1e-20·x₀ + x₁ = 1 ⇒ x₁ = 1 − 1e-20 = 1 in double precision
    expect(maxDiff(x.re, [[1], [1]])).toBeLessThanOrEqual(2 * EPS);
    expect(maxDiff(x.im, [[0], [0]])).toBeLessThanOrEqual(2 * EPS);
  });

  it("rejects a singular matrix and mismatched shapes, naming the parameter", () => {
    const singular = complexFromParts([[1, 0], [0, 0]], [[0, 1], [1, 0]]); // rows (1, i) and (i, 0)… made singular below
    singular.re[3] = -1; // row 2 = i·row 1 = (i, −1)
    expect(() => solveComplex(singular, zerosComplex(2, 1))).toThrow(/'a' = "pivot 1/);
    expect(() => solveComplex(singular, zerosComplex(1, 1))).toThrow(/'b.rows' = 1/);
  });
});
