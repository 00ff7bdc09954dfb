import { ParameterError } from "./errors.js";

/**
 * How a claim is judged, as data (DESIGN §1). A claim declares one criterion; its
 * evidence returns a measurement (core/measurement.ts), never a verdict; one judge
 * (evidence/judge.ts) applies exactly the declared criterion. Every criterion carries the
 * physics or numerics that sets its numbers (`reason`), and {@link describeCriterion}
 * prints exactly what the judge uses — the report shows the criterion that decided.
 *
 * Build criteria with the constructors below: they validate their numbers and reasons
 * and throw ParameterError naming the field.
 */

/** |actual − expected| ≤ atol + rtol·max(|actual|, |expected|) for every pair (moduli for complex values). */
export interface CloseCriterion {
  readonly kind: "close";
  readonly rtol: number;
  readonly atol: number;
  readonly reason: string;
}

/**
 * A fitted order of convergence p of errors along h → 0 (least squares of log error
 * against log h): |p − expected| ≤ window; with `monotone`, the errors must also decrease
 * strictly as h decreases.
 */
export interface OrderCriterion {
  readonly kind: "order";
  readonly expected: number;
  readonly window: number;
  readonly monotone: boolean;
  readonly reason: string;
}

/** A value below (at most) or above (at least) a limit. */
export interface BoundCriterion {
  readonly kind: "bound";
  readonly side: "at-most" | "at-least";
  readonly limit: number;
  readonly reason: string;
}

/**
 * The sign of a value, with a round-off allowance relative to a scale the evidence
 * states: "non-negative" holds when value ≥ −slack·scale, "positive" when value >
 * slack·scale, "non-positive" when value ≤ slack·scale, "negative" when value <
 * −slack·scale, "zero" when |value| ≤ slack·scale.
 */
export interface SignCriterion {
  readonly kind: "sign";
  readonly sign: "positive" | "non-negative" | "negative" | "non-positive" | "zero";
  readonly slack: number;
  readonly reason: string;
}

/** Two quantities agree within a factor: max(a/b, b/a) ≤ factor (both of one sign, nonzero). */
export interface FactorCriterion {
  readonly kind: "factor";
  readonly factor: number;
  readonly reason: string;
}

/**
 * A sequence is monotone in its abscissa: every step y_{k+1} − y_k has the stated sign,
 * allowing −slack·scale for round-off ("increasing") or +slack·scale ("decreasing").
 */
export interface MonotoneCriterion {
  readonly kind: "monotone";
  readonly direction: "increasing" | "decreasing";
  readonly slack: number;
  readonly reason: string;
}

/**
 * A symbolic identity a = b, decided twice: by exact algebra / the engine (a − b is 0)
 * and by numeric evaluation at seeded points within `numeric`. Both must say equal for
 * 'holds'; the engine saying nonzero or the numbers disagreeing is 'fails'; an engine
 * that cannot decide is 'undecided' (the numeric half is still reported); an engine that
 * says zero while the numbers disagree is an 'error' (one evaluator is wrong).
 */
export interface IdentityCriterion {
  readonly kind: "identity";
  readonly numeric: { readonly rtol: number; readonly atol: number };
  readonly reason: string;
}

/** Every named part holds. A part that fails makes the whole fail; else an undecided part makes it undecided. */
export interface AllCriterion {
  readonly kind: "all";
  readonly parts: Readonly<Record<string, Criterion>>;
}

export type Criterion =
  | CloseCriterion
  | OrderCriterion
  | BoundCriterion
  | SignCriterion
  | FactorCriterion
  | MonotoneCriterion
  | IdentityCriterion
  | AllCriterion;

function checkReason(reason: string, where: string): void {
  if (typeof reason !== "string" || reason.trim().length === 0) throw new ParameterError(`${where}.reason`, reason, "a non-empty explanation of the physics or numerics that sets the number");
}

function checkNonNegative(value: number, name: string): void {
  if (!(Number.isFinite(value) && value >= 0)) throw new ParameterError(name, value, "a finite number >= 0");
}

/**
 * |a − b| ≤ atol + rtol·max(|a|, |b|). Throws ParameterError for negative or non-finite
 * tolerances, both zero, or an empty reason.
 * @example describeCriterion(close({ rtol: 1e-9, atol: 0, reason: "round-off" })) // "|Δ| ≤ 1e-9·max(|a|,|b|)"
 */
