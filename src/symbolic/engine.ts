import { createRequire } from "node:module";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import { ParameterError, SymbolicError } from "../core/errors.js";
import { ENGINE_WORKER_SOURCE } from "./engine-worker-source.js";

/**
 * Synchronous, time-limited calls into nerdamer running in a worker thread.
 *
 * Protocol: the main thread posts `{ id, op, args }` on a MessagePort and blocks in
 * `Atomics.wait` on a shared counter, with the call's remaining time as the wait limit.
 * The worker answers on the port and bumps the counter; the main thread wakes and reads
 * the answer with `receiveMessageOnPort`. When the wait times out, the worker is
 * terminated (V8 TerminateExecution stops even a tight loop inside nerdamer) and a fresh
 * one is started lazily on the next call. Starting a worker costs ~0.1–0.3 s (loading
 * nerdamer); a call on a warm worker costs ~0.2 ms of overhead.
 */

/** Engine operations the worker understands (see engine-worker-source.ts). */
export type EngineOperation =
  | "parse"
  | "substitute"
  | "diff"
  | "expand"
  | "simplify"
  | "factor"
  | "limit"
  | "integrate"
  | "divide"
  | "coeffs"
  | "variables"
  | "tex";

/** Default time limit of one public symbolic call, in milliseconds. */
export const DEFAULT_SYMBOLIC_TIMEOUT_MS = 10_000;

/** Time allowed for a fresh worker to load nerdamer, in milliseconds (not charged to the call). */
const WORKER_START_TIMEOUT_MS = 60_000;

interface EngineReply {
  readonly id: number;
  readonly ok: boolean;
  readonly value?: unknown;
  readonly error?: string;
  readonly warnings?: readonly string[];
}

interface EngineWorker {
  readonly worker: Worker;
  readonly port: MessagePort;
  readonly counter: Int32Array;
}

let current: EngineWorker | undefined;
let nextId = 1;
let workersStarted = 0;

/**
 * A point in time by which a (possibly composite) symbolic call must finish. Every
 * engine call made on its behalf gets the time that remains.
 */
export interface Deadline {
  /** Absolute time limit in `performance.now()` milliseconds. */
  readonly at: number;
  /** The time limit the caller asked for, in milliseconds (for messages). */
  readonly timeoutMs: number;
}

/**
 * Creates a deadline `timeoutMs` from now.
 * Throws ParameterError unless timeoutMs is a finite number > 0.
 */
export function deadlineAfter(timeoutMs: number = DEFAULT_SYMBOLIC_TIMEOUT_MS): Deadline {
  if (!(Number.isFinite(timeoutMs) && timeoutMs > 0)) {
    throw new ParameterError("timeoutMs", timeoutMs, "a finite number of milliseconds > 0");
  }
  return { at: performance.now() + timeoutMs, timeoutMs };
}

/** A deadline that ends no later than `parent` and no later than `timeoutMs` from now. */
export function subDeadline(parent: Deadline, timeoutMs: number): Deadline {
  const at = Math.min(parent.at, performance.now() + timeoutMs);
  return { at, timeoutMs: Math.min(parent.timeoutMs, timeoutMs) };
}

/** True when `error` is the SymbolicError thrown by an engine call that ran out of time. */
export function isTimeout(error: unknown): boolean {
  return error instanceof SymbolicError && / timed out after /.test(error.message);
}

/**
 * Runs one nerdamer operation synchronously in the worker and returns its result.
 *
 * `expression` is only used in error messages (it is the text the caller is working on).
 * Throws SymbolicError when nerdamer throws (message and captured console warnings
 * included, original message as cause) or when the deadline passes ("timed out after N ms";
 * the worker is then terminated and restarted on the next call).
 */
export function runEngine(operation: EngineOperation, args: readonly unknown[], expression: string, deadline: Deadline): unknown {
  const remaining = deadline.at - performance.now();
  if (remaining <= 0) {
    throw new SymbolicError(operation, expression, `timed out after ${deadline.timeoutMs} ms (no time left before the engine call)`);
  }
  const engine = ensureWorker();
  const id = nextId++;
  const before = Atomics.load(engine.counter, 0);
  engine.port.postMessage({ id, op: operation, args, budgetMs: Math.floor(remaining) });
  const reply = waitForReply(engine, before, id, remaining);
  if (reply === undefined) {
    stopWorker(engine);
    throw new SymbolicError(operation, expression, `timed out after ${deadline.timeoutMs} ms (engine worker terminated)`);
  }
  if (!reply.ok) {
    const warnings = reply.warnings && reply.warnings.length > 0 ? ` [engine said: ${reply.warnings.join("; ")}]` : "";
    throw new SymbolicError(operation, expression, `nerdamer threw: ${reply.error ?? "(no message)"}${warnings}`, {
      cause: new Error(reply.error),
    });
  }
  return reply.value;
}

/**
 * Terminates the engine worker, if any. The worker is `unref`ed, so a process exits
 * without this call; use it to free the thread early. A later call starts a new worker.
 */
export function shutdownSymbolicEngine(): void {
  if (current !== undefined) stopWorker(current);
}

/** Number of engine workers started so far in this process (diagnostics and tests). */
export function engineWorkersStarted(): number {
  return workersStarted;
}

function ensureWorker(): EngineWorker {
  if (current !== undefined) return current;
  const nerdamerPath = createRequire(import.meta.url).resolve("nerdamer-prime/all");
  const signal = new SharedArrayBuffer(4);
  const counter = new Int32Array(signal);
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(ENGINE_WORKER_SOURCE, {
    eval: true,
    workerData: { nerdamerPath, port: port2, signal },
    transferList: [port2],
  });
  worker.unref();
  port1.unref();
  // An uncaught error in the worker also reaches us as a failed start or a timeout;
  // the listener only keeps it from becoming an unhandled 'error' event.
  worker.on("error", () => undefined);
  const engine: EngineWorker = { worker, port: port1, counter };
  const ready = waitForReply(engine, 0, 0, WORKER_START_TIMEOUT_MS);
  if (ready === undefined || !ready.ok) {
    void worker.terminate();
    const detail = ready === undefined ? `no answer within ${WORKER_START_TIMEOUT_MS} ms` : (ready.error ?? "unknown error");
    throw new SymbolicError("engine start", "", `could not start the nerdamer worker: ${detail}`);
  }
  workersStarted++;
  current = engine;
  return engine;
}

function stopWorker(engine: EngineWorker): void {
  if (current === engine) current = undefined;
  engine.port.close();
  void engine.worker.terminate();
}

/** Blocks until the reply with `id` arrives or `timeoutMs` passes (then undefined). */
function waitForReply(engine: EngineWorker, before: number, id: number, timeoutMs: number): EngineReply | undefined {
  const end = performance.now() + timeoutMs;
  let seen = before;
  for (;;) {
    const left = end - performance.now();
    if (left <= 0) return undefined;
    const status = Atomics.wait(engine.counter, 0, seen, left);
    if (status === "timed-out") return undefined;
    seen = Atomics.load(engine.counter, 0);
    // The counter is bumped after postMessage, so the message is already queued; drain
    // the port and skip stale answers (there are none unless a previous call timed out).
    for (let message = receiveMessageOnPort(engine.port); message !== undefined; message = receiveMessageOnPort(engine.port)) {
      const reply = message.message as EngineReply;
      if (reply.id === id) return reply;
    }
  }
}
