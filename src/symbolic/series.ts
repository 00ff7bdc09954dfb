import type { MathNode } from "mathjs";
import { ParameterError, SymbolicError } from "../core/errors.js";
import { seededRandom } from "../numerics/random.js";
import { type ComplexValue, compileComplex } from "./compile.js";
import { exactExpandText } from "./algebra.js";
import { runEngine } from "./engine.js";
import { Expression, type ExpressionInput, type SymbolicOptions, checkVariableName, expressionFromEngine, toExpression } from "./expression.js";
import { substituteWithin } from "./algebra.js";
import { rationalFormWithin } from "./rational-form.js";
import { freeSymbols, magnitudeTree, math, parseTree } from "./syntax-tree.js";

/** A truncated Taylor series expr = Σ_{k=0}^{order} c_k (variable − point)^k + O((variable − point)^{order+1}). */
export interface Series {
  readonly variable: string;
  readonly point: Expression;
  readonly order: number;
  /** c_0 … c_order (expanded, or a quotient of expanded polynomials in the other variables). */
  readonly coefficients: readonly Expression[];
  /** Σ c_k (variable − point)^k, zero terms left out. */
  readonly polynomial: Expression;
  /** 'derivatives': c_k = f⁽ᵏ⁾(point)/k!; 'quotient': series of numerator and denominator divided (removable singularity). */
  readonly method: "derivatives" | "quotient";
}

/** Largest order accepted (derivative expressions grow quickly with the order). */
const MAX_ORDER = 30;
/** Largest order of a zero of the denominator that the quotient route looks for. */
const MAX_ZERO_ORDER = 12;

/** Reciprocal functions rewritten as quotients before the quotient route (coth u = cosh u / sinh u, …). */
const AS_QUOTIENT: Readonly<Record<string, readonly [string | null, string]>> = {
  tan: ["sin", "cos"],
  cot: ["cos", "sin"],
  sec: [null, "cos"],
  csc: [null, "sin"],
  tanh: ["sinh", "cosh"],
  coth: ["cosh", "sinh"],
  sech: [null, "cosh"],
  csch: [null, "sinh"],
};

/**
 * Taylor series of expr in `variable` about `point` up to and including `order`, built by
 * the engine from repeated differentiation and substitution: c_k = f⁽ᵏ⁾(point) / k!.
 *
 * When a derivative cannot be evaluated at the point (mathjs gives NaN/∞ there with the
 * other variables at sample values — e.g. x·coth x at 0, where nerdamer's own substitution
 * silently returns 0 and its limit of the second derivative returns Infinity instead of
 * 2/3), the removable singularity is handled by the quotient route: tan, cot, sec, csc
 * and their hyperbolic versions are rewritten with sin/cos (sinh/cosh), the expression is
 * put over a common denominator N/D (rationalForm), the series of N and D are built by
 * derivatives, and the series are divided: with m the order of the first nonzero
 * coefficient of D (N must vanish to the same order, else there is a pole),
 * q_k = (N_{m+k} − Σ_{j<k} q_j D_{m+k−j}) / D_m.
 * Every substituted value is compared numerically with the compiled derivative at the
 * point (other variables at seeded sample values in [0.35, 1.65]).
 *
 * Throws ParameterError for a bad variable name or order (integer 0…30); SymbolicError
 * when the engine fails or times out, when expr has a pole or branch point at `point`, or
 * when a substituted value disagrees with the numerical evaluation.
 * @example seriesByDerivatives("x*coth(x)", "x", 0, 4).coefficients.map(String) // ["1", "0", "1/3", "0", "-1/45"]
 */
export function seriesByDerivatives(expr: ExpressionInput, variable: string, point: ExpressionInput, order: number, options: SymbolicOptions = {}): Series {
  checkVariableName(variable, "variable");
  if (!(Number.isInteger(order) && order >= 0 && order <= MAX_ORDER)) throw new ParameterError("order", order, `an integer from 0 to ${MAX_ORDER}`);
  const e = toExpression(expr, "expr");
  const p = toExpression(point, "point");
  if (freeSymbols(parseTree("series", p.text)).has(variable)) throw new ParameterError("point", p.text, `an expression free of the variable '${variable}'`);

  let method: Series["method"] = "derivatives";
  let coefficients = taylorCoefficients(e, variable, p, order);
  if (coefficients === undefined) {
    method = "quotient";
    coefficients = quotientCoefficients(e, variable, p, order);
  }
  const shift = p.text === "0" ? variable : `(${variable}-(${p.text}))`;
  const terms = coefficients.flatMap((c, k) => (c.text === "0" ? [] : [k === 0 ? `(${c.text})` : `(${c.text})*${shift}^${k}`]));
  const polynomialText = terms.length === 0 ? "0" : terms.join("+");
  const polynomial = expressionFromEngine("series", e.text, runEngine("parse", [polynomialText], e.text));
  return { variable, point: p, order, coefficients, polynomial, method };
}

