import { describe, expect, it } from "vitest";
import { ConvergenceError, ParameterError } from "../../../src/core/errors.js";
import { identityReal, multiplyReal, realFromRows, transposeReal, zerosReal } from "../../../src/numerics/linalg/real-matrix.js";
import { symmetricEigen, symmetricEigenvalues } from "../../../src/numerics/linalg/symmetric-eigen.js";
import { QL_MAX_SWEEPS_PER_EIGENVALUE, tridiagonalQL } from "../../../src/numerics/linalg/tridiagonal-ql.js";
import type { RealMatrix } from "../../../src/numerics/linalg/types.js";

const EPS = 2 ** -52;

function tridiagonal(diagonal: number[], offDiagonal: number[]): RealMatrix {
  const n = diagonal.length;
  const m = zerosReal(n, n);
  for (let i = 0; i < n; i++) m.data[i * n + i] = diagonal[i];
  for (let i = 0; i + 1 < n; i++) {
    m.data[i * n + i + 1] = offDiagonal[i];
    m.data[(i + 1) * n + i] = offDiagonal[i];
  }
  return m;
}

function maxAbs(x: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < x.length; i++) m = Math.max(m, Math.abs(x[i]));
  return m;
}

/** max |(AV − VΛ)_ij| and max |(VᵀV − I)_ij|. */
function residuals(a: RealMatrix, values: Float64Array, v: RealMatrix): { residual: number; orthogonality: number } {
  const n = a.rows;
  const av = multiplyReal(a, v);
  let residual = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) residual = Math.max(residual, Math.abs(av.data[i * n + j] - v.data[i * n + j] * values[j]));
  const g = multiplyReal(transposeReal(v), v);
  const orthogonality = maxAbs(g.data.map((x, k) => x - (k % (n + 1) === 0 ? 1 : 0)));
  return { residual, orthogonality };
}

function expectValues(actual: Float64Array, expected: number[], tol: number): void {
  expect(actual.length).toBe(expected.length);
  const worst = maxAbs(Array.from(actual, (x, i) => x - expected[i]));
  expect(worst, `eigenvalues ${Array.from(actual)} vs ${expected}`).toBeLessThanOrEqual(tol);
}

