import { MessageChannel, Worker, type MessagePort } from "node:worker_threads";
import { DEFAULT_SEED, propertyRuns } from "../checks/runner.js";
import { workerSource } from "../checks/worker-source.js";
import { ParameterError, QthermError } from "../core/errors.js";
import { validateCheckSolverOptions, type CheckSolverOptions, type SolverReport } from "./check-solver.js";
import type { BridgeReply, BridgeRequest, TracedRequest } from "./remote-solver.js";
import type { SolverVerdict } from "./solver-check.js";
import type { SolverModelId } from "./solver-interfaces.js";
import { SolverFaultError, SolverProcess, type SolverFault } from "./solver-process.js";
import {
  DEFAULT_REQUEST_TIMEOUT_S,
  DEFAULT_STARTUP_TIMEOUT_S,
  findProtocolQuantity,
  handshakeAnswer,
  protocolQuantitiesOf,
  ProtocolViolation,
  readHandshake,
  SOLVER_PROTOCOL,
  type SolverHandshake,
} from "./solver-protocol.js";

/** Options of checkSolverProcess: checkSolver's, plus what the process and the protocol need. */
export interface CheckSolverProcessOptions extends CheckSolverOptions {
  /** Check only these quantities (protocol or method names; default: every quantity the solver offers). */
  readonly quantities?: readonly string[];
  /** Per-request timeout in seconds (default DEFAULT_REQUEST_TIMEOUT_S = 10): a guard against a hung solver, not a verdict. */
  readonly timeoutSeconds?: number;
  /** Time from the start of the process to its handshake, seconds (default DEFAULT_STARTUP_TIMEOUT_S = 60). */
  readonly startupTimeoutSeconds?: number;
  /** Working directory and environment of the solver process (default: qtherm's). */
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Aborting stops the run: the solver is killed and the promise rejects with an AbortError. */
  readonly signal?: AbortSignal;
}

/** A verdict of a solver process: for a failure, the requests at the shrunk counterexample and the command that replays it. */
export type SolverProcessVerdict = SolverVerdict & { readonly requests?: readonly TracedRequest[]; readonly replay?: string };

/** What checkSolverProcess returns: checkSolver's report and what the process did. */
export interface SolverProcessReport extends SolverReport {
  readonly verdicts: readonly SolverProcessVerdict[];
  readonly command: string;
  readonly protocol: typeof SOLVER_PROTOCOL;
  /** The solver's name from its handshake, if it gave one. */
  readonly solver?: string;
  /** Process id of the solver (its process group). */
  readonly pid?: number;
  /** The quantities asked, in the solver's spelling. */
  readonly quantities: readonly string[];
  readonly timeoutSeconds: number;
  /** Requests sent. */
  readonly requests: number;
  /** Set when the solver misbehaved (crashed, hung, broke the protocol): what, at which request. */
  readonly fault?: SolverFault;
}

/**
 * Checks a solver written in any language: starts `command` once, speaks the JSON-lines
 * protocol of docs/python-and-julia.md over its stdin/stdout and runs exactly the checks of
 * checkSolver(model, …) — the same fast-check domains, seeds and shrinking, each sample a
 * request. A failing check carries the shrunk counterexample, the requests sent there and the
 * command that replays it (`--seed`, `--path`). A solver that crashes, hangs (per-request
 * timeout), prints a line that is not JSON, answers with the wrong id or breaks the handshake
 * gets a report with `fault` (holds: false) naming the request; a NaN or a value of the wrong
 * shape fails the check at that request. The process is always ended: after the run, on
 * failure, on an exception, on `signal`, on SIGINT/SIGTERM/SIGHUP (then, if nothing else
 * listens, the signal is re-raised) and at process exit.
 * The checks run on a worker thread that blocks per request; this thread keeps the event loop.
 * @throws ParameterError for bad usage: unknown model or option, a --quantities name the model
 *   or the solver does not have, a timeout that is not a number > 0.
 * @example
 *   const report = await checkSolverProcess("coupled-tls", "python3 examples/python/coupled_tls_numpy_solver.py");
 *   report.holds; report.verdicts.find((v) => !v.holds)?.replay;
 */
