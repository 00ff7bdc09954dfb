import { createRequire } from "node:module";
import { ConvergenceError, ParameterError } from "../../core/errors.js";
import { assertComplexMatrix } from "./complex-matrix.js";
import { assertSquare } from "./real-matrix.js";
import type { ComplexMatrix } from "./types.js";

/**
 * Dense Hermitian eigenvalues through the system LAPACK (OpenBLAS or reference LAPACK)
 * called by the foreign-function interface koffi. Optional: {@link loadLapackBackend}
 * returns null when koffi or the library is absent, and callers fall back to the
 * TypeScript solver (hermitian-eigenvalues.ts).
 *
 * Eigenvalue routine (JOBZ = 'N', all eigenvalues): zheevd_2stage when the library has it
 * (LAPACK ≥ 3.7: zhetrd_2stage — dense → band by blocked level-3 updates, then band →
 * tridiagonal by bulge chasing — and dsterf), else zheevd (zhetrd + dsterf). Measured through
 * koffi with single-threaded OpenBLAS 0.3.21 on the 2-core AMD EPYC (medians of 5–7 runs):
 * n = 1000 (bench/hermitian-eigenvalues.bench.ts, load 2): zheevd 239 ms, zheevd_2stage 189,
 * zheevr (RANGE = 'A') 247, zhetrd + dsterf 245, zhetrd_2stage + dsterf 184; at load 3–6:
 * n = 500: zheevd 113 ms, zheevd_2stage 91; n = 2000: 4178 vs 2125 ms. zheevr and zhetrd +
 * dsterf are zheevd's reduction (for JOBZ = 'N' every driver ends in dsterf), zhetrd_2stage +
 * dsterf is zheevd_2stage without its scaling; dsyevd on the real 2n×2n embedding costs
 * 1.7–2.3× zheevd. The 2-stage eigenvalues agree with zheevd's to ≤ 2e-14·‖A‖₂ (tested to 1e-12).
 *
 * Libraries tried in order: $QTHERM_LAPACK_LIBRARY (a path), libopenblas.so.0,
 * liblapack.so.3 (Debian: `apt-get install liblapack3 libopenblas0-pthread`), the
 * macOS Accelerate framework, libopenblas.dylib. Fortran calling convention: all
 * arguments by pointer, two hidden string lengths for the character arguments.
 */
export interface LapackBackend {
  /** Library file that was loaded. */
  readonly library: string;
  /** The eigenvalue routine behind hermitianEigenvalues and weightedGramEigenvalues (probed once at load). */
  readonly eigenvalueRoutine: LapackEigenvalueRoute;
  /** The eigenvalue routes this library provides, zheevd first. */
  readonly routes: readonly LapackEigenvalueRoute[];
  /**
   * Eigenvalues (ascending) of the Hermitian matrix A (its lower triangle is read, as
   * UPLO = 'L'; pass a Hermitian matrix) by {@link eigenvalueRoutine}. Backward stable,
   * ‖E‖ = O(nε‖A‖). Throws ParameterError for a non-square or non-finite matrix,
   * ConvergenceError when LAPACK reports INFO > 0.
   */
  hermitianEigenvalues(a: ComplexMatrix): Float64Array;
  /** As {@link hermitianEigenvalues} by a named route; throws ParameterError for a route the library lacks. */
  hermitianEigenvaluesBy(route: LapackEigenvalueRoute, a: ComplexMatrix): Float64Array;
  /**
   * Eigenvalues (ascending) of the Gram matrix G = X† diag(w) X of a row-major n×k
   * complex X with row weights w_l ≥ 0 (e.g. a correlation block C_AA = U_A† diag(f) U_A):
   * BLAS zherk on Y = diag(√w) X (lower triangle, ≈ 4nk² flops), then
   * {@link eigenvalueRoutine} on G in place.
   * Throws ParameterError for shape mismatches or negative weights, ConvergenceError as above.
   */
  weightedGramEigenvalues(x: ComplexMatrix, weights: Float64Array): Float64Array;
}

/**
 * Eigenvalues-only routes (all eigenvalues): the drivers zheevd, zheevd_2stage and zheevr
 * (RANGE = 'A'), and the reduction plus root-free QL/QR (dsterf) called directly.
 */
export type LapackEigenvalueRoute = "zheevd" | "zheevd_2stage" | "zheevr" | "zhetrd+dsterf" | "zhetrd_2stage+dsterf";

