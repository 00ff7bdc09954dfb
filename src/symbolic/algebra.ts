import { ParameterError, SymbolicError } from "../core/errors.js";
import { runEngine } from "./engine.js";
import {
  Expression,
  type ExpressionInput,
  type SymbolicOptions,
  checkVariableName,
  checkedText,
  expressionFromEngine,
  toExpression,
} from "./expression.js";
import { assertNumericallyEqual, assertSubstitutionConsistent } from "./numeric-guard.js";
import { replaceSpecialValues } from "./special-values.js";
import { stepMeter } from "./exact-budget.js";
import { Polynomial, cancel, normalForm } from "./exact/index.js";

/**
 * The elementary operations: parse, substitute, differentiate, simplify, factor, list
 * variables — each one nerdamer call under the engine's load-independent input budget and
 * its guard against a hung engine, with the result checked for garbage (see checkedText) —
 * and expand, done by exact arithmetic (symbolic/exact). The value-preserving ones
 * (expand, simplify, factor) are compared numerically with the input at a few points
 * (numeric-guard.ts). All are synchronous.
 */

/**
 * Parses text into an Expression in the engine's normal form.
 * Throws ParameterError for an empty string or an equation, SymbolicError (naming the
 * text) when nerdamer cannot parse it or returns garbage.
 * @example parse("x*x + 2*x + 1").toString() // "1+2*x+x^2"
 */
export function parse(text: string, options: SymbolicOptions = {}): Expression {
  if (typeof text !== "string") throw new ParameterError("text", text, "an expression string");
  return toExpression(text, "text");
}

/**
 * Substitutes expressions or numbers for variables, simultaneously
 * (substitute("x+y", {x: "y", y: "x"}) is "x+y"). Values of elementary functions at 0
 * that nerdamer leaves standing (sinh(0), cosh(0), tan(0), …) are replaced by their exact
 * values (special-values.ts). Check: the result is compared numerically with the input
 * evaluated at the substituted values (other variables at sample points); a point where
 * the input is singular but the engine returned a finite value is an error — nerdamer
 * returns 0 for x·coth(x) at x = 0, whose value there is undefined (the limit is 1).
 * Throws ParameterError for an invalid variable name or a non-finite number; SymbolicError
 * when the engine fails (e.g. "Division by zero not allowed!" for 1/x at x = 0), the
 * result contains a function infinite at 0 (coth(0), log(0), …), or the check fails.
 * @example substitute("x^2+y", { x: "a+1" }).toString() // "(1+a)^2+y"
 */
export function substitute(expr: ExpressionInput, values: Readonly<Record<string, ExpressionInput>>, options: SymbolicOptions = {}): Expression {
  const e = toExpression(expr, "expr");
  if (values === null || typeof values !== "object") throw new ParameterError("values", values, "an object { variable: expression or number }");
  const substitutions: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    checkVariableName(name, "values key");
    substitutions[name] = toExpression(value, `values.${name}`).text;
  }
  if (Object.keys(substitutions).length === 0) return e;
  const result = substituteWithin(e, substitutions);
  assertSubstitutionConsistent(e, substitutions, result);
  return result;
}

/**
 * Engine substitution with exact special values and no numeric check (for internal use
 * where the caller checks). Throws SymbolicError like {@link substitute}.
 */
export function substituteWithin(e: Expression, substitutions: Readonly<Record<string, string>>): Expression {
  const raw = checkedText("substitute", e.text, runEngine("substitute", [e.text, substitutions], e.text));
  const special = replaceSpecialValues(raw);
  if (special.infinite !== undefined) {
    throw new SymbolicError("substitute", e.text, `the result '${raw.slice(0, 160)}' contains ${special.infinite}, which is infinite`);
  }
  if (!special.changed) return new Expression(raw);
  return expressionFromEngine("substitute", e.text, runEngine("parse", [special.text], e.text));
}

/**
 * The `order`-th derivative d^n expr / d variable^n (order 0 returns expr).
 * Throws ParameterError for a bad variable name or an order that is not an integer ≥ 0;
 * SymbolicError when the engine fails or leaves a diff(…) unevaluated.
 * @example differentiate("sin(x)*e^x", "x").toString() // "cos(x)*e^x+e^x*sin(x)"
 */
