import { QthermError } from "../core/errors.js";
import type { ModelDefinition, QuantityDefinition, QuantityValue } from "../core/model.js";
import { suggestion } from "../core/parameters.js";

/**
 * References to a model's quantities from claim files. A quantity is named as
 * `qtherm eval <model>` lists it (names contain '-'); records and arrays are entered with
 * `.field` and `[index]` (0-based) until a number is reached:
 *   heat-current-A            a number
 *   steady-state.re[0][0]     entry (0, 0) of the real part of a complex matrix
 *   observables.Sigma         a field of a record
 *   observables-log-grid.gammaT_1e-2.sigma
 * In `against:` a reference is written as it is; inside formulas as Q(reference), e.g.
 * `-betaA*Q(heat-current-A) - betaB*Q(heat-current-B) >= 0`.
 */

/** A parsed reference: the quantity and the path to a number inside its value. */
export interface QuantityReference {
  /** As written (without Q( )), e.g. "steady-state.re[0][0]". */
  readonly text: string;
  readonly quantity: string;
  readonly path: readonly (string | number)[];
}

const NAME = /^[A-Za-z][A-Za-z0-9-]*/;
const STEP = /^(?:\.([A-Za-z0-9_-]+)|\[\s*(\d+)\s*\])/;

/**
 * Parses "name(.field | [index])*"; returns the reference, or a message saying what is wrong.
 * @example parseQuantityReference("steady-state.re[0][1]") // { text: "steady-state.re[0][1]", quantity: "steady-state", path: ["re", 0, 1] }
 */
export function parseQuantityReference(text: string): QuantityReference | string {
  const trimmed = text.trim();
  const name = NAME.exec(trimmed);
  if (name === null) return `'${text}' is not a quantity reference: write the quantity's name (as 'qtherm eval <model>' lists it), then .field or [index] for records and arrays`;
  const path: (string | number)[] = [];
  let rest = trimmed.slice(name[0].length);
  while (rest.length > 0) {
    const step = STEP.exec(rest);
    if (step === null) return `'${text}' is not a quantity reference: cannot read '${rest}' (after the name, only .field and [index] may follow)`;
    path.push(step[1] !== undefined ? step[1] : Number(step[2]));
    rest = rest.slice(step[0].length);
  }
  return { text: trimmed, quantity: name[0], path };
}

/** The quantity a reference names, or a message listing the model's quantities. */
export function findQuantity(model: ModelDefinition, quantity: string): QuantityDefinition<unknown> | string {
  const q = model.quantities.find((x) => x.name === quantity);
  if (q !== undefined) return q as QuantityDefinition<unknown>;
  const names = model.quantities.map((x) => x.name);
  return `unknown quantity '${quantity}' of ${model.id}${suggestion(quantity, names)} (quantities: ${names.join(", ")}; see 'qtherm eval ${model.id}')`;
}

/**
 * The number a reference addresses in a quantity's value.
 * Throws QthermError saying what the value holds at the step that fails (a record's fields,
 * an array's length) or that the reference stops before a number.
 * @example readLeaf({ re: [[1, 2]], im: [[0, 0]] }, { text: "x.re[0][1]", quantity: "x", path: ["re", 0, 1] }) // 2
 */
export function readLeaf(value: QuantityValue, ref: QuantityReference): number {
  let v: unknown = value;
  let where = ref.quantity;
  for (const step of ref.path) {
    if (typeof step === "number") {
      if (!Array.isArray(v)) throw new QthermError(`${ref.text}: ${where} is ${describeShape(v)}, not a list: [${step}] does not apply`);
      if (step >= v.length) throw new QthermError(`${ref.text}: index ${step} is out of range (${where} has ${v.length} entr${v.length === 1 ? "y" : "ies"}, indices 0…${v.length - 1})`);
      v = v[step];
      where = `${where}[${step}]`;
    } else {
      if (v === null || typeof v !== "object" || Array.isArray(v)) throw new QthermError(`${ref.text}: ${where} is ${describeShape(v)}, not a record: .${step} does not apply`);
      const fields = Object.keys(v);
      if (!Object.hasOwn(v, step)) throw new QthermError(`${ref.text}: ${where} has no field '${step}'${suggestion(step, fields)} (fields: ${fields.join(", ")})`);
      v = (v as Record<string, unknown>)[step];
      where = `${where}.${step}`;
    }
  }
  if (typeof v !== "number") throw new QthermError(`${ref.text}: ${where} is ${describeShape(v)}, not a number; continue the reference, e.g. ${example(ref.text, v)}`);
  return v;
}

