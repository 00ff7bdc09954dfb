import { SymbolicError } from "../core/errors.js";
import { stepMeter } from "./exact-budget.js";
import { rationalFormText } from "./exact/index.js";
import { Expression, type ExpressionInput, type SymbolicOptions, toExpression } from "./expression.js";
import { assertNumericallyEqual } from "./numeric-guard.js";

/**
 * An expression over a common denominator: expr = numerator / denominator, both expanded,
 * computed exactly (symbolic/exact: BigInt-rational polynomials; exponentials collected by
 * exponent, trigonometric and hyperbolic functions written as exponentials, other functions
 * opaque atoms). For ordinary polynomials the gcd of numerator and denominator is cancelled
 * and the denominator's leading sign made positive; a constant denominator is divided into
 * the numerator. The only limit is a work budget of counted operations (never time).
 */
export interface RationalForm {
  readonly numerator: Expression;
  readonly denominator: Expression;
}

/**
 * Writes an expression over a common denominator (see {@link RationalForm}).
 * Throws SymbolicError when the text cannot be read, the denominator is identically 0, or
 * numerator/denominator differs numerically from the input; UndecidedError
 * (WorkBudgetExceeded) when the work budget is exhausted.
 * @example rationalForm("(x+1)/(x-1) + 1/y") // numerator "x*y+x+y-1", denominator "x*y-y"
 */
export function rationalForm(expr: ExpressionInput, _options: SymbolicOptions = {}): RationalForm {
  return rationalFormWithin(toExpression(expr, "expr"));
}

/**
 * The numerator of expr written over a common denominator (expanded).
 * @example numerator("1/(a + 1/b)").toString() // "b"
 */
export function numerator(expr: ExpressionInput, options: SymbolicOptions = {}): Expression {
  return rationalForm(expr, options).numerator;
}

/**
 * The denominator of expr written over a common denominator (expanded).
 * @example denominator("1/(a + 1/b)").toString() // "a*b+1"
 */
export function denominator(expr: ExpressionInput, options: SymbolicOptions = {}): Expression {
  return rationalForm(expr, options).denominator;
}

/** rationalForm of an already parsed expression. */
export function rationalFormWithin(e: Expression): RationalForm {
  const form = rationalFormText(e.text, { meter: stepMeter(`rationalForm ${e.text.slice(0, 80)}`), cancel: true });
  if (form.denominator === "0") throw new SymbolicError("rationalForm", e.text, "the common denominator is identically 0");
  const num = new Expression(form.numerator);
  const den = new Expression(form.denominator);
  assertNumericallyEqual("rationalForm", e, new Expression(`(${num.text})/(${den.text})`));
  return { numerator: num, denominator: den };
}
