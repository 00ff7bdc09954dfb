import { describe, expect, it } from "vitest";
import { ParameterError } from "../../../src/core/errors.js";
import { complexFromParts, zerosComplex } from "../../../src/numerics/linalg/complex-matrix.js";
import { nullSpaceComplex, nullSpaceReal } from "../../../src/numerics/linalg/null-space.js";
import { realFromRows, zerosReal } from "../../../src/numerics/linalg/real-matrix.js";
import type { RealMatrix } from "../../../src/numerics/linalg/types.js";

const EPS = 2 ** -52;

/** |⟨u, n⟩| for a single null vector n (column 0) and a unit reference u: 1 when parallel. */
function overlap(n: RealMatrix, u: number[]): number {
  return Math.abs(u.reduce((s, x, i) => s + x * n.data[i * n.cols], 0));
}

describe("nullSpaceReal", () => {
  it("finds the null vector (1, 1, −1)/√3 of a rank-2 3×3 matrix", () => {
    const n = nullSpaceReal(realFromRows([[1, 2, 3], [2, 4, 6], [1, 0, 1]]));
    expect([n.rows, n.cols]).toEqual([3, 1]);
    const u = [1, 1, -1].map((x) => x / Math.sqrt(3));
    expect(Math.abs(overlap(n, u) - 1)).toBeLessThanOrEqual(1e-15); // angle error O(ε·cond) with cond ≈ 10
  });

  it("stationary vector of a two-state rate matrix [[−a, b], [a, −b]] is ∝ (b, a)", () => {
    const a = 0.3;
    const b = 2.5;
    const n = nullSpaceReal(realFromRows([[-a, b], [a, -b]]));
    expect(n.cols).toBe(1);
    const norm = Math.hypot(a, b);
    expect(Math.abs(overlap(n, [b / norm, a / norm]) - 1)).toBeLessThanOrEqual(4 * EPS);
  });

  it("a wide 1×2 matrix [[1, 1]] has the null vector (1, −1)/√2", () => {
    const n = nullSpaceReal(realFromRows([[1, 1]]));
    expect([n.rows, n.cols]).toEqual([2, 1]);
    expect(Math.abs(overlap(n, [Math.SQRT1_2, -Math.SQRT1_2]) - 1)).toBeLessThanOrEqual(2 * EPS);
  });

  it("full rank gives an empty basis; the zero matrix gives an orthonormal basis of everything", () => {
    expect(nullSpaceReal(realFromRows([[2, 1], [1, 3]])).cols).toBe(0);
    const all = nullSpaceReal(zerosReal(2, 3));
    expect([all.rows, all.cols]).toEqual([3, 3]);
    expect(Array.from(all.data).map(Math.abs)).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 1]);
    expect(nullSpaceReal(zerosReal(0, 2)).cols).toBe(2);
  });

  it("applies the relative rank threshold rtol·|R₀₀|", () => {
    const m = realFromRows([[1, 0], [0, 1e-12]]);
    expect(nullSpaceReal(m).cols).toBe(1); // 1e-12 ≤ 1e-10·1 counts as zero
    expect(nullSpaceReal(m, 1e-13).cols).toBe(0); // 1e-12 > 1e-13·1 counts as rank
  });

  it.each([
    [() => nullSpaceReal(realFromRows([[1]]), -1), /'rtol' = -1/],
    [() => nullSpaceReal(realFromRows([[1]]), 1), /'rtol' = 1/],
    [() => nullSpaceReal({ rows: 1, cols: 2, data: Float64Array.of(1, NaN) }), /'a\[0\]\[1\]' = NaN/],
  ])("rejects bad input with a ParameterError naming the parameter (%#)", (call, message) => {
    expect(call).toThrow(ParameterError);
    expect(call).toThrow(message);
  });
});

describe("nullSpaceComplex", () => {
  it("[[1, i]] has the null vector (−i, 1)/√2 up to a phase", () => {
    const n = nullSpaceComplex(complexFromParts([[1, 0]], [[0, 1]]));
    expect([n.rows, n.cols]).toEqual([2, 1]);
    // ⟨u, n⟩ with u = (−i, 1)/√2: conj(u) = (i, 1)/√2
    const re = (-n.im[0] + n.re[1]) / Math.SQRT2;
    const im = (n.re[0] + n.im[1]) / Math.SQRT2;
    expect(Math.abs(Math.hypot(re, im) - 1)).toBeLessThanOrEqual(4 * EPS);
  });

  it("a complex rank-1 4×4 matrix u vᴴ has a 3-dimensional null space orthogonal to v", () => {
    const u = [[1, 2], [0, -1], [3, 0.5], [-1, 1]]; // (re, im)
    const v = [[0.5, 0], [1, 1], [-2, 0.25], [0, -1]];
    const a = zerosComplex(4, 4);
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 4; j++) {
        // u_i conj(v_j)
        a.re[i * 4 + j] = u[i][0] * v[j][0] + u[i][1] * v[j][1];
        a.im[i * 4 + j] = u[i][1] * v[j][0] - u[i][0] * v[j][1];
      }
    }
    const n = nullSpaceComplex(a);
    expect(n.cols).toBe(3);
    // every null vector x must satisfy vᴴ x = 0 (|v| ≈ 2.8): O(ε·‖v‖) after orthonormal reflections
    for (let c = 0; c < 3; c++) {
      let re = 0;
      let im = 0;
      for (let i = 0; i < 4; i++) {
        const xr = n.re[i * 3 + c];
        const xi = n.im[i * 3 + c];
        re += v[i][0] * xr + v[i][1] * xi;
        im += v[i][0] * xi - v[i][1] * xr;
      }
      expect(Math.hypot(re, im)).toBeLessThanOrEqual(20 * EPS);
    }
  });

  it("rejects a NaN entry naming it", () => {
    expect(() => nullSpaceComplex({ rows: 1, cols: 1, re: Float64Array.of(1), im: Float64Array.of(NaN) })).toThrow(/'a.im\[0\]\[0\]' = NaN/);
  });
});
