import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arrowheadEigen, arrowheadEigenvalues } from "../src/numerics/linalg/arrowhead-eigen.js";
import { symmetricEigen } from "../src/numerics/linalg/symmetric-eigen.js";
import { ARROWHEAD_FAMILIES, arrowheadCase, arrowheadNormBound, denseArrowhead } from "../test/numerics/linalg/arrowhead-cases.js";

/**
 * The arrowhead eigensolver against the dense symmetric eigensolver, over random
 * stars including exactly degenerate diagonals (repeated entries, two identical
 * grids), tiny and zero couplings, clustered poles, graded couplings and a far apex,
 * for n = 1 … 60 and overall scales 10⁻⁵ … 10⁵.
 *
 * Tolerances (ε = 2⁻⁵², N = max(|α|, |d|) + ‖z‖₂ ≥ ‖A‖₂):
 * - orthogonality max|VᵀV − I| ≤ (16 + n)·ε: the Gu–Eisenstat vectors are exact
 *   eigenvectors of a nearby arrowhead, computed with a few ε relative error per
 *   entry (Löwner product, normalisation), plus the rounding nε of the n-term inner
 *   products formed by the test (Σ|v_i w_i| ≤ 1).
 * - residual max|AV − VΛ| ≤ (24 + n)·ε·N: the deflation changes A by ≤ 16ε·N
 *   (8ε relative to the power of two s < 2N), the eigenvalues carry a few ε·N, and
 *   the test's n-term products add nε·N.
 * - eigenvalues vs dense: (24 + 11n)·ε·N (≤ 1.6e-13·N at n = 60): the arrowhead
 *   values lie within their residual bound (24 + n)·ε·N of exact ones, the dense
 *   reference (Householder + QL) within its backward error O(n·ε·N), taken as
 *   10·n·ε·N as in test/numerics/linalg/symmetric-eigen.test.ts.
 * Measured maxima over these families (n ≤ 60, 80 seeds each): 15.5·ε·N (values and
 * residual, clustered poles), 8.5·ε (orthogonality) — the bounds are not tuned to them.
 */

const EPS = Number.EPSILON;
const RUNS = Number(process.env.QTHERM_PROPERTY_RUNS ?? 150);

const caseArbitrary = fc.record({
  family: fc.constantFrom(...ARROWHEAD_FAMILIES),
  n: fc.integer({ min: 1, max: 60 }),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  scale: fc.constantFrom(1, 1e-5, 1e5, 3.7),
});

describe("arrowheadEigen vs dense symmetricEigen", () => {
  it("eigenvalues agree, eigenvectors are orthonormal and satisfy AV = VΛ", () => {
    fc.assert(
      fc.property(caseArbitrary, ({ family, n, seed, scale }) => {
        const a = arrowheadCase(family, n, seed, scale);
        const norm = arrowheadNormBound(a);
        const e = arrowheadEigen(a);
        const dense = denseArrowhead(a);
        const reference = symmetricEigen(dense).values;
        let valueError = 0;
        for (let i = 0; i < n; i++) valueError = Math.max(valueError, Math.abs(e.values[i] - reference[i]));
        expect(valueError, `${family} n=${n} seed=${seed} scale=${scale}: max|Δλ| = ${valueError / (EPS * norm)}·εN`).toBeLessThanOrEqual((24 + 11 * n) * EPS * norm);

        const v = e.vectors.data;
        const h = dense.data;
        let residual = 0;
        let orthogonality = 0;
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            let av = 0;
            let g = 0;
            for (let k = 0; k < n; k++) {
              av += h[i * n + k] * v[k * n + j];
              g += v[k * n + i] * v[k * n + j];
            }
            residual = Math.max(residual, Math.abs(av - v[i * n + j] * e.values[j]));
            orthogonality = Math.max(orthogonality, Math.abs(g - (i === j ? 1 : 0)));
          }
        }
        expect(orthogonality / EPS, `${family} n=${n} seed=${seed}: max|VᵀV − I|/ε`).toBeLessThanOrEqual(16 + n);
        expect(residual, `${family} n=${n} seed=${seed}: max|AV − VΛ| = ${residual / (EPS * norm)}·εN`).toBeLessThanOrEqual((24 + n) * EPS * norm);
        for (let i = 1; i < n; i++) expect(e.values[i]).toBeGreaterThanOrEqual(e.values[i - 1]);
      }),
      { seed: 42, numRuns: RUNS },
    );
  });

  it("eigenvalues interlace the bath levels (Cauchy) and their sum is the trace", () => {
    fc.assert(
      fc.property(caseArbitrary, ({ family, n, seed, scale }) => {
        const a = arrowheadCase(family, n, seed, scale);
        const values = arrowheadEigenvalues(a);
        const levels = Float64Array.from(a.diagonal).sort();
        const norm = arrowheadNormBound(a);
        // Cauchy interlacing λ_i ≤ d_i ≤ λ_{i+1} for the principal submatrix diag(d); the
        // deflation may move eigenvalues by ≤ 16ε·N (8ε·s, s < 2N) and the roots a few ε·N
        const slack = 24 * EPS * norm;
        for (let i = 0; i < levels.length; i++) {
          expect(values[i], `${family} n=${n} seed=${seed}: λ_${i} ≤ d_${i}`).toBeLessThanOrEqual(levels[i] + slack);
          expect(values[i + 1], `${family} n=${n} seed=${seed}: d_${i} ≤ λ_${i + 1}`).toBeGreaterThanOrEqual(levels[i] - slack);
        }
        let trace = a.apex;
        for (const d of a.diagonal) trace += d;
        let sum = 0;
        for (const x of values) sum += x;
        // n eigenvalues each within ~24ε·N, plus the two n-term sums of terms ≤ N (nε·N each)
        expect(Math.abs(sum - trace), `${family} n=${n} seed=${seed}: Σλ − tr A`).toBeLessThanOrEqual(n * 26 * EPS * norm);
      }),
      { seed: 43, numRuns: RUNS },
    );
  });
});