describe("symmetricEigen: closed forms", () => {
  it.each([
    [3, 1.5, -2],
    [1, 0, 1],
    [-4, 1e-9, 7],
  ])("2×2 [[%d, %d], [., %d]]: λ = (a+c)/2 ∓ √(((a−c)/2)² + b²)", (a, b, c) => {
    const m = realFromRows([[a, b], [b, c]]);
    const half = Math.sqrt(((a - c) / 2) ** 2 + b * b);
    const expected = [(a + c) / 2 - half, (a + c) / 2 + half];
    // a few roundings of O(max|λ|) numbers: 8ε·max|λ|
    const tol = 8 * EPS * Math.max(...expected.map(Math.abs));
    const { values, vectors } = symmetricEigen(m);
    expectValues(values, expected, tol);
    expectValues(symmetricEigenvalues(m), expected, tol);
    const { residual, orthogonality } = residuals(m, values, vectors);
    expect(residual).toBeLessThanOrEqual(tol);
    expect(orthogonality).toBeLessThanOrEqual(4 * EPS);
  });

  it("3×3 discrete Laplacian: λ = 2 − √2, 2, 2 + √2 with known eigenvectors", () => {
    const m = realFromRows([[2, -1, 0], [-1, 2, -1], [0, -1, 2]]);
    const { values, vectors } = symmetricEigen(m);
    expectValues(values, [2 - Math.SQRT2, 2, 2 + Math.SQRT2], 16 * EPS); // O(n·ε·‖A‖), ‖A‖ ≈ 3.4
    const expected = [
      [0.5, Math.SQRT1_2, 0.5],
      [Math.SQRT1_2, 0, -Math.SQRT1_2],
      [0.5, -Math.SQRT1_2, 0.5],
    ];
    for (let j = 0; j < 3; j++) {
      // eigenvectors are unique up to sign for simple eigenvalues: compare |⟨v_j, u_j⟩| with 1
      const overlap = Math.abs(expected[j].reduce((s, u, i) => s + u * vectors.data[i * 3 + j], 0));
      expect(Math.abs(overlap - 1)).toBeLessThanOrEqual(1e-15); // gap ≈ 1.4: angle error O(ε‖A‖/gap)
    }
  });

  it("Clement (Kac) matrix, n = 12: λ_k = −(n−1) + 2k exactly in exact arithmetic", () => {
    const n = 12;
    const off = Array.from({ length: n - 1 }, (_, i) => Math.sqrt((i + 1) * (n - 1 - i)));
    const expected = Array.from({ length: n }, (_, k) => -(n - 1) + 2 * k);
    // backward error O(n·ε·‖A‖) with ‖A‖ = 11: 12·11·ε ≈ 3e-14, allow 10×
    const tol = 10 * n * 11 * EPS;
    expectValues(symmetricEigen(tridiagonal(new Array(n).fill(0), off)).values, expected, tol);
  });

  it("tridiagonal Toeplitz (2, −1), n = 60: λ_k = 2 − 2cos(kπ/(n+1)), v_k(i) ∝ sin(ikπ/(n+1))", () => {
    const n = 60;
    const m = tridiagonal(new Array(n).fill(2), new Array(n - 1).fill(-1));
    const expected = Array.from({ length: n }, (_, k) => 2 - 2 * Math.cos(((k + 1) * Math.PI) / (n + 1)));
    const { values, vectors } = symmetricEigen(m);
    expectValues(values, expected, 10 * n * 4 * EPS); // 10·n·ε·‖A‖, ‖A‖ < 4
    const norm = Math.sqrt(2 / (n + 1));
    let worst = 0;
    for (let k = 0; k < n; k++) {
      let overlap = 0;
      for (let i = 0; i < n; i++) overlap += norm * Math.sin(((i + 1) * (k + 1) * Math.PI) / (n + 1)) * vectors.data[i * n + k];
      worst = Math.max(worst, Math.abs(Math.abs(overlap) - 1));
    }
    // smallest gap ≈ 3π²/(n+1)² ≈ 8e-3: angle error ≲ n·ε·‖A‖/gap ≈ 7e-12, and 1 − cos θ ≈ θ²/2 is far smaller
    expect(worst).toBeLessThanOrEqual(1e-12);
  });

  it("I + c·11ᵀ (n = 9): eigenvalue 1 eight-fold and 1 + 9c, with an orthonormal eigenbasis", () => {
    const n = 9;
    const c = 0.3;
    const m = zerosReal(n, n);
    for (let i = 0; i < n * n; i++) m.data[i] = c + (i % (n + 1) === 0 ? 1 : 0);
    const { values, vectors } = symmetricEigen(m);
    const expected = [...new Array(n - 1).fill(1), 1 + n * c];
    const tol = 10 * n * 3.7 * EPS; // 10·n·ε·‖A‖, ‖A‖ = 3.7
    expectValues(values, expected, tol);
    const { residual, orthogonality } = residuals(m, values, vectors);
    expect(residual).toBeLessThanOrEqual(tol);
    expect(orthogonality).toBeLessThanOrEqual(10 * n * EPS);
  });

  it("diagonal input: sorted diagonal, eigenvectors are signed unit vectors", () => {
    const m = tridiagonal([3, -1, 2, 0], [0, 0, 0]);
    const { values, vectors } = symmetricEigen(m);
    expect(Array.from(values)).toEqual([-1, 0, 2, 3]);
    const columnOf = [1, 3, 2, 0]; // eigenvalue order → original index
    for (let j = 0; j < 4; j++) expect(Math.abs(vectors.data[columnOf[j] * 4 + j])).toBe(1);
  });

  it("zero matrix, 1×1 and 0×0", () => {
    const z = symmetricEigen(zerosReal(5, 5));
    expect(Array.from(z.values)).toEqual([0, 0, 0, 0, 0]);
    expect(residuals(zerosReal(5, 5), z.values, z.vectors).orthogonality).toBe(0);
    const one = symmetricEigen(realFromRows([[-2.5]]));
    expect(Array.from(one.values)).toEqual([-2.5]);
    expect(Array.from(one.vectors.data)).toEqual([1]);
    expect(symmetricEigenvalues(zerosReal(0, 0)).length).toBe(0);
  });

  it("uses the symmetric part (A + Aᵀ)/2 of a non-symmetric input", () => {
    // (A + Aᵀ)/2 = [[1, 1], [1, 1]], eigenvalues 0 and 2
    expectValues(symmetricEigenvalues(realFromRows([[1, 2], [0, 1]])), [0, 2], 4 * EPS);
  });

  it.each([1e300, 1e-300])("scales extreme magnitudes (%d·[[2, 1], [1, 2]] → eigenvalues s, 3s)", (s) => {
    const values = symmetricEigenvalues(realFromRows([[2 * s, s], [s, 2 * s]]));
    expect(Math.abs(values[0] / s - 1)).toBeLessThanOrEqual(8 * EPS);
    expect(Math.abs(values[1] / (3 * s) - 1)).toBeLessThanOrEqual(8 * EPS);
  });

  it("recovers the spectrum of Q·diag(d)·Qᵀ for a Householder reflector Q", () => {
    const n = 25;
    const u = Array.from({ length: n }, (_, i) => Math.cos(i + 1));
    const uu = u.reduce((s, x) => s + x * x, 0);
    const q = identityReal(n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) q.data[i * n + j] -= (2 * u[i] * u[j]) / uu;
    const d = Array.from({ length: n }, (_, i) => (i % 5) - 2 + 0.1 * i); // includes near-repeats
    const dm = zerosReal(n, n);
    d.forEach((x, i) => (dm.data[i * n + i] = x));
    const a = multiplyReal(multiplyReal(q, dm), q);
    // building A rounds each entry (≈ n·ε·‖D‖); the solver adds O(n·ε·‖A‖); ‖A‖ < 5
    expectValues(symmetricEigenvalues(a), [...d].sort((x, y) => x - y), 10 * n * 5 * EPS);
  });
});

