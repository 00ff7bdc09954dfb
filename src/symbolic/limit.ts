import type { MathNode } from "mathjs";
import { ParameterError, SymbolicError } from "../core/errors.js";
import { isClose, tolerance } from "../core/tolerance.js";
import { seededRandom } from "../numerics/random.js";
import { compileComplex } from "./compile.js";
import { runEngine } from "./engine.js";
import { type Expression, type ExpressionInput, type SymbolicOptions, checkVariableName, expressionFromEngine, toExpression } from "./expression.js";
import { rationalFunctionLimitAtInfinity } from "./rational-limit.js";
import { replaceSpecialValues } from "./special-values.js";
import { freeSymbols, parseTree } from "./syntax-tree.js";

/** Where a limit is taken: an expression, a finite number, or ±Infinity (number or text). */
export type LimitPoint = ExpressionInput;

/**
 * Numerical approach values are "converged" when the two closest agree to this relative
 * tolerance (and the two sides of a finite point agree too).
 */
const CONVERGED = tolerance(1e-3, 1e-9, "approach values at the two closest sample points agree to 0.1 %");

/**
 * An engine limit is rejected when it differs from converged approach values by more than
 * this: ten times the convergence tolerance, so the approach error left at the closest
 * point (bounded by the spread of the approach values for at least linear convergence)
 * cannot trigger it.
 */
const CONTRADICTS = tolerance(1e-2, 1e-6, "ten times the convergence tolerance of the approach values");

/**
 * lim_{variable → point} expr, by nerdamer's `limit`, with three repairs and one check.
 *
 * - A rational function of the variable at ±∞ is done exactly from degrees and leading
 *   coefficients (rational-limit.ts).
 * - A power u^v whose exponent depends on the variable is done as e^{lim v·log u}
 *   (nerdamer alone returns an unevaluated limit for (1+1/n)^n at ∞, and a rational
 *   approximation of e for (1+x)^(1/x) at 0); a limit −Infinity of v·log u gives 0.
 * - The result may be Infinity or -Infinity (a divergent limit); an interval such as
 *   [-1,1] (no limit, e.g. sin x at ∞) is an error.
 * - The result is compared with expr evaluated (mathjs) at variable = point ± 10⁻⁴,
 *   ±10⁻⁵ (or 10⁵, 10⁶ for ±∞), with any other variables at two seeded sample values in
 *   [0.35, 1.65] (so a result that holds only for negative parameters would be refused). On each side the values either converge (agree to 0.1 %, or shrink ≥ 5× to
 *   below 10⁻³: limit 0), diverge (same sign,
 *   |f| ≥ 10³ and growing ≥ 5× — or overflowing), or are unclear (no check). The engine is
 *   wrong, and SymbolicError is thrown, when it differs by more than 1 % from converged
 *   values, is not the matching ±Infinity of diverging ones, or the two sides of a finite
 *   point disagree (no two-sided limit). Observed nerdamer errors caught this way:
 *   Infinity for lim_{x→0} d²/dx²(x·coth x) = 2/3, −Infinity for lim_{x→∞} e^x − x²,
 *   −Infinity for lim_{x→0} coth x − 1/x = 0, 0 for lim_{x→∞} (ax² + 1)/(bx² + x) = a/b.
 *   Limits from one side only are not supported (nerdamer's limit is two-sided).
 *
 * Throws ParameterError for a bad variable name; SymbolicError when the engine throws,
 * leaves the limit unevaluated, returns an interval, times out, or fails the check.
 * @example limit("sin(x)/x", "x", 0).toString() // "1"
 * @example limit("(1+1/n)^n", "n", Infinity).toString() // "e"
 */
export function limit(expr: ExpressionInput, variable: string, point: LimitPoint, options: SymbolicOptions = {}): Expression {
  checkVariableName(variable, "variable");
  const e = toExpression(expr, "expr");
  const at = pointText(point);
  const result = limitWithin(e, variable, at);
  checkAgainstApproach(e, variable, at, result);
  return result;
}

