import { afterAll, describe, expect, it } from "vitest";
import { ParameterError } from "../../../src/core/errors.js";
import { complexFromParts, zerosComplex } from "../../../src/numerics/linalg/complex-matrix.js";
import { weightedGramEigenvaluesWith } from "../../../src/numerics/linalg/hermitian-eigenvalues-backend.js";
import { PARALLEL_MIN_COLUMNS, weightedGramUpper } from "../../../src/numerics/linalg/weighted-gram-matrix.js";
import { shutdownWorkerPool } from "../../../src/numerics/parallel/worker-pool.js";
import { seededRandom } from "../../../src/numerics/random.js";
import type { ComplexMatrix } from "../../../src/numerics/linalg/types.js";

/**
 * G = X† diag(w) X by the blocked kernel: the upper triangle against the plain triple sum,
 * shapes that exercise every edge of the 2×2 blocks (k = 1, 2, 3, odd), zero weights, a
 * spectrum known in closed form, and bitwise equality of one and two threads.
 */

afterAll(async () => {
  await shutdownWorkerPool();
});

function randomComplex(rows: number, cols: number, seed: number): ComplexMatrix {
  const r = seededRandom(seed);
  return { rows, cols, re: Float64Array.from({ length: rows * cols }, () => r.normal()), im: Float64Array.from({ length: rows * cols }, () => r.normal()) };
}

/** Σ_l w_l conj(X_la) X_lb summed directly. */
function gramEntry(x: ComplexMatrix, w: Float64Array, a: number, b: number): [number, number] {
  let re = 0;
  let im = 0;
  for (let l = 0; l < x.rows; l++) {
    const ar = x.re[l * x.cols + a], ai = -x.im[l * x.cols + a];
    const br = x.re[l * x.cols + b], bi = x.im[l * x.cols + b];
    re += w[l] * (ar * br - ai * bi);
    im += w[l] * (ar * bi + ai * br);
  }
  return [re, im];
}

describe("weightedGramUpper", () => {
  it("doc example: X = [[1, i], [0, 1]], w = (4, 1) gives G = [[4, 4i], [·, 5]]", () => {
    const g = weightedGramUpper(complexFromParts([[1, 0], [0, 1]], [[0, 1], [0, 0]]), Float64Array.of(4, 1));
    expect(Array.from(g.re)).toEqual([4, 0, 0, 5]);
    expect(Array.from(g.im)).toEqual([0, 4, 0, 0]);
  });

  it.each([
    [5, 1],
    [4, 2],
    [6, 3],
    [9, 7],
    [30, 16],
    [13, 40],
  ])("n = %i rows, k = %i columns: the upper triangle equals the direct sum to 8·n·ε·Σ w|x|², the strict lower triangle is 0", (n, k) => {
    const x = randomComplex(n, k, 10 * n + k);
    const r = seededRandom(k);
    const w = Float64Array.from({ length: n }, (_, l) => (l % 4 === 1 ? 0 : r.next()));
    const g = weightedGramUpper(x, w);
    let worst = 0;
    let scale = 0;
    for (let a = 0; a < k; a++) {
      for (let b = 0; b < k; b++) {
        if (b < a) {
          expect(g.re[a * k + b], `lower (${a}, ${b})`).toBe(0);
          expect(g.im[a * k + b], `lower (${a}, ${b})`).toBe(0);
          continue;
        }
        const [re, im] = gramEntry(x, w, a, b);
        worst = Math.max(worst, Math.abs(g.re[a * k + b] - re), Math.abs(g.im[a * k + b] - im));
        if (a === b) scale = Math.max(scale, re);
      }
      expect(g.im[a * k + a], `Im G_${a}${a}`).toBe(0);
    }
    expect(worst, `max |G − Σ w conj(x) x| = ${worst}`).toBeLessThanOrEqual(8 * n * 2 ** -52 * scale);
  });

  it("unitary X (the DFT matrix) gives eigenvalues w exactly, degenerate ones included", () => {
    const n = 64;
    const x = zerosComplex(n, n);
    for (let l = 0; l < n; l++) {
      for (let c = 0; c < n; c++) {
        x.re[l * n + c] = Math.cos((2 * Math.PI * l * c) / n) / Math.sqrt(n);
        x.im[l * n + c] = Math.sin((2 * Math.PI * l * c) / n) / Math.sqrt(n);
      }
    }
    const w = Float64Array.from({ length: n }, (_, l) => (l % 5 === 0 ? 0.25 : l % 2));
    const values = weightedGramEigenvaluesWith(x, w, "ts");
    const expected = [...w].sort((p, q) => p - q);
    let worst = 0;
    for (let i = 0; i < n; i++) worst = Math.max(worst, Math.abs(values[i] - expected[i]));
    expect(worst, `max |λ − w| = ${worst}`).toBeLessThanOrEqual(100 * n * 2 ** -52);
  });

  it(`threads = 2 (k ≥ ${PARALLEL_MIN_COLUMNS}, shared memory) gives the serial G bit for bit`, () => {
    const x = randomComplex(150, PARALLEL_MIN_COLUMNS + 11, 3);
    const w = Float64Array.from({ length: 150 }, (_, l) => (l % 7) / 7);
    const serial = weightedGramUpper(x, w, { threads: 1 });
    const parallel = weightedGramUpper(x, w, { threads: 2 });
    expect(parallel.re.buffer).toBeInstanceOf(SharedArrayBuffer);
    for (const part of ["re", "im"] as const) {
      const differing = parallel[part].findIndex((v, i) => !Object.is(v, serial[part][i]));
      expect(differing, `${part}: first differing entry ${differing}`).toBe(-1);
    }
  });

  it.each([
    [() => weightedGramUpper(randomComplex(3, 2, 1), new Float64Array(2)), /'weights.length' = 2/],
    [() => weightedGramUpper(randomComplex(3, 2, 1), Float64Array.of(1, -1, 1)), /'weights\[1\]' = -1/],
    [() => weightedGramUpper(randomComplex(3, 2, 1), Float64Array.of(1, Number.NaN, 1)), /'weights\[1\]' = NaN/],
  ])("rejects bad weights with a ParameterError naming them (%#)", (call, message) => {
    expect(call).toThrow(ParameterError);
    expect(call).toThrow(message);
  });
});