/** c_0…c_order by derivatives, or undefined when some derivative is singular at the point. */
function taylorCoefficients(e: Expression, variable: string, p: Expression, order: number): Expression[] | undefined {
  const next = coefficientStream(e, variable, p);
  const coefficients: Expression[] = [];
  for (let k = 0; k <= order; k++) {
    const c = next();
    if (c === undefined) return undefined;
    coefficients.push(c);
  }
  return coefficients;
}

/**
 * Successive Taylor coefficients f⁽ᵏ⁾(point)/k! for k = 0, 1, 2, …; a call returns
 * undefined when the current derivative is singular at the point.
 */
function coefficientStream(e: Expression, variable: string, p: Expression): () => Expression | undefined {
  let derivative: Expression | undefined;
  let k = 0;
  let factorial = 1n; // BigInt: k! is exact beyond 18! as well
  return () => {
    if (derivative === undefined) {
      derivative = e;
    } else {
      derivative = expressionFromEngine("series", e.text, runEngine("diff", [derivative.text, variable, 1], derivative.text));
      k += 1;
      factorial *= BigInt(k);
    }
    const value = valueAtPoint(derivative, variable, p);
    if (value === undefined) return undefined;
    const coefficient = k === 0 ? value.text : `(${value.text})/${factorial}`;
    return new Expression(exactExpandText(coefficient));
  };
}

/**
 * f(point) by engine substitution, cross-checked numerically; undefined when f is not
 * finite at the point (numerically), so that the caller takes the quotient route.
 */
function valueAtPoint(f: Expression, variable: string, p: Expression): Expression | undefined {
  const others = [...new Set([...freeSymbols(parseTree("series", f.text)), ...freeSymbols(parseTree("series", p.text))])].filter((v) => v !== variable).sort();
  const random = seededRandom(0xc0ffee);
  const sample = others.map(() => random.uniform(0.35, 1.65));
  // numeric: f at the point by mathjs; undefined when mathjs cannot evaluate it at all.
  let numeric: ComplexValue | undefined;
  try {
    const pointValue = compileComplex(p, others)(...sample);
    numeric = compileComplex(f, [variable, ...others])(pointValue, ...sample);
  } catch (error) {
    if (error instanceof SymbolicError && error.message.includes("is not finite")) return undefined; // singular at the point
    numeric = undefined;
  }
  let value: Expression;
  try {
    value = substituteWithin(f, { [variable]: p.text });
  } catch (error) {
    if (numeric === undefined && error instanceof SymbolicError && /division by zero|undefined|infinite/i.test(error.message)) return undefined;
    throw error;
  }
  if (numeric !== undefined) {
    let engineValue: ComplexValue;
    try {
      engineValue = compileComplex(value, others)(...sample);
    } catch {
      return value; // engine value not evaluable by mathjs (unknown function): nothing to compare
    }
    const difference = Math.hypot(engineValue.re - numeric.re, engineValue.im - numeric.im);
    const scale = Math.max(Math.hypot(numeric.re, numeric.im), Math.hypot(engineValue.re, engineValue.im));
    // 1e-8: two double-precision evaluations of the same number by different arrangements.
    if (difference > 1e-8 * scale) {
      throw new SymbolicError(
        "series",
        f.text,
        `engine value '${value.text}' at ${variable} = ${p.text} disagrees with the numerical value ` +
          `(${engineValue.re}+${engineValue.im}i vs ${numeric.re}+${numeric.im}i at ${others.map((o, k) => `${o}=${sample[k]}`).join(", ") || "no other variables"})`,
      );
    }
  }
  return value;
}

