import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  conjugateTranspose,
  frobeniusNormComplex,
  identityComplex,
  maxAbsDifferenceComplex,
  multiplyComplex,
} from "../src/numerics/linalg/complex-matrix.js";
import { expmComplex, expmReal } from "../src/numerics/linalg/expm.js";
import { hermitianEigen, hermitianEigenvalues } from "../src/numerics/linalg/hermitian-eigenvalues.js";
import { solveReal } from "../src/numerics/linalg/lu-solve.js";
import { nullSpaceComplex, nullSpaceReal } from "../src/numerics/linalg/null-space.js";
import { frobeniusNormReal, multiplyReal, scaleReal, transposeReal } from "../src/numerics/linalg/real-matrix.js";
import { symmetricEigen, symmetricEigenvalues } from "../src/numerics/linalg/symmetric-eigen.js";
import { tridiagonalQL } from "../src/numerics/linalg/tridiagonal-ql.js";
import type { ComplexMatrix, RealMatrix } from "../src/numerics/linalg/types.js";
import { seededRandom } from "../src/numerics/random.js";
import {
  complexCorrelation,
  householderTridiagonal,
  occupations,
  realCorrelation,
  sturmBisectionEigenvalues,
} from "../test/numerics/linalg/clustered-spectra.js";

/**
 * Properties of the dense linear algebra over random inputs (n ≤ 40, entries from
 * fast-check doubles — which include exact zeros, ±1 and tiny values, so structured
 * and already-tridiagonal inputs occur — or seeded Gaussians, times scales 10⁻⁶…10⁶).
 *
 * Tolerances. The eigensolvers are backward stable (Householder reduction + QL): the
 * computed pairs are exact for A + E with ‖E‖ ≤ c·n·ε·‖A‖, c a modest constant
 * (Golub & Van Loan §8.3.5; Wilkinson). With n ≤ 40, n·ε ≈ 9e-15, so 1e-12·‖A‖ leaves
 * c ≈ 100. Orthogonality of V is O(n·ε) for the same reason. Each tolerance below
 * states its own bound; measured maxima (300 samples per property, seeds 42–49, plus
 * 6000 runs per property over 10 other seeds without failure) are noted beside them.
 */

const EPS = 2 ** -52;
const RUNS = Number(process.env.QTHERM_PROPERTY_RUNS ?? 40);
/** Fixed seed (LINALG_SEED overrides it for deeper exploration; a failure prints seed and path). */
const SEED = Number(process.env.LINALG_SEED ?? 42);

/** An n×n matrix of fast-check doubles in [−1, 1] times 10^logScale. */
const squareArbitrary = (minN: number, maxN: number) =>
  fc.integer({ min: minN, max: maxN }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      data: fc.float64Array({ min: -1, max: 1, noNaN: true, minLength: n * n, maxLength: n * n }),
      imag: fc.float64Array({ min: -1, max: 1, noNaN: true, minLength: n * n, maxLength: n * n }),
      logScale: fc.integer({ min: -6, max: 6 }),
    }),
  );

function symmetricFrom(n: number, data: Float64Array, scale: number): RealMatrix {
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      out[i * n + j] = scale * data[i * n + j];
      out[j * n + i] = scale * data[i * n + j];
    }
  }
  return { rows: n, cols: n, data: out };
}

function hermitianFrom(n: number, re: Float64Array, im: Float64Array, scale: number): ComplexMatrix {
  const r = new Float64Array(n * n);
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    r[i * n + i] = scale * re[i * n + i];
    for (let j = i + 1; j < n; j++) {
      r[i * n + j] = r[j * n + i] = scale * re[i * n + j];
      m[i * n + j] = scale * im[i * n + j];
      m[j * n + i] = -scale * im[i * n + j];
    }
  }
  return { rows: n, cols: n, re: r, im: m };
}

function gaussian(rows: number, cols: number, seed: number): RealMatrix {
  const rng = seededRandom(seed);
  return { rows, cols, data: Float64Array.from({ length: rows * cols }, () => rng.normal()) };
}

function gaussianComplex(rows: number, cols: number, seed: number): ComplexMatrix {
  const rng = seededRandom(seed);
  const n = rows * cols;
  return { rows, cols, re: Float64Array.from({ length: n }, () => rng.normal()), im: Float64Array.from({ length: n }, () => rng.normal()) };
}

