import { describe, expect, it } from "vitest";
import { ParameterError } from "../../../src/core/errors.js";
import {
  complexFromParts,
  complexFromReal,
  conjugateTranspose,
  identityComplex,
  maxAbsDifferenceComplex,
  multiplyComplex,
  zerosComplex,
} from "../../../src/numerics/linalg/complex-matrix.js";
import { hermitianEigen, hermitianEigenvalues } from "../../../src/numerics/linalg/hermitian-eigenvalues.js";
import { realFromRows } from "../../../src/numerics/linalg/real-matrix.js";
import { symmetricEigenvalues } from "../../../src/numerics/linalg/symmetric-eigen.js";
import { seededRandom } from "../../../src/numerics/random.js";
import type { ComplexMatrix } from "../../../src/numerics/linalg/types.js";

const EPS = 2 ** -52;

function expectValues(actual: Float64Array, expected: number[], tol: number): void {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  for (let i = 0; i < expected.length; i++) worst = Math.max(worst, Math.abs(actual[i] - expected[i]));
  expect(worst, `eigenvalues ${Array.from(actual)} vs ${expected}`).toBeLessThanOrEqual(tol);
}

/** Ring of n sites with hopping −t·e^{iφ} (j → j+1, periodic): λ_m = −2t·cos(2πm/n + φ). */
function fluxRing(n: number, t: number, phi: number): { h: ComplexMatrix; expected: number[] } {
  const h = zerosComplex(n, n);
  for (let j = 0; j < n; j++) {
    const k = (j + 1) % n;
    h.re[j * n + k] += -t * Math.cos(phi);
    h.im[j * n + k] += -t * Math.sin(phi);
    h.re[k * n + j] += -t * Math.cos(phi);
    h.im[k * n + j] += t * Math.sin(phi);
  }
  const expected = Array.from({ length: n }, (_, m) => -2 * t * Math.cos((2 * Math.PI * m) / n + phi)).sort((a, b) => a - b);
  return { h, expected };
}

/** residual max|AV − VΛ| and orthogonality max|V†V − I|. */
function residuals(a: ComplexMatrix, values: Float64Array, v: ComplexMatrix): { residual: number; orthogonality: number } {
  const n = a.rows;
  const av = multiplyComplex(a, v);
  let residual = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const k = i * n + j;
      residual = Math.max(residual, Math.hypot(av.re[k] - v.re[k] * values[j], av.im[k] - v.im[k] * values[j]));
    }
  }
  const orthogonality = maxAbsDifferenceComplex(multiplyComplex(conjugateTranspose(v), v), identityComplex(n));
  return { residual, orthogonality };
}

