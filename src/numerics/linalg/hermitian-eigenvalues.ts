/**
 * Spectrum of a dense complex Hermitian matrix: complex Householder reduction to a
 * Hermitian tridiagonal matrix ({@link reduceHermitianTridiagonal}, on two threads for
 * n ≥ {@link PARALLEL_MIN_ORDER}), a diagonal phase transform to a real symmetric
 * tridiagonal one, then implicit QL ({@link tridiagonalQL}).
 *
 * The tridiagonal T has complex off-diagonals α_k = T[k+1][k]; with D = diag(δ), δ₀ = 1,
 * δ_{k+1} = δ_k α_k/|α_k|, the matrix Dᴴ T D is real symmetric with off-diagonals |α_k|.
 * Backward stable: the eigenvalues are exact for A + E with ‖E‖₂ = O(n·ε·‖A‖₂).
 *
 * Input handling (split re/im Float64Array, row-major, upper triangle only): the input is
 * Hermitised explicitly as (A + A†)/2; matrices with max|a_ij| outside [2⁻⁵⁰⁰, 2⁵⁰⁰] are
 * first scaled by a power of two, and each reflector is computed in units of its largest
 * entry (no sum of squares under- or overflows).
 */
import { assertComplexMatrix } from "./complex-matrix.js";
import { reduceHermitianTridiagonal, unitPhase, type HermitianTridiagonal } from "./hermitian-tridiagonal.js";
import { assertSquare, midpoint } from "./real-matrix.js";
import { tridiagonalQL } from "./tridiagonal-ql.js";
import type { ComplexMatrix } from "./types.js";
import { insideParallelMap } from "../parallel/worker-pool.js";
import { resolveThreadCount } from "../parallel/thread-count.js";

/** Order from which {@link hermitianEigenvalues} reduces on two threads by default (below, a barrier per step costs more than it saves). */
export const PARALLEL_MIN_ORDER = 300;

/** Options of {@link hermitianEigenvalues}. */
export interface HermitianEigenvaluesOptions {
  /**
   * Threads of the reduction (1 or 2). Default: {@link linalgThreads} for n ≥ PARALLEL_MIN_ORDER,
   * else 1. The eigenvalues do not depend on it (bitwise).
   */
  readonly threads?: number;
}

/**
 * Threads a dense kernel may use now: 1 inside a pool worker or inside a running parallelMap
 * job (the time points are then the parallel unit), else QTHERM_THREADS or min(2, cores).
 */
export function linalgThreads(): number {
  return insideParallelMap() ? 1 : Math.min(2, resolveThreadCount());
}

/**
 * Eigenvalues (ascending) of the Hermitian part (A + A†)/2 of a square complex matrix.
 * Cost ≈ (16/3)·n³ real flops for the reduction, O(n²) for the QL iteration; measured at
 * n = 1000 (AMD EPYC, Node 20, one thread, load ≈ 2): 1.0–1.3 s, ×1.6–1.7 faster on two free
 * cores (bench/hermitian-eigenvalues.bench.ts prints both).
 * @throws ParameterError for a non-square matrix or non-finite entries.
 * @throws ConvergenceError when the QL iteration exceeds its sweep cap.
 * @example hermitianEigenvalues(complexFromParts([[0, 0], [0, 0]], [[0, -1], [1, 0]])) // ≈ [-1, 1] for σ_y (returns ±0.9999999999999998)
 */
export function hermitianEigenvalues(a: ComplexMatrix, options: HermitianEigenvaluesOptions = {}): Float64Array {
  const n = a.rows;
  const threads = options.threads ?? (n >= PARALLEL_MIN_ORDER ? linalgThreads() : 1);
  const { wr, wi, exponent } = prepare(a, threads > 1);
  return eigenvaluesOfUpper(wr, wi, n, exponent, threads);
}

/**
 * Eigenvalues (ascending) of the Hermitian matrix whose upper triangle is in (wr, wi)
 * (row-major n×n, overwritten), scaled by 2^exponent (undone on return). With threads = 2
 * the arrays must lie in SharedArrayBuffers. Kernel: trusts its input.
 */