function maxAbsOffIdentity(g: RealMatrix): number {
  let worst = 0;
  for (let i = 0; i < g.rows; i++) for (let j = 0; j < g.cols; j++) worst = Math.max(worst, Math.abs(g.data[i * g.cols + j] - (i === j ? 1 : 0)));
  return worst;
}

/**
 * tr A, Σλ, Σλ² and ‖A‖_F² (re and im parts; pass re twice for a real matrix counted once)
 * in units of a power of two u ≤ max|a_ij|: dividing by u is exact even for subnormal
 * entries, so the sums are formed in the normal range.
 */
function sumRules(re: Float64Array, im: Float64Array, values: Float64Array, n: number) {
  let big = 0;
  for (let k = 0; k < re.length; k++) big = Math.max(big, Math.abs(re[k]), Math.abs(im[k]));
  const unit = big === 0 ? 1 : 2 ** Math.floor(Math.log2(big));
  let trace = 0;
  let sum = 0;
  let sumSquares = 0;
  let frobeniusSquared = 0;
  let sumAbs = 0;
  for (let i = 0; i < n; i++) {
    trace += re[i * n + i] / unit;
    sum += values[i] / unit;
    sumSquares += (values[i] / unit) ** 2;
    sumAbs += Math.abs(values[i] / unit);
  }
  for (let k = 0; k < re.length; k++) frobeniusSquared += (re[k] / unit) ** 2 + (re === im ? 0 : (im[k] / unit) ** 2);
  // eigenvalues of a subnormal matrix are rounded to the grid 2⁻¹⁰⁷⁴ on output, an absolute error
  // no relative bound absorbs: grid/unit per value, i.e. n·g on Σλ and 2g·Σ|λ| + n·g² on Σλ²
  const g = Number.MIN_VALUE / unit;
  return { trace, sum, sumSquares, frobeniusSquared, gridSum: n * g, gridSquares: 2 * g * sumAbs + n * g * g };
}

