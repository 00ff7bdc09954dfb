import { SymbolicError } from "../core/errors.js";
import { type Deadline, deadlineAfter, runEngine } from "./engine.js";
import { type Expression, type ExpressionInput, type SymbolicOptions, checkVariableName, expressionFromEngine, toExpression } from "./expression.js";
import { substituteWithin } from "./algebra.js";
import { limitWithin, pointText } from "./limit.js";
import { assertNumericallyEqual } from "./numeric-guard.js";

/**
 * An antiderivative F with dF/d variable = expr, by nerdamer's `integrate` (works for
 * polynomials times exponentials with complex exponents, e.g. x·e^{iax}).
 * Check: the engine's derivative of F is compared numerically with expr (numeric-guard).
 * Throws ParameterError for a bad variable name; SymbolicError when the engine fails,
 * times out, leaves an integrate(…) unevaluated, or F′ differs from expr.
 * @example integrate("x*e^(i*a*x)", "x").toString() // "-a^(-1)*e^(a*i*x)*i*x+a^(-2)*e^(a*i*x)"
 */
export function integrate(expr: ExpressionInput, variable: string, options: SymbolicOptions = {}): Expression {
  const deadline = deadlineAfter(options.timeoutMs);
  checkVariableName(variable, "variable");
  return antiderivative(toExpression(expr, "expr", deadline), variable, deadline);
}

/**
 * ∫_a^b expr d variable = F(b) − F(a) with F from {@link integrate}; a bound ±Infinity
 * (number or text) is done as the engine limit of F there, and a finite bound where F
 * cannot be substituted (e.g. log at 0) also as a limit. nerdamer's own `defint` is not
 * used: it silently returns rational approximations (∫_0^1 e^{−x²} dx → 31610003/42325898)
 * and replaces e by 325368125/119696244 inside exponentials.
 * Limitation: a limit at ∞ that depends on the sign of a parameter (∫_0^∞ e^{−at} dt)
 * cannot be decided by the engine and throws SymbolicError; substitute numbers or do the
 * boundary term by hand (and say so).
 * Throws SymbolicError when the engine fails or times out, as {@link integrate} does.
 * @example definiteIntegral("e^(i*x)", "x", 0, "pi").toString() // "2*i"
 */
export function definiteIntegral(
  expr: ExpressionInput,
  variable: string,
  lower: ExpressionInput,
  upper: ExpressionInput,
  options: SymbolicOptions = {},
): Expression {
  const deadline = deadlineAfter(options.timeoutMs);
  checkVariableName(variable, "variable");
  const e = toExpression(expr, "expr", deadline);
  const a = pointText(lower, deadline);
  const b = pointText(upper, deadline);
  const F = antiderivative(e, variable, deadline);
  const atUpper = boundaryValue(F, variable, b, deadline);
  const atLower = boundaryValue(F, variable, a, deadline);
  const description = `integral of ${e.text} d${variable} from ${a} to ${b}`;
  if (/\bInfinity\b/.test(atUpper.text) || /\bInfinity\b/.test(atLower.text)) {
    throw new SymbolicError("definiteIntegral", description, `the integral diverges: F(${b}) = ${atUpper.text}, F(${a}) = ${atLower.text}`);
  }
  return expressionFromEngine("definiteIntegral", description, runEngine("expand", [`(${atUpper.text})-(${atLower.text})`], description, deadline));
}

function antiderivative(e: Expression, variable: string, deadline: Deadline): Expression {
  const F = expressionFromEngine("integrate", e.text, runEngine("integrate", [e.text, variable], e.text, deadline));
  const derivative = expressionFromEngine("integrate", e.text, runEngine("diff", [F.text, variable, 1], F.text, deadline));
  assertNumericallyEqual("integrate (derivative of the antiderivative)", e, derivative);
  return F;
}

function boundaryValue(F: Expression, variable: string, at: string, deadline: Deadline): Expression {
  if (at === "Infinity" || at === "-Infinity") return limitWithin(F, variable, at, deadline);
  try {
    return substituteWithin(F, { [variable]: at }, deadline);
  } catch (error) {
    if (!(error instanceof SymbolicError) || /timed out/.test(error.message)) throw error;
    return limitWithin(F, variable, at, deadline);
  }
}
