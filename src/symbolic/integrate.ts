import { SymbolicError } from "../core/errors.js";
import { exactExpandText } from "./algebra.js";
import { runEngine } from "./engine.js";
import { Expression, type ExpressionInput, type SymbolicOptions, checkVariableName, expressionFromEngine, toExpression } from "./expression.js";
import { substituteWithin } from "./algebra.js";
import { limitWithin, pointText } from "./limit.js";
import { assertNumericallyEqual } from "./numeric-guard.js";
import { assertExactAntiderivative, exactAntiderivative, substituteExactly } from "./exact-integrate.js";
import { normalForm } from "./exact/index.js";

/**
 * An antiderivative F with dF/d variable = expr: exactly (exact-integrate.ts) when expr is
 * an exponential polynomial in the variable over a denominator free of it — checked
 * exactly, (dF/ds − expr) ≡ 0 — else by nerdamer's `integrate`, whose result is checked by
 * comparing the engine's derivative of F numerically with expr (numeric-guard).
 * Throws ParameterError for a bad variable name; SymbolicError when the engine fails,
 * times out, leaves an integrate(…) unevaluated, or F′ differs from expr.
 * @example integrate("x*e^(i*a*x)", "x").toString() // "((-i*a*x+1)*e^(i*a*x))/(a^2)"
 */
export function integrate(expr: ExpressionInput, variable: string, options: SymbolicOptions = {}): Expression {
  checkVariableName(variable, "variable");
  return antiderivative(toExpression(expr, "expr"), variable);
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
  checkVariableName(variable, "variable");
  const e = toExpression(expr, "expr");
  const a = pointText(lower);
  const b = pointText(upper);
  const F = antiderivative(e, variable);
  const finite = (x: string) => x !== "Infinity" && x !== "-Infinity";
  const atomFree = (x: string) => normalForm(x).atoms.size === 0;
  if (exactAntiderivative(e.text, variable) !== undefined && finite(a) && finite(b) && atomFree(a) && atomFree(b)) {
    // exact path: F(b) − F(a) by tree substitution, expanded exactly
    return new Expression(exactExpandText(`(${substituteExactly(F.text, variable, b)})-(${substituteExactly(F.text, variable, a)})`));
  }
  const atUpper = boundaryValue(F, variable, b);
  const atLower = boundaryValue(F, variable, a);
  const description = `integral of ${e.text} d${variable} from ${a} to ${b}`;
  if (/\bInfinity\b/.test(atUpper.text) || /\bInfinity\b/.test(atLower.text)) {
    throw new SymbolicError("definiteIntegral", description, `the integral diverges: F(${b}) = ${atUpper.text}, F(${a}) = ${atLower.text}`);
  }
  return new Expression(exactExpandText(`(${atUpper.text})-(${atLower.text})`));
}

function antiderivative(e: Expression, variable: string): Expression {
  const exact = exactAntiderivative(e.text, variable);
  if (exact !== undefined) {
    const F = new Expression(exactExpandText(exact));
    const derivative = expressionFromEngine("integrate", e.text, runEngine("diff", [F.text, variable, 1], F.text));
    assertExactAntiderivative(e.text, derivative.text, variable);
    return F;
  }
  const F = expressionFromEngine("integrate", e.text, runEngine("integrate", [e.text, variable], e.text));
  const derivative = expressionFromEngine("integrate", e.text, runEngine("diff", [F.text, variable, 1], F.text));
  assertNumericallyEqual("integrate (derivative of the antiderivative)", e, derivative);
  return F;
}

function boundaryValue(F: Expression, variable: string, at: string): Expression {
  if (at === "Infinity" || at === "-Infinity") return limitWithin(F, variable, at);
  try {
    return substituteWithin(F, { [variable]: at });
  } catch (error) {
    if (!(error instanceof SymbolicError) || /timed out/.test(error.message)) throw error;
    return limitWithin(F, variable, at);
  }
}