describe("symmetricEigen on random symmetric matrices", () => {
  it("‖AV − VΛ‖_F ≤ 1e-12‖A‖_F, ‖VᵀV − I‖_max ≤ 1e-12, values ascending, trace and ‖A‖_F² sum rules", () => {
    fc.assert(
      fc.property(squareArbitrary(1, 40), ({ n, data, logScale }) => {
        const a = symmetricFrom(n, data, 10 ** logScale);
        const norm = frobeniusNormReal(a);
        const { values, vectors } = symmetricEigen(a);
        const av = multiplyReal(a, vectors);
        const r = new Float64Array(n * n);
        for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) r[i * n + j] = av.data[i * n + j] - vectors.data[i * n + j] * values[j];
        // backward stability: ‖E‖ ≤ c·n·ε·‖A‖ (measured ≤ 10.3·ε·‖A‖_F); plus n²·2⁻¹⁰⁷⁴ because the test's
        // own products A·V round to the subnormal grid when A is subnormal
        expect(frobeniusNormReal({ rows: n, cols: n, data: r })).toBeLessThanOrEqual(1e-12 * norm + n * n * Number.MIN_VALUE);
        // orthogonality O(n·ε) (measured ≤ 39ε ≈ 9e-15)
        expect(maxAbsOffIdentity(multiplyReal(transposeReal(vectors), vectors))).toBeLessThanOrEqual(1e-12);
        for (let i = 1; i < n; i++) expect(values[i]).toBeGreaterThanOrEqual(values[i - 1]);
        const { trace, sum, sumSquares, frobeniusSquared, gridSum, gridSquares } = sumRules(a.data, a.data, values, n);
        // Σλ − tr A = tr E, |tr E| ≤ √n‖E‖_F; and the n-term sums round by n·ε·Σ|λ| ≤ n^{3/2}·ε‖A‖_F
        expect(Math.abs(sum - trace)).toBeLessThanOrEqual(1e-12 * Math.sqrt(n * frobeniusSquared) + gridSum);
        // Σλ² = ‖A + E‖_F²: |Σλ² − ‖A‖_F²| ≤ 2‖A‖_F‖E‖_F + ‖E‖² ≲ 2e-12‖A‖_F² (plus n·ε rounding of the sums)
        expect(Math.abs(sumSquares - frobeniusSquared)).toBeLessThanOrEqual(3e-12 * frobeniusSquared + gridSquares);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("symmetricEigenvalues returns the same values as symmetricEigen (same reduction and QL)", () => {
    fc.assert(
      fc.property(squareArbitrary(1, 30), ({ n, data, logScale }) => {
        const a = symmetricFrom(n, data, 10 ** logScale);
        const values = symmetricEigenvalues(a);
        const full = symmetricEigen(a).values;
        const norm = frobeniusNormReal(a);
        // the value-only path skips reflector storage but performs the same arithmetic; allow rounding-level drift
        for (let i = 0; i < n; i++) expect(Math.abs(values[i] - full[i])).toBeLessThanOrEqual(1e-13 * norm);
      }),
      { seed: SEED + 1, numRuns: RUNS },
    );
  });
});

describe("Hermitian eigensolvers on random Hermitian matrices", () => {
  it("hermitianEigenvalues equal the doubled spectrum of the real embedding [[Re, −Im], [Im, Re]] (independent path)", () => {
    fc.assert(
      fc.property(squareArbitrary(1, 40), ({ n, data, imag, logScale }) => {
        const a = hermitianFrom(n, data, imag, 10 ** logScale);
        const norm = frobeniusNormComplex(a);
        const values = hermitianEigenvalues(a);
        const big = 2 * n;
        const emb = new Float64Array(big * big);
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            emb[i * big + j] = a.re[i * n + j];
            emb[i * big + n + j] = -a.im[i * n + j];
            emb[(n + i) * big + j] = a.im[i * n + j];
            emb[(n + i) * big + n + j] = a.re[i * n + j];
          }
        }
        const doubled = symmetricEigenvalues({ rows: big, cols: big, data: emb });
        // both solvers backward stable with ‖E‖ ≤ c·(2n)·ε·‖A‖ (Weyl: eigenvalue shifts ≤ ‖E‖₂); measured ≤ 7.5·ε·‖A‖_F
        // plus 2⁻¹⁰⁷⁴: values of a subnormal matrix are rounded to the subnormal grid on output
        for (let i = 0; i < n; i++) {
          expect(Math.abs(values[i] - doubled[2 * i])).toBeLessThanOrEqual(1e-12 * norm + Number.MIN_VALUE);
          expect(Math.abs(values[i] - doubled[2 * i + 1])).toBeLessThanOrEqual(1e-12 * norm + Number.MIN_VALUE);
        }
        const { trace, sum, sumSquares, frobeniusSquared, gridSum, gridSquares } = sumRules(a.re, a.im, values, n); // as in the real case
        expect(Math.abs(sum - trace)).toBeLessThanOrEqual(1e-12 * Math.sqrt(n * frobeniusSquared) + gridSum);
        expect(Math.abs(sumSquares - frobeniusSquared)).toBeLessThanOrEqual(3e-12 * frobeniusSquared + gridSquares);
      }),
      { seed: SEED + 2, numRuns: RUNS },
    );
  });

  it("hermitianEigen: ‖AV − VΛ‖_F ≤ 1e-12‖A‖_F and ‖V†V − I‖_max ≤ 1e-12", () => {
    fc.assert(
      fc.property(squareArbitrary(1, 30), ({ n, data, imag, logScale }) => {
        const a = hermitianFrom(n, data, imag, 10 ** logScale);
        const norm = frobeniusNormComplex(a);
        const { values, vectors } = hermitianEigen(a);
        const av = multiplyComplex(a, vectors);
        const vl = { rows: n, cols: n, re: new Float64Array(n * n), im: new Float64Array(n * n) };
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            vl.re[i * n + j] = vectors.re[i * n + j] * values[j];
            vl.im[i * n + j] = vectors.im[i * n + j] * values[j];
          }
        }
        const r = { rows: n, cols: n, re: av.re.map((x, k) => x - vl.re[k]), im: av.im.map((x, k) => x - vl.im[k]) };
        // backward stability (measured ≤ 9·ε·‖A‖_F), plus the subnormal grid of the test's own products as in the real case
        expect(frobeniusNormComplex(r)).toBeLessThanOrEqual(1e-12 * norm + 4 * n * n * Number.MIN_VALUE);
        // O(n·ε) (measured ≤ 27ε)
        expect(maxAbsDifferenceComplex(multiplyComplex(conjugateTranspose(vectors), vectors), identityComplex(n))).toBeLessThanOrEqual(1e-12);
      }),
      { seed: SEED + 3, numRuns: RUNS },
    );
  });
});