export function eigenvaluesOfUpper(wr: Float64Array, wi: Float64Array, n: number, exponent: number, threads: number): Float64Array {
  const t = reduceHermitianTridiagonal(wr, wi, n, { threads });
  const d = Float64Array.from(t.d);
  const e = offDiagonalMagnitudes(t);
  tridiagonalQL(d, e);
  if (exponent !== 0) for (let i = 0; i < n; i++) d[i] = ldexp(d[i], -exponent);
  return d;
}

/**
 * The power of two 2^s that brings max|a_ij| of the upper triangle into [2⁻⁵⁰⁰, 2⁵⁰⁰] (s = 0
 * when it is already there), applied in place; returns s.
 */
export function scaleUpperIntoRange(wr: Float64Array, wi: Float64Array, n: number): number {
  let big = 0;
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) big = Math.max(big, Math.abs(wr[i * n + j]), Math.abs(wi[i * n + j]));
  if (!(big > 2 ** 500 || (big > 0 && big < 2 ** -500))) return 0;
  const exponent = -Math.round(Math.log2(big));
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      wr[i * n + j] = ldexp(wr[i * n + j], exponent);
      wi[i * n + j] = ldexp(wi[i * n + j], exponent);
    }
  }
  return exponent;
}

function offDiagonalMagnitudes(t: HermitianTridiagonal): Float64Array {
  const n = t.d.length;
  const e = new Float64Array(n);
  for (let k = 0; k + 1 < n; k++) e[k] = Math.hypot(t.alphaRe[k], t.alphaIm[k]);
  return e;
}

/**
 * Eigenvalues (ascending) and orthonormal eigenvectors (columns) of the Hermitian part
 * (A + A†)/2: A V = V diag(values) up to O(n·ε·‖A‖).
 * Vectors V = Q·D·Y: Y from QL on the real tridiagonal (started from the identity), D the
 * phase transform, Q = H₀⋯H_{n−3} applied as reflectors (LAPACK zheev's route). Each
 * eigenvector is fixed up to a complex phase; degenerate eigenvalues get an orthonormal
 * basis of their eigenspace.
 * Cost ≈ 16/3 n³ (reduction) + 6.7 n³ (QL rotations) + 8 n³ (back transformation) flops;
 * measured 4.0 s of CPU time at n = 1000.
 * @throws ParameterError for a non-square matrix or non-finite entries.
 * @throws ConvergenceError when the QL iteration exceeds its sweep cap.
 */
export function hermitianEigen(a: ComplexMatrix): { values: Float64Array; vectors: ComplexMatrix } {
  const { wr, wi, exponent } = prepare(a, false);
  const n = a.rows;
  const beta = new Float64Array(n);
  const t = reduceHermitianTridiagonal(wr, wi, n, { beta });
  const { alphaRe, alphaIm } = t;
  const d = Float64Array.from(t.d);
  const e = new Float64Array(n);
  // phases δ_k (D = diag δ): δ_{k+1} = δ_k α_k / |α_k|
  const deltaRe = new Float64Array(n);
  const deltaIm = new Float64Array(n);
  if (n > 0) deltaRe[0] = 1;
  for (let k = 0; k + 1 < n; k++) {
    e[k] = Math.hypot(alphaRe[k], alphaIm[k]);
    const [pr, pi] = unitPhase(alphaRe[k], alphaIm[k]);
    deltaRe[k + 1] = deltaRe[k] * pr - deltaIm[k] * pi;
    deltaIm[k + 1] = deltaRe[k] * pi + deltaIm[k] * pr;
  }
  const y = new Float64Array(n * n);
  for (let i = 0; i < n; i++) y[i * n + i] = 1;
  tridiagonalQL(d, e, y, n);
  // X = D·Y, then X ← H_k X for k = n−3, …, 0
  const xr = new Float64Array(n * n);
  const xi = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const o = i * n;
    const cr = deltaRe[i];
    const ci = deltaIm[i];
    for (let j = 0; j < n; j++) {
      xr[o + j] = cr * y[o + j];
      xi[o + j] = ci * y[o + j];
    }
  }
  applyReflectorsFromLeft(wr, wi, beta, n, xr, xi);
  if (exponent !== 0) for (let i = 0; i < n; i++) d[i] = ldexp(d[i], -exponent);
  return { values: d, vectors: { rows: n, cols: n, re: xr, im: xi } };
}