/** Every route, in the order they are listed. */
export const LAPACK_EIGENVALUE_ROUTES: readonly LapackEigenvalueRoute[] = ["zheevd", "zheevd_2stage", "zheevr", "zhetrd+dsterf", "zhetrd_2stage+dsterf"];

/** The default route among those available: zheevd_2stage, else zheevd (always present). */
export function chooseEigenvalueRoutine(available: readonly LapackEigenvalueRoute[]): LapackEigenvalueRoute {
  return available.includes("zheevd_2stage") ? "zheevd_2stage" : "zheevd";
}

interface KoffiLike {
  load(path: string): { func(signature: string): (...args: unknown[]) => unknown };
}

type Routine = (...args: unknown[]) => void;

const CANDIDATES = [
  "libopenblas.so.0",
  "liblapack.so.3",
  "/usr/lib/x86_64-linux-gnu/liblapack.so.3",
  "/System/Library/Frameworks/Accelerate.framework/Accelerate",
  "libopenblas.dylib",
];

const SIGNATURES = {
  zheevd: "void zheevd_(const char *jobz, const char *uplo, int *n, double *a, int *lda, double *w, double *work, int *lwork, double *rwork, int *lrwork, int *iwork, int *liwork, _Out_ int *info, size_t ljobz, size_t luplo)",
  zheevd_2stage: "void zheevd_2stage_(const char *jobz, const char *uplo, int *n, double *a, int *lda, double *w, double *work, int *lwork, double *rwork, int *lrwork, int *iwork, int *liwork, _Out_ int *info, size_t ljobz, size_t luplo)",
  zheevr: "void zheevr_(const char *jobz, const char *range, const char *uplo, int *n, double *a, int *lda, double *vl, double *vu, int *il, int *iu, double *abstol, _Out_ int *m, double *w, double *z, int *ldz, int *isuppz, double *work, int *lwork, double *rwork, int *lrwork, int *iwork, int *liwork, _Out_ int *info, size_t ljobz, size_t lrange, size_t luplo)",
  zhetrd: "void zhetrd_(const char *uplo, int *n, double *a, int *lda, double *d, double *e, double *tau, double *work, int *lwork, _Out_ int *info, size_t luplo)",
  zhetrd_2stage: "void zhetrd_2stage_(const char *vect, const char *uplo, int *n, double *a, int *lda, double *d, double *e, double *tau, double *hous2, int *lhous2, double *work, int *lwork, _Out_ int *info, size_t lvect, size_t luplo)",
  dsterf: "void dsterf_(int *n, double *d, double *e, _Out_ int *info)",
  zherk: "void zherk_(const char *uplo, const char *trans, int *n, int *k, double *alpha, double *a, int *lda, double *beta, double *c, int *ldc, size_t luplo, size_t ltrans)",
} as const;

/** A LAPACK or BLAS routine the backend binds (probed one by one). */
export type LapackRoutineName = keyof typeof SIGNATURES;

let cached: LapackBackend | null | undefined;

/** The LAPACK backend, or null when koffi or a LAPACK library cannot be loaded (cached). */
export function loadLapackBackend(): LapackBackend | null {
  if (cached !== undefined) return cached;
  cached = tryLoad();
  return cached;
}

function requireKoffi(): KoffiLike | null {
  try {
    return createRequire(import.meta.url)("koffi") as KoffiLike;
  } catch {
    return null;
  }
}

function tryLoad(): LapackBackend | null {
  const koffi = requireKoffi();
  if (koffi === null) return null;
  const candidates = process.env.QTHERM_LAPACK_LIBRARY ? [process.env.QTHERM_LAPACK_LIBRARY, ...CANDIDATES] : CANDIDATES;
  for (const path of candidates) {
    const backend = openWith(koffi, path, []);
    if (backend !== null) return backend;
  }
  return null;
}

/**
 * A LAPACK backend on the library at `path` as if the routines in `omit` were missing (to
 * test the fallback of an older LAPACK without the 2-stage routines), or null when koffi, the
 * library or its zheevd/zherk cannot be loaded. Not cached.
 */
export function openLapackBackend(path: string, omit: readonly LapackRoutineName[] = []): LapackBackend | null {
  const koffi = requireKoffi();
  return koffi === null ? null : openWith(koffi, path, omit);
}

