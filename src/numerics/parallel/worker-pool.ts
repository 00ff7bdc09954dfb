import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import { ParameterError } from "../../core/errors.js";
import { POOL_WORKER_MARK, resolveThreadCount } from "./thread-count.js";
import { WORKER_POOL_SOURCE } from "./worker-pool-source.js";

/**
 * A pure function exported by a module, callable in this thread (`run`) and, by module URL
 * and export name, in worker threads. `moduleUrl` is the `import.meta.url` of the module
 * that exports `run` as `exportName` (a `.ts` URL under vitest/tsx, `.js` from dist/).
 * Inputs and outputs must be structured-cloneable; the function must depend on its input
 * only (it may cache, e.g. a per-parameter set-up, as long as results stay the same).
 */
export interface ParallelTask<I, O> {
  readonly moduleUrl: string;
  readonly exportName: string;
  readonly run: (input: I) => O;
}

/**
 * Declares a {@link ParallelTask}. Throws ParameterError for an empty export name or a
 * module URL that is not a file URL.
 * @example parallelTask(import.meta.url, "square", square)
 */
export function parallelTask<I, O>(moduleUrl: string, exportName: string, run: (input: I) => O): ParallelTask<I, O> {
  if (!moduleUrl.startsWith("file:")) throw new ParameterError("moduleUrl", moduleUrl, "a file: URL (the exporting module's import.meta.url)");
  if (exportName === "") throw new ParameterError("exportName", exportName, "the name of an exported function");
  return { moduleUrl, exportName, run };
}

/** Options of {@link parallelMap}. */
export interface ParallelMapOptions {
  /**
   * Threads that compute, this one included (default {@link resolveThreadCount}: QTHERM_THREADS,
   * else min(2, os.availableParallelism())). 1 = every call inline in this thread, no worker.
   */
  readonly threads?: number;
  /** false: this thread only waits and collects, all calls run on `threads` workers (tests, diagnostics). Default true. */
  readonly callerComputes?: boolean;
  /** Called in this thread after each result arrives (any order of indices). */
  readonly onProgress?: (done: number, total: number) => void;
}

interface PoolWorker {
  readonly worker: Worker;
  readonly port: MessagePort;
}

interface Pool {
  readonly workers: PoolWorker[];
  /** pulse[0]: bumped after every answer; pulse[1]: number of workers that exited; pulse[2]: number of workers ready. */
  readonly pulse: Int32Array;
}

interface Reply {
  readonly jobId: number;
  readonly index: number;
  readonly ok: boolean;
  readonly value?: unknown;
  readonly error?: { readonly name: string; readonly message: string; readonly stack?: string };
}

/** Time allowed for the first worker to start before a job that waits on workers fails, in ms. */
const WORKER_START_TIMEOUT_MS = 60_000;

let pool: Pool | undefined;
let nextJobId = 1;
/** parallelMap jobs running in this thread (0 or 1: nested calls run inline). */
let activeJobs = 0;
let workersStarted = 0;

/**
 * Calls `task.run(inputs[i])` for every i on `threads` threads and returns the results in
 * input order — identical to `inputs.map(task.run)`, since every call sees the same input and
 * code (tested bitwise). Synchronous: this thread computes its own share and then blocks in
 * `Atomics.wait` until the workers' answers are in (allowed in Node's main thread and in
 * workers), so it can be used from synchronous code.
 *
 * Scheduling: indices are claimed one at a time from a shared Atomics counter by every
 * computing thread (dynamic, so uneven costs balance and a worker that is still starting up
 * simply takes fewer). Workers are persistent, `unref`ed (a process exits without shutdown),
 * started on first use (from dist/: tens of ms; under tsx the first job also compiles the
 * task's module graph in the worker, ~1 s) and reused by later calls. Inputs are cloned to
 * each worker (keep them small); results come back with their ArrayBuffers transferred.
 *
 * Errors: an error thrown by a call in this thread propagates unchanged. When a call fails in
 * a worker, the same call is repeated here so that the caller gets the original error object
 * (class, message, fields); should that repetition succeed, an Error with the worker's name and
 * message is thrown. A worker that cannot load the module, or exits, gives an Error naming it.
 * @throws ParameterError for threads < 1, and as described.
 */
export function parallelMap<I, O>(task: ParallelTask<I, O>, inputs: readonly I[], options: ParallelMapOptions = {}): O[] {
  const threads = options.threads ?? resolveThreadCount();
  if (!(Number.isInteger(threads) && threads >= 1)) throw new ParameterError("threads", threads, "an integer ≥ 1 (1 = no worker threads)");
  const total = inputs.length;
  const callerComputes = options.callerComputes ?? true;
  const workerCount = Math.min(callerComputes ? threads - 1 : threads, total);
  // Nested call (a task of an outer job running in this thread): inline, since draining the
  // ports here would take, and drop, the outer job's answers.
  if (workerCount <= 0 || (callerComputes && total <= 1) || activeJobs > 0) return inline(task, inputs, options.onProgress);
  activeJobs++;
  try {
    return runJob(task, inputs, options, workerCount, callerComputes);
  } finally {
    activeJobs--;
  }
}