describe("hermitianEigenvalues: closed forms", () => {
  it("σ_y has eigenvalues ∓1", () => {
    expectValues(hermitianEigenvalues(complexFromParts([[0, 0], [0, 0]], [[0, -1], [1, 0]])), [-1, 1], 2 * EPS);
  });

  it.each([
    [1, 2, 3, -1],
    [0, 0.5, -0.25, 0],
    [5, 1e-8, 1e-8, 5],
  ])("2×2 [[a, b − ic], [b + ic, d]] with (a, b, c, d) = (%d, %d, %d, %d): λ = (a+d)/2 ∓ √(((a−d)/2)² + b² + c²)", (a, b, c, d) => {
    const m = complexFromParts([[a, b], [b, d]], [[0, -c], [c, 0]]);
    const r = Math.sqrt(((a - d) / 2) ** 2 + b * b + c * c);
    const expected = [(a + d) / 2 - r, (a + d) / 2 + r];
    expectValues(hermitianEigenvalues(m), expected, 8 * EPS * Math.max(...expected.map(Math.abs)));
  });

  it.each([
    [17, 1, 0.3],
    [24, 0.7, Math.PI / 7],
    [30, 1, 0],
  ])("flux ring n = %d, t = %d, φ = %d: λ_m = −2t·cos(2πm/n + φ)", (n, t, phi) => {
    const { h, expected } = fluxRing(n, t, phi);
    // backward error O(n·ε·‖H‖), ‖H‖ ≤ 2t; factor 10 for the constant
    expectValues(hermitianEigenvalues(h), expected, 10 * n * 2 * t * EPS);
  });

  it("Hermitian circulant with random first row: λ_m = Σ_k c_k e^{2πimk/n} (explicit DFT sum)", () => {
    const n = 40;
    const rng = seededRandom(11);
    const cRe = new Float64Array(n);
    const cIm = new Float64Array(n);
    cRe[0] = rng.normal();
    for (let k = 1; k <= n / 2; k++) {
      cRe[k] = rng.normal();
      cIm[k] = k === n / 2 ? 0 : rng.normal();
      cRe[n - k] = cRe[k];
      cIm[n - k] = -cIm[k];
    }
    const a = zerosComplex(n, n);
    for (let j = 0; j < n; j++) {
      for (let l = 0; l < n; l++) {
        const k = (l - j + n) % n;
        a.re[j * n + l] = cRe[k];
        a.im[j * n + l] = cIm[k];
      }
    }
    const expected = Array.from({ length: n }, (_, m) => {
      let s = 0;
      for (let k = 0; k < n; k++) {
        const theta = (2 * Math.PI * m * k) / n;
        s += cRe[k] * Math.cos(theta) - cIm[k] * Math.sin(theta);
      }
      return s;
    }).sort((x, y) => x - y);
    const norm = Math.max(...expected.map(Math.abs));
    // solver O(n·ε·‖A‖) plus the DFT sum's own n·ε·Σ|c_k| rounding; 10× margin on both
    expectValues(hermitianEigenvalues(a), expected, 10 * n * EPS * (norm + 2 * n));
  });

  it("Clement matrix with complex phases on the off-diagonal has the real Clement spectrum −(n−1) + 2k", () => {
    const n = 10;
    const a = zerosComplex(n, n);
    for (let i = 0; i + 1 < n; i++) {
      const mag = Math.sqrt((i + 1) * (n - 1 - i));
      const phase = 0.9 * i + 0.2;
      a.re[i * n + i + 1] = mag * Math.cos(phase);
      a.im[i * n + i + 1] = mag * Math.sin(phase);
      a.re[(i + 1) * n + i] = mag * Math.cos(phase);
      a.im[(i + 1) * n + i] = -mag * Math.sin(phase);
    }
    expectValues(hermitianEigenvalues(a), Array.from({ length: n }, (_, k) => -(n - 1) + 2 * k), 10 * n * (n - 1) * EPS);
  });

  it("a real symmetric input gives the symmetric solver's eigenvalues", () => {
    const m = realFromRows([[4, 1, -2, 0.5], [1, 3, 0, 1], [-2, 0, 1, 2], [0.5, 1, 2, -1]]);
    const reference = Array.from(symmetricEigenvalues(m));
    expectValues(hermitianEigenvalues(complexFromReal(m)), reference, 10 * 4 * 6 * EPS); // both O(n·ε·‖A‖), ‖A‖ < 6
  });

  it("uses the Hermitian part (A + A†)/2 of a non-Hermitian input", () => {
    // (A + A†)/2 = [[1, i], [−i, 1]]: eigenvalues 0 and 2
    expectValues(hermitianEigenvalues(complexFromParts([[1, 0], [0, 1]], [[0, 2], [0, 0]])), [0, 2], 4 * EPS);
  });

  it("zero matrix, 1×1, 0×0 and extreme magnitudes", () => {
    expect(Array.from(hermitianEigenvalues(zerosComplex(4, 4)))).toEqual([0, 0, 0, 0]);
    expect(Array.from(hermitianEigenvalues(complexFromParts([[7]], [[0]])))).toEqual([7]);
    expect(hermitianEigenvalues(zerosComplex(0, 0)).length).toBe(0);
    for (const s of [1e300, 1e-300]) {
      const v = hermitianEigenvalues(complexFromParts([[0, 0], [0, 0]], [[0, -s], [s, 0]]));
      expect(Math.abs(v[0] / s + 1)).toBeLessThanOrEqual(4 * EPS);
      expect(Math.abs(v[1] / s - 1)).toBeLessThanOrEqual(4 * EPS);
    }
  });

  it.each([
    [() => hermitianEigenvalues(zerosComplex(2, 3)), /'a.rows×cols' = \[2,3\]/],
    [() => hermitianEigenvalues({ rows: 2, cols: 2, re: new Float64Array(4), im: Float64Array.of(0, Infinity, 0, 0) }), /'a.im\[0\]\[1\]' = Infinity/],
    [() => hermitianEigen({ rows: 2, cols: 2, re: new Float64Array(4), im: new Float64Array(2) }), /'a.im.length' = 2/],
  ])("rejects bad input with a ParameterError naming the parameter (%#)", (call, message) => {
    expect(call).toThrow(ParameterError);
    expect(call).toThrow(message);
  });
});

describe("hermitianEigen: eigenvectors", () => {
  it("flux ring with φ = 0 (two-fold degenerate levels): A V = V Λ and V†V = I", () => {
    const { h, expected } = fluxRing(16, 1, 0);
    const { values, vectors } = hermitianEigen(h);
    const tol = 10 * 16 * 2 * EPS; // 10·n·ε·‖H‖
    expectValues(values, expected, tol);
    const { residual, orthogonality } = residuals(h, values, vectors);
    expect(residual).toBeLessThanOrEqual(tol);
    expect(orthogonality).toBeLessThanOrEqual(10 * 16 * EPS);
  });

  it("σ_y eigenvectors are (1, ∓i)/√2 up to a phase", () => {
    const { values, vectors } = hermitianEigen(complexFromParts([[0, 0], [0, 0]], [[0, -1], [1, 0]]));
    expectValues(values, [-1, 1], 2 * EPS);
    // |⟨u, v⟩| with u_− = (1, −i)/√2 for λ = −1 and u_+ = (1, i)/√2 for λ = +1
    for (const [j, sign] of [[0, -1], [1, 1]] as const) {
      const re = (vectors.re[j] + sign * vectors.im[2 + j]) / Math.SQRT2;
      const im = (vectors.im[j] - sign * vectors.re[2 + j]) / Math.SQRT2;
      expect(Math.abs(Math.hypot(re, im) - 1)).toBeLessThanOrEqual(4 * EPS);
    }
  });
});