/**
 * Numerically degenerate spectra: C = V diag(f) V† with f = a + (b − a)·g, g_k ∈ {0, 1} (the
 * occupations of a free-fermion correlation matrix, a fraction `fill` of them 1) plus up to five
 * fractional g_k, so the eigenvalues form two clusters at a and b (a, b ∈ [−2, 2], possibly
 * a ≈ b; |a|, |b| < 2⁻⁴⁰⁰ are set to 0, as subnormal products would round to the absolute grid
 * 2⁻¹⁰⁷⁴ that no relative bound covers — the scaling is tested above), each spread only by
 * rounding. V is a seeded random orthogonal/unitary matrix. The known
 * spectrum f is the oracle. Tolerances are in units of (n + 16)·ε·max|f|: C's own n-term sums
 * round by ~n·ε, QL's deflation perturbs by ≤ 16ε‖T‖₂ and its sweeps by O(n·ε‖T‖); each bound is
 * ≥ 2× the maximum measured on 400 samples (noted beside it).
 */
const clusterValue = fc.double({ min: -2, max: 2, noNaN: true }).map((x) => (Math.abs(x) < 2 ** -400 ? 0 : x));
const clusteredArbitrary = fc.record({
  n: fc.integer({ min: 2, max: 160 }),
  seed: fc.integer(),
  fractional: fc.integer({ min: 0, max: 5 }),
  fill: fc.double({ min: 0, max: 1, noNaN: true }),
  a: clusterValue,
  b: clusterValue,
});

function clusteredSpectrum({ n, seed, fractional, fill, a, b }: { n: number; seed: number; fractional: number; fill: number; a: number; b: number }) {
  const f = occupations(n, seed + 1, fractional, fill).map((g) => a + (b - a) * g);
  let scale = 0;
  for (const x of f) scale = Math.max(scale, Math.abs(x));
  return { f, sortedF: Float64Array.from(f).sort(), scale };
}

function worstDifference(x: ArrayLike<number>, y: ArrayLike<number>): { error: number; index: number } {
  let error = 0;
  let index = -1;
  for (let k = 0; k < x.length; k++) {
    if (Math.abs(x[k] - y[k]) > error) {
      error = Math.abs(x[k] - y[k]);
      index = k;
    }
  }
  return { error, index };
}