describe("symmetricEigen: bad input", () => {
  it.each([
    [() => symmetricEigen(zerosReal(2, 3)), /'a.rows×cols' = \[2,3\]/],
    [() => symmetricEigenvalues({ rows: 2, cols: 2, data: Float64Array.of(1, NaN, 0, 1) }), /'a\[0\]\[1\]' = NaN/],
    [() => symmetricEigen({ rows: 2, cols: 2, data: new Float64Array(3) }), /'a.data.length' = 3/],
  ])("throws ParameterError naming the parameter (%#)", (call, message) => {
    expect(call).toThrow(ParameterError);
    expect(call).toThrow(message);
  });
});

describe("tridiagonalQL kernel", () => {
  it("reports a non-finite tridiagonal at once with ConvergenceError (NaN would fail every deflation test)", () => {
    const d = Float64Array.of(1, NaN, 2);
    const e = Float64Array.of(1, 1, 0);
    expect(() => tridiagonalQL(d, e)).toThrow(ConvergenceError);
    expect(() => tridiagonalQL(Float64Array.of(1, NaN, 2), Float64Array.of(1, 1, 0))).toThrow(/non-finite entry in the 3×3/);
  });

  it("honours maxSweeps: the default-sized budget 30·n suffices for [[0, 1], [1, 0]], a budget of 0 throws ConvergenceError", () => {
    // the default budget 30·n = 60 is ample for a 2×2 (one sweep); maxSweeps = 0 is not
    const d = Float64Array.of(0, 0);
    tridiagonalQL(d, Float64Array.of(1, 0), null, 0, { maxSweeps: QL_MAX_SWEEPS_PER_EIGENVALUE * 2 });
    expect(Math.abs(d[0] + 1) + Math.abs(d[1] - 1)).toBeLessThanOrEqual(4 * EPS); // one rotation: a couple of roundings each
    expect(() => tridiagonalQL(Float64Array.of(0, 0), Float64Array.of(1, 0), null, 0, { maxSweeps: 0 })).toThrow(ConvergenceError);
  });

  it("accumulates eigenvectors of T into Z = I (2×2 closed form [[0, 1], [1, 0]])", () => {
    const d = Float64Array.of(0, 0);
    const e = Float64Array.of(1, 0);
    const z = Float64Array.of(1, 0, 0, 1);
    tridiagonalQL(d, e, z, 2);
    expectValues(d, [-1, 1], 2 * EPS); // one QL sweep with a rotation: a couple of roundings
    // columns ±(1, −1)/√2 and ±(1, 1)/√2
    expect(Math.abs(z[0] + z[2])).toBeLessThanOrEqual(2 * EPS);
    expect(Math.abs(z[1] - z[3])).toBeLessThanOrEqual(2 * EPS);
    expect(Math.abs(Math.abs(z[0]) - Math.SQRT1_2)).toBeLessThanOrEqual(2 * EPS);
  });
});
