import { SymbolicError } from "../../core/errors.js";
import { cancel } from "./cancel.js";
import { ExponentialPolynomial } from "./exponential-polynomial.js";
import { normalForm } from "./normal-form.js";
import { type WorkLimit, WorkMeter, type WorkOptions, workMeter } from "./work-budget.js";

/**
 * An expression expanded exactly: the canonical text of its normal form's numerator
 * (a polynomial or exponential polynomial, atoms as generators), for an expression whose
 * normal form has a constant denominator (divided in; a single exponential e^E in a
 * denominator counts as e^{−E} in the numerator).
 * Throws SymbolicError when the denominator is not constant or the text is unreadable,
 * WorkBudgetExceeded when the budget is exhausted. Pass a WorkMeter to read the work.
 * @example expandToText("(x+1)^3") // "x^3+3*x^2+3*x+1"
 */
export function expandToText(text: string, limit?: WorkLimit): string {
  const form = normalForm(text, workMeter(limit, text));
  if (!form.denominator.equals(ExponentialPolynomial.one())) {
    throw new SymbolicError("expand", text, `the expression has the non-constant denominator ${form.denominator.toText()}`);
  }
  return form.numerator.toText();
}

/** Options of {@link rationalFormText}. */
export interface RationalFormOptions extends WorkOptions {
  /** Divide numerator and denominator by their polynomial gcd (default false). */
  readonly cancel?: boolean;
  /** A meter to charge instead of a fresh one with `budget`. */
  readonly meter?: WorkMeter;
}

/** {@link rationalFormText}'s result. */
export interface RationalFormText {
  /** Expanded canonical text of the numerator. */
  readonly numerator: string;
  /** Expanded canonical text of the denominator ("1" when constant). */
  readonly denominator: string;
  /** Terms of numerator plus denominator (load-independent size). */
  readonly terms: number;
  /** Coefficient operations charged (load-independent cost). */
  readonly work: number;
}

/**
 * An expression over a common denominator, both expanded exactly, as canonical texts; a
 * constant denominator is divided into the numerator; with `cancel`, the polynomial gcd
 * is removed and the denominator's leading sign made positive (see cancel.ts).
 * Throws SymbolicError for unreadable text, WorkBudgetExceeded when the budget is exhausted.
 * @example rationalFormText("(x+1)/(x-1) + 1/y") // { numerator: "x*y+x+y-1", denominator: "x*y-y", terms: 6, work: … }
 */
export function rationalFormText(text: string, options: RationalFormOptions = {}): RationalFormText {
  const meter = options.meter ?? new WorkMeter({ budget: options.budget }, text);
  const start = meter.work;
  let form = normalForm(text, meter);
  if (options.cancel === true) form = { ...cancel(form, meter), work: 0 };
  return {
    numerator: form.numerator.toText(),
    denominator: form.denominator.toText(),
    terms: form.numerator.termCount + form.denominator.termCount,
    work: meter.work - start,
  };
}