/** A value's shape in words: "a number", "a list of 4 entries", "a record with fields re, im". */
export function describeShape(v: unknown): string {
  if (typeof v === "number") return "a number";
  if (typeof v === "string") return `the text ${JSON.stringify(v)}`;
  if (Array.isArray(v)) return `a list of ${v.length} entr${v.length === 1 ? "y" : "ies"}`;
  if (v !== null && typeof v === "object") return `a record with fields ${Object.keys(v).join(", ")}`;
  return String(v);
}

function example(text: string, v: unknown): string {
  let out = text;
  let x = v;
  for (let depth = 0; depth < 6 && typeof x !== "number"; depth++) {
    if (Array.isArray(x) && x.length > 0) {
      out += "[0]";
      x = x[0];
    } else if (x !== null && typeof x === "object" && !Array.isArray(x)) {
      const field = Object.keys(x).find((k) => typeof (x as Record<string, unknown>)[k] !== "string");
      if (field === undefined) break;
      out += `.${field}`;
      x = (x as Record<string, unknown>)[field];
    } else break;
  }
  return out;
}

/** Q(reference) inside a formula: everything up to the matching ')'. */
const Q_CALL = /\bQ\(([^()]*)\)/g;

/** The placeholder symbol that stands for a reference in a formula's text (reserved: users may not name symbols Qref…). */
export const PLACEHOLDER_PREFIX = "Qref";

/**
 * Replaces every Q(reference) of a formula with a placeholder symbol (Qref0, Qref1, …, one
 * per distinct reference, shared through `placeholders`), so that the formula can be parsed
 * and compiled. Returns the text and the references it used, or a message for a malformed
 * reference.
 * @example replaceQuantityReferences("-betaA*Q(heat-current-A)", new Map()).text // "-betaA*Qref0"
 */
export function replaceQuantityReferences(text: string, placeholders: Map<string, { readonly symbol: string; readonly reference: QuantityReference }>): { text: string; references: QuantityReference[] } | string {
  const used: QuantityReference[] = [];
  let problem: string | undefined;
  const replaced = text.replace(Q_CALL, (_all, inner: string) => {
    const ref = parseQuantityReference(inner);
    if (typeof ref === "string") {
      problem ??= ref;
      return "0";
    }
    let entry = placeholders.get(ref.text);
    if (entry === undefined) {
      entry = { symbol: `${PLACEHOLDER_PREFIX}${placeholders.size}`, reference: ref };
      placeholders.set(ref.text, entry);
    }
    if (!used.some((u) => u.text === ref.text)) used.push(ref);
    return ` ${entry.symbol} `;
  });
  if (problem !== undefined) return problem;
  if (/\bQ\(/.test(replaced)) return "a Q( … ) reference that is not closed, or contains parentheses: write Q(quantity-name.field[index])";
  return { text: replaced, references: used };
}

/**
 * Evaluates quantities at parameter points, keeping the last few values of each quantity
 * (one sample's formula and reference often ask for the same quantity, and the pre-flight
 * check evaluates at a point the run may visit again).
 */
export class QuantityEvaluator {
  private readonly cache = new Map<string, Map<string, QuantityValue>>();

  constructor(private readonly model: ModelDefinition) {}

  /** The value of a quantity at validated parameters. Throws what the quantity throws. */
  value(quantity: string, params: Readonly<Record<string, unknown>>): QuantityValue {
    const key = JSON.stringify(params);
    let values = this.cache.get(quantity);
    if (values === undefined) {
      values = new Map();
      this.cache.set(quantity, values);
    }
    const hit = values.get(key);
    if (hit !== undefined) return hit;
    const definition = this.model.quantities.find((q) => q.name === quantity);
    if (definition === undefined) throw new QthermError(`unknown quantity '${quantity}' of ${this.model.id}`);
    const value = definition.evaluate(params);
    if (values.size >= 4) values.delete(values.keys().next().value as string);
    values.set(key, value);
    return value;
  }

  /** The number a reference addresses at validated parameters. */
  number(ref: QuantityReference, params: Readonly<Record<string, unknown>>): number {
    return readLeaf(this.value(ref.quantity, params), ref);
  }
}

/** A formula's text with its placeholders written back as Q(reference), for labels. */
export function restoreQuantityReferences(text: string, placeholders: ReadonlyMap<string, { readonly symbol: string; readonly reference: QuantityReference }>): string {
  const bySymbol = new Map([...placeholders.values()].map((e) => [e.symbol, e.reference.text]));
  return text.replace(new RegExp(`\\b${PLACEHOLDER_PREFIX}\\d+\\b`, "g"), (s) => (bySymbol.has(s) ? `Q(${bySymbol.get(s)})` : s));
}
