import { describe, expect, it } from "vitest";
import { ParameterError } from "../../../src/core/errors.js";
import { arrowheadEigen, arrowheadEigenvalues, type ArrowheadMatrix } from "../../../src/numerics/linalg/arrowhead-eigen.js";
import { arrowheadFactors } from "../../../src/numerics/linalg/arrowhead-factors.js";
import { symmetricEigenvalues } from "../../../src/numerics/linalg/symmetric-eigen.js";
import type { SymmetricEigen } from "../../../src/numerics/linalg/types.js";
import { arrowheadCase, arrowheadNormBound, denseArrowhead } from "./arrowhead-cases.js";

const EPS = Number.EPSILON;

function star(apex: number, diagonal: number[], border: number[]): ArrowheadMatrix {
  return { apex, diagonal: Float64Array.from(diagonal), border: Float64Array.from(border) };
}

/** max |(AV − VΛ)_ij| and max |(VᵀV − I)_ij|, computed on the dense form. */
function residuals(a: ArrowheadMatrix, e: SymmetricEigen): { residual: number; orthogonality: number } {
  const dense = denseArrowhead(a).data;
  const v = e.vectors.data;
  const n = e.values.length;
  let residual = 0;
  let orthogonality = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let av = 0;
      let g = 0;
      for (let k = 0; k < n; k++) {
        av += dense[i * n + k] * v[k * n + j];
        g += v[k * n + i] * v[k * n + j];
      }
      residual = Math.max(residual, Math.abs(av - v[i * n + j] * e.values[j]));
      orthogonality = Math.max(orthogonality, Math.abs(g - (i === j ? 1 : 0)));
    }
  }
  return { residual, orthogonality };
}

function worstDifference(actual: ArrayLike<number>, expected: ArrayLike<number>): number {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  for (let i = 0; i < actual.length; i++) worst = Math.max(worst, Math.abs(actual[i] - expected[i]));
  return worst;
}

