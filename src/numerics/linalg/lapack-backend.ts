import { createRequire } from "node:module";
import { ConvergenceError, ParameterError } from "../../core/errors.js";
import { assertComplexMatrix } from "./complex-matrix.js";
import { assertSquare } from "./real-matrix.js";
import type { ComplexMatrix } from "./types.js";

/**
 * Dense Hermitian eigenvalues through the system LAPACK (zheevd, divide and conquer;
 * OpenBLAS or reference LAPACK) called by the foreign-function interface koffi.
 * Optional: {@link loadLapackBackend} returns null when koffi or the library is absent,
 * and callers fall back to the TypeScript solver (hermitian-eigenvalues.ts).
 *
 * Libraries tried in order: $QTHERM_LAPACK_LIBRARY (a path), libopenblas.so.0,
 * liblapack.so.3 (Debian: `apt-get install liblapack3 libopenblas0-pthread`), the
 * macOS Accelerate framework, libopenblas.dylib. Fortran calling convention: all
 * arguments by pointer, two hidden string lengths for the character arguments.
 */
export interface LapackBackend {
  /** Library file that was loaded. */
  readonly library: string;
  /**
   * Eigenvalues (ascending) of the Hermitian matrix A (its lower triangle is read, as
   * zheevd with UPLO = 'L'; pass a Hermitian matrix). Backward stable, ‖E‖ = O(nε‖A‖).
   * Throws ParameterError for a non-square or non-finite matrix, ConvergenceError when
   * zheevd reports INFO > 0.
   */
  hermitianEigenvalues(a: ComplexMatrix): Float64Array;
  /**
   * Eigenvalues (ascending) of the Gram matrix G = X† diag(w) X of a row-major n×k
   * complex X with row weights w_l ≥ 0 (e.g. a correlation block C_AA = U_A† diag(f) U_A):
   * BLAS zherk on Y = diag(√w) X (lower triangle, ≈ 4nk² flops), then zheevd on G in place.
   * Throws ParameterError for shape mismatches or negative weights, ConvergenceError as above.
   */
  weightedGramEigenvalues(x: ComplexMatrix, weights: Float64Array): Float64Array;
}

interface KoffiLike {
  load(path: string): { func(signature: string): (...args: unknown[]) => unknown };
}

const CANDIDATES = [
  "libopenblas.so.0",
  "liblapack.so.3",
  "/usr/lib/x86_64-linux-gnu/liblapack.so.3",
  "/System/Library/Frameworks/Accelerate.framework/Accelerate",
  "libopenblas.dylib",
];

let cached: LapackBackend | null | undefined;

/** The LAPACK backend, or null when koffi or a LAPACK library cannot be loaded (cached). */
export function loadLapackBackend(): LapackBackend | null {
  if (cached !== undefined) return cached;
  cached = tryLoad();
  return cached;
}

function tryLoad(): LapackBackend | null {
  let koffi: KoffiLike;
  try {
    koffi = createRequire(import.meta.url)("koffi") as KoffiLike;
  } catch {
    return null;
  }
  const candidates = process.env.QTHERM_LAPACK_LIBRARY ? [process.env.QTHERM_LAPACK_LIBRARY, ...CANDIDATES] : CANDIDATES;
  for (const path of candidates) {
    try {
      const lib = koffi.load(path);
      const zheevd = lib.func(
        "void zheevd_(const char *jobz, const char *uplo, int *n, double *a, int *lda, double *w, double *work, int *lwork, double *rwork, int *lrwork, int *iwork, int *liwork, _Out_ int *info, size_t ljobz, size_t luplo)",
      ) as (...args: unknown[]) => void;
      const zherk = lib.func(
        "void zherk_(const char *uplo, const char *trans, int *n, int *k, double *alpha, double *a, int *lda, double *beta, double *c, int *ldc, size_t luplo, size_t ltrans)",
      ) as (...args: unknown[]) => void;
      return {
        library: path,
        hermitianEigenvalues: (a) => zheevdValues(zheevd, a),
        weightedGramEigenvalues: (x, w) => gramValues(zherk, zheevd, x, w),
      };
    } catch {
      continue;
    }
  }
  return null;
}