export function close(spec: { readonly rtol?: number; readonly atol?: number; readonly reason: string }): CloseCriterion {
  const rtol = spec.rtol ?? 0;
  const atol = spec.atol ?? 0;
  checkNonNegative(rtol, "close.rtol");
  checkNonNegative(atol, "close.atol");
  if (rtol === 0 && atol === 0) throw new ParameterError("close.rtol, close.atol", [rtol, atol], "at least one of them > 0");
  checkReason(spec.reason, "close");
  return Object.freeze({ kind: "close", rtol, atol, reason: spec.reason });
}

/**
 * Fitted order within expected ± window (and strictly decreasing errors with `monotone`).
 * Throws ParameterError for a non-finite expected order, a window ≤ 0 or an empty reason.
 * @example describeCriterion(order({ expected: 1, window: 0.15, reason: "…" })) // "order 1.00 ± 0.15"
 */
export function order(spec: { readonly expected: number; readonly window: number; readonly monotone?: boolean; readonly reason: string }): OrderCriterion {
  if (!Number.isFinite(spec.expected)) throw new ParameterError("order.expected", spec.expected, "a finite number");
  if (!(Number.isFinite(spec.window) && spec.window > 0)) throw new ParameterError("order.window", spec.window, "a finite number > 0");
  checkReason(spec.reason, "order");
  return Object.freeze({ kind: "order", expected: spec.expected, window: spec.window, monotone: spec.monotone ?? false, reason: spec.reason });
}

/**
 * value ≤ limit (`atMost`) or value ≥ limit (`atLeast`); exactly one of them.
 * Throws ParameterError when neither or both are given, the limit is not finite, or the reason is empty.
 * @example describeCriterion(bound({ atMost: 0.02, reason: "…" })) // "≤ 0.02"
 */
export function bound(spec: { readonly atMost?: number; readonly atLeast?: number; readonly reason: string }): BoundCriterion {
  if ((spec.atMost === undefined) === (spec.atLeast === undefined)) throw new ParameterError("bound", spec, "exactly one of atMost, atLeast");
  const limit = (spec.atMost ?? spec.atLeast) as number;
  if (!Number.isFinite(limit)) throw new ParameterError(spec.atMost !== undefined ? "bound.atMost" : "bound.atLeast", limit, "a finite number");
  checkReason(spec.reason, "bound");
  return Object.freeze({ kind: "bound", side: spec.atMost !== undefined ? "at-most" : "at-least", limit, reason: spec.reason });
}

/**
 * A sign with a round-off allowance slack·scale (the scale comes with the measurement).
 * Throws ParameterError for a negative or non-finite slack or an empty reason.
 * @example describeCriterion(sign({ sign: "non-negative", slack: 1e-13, reason: "…" })) // "≥ −1e-13·scale"
 */
export function sign(spec: { readonly sign: SignCriterion["sign"]; readonly slack: number; readonly reason: string }): SignCriterion {
  if (!["positive", "non-negative", "negative", "non-positive", "zero"].includes(spec.sign)) throw new ParameterError("sign.sign", spec.sign, "positive, non-negative, negative, non-positive or zero");
  checkNonNegative(spec.slack, "sign.slack");
  checkReason(spec.reason, "sign");
  return Object.freeze({ kind: "sign", sign: spec.sign, slack: spec.slack, reason: spec.reason });
}

/**
 * max(a/b, b/a) ≤ factor. Throws ParameterError for a factor < 1 or an empty reason.
 * @example describeCriterion(factor({ factor: 2, reason: "…" })) // "within a factor 2"
 */
export function factor(spec: { readonly factor: number; readonly reason: string }): FactorCriterion {
  if (!(Number.isFinite(spec.factor) && spec.factor >= 1)) throw new ParameterError("factor.factor", spec.factor, "a finite number >= 1");
  checkReason(spec.reason, "factor");
  return Object.freeze({ kind: "factor", factor: spec.factor, reason: spec.reason });
}

/**
 * Monotone in the abscissa, steps allowed to go the wrong way by at most slack·scale.
 * Throws ParameterError for a bad direction, negative slack or an empty reason.
 * @example describeCriterion(monotone({ direction: "decreasing", slack: 0, reason: "…" })) // "decreasing"
 */
export function monotone(spec: { readonly direction: MonotoneCriterion["direction"]; readonly slack?: number; readonly reason: string }): MonotoneCriterion {
  if (spec.direction !== "increasing" && spec.direction !== "decreasing") throw new ParameterError("monotone.direction", spec.direction, "increasing or decreasing");
  const slack = spec.slack ?? 0;
  checkNonNegative(slack, "monotone.slack");
  checkReason(spec.reason, "monotone");
  return Object.freeze({ kind: "monotone", direction: spec.direction, slack, reason: spec.reason });
}