export function differentiate(expr: ExpressionInput, variable: string, order = 1, options: SymbolicOptions = {}): Expression {
  checkVariableName(variable, "variable");
  if (!(Number.isInteger(order) && order >= 0)) throw new ParameterError("order", order, "an integer >= 0");
  const e = toExpression(expr, "expr");
  if (order === 0) return e;
  return expressionFromEngine("differentiate", e.text, runEngine("diff", [e.text, variable, order], e.text));
}

/**
 * Expands exactly (symbolic/exact: BigInt-rational polynomial arithmetic, exponentials
 * e^{E} collected by exponent, trigonometric and hyperbolic functions as exponentials,
 * other functions as opaque atoms): a polynomial or exponential polynomial comes out
 * expanded; an expression with a non-constant denominator comes out as
 * "(numerator)/(denominator)", both expanded and (for ordinary polynomials) with their gcd
 * cancelled. The text is canonical (equal inputs give equal
 * text) and checked numerically against the input. Never a time limit: the cost is counted
 * in coefficient operations against a work budget.
 * Throws SymbolicError for text the exact reader cannot read or a result that differs
 * numerically from the input; UndecidedError (WorkBudgetExceeded) when the budget is exhausted.
 * @example expand("(x+1)^3").toString() // "x^3+3*x^2+3*x+1"
 */
export function expand(expr: ExpressionInput, _options: SymbolicOptions = {}): Expression {
  const e = typeof expr === "string" || typeof expr === "number" ? new Expression(String(expr)) : expr;
  if (typeof expr === "string" && expr.trim() === "") throw new ParameterError("expr", expr, "a non-empty expression");
  const result = new Expression(exactExpandText(e.text));
  assertNumericallyEqual("expand", e, result);
  return result;
}

/** The exact expansion of a text (see {@link expand}), without the numeric check. */
export function exactExpandText(text: string): string {
  const meter = stepMeter(`expand ${text.slice(0, 80)}`);
  const form = cancel(normalForm(text, meter), meter);
  let numerator = form.numerator;
  let denominator = form.denominator;
  const polynomialDenominator = denominator.asPolynomial();
  if (polynomialDenominator !== undefined && polynomialDenominator.isConstant()) {
    const c = polynomialDenominator.constantValue()!;
    return numerator.scale(Polynomial.constant(c.inverse())).toText();
  }
  if (polynomialDenominator !== undefined && polynomialDenominator.leadingCoefficient().printSign < 0) {
    numerator = numerator.neg();
    denominator = denominator.neg();
  }
  return `(${numerator.toText()})/(${denominator.toText()})`;
}

/**
 * nerdamer's general simplification. Can run for minutes on nested rational expressions
 * — keep the time limit short and prefer expand / rationalForm. Throws SymbolicError on
 * engine failure, timeout or a result that differs numerically from the input.
 * @example simplify("(x^2-1)/(x-1)").toString() // "1+x"
 */
export function simplify(expr: ExpressionInput, options: SymbolicOptions = {}): Expression {
  return valuePreserving("simplify", "simplify", expr, options);
}

/**
 * Factors a polynomial (over the rationals). Slow on large multivariate polynomials
 * (a 64-term cubic in 12 variables takes ~13 s). Throws SymbolicError on engine failure,
 * timeout or a result that differs numerically from the input.
 * @example factor("x^2-1").toString() // "(-1+x)*(1+x)"
 */
export function factor(expr: ExpressionInput, options: SymbolicOptions = {}): Expression {
  return valuePreserving("factor", "factor", expr, options);
}

/**
 * The free variables of an expression, sorted (constants e, pi, i excluded).
 * Throws SymbolicError on engine failure.
 * @example variables("z*b + a*y + x") // ["a", "b", "x", "y", "z"]
 */
export function variables(expr: ExpressionInput, options: SymbolicOptions = {}): string[] {
  const e = toExpression(expr, "expr");
  const names = runEngine("variables", [e.text], e.text);
  if (!Array.isArray(names) || !names.every((n) => typeof n === "string")) {
    throw new SymbolicError("variables", e.text, `engine returned ${JSON.stringify(names)} instead of a list of names`);
  }
  return [...(names as string[])].sort();
}

function valuePreserving(operation: "simplify" | "factor", name: string, expr: ExpressionInput, options: SymbolicOptions): Expression {
  const e = toExpression(expr, "expr");
  const result = expressionFromEngine(name, e.text, runEngine(operation, [e.text], e.text));
  assertNumericallyEqual(name, e, result);
  return result;
}
