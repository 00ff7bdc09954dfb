import { ParameterError } from "../core/errors.js";
import { readComplexMatrix } from "./complex-matrix-parts.js";
import { readFiniteArray, readFiniteNumber } from "./number-arrays.js";
import { readPopulations } from "./resonant-level-probes-checks.js";
import { readObservables } from "./set-entropy-production-checks.js";
import type { SolverModelId } from "./solver-interfaces.js";

/**
 * The any-language solver protocol, as data and pure functions (no I/O): JSON lines over the
 * solver's stdin/stdout (docs/python-and-julia.md has the reference and a complete exchange).
 *
 *   solver → qtherm  {"protocol": "qtherm-solver/1", "quantities": ["heat-current-A", …], "model"?: …, "solver"?: …}
 *   qtherm → solver  {"protocol": "qtherm-solver/1", "model": "coupled-tls", "ask": [...], "timeout": 10}
 *   qtherm → solver  {"id": 1, "quantity": "heat-current-A", "params": {...}}
 *   solver → qtherm  {"id": 1, "value": 0.0123}   or   {"id": 1, "error": "ValueError: …"}
 *   qtherm closes the solver's stdin: the solver exits.
 *
 * Values have the shapes of `qtherm eval --json` and of the TypeScript solver interfaces
 * (solver-interfaces.ts). A method taking a time, method(params, t), receives t as params.t.
 */

/** The protocol version both sides name in the handshake. */
export const SOLVER_PROTOCOL = "qtherm-solver/1";

/**
 * Default per-request timeout, in seconds: a guard against a hung solver, not a physics
 * verdict. A healthy solver of these models answers in milliseconds (a 16×16 or 49×49
 * linear-algebra problem, or an adaptive quadrature).
 */
export const DEFAULT_REQUEST_TIMEOUT_S = 10;

/** Default time allowed from the start of the process to its handshake line, in seconds (imports such as QuTiP's take seconds). */
export const DEFAULT_STARTUP_TIMEOUT_S = 60;

/** One quantity a solver may provide: its protocol name, the solver-interface method it stands for, and how its value is read. */
export interface ProtocolQuantity {
  readonly model: SolverModelId;
  /** Protocol name (qtherm's quantity name where `qtherm eval` has the same quantity), e.g. "heat-current-A". */
  readonly name: string;
  /** The method of the model's solver interface, e.g. "heatCurrentA" (accepted in the handshake too). */
  readonly method: string;
  /** method(params, t): the time travels as params.t. */
  readonly takesTime: boolean;
  /** The value's shape, in words (docs and error messages). */
  readonly shape: string;
  /**
   * Reads a value the solver returned for `params` (the request's params).
   * @throws ParameterError naming `what` and the offending entry (NaN, wrong shape).
   */
  readonly read: (value: unknown, params: Readonly<Record<string, unknown>>, what: string) => unknown;
}

const number = (value: unknown, _params: unknown, what: string) => readFiniteNumber(value, what);
const integerParam = (params: Readonly<Record<string, unknown>>, name: string) => Number(params[name]);

/** Every quantity of the protocol, per model. */
export const PROTOCOL_QUANTITIES: readonly ProtocolQuantity[] = [
  { model: "coupled-tls", name: "steady-state", method: "steadyState", takesTime: false, shape: "{re, im}: two 4×4 arrays, basis |n_A n_B⟩ = 00, 01, 10, 11", read: (v, _p, what) => readComplexMatrix(v, 4, what) },
  { model: "coupled-tls", name: "heat-current-A", method: "heatCurrentA", takesTime: false, shape: "a number", read: number },
  { model: "two-site-chain-baths", name: "ness-site-basis", method: "ness", takesTime: false, shape: "{re, im}: two 2×2 arrays, site basis (L, R)", read: (v, _p, what) => readComplexMatrix(v, 2, what) },
  { model: "two-site-chain-baths", name: "particle-current", method: "particleCurrent", takesTime: false, shape: "a number", read: number },
  { model: "oscillator-mediator", name: "heat-current", method: "heatCurrent", takesTime: false, shape: "a number", read: number },
  { model: "oscillator-mediator", name: "conductance", method: "conductance", takesTime: false, shape: "a number", read: number },
  {
    model: "set-entropy-production",
    name: "populations",
    method: "populations",
    takesTime: true,
    shape: "an array of 1 + KL + KR numbers: dot, L modes, R modes",
    read: (v, p, what) => readFiniteArray(v, 1 + integerParam(p, "KL") + integerParam(p, "KR"), what),
  },
  { model: "set-entropy-production", name: "observables", method: "observables", takesTime: true, shape: "{EL, ER, NL, NR, nD, couplingEnergy, Sigma}: numbers", read: (v, _p, what) => readObservables(v, what) },
  {
    model: "resonant-level-probes",
    name: "populations-exact",
    method: "populationsExact",
    takesTime: true,
    shape: "{dot: number, L: N numbers, R: N numbers}, grain levels ascending in energy",
    read: (v, p, what) => readPopulations(v, integerParam(p, "N"), what),
  },
];