/**
 * A symbolic identity: the engine finds a − b = 0 and the numeric spot checks agree within
 * rtol/atol. Throws ParameterError like {@link close}.
 * @example describeCriterion(identity({ rtol: 1e-10, reason: "…" })) // "engine: a − b = 0; numeric |Δ| ≤ 1e-10·max(|a|,|b|)"
 */
export function identity(spec: { readonly rtol?: number; readonly atol?: number; readonly reason: string }): IdentityCriterion {
  const numeric = close({ rtol: spec.rtol, atol: spec.atol, reason: spec.reason });
  return Object.freeze({ kind: "identity", numeric: Object.freeze({ rtol: numeric.rtol, atol: numeric.atol }), reason: spec.reason });
}

/**
 * All named parts must hold. Throws ParameterError for no parts or a part name that is
 * not a short identifier.
 * @example describeCriterion(all({ order: order({ expected: 1, window: 0.1, reason: "…" }), final: bound({ atMost: 1e-3, reason: "…" }) })) // "order: order 1.00 ± 0.10; final: ≤ 0.001"
 */
export function all(parts: Readonly<Record<string, Criterion>>): AllCriterion {
  const names = Object.keys(parts);
  if (names.length === 0) throw new ParameterError("all", parts, "at least one named part");
  for (const name of names) if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(name)) throw new ParameterError("all part name", name, "a short identifier (letters, digits, '-')");
  return Object.freeze({ kind: "all", parts: Object.freeze({ ...parts }) });
}

/** A number as the criterion tables print it: shortest exact form for round numbers, else 3 significant digits. */
export function formatLimit(x: number): string {
  if (x === 0) return "0";
  const abs = Math.abs(x);
  if (abs >= 1e-3 && abs < 1e5) return String(Number(x.toPrecision(3)));
  const [mantissa, exponent] = x.toExponential(2).split("e");
  const m = String(Number(mantissa));
  return `${m === "1" ? "1" : m}e${Number(exponent)}`;
}

/**
 * The criterion as one line of text: exactly the rule the judge applies, with its numbers.
 * @example describeCriterion(close({ atol: 1e-12, reason: "…" })) // "|Δ| ≤ 1e-12"
 */
export function describeCriterion(c: Criterion): string {
  switch (c.kind) {
    case "close":
      return closeText(c.rtol, c.atol);
    case "order":
      return `order ${c.expected.toFixed(2)} ± ${c.window.toFixed(2)}${c.monotone ? ", errors strictly decreasing" : ""}`;
    case "bound":
      return `${c.side === "at-most" ? "≤" : "≥"} ${formatLimit(c.limit)}`;
    case "sign": {
      const s = c.slack === 0 ? "0" : `${formatLimit(c.slack)}·scale`;
      switch (c.sign) {
        case "non-negative":
          return c.slack === 0 ? "≥ 0" : `≥ −${s}`;
        case "positive":
          return `> ${s}`;
        case "non-positive":
          return c.slack === 0 ? "≤ 0" : `≤ ${s}`;
        case "negative":
          return c.slack === 0 ? "< 0" : `< −${s}`;
        case "zero":
          return `|x| ≤ ${s}`;
      }
      break;
    }
    case "factor":
      return `within a factor ${formatLimit(c.factor)}`;
    case "monotone":
      return c.slack === 0 ? c.direction : `${c.direction} (steps allowed ${formatLimit(c.slack)}·scale the other way)`;
    case "identity":
      return `engine: a − b = 0; numeric ${closeText(c.numeric.rtol, c.numeric.atol)}`;
    case "all":
      return Object.entries(c.parts)
        .map(([name, part]) => `${name}: ${describeCriterion(part)}`)
        .join("; ");
  }
  throw new ParameterError("criterion.kind", (c as { kind: unknown }).kind, "a known criterion kind");
}

function closeText(rtol: number, atol: number): string {
  if (rtol === 0) return `|Δ| ≤ ${formatLimit(atol)}`;
  if (atol === 0) return `|Δ| ≤ ${formatLimit(rtol)}·max(|a|,|b|)`;
  return `|Δ| ≤ ${formatLimit(atol)} + ${formatLimit(rtol)}·max(|a|,|b|)`;
}

/** Every reason of a criterion (one per part for `all`), for the claims table. */
export function criterionReasons(c: Criterion): string[] {
  return c.kind === "all" ? Object.entries(c.parts).flatMap(([name, part]) => criterionReasons(part).map((r) => `${name}: ${r}`)) : [c.reason];
}