/** The limit without the numerical check, charged to an existing deadline (at: text of the point). */
export function limitWithin(e: Expression, variable: string, at: string): Expression {
  const power = splitPower(parseTree("limit", e.text));
  if (power !== undefined && freeSymbols(power.exponent).has(variable)) {
    const logForm = toExpression(`(${power.exponent.toString()})*log(${power.base.toString()})`, "expr");
    const exponentLimit = limitWithin(logForm, variable, at);
    if (exponentLimit.text === "Infinity") return exponentLimit;
    if (exponentLimit.text === "-Infinity") return toExpression("0", "expr");
    return toExpression(`e^(${exponentLimit.text})`, "expr");
  }
  if (at === "Infinity" || at === "-Infinity") {
    const rational = rationalFunctionLimitAtInfinity(e, variable, at);
    if (rational !== undefined) return rational;
  }
  const description = `${e.text} as ${variable} -> ${at}`;
  let result = expressionFromEngine("limit", description, runEngine("limit", [e.text, variable, at], description), { allowInfinity: true });
  const special = replaceSpecialValues(result.text);
  if (special.infinite !== undefined) throw new SymbolicError("limit", description, `engine returned '${result.text}', which contains ${special.infinite} (infinite)`);
  if (special.changed) result = toExpression(special.text, "limit");
  if (result.text !== "Infinity" && result.text !== "-Infinity" && freeSymbols(parseTree("limit", result.text)).size === 0) {
    try {
      compileComplex(result, [])();
    } catch (error) {
      if (error instanceof SymbolicError && error.message.includes("is not finite")) {
        throw new SymbolicError("limit", description, `engine returned '${result.text}', which is not a finite number and not ±Infinity`);
      }
    }
  }
  return result;
}

/** Text of a limit point: "Infinity", "-Infinity" or the engine text of an expression. */
export function pointText(point: LimitPoint): string {
  if (point === Infinity || point === "Infinity" || point === "+Infinity") return "Infinity";
  if (point === -Infinity || point === "-Infinity") return "-Infinity";
  if (typeof point === "number" && Number.isNaN(point)) throw new ParameterError("point", point, "a number, ±Infinity or an expression");
  return toExpression(point, "point").text;
}

function splitPower(node: MathNode): { base: MathNode; exponent: MathNode } | undefined {
  let n = node;
  while (n.type === "ParenthesisNode") n = (n as unknown as { content: MathNode }).content;
  if (n.type !== "OperatorNode") return undefined;
  const { op, args } = n as unknown as { op: string; args: MathNode[] };
  return op === "^" && args.length === 2 ? { base: args[0], exponent: args[1] } : undefined;
}

/** What the values of expr do as the variable approaches the point along one side. */
type Approach = { readonly kind: "converges"; readonly value: number } | { readonly kind: "diverges"; readonly sign: 1 | -1 } | { readonly kind: "unclear" };

