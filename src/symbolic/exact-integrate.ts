import type { MathNode } from "mathjs";
import { SymbolicError } from "../core/errors.js";
import { stepMeter } from "./exact-budget.js";
import { GaussianRational, Polynomial, Rational, normalForm, zeroTest, type WorkMeter } from "./exact/index.js";
import { math, parseTree } from "./syntax-tree.js";

/**
 * Exact antiderivatives of exponential polynomials in one variable (symbolic/exact):
 * for an integrand N/D whose numerator is Σ_k c_k(s)·e^{a_k s + b_k} (c_k polynomial in s,
 * exponents linear in s) and whose denominator D does not contain s,
 *   ∫ c(s)·e^{as+b} ds = e^{as+b} Σ_{j=0}^{deg c} (−1)^j c^{(j)}(s)/a^{j+1}   (a ≠ 0),
 *   ∫ c(s)·e^{b} ds   = e^{b}·C(s), C′ = c                                   (a = 0),
 * the standard integration by parts, done in exact polynomial arithmetic. The result is
 * checked exactly: d/ds of it, written over a common denominator, minus the integrand is
 * identically 0 (exact zero test). No engine heuristics and no time limit: the cost is
 * counted against a work budget.
 * Returns undefined when the integrand is not of that form (an exponent nonlinear in s, s
 * in a denominator, s inside an opaque atom), so that the caller can use the engine.
 */

/**
 * The antiderivative text of `text` in `variable` (see the module doc), or undefined when the
 * integrand is not an exponential polynomial in `variable` over an s-free denominator.
 * Throws SymbolicError when the exact check of the result fails (an internal error),
 * UndecidedError (WorkBudgetExceeded) when the work budget is exhausted.
 * @example exactAntiderivative("x*e^(2*x)", "x") // "(2*x-1)*e^(2*x)/4" (in the engine's canonical text)
 */
export function exactAntiderivative(text: string, variable: string): string | undefined {
  const meter = stepMeter(`integrate ${text.slice(0, 80)}`);
  const form = normalForm(text, meter);
  if ([...form.atoms.keys()].some((atom) => mentions(atom, variable))) return undefined;
  const denominator = form.denominator.asPolynomial();
  if (denominator === undefined || denominator.degreeIn(variable) > 0) return undefined;
  const pieces: string[] = [];
  for (const { exponent, coefficient } of form.numerator.terms()) {
    if (exponent.degreeIn(variable) > 1) return undefined;
    if (exponent.generators().some((g) => form.atoms.has(g))) return undefined;
    pieces.push(termAntiderivative(coefficient, exponent, variable, meter));
  }
  if (pieces.length === 0) return "0";
  return `(${pieces.join("+")})/(${denominator.toText()})`;
}

/**
 * The exact check of an antiderivative: (d/ds F − f) is identically 0. `derivative` is
 * the text of d/ds F (differentiated by the caller's engine). Throws SymbolicError when it is not.
 */
export function assertExactAntiderivative(integrand: string, derivative: string, variable: string): void {
  const check = zeroTest(`(${derivative})-(${integrand})`, stepMeter(`integrate: d/d${variable} check`));
  if (check.verdict !== "zero") {
    throw new SymbolicError("integrate", integrand, `the exact antiderivative does not differentiate back to the integrand: ${check.detail}`);
  }
}

/** ∫ c(s)·e^{E} ds for one term (E of degree ≤ 1 in s), as text. */
function termAntiderivative(c: Polynomial, exponent: Polynomial, s: string, meter: WorkMeter): string {
  const exponential = exponent.isZero() ? "1" : `e^(${exponent.toText()})`;
  const a = exponent.coefficientsIn(s)[1];
  if (a === undefined || a.isZero()) {
    // ∫ Σ_k c_k s^k ds = Σ_k c_k s^{k+1}/(k+1)
    const coefficients = c.coefficientsIn(s);
    const terms = coefficients.map((ck, k) =>
      ck.isZero() ? Polynomial.zero() : ck.mul(Polynomial.generator(s).pow(k + 1, meter), meter).scale(GaussianRational.real(Rational.of(1n, BigInt(k + 1)))),
    );
    return `(${Polynomial.sum(terms).toText()})*${exponential}`;
  }
  // e^{E} Σ_j (−1)^j c^{(j)} a^{K−j} / a^{K+1}, K = deg_s c
  const K = c.degreeIn(s);
  let derivative = c;
  const numerator: Polynomial[] = [];
  for (let j = 0; j <= K; j++) {
    const sign = j % 2 === 0 ? derivative : derivative.neg();
    numerator.push(sign.mul(a.pow(K - j, meter), meter));
    derivative = derivative.derivative(s);
  }
  return `(${Polynomial.sum(numerator).toText()})*${exponential}/((${a.toText()})^${K + 1})`;
}

function mentions(atom: string, variable: string): boolean {
  let found = false;
  parseTree("integrate", atom).traverse((node: MathNode, path: string, parent: MathNode | null) => {
    if (node.type === "SymbolNode" && !(parent !== null && parent.type === "FunctionNode" && path === "fn") && (node as unknown as { name: string }).name === variable) found = true;
  });
  return found;
}

/** `text` with `variable` replaced by `value` (a tree substitution, read back exactly). */
export function substituteExactly(text: string, variable: string, value: string): string {
  const replacement = parseTree("substitute", value);
  const substituted = parseTree("substitute", text).transform((node: MathNode, path: string, parent: MathNode | null) => {
    if (node.type !== "SymbolNode" || (parent !== null && parent.type === "FunctionNode" && path === "fn")) return node;
    return (node as unknown as { name: string }).name === variable ? new math.ParenthesisNode(replacement) : node;
  });
  return substituted.toString();
}
