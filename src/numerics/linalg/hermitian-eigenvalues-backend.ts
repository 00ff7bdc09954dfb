import { ParameterError } from "../../core/errors.js";
import { eigenvaluesOfUpper, hermitianEigenvalues, linalgThreads, PARALLEL_MIN_ORDER, scaleUpperIntoRange } from "./hermitian-eigenvalues.js";
import { loadLapackBackend, type LapackBackend } from "./lapack-backend.js";
import { weightedGramUpper } from "./weighted-gram-matrix.js";
import type { ComplexMatrix } from "./types.js";

/** Which dense Hermitian eigensolver is used: the system LAPACK or the TypeScript solver. */
export type LinalgBackendName = "lapack" | "ts";

/**
 * The backend selected by QTHERM_LINALG: 'ts' forces the TypeScript solver, 'lapack'
 * requires LAPACK (throws ParameterError when koffi or the library is missing), unset
 * or 'auto' takes LAPACK when it loads and the TypeScript solver otherwise.
 * @throws ParameterError for any other value of QTHERM_LINALG, or 'lapack' unavailable.
 */
export function selectedLinalgBackend(env: string | undefined = process.env.QTHERM_LINALG): LinalgBackendName {
  const choice = env === undefined || env === "" ? "auto" : env;
  if (choice === "ts") return "ts";
  if (choice === "lapack") {
    if (loadLapackBackend() === null) {
      throw new ParameterError("QTHERM_LINALG", choice, "'ts' or 'auto' here: LAPACK could not be loaded (needs the npm package koffi and liblapack.so.3 or libopenblas.so.0)");
    }
    return "lapack";
  }
  if (choice === "auto") return loadLapackBackend() === null ? "ts" : "lapack";
  throw new ParameterError("QTHERM_LINALG", choice, "one of 'ts', 'lapack', 'auto'");
}

/**
 * Eigenvalues (ascending) of a dense Hermitian matrix with the backend chosen by
 * {@link selectedLinalgBackend} (or `backend`). Both agree to ~n·ε·‖A‖ (tested to
 * 1e-10 at n ≤ 400). LAPACK reads the lower triangle, the TypeScript solver the
 * Hermitian part (A + A†)/2: pass a Hermitian matrix.
 * @throws as the chosen solver and selectedLinalgBackend.
 */
export function hermitianEigenvaluesWith(a: ComplexMatrix, backend: LinalgBackendName = selectedLinalgBackend()): Float64Array {
  if (backend === "lapack") {
    const lapack = loadLapackBackend();
    if (lapack === null) throw new ParameterError("backend", backend, "'ts' (LAPACK could not be loaded)");
    return lapack.hermitianEigenvalues(a);
  }
  return hermitianEigenvalues(a);
}

/**
 * Eigenvalues (ascending) of G = X† diag(w) X for a row-major n×k complex X and weights
 * w ≥ 0 — e.g. the correlation block C_AA = U_A† diag(f) U_A of free fermions from the
 * propagator columns U_A and the initial occupations f. LAPACK: zherk + the eigenvalue
 * routine of {@link LapackBackend.eigenvalueRoutine} (≈ 4nk² + O(k³) flops in BLAS);
 * TypeScript: {@link weightedGramUpper} (2×2-blocked dot products of the columns of
 * diag(√w) X) and the Householder reduction of {@link eigenvaluesOfUpper}, each on two
 * threads for k ≥ {@link PARALLEL_MIN_ORDER} when {@link linalgThreads} allows (bitwise the
 * same eigenvalues as on one).
 * @throws ParameterError for shape mismatches or negative weights, and as the solvers.
 */
export function weightedGramEigenvaluesWith(
  x: ComplexMatrix,
  weights: Float64Array,
  backend: LinalgBackendName = selectedLinalgBackend(),
): Float64Array {
  if (backend === "lapack") {
    const lapack = loadLapackBackend();
    if (lapack === null) throw new ParameterError("backend", backend, "'ts' (LAPACK could not be loaded)");
    return lapack.weightedGramEigenvalues(x, weights);
  }
  const k = x.cols;
  const threads = k >= PARALLEL_MIN_ORDER ? linalgThreads() : 1;
  const g = weightedGramUpper(x, weights, { threads, shared: threads > 1 });
  const exponent = scaleUpperIntoRange(g.re, g.im, k);
  return eigenvaluesOfUpper(g.re, g.im, k, exponent, threads);
}