function checkAgainstApproach(e: Expression, variable: string, at: string, result: Expression): void {
  const tree = parseTree("limit", e.text);
  const pointTree = at === "Infinity" || at === "-Infinity" ? undefined : parseTree("limit", at);
  const resultTree = result.text === "Infinity" || result.text === "-Infinity" ? undefined : parseTree("limit", result.text);
  const parameters = new Set([...freeSymbols(tree), ...(pointTree ? freeSymbols(pointTree) : []), ...(resultTree ? freeSymbols(resultTree) : [])]);
  parameters.delete(variable);
  const names = [...parameters].sort();
  const evaluator = tree.compile();
  const pointEvaluator = pointTree?.compile();
  const resultEvaluator = resultTree?.compile();
  const random = seededRandom(0x11a);
  for (let trial = 0; trial < (names.length === 0 ? 1 : 2); trial++) {
    const sample = new Map<string, number>(names.map((n) => [n, random.uniform(0.35, 1.65)]));
    const p = pointEvaluator === undefined ? (at === "Infinity" ? Infinity : -Infinity) : realValue(pointEvaluator, sample);
    const engineValue = resultEvaluator === undefined ? (result.text === "Infinity" ? Infinity : -Infinity) : realValue(resultEvaluator, sample);
    if (Number.isNaN(p) || Number.isNaN(engineValue)) return; // not real-valued here: no check possible
    const f = (x: number): number => realValue(evaluator, new Map([...sample, [variable, x]]));
    const sides: [number, number][] = Number.isFinite(p)
      ? [
          [p + 1e-4, p + 1e-5],
          [p - 1e-4, p - 1e-5],
        ]
      : [[Math.sign(p) * 1e5, Math.sign(p) * 1e6]];
    const approaches = sides.map(([far, near]) => classify(f(far), f(near)));
    const where = `${Number.isFinite(p) ? `${variable} = ${p} ± 1e-4, ± 1e-5` : `${variable} = ${Math.sign(p) * 1e5}, ${Math.sign(p) * 1e6}`}${names.length > 0 ? ` with ${names.map((n) => `${n} = ${sample.get(n)}`).join(", ")}` : ""}`;
    const fail = (detail: string): never => {
      throw new SymbolicError("limit", `${e.text} as ${variable} -> ${at}`, `engine result '${result.text}' ${detail} (at ${where})`);
    };
    if (approaches.length === 2 && approaches.every((a) => a.kind !== "unclear") && !sameApproach(approaches[0], approaches[1])) {
      fail(`cannot be right: the two-sided limit does not exist (from above the function ${show(approaches[0])}, from below it ${show(approaches[1])})`);
    }
    const approach = approaches.find((a) => a.kind !== "unclear");
    if (approach === undefined) continue;
    if (approach.kind === "converges" && !isClose(engineValue, approach.value, CONTRADICTS)) {
      fail(`(= ${engineValue}) contradicts the numerical approach values, which ${show(approach)}`);
    }
    if (approach.kind === "diverges" && engineValue !== approach.sign * Infinity) {
      fail(`(= ${engineValue}) contradicts the numerical approach values, which ${show(approach)}`);
    }
  }
}

function show(a: Approach): string {
  return a.kind === "converges" ? `converges to ${a.value}` : a.kind === "diverges" ? `diverges to ${a.sign > 0 ? "+" : "-"}Infinity` : "is unclear";
}

/**
 * Converged (the two values agree to 0.1 %), tending to 0 (shrinking ≥ 5× to below 1e-3),
 * diverging (same sign, growing ≥ 5× to beyond 1e3, or overflowing), or unclear.
 */
function classify(far: number, near: number): Approach {
  if (Number.isNaN(far) || Number.isNaN(near)) return { kind: "unclear" };
  if (Number.isFinite(far) && Number.isFinite(near) && isClose(near, far, CONVERGED)) return { kind: "converges", value: near };
  if (Number.isFinite(far) && Math.abs(near) <= 1e-3 && Math.abs(near) <= Math.abs(far) / 5) return { kind: "converges", value: 0 };
  const sameSign = Math.sign(far) === Math.sign(near) && near !== 0;
  if (sameSign && Math.abs(near) >= 1e3 && Math.abs(near) >= 5 * Math.abs(far)) return { kind: "diverges", sign: near > 0 ? 1 : -1 };
  return { kind: "unclear" };
}

function sameApproach(a: Approach, b: Approach): boolean {
  if (a.kind === "converges" && b.kind === "converges") return isClose(a.value, b.value, CONTRADICTS);
  if (a.kind === "diverges" && b.kind === "diverges") return a.sign === b.sign;
  return false;
}

/** Value of a compiled mathjs tree in a scope: a real number (±Infinity allowed), or NaN when complex or failing. */
function realValue(evaluator: { evaluate: (scope: Map<string, unknown>) => unknown }, scope: Map<string, number>): number {
  try {
    const value = evaluator.evaluate(scope as Map<string, unknown>);
    if (typeof value === "number") return value;
    const z = value as { re?: unknown; im?: unknown };
    if (typeof z.re === "number" && typeof z.im === "number" && Math.abs(z.im) <= 1e-13 * Math.abs(z.re)) return z.re;
    return NaN;
  } catch {
    return NaN;
  }
}
