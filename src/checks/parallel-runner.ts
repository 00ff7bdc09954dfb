import { Worker } from "node:worker_threads";
import type { Claim, Verdict } from "../core/claim.js";
import { ParameterError, QthermError } from "../core/errors.js";
import { propertyRuns, runClaims, type RunOptions } from "./runner.js";
import { workerSource } from "./worker-source.js";

/** Options of a parallel run: the serial options plus the number of worker threads. */
export interface ParallelRunOptions extends RunOptions {
  /** Worker threads; 1 runs serially in this thread. */
  readonly jobs: number;
  /** Aborts the run: workers are terminated and the promise rejects with an AbortError. */
  readonly signal?: AbortSignal;
  /** Run even a single job on a worker thread (keeps the main thread free, e.g. for Ctrl-C). */
  readonly alwaysWorkers?: boolean;
}

/**
 * Verifies claims on `jobs` worker threads. Each claim gets the same seed, path
 * and property runs as in a serial run, and claims share no state, so verdicts
 * are identical to runClaims' (only elapsedMs differs); they are returned in the
 * input order. Claims are handed out one at a time (longest-first is not known,
 * so first-come); onVerdict reports completions as they arrive.
 * @throws ParameterError for jobs < 1; QthermError when a worker fails.
 */
export async function runClaimsParallel(claims: readonly Claim[], options: ParallelRunOptions): Promise<Verdict[]> {
  if (!Number.isInteger(options.jobs) || options.jobs < 1) throw new ParameterError("--jobs", options.jobs, "an integer ≥ 1");
  if (claims.length === 0) return [];
  if (options.signal?.aborted) throw Object.assign(new Error("verification interrupted"), { name: "AbortError" });
  const jobs = Math.max(1, Math.min(options.jobs, claims.length));
  if (jobs <= 1 && !options.alwaysWorkers) return runClaims(claims, options);
  const entry = workerSource(import.meta.url, "claim-worker");
  const workerOptions = { seed: options.seed, numRuns: propertyRuns(options.numRuns), ...(options.path !== undefined ? { path: options.path } : {}) };
  const results: Verdict[] = new Array(claims.length);
  const workers: Worker[] = [];
  let next = 0;
  let done = 0;
  try {
    await new Promise<void>((resolvePromise, reject) => {
      const fail = (error: Error) => reject(error);
      options.signal?.addEventListener("abort", () => fail(Object.assign(new Error("verification interrupted"), { name: "AbortError" })), { once: true });
      const feed = (worker: Worker) => {
        if (next < claims.length) {
          worker.postMessage({ index: next, id: claims[next].id });
          next++;
        }
      };
      for (let w = 0; w < jobs; w++) {
        const worker = new Worker(entry.source, { workerData: workerOptions, eval: entry.eval });
        workers.push(worker);
        worker.on("message", (message: { index: number; verdict?: Verdict; error?: string }) => {
          if (message.error !== undefined || message.verdict === undefined) {
            fail(new QthermError(message.error ?? `worker returned no verdict for ${claims[message.index].id}`));
            return;
          }
          results[message.index] = message.verdict;
          done++;
          options.onVerdict?.(message.verdict, done - 1, claims.length);
          if (done === claims.length) resolvePromise();
          else feed(worker);
        });
        worker.on("error", (error) => fail(new QthermError(`claim worker failed: ${error.message}`, { cause: error })));
        worker.on("exit", (code) => {
          if (done < claims.length && code !== 0) fail(new QthermError(`claim worker exited with code ${code} before the run finished`));
        });
        feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
