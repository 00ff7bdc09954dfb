import { availableParallelism } from "node:os";
import { isMainThread, workerData } from "node:worker_threads";
import { ParameterError } from "../../core/errors.js";

/** Key set in the workerData of pool workers (see worker-pool-source.ts): tasks running there never start a pool of their own. */
export const POOL_WORKER_MARK = "qthermWorkerPool";

/** True inside a worker thread of {@link parallelMap}'s pool. */
export function insidePoolWorker(): boolean {
  return !isMainThread && typeof workerData === "object" && workerData !== null && (workerData as Record<string, unknown>)[POOL_WORKER_MARK] === true;
}

/** The default number of computing threads: min(2, os.availableParallelism()). */
export function defaultThreadCount(): number {
  return Math.max(1, Math.min(2, availableParallelism()));
}

/**
 * Number of threads that compute (the calling thread included) for a parallel map:
 * - `QTHERM_THREADS` when set (an integer ≥ 1; it overrides the program's preference, so a
 *   user can force serial runs with QTHERM_THREADS=1),
 * - else `preferred` (a caller's choice, e.g. 1 where measurements show no gain),
 * - else {@link defaultThreadCount}.
 * Inside a pool worker the answer is always 1 (no nested pools).
 * @throws ParameterError for a QTHERM_THREADS or `preferred` that is not an integer ≥ 1.
 * @example resolveThreadCount(undefined, "1") // 1
 */
export function resolveThreadCount(preferred?: number, env: string | undefined = process.env.QTHERM_THREADS): number {
  if (insidePoolWorker()) return 1;
  if (env !== undefined && env !== "") {
    const value = Number(env);
    if (!(Number.isInteger(value) && value >= 1)) throw new ParameterError("QTHERM_THREADS", env, "an integer ≥ 1 (1 = no worker threads)");
    return value;
  }
  if (preferred !== undefined) {
    if (!(Number.isInteger(preferred) && preferred >= 1)) throw new ParameterError("threads", preferred, "an integer ≥ 1 (1 = no worker threads)");
    return preferred;
  }
  return defaultThreadCount();
}
