import { ParameterError } from "../../core/errors.js";
import { hermitianEigenvalues } from "./hermitian-eigenvalues.js";
import { loadLapackBackend } from "./lapack-backend.js";
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
 * propagator columns U_A and the initial occupations f. LAPACK: zherk + zheevd
 * (≈ 4nk² + O(k³) flops in BLAS); TypeScript: the upper triangle of G summed row by row
 * (O(nk²)) and {@link hermitianEigenvalues}.
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
  const n = x.rows;
  const k = x.cols;
  if (weights.length !== n) throw new ParameterError("weights.length", weights.length, `the number of rows of x (${n})`);
  const re = new Float64Array(k * k);
  const im = new Float64Array(k * k);
  for (let l = 0; l < n; l++) {
    const w = weights[l];
    if (!(w >= 0)) throw new ParameterError(`weights[${l}]`, w, "a number ≥ 0");
    if (w === 0) continue;
    const row = l * k;
    for (let a = 0; a < k; a++) {
      const ar = w * x.re[row + a];
      const ai = -w * x.im[row + a]; // w conj(X_la)
      if (ar === 0 && ai === 0) continue;
      const out = a * k;
      for (let b = a; b < k; b++) {
        const br = x.re[row + b];
        const bi = x.im[row + b];
        re[out + b] += ar * br - ai * bi;
        im[out + b] += ar * bi + ai * br;
      }
    }
  }
  for (let a = 0; a < k; a++) {
    im[a * k + a] = 0;
    for (let b = a + 1; b < k; b++) {
      re[b * k + a] = re[a * k + b];
      im[b * k + a] = -im[a * k + b];
    }
  }
  return hermitianEigenvalues({ rows: k, cols: k, re, im });
}
