import { receiveMessageOnPort, type MessagePort } from "node:worker_threads";
import { QthermError } from "../core/errors.js";
import { SolverAbort } from "./solver-check.js";
import type { SolverInterfaces, SolverModelId } from "./solver-interfaces.js";
import { describeShapeError, findProtocolQuantity, readProtocolValue, type ProtocolQuantity } from "./solver-protocol.js";

/**
 * The worker-thread half of the any-language bridge: a SolverInterfaces object whose methods
 * are synchronous calls into a solver process that the main thread drives. A call posts
 * `{ seq, quantity, params }` on a MessagePort and blocks in Atomics.wait on a shared counter;
 * the main thread sends the request, posts the answer (value, the solver's error, or a fault)
 * and bumps the counter (the protocol of src/symbolic/engine.ts). The main thread keeps its
 * event loop, so per-request timeouts, signals and the child's cleanup work while the checks
 * run here synchronously, unchanged.
 */

/** What the worker asks the main thread. */
export interface BridgeRequest {
  readonly type: "request";
  readonly seq: number;
  readonly quantity: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** The main thread's answer to request `seq`: the protocol id it was sent under, and the outcome. */
export type BridgeReply =
  | { readonly seq: number; readonly kind: "value"; readonly id: number; readonly value: unknown }
  | { readonly seq: number; readonly kind: "error"; readonly id: number; readonly message: string }
  | { readonly seq: number; readonly kind: "fault"; readonly id?: number; readonly message: string };

/** One request as the report shows it: what was asked and what came back. */
export interface TracedRequest {
  readonly id?: number;
  readonly quantity: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly value?: unknown;
  readonly error?: string;
  readonly fault?: string;
}

/** Wait limit of one call: far beyond any request timeout; only a dead main thread would reach it. */
const BACKSTOP_MS = 24 * 3600 * 1000;

/** A synchronous call to the solver process. */
export type SolverCall = (quantity: string, params: Readonly<Record<string, unknown>>) => BridgeReply;

/** The synchronous call over `port` and the shared counter `signal` (Int32 at index 0). */
export function bridgeCall(port: MessagePort, signal: SharedArrayBuffer): SolverCall {
  const counter = new Int32Array(signal);
  let seq = 0;
  return (quantity, params) => {
    const mine = ++seq;
    let seen = Atomics.load(counter, 0);
    port.postMessage({ type: "request", seq: mine, quantity, params } satisfies BridgeRequest);
    for (;;) {
      for (let m = receiveMessageOnPort(port); m !== undefined; m = receiveMessageOnPort(port)) {
        const reply = m.message as BridgeReply;
        if (reply.seq === mine) return reply;
      }
      if (Atomics.wait(counter, 0, seen, BACKSTOP_MS) === "timed-out") return { seq: mine, kind: "fault", message: "no answer from qtherm's main thread" };
      seen = Atomics.load(counter, 0);
    }
  };
}

/**
 * The solver object for `model` that asks the process for `asked` (protocol quantity name →
 * the solver's own name for it). A call throws SolverAbort on a fault (the run stops), and a
 * QthermError naming the request when the solver answers with an error or returns NaN or a
 * value of the wrong shape (the check fails there, and fast-check shrinks by asking again).
 * Every call is passed to `trace`.
 */
export function remoteSolver<M extends SolverModelId>(model: M, asked: ReadonlyMap<string, string>, call: SolverCall, trace: (request: TracedRequest) => void): SolverInterfaces[M] {
  const solver: Record<string, (params: Readonly<Record<string, unknown>>, t?: number) => unknown> = {};
  for (const [name, solverName] of asked) {
    const quantity = findProtocolQuantity(model, name);
    if (quantity === undefined) throw new QthermError(`remoteSolver: model '${model}' has no protocol quantity '${name}'`);
    solver[quantity.method] = (params, t) => ask(quantity, solverName, quantity.takesTime ? { ...params, t } : params, call, trace);
  }
  return solver as unknown as SolverInterfaces[M];
}

function ask(quantity: ProtocolQuantity, solverName: string, params: Readonly<Record<string, unknown>>, call: SolverCall, trace: (request: TracedRequest) => void): unknown {
  const reply = call(solverName, params);
  const at = `request #${reply.id ?? "?"} (${solverName})`;
  if (reply.kind === "fault") {
    trace({ ...(reply.id !== undefined ? { id: reply.id } : {}), quantity: solverName, params, fault: reply.message });
    throw new SolverAbort(reply.message);
  }
  if (reply.kind === "error") {
    trace({ id: reply.id, quantity: solverName, params, error: reply.message });
    throw new QthermError(`${at}: the solver answered with an error: ${reply.message}`);
  }
  trace({ id: reply.id, quantity: solverName, params, value: reply.value });
  try {
    return readProtocolValue(quantity, reply.value, params);
  } catch (error) {
    throw new QthermError(`${at}: the solver returned ${describeShapeError(error)}`, { cause: error });
  }
}