export async function checkSolverProcess(model: string, command: string, options: CheckSolverProcessOptions = {}): Promise<SolverProcessReport> {
  validateCheckSolverOptions(model, options);
  if (typeof command !== "string" || command.trim() === "") throw new ParameterError("command", command, "the command line that starts the solver, e.g. 'python3 my_solver.py'");
  const timeoutSeconds = positive("timeoutSeconds", options.timeoutSeconds ?? DEFAULT_REQUEST_TIMEOUT_S);
  const startupSeconds = positive("startupTimeoutSeconds", options.startupTimeoutSeconds ?? DEFAULT_STARTUP_TIMEOUT_S);
  const valid = protocolQuantitiesOf(model).map((q) => q.name);
  const wanted = options.quantities?.map((name) => findProtocolQuantity(model, name) ?? fail(new ParameterError("quantities", name, `quantities of ${model}: ${valid.join(", ")}`)));
  if (wanted?.length === 0) throw new ParameterError("quantities", "", `at least one of ${valid.join(", ")}`);
  if (options.signal?.aborted) throw abortError("before the solver started");
  const seed = options.seed ?? DEFAULT_SEED;
  const numRuns = propertyRuns(options.numRuns);
  const checkOptions: CheckSolverOptions = {
    seed,
    numRuns,
    ...(options.path !== undefined ? { path: options.path } : {}),
    ...(options.tolerance ? { tolerance: options.tolerance } : {}),
    ...(options.coupling ? { coupling: options.coupling } : {}),
    ...(options.initial ? { initial: options.initial } : {}),
  };

  const proc = SolverProcess.start(command, { cwd: options.cwd, env: options.env, startupTimeoutMs: startupSeconds * 1000, requestTimeoutMs: timeoutSeconds * 1000 });
  const base = { model, command, protocol: SOLVER_PROTOCOL, timeoutSeconds, seed, numRuns, ...(proc.pid !== undefined ? { pid: proc.pid } : {}) } as const;
  const stop = stopper(proc, options.signal);
  let worker: Worker | undefined;
  let relay: Relay | undefined;
  try {
    let handshake: SolverHandshake;
    try {
      handshake = readHandshake(await stop.race(proc.handshake()), model);
    } catch (error) {
      if (error instanceof SolverFaultError) return { ...base, holds: false, verdicts: [], quantities: [], requests: 0, fault: error.fault };
      if (error instanceof ProtocolViolation) return { ...base, holds: false, verdicts: [], quantities: [], requests: 0, fault: { kind: "handshake", message: `the solver's handshake is wrong: ${error.message}`, ...(proc.stderr ? { stderr: proc.stderr } : {}) } };
      throw error;
    }
    const offered = [...handshake.provides.keys()];
    const missing = wanted?.filter((q) => !handshake.provides.has(q)) ?? [];
    if (missing.length > 0) throw new ParameterError("quantities", missing.map((q) => q.name).join(","), `quantities the solver offers: ${offered.map((q) => q.name).join(", ")}`);
    const asked = (wanted ?? offered).map((q) => [q.name, handshake.provides.get(q)!] as const);
    proc.send(handshakeAnswer(model, asked.map(([, name]) => name), timeoutSeconds));

    const { port1, port2 } = new MessageChannel();
    const signal = new SharedArrayBuffer(4);
    relay = new Relay(proc, port1, signal);
    const entry = workerSource(import.meta.url, "check-solver-worker");
    worker = new Worker(entry.source, { eval: entry.eval, workerData: { model, options: checkOptions, asked, port: port2, signal }, transferList: [port2] });
    const running = worker;
    const outcome = await stop.race(
      new Promise<{ type: string; report?: SolverReport & { verdicts: SolverProcessVerdict[] }; message?: string }>((resolve, reject) => {
        running.on("message", resolve);
        running.on("error", (error) => reject(new QthermError(`the check worker failed: ${error.message}`, { cause: error })));
        running.on("exit", (code) => reject(new QthermError(`the check worker exited with code ${code} before the report`)));
      }),
    );
    if (outcome.type !== "done" || outcome.report === undefined) throw new QthermError(`checking the solver failed: ${outcome.message ?? "no report"}`);
    const report = outcome.report;
    const replayArgs = { model, command, checkOptions, timeoutSeconds, defaultTimeout: options.timeoutSeconds === undefined };
    const verdicts = report.verdicts.map((v): SolverProcessVerdict => (v.holds || v.path === undefined ? v : { ...v, replay: replayCommand({ ...replayArgs, seed: v.seed ?? seed, path: v.path, quantities: quantitiesOf(v, asked) }) }));
    const fault = proc.fault;
    return {
      ...base,
      ...report,
      verdicts,
      holds: report.holds && fault === undefined,
      ...(handshake.solver !== undefined ? { solver: handshake.solver } : {}),
      quantities: asked.map(([, name]) => name),
      requests: proc.sent,
      ...(fault ? { fault } : {}),
    };
  } finally {
    stop.dispose();
    relay?.wake("the run stopped");
    await worker?.terminate();
    await proc.close();
  }
}

