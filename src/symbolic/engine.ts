import { createRequire } from "node:module";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import { ParameterError, SymbolicError, UndecidedError } from "../core/errors.js";
import { ENGINE_WORKER_SOURCE } from "./engine-worker-source.js";
import { budgetScale } from "./exact/work-budget.js";

/**
 * Synchronous calls into nerdamer running in a worker thread, under a load-independent
 * input budget and a guard against a hung engine.
 *
 * Protocol: the main thread posts `{ id, op, args }` on a MessagePort and blocks in
 * `Atomics.wait` on a shared counter, with the guard as the wait limit.
 * The worker answers on the port and bumps the counter; the main thread wakes and reads
 * the answer with `receiveMessageOnPort`. When the guard passes, the worker is
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

/**
 * The guard against a hung engine: the longest one nerdamer call may take before the
 * worker is terminated and the call reported undecided. No healthy call comes near it —
 * every derivation's calls take well under a second unloaded (scripts/symbolic-profile.ts
 * prints each claim's engine time and this headroom) — so no verdict depends on the
 * speed or load of the machine; it only stops a runaway (e.g. an `integrate` of something
 * nerdamer cannot do, which can loop). nerdamer's own Settings.TIMEOUT is raised to it
 * too (engine-worker-source.ts): its default 800 ms was a wall-clock failure that struck
 * on loaded machines.
 */
export const ENGINE_GUARD_MS = 60_000;

/**
 * The load-independent budget of one engine call: the longest input text (characters of
 * all arguments) nerdamer is given. Inputs beyond it are refused as undecided before the
 * call, because nerdamer's running time is not bounded by anything we can count inside
 * it. The largest input of a healthy derivation is ≲ 6 000 characters.
 */
export const ENGINE_INPUT_BUDGET = 40_000;

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
 * Cumulative engine work of this process, for profiles (scripts/symbolic-profile.ts): the
 * load-independent counts, and — for the profile only, never for a decision — the wall time
 * spent in nerdamer calls and the longest single call (the headroom to ENGINE_GUARD_MS).
 */
export interface EngineWork {
  /** nerdamer calls made. */
  readonly calls: number;
  /** Characters of input sent to nerdamer. */
  readonly inputCharacters: number;
  /** Largest single input, in characters. */
  readonly largestInput: number;
  /** Wall time inside nerdamer calls, ms (profile only). */
  readonly engineMs: number;
  /** Longest single nerdamer call, ms (profile only). */
  readonly longestCallMs: number;
}

const work = { calls: 0, inputCharacters: 0, largestInput: 0, engineMs: 0, longestCallMs: 0 };

/** The engine work done so far in this process. */
export function engineWork(): EngineWork {
  return { ...work };
}

/** The scale of every symbolic budget (QTHERM_SYMBOLIC_BUDGET_SCALE; see exact/work-budget.ts). */
export const symbolicBudgetScale = budgetScale;

/**
 * The guard of one engine call: ENGINE_GUARD_MS, or the environment variable
 * QTHERM_ENGINE_GUARD_MS (a test hook: a short guard shows that a runaway call is stopped
 * and reported undecided). Throws ParameterError for a value that is not a number > 0.
 */
export function engineGuardMs(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.QTHERM_ENGINE_GUARD_MS;
  if (text === undefined || text === "") return ENGINE_GUARD_MS;
  const value = Number(text);
  if (!(Number.isFinite(value) && value > 0)) throw new ParameterError("QTHERM_ENGINE_GUARD_MS", text, "a number of milliseconds > 0");
  return value;
}

/**
 * Runs one nerdamer operation synchronously in the worker and returns its result.
 *
 * `expression` is only used in error messages (it is the text the caller is working on).
 * Throws UndecidedError when the input exceeds the engine's input budget (scaled by
 * QTHERM_SYMBOLIC_BUDGET_SCALE) or the engine does not answer within ENGINE_GUARD_MS (the
 * worker is then terminated and restarted on the next call); SymbolicError when nerdamer
 * throws (message and captured console warnings included, original message as cause).
 */
export function runEngine(operation: EngineOperation, args: readonly unknown[], expression: string): unknown {
  const guardMs = engineGuardMs();
  const size = args.reduce<number>((n, a) => n + (typeof a === "string" ? a.length : JSON.stringify(a ?? null).length), 0);
  const budget = Math.floor(ENGINE_INPUT_BUDGET * symbolicBudgetScale());
  if (size > budget) {
    throw new UndecidedError(operation, expression, `the engine's input budget is ${budget} characters and this ${operation} needs ${size}`);
  }
  work.calls++;
  work.inputCharacters += size;
  work.largestInput = Math.max(work.largestInput, size);
  const engine = ensureWorker();
  const id = nextId++;
  const before = Atomics.load(engine.counter, 0);
  const started = performance.now(); // profile only: nothing below decides on it
  // nerdamer's own wall-clock limit is set beyond the guard, so that the guard (terminate, undecided) always acts first
  engine.port.postMessage({ id, op: operation, args, timeoutMs: 2 * guardMs });
  const reply = waitForReply(engine, before, id, guardMs);
  const took = performance.now() - started;
  work.engineMs += took;
  work.longestCallMs = Math.max(work.longestCallMs, took);
  if (reply === undefined) {
    stopWorker(engine);
    throw new UndecidedError(operation, expression, `the engine did not answer within the ${guardMs / 1000} s guard against a hung engine (worker terminated)`);
  }
  if (!reply.ok && /^timeout$/i.test(reply.error ?? "")) {
    throw new UndecidedError(operation, expression, `the engine gave up at its own time limit (2× the ${guardMs / 1000} s guard against a hung engine)`);
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
  if (ready === undefined) {
    void worker.terminate();
    // a guard against a hung start, not a verdict: the claim that needed the engine is undecided
    throw new UndecidedError("engine start", "", `the nerdamer worker did not start within the ${WORKER_START_TIMEOUT_MS / 1000} s guard`);
  }
  if (!ready.ok) {
    void worker.terminate();
    throw new SymbolicError("engine start", "", `could not start the nerdamer worker: ${ready.error ?? "unknown error"}`);
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