describe("eigensolvers on clustered spectra (free-fermion correlation matrices)", () => {
  it("symmetricEigen: λ_k = f_(k) to 2(n+16)ε·max|f|, ‖CV − VΛ‖_F ≤ 4(n+16)ε·max|f|, ‖VᵀV − I‖_max ≤ 2(n+16)ε", () => {
    fc.assert(
      fc.property(clusteredArbitrary, (p) => {
        const { n } = p;
        const { f, sortedF, scale } = clusteredSpectrum(p);
        const c = realCorrelation(n, p.seed, f);
        const { values, vectors } = symmetricEigen(c);
        const unit = (n + 16) * EPS;
        const { error, index } = worstDifference(values, sortedF);
        // measured ≤ 0.41·unit·max|f|
        expect(error, `|λ − f| = ${error} at k = ${index}, n = ${n}`).toBeLessThanOrEqual(2 * unit * scale);
        const av = multiplyReal(c, vectors);
        let residual = 0;
        for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) residual += (av.data[i * n + j] - vectors.data[i * n + j] * values[j]) ** 2;
        // measured ≤ 1.05·unit·max|f|
        expect(Math.sqrt(residual), `n = ${n}`).toBeLessThanOrEqual(4 * unit * scale);
        // measured ≤ 0.53·unit
        expect(maxAbsOffIdentity(multiplyReal(transposeReal(vectors), vectors)), `n = ${n}`).toBeLessThanOrEqual(2 * unit);
      }),
      { seed: SEED + 12, numRuns: RUNS },
    );
  });

  it("hermitianEigen and hermitianEigenvalues: λ_k = f_(k) to 2(n+16)ε·max|f|, ‖V†V − I‖_max ≤ 2(n+16)ε", () => {
    fc.assert(
      fc.property(clusteredArbitrary, (p) => {
        const { n } = p;
        const { f, sortedF, scale } = clusteredSpectrum(p);
        const c = complexCorrelation(n, p.seed, f);
        const unit = (n + 16) * EPS;
        const { values, vectors } = hermitianEigen(c);
        for (const [name, v] of [["hermitianEigen", values], ["hermitianEigenvalues", hermitianEigenvalues(c)]] as const) {
          const { error, index } = worstDifference(v, sortedF);
          // measured ≤ 0.23·unit·max|f|
          expect(error, `${name}: |λ − f| = ${error} at k = ${index}, n = ${n}`).toBeLessThanOrEqual(2 * unit * scale);
        }
        // measured ≤ 0.35·unit
        expect(maxAbsDifferenceComplex(multiplyComplex(conjugateTranspose(vectors), vectors), identityComplex(n)), `n = ${n}`).toBeLessThanOrEqual(2 * unit);
      }),
      { seed: SEED + 13, numRuns: RUNS },
    );
  });

  it("tridiagonalQL on the Householder tridiagonal of C: converges within 2(n+4) sweeps and agrees with Sturm bisection to (n+16)ε‖T‖", () => {
    fc.assert(
      fc.property(clusteredArbitrary, (p) => {
        const { n } = p;
        const { f } = clusteredSpectrum(p);
        const { d, e } = householderTridiagonal(realCorrelation(n, p.seed, f));
        let norm = 0;
        for (let i = 0; i < n; i++) norm = Math.max(norm, Math.abs(d[i]) + Math.abs(e[i]));
        const values = Float64Array.from(d);
        // a stalled eigenvalue would need dozens of sweeps; measured ≤ 1.18·(n+4) in all (default budget 30·n)
        tridiagonalQL(values, Float64Array.from(e), null, 0, { maxSweeps: 2 * (n + 4) });
        const { error, index } = worstDifference(values, sturmBisectionEigenvalues(d, e));
        // QL O(n·ε‖T‖) + 16ε‖T‖₂ deflation, bisection ≤ 2ε‖T‖ (measured ≤ 0.34·(n+16)ε‖T‖)
        expect(error, `|λ_QL − λ_bisection| = ${error} at k = ${index}, n = ${n}, ‖T‖ = ${norm}`).toBeLessThanOrEqual((n + 16) * EPS * norm);
      }),
      { seed: SEED + 14, numRuns: RUNS },
    );
  });
});