/** The protocol quantities of a model. */
export function protocolQuantitiesOf(model: SolverModelId): readonly ProtocolQuantity[] {
  return PROTOCOL_QUANTITIES.filter((q) => q.model === model);
}

/**
 * The quantity of `model` called `name` (protocol name or method name), or undefined.
 * @example findProtocolQuantity("coupled-tls", "heatCurrentA")?.name // "heat-current-A"
 */
export function findProtocolQuantity(model: SolverModelId, name: string): ProtocolQuantity | undefined {
  return protocolQuantitiesOf(model).find((q) => q.name === name || q.method === name);
}

/** A breach of the protocol by the solver: what it did, in words. */
export class ProtocolViolation extends Error {
  constructor(
    readonly kind: "not-json" | "wrong-id" | "malformed" | "handshake",
    message: string,
  ) {
    super(message);
    this.name = "ProtocolViolation";
  }
}

/**
 * Parses one line of the solver's output. Besides JSON it accepts the tokens NaN, Infinity and
 * -Infinity outside strings (Python's json.dumps writes them), so that a NaN is reported as a
 * NaN value of the request, not as a line that is not JSON.
 * @throws ProtocolViolation ("not-json") naming the line.
 */
export function parseSolverLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    // fall through: perhaps NaN / Infinity tokens
  }
  const marked = markNonFiniteTokens(line);
  if (marked !== line) {
    try {
      return JSON.parse(marked, (_key, value: unknown) => (typeof value === "string" && value in NON_FINITE ? NON_FINITE[value] : value));
    } catch {
      // not JSON either way
    }
  }
  throw new ProtocolViolation("not-json", `printed a line that is not JSON: ${quote(line)} (the protocol reserves stdout for JSON lines; write logs to stderr)`);
}

const NON_FINITE: Record<string, number> = { "\u0000NaN": NaN, "\u0000Infinity": Infinity, "\u0000-Infinity": -Infinity };

/** Replaces the bare tokens NaN, Infinity, -Infinity outside strings by marker strings. */
function markNonFiniteTokens(line: string): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (inString) {
      out += c;
      if (c === "\\") out += line[++i] ?? "";
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      out += c;
      continue;
    }
    const token = ["-Infinity", "Infinity", "NaN"].find((t) => line.startsWith(t, i));
    if (token !== undefined) {
      out += JSON.stringify(`\u0000${token}`);
      i += token.length - 1;
    } else out += c;
  }
  return out;
}

/** What the solver's handshake says: the quantities it provides (protocol quantity → the name the solver uses), and its name. */
export interface SolverHandshake {
  readonly provides: ReadonlyMap<ProtocolQuantity, string>;
  readonly solver?: string;
}

/**
 * Reads the solver's first line for `model`.
 * @throws ProtocolViolation ("handshake") when it is not an object naming SOLVER_PROTOCOL and a
 *   non-empty list of the model's quantities (unknown names are named with the valid ones), or
 *   names another model.
 */