function openWith(koffi: KoffiLike, path: string, omit: readonly LapackRoutineName[]): LapackBackend | null {
  let lib: ReturnType<KoffiLike["load"]>;
  try {
    lib = koffi.load(path);
  } catch {
    return null;
  }
  // probe each routine once: koffi throws for a symbol the library does not export
  const found = new Map<LapackRoutineName, Routine>();
  for (const name of Object.keys(SIGNATURES) as LapackRoutineName[]) {
    if (omit.includes(name)) continue;
    try {
      found.set(name, lib.func(SIGNATURES[name]) as Routine);
    } catch {
      continue;
    }
  }
  const zheevd = found.get("zheevd");
  const zherk = found.get("zherk");
  if (zheevd === undefined || zherk === undefined) return null;
  const runners = new Map<LapackEigenvalueRoute, (buffer: Float64Array, n: number) => Float64Array>();
  runners.set("zheevd", (b, n) => driverValues("zheevd", zheevd, b, n));
  const zheevd2 = found.get("zheevd_2stage");
  if (zheevd2 !== undefined) runners.set("zheevd_2stage", (b, n) => driverValues("zheevd_2stage", zheevd2, b, n));
  const zheevr = found.get("zheevr");
  if (zheevr !== undefined) runners.set("zheevr", (b, n) => zheevrValues(zheevr, b, n));
  const zhetrd = found.get("zhetrd");
  const zhetrd2 = found.get("zhetrd_2stage");
  const dsterf = found.get("dsterf");
  if (dsterf !== undefined && zhetrd !== undefined) runners.set("zhetrd+dsterf", (b, n) => reductionValues(zhetrd, null, dsterf, b, n));
  if (dsterf !== undefined && zhetrd2 !== undefined) runners.set("zhetrd_2stage+dsterf", (b, n) => reductionValues(null, zhetrd2, dsterf, b, n));
  const routes = LAPACK_EIGENVALUE_ROUTES.filter((r) => runners.has(r));
  const eigenvalueRoutine = chooseEigenvalueRoutine(routes);
  const run = (route: LapackEigenvalueRoute): ((buffer: Float64Array, n: number) => Float64Array) => {
    const runner = runners.get(route);
    if (runner === undefined) throw new ParameterError("route", route, `one of ${routes.join(", ")} (provided by ${path})`);
    return runner;
  };
  const chosen = run(eigenvalueRoutine);
  return {
    library: path,
    eigenvalueRoutine,
    routes,
    hermitianEigenvalues: (a) => chosen(...columnMajor(a)),
    hermitianEigenvaluesBy: (route, a) => run(route)(...columnMajor(a)),
    weightedGramEigenvalues: (x, w) => gramValues(zherk, chosen, x, w),
  };
}

function gramValues(
  zherk: Routine,
  eigenvalues: (buffer: Float64Array, n: number) => Float64Array,
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
  return eigenvalues(g, k);
}

/** Validated column-major interleaved copy of a: element (i, j) at 2(i + j n). */
function columnMajor(a: ComplexMatrix): [Float64Array, number] {
  assertComplexMatrix("a", a);
  assertSquare("a", a);
  const n = a.rows;
  const buffer = new Float64Array(2 * n * n);
  for (let i = 0; i < n; i++) {
    const row = i * n;
    for (let j = 0; j < n; j++) {
      const at = 2 * (i + j * n);
      buffer[at] = a.re[row + j];
      buffer[at + 1] = a.im[row + j];
    }
  }
  return [buffer, n];
}

function checkInfo(routine: string, info: number): void {
  if (info < 0) throw new ParameterError(`${routine} argument`, -info, "valid arguments (LAPACK INFO < 0)");
  if (info > 0) throw new ConvergenceError(`LAPACK ${routine}`, info, 0, `${info} eigenvalues failed to converge`);
}

/** zheevd or zheevd_2stage (JOBZ = 'N', UPLO = 'L') on a column-major interleaved n×n buffer (overwritten). */
function driverValues(name: string, driver: Routine, buffer: Float64Array, n: number): Float64Array {
  if (n === 0) return new Float64Array(0);
  const nn = Int32Array.of(n);
  const w = new Float64Array(n);
  const info = new Int32Array(1);
  const workQuery = new Float64Array(2);
  const rworkQuery = new Float64Array(1);
  const iworkQuery = new Int32Array(1);
  const minus1 = Int32Array.of(-1);
  driver("N", "L", nn, buffer, nn, w, workQuery, minus1, rworkQuery, minus1, iworkQuery, minus1, info, 1, 1);
  if (info[0] !== 0) throw new ParameterError(`${name} workspace query INFO`, info[0], "0");
  const lwork = Math.max(n + 1, Math.ceil(workQuery[0]));
  const lrwork = Math.max(n, Math.ceil(rworkQuery[0]));
  const liwork = Math.max(1, iworkQuery[0]);
  driver(
    "N", "L", nn, buffer, nn, w,
    new Float64Array(2 * lwork), Int32Array.of(lwork), new Float64Array(lrwork), Int32Array.of(lrwork), new Int32Array(liwork), Int32Array.of(liwork),
    info, 1, 1,
  );
  checkInfo(name, info[0]);
  return w;
}

