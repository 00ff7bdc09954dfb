import { divideExactWith } from "./divide-exact.js";
import { ExponentialPolynomial } from "./exponential-polynomial.js";
import { gcdWith } from "./gcd.js";
import { gcdBig } from "./big-integer.js";
import { GaussianRational } from "./gaussian-rational.js";
import { type Polynomial, integerForm } from "./polynomial.js";
import { Rational } from "./rational.js";
import type { ExactFraction } from "./normal-form.js";
import { type WorkLimit, workMeter } from "./work-budget.js";

/** {@link cancel}'s result: the reduced fraction and the work it took. */
export interface CancelledFraction extends ExactFraction {
  /** Coefficient operations charged by this call. */
  readonly work: number;
}

/**
 * A fraction of ordinary polynomials in lowest terms: numerator and denominator divided by
 * their gcd (gcd.ts), then both divided by the rational content of the denominator with
 * the sign of its leading coefficient, so that the denominator has coprime integer
 * coefficients and a positive leading coefficient (re > 0, or re = 0 and im > 0); a
 * constant denominator becomes 1. Fractions with exponentials are returned unchanged (work 0).
 * Throws WorkBudgetExceeded when the budget is exhausted.
 * @example cancel(normalForm("(x^2-1)/(1-x)")).numerator.toText() // "-x-1"
 */
export function cancel(fraction: ExactFraction, limit?: WorkLimit): CancelledFraction {
  const meter = workMeter(limit);
  const start = meter.work;
  const n = fraction.numerator.asPolynomial();
  const d = fraction.denominator.asPolynomial();
  const atoms = fraction.atoms;
  if (n === undefined || d === undefined) return { numerator: fraction.numerator, denominator: fraction.denominator, atoms, work: 0 };
  const g = gcdWith(n, d, meter);
  let num: Polynomial = g.isConstant() ? n : (divideExactWith(n, g, meter) as Polynomial);
  let den: Polynomial = g.isConstant() ? d : (divideExactWith(d, g, meter) as Polynomial);
  // the denominator primitive (coprime integer coefficients) with a positive leading coefficient
  const unit = denominatorContent(den);
  if (!unit.isOne()) {
    num = num.scale(unit.inverse());
    den = den.scale(unit.inverse());
  }
  return { numerator: ExponentialPolynomial.fromPolynomial(num), denominator: ExponentialPolynomial.fromPolynomial(den), atoms, work: meter.work - start };
}

/** The rational content of p (gcd of the integer parts over the common denominator) with the print sign of its leading coefficient. */
function denominatorContent(p: Polynomial): GaussianRational {
  const form = integerForm(p);
  let g = 0n;
  for (const v of form.re) g = gcdBig(g, v);
  if (form.im !== null) for (const v of form.im) g = gcdBig(g, v);
  const content = Rational.of(g, form.den);
  return GaussianRational.real(p.leadingCoefficient().printSign < 0 ? content.neg() : content);
}