function gramValues(
  zherk: (...args: unknown[]) => void,
  zheevd: (...args: unknown[]) => void,
  x: ComplexMatrix,
  weights: Float64Array,
): Float64Array {
  assertComplexMatrix("x", x);
  const n = x.rows;
  const k = x.cols;
  if (weights.length !== n) throw new ParameterError("weights.length", weights.length, `the number of rows of x (${n})`);
  // Y = diag(√w) X, column-major interleaved: (l, c) at 2(l + c n).
  const y = new Float64Array(2 * n * k);
  for (let l = 0; l < n; l++) {
    if (!(weights[l] >= 0)) throw new ParameterError(`weights[${l}]`, weights[l], "a number ≥ 0");
    const s = Math.sqrt(weights[l]);
    if (s === 0) continue;
    const row = l * k;
    for (let c = 0; c < k; c++) {
      const at = 2 * (l + c * n);
      y[at] = s * x.re[row + c];
      y[at + 1] = s * x.im[row + c];
    }
  }
  const g = new Float64Array(2 * k * k);
  zherk("L", "C", Int32Array.of(k), Int32Array.of(n), Float64Array.of(1), y, Int32Array.of(n), Float64Array.of(0), g, Int32Array.of(k), 1, 1);
  return zheevdBuffer(zheevd, g, k);
}

function zheevdValues(zheevd: (...args: unknown[]) => void, a: ComplexMatrix): Float64Array {
  assertComplexMatrix("a", a);
  assertSquare("a", a);
  const n = a.rows;
  if (n === 0) return new Float64Array(0);
  // Column-major interleaved copy: element (i, j) at 2(i + j n).
  const buffer = new Float64Array(2 * n * n);
  for (let i = 0; i < n; i++) {
    const row = i * n;
    for (let j = 0; j < n; j++) {
      const at = 2 * (i + j * n);
      buffer[at] = a.re[row + j];
      buffer[at + 1] = a.im[row + j];
    }
  }
  return zheevdBuffer(zheevd, buffer, n);
}

/** zheevd (JOBZ = 'N', UPLO = 'L') on a column-major interleaved n×n buffer (overwritten). */
function zheevdBuffer(zheevd: (...args: unknown[]) => void, buffer: Float64Array, n: number): Float64Array {
  if (n === 0) return new Float64Array(0);
  const nn = Int32Array.of(n);
  const w = new Float64Array(n);
  const info = new Int32Array(1);
  const workQuery = new Float64Array(2);
  const rworkQuery = new Float64Array(1);
  const iworkQuery = new Int32Array(1);
  const minus1 = Int32Array.of(-1);
  zheevd("N", "L", nn, buffer, nn, w, workQuery, minus1, rworkQuery, minus1, iworkQuery, minus1, info, 1, 1);
  if (info[0] !== 0) throw new ParameterError("zheevd workspace query INFO", info[0], "0");
  const lwork = Math.max(n + 1, Math.ceil(workQuery[0]));
  const lrwork = Math.max(n, Math.ceil(rworkQuery[0]));
  const liwork = Math.max(1, iworkQuery[0]);
  zheevd(
    "N",
    "L",
    nn,
    buffer,
    nn,
    w,
    new Float64Array(2 * lwork),
    Int32Array.of(lwork),
    new Float64Array(lrwork),
    Int32Array.of(lrwork),
    new Int32Array(liwork),
    Int32Array.of(liwork),
    info,
    1,
    1,
  );
  if (info[0] < 0) throw new ParameterError("zheevd argument", -info[0], "valid arguments (LAPACK INFO < 0)");
  if (info[0] > 0) throw new ConvergenceError("LAPACK zheevd", info[0], 0, `${info[0]} eigenvalues failed to converge`);
  return w;
}
