import { ParameterError } from "./errors.js";

/**
 * Parameter definitions with their domain written as data. The same records
 * validate input ({@link resolveParameters}), generate fast-check arbitraries
 * (checks/arbitraries.ts) and document the parameter (`qtherm eval <model>`).
 */

/** How a property test samples a real parameter (a finite window inside the valid domain). */
export interface SamplingRange {
  readonly min: number;
  readonly max: number;
  /** "log" samples log-uniformly (temperatures, couplings); requires min > 0. */
  readonly scale: "linear" | "log";
}

/** A real (or integer) parameter with an interval domain. */
export interface RealParameter {
  readonly kind: "real";
  readonly name: string;
  readonly description: string;
  /** Unit in ħ = k_B = 1 units, e.g. "energy", "1/energy", "dimensionless". */
  readonly unit: string;
  /** The paper's figure value. */
  readonly default: number;
  /** Lower bound of the domain (omit for −∞). */
  readonly min?: number;
  readonly minInclusive?: boolean;
  /** Upper bound of the domain (omit for +∞). */
  readonly max?: number;
  readonly maxInclusive?: boolean;
  readonly integer?: boolean;
  /** Where property tests draw this parameter; defaults to a window around the default. */
  readonly sampling?: SamplingRange;
}

/** A parameter taking one of a few named values. */
export interface ChoiceParameter<T extends string = string> {
  readonly kind: "choice";
  readonly name: string;
  readonly description: string;
  readonly default: T;
  readonly options: readonly T[];
}

export type ParameterDefinition = RealParameter | ChoiceParameter;

/**
 * The parameter object a list of field definitions describes — a number for each real
 * field, the union of the options for each choice field — so that a model's parameter type
 * is derived from its schema's data (single source) instead of being written twice.
 * Use with a field list declared `as const satisfies readonly ParameterDefinition[]`.
 * @example type P = ParamsOf<typeof fields> // { readonly omegaA: number; …; readonly coupling: "coherent" | "incoherent" }
 */
export type ParamsOf<F extends readonly ParameterDefinition[]> = {
  readonly [D in F[number] as D["name"]]: D extends { readonly kind: "choice"; readonly options: readonly (infer T)[] } ? T : number;
};

/** A condition between parameters (e.g. ω_A = ω_B for resonant coupling). */
export interface ParameterRelation<P> {
  /** Human-readable statement, e.g. "omegaA = omegaB when coupling = 'incoherent'". */
  readonly statement: string;
  /** The parameters it involves (the first one is named in the error). */
  readonly parameters: readonly string[];
  /** Returns null when satisfied, otherwise what is wrong. */
  readonly check: (params: P) => string | null;
}

/** The full domain of a model's parameter object. */
export interface ParameterSchema<P> {
  readonly fields: readonly ParameterDefinition[];
  readonly relations: readonly ParameterRelation<P>[];
}

/** Describes the allowed values of one parameter in words, e.g. "a finite number in (0, ∞)". */
export function describeDomain(def: ParameterDefinition): string {
  if (def.kind === "choice") return `one of ${def.options.map((o) => `'${o}'`).join(", ")}`;
  const lo = def.min === undefined ? "(-∞" : `${def.minInclusive === false ? "(" : "["}${def.min}`;
  const hi = def.max === undefined ? "∞)" : `${def.max}${def.maxInclusive === false ? ")" : "]"}`;
  return `${def.integer ? "an integer" : "a finite number"} in ${lo}, ${hi}`;
}

/** Validates one value against its definition; throws ParameterError naming it. */
export function validateParameter(def: ParameterDefinition, value: unknown): void {
  if (def.kind === "choice") {
    if (typeof value !== "string" || !def.options.includes(value)) throw new ParameterError(def.name, value, describeDomain(def));
    return;
  }
  const ok =
    typeof value === "number" &&
    Number.isFinite(value) &&
    (!def.integer || Number.isInteger(value)) &&
    (def.min === undefined || (def.minInclusive === false ? value > def.min : value >= def.min)) &&
    (def.max === undefined || (def.maxInclusive === false ? value < def.max : value <= def.max));
  if (!ok) throw new ParameterError(def.name, value, describeDomain(def));
}

