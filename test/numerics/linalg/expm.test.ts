import { describe, expect, it } from "vitest";
import { ParameterError } from "../../../src/core/errors.js";
import { complexFromParts, complexToParts, zerosComplex } from "../../../src/numerics/linalg/complex-matrix.js";
import { expmComplex, expmReal, PADE_COEFFICIENTS, PADE_THETA } from "../../../src/numerics/linalg/expm.js";
import { identityReal, realFromRows, realToRows, zerosReal } from "../../../src/numerics/linalg/real-matrix.js";

const EPS = 2 ** -52;

function maxDiff(actual: number[][], expected: number[][]): number {
  let worst = 0;
  actual.forEach((row, i) => row.forEach((x, j) => (worst = Math.max(worst, Math.abs(x - expected[i][j])))));
  return worst;
}

function factorial(k: number): number {
  let f = 1;
  for (let i = 2; i <= k; i++) f *= i;
  return f;
}

describe("Padé tables (Higham 2005)", () => {
  it.each([3, 5, 7, 9, 13] as const)("b_j/b_0 of degree %d equal (2m−j)! m! / ((2m)! j! (m−j)!)", (m) => {
    const b = PADE_COEFFICIENTS[m];
    expect(b.length).toBe(m + 1);
    for (let j = 0; j <= m; j++) {
      const exact = (factorial(2 * m - j) * factorial(m)) / (factorial(2 * m) * factorial(j) * factorial(m - j));
      // factorials up to 26! are computed in floating point: ~30 roundings, relative 30ε
      expect(Math.abs(b[j] / b[0] / exact - 1)).toBeLessThanOrEqual(30 * EPS);
    }
  });

  it("θ thresholds increase with the degree, θ₁₃ = 5.371920351148152", () => {
    expect(PADE_THETA[13]).toBe(5.371920351148152);
    expect([PADE_THETA[3], PADE_THETA[5], PADE_THETA[7], PADE_THETA[9], PADE_THETA[13]]).toEqual(
      [PADE_THETA[3], PADE_THETA[5], PADE_THETA[7], PADE_THETA[9], PADE_THETA[13]].sort((a, b) => a - b),
    );
  });
});

describe("expmReal: closed forms", () => {
  // θ chosen to exercise every branch: m = 3, 5, 7, 9, 13 without and with squaring
  it.each([0.01, 0.2, 0.9, 2, 5, 30, 100])("rotation generator [[0, −θ], [θ, 0]] with θ = %d gives the rotation by θ", (theta) => {
    const r = realToRows(expmReal(realFromRows([[0, -theta], [theta, 0]])));
    const c = Math.cos(theta);
    const s = Math.sin(theta);
    // relative error ≲ cond(exp, A)·u with cond ≈ ‖A‖ = θ for normal A (Higham 2005 §1); ×20 for the squarings' constants
    expect(maxDiff(r, [[c, -s], [s, c]])).toBeLessThanOrEqual(20 * Math.max(1, theta) * EPS);
  });

  it("nilpotent N (‖N‖₁ = 14, needs squaring): e^N = I + N + N²/2 + N³/6 exactly", () => {
    const n = realFromRows([[0, 1, 2, 3], [0, 0, 4, 5], [0, 0, 0, 6], [0, 0, 0, 0]]);
    const expected = [[1, 1, 4, 15.5], [0, 1, 4, 17], [0, 0, 1, 6], [0, 0, 0, 1]];
    // entries up to 17, cond ≈ ‖N‖: 20·17·14·ε ≈ 1e-12 covers the Padé solve and 2 squarings
    expect(maxDiff(realToRows(expmReal(n)), expected)).toBeLessThanOrEqual(20 * 17 * 14 * EPS);
  });

  it("diagonal matrices exponentiate entrywise, e^{diag(d)} = diag(e^d)", () => {
    const d = [-50, -1, 0, 0.3, 10];
    const m = zerosReal(5, 5);
    d.forEach((x, i) => (m.data[i * 5 + i] = x));
    const e = expmReal(m);
    for (let i = 0; i < 5; i++) {
      // relative error per entry ≲ |d_i|·u from the scaling and squaring of a scalar, times 20
      expect(Math.abs(e.data[i * 5 + i] / Math.exp(d[i]) - 1)).toBeLessThanOrEqual(20 * Math.max(1, Math.abs(d[i])) * EPS);
      for (let j = 0; j < 5; j++) if (j !== i) expect(e.data[i * 5 + j]).toBe(0);
    }
  });

  it("upper triangular 2×2: e^{[[a, b], [0, c]]} = [[e^a, b(e^a − e^c)/(a − c)], [0, e^c]]", () => {
    const a = 1.3;
    const b = -0.7;
    const c = -2.1;
    const expected = [[Math.exp(a), (b * (Math.exp(a) - Math.exp(c))) / (a - c)], [0, Math.exp(c)]];
    // ‖A‖ ≈ 2.8, entries ≤ 3.7: 20·2.8·3.7·ε
    expect(maxDiff(realToRows(expmReal(realFromRows([[a, b], [0, c]]))), expected)).toBeLessThanOrEqual(20 * 2.8 * 3.7 * EPS);
  });

  it("small norm (degree-3 branch) agrees with the Taylor series to 8 terms", () => {
    const a = realFromRows([[1e-3, 2e-3], [-3e-3, 4e-4]]);
    const series = [[1, 0], [0, 1]];
    let term = [[1, 0], [0, 1]];
    for (let k = 1; k <= 8; k++) {
      term = term.map((row) => [0, 1].map((j) => (row[0] * a.data[j] + row[1] * a.data[2 + j]) / k));
      series.forEach((row, i) => row.forEach((_, j) => (row[j] += term[i][j])));
    }
    // truncation (‖A‖⁹/9!) is ~1e-30; rounding of O(1) entries: 4ε
    expect(maxDiff(realToRows(expmReal(a)), series)).toBeLessThanOrEqual(4 * EPS);
  });

  it("1×1 and zero matrices: e^x and the identity", () => {
    for (const x of [-3, 0.5, 20]) {
      expect(Math.abs(expmReal(realFromRows([[x]])).data[0] / Math.exp(x) - 1)).toBeLessThanOrEqual(20 * Math.max(1, Math.abs(x)) * EPS);
    }
    expect(Array.from(expmReal(zerosReal(3, 3)).data)).toEqual(Array.from(identityReal(3).data));
    expect(expmReal(zerosReal(0, 0)).data.length).toBe(0);
  });

  it.each([
    [() => expmReal(realFromRows([[800]])), /'a'.*e\^A overflowed/],
    [() => expmReal(zerosReal(2, 3)), /'a.rows×cols' = \[2,3\]/],
    [() => expmReal({ rows: 1, cols: 1, data: Float64Array.of(NaN) }), /'a\[0\]\[0\]' = NaN/],
  ])("rejects bad input with a ParameterError naming the parameter (%#)", (call, message) => {
    expect(call).toThrow(ParameterError);
    expect(call).toThrow(message);
  });
});

