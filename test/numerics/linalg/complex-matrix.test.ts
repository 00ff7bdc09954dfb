import { describe, expect, it } from "vitest";
import { ParameterError } from "../../../src/core/errors.js";
import { seededRandom } from "../../../src/numerics/random.js";
import {
  addComplex,
  complexFromParts,
  complexFromReal,
  complexToParts,
  conjugateTranspose,
  frobeniusNormComplex,
  identityComplex,
  kroneckerComplex,
  maxAbsDifferenceComplex,
  multiplyComplex,
  scaleComplex,
  subtractComplex,
  traceComplex,
  zerosComplex,
} from "../../../src/numerics/linalg/complex-matrix.js";
import { realFromRows } from "../../../src/numerics/linalg/real-matrix.js";
import type { ComplexMatrix } from "../../../src/numerics/linalg/types.js";

const sigmaX = complexFromParts([[0, 1], [1, 0]], [[0, 0], [0, 0]]);
const sigmaY = complexFromParts([[0, 0], [0, 0]], [[0, -1], [1, 0]]);
const sigmaZ = complexFromParts([[1, 0], [0, -1]], [[0, 0], [0, 0]]);

function randomComplex(rows: number, cols: number, seed: number): ComplexMatrix {
  const rng = seededRandom(seed);
  const n = rows * cols;
  return { rows, cols, re: Float64Array.from({ length: n }, () => rng.normal()), im: Float64Array.from({ length: n }, () => rng.normal()) };
}

describe("construction and conversion", () => {
  it("round-trips parts and embeds real matrices with zero imaginary part", () => {
    const m = complexFromParts([[1, 2]], [[3, 4]]);
    expect(complexToParts(m)).toEqual({ re: [[1, 2]], im: [[3, 4]] });
    const r = complexFromReal(realFromRows([[5, 6]]));
    expect(complexToParts(r)).toEqual({ re: [[5, 6]], im: [[0, 0]] });
    expect(complexToParts(identityComplex(2))).toEqual({ re: [[1, 0], [0, 1]], im: [[0, 0], [0, 0]] });
    expect(zerosComplex(1, 3).re.length).toBe(3);
  });

  it.each([
    [() => complexFromParts([[1, 2]], [[1]]), /'im\[0\]\.length' = 1/],
    [() => complexFromParts([[1]], []), /'im.length' = 0/],
    [() => complexFromParts([[1]], [[NaN]]), /'im\[0\]\[0\]' = NaN/],
    [() => traceComplex(zerosComplex(2, 3)), /'a.rows×cols'/],
    [() => scaleComplex(sigmaX, NaN, 0), /'sRe' = NaN/],
  ])("rejects bad input with a ParameterError naming the parameter (%#)", (build, message) => {
    expect(build).toThrow(ParameterError);
    expect(build).toThrow(message);
  });
});

describe("products of Pauli matrices (closed forms)", () => {
  it("σx σy = i σz", () => {
    const product = multiplyComplex(sigmaX, sigmaY);
    expect(maxAbsDifferenceComplex(product, scaleComplex(sigmaZ, 0, 1))).toBe(0);
  });

  it("σy† = σy and σy² = I", () => {
    expect(maxAbsDifferenceComplex(conjugateTranspose(sigmaY), sigmaY)).toBe(0);
    expect(maxAbsDifferenceComplex(multiplyComplex(sigmaY, sigmaY), identityComplex(2))).toBe(0);
  });

  it("σx ⊗ σz has the block form [[0, σz], [σz, 0]]", () => {
    const k = kroneckerComplex(sigmaX, sigmaZ);
    expect(complexToParts(k).re).toEqual([
      [0, 0, 1, 0],
      [0, 0, 0, -1],
      [1, 0, 0, 0],
      [0, -1, 0, 0],
    ]);
    expect(complexToParts(k).im).toEqual([[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]);
  });

  it("Kronecker product of non-square factors has entries a_ij b_kl at (i·rb+k, j·cb+l)", () => {
    const a = complexFromParts([[1, 2, 3]], [[0, 1, 0]]); // 1×3
    const b = complexFromParts([[1], [10]], [[0], [0]]); // 2×1
    const k = kroneckerComplex(a, b);
    expect([k.rows, k.cols]).toEqual([2, 3]);
    expect(complexToParts(k)).toEqual({ re: [[1, 2, 3], [10, 20, 30]], im: [[0, 1, 0], [0, 10, 0]] });
  });
});

describe("multiplyComplex against a naive complex triple loop", () => {
  it("agrees across block boundaries (k = 130, j = 300)", () => {
    const a = randomComplex(5, 130, 3);
    const b = randomComplex(130, 300, 4);
    const c = multiplyComplex(a, b);
    let worst = 0;
    for (let i = 0; i < a.rows; i++) {
      for (let j = 0; j < b.cols; j++) {
        let sr = 0;
        let si = 0;
        for (let k = 0; k < a.cols; k++) {
          const xr = a.re[i * a.cols + k], xi = a.im[i * a.cols + k];
          const yr = b.re[k * b.cols + j], yi = b.im[k * b.cols + j];
          sr += xr * yr - xi * yi;
          si += xr * yi + xi * yr;
        }
        worst = Math.max(worst, Math.abs(c.re[i * b.cols + j] - sr), Math.abs(c.im[i * b.cols + j] - si));
      }
    }
    // 260-term real sums of O(1) terms in a different order: |Δ| ≤ 2·260·ε·Σ|terms| ≈ 2·260·2.2e-16·210 ≈ 2.4e-11
    expect(worst).toBeLessThan(2.4e-11);
  });

  it("rejects mismatched inner dimensions, naming b.rows", () => {
    expect(() => multiplyComplex(zerosComplex(2, 3), zerosComplex(2, 2))).toThrow(/'b.rows' = 2/);
  });
});

describe("sums, trace and norms", () => {
  const a = complexFromParts([[1, 2], [3, 4]], [[1, 0], [0, -1]]);

  it("adds and subtracts elementwise", () => {
    expect(complexToParts(addComplex(a, sigmaY))).toEqual({ re: [[1, 2], [3, 4]], im: [[1, -1], [1, -1]] });
    expect(maxAbsDifferenceComplex(subtractComplex(a, a), zerosComplex(2, 2))).toBe(0);
  });

  it("scales by a complex number: i·(1 + i) = −1 + i", () => {
    const s = scaleComplex(complexFromParts([[1]], [[1]]), 0, 1);
    expect(complexToParts(s)).toEqual({ re: [[-1]], im: [[1]] });
  });

  it("traces: tr a = 5 + 0i", () => {
    expect(traceComplex(a)).toEqual({ re: 5, im: 0 });
  });

  it("Frobenius norm √(Σ|a_ij|²) = √32 for a", () => {
    // 1+1 + 4 + 9 + 16+1 = 32; the scaled sum rounds a few times: relative error ≤ 4ε
    expect(Math.abs(frobeniusNormComplex(a) / Math.sqrt(32) - 1)).toBeLessThan(1e-15);
  });

  it("maxAbsDifference uses the complex modulus (|3 + 4i| = 5)", () => {
    expect(maxAbsDifferenceComplex(complexFromParts([[3]], [[4]]), zerosComplex(1, 1))).toBe(5);
  });
});