/** zheevr (JOBZ = 'N', RANGE = 'A', UPLO = 'L'; ABSTOL = 0, which it replaces by its default) on a column-major interleaved buffer. */
function zheevrValues(zheevr: Routine, buffer: Float64Array, n: number): Float64Array {
  if (n === 0) return new Float64Array(0);
  const nn = Int32Array.of(n);
  const w = new Float64Array(n);
  const m = new Int32Array(1);
  const info = new Int32Array(1);
  const call = (work: Float64Array, lwork: number, rwork: Float64Array, lrwork: number, iwork: Int32Array, liwork: number) =>
    zheevr(
      "N", "A", "L", nn, buffer, nn, Float64Array.of(0), Float64Array.of(0), Int32Array.of(1), nn, Float64Array.of(0), m, w,
      new Float64Array(2), Int32Array.of(1), new Int32Array(2 * n), work, Int32Array.of(lwork), rwork, Int32Array.of(lrwork), iwork, Int32Array.of(liwork),
      info, 1, 1, 1,
    );
  const workQuery = new Float64Array(2);
  const rworkQuery = new Float64Array(1);
  const iworkQuery = new Int32Array(1);
  call(workQuery, -1, rworkQuery, -1, iworkQuery, -1);
  if (info[0] !== 0) throw new ParameterError("zheevr workspace query INFO", info[0], "0");
  const lwork = Math.max(2 * n, Math.ceil(workQuery[0]));
  const lrwork = Math.max(24 * n, Math.ceil(rworkQuery[0]));
  const liwork = Math.max(10 * n, iworkQuery[0]);
  call(new Float64Array(2 * lwork), lwork, new Float64Array(lrwork), lrwork, new Int32Array(liwork), liwork);
  checkInfo("zheevr", info[0]);
  if (m[0] !== n) throw new ConvergenceError("LAPACK zheevr", n - m[0], 0, `${m[0]} of ${n} eigenvalues found`);
  return w;
}

/** zhetrd or zhetrd_2stage (UPLO = 'L'), then dsterf on (d, e); sorted ascending by dsterf. */
function reductionValues(zhetrd: Routine | null, zhetrd2: Routine | null, dsterf: Routine, buffer: Float64Array, n: number): Float64Array {
  if (n === 0) return new Float64Array(0);
  const nn = Int32Array.of(n);
  const d = new Float64Array(n);
  const e = new Float64Array(Math.max(1, n - 1));
  const tau = new Float64Array(2 * Math.max(1, n - 1));
  const info = new Int32Array(1);
  const workQuery = new Float64Array(2);
  if (zhetrd !== null) {
    zhetrd("L", nn, buffer, nn, d, e, tau, workQuery, Int32Array.of(-1), info, 1);
    const lwork = Math.max(1, Math.ceil(workQuery[0]));
    zhetrd("L", nn, buffer, nn, d, e, tau, new Float64Array(2 * lwork), Int32Array.of(lwork), info, 1);
    checkInfo("zhetrd", info[0]);
  } else if (zhetrd2 !== null) {
    const housQuery = new Float64Array(2);
    zhetrd2("N", "L", nn, buffer, nn, d, e, tau, housQuery, Int32Array.of(-1), workQuery, Int32Array.of(-1), info, 1, 1);
    if (info[0] !== 0) throw new ParameterError("zhetrd_2stage workspace query INFO", info[0], "0");
    const lhous = Math.max(1, Math.ceil(housQuery[0]));
    const lwork = Math.max(1, Math.ceil(workQuery[0]));
    zhetrd2("N", "L", nn, buffer, nn, d, e, tau, new Float64Array(2 * lhous), Int32Array.of(lhous), new Float64Array(2 * lwork), Int32Array.of(lwork), info, 1, 1);
    checkInfo("zhetrd_2stage", info[0]);
  }
  dsterf(nn, d, e, info);
  checkInfo("dsterf", info[0]);
  return d;
}