/**
 * Resolves a partial parameter object into a complete, validated one: unknown
 * names are rejected, missing ones take the paper's defaults, every field and
 * every relation is checked.
 * @throws ParameterError naming the first offending parameter.
 */
export function resolveParameters<P>(schema: ParameterSchema<P>, partial: Readonly<Record<string, unknown>> = {}): P {
  const known = new Set(schema.fields.map((f) => f.name));
  for (const name of Object.keys(partial)) {
    if (!known.has(name)) {
      throw new ParameterError(name, partial[name], `a known parameter name; allowed: ${[...known].join(", ")}`);
    }
  }
  const out: Record<string, unknown> = {};
  for (const def of schema.fields) {
    const value = partial[def.name] === undefined ? def.default : partial[def.name];
    validateParameter(def, value);
    out[def.name] = value;
  }
  const params = Object.freeze(out) as P;
  for (const relation of schema.relations) {
    const problem = relation.check(params);
    if (problem !== null) {
      const first = relation.parameters[0];
      throw new ParameterError(first, out[first], `${relation.statement} (${problem})`);
    }
  }
  return params;
}

/** A plain decimal number: optional sign, digits with an optional fraction, optional exponent (no hex, no spaces). */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Parses a command-line string into a parameter value ("1e-3" → 0.001; choices are taken
 * verbatim and must be one of the options). Strict: a number is a plain decimal — hex
 * ("0x10"), binary, "Infinity", an empty text and surrounding spaces are refused.
 * Throws ParameterError naming the parameter for an unknown name or an unparsable value.
 * @example parseParameterValue(schema, "betaA", "0.5") // 0.5
 */
export function parseParameterValue<P>(schema: ParameterSchema<P>, name: string, text: string): number | string {
  const def = schema.fields.find((f) => f.name === name);
  if (def === undefined) {
    throw new ParameterError(name, text, `a known parameter name; allowed: ${schema.fields.map((f) => f.name).join(", ")}${suggestion(name, schema.fields.map((f) => f.name))}`);
  }
  if (text !== text.trim()) throw new ParameterError(name, text, `${def.kind === "choice" ? describeDomain(def) : "a plain decimal number"} without surrounding spaces`);
  if (def.kind === "choice") {
    if (!def.options.includes(text)) throw new ParameterError(name, text, `${describeDomain(def)}${suggestion(text, def.options)}`);
    return text;
  }
  if (!DECIMAL.test(text)) throw new ParameterError(name, text, `${describeDomain(def)}, written as a plain decimal number (e.g. 0.5, 1e-3; no hex, no spaces)`);
  return Number(text);
}

/**
 * The candidates nearest to a mistyped name (edit distance at most a third of its length,
 * at least 2), best first.
 * @example nearestNames("coupled-tsl", ["coupled-tls", "two-site-chain-baths"]) // ["coupled-tls"]
 */
export function nearestNames(value: string, candidates: readonly string[], limit = 3): string[] {
  const budget = Math.max(2, Math.floor(value.length / 3));
  return candidates
    .map((c) => ({ c, d: Math.min(editDistance(value.toLowerCase(), c.toLowerCase()), c.toLowerCase().includes(value.toLowerCase()) && value.length >= 3 ? 1 : Infinity) }))
    .filter((x) => x.d <= budget)
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, limit)
    .map((x) => x.c);
}

/** "; did you mean 'x'?" for a mistyped name, or "". */
export function suggestion(value: string, candidates: readonly string[]): string {
  const near = nearestNames(value, candidates);
  return near.length === 0 ? "" : `; did you mean ${near.map((n) => `'${n}'`).join(" or ")}?`;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** The default sampling window of a real parameter: its explicit sampling, or a decade around the default clipped to the domain. */
export function samplingRange(def: RealParameter): SamplingRange {
  if (def.sampling) return def.sampling;
  const d = def.default;
  if (d > 0 && (def.min === undefined || def.min >= 0)) {
    return { min: Math.max(d / 10, def.min ?? 0) || d / 10, max: Math.min(d * 10, def.max ?? Infinity), scale: "log" };
  }
  const span = Math.max(Math.abs(d), 1);
  return { min: Math.max(d - span, def.min ?? -Infinity), max: Math.min(d + span, def.max ?? Infinity), scale: "linear" };
}