describe("expm", () => {
  it("expm(A)·expm(−A) = I for random real A with ‖A‖₁ ≤ 8", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 15 }), fc.integer(), fc.double({ min: 0, max: 8, noNaN: true }), (n, seed, target) => {
        const g = gaussian(n, n, seed);
        let norm1 = 0;
        for (let j = 0; j < n; j++) {
          let s = 0;
          for (let i = 0; i < n; i++) s += Math.abs(g.data[i * n + j]);
          norm1 = Math.max(norm1, s);
        }
        const a = scaleReal(g, target / norm1);
        const e = expmReal(a);
        const eMinus = expmReal(scaleReal(a, -1));
        const product = multiplyReal(e, eMinus);
        // each factor has relative error ≲ cond(exp, ±A)·u·c with cond ≲ e^{2‖A‖}‖A‖ in the worst (non-normal) case;
        // the product's error is bounded by ε·(1 + ‖A‖₁)·‖e^A‖_F·‖e^{−A}‖_F times c; c = 100 covers the
        // Padé solve, the squarings and the test's own product (measured c ≤ 0.4)
        const bound = 100 * EPS * (1 + target) * frobeniusNormReal(e) * frobeniusNormReal(eMinus);
        expect(maxAbsOffIdentity(product)).toBeLessThanOrEqual(bound);
      }),
      { seed: SEED + 4, numRuns: RUNS },
    );
  });

  it("expm of a symmetric A equals V·e^Λ·Vᵀ from the eigensolver", () => {
    fc.assert(
      fc.property(squareArbitrary(1, 20), ({ n, data }) => {
        const a = symmetricFrom(n, data, 8 / Math.max(1, n)); // ‖A‖₂ ≤ 8
        const { values, vectors } = symmetricEigen(a);
        const scaled = { rows: n, cols: n, data: vectors.data.map((x, k) => x * Math.exp(values[k % n])) };
        const reference = multiplyReal(scaled, transposeReal(vectors));
        const e = expmReal(a);
        const lambdaMax = Math.max(...Array.from(values).map(Math.abs));
        let worst = 0;
        for (let k = 0; k < n * n; k++) worst = Math.max(worst, Math.abs(e.data[k] - reference.data[k]));
        // symmetric A: cond(exp, A) ≤ ‖A‖₂ relative to ‖e^A‖₂ = e^{λmax}; the eigen route adds n·ε·‖A‖·e^{λmax};
        // c = 100 (measured c ≤ 3.8)
        expect(worst).toBeLessThanOrEqual(100 * n * EPS * (1 + lambdaMax) * Math.exp(lambdaMax));
      }),
      { seed: SEED + 5, numRuns: RUNS },
    );
  });

  it("expm(−iHt) is unitary for random Hermitian H, ‖Ht‖_F ≤ 20", () => {
    fc.assert(
      fc.property(squareArbitrary(1, 20), fc.double({ min: 0, max: 20, noNaN: true }), ({ n, data, imag }, target) => {
        const h = hermitianFrom(n, data, imag, 1);
        const norm = frobeniusNormComplex(h);
        // −i·t·H/‖H‖_F, dividing entrywise first (t/‖H‖ overflows for subnormal H)
        const generator = {
          rows: n,
          cols: n,
          re: h.im.map((x) => (norm === 0 ? 0 : (x / norm) * target)),
          im: h.re.map((x) => (norm === 0 ? 0 : (-x / norm) * target)),
        };
        const u = expmComplex(generator);
        // unitarity is lost at O(ε) per product: ~ (6 + s) products and one solve, s ≤ 3 squarings, each
        // n-term sums: ≤ 10·(n + 10)·ε·‖U‖₂² with ‖U‖₂ = 1 (measured ≤ 0.36·(n + 10)·ε)
        expect(maxAbsDifferenceComplex(multiplyComplex(conjugateTranspose(u), u), identityComplex(n))).toBeLessThanOrEqual(
          10 * (n + 10) * EPS,
        );
      }),
      { seed: SEED + 6, numRuns: RUNS },
    );
  });
});

describe("null space of matrices with a known rank deficiency", () => {
  const shapes = fc.record({
    m: fc.integer({ min: 1, max: 30 }),
    n: fc.integer({ min: 2, max: 30 }),
    rankFraction: fc.double({ min: 0, max: 0.99, noNaN: true }),
    seed: fc.integer(),
  });

  it("A = U W (U m×r, W r×n Gaussian): exactly n − r orthonormal null vectors with ‖A N‖_F ≤ 1e-12‖A‖_F", () => {
    fc.assert(
      fc.property(shapes, ({ m, n, rankFraction, seed }) => {
        const r = Math.min(m, Math.floor(rankFraction * n));
        const a = multiplyReal(gaussian(m, r, seed), gaussian(r, n, seed + 1));
        const basis = nullSpaceReal(a);
        // Gaussian factors have full rank r with probability 1 and σ_r/σ_1 ≫ 1e-10 in practice
        expect(basis.cols).toBe(n - r);
        // QR with column pivoting: ‖A N‖ = ‖R₂₂‖ ~ n·ε·‖A‖ (measured ≤ 1.3·ε·‖A‖_F)
        expect(frobeniusNormReal(multiplyReal(a, basis))).toBeLessThanOrEqual(1e-12 * Math.max(frobeniusNormReal(a), Number.MIN_VALUE));
        expect(maxAbsOffIdentity(multiplyReal(transposeReal(basis), basis))).toBeLessThanOrEqual(1e-12); // products of reflectors: O(n·ε), measured 3ε
      }),
      { seed: SEED + 7, numRuns: RUNS },
    );
  });

  it("complex A = U W: exactly n − r orthonormal null vectors with ‖A N‖_F ≤ 1e-12‖A‖_F", () => {
    fc.assert(
      fc.property(shapes, ({ m, n, rankFraction, seed }) => {
        const r = Math.min(m, Math.floor(rankFraction * n));
        const a = multiplyComplex(gaussianComplex(m, r, seed), gaussianComplex(r, n, seed + 1));
        const basis = nullSpaceComplex(a);
        expect(basis.cols).toBe(n - r);
        expect(frobeniusNormComplex(multiplyComplex(a, basis))).toBeLessThanOrEqual(1e-12 * frobeniusNormComplex(a));
        expect(maxAbsDifferenceComplex(multiplyComplex(conjugateTranspose(basis), basis), identityComplex(basis.cols))).toBeLessThanOrEqual(1e-12);
      }),
      { seed: SEED + 8, numRuns: RUNS },
    );
  });
});

