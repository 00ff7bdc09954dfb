import { SymbolicError } from "../core/errors.js";
import { compileComplex } from "./compile.js";
import { runEngine } from "./engine.js";
import { Expression, checkedText, toExpression } from "./expression.js";
import { rationalFormWithin } from "./rational-form.js";
import { freeSymbols, isPolynomialIn, parseTree } from "./syntax-tree.js";

/**
 * lim_{x→±∞} of a rational function of x, exactly, by degrees and leading coefficients:
 * with N(x) = Σ n_k x^k of degree p and D(x) = Σ d_k x^k of degree q (coefficients from the
 * engine's `coeffs`, free of x but possibly symbolic),
 *   p < q → 0,  p = q → n_p/d_q,  p > q → sign(n_p/d_q)·(±1)^{p−q}·∞.
 * (nerdamer's own limit gets this wrong with symbolic coefficients: it returns 0 for
 * (ax² + 1)/(bx² + x) at ∞.)
 *
 * Returns undefined when expr is not a rational function of x (so the caller uses the
 * engine's limit). Throws SymbolicError when p > q and the sign of n_p/d_q depends on
 * parameters, or when the engine fails.
 */
export function rationalFunctionLimitAtInfinity(e: Expression, variable: string, at: "Infinity" | "-Infinity"): Expression | undefined {
  if (!freeSymbols(parseTree("limit", e.text)).has(variable)) return undefined;
  const { numerator, denominator } = rationalFormWithin(e);
  const polynomial = (x: Expression): boolean => isPolynomialIn(parseTree("limit", x.text), variable);
  if (!polynomial(numerator) || !polynomial(denominator)) return undefined;
  const leading = (x: Expression): { degree: number; coefficient: string } => {
    const list = runEngine("coeffs", [x.text, variable], x.text);
    if (!Array.isArray(list) || list.length === 0 || !list.every((c) => typeof c === "string")) {
      throw new SymbolicError("limit", x.text, `engine coeffs returned ${JSON.stringify(list)}`);
    }
    const coefficients = (list as string[]).map((c) => checkedText("limit", x.text, c));
    let degree = coefficients.length - 1;
    while (degree > 0 && coefficients[degree] === "0") degree--;
    return { degree, coefficient: coefficients[degree] };
  };
  const top = leading(numerator);
  const bottom = leading(denominator);
  if (top.coefficient === "0") return toExpression("0", "limit");
  if (top.degree < bottom.degree) return toExpression("0", "limit");
  const ratio = toExpression(`(${top.coefficient})/(${bottom.coefficient})`, "limit");
  if (top.degree === bottom.degree) return ratio;
  const description = `${e.text} as ${variable} -> ${at}`;
  if (freeSymbols(parseTree("limit", ratio.text)).size > 0) {
    throw new SymbolicError("limit", description, `diverges; the sign of the leading ratio ${ratio.text} depends on the parameters`);
  }
  const value = compileComplex(ratio, [])();
  if (value.im !== 0) throw new SymbolicError("limit", description, `diverges along the complex direction of ${ratio.text}`);
  const sign = Math.sign(value.re) * (at === "-Infinity" && (top.degree - bottom.degree) % 2 === 1 ? -1 : 1);
  return new Expression(sign > 0 ? "Infinity" : "-Infinity");
}
