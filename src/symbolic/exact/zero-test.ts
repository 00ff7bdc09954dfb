import { type NormalForm, normalForm } from "./normal-form.js";
import { type WorkLimit, workMeter } from "./work-budget.js";

/** {@link zeroTest}'s answer. */
export interface ZeroTestResult {
  /** 'zero': identically 0; 'nonzero': provably not; 'unknown': the numerator has opaque atoms. */
  readonly verdict: "zero" | "nonzero" | "unknown";
  /** How the verdict was reached. */
  readonly detail: string;
  /** Terms of the numerator over the common denominator (load-independent size). */
  readonly terms: number;
  /** Coefficient operations charged (load-independent cost). */
  readonly work: number;
}

/**
 * Decides whether an expression is identically 0 from its exact normal form N/D
 * (normal-form.ts): N = 0 → 'zero' (exact; also with atoms, which are then merely
 * treated as independent generators); N ≠ 0 without opaque atoms → 'nonzero' (a nonzero
 * exponential polynomial is not the zero function: distinct exponentials are linearly
 * independent over the rational functions); N ≠ 0 with atoms → 'unknown' (relations
 * between atoms, such as sqrt(x)² = x, are not known to the engine).
 * Throws SymbolicError for unreadable text (see normalForm), WorkBudgetExceeded when the budget is exhausted.
 * @example zeroTest("sin(x)^2 + cos(x)^2 - 1").verdict // "zero"
 */
export function zeroTest(text: string, limit?: WorkLimit): ZeroTestResult {
  const meter = workMeter(limit, text);
  const start = meter.work;
  const form: NormalForm = normalForm(text, meter);
  const numerator = form.numerator;
  const work = meter.work - start;
  const terms = numerator.termCount;
  if (numerator.isZero()) {
    return { verdict: "zero", detail: `the numerator over a common denominator is identically 0 (exact normal form, ${work} operations)`, terms, work };
  }
  const atoms = numerator.coefficientGenerators().filter((name) => form.atoms.has(name));
  if (atoms.length === 0) {
    return { verdict: "nonzero", detail: `the numerator over a common denominator is the nonzero exponential polynomial ${truncate(numerator.toText())} (${terms} terms)`, terms, work };
  }
  return {
    verdict: "unknown",
    detail: `the numerator over a common denominator is nonzero (${terms} terms) but contains the opaque atoms ${atoms.map((a) => `'${a}'`).join(", ")}, whose relations are not known`,
    terms,
    work,
  };
}

function truncate(text: string): string {
  return text.length <= 120 ? text : `${text.slice(0, 119)}…`;
}
