/**
 * The JavaScript that runs inside the symbolic-engine worker thread, kept as a string.
 *
 * Why a string: the worker is started with `new Worker(source, { eval: true })`, so the
 * same code runs unchanged from `src/` under vitest/tsx (where a `.ts` worker file could
 * not be loaded by a plain worker thread) and from the compiled `dist/`. The worker is a
 * thin dispatcher: it receives `{ id, op, args }`, calls nerdamer, and answers
 * `{ id, ok, value | error, warnings }` through a MessagePort, then bumps a shared
 * counter and `Atomics.notify`s it so that the main thread, blocked in `Atomics.wait`,
 * wakes up and reads the answer with `receiveMessageOnPort` (see engine.ts).
 *
 * Engine quirks handled here (observed with nerdamer-prime 1.5.0):
 * - The API functions `nerdamer.expand(s)`, `nerdamer.simplify(s)`, `nerdamer.factor(s)`, …
 *   run inside `block('PARSE2NUMBER', f)` whose missing third argument means *true*: they
 *   turn e, pi, sqrt(2), log(2), cos(1) into rational approximations
 *   (expand("pi*(x+1)") → "(245850922/78256779)*x+…", expand("e^x*x") →
 *   "119696244^(-x)*325368125^x*x"). The same operations called through the parser,
 *   `nerdamer("expand(" + s + ")")`, keep the constants exact, and limits of e^(-x) at
 *   Infinity then work. The worker uses only the parser form.
 * - `block` has no try/finally: an exception inside it (e.g. "(-Infinity)+(Infinity) is not
 *   defined!" in a limit) leaves the global setting PARSE2NUMBER switched on; every later `e^x` then comes out as
 *   `119696244^(-x)*325368125^x` (a rational approximation of e). The worker therefore
 *   snapshots the writable primitive settings at start and restores them before and after
 *   every request.
 * - nerdamer keeps every parsed expression in a history list; it is flushed after each
 *   request so that a long-lived worker does not grow.
 * - nerdamer writes diagnostics ("Maximum depth reached. Exiting!") to the console; the
 *   worker captures them and returns them as `warnings` instead of printing.
 *
 * workerData: `{ nerdamerPath: string (absolute path of nerdamer-prime/all.js),
 * port: MessagePort, signal: SharedArrayBuffer (one Int32) }`.
 */
export const ENGINE_WORKER_SOURCE = String.raw`
"use strict";
const { workerData } = require("node:worker_threads");
const { port, signal, nerdamerPath } = workerData;
const counter = new Int32Array(signal);
let warnings = [];
const capture = (...parts) => { warnings.push(parts.map(String).join(" ")); };
console.log = capture; console.info = capture; console.warn = capture; console.error = capture; console.debug = capture;

function answer(reply) {
  port.postMessage(reply);
  Atomics.add(counter, 0, 1);
  Atomics.notify(counter, 0);
}

let nerdamer;
let settings;
const snapshot = {};
try {
  nerdamer = require(nerdamerPath);
  settings = nerdamer.getCore().Settings;
  for (const key of Object.keys(settings)) {
    const value = settings[key];
    const descriptor = Object.getOwnPropertyDescriptor(settings, key);
    const writable = descriptor !== undefined && (descriptor.writable === true || typeof descriptor.set === "function");
    if (writable && (value === null || ["number", "string", "boolean"].includes(typeof value))) snapshot[key] = value;
  }
} catch (error) {
  answer({ id: 0, ok: false, error: "could not load nerdamer from " + nerdamerPath + ": " + (error && error.message || String(error)) });
  throw error;
}

function restoreSettings() {
  for (const key of Object.keys(snapshot)) {
    if (settings[key] !== snapshot[key]) {
      try { settings[key] = snapshot[key]; } catch (ignored) { /* read-only after all */ }
    }
  }
}

const text = (x) => x.toString();
// Every operation goes through the parser as text, "op(args)": the linked API functions
// (nerdamer.expand(s), …) run inside block('PARSE2NUMBER') and replace e, pi, sqrt(2),
// log(2), … by rational approximations.
const call = (name, ...args) => nerdamer(name + "(" + args.join(",") + ")");

const operations = {
  parse: (s) => text(nerdamer(s)),
  substitute: (s, subs) => text(nerdamer(s, subs)),
  diff: (s, v, n) => text(call("diff", s, v, n)),
  expand: (s) => text(call("expand", s)),
  simplify: (s) => text(call("simplify", s)),
  factor: (s) => text(call("factor", s)),
  limit: (s, v, p) => text(call("limit", s, v, p)),
  integrate: (s, v) => text(call("integrate", s, v)),
  divide: (a, b) => {
    const qr = call("div", a, b);
    const parts = Array.isArray(qr.symbol) ? qr.symbol : qr.symbol && qr.symbol.elements;
    if (!Array.isArray(parts) || parts.length !== 2) throw new Error("div did not return [quotient, remainder]: " + text(qr));
    return [parts[0].toString(), parts[1].toString()];
  },
  coeffs: (s, v) => {
    const list = call("coeffs", s, v);
    const parts = Array.isArray(list.symbol) ? list.symbol : list.symbol && list.symbol.elements;
    if (!Array.isArray(parts)) throw new Error("coeffs did not return a list: " + text(list));
    return parts.map((c) => c.toString());
  },
  variables: (s) => nerdamer(s).variables(),
  tex: (s) => nerdamer(s).toTeX(),
};

port.on("message", (request) => {
  warnings = [];
  let reply;
  try {
    restoreSettings();
    // nerdamer aborts an operation after its own Settings.TIMEOUT (800 ms) of wall time,
    // checked in every symbol construction and re-thrown by every internal catch: a hard
    // failure whose occurrence depends on the load of the machine. Every operation gets
    // the caller's guard instead (ENGINE_GUARD_MS, engine.ts), which no healthy call
    // approaches; the main thread terminates the worker if even that passes.
    if (typeof request.timeoutMs === "number" && "TIMEOUT" in settings) settings.TIMEOUT = request.timeoutMs;
    const operation = operations[request.op];
    if (operation === undefined) throw new Error("unknown engine operation '" + request.op + "'");
    reply = { id: request.id, ok: true, value: operation(...request.args), warnings };
  } catch (error) {
    const message = error && error.message !== undefined ? String(error.message) : String(error);
    reply = { id: request.id, ok: false, error: message, warnings };
  } finally {
    try { nerdamer.flush(); } catch (ignored) { /* history flush is best effort */ }
    restoreSettings();
  }
  answer(reply);
});

answer({ id: 0, ok: true, value: "ready", warnings });
`;
