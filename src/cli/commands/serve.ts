import { findModel } from "../../catalog.js";
import { ParameterError, QthermError } from "../../core/errors.js";
import type { ModelDefinition, QuantityDefinition } from "../../core/model.js";
import { resolveParameters, suggestion } from "../../core/parameters.js";
import { EXIT, type CliIo } from "../io.js";
import { EXIT_INTERRUPTED } from "../interrupt.js";
import { packageVersion } from "../provenance.js";
import { claimsCommand } from "./claims.js";
import { evalCommand } from "./eval.js";
import { verifyCommand } from "./verify.js";

/**
 * `qtherm serve`: qtherm as a long-running process for scripts in other languages, speaking
 * JSON lines over stdin/stdout (docs/python-and-julia.md; the Python client is
 * clients/python/qtherm.py). qtherm writes a greeting line, then answers every request line
 * in order with one line:
 *
 *   ← {"protocol": "qtherm-serve/1", "qtherm": "0.1.0", "ops": [...]}
 *   → {"id": 1, "model": "coupled-tls", "quantity": "heat-current-A", "params": {"epsilon": 0.01}}
 *   ← {"id": 1, "value": 0.00104…}
 *   → {"id": 2, "op": "verify", "pattern": "coupled-tls/hot-to-cold", "runs": 5}
 *   ← {"id": 2, "value": {…the report of qtherm verify --json…}, "exitCode": 0}
 *   → {"id": 3, "model": "coupled-tls", "quantity": "heat-current-A", "params": {"gammaA": 0}}
 *   ← {"id": 3, "error": "parameter 'gammaA' = 0 is not allowed: …", "type": "ParameterError", "parameter": "gammaA"}
 *
 * Ops: eval (the default when "quantity" is given: one quantity at the given params, the
 * value in the shape of `qtherm eval --json`), models, describe (a model's quantities and
 * parameters), claims (the list of `qtherm claims --json`), verify (the report of `qtherm
 * verify --json`). A bad request is answered with an error, never ends the server; requests
 * are answered in order (a verify delays the requests after it). End of input ends the
 * server (exit 0); Ctrl-C exits 130. Requests may be pipelined: evaluations are answered in
 * batches, ≥ 200 coupled-tls evaluations per second (bench/serve.bench.ts).
 */

export const SERVE_PROTOCOL = "qtherm-serve/1";

const OPS = ["eval", "models", "describe", "claims", "verify"] as const;

export interface ServeOptions {
  /** Input stream (default process.stdin). */
  readonly input?: NodeJS.ReadableStream;
  /** The CLI's Ctrl-C signal: stops the server (exit 130). */
  readonly signal?: AbortSignal;
}

type Request = Record<string, unknown>;
type Reply = Record<string, unknown>;

/** Serves until end of input; returns the exit code. */
export async function serveCommand(options: ServeOptions, io: CliIo): Promise<number> {
  const input = options.input ?? process.stdin;
  input.setEncoding?.("utf8");
  io.out(`${JSON.stringify({ protocol: SERVE_PROTOCOL, qtherm: packageVersion(), ops: OPS })}\n`);
  const queue: string[] = [];
  let head = 0;
  let buffer = "";
  let ended = false;
  let pumping = false;
  return new Promise<number>((resolve) => {
    const finish = (code: number) => {
      input.removeListener("data", onData);
      input.removeListener("end", onEnd);
      options.signal?.removeEventListener("abort", onAbort);
      resolve(code);
    };
    const pump = async () => {
      if (pumping) return;
      pumping = true;
      let out: string[] = [];
      while (head < queue.length) {
        if (options.signal?.aborted) return;
        const line = queue[head++];
        const reply = answer(line);
        if (reply instanceof Promise) {
          if (out.length > 0) io.out(out.join(""));
          out = [];
          out.push(encode(await reply));
        } else out.push(encode(reply));
      }
      queue.length = 0;
      head = 0;
      if (out.length > 0) io.out(out.join(""));
      pumping = false;
      if (ended) finish(EXIT.ok);
    };
    const onData = (chunk: string | Buffer) => {
      buffer += String(chunk);
      let newline = buffer.indexOf("\n");
      if (newline < 0) return;
      let start = 0;
      for (; newline >= 0; newline = buffer.indexOf("\n", start)) {
        const line = buffer.slice(start, newline).trim();
        if (line !== "") queue.push(line);
        start = newline + 1;
      }
      buffer = buffer.slice(start);
      void pump();
    };
    const onEnd = () => {
      ended = true;
      if (buffer.trim() !== "") queue.push(buffer.trim());
      buffer = "";
      void pump();
    };
    const onAbort = () => finish(EXIT_INTERRUPTED);
    input.on("data", onData);
    input.on("end", onEnd);
    options.signal?.addEventListener("abort", onAbort, { once: true });
  });
}

function encode(reply: Reply): string {
  return `${JSON.stringify(reply)}\n`;
}