export function readHandshake(message: unknown, model: SolverModelId): SolverHandshake {
  const valid = protocolQuantitiesOf(model).map((q) => `'${q.name}'`).join(", ");
  const m = message as Record<string, unknown> | null;
  if (typeof m !== "object" || m === null || Array.isArray(m)) throw new ProtocolViolation("handshake", `the first line must be the handshake object {"protocol": "${SOLVER_PROTOCOL}", "quantities": [...]}, got ${shortJson(message)}`);
  if (m.protocol !== SOLVER_PROTOCOL) throw new ProtocolViolation("handshake", `the handshake names protocol ${shortJson(m.protocol)}; qtherm speaks "${SOLVER_PROTOCOL}"`);
  if (m.model !== undefined && m.model !== model) throw new ProtocolViolation("handshake", `the solver says it solves model ${shortJson(m.model)}, but model '${model}' is being checked`);
  if (!Array.isArray(m.quantities) || m.quantities.length === 0 || !m.quantities.every((q) => typeof q === "string")) {
    throw new ProtocolViolation("handshake", `the handshake must list the quantities the solver provides as a non-empty array of names ("quantities"; for ${model}: ${valid})`);
  }
  const provides = new Map<ProtocolQuantity, string>();
  for (const name of m.quantities as string[]) {
    const quantity = findProtocolQuantity(model, name);
    if (quantity === undefined) throw new ProtocolViolation("handshake", `the solver offers '${name}', which model '${model}' does not have; its quantities are ${valid} (or their method names)`);
    provides.set(quantity, name);
  }
  return { provides, ...(typeof m.solver === "string" ? { solver: m.solver } : {}) };
}

/** qtherm's answer to the handshake: what it will ask, and the per-request timeout. */
export function handshakeAnswer(model: SolverModelId, ask: readonly string[], timeoutSeconds: number): string {
  return JSON.stringify({ protocol: SOLVER_PROTOCOL, model, ask, timeout: timeoutSeconds });
}

/** A request line. */
export function requestLine(id: number, quantity: string, params: Readonly<Record<string, unknown>>): string {
  return JSON.stringify({ id, quantity, params });
}

/** A response of the solver: a value, or the error its function raised. */
export type SolverResponse = { readonly id: number; readonly value: unknown } | { readonly id: number; readonly error: string };

/**
 * Reads a parsed response line to request `expectedId`.
 * @throws ProtocolViolation ("wrong-id") for another id, ("malformed") for anything but {id, value} or {id, error: string}.
 */
export function readResponse(message: unknown, expectedId: number): SolverResponse {
  const m = message as Record<string, unknown> | null;
  if (typeof m !== "object" || m === null || Array.isArray(m)) throw new ProtocolViolation("malformed", `answered request ${expectedId} with ${shortJson(message)}, not an object {"id", "value"} or {"id", "error"}`);
  if (m.id !== expectedId) throw new ProtocolViolation("wrong-id", `answered request ${expectedId} with ${m.id === undefined ? "no id" : `id ${shortJson(m.id)}`}`);
  if ("error" in m) {
    if (typeof m.error !== "string") throw new ProtocolViolation("malformed", `answered request ${expectedId} with an "error" that is not a string: ${shortJson(m.error)}`);
    return { id: expectedId, error: m.error };
  }
  if (!("value" in m)) throw new ProtocolViolation("malformed", `answered request ${expectedId} without "value" or "error": ${shortJson(message)}`);
  return { id: expectedId, value: m.value };
}

/**
 * Reads the value of a response as `quantity` at `params`; names the method in errors.
 * @throws ParameterError naming the entry that is NaN, infinite or of the wrong shape.
 */
export function readProtocolValue(quantity: ProtocolQuantity, value: unknown, params: Readonly<Record<string, unknown>>): unknown {
  return quantity.read(value, params, quantity.takesTime ? `${quantity.method}(params, t)` : `${quantity.method}(params)`);
}

/** The shape error of a value in words: the ParameterError's message, or the error's. */
export function describeShapeError(error: unknown): string {
  if (error instanceof ParameterError) return `${error.parameter} = ${typeof error.value === "string" ? error.value : shortJson(error.value)}; expected ${error.allowed}`;
  return error instanceof Error ? error.message : String(error);
}

/** A value as JSON for a message (NaN as NaN), shortened. */
function shortJson(value: unknown): string {
  if (typeof value === "number") return String(value);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** A line quoted for a message, shortened. */
export function quote(text: string | undefined): string {
  const t = text ?? "undefined";
  return t.length > 120 ? `${JSON.stringify(t.slice(0, 117))}…` : JSON.stringify(t);
}