/** Validates a; copies the upper triangle of (A + A†)/2 into split work arrays (shared memory if asked), scaled by a power of two if needed. */
function prepare(a: ComplexMatrix, shared: boolean): { wr: Float64Array; wi: Float64Array; exponent: number } {
  assertComplexMatrix("a", a);
  assertSquare("a", a);
  const n = a.rows;
  const { re, im } = a;
  const bytes = 8 * n * n;
  const wr = new Float64Array(shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  const wi = new Float64Array(shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  for (let i = 0; i < n; i++) {
    wr[i * n + i] = re[i * n + i];
    for (let j = i + 1; j < n; j++) {
      wr[i * n + j] = midpoint(re[i * n + j], re[j * n + i]);
      wi[i * n + j] = midpoint(im[i * n + j], -im[j * n + i]);
    }
  }
  return { wr, wi, exponent: scaleUpperIntoRange(wr, wi, n) };
}

/**
 * X ← H₀ H₁ ⋯ H_{n−3} X for the reflectors kept by {@link reduceHermitianTridiagonal}
 * (H_k = I − β_k v vᴴ on rows k+1..): t = vᴴ X_sub, X_sub −= β v t, row by row.
 */
function applyReflectorsFromLeft(
  wr: Float64Array, wi: Float64Array, beta: Float64Array, n: number, xr: Float64Array, xi: Float64Array,
): void {
  const tr = new Float64Array(n);
  const ti = new Float64Array(n);
  const vr = new Float64Array(n);
  const vi = new Float64Array(n);
  for (let k = n - 3; k >= 0; k--) {
    const b = beta[k];
    if (b === 0) continue;
    vr[k + 1] = 1;
    vi[k + 1] = 0;
    for (let i = k + 2; i < n; i++) {
      vr[i] = wr[k * n + i];
      vi[i] = wi[k * n + i];
    }
    tr.fill(0);
    ti.fill(0);
    // t = vᴴ X_sub, two rows per pass (t is loaded and stored once for both)
    let i = k + 1;
    for (; i + 1 < n; i += 2) {
      const o = i * n;
      const p = o + n;
      const ar = vr[i], ai = -vi[i], br = vr[i + 1], bi = -vi[i + 1]; // conj(v_i), conj(v_{i+1})
      for (let j = 0; j < n; j++) {
        const x = xr[o + j], y = xi[o + j], u = xr[p + j], w = xi[p + j];
        tr[j] += ar * x - ai * y + br * u - bi * w;
        ti[j] += ar * y + ai * x + br * w + bi * u;
      }
    }
    if (i < n) {
      const o = i * n;
      const ar = vr[i], ai = -vi[i];
      for (let j = 0; j < n; j++) {
        tr[j] += ar * xr[o + j] - ai * xi[o + j];
        ti[j] += ar * xi[o + j] + ai * xr[o + j];
      }
    }
    // X_sub −= β v t, two rows per pass
    i = k + 1;
    for (; i + 1 < n; i += 2) {
      const o = i * n;
      const p = o + n;
      const ar = b * vr[i], ai = b * vi[i], br = b * vr[i + 1], bi = b * vi[i + 1];
      for (let j = 0; j < n; j++) {
        const sr = tr[j];
        const si = ti[j];
        xr[o + j] -= ar * sr - ai * si;
        xi[o + j] -= ar * si + ai * sr;
        xr[p + j] -= br * sr - bi * si;
        xi[p + j] -= br * si + bi * sr;
      }
    }
    if (i < n) {
      const o = i * n;
      const ar = b * vr[i], ai = b * vi[i];
      for (let j = 0; j < n; j++) {
        xr[o + j] -= ar * tr[j] - ai * ti[j];
        xi[o + j] -= ar * ti[j] + ai * tr[j];
      }
    }
  }
}

/** x·2^k for |k| ≤ 2046 in two exact steps (a single 2^k overflows for k > 1023, as for subnormal input). */
function ldexp(x: number, k: number): number {
  const half = Math.trunc(k / 2);
  return x * 2 ** half * 2 ** (k - half);
}