describe("expmComplex: closed forms", () => {
  it.each([0.3, 4, 40])("e^{iθσx} = cos θ·I + i sin θ·σx for θ = %d", (theta) => {
    const a = complexFromParts([[0, 0], [0, 0]], [[0, theta], [theta, 0]]);
    const { re, im } = complexToParts(expmComplex(a));
    const c = Math.cos(theta);
    const s = Math.sin(theta);
    const tol = 20 * Math.max(1, theta) * EPS; // cond ≈ ‖A‖ = θ (normal A), ×20
    expect(maxDiff(re, [[c, 0], [0, c]])).toBeLessThanOrEqual(tol);
    expect(maxDiff(im, [[0, s], [s, 0]])).toBeLessThanOrEqual(tol);
  });

  it("e^{diag(iω)} = diag(e^{iω}) and real input reproduces expmReal", () => {
    const omega = [0.5, -7, 12];
    const a = zerosComplex(3, 3);
    omega.forEach((w, i) => (a.im[i * 3 + i] = w));
    const e = expmComplex(a);
    for (let i = 0; i < 3; i++) {
      const tol = 20 * Math.max(1, Math.abs(omega[i])) * EPS;
      expect(Math.abs(e.re[i * 3 + i] - Math.cos(omega[i]))).toBeLessThanOrEqual(tol);
      expect(Math.abs(e.im[i * 3 + i] - Math.sin(omega[i]))).toBeLessThanOrEqual(tol);
    }
    const r = realFromRows([[0.2, 1], [-0.5, 0.1]]);
    const viaComplex = expmComplex(complexFromParts(realToRows(r), [[0, 0], [0, 0]]));
    expect(maxDiff(complexToParts(viaComplex).re, realToRows(expmReal(r)))).toBeLessThanOrEqual(4 * EPS); // same algorithm, same branch
    expect(maxDiff(complexToParts(viaComplex).im, [[0, 0], [0, 0]])).toBe(0);
  });

  it("rejects non-square input and overflow", () => {
    expect(() => expmComplex(zerosComplex(1, 2))).toThrow(/'a.rows×cols'/);
    expect(() => expmComplex(complexFromParts([[900]], [[1]]))).toThrow(ParameterError);
  });
});