function quotientCoefficients(e: Expression, variable: string, p: Expression, order: number): Expression[] {
  const rewritten = parseTree("series", e.text).transform((node: MathNode) => {
    if (node.type !== "FunctionNode") return node;
    const { fn, args } = node as unknown as { fn: { name: string }; args: MathNode[] };
    const parts = AS_QUOTIENT[fn.name];
    if (parts === undefined || args.length !== 1) return node;
    const [top, bottom] = parts;
    const numeratorNode = top === null ? new math.ConstantNode(1) : new math.FunctionNode(top, [args[0]]);
    return new math.OperatorNode("/", "divide", [numeratorNode, new math.FunctionNode(bottom, [args[0]])]);
  });
  const quotient = toExpression(rewritten.toString(), "expr");
  const { numerator, denominator } = rationalFormWithin(quotient);
  const fail = (detail: string): never => {
    throw new SymbolicError("series", e.text, `no Taylor series about ${variable} = ${p.text}: ${detail}`);
  };

  const nextDenominator = coefficientStream(denominator, variable, p);
  const d: Expression[] = [];
  while (d.length === 0 || d[d.length - 1].text === "0") {
    if (d.length > MAX_ZERO_ORDER) fail(`the denominator ${denominator.text} vanishes to order > ${MAX_ZERO_ORDER}`);
    const c = nextDenominator();
    if (c === undefined) fail(`the denominator ${denominator.text} is itself singular there`);
    d.push(c as Expression);
  }
  const m = d.length - 1;
  assertNotNumericallyZero(d[m], e, variable, p);
  for (let k = 1; k <= order; k++) {
    const c = nextDenominator();
    if (c === undefined) fail(`the denominator ${denominator.text} is itself singular there`);
    d.push(c as Expression);
  }
  const numeratorCoefficients = taylorCoefficients(numerator, variable, p, m + order);
  if (numeratorCoefficients === undefined) fail(`the numerator ${numerator.text} is singular there`);
  const n = numeratorCoefficients as Expression[];
  const lowest = n.findIndex((c) => c.text !== "0");
  if (lowest >= 0 && lowest < m) fail(`pole of order ${m - lowest} (numerator ${numerator.text} vanishes to order ${lowest}, denominator ${denominator.text} to order ${m})`);

  const q: Expression[] = [];
  for (let k = 0; k <= order; k++) {
    const subtracted = q.map((qj, j) => (d[m + k - j].text === "0" || qj.text === "0" ? "" : `-(${qj.text})*(${d[m + k - j].text})`)).join("");
    const text = `((${n[m + k].text})${subtracted})/(${d[m].text})`;
    q.push(reduceQuotient(toExpression(text, "expr")));
  }
  return q;
}

/** a/b in lowest terms (exact gcd): an expanded polynomial when b divides a, else (expanded a)/(expanded b). */
function reduceQuotient(x: Expression): Expression {
  const { numerator, denominator } = rationalFormWithin(x);
  if (denominator.text === "1") return numerator;
  return new Expression(`(${numerator.text})/(${denominator.text})`);
}

/**
 * Guards the division by the leading denominator coefficient D_m: its text is not "0",
 * but if it evaluates to ~0 (|D_m| ≤ 1e-12 × its rounding scale at every sample point)
 * it is a zero the engine did not recognise, and dividing by it would give garbage.
 */
function assertNotNumericallyZero(c: Expression, e: Expression, variable: string, p: Expression): void {
  const tree = parseTree("series", c.text);
  const names = [...freeSymbols(tree)].sort();
  const random = seededRandom(0xd1);
  let f: (...args: number[]) => ComplexValue;
  let scale: (...args: number[]) => number;
  try {
    f = compileComplex(c, names);
    const magnitude = magnitudeTree(tree).compile();
    scale = (...args) => Number(magnitude.evaluate(new Map<string, unknown>(names.map((n, k) => [n, args[k]]))));
  } catch {
    return;
  }
  for (let trial = 0; trial < 3; trial++) {
    const point = names.map(() => random.uniform(0.35, 1.65));
    try {
      const value = f(...point);
      // 1e-12: far above the rounding of a short constant expression (~1e-16), far below any genuine coefficient.
      if (Math.hypot(value.re, value.im) > 1e-12 * Math.max(scale(...point), 1e-300)) return;
    } catch {
      return;
    }
  }
  throw new SymbolicError("series", e.text, `the leading denominator coefficient '${c.text}' about ${variable} = ${p.text} vanishes numerically but not symbolically; cannot divide`);
}