/** The reply to one request line (a promise for the ops that run claims). */
function answer(line: string): Reply | Promise<Reply> {
  let request: Request;
  try {
    request = JSON.parse(line) as Request;
  } catch {
    return { id: null, error: `not a JSON line: ${line.length > 120 ? `${line.slice(0, 117)}…` : line}`, type: "ProtocolError" };
  }
  if (typeof request !== "object" || request === null || Array.isArray(request)) return { id: null, error: "a request must be a JSON object {\"id\", \"op\", …}", type: "ProtocolError" };
  const id = request.id ?? null;
  const op = request.op ?? (request.quantity !== undefined ? "eval" : undefined);
  try {
    switch (op) {
      case "eval":
        return { id, value: evaluate(request) };
      case "models":
        return { id, value: captured((io) => evalCommand(undefined, undefined, { json: true }, io)).value };
      case "describe":
        return { id, value: captured((io) => evalCommand(text(request, "model"), undefined, { json: true }, io)).value };
      case "claims":
        return { id, value: captured((io) => claimsCommand(optionalText(request, "pattern"), { json: true }, io)).value };
      case "verify":
        return verify(id, request);
      default:
        throw new ParameterError("op", op ?? null, `one of ${OPS.map((o) => `'${o}'`).join(", ")} (or a request with "quantity": eval)`);
    }
  } catch (error) {
    return errorReply(id, error);
  }
}

async function verify(id: unknown, request: Request): Promise<Reply> {
  try {
    const number = (name: string) => (request[name] === undefined ? undefined : String(request[name]));
    const pattern = optionalText(request, "pattern");
    let out = "";
    const code = await verifyCommand(pattern, { json: true, ...withDefined({ seed: number("seed"), runs: number("runs"), path: optionalText(request, "path") }) }, capture((s) => (out += s)));
    return { id, value: JSON.parse(out), exitCode: code };
  } catch (error) {
    return errorReply(id, error);
  }
}

const models = new Map<string, ModelDefinition>();

/** One quantity at the request's params (validated by the model's schema). */
function evaluate(request: Request): unknown {
  const modelId = text(request, "model");
  let model = models.get(modelId);
  if (model === undefined) {
    model = findModel(modelId);
    models.set(modelId, model);
  }
  const name = text(request, "quantity");
  const quantity = model.quantities.find((q) => q.name === name) as QuantityDefinition<unknown> | undefined;
  if (!quantity) {
    const names = model.quantities.map((q) => q.name);
    throw new ParameterError("quantity", name, `one of ${names.map((q) => `'${q}'`).join(", ")} for model '${model.id}'${suggestion(name, names)}`);
  }
  const params = request.params ?? {};
  if (typeof params !== "object" || params === null || Array.isArray(params)) throw new ParameterError("params", params, "an object of parameter values, e.g. {\"epsilon\": 0.01}");
  const value = quantity.evaluate(resolveParameters(model.parameters, params as Record<string, unknown>));
  const bad = nonFinite(value, "value");
  if (bad !== undefined) throw new QthermError(`${model.id} ${quantity.name} produced a non-finite number at ${bad}`);
  return value;
}

function errorReply(id: unknown, error: unknown): Reply {
  if (error instanceof ParameterError) return { id, error: error.message, type: error.name, parameter: error.parameter };
  if (error instanceof QthermError) return { id, error: error.message, type: error.name };
  return { id, error: `internal error: ${error instanceof Error ? error.message : String(error)} — please report it`, type: "InternalError" };
}

/** The JSON a command prints with --json, parsed (the command's own code path: one implementation). */
function captured(run: (io: CliIo) => number): { value: unknown } {
  let out = "";
  run(capture((s) => (out += s)));
  return { value: JSON.parse(out) };
}

function capture(write: (text: string) => void): CliIo {
  return { out: (s) => write(`${s}\n`), err: () => undefined, interactive: false, columns: 160 };
}

function text(request: Request, name: string): string {
  const v = request[name];
  if (typeof v !== "string" || v === "") throw new ParameterError(name, v ?? null, "a non-empty string");
  return v;
}

function optionalText(request: Request, name: string): string | undefined {
  return request[name] === undefined || request[name] === null ? undefined : text(request, name);
}

function withDefined<T extends Record<string, string | undefined>>(o: T): { [K in keyof T]?: string } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: string };
}

/** The path of the first non-finite number in a value, if any. */
function nonFinite(value: unknown, path: string): string | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? undefined : `${path}: ${value}`;
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    const items = Array.from(value as ArrayLike<unknown>);
    for (let i = 0; i < items.length; i++) {
      const bad = nonFinite(items[i], `${path}[${i}]`);
      if (bad !== undefined) return bad;
    }
    return undefined;
  }
  if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      const bad = nonFinite(v, `${path}.${k}`);
      if (bad !== undefined) return bad;
    }
  }
  return undefined;
}
