import type { LinalgBackendName } from "../../numerics/linalg/hermitian-eigenvalues-backend.js";
import { parallelMap, parallelTask } from "../../numerics/parallel/worker-pool.js";
import { resolveThreadCount } from "../../numerics/parallel/thread-count.js";
import { entropyObservables, type EntropyObservables } from "./entropy-observables.js";
import type { SetEntropyParams } from "./params.js";
import { initialReference, populationObservables, type InitialReference, type PopulationObservables } from "./population-observables.js";
import { setSystem, type SetSystem } from "./system.js";

/**
 * The observables at many times, spread over threads: every time point is independent
 * (populations O(n²), the entropy terms two dense K×K Hermitian spectra), so the points are
 * handed to {@link parallelMap}; each thread builds the system once per parameter set
 * (arrowhead diagonalisation, O(n²), 0.17 s at K = 1000) and keeps it for the next points.
 * Results are bitwise identical to the serial loop (same code, same inputs; tested).
 *
 * When threads help (measured on the shared 2-core machine; README "Parallel time points"):
 * - TypeScript eigensolver: 2 threads (1.4–2.0× at K = 600–1000; +10–20% CPU time in total);
 * - LAPACK with single-threaded BLAS (OPENBLAS_NUM_THREADS=1, or GOTO_/OMP_NUM_THREADS=1 when
 *   it is unset): 2 threads (1.6–1.8× at K = 1000; +2–7% CPU time);
 * - LAPACK with multithreaded OpenBLAS (the default): 1 thread — two callers each driving
 *   OpenBLAS's spinning thread pool run at 0.35–0.64× of the serial speed (K = 1000), and
 *   OpenBLAS's thread count is per process (a worker's `env` does not reach it), so it
 *   cannot be lowered for the workers alone;
 * - K_L + K_R < {@link PARALLEL_MIN_MODES}: 1 thread — a point costs ≲ 40 ms there, and a
 *   worker's start-up and its own diagonalisation eat the gain;
 * - the population path: 1 thread (9 ms per point at K = 1000; messages and the workers' own
 *   set-up cost 20–40% extra, leaving ≲ 1.2×).
 * QTHERM_THREADS overrides the choice (QTHERM_THREADS=1: no worker threads).
 */

/** Smallest K_L + K_R for which time points are spread over worker threads. */
export const PARALLEL_MIN_MODES = 600;

/** Input of one time point: the parameters (each thread builds and caches the system), the time and the eigenvalue backend. */
export interface TimePointInput {
  readonly params: SetEntropyParams;
  /** t (1/energy). */
  readonly time: number;
  readonly backend: LinalgBackendName;
}

let cached: { readonly key: string; readonly system: SetSystem; readonly reference: InitialReference } | undefined;

/** Makes `system` the cached set-up of this thread (the caller has already built it). */
function remember(system: SetSystem): void {
  cached = { key: JSON.stringify(system.params), system, reference: initialReference(system) };
}

function setUp(params: SetEntropyParams): { system: SetSystem; reference: InitialReference } {
  const key = JSON.stringify(params);
  if (cached === undefined || cached.key !== key) remember(setSystem(params));
  return cached!;
}

/** All observables at one time (a task of the pool; see {@link entropyObservables}). */
export function entropyPoint(input: TimePointInput): EntropyObservables {
  const { system, reference } = setUp(input.params);
  return entropyObservables(system, reference, input.time, input.backend);
}

/** Population observables at one time (a task of the pool; see {@link populationObservables}). */
export function populationPoint(input: TimePointInput): PopulationObservables {
  const { system, reference } = setUp(input.params);
  return populationObservables(system, reference, input.time);
}

/** {@link entropyPoint} as a pool task. */
export const entropyPointTask = parallelTask(import.meta.url, "entropyPoint", entropyPoint);
/** {@link populationPoint} as a pool task. */
export const populationPointTask = parallelTask(import.meta.url, "populationPoint", populationPoint);

/** Options of {@link entropyPoints} and {@link populationPoints}. */
export interface TimePointOptions {
  /** Computing threads; default: QTHERM_THREADS, else the measured choice described above. */
  readonly threads?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * True when the BLAS under LAPACK runs one thread per call: OPENBLAS_NUM_THREADS = 1, or, when
 * that is unset, GOTO_NUM_THREADS or OMP_NUM_THREADS = 1 (OpenBLAS's order of precedence).
 */
export function blasSingleThreaded(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.OPENBLAS_NUM_THREADS || env.GOTO_NUM_THREADS || env.OMP_NUM_THREADS;
  return value !== undefined && Number(value) === 1;
}

/** Threads used for `points` time points of `system` on the entropy path with `backend` (QTHERM_THREADS wins). */
export function entropyPointThreads(system: SetSystem, points: number, backend: LinalgBackendName, env: NodeJS.ProcessEnv = process.env): number {
  const large = system.params.KL + system.params.KR >= PARALLEL_MIN_MODES && points >= 2;
  const helps = large && (backend === "ts" || blasSingleThreaded(env));
  return resolveThreadCount(helps ? undefined : 1, env.QTHERM_THREADS);
}

/**
 * All observables (entropy terms included) at the given times (1/energy), in order.
 * Throws as {@link entropyObservables} (the original error, also when it arose in a worker).
 */
export function entropyPoints(system: SetSystem, times: readonly number[], backend: LinalgBackendName, options: TimePointOptions = {}): EntropyObservables[] {
  remember(system);
  const threads = options.threads ?? entropyPointThreads(system, times.length, backend);
  return parallelMap(entropyPointTask, times.map((time) => ({ params: system.params, time, backend })), { threads, onProgress: options.onProgress });
}

/**
 * Population observables at the given times (1/energy), in order; serial unless `threads`
 * or QTHERM_THREADS ask otherwise (O(n²) points: 14 ms at K = 1000, a worker's own set-up
 * costs more than it saves). Throws as {@link populationObservables}.
 */
export function populationPoints(system: SetSystem, times: readonly number[], options: TimePointOptions = {}): PopulationObservables[] {
  remember(system);
  const threads = options.threads ?? resolveThreadCount(1);
  return parallelMap(populationPointTask, times.map((time) => ({ params: system.params, time, backend: "ts" as const })), { threads, onProgress: options.onProgress });
}