/** The main thread's end of the bridge: forwards the worker's requests to the process and wakes the worker with each answer. */
class Relay {
  private pending: number | undefined;
  private readonly counter: Int32Array;

  constructor(
    private readonly proc: SolverProcess,
    private readonly port: MessagePort,
    signal: SharedArrayBuffer,
  ) {
    this.counter = new Int32Array(signal);
    port.on("message", (m: BridgeRequest) => void this.forward(m));
  }

  private async forward(request: BridgeRequest): Promise<void> {
    this.pending = request.seq;
    let reply: BridgeReply;
    try {
      const response = await this.proc.request(request.quantity, request.params);
      reply = "error" in response ? { seq: request.seq, kind: "error", id: response.id, message: response.error } : { seq: request.seq, kind: "value", id: response.id, value: response.value };
    } catch (error) {
      reply = error instanceof SolverFaultError
        ? { seq: request.seq, kind: "fault", ...(error.fault.request ? { id: error.fault.request.id } : {}), message: error.fault.message }
        : { seq: request.seq, kind: "fault", message: `qtherm could not send the request: ${error instanceof Error ? error.message : String(error)}` };
    }
    this.reply(reply);
  }

  /** Answers a waiting worker with a fault, so that it can be terminated. */
  wake(message: string): void {
    if (this.pending !== undefined) this.reply({ seq: this.pending, kind: "fault", message });
    this.port.close();
  }

  private reply(reply: BridgeReply): void {
    if (this.pending !== reply.seq) return;
    this.pending = undefined;
    this.port.postMessage(reply);
    Atomics.add(this.counter, 0, 1);
    Atomics.notify(this.counter, 0);
  }
}

/**
 * Stops the run on `signal` and on SIGINT, SIGTERM and SIGHUP: kills the solver at once and
 * rejects the raced promise with an AbortError; re-raises a process signal that nothing else
 * listens to (so the process ends as it would have, after the cleanup).
 */
function stopper(proc: SolverProcess, signal: AbortSignal | undefined) {
  let rejectStop: (error: Error) => void = () => undefined;
  const stopped = new Promise<never>((_, reject) => (rejectStop = reject));
  stopped.catch(() => undefined);
  const onAbort = () => {
    proc.killNow();
    rejectStop(abortError("interrupted"));
  };
  const handlers = (["SIGINT", "SIGTERM", "SIGHUP"] as const).map((name) => {
    const handler = () => {
      proc.killNow();
      rejectStop(abortError(`interrupted by ${name}`));
      if (process.listenerCount(name) === 1) {
        process.off(name, handler);
        process.kill(process.pid, name);
      }
    };
    process.on(name, handler);
    return [name, handler] as const;
  });
  signal?.addEventListener("abort", onAbort, { once: true });
  return {
    race: <T>(promise: Promise<T>): Promise<T> => Promise.race([promise, stopped]),
    dispose: () => {
      signal?.removeEventListener("abort", onAbort);
      for (const [name, handler] of handlers) process.off(name, handler);
    },
  };
}

/** The quantities a failing check asked for at its counterexample (protocol names), for the replay command. */
function quantitiesOf(verdict: SolverProcessVerdict, asked: readonly (readonly [string, string])[]): string[] {
  const names = new Set((verdict.requests ?? []).map((r) => r.quantity));
  const chosen = asked.filter(([, solverName]) => names.has(solverName)).map(([name]) => name);
  return chosen.length > 0 ? chosen : asked.map(([name]) => name);
}

/** The qtherm command line that replays a counterexample. */
function replayCommand(a: { model: string; command: string; checkOptions: CheckSolverOptions; seed: number; path: string; quantities: readonly string[]; timeoutSeconds: number; defaultTimeout: boolean }): string {
  const parts = ["qtherm", "check-solver", a.model, "--exec", shellQuote(a.command), "--seed", String(a.seed), "--path", shellQuote(a.path), "--quantities", a.quantities.join(",")];
  if (a.checkOptions.coupling) parts.push("--coupling", a.checkOptions.coupling);
  if (a.checkOptions.initial) parts.push("--initial", a.checkOptions.initial);
  if (!a.defaultTimeout) parts.push("--timeout", String(a.timeoutSeconds));
  return parts.join(" ");
}

/** A word for a POSIX shell: kept as is when safe, else single-quoted. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_./:=,@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function positive(name: string, value: number): number {
  if (!(typeof value === "number" && Number.isFinite(value) && value > 0)) throw new ParameterError(name, value, "a number of seconds > 0");
  return value;
}

function abortError(what: string): Error {
  return Object.assign(new Error(`check-solver ${what}`), { name: "AbortError" });
}

function fail(error: Error): never {
  throw error;
}