describe("GEMM and LU against independent computations", () => {
  it("multiplyReal equals the naive triple loop within the γ_p bound |ΔC| ≤ 2p·ε·|A||B|", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), fc.integer(), (m, p, q, seed) => {
        const a = gaussian(m, p, seed);
        const b = gaussian(p, q, seed + 1);
        const c = multiplyReal(a, b);
        for (let i = 0; i < m; i++) {
          for (let j = 0; j < q; j++) {
            let s = 0;
            let abs = 0;
            for (let k = 0; k < p; k++) {
              s += a.data[i * p + k] * b.data[k * q + j];
              abs += Math.abs(a.data[i * p + k] * b.data[k * q + j]);
            }
            // both sums obey |fl(Σ) − Σ| ≤ γ_p Σ|terms| (Higham, Accuracy and Stability, §3.1), γ_p ≈ p·ε
            expect(Math.abs(c.data[i * q + j] - s)).toBeLessThanOrEqual(2 * p * EPS * abs);
          }
        }
      }),
      { seed: SEED + 9, numRuns: RUNS },
    );
  });

  it("multiplyComplex equals a naive complex triple loop within 4p·ε·Σ|terms|", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 }), fc.integer(), (m, p, q, seed) => {
        const a = gaussianComplex(m, p, seed);
        const b = gaussianComplex(p, q, seed + 1);
        const c = multiplyComplex(a, b);
        for (let i = 0; i < m; i++) {
          for (let j = 0; j < q; j++) {
            let sr = 0;
            let si = 0;
            let abs = 0;
            for (let k = 0; k < p; k++) {
              const xr = a.re[i * p + k], xi = a.im[i * p + k], yr = b.re[k * q + j], yi = b.im[k * q + j];
              sr += xr * yr - xi * yi;
              si += xr * yi + xi * yr;
              abs += Math.abs(xr * yr) + Math.abs(xi * yi) + Math.abs(xr * yi) + Math.abs(xi * yr);
            }
            // 2p-term real sums on each side: γ_{2p}·Σ|terms| each
            expect(Math.abs(c.re[i * q + j] - sr)).toBeLessThanOrEqual(4 * p * EPS * abs);
            expect(Math.abs(c.im[i * q + j] - si)).toBeLessThanOrEqual(4 * p * EPS * abs);
          }
        }
      }),
      { seed: SEED + 10, numRuns: RUNS },
    );
  });

  it("solveReal: the residual ‖AX − B‖_F ≤ 1e3·n·ε·‖A‖_F‖X‖_F (backward stable with partial pivoting)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 5 }), fc.integer(), (n, k, seed) => {
        const a = gaussian(n, n, seed);
        const b = gaussian(n, k, seed + 1);
        const x = solveReal(a, b);
        const ax = multiplyReal(a, x);
        const r = { rows: n, cols: k, data: ax.data.map((v, i) => v - b.data[i]) };
        // Wilkinson: (A + E) X = B with ‖E‖ ≤ c·n·ρ·ε‖A‖, ρ the growth factor (small for Gaussian A); c·ρ ≤ 1e3
        expect(frobeniusNormReal(r)).toBeLessThanOrEqual(1e3 * n * EPS * frobeniusNormReal(a) * frobeniusNormReal(x));
      }),
      { seed: SEED + 11, numRuns: RUNS },
    );
  });
});
