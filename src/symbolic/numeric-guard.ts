import type { MathNode } from "mathjs";
import { SymbolicError } from "../core/errors.js";
import { seededRandom } from "../numerics/random.js";
import { type ComplexFunction, type ComplexValue, compileComplex } from "./compile.js";
import { Expression } from "./expression.js";
import { freeSymbols, magnitudeTree, math, parseTree } from "./syntax-tree.js";

/**
 * Catches an engine that returns a wrong "equivalent" form: after a value-preserving
 * operation (expand, simplify, factor, common denominator, substitution) the input and
 * the output are evaluated with mathjs at a few fixed pseudo-random points and must agree.
 *
 * Points: every free variable uniform in [0.35, 1.65] (seed fixed, so the check is
 * reproducible) — positive and away from 0 and 1, where principal-branch identities such
 * as log(xy) = log x + log y and sqrt(x²) = |x| hold. Points where either side cannot be
 * evaluated (a pole, an unknown function) are skipped; if every point is skipped the
 * check is silent (nothing to compare, no claim made) — except for substitutions, where
 * an input that is singular at every point while the output is finite is an error.
 */

/** Number of sample points of the guard. */
const GUARD_POINTS = 4;

/**
 * Tolerance of the guard relative to the rounding scale (magnitudeTree: the expression
 * with every sum replaced by the sum of the moduli of its terms, largest of the two
 * sides). Double-precision rounding is a few ε ≈ 1e-16 times that scale per operation, so
 * 1e-8 leaves a margin of ~10⁸/(number of operations) for rounding and still catches a
 * wrong coefficient, a dropped term or a constant replaced by a crude approximation.
 */
const GUARD_RTOL = 1e-8;

/**
 * Throws SymbolicError(operation, input) when `output` differs numerically from `input`
 * at one of the guard points (the message gives the point and both values).
 */
export function assertNumericallyEqual(operation: string, input: Expression, output: Expression): void {
  if (input.text === output.text) return;
  compareAtGuardPoints(operation, input.text, input, output, false);
}

/**
 * Checks a substitution: `output` must equal `input` with the substituted values put in
 * (composed by mathjs, not by the engine), at the guard points of the remaining variables.
 * Throws SymbolicError when they differ, or when the composed input is singular at every
 * point while the output is finite (the engine hid a 0·∞ or ∞−∞).
 */
export function assertSubstitutionConsistent(input: Expression, values: Readonly<Record<string, string>>, output: Expression): void {
  const replacements = new Map<string, MathNode>(Object.entries(values).map(([name, text]) => [name, parseTree("substitute", text)]));
  const composed = parseTree("substitute", input.text).transform((node: MathNode, path: string, parent: MathNode | null) => {
    if (node.type !== "SymbolNode" || (parent !== null && parent.type === "FunctionNode" && path === "fn")) return node;
    const value = replacements.get((node as unknown as { name: string }).name);
    return value === undefined ? node : new math.ParenthesisNode(value);
  });
  compareAtGuardPoints("substitute", input.text, new Expression(composed.toString()), output, true);
}

function compareAtGuardPoints(operation: string, description: string, input: Expression, output: Expression, singularInputIsError: boolean): void {
  const inputTree = parseTree(operation, input.text);
  const outputTree = parseTree(operation, output.text);
  const names = [...new Set([...freeSymbols(inputTree), ...freeSymbols(outputTree)])].sort();
  let f: ComplexFunction;
  let g: ComplexFunction;
  let scale: (point: number[]) => number;
  try {
    f = compileComplex(input, names);
    g = compileComplex(output, names);
    const magnitudes = [magnitudeTree(inputTree).compile(), magnitudeTree(outputTree).compile()];
    scale = (point) => {
      const scope = new Map<string, unknown>(names.map((n, k) => [n, point[k]]));
      return Math.max(...magnitudes.map((m) => Number(m.evaluate(scope))));
    };
  } catch {
    return; // a function mathjs does not know: no independent evaluation possible
  }
  const random = seededRandom(0x5eed);
  let singularInput = 0;
  let finiteOutput: ComplexValue | undefined;
  for (let p = 0; p < GUARD_POINTS; p++) {
    const point = names.map(() => random.uniform(0.35, 1.65));
    const at = (): string => names.map((n, k) => `${n}=${point[k]}`).join(", ") || "no free variables";
    let b: ComplexValue;
    try {
      b = g(...point);
    } catch {
      continue;
    }
    let a: ComplexValue;
    try {
      a = f(...point);
    } catch (error) {
      if (error instanceof SymbolicError && error.message.includes("is not finite")) {
        singularInput++;
        finiteOutput = b;
      }
      continue;
    }
    let size: number;
    try {
      size = Math.max(Math.hypot(a.re, a.im), Math.hypot(b.re, b.im), scale(point));
    } catch {
      continue;
    }
    if (!Number.isFinite(size)) continue;
    const difference = Math.hypot(a.re - b.re, a.im - b.im);
    if (difference > GUARD_RTOL * size) {
      throw new SymbolicError(
        operation,
        description,
        `engine result '${output.text.slice(0, 160)}' differs numerically from the input at (${at()}): ` +
          `${formatComplex(a)} vs ${formatComplex(b)} (difference ${difference.toExponential(2)} > ${GUARD_RTOL} × rounding scale ${size.toExponential(2)})`,
      );
    }
  }
  if (singularInputIsError && singularInput === GUARD_POINTS && finiteOutput !== undefined) {
    throw new SymbolicError(
      operation,
      description,
      `the input is singular (not finite) at the substituted point, but the engine returned '${output.text.slice(0, 160)}' = ${formatComplex(finiteOutput)}; take a limit instead`,
    );
  }
}

function formatComplex(z: ComplexValue): string {
  return z.im === 0 ? String(z.re) : `${z.re} + ${z.im}i`;
}