describe("arrowheadEigen: closed forms", () => {
  it.each([
    [3, 1.5, -2],
    [1, 1e-9, 1],
    [-4, 2, 7],
  ])("2×2 [[%d, %d], [., %d]]: λ = (a+c)/2 ∓ √(((a−c)/2)² + b²)", (a, b, c) => {
    const m = star(a, [c], [b]);
    const half = Math.hypot((a - c) / 2, b);
    const expected = [(a + c) / 2 - half, (a + c) / 2 + half];
    const e = arrowheadEigen(m);
    const norm = arrowheadNormBound(m);
    // a few roundings of numbers of size ‖A‖ in the secular iteration and the closed form
    expect(worstDifference(e.values, expected), `values ${Array.from(e.values)} vs ${expected}`).toBeLessThanOrEqual(8 * EPS * norm);
    const { residual, orthogonality } = residuals(m, e);
    expect(residual).toBeLessThanOrEqual(8 * EPS * norm); // same rounding budget per entry
    expect(orthogonality).toBeLessThanOrEqual(4 * EPS); // 2-term inner products of normalised vectors
  });

  it("1×1: the apex is the eigenvalue, eigenvector (1)", () => {
    const e = arrowheadEigen(star(-2.5, [], []));
    expect(Array.from(e.values)).toEqual([-2.5]);
    expect(Array.from(e.vectors.data)).toEqual([1]);
  });

  it("all couplings zero: sorted diagonal, unit eigenvectors", () => {
    const e = arrowheadEigen(star(0.5, [3, -1, 2], [0, 0, 0]));
    expect(Array.from(e.values)).toEqual([-1, 0.5, 2, 3]);
    const rowOf = [2, 0, 3, 1]; // eigenvalue order → row of its unit vector
    for (let c = 0; c < 4; c++) expect(Math.abs(e.vectors.data[rowOf[c] * 4 + c])).toBe(1);
  });

  it("M degenerate bath levels d: λ = d (M−1 times) and (α+d)/2 ± √(((α−d)/2)² + ‖z‖²)", () => {
    const d = 0.25;
    const alpha = -0.5;
    const z = [0.3, -0.7, 1.1, 0.2, 0.05];
    const m = star(alpha, new Array(z.length).fill(d), z);
    const norm = Math.hypot(...z);
    const half = Math.hypot((alpha - d) / 2, norm);
    const expected = [(alpha + d) / 2 - half, ...new Array(z.length - 1).fill(d), (alpha + d) / 2 + half];
    const e = arrowheadEigen(m);
    const bound = arrowheadNormBound(m);
    // deflation is exact here (equal poles); the remaining 2×2 secular problem rounds like the closed form
    expect(worstDifference(e.values, expected), `values ${Array.from(e.values)}`).toBeLessThanOrEqual(8 * EPS * bound);
    const { residual, orthogonality } = residuals(m, e);
    expect(residual).toBeLessThanOrEqual(8 * EPS * bound);
    expect(orthogonality).toBeLessThanOrEqual(8 * EPS); // Householder complement: a few roundings per entry
  });

  it("two baths on the same grid: every grid level is an eigenvalue (the L−R combination), the rest is the single-grid star with coupling √2·t", () => {
    const k = 25;
    const width = 10;
    const spacing = width / (k - 1);
    const t = Math.sqrt((3 * spacing) / (2 * Math.PI));
    const grid = Array.from({ length: k }, (_, i) => i * spacing - width / 2);
    const two = star(0, [...grid, ...grid], new Array(2 * k).fill(t));
    // independent reference: the dense eigenvalues of the single-grid star with coupling √2·t
    const single = symmetricEigenvalues(denseArrowhead(star(0, grid, new Array(k).fill(Math.SQRT2 * t))));
    const expected = Float64Array.from([...grid, ...single]).sort();
    const e = arrowheadEigen(two);
    const bound = arrowheadNormBound(two);
    // dense reference: backward error O(n·ε·‖A‖) with n = 26; 10·n·ε·‖A‖ allows its constant
    expect(worstDifference(e.values, expected)).toBeLessThanOrEqual(10 * 26 * EPS * bound);
    const f = arrowheadFactors(two);
    expect(f.poles.length, "25 merged L/R pairs").toBe(k);
    expect(f.isolated.length).toBe(0);
    const { residual, orthogonality } = residuals(two, e);
    expect(residual).toBeLessThanOrEqual((24 + 51) * EPS * bound); // (24 + n)·ε·‖A‖, see the property file
    expect(orthogonality).toBeLessThanOrEqual((16 + 51) * EPS);
  });

  it("scaling by an exact power of two scales the result exactly (internal power-of-two scaling)", () => {
    const a = arrowheadCase("random", 17, 7);
    const base = arrowheadEigen(a);
    for (const power of [-600, -60, 60, 600]) {
      const s = 2 ** power;
      const scaled = arrowheadEigen({ apex: a.apex * s, diagonal: a.diagonal.map((x) => x * s), border: a.border.map((x) => x * s) });
      expect(Array.from(scaled.values)).toEqual(Array.from(base.values, (x) => x * s));
      expect(Array.from(scaled.vectors.data)).toEqual(Array.from(base.vectors.data));
    }
  });

  it("a coupling below 8ε·‖A‖ is deflated, one above it is not; both give eigenvalues within it of the exact ones", () => {
    // A = [[0, z], [z, 1]] has λ₊ − 1 = z² + O(z⁴): below ε for z ≤ 1e-8
    for (const z of [0, 1e-300, 1e-14, 1e-10]) {
      const m = star(0, [1, -1], [z, 0.5]);
      const e = arrowheadEigenvalues(m);
      const bound = arrowheadNormBound(m);
      // reference: the 2×2 block [[0, 0.5], [0.5, −1]] plus the level 1 shifted by z²/(1 − λ) ≤ z²
      const half = Math.hypot(0.5, 0.5);
      const expected = [-0.5 - half, -0.5 + half, 1];
      expect(worstDifference(e, expected), `z = ${z}: ${Array.from(e)}`).toBeLessThanOrEqual(8 * EPS * bound + z * z + z);
      const f = arrowheadFactors(m);
      const deflated = Math.abs(z) <= 8 * EPS * f.scale;
      expect(f.isolated.length, `z = ${z}, tolerance ${8 * EPS * f.scale}`).toBe(deflated ? 1 : 0);
    }
  });

  it("eigenvalues only agree with the full decomposition bit for bit", () => {
    const a = arrowheadCase("clustered", 40, 11);
    expect(Array.from(arrowheadEigenvalues(a))).toEqual(Array.from(arrowheadEigen(a).values));
  });
});

describe("arrowheadEigen: input validation", () => {
  it.each([
    ["apex", star(Number.NaN, [1], [1])],
    ["border.length", { apex: 0, diagonal: Float64Array.of(1, 2), border: Float64Array.of(1) }],
    ["diagonal[1]", star(0, [1, Number.POSITIVE_INFINITY], [1, 1])],
    ["border[0]", star(0, [1], [Number.NaN])],
  ])("rejects a bad %s with ParameterError naming it", (name, matrix) => {
    expect(() => arrowheadEigen(matrix)).toThrow(ParameterError);
    expect(() => arrowheadEigen(matrix)).toThrow(name);
    expect(() => arrowheadEigenvalues(matrix)).toThrow(ParameterError);
  });

  it.each([-1, 0.1, Number.NaN])("rejects deflationTolerance = %d", (tolerance) => {
    expect(() => arrowheadEigen(star(0, [1], [1]), { deflationTolerance: tolerance })).toThrow("deflationTolerance");
  });

  it("rejects a plain array instead of a Float64Array", () => {
    const bad = { apex: 0, diagonal: [1] as unknown as Float64Array, border: Float64Array.of(1) };
    expect(() => arrowheadEigen(bad)).toThrow(ParameterError);
  });
});