/**
 * True while this thread runs a {@link parallelMap} job (in one of its tasks, for instance):
 * a parallelMap called now runs inline, so callers that would wait for a partner thread should
 * not ask for one.
 */
export function insideParallelMap(): boolean {
  return activeJobs > 0;
}

function runJob<I, O>(task: ParallelTask<I, O>, inputs: readonly I[], options: ParallelMapOptions, workerCount: number, callerComputes: boolean): O[] {
  const total = inputs.length;

  const { workers, pulse } = ensurePool(workerCount);
  const used = workers.slice(0, workerCount);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const jobId = nextJobId++;
  const exitedBefore = Atomics.load(pulse, 1);
  const started = performance.now();
  for (const w of used) w.port.postMessage({ jobId, moduleUrl: task.moduleUrl, exportName: task.exportName, inputs, next: next.buffer });

  const results = new Array<O>(total);
  let done = 0;
  let failure: Reply | undefined;
  const stop = () => Atomics.store(next, 0, total);
  const drain = () => {
    for (const w of used) {
      for (let m = receiveMessageOnPort(w.port); m !== undefined; m = receiveMessageOnPort(w.port)) {
        const reply = m.message as Reply;
        if (reply.jobId !== jobId) continue; // late answer of an abandoned job
        if (!reply.ok) {
          failure ??= reply;
          stop();
          continue;
        }
        results[reply.index] = reply.value as O;
        done++;
        options.onProgress?.(done, total);
      }
    }
  };

  if (callerComputes) {
    for (;;) {
      const index = Atomics.add(next, 0, 1);
      if (index >= total) break;
      try {
        results[index] = task.run(inputs[index]);
      } catch (error) {
        stop();
        throw error;
      }
      done++;
      options.onProgress?.(done, total);
      drain();
      if (failure !== undefined) break;
    }
  }
  while (done < total && failure === undefined) {
    const seen = Atomics.load(pulse, 0);
    drain();
    if (done >= total || failure !== undefined) break;
    if (Atomics.load(pulse, 2) === 0 && performance.now() - started > WORKER_START_TIMEOUT_MS) {
      stop();
      discardPool();
      throw new Error(`parallelMap: no worker thread started within ${WORKER_START_TIMEOUT_MS / 1000} s`);
    }
    if (Atomics.load(pulse, 1) !== exitedBefore) {
      stop();
      discardPool();
      throw new Error(`parallelMap: a worker thread exited while running ${task.exportName} (${task.moduleUrl})`);
    }
    Atomics.wait(pulse, 0, seen, 1000);
  }
  if (failure !== undefined) throw workerFailure(task, inputs, failure);
  return results;
}

/** Number of pool workers started so far in this process (diagnostics and tests). */
export function poolWorkersStarted(): number {
  return workersStarted;
}

/** Terminates the pool's workers (optional: they are unref'ed); a later call starts new ones. */
export async function shutdownWorkerPool(): Promise<void> {
  const old = pool;
  pool = undefined;
  if (old === undefined) return;
  await Promise.all(old.workers.map(async (w) => {
    w.port.close();
    await w.worker.terminate();
  }));
}

function inline<I, O>(task: ParallelTask<I, O>, inputs: readonly I[], onProgress?: (done: number, total: number) => void): O[] {
  const results = new Array<O>(inputs.length);
  for (let i = 0; i < inputs.length; i++) {
    results[i] = task.run(inputs[i]);
    onProgress?.(i + 1, inputs.length);
  }
  return results;
}

function workerFailure<I, O>(task: ParallelTask<I, O>, inputs: readonly I[], reply: Reply): Error {
  const reported = reply.error ?? { name: "Error", message: "(no message)" };
  if (reply.index < 0) {
    return new Error(`parallelMap: a worker could not load ${task.exportName} from ${task.moduleUrl}: ${reported.name}: ${reported.message}`);
  }
  try {
    task.run(inputs[reply.index]);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
  const error = new Error(reported.message);
  error.name = reported.name;
  if (reported.stack !== undefined) error.stack = reported.stack;
  return error;
}

function tsxApiUrl(): string | null {
  try {
    return pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href;
  } catch {
    return null;
  }
}

function ensurePool(count: number): Pool {
  pool ??= { workers: [], pulse: new Int32Array(new SharedArrayBuffer(12)) };
  const tsxApi = pool.workers.length < count ? tsxApiUrl() : null;
  while (pool.workers.length < count) {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(WORKER_POOL_SOURCE, {
      eval: true,
      // The source is CommonJS: a parent started with --input-type=module must not pass that on.
      execArgv: process.execArgv.filter((arg) => !arg.startsWith("--input-type")),
      workerData: { port: port2, pulse: pool.pulse.buffer, tsxApi, [POOL_WORKER_MARK]: true },
      transferList: [port2],
    });
    worker.unref();
    port1.unref();
    // Failures reach parallelMap through pulse[1] (exit); the listener keeps an uncaught
    // error from becoming an unhandled 'error' event.
    worker.on("error", () => undefined);
    pool.workers.push({ worker, port: port1 });
    workersStarted++;
  }
  return pool;
}

function discardPool(): void {
  void shutdownWorkerPool();
}
