import type { MathNode } from "mathjs";
import { SymbolicError } from "../core/errors.js";
import { type Deadline, deadlineAfter, runEngine } from "./engine.js";
import { Expression, type ExpressionInput, type SymbolicOptions, expressionFromEngine, toExpression } from "./expression.js";
import { assertNumericallyEqual } from "./numeric-guard.js";
import { freeSymbols, functionNames, integerValue, parseTree } from "./syntax-tree.js";

/**
 * An expression over a common denominator: expr = numerator / denominator, both expanded.
 *
 * Algorithm (no call of nerdamer's slow `simplify`): walk the syntax tree bottom-up,
 * carrying each subexpression as a pair (n, d) — a/b + c/d → (ad + cb, bd),
 * (a/b)(c/d) → (ac, bd), (a/b)/(c/d) → (ad, bc), (a/b)^k → (a^k, b^k) or (b^|k|, a^|k|)
 * for an integer k, x^(−q) → (1, x^q) for a constant q > 0 — with function calls and
 * non-integer powers as opaque atoms (their arguments are left as they are). Then one
 * engine `expand` each for n and d. Common factors are NOT cancelled (no polynomial gcd:
 * nerdamer's `gcd` returned wrong results for multivariate input). When d is a nonzero
 * constant it is divided into n and d becomes 1.
 */
export interface RationalForm {
  readonly numerator: Expression;
  readonly denominator: Expression;
}

interface TextFraction {
  readonly num: string;
  readonly den: string;
}

/**
 * Writes an expression over a common denominator (see {@link RationalForm}).
 * Throws SymbolicError when the engine fails, times out, the denominator expands to 0,
 * or numerator/denominator differs numerically from the input.
 * @example rationalForm("(x+1)/(x-1) + 1/y") // numerator "-1+x+x*y+y", denominator "-y+x*y"
 */
export function rationalForm(expr: ExpressionInput, options: SymbolicOptions = {}): RationalForm {
  const deadline = deadlineAfter(options.timeoutMs);
  return rationalFormWithin(toExpression(expr, "expr", deadline), deadline);
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
 * @example denominator("1/(a + 1/b)").toString() // "1+a*b"
 */
export function denominator(expr: ExpressionInput, options: SymbolicOptions = {}): Expression {
  return rationalForm(expr, options).denominator;
}

/** rationalForm for an already parsed expression, charged to an existing deadline. */
export function rationalFormWithin(e: Expression, deadline: Deadline): RationalForm {
  // Integers of 16+ digits would lose digits as mathjs numbers: keep their text aside.
  const bigIntegers: string[] = [];
  const protectedText = e.text.replace(/\b\d{16,}\b/g, (digits) => `qthermBigInteger${bigIntegers.push(digits) - 1}`);
  const restore = (text: string): string => text.replace(/qthermBigInteger(\d+)/g, (_, k: string) => bigIntegers[Number(k)]);
  const split = splitFraction(parseTree("rationalForm", protectedText), restore);

  const expandText = (text: string): Expression => expressionFromEngine("rationalForm", e.text, runEngine("expand", [text], e.text, deadline));
  let num = expandText(split.num);
  let den = split.den === "1" ? new Expression("1") : expandText(split.den);
  if (den.text === "0") throw new SymbolicError("rationalForm", e.text, "the common denominator expands to 0");
  const denTree = parseTree("rationalForm", den.text);
  if (den.text !== "1" && freeSymbols(denTree).size === 0 && functionNames(denTree).size === 0) {
    num = expandText(`(${num.text})/(${den.text})`);
    den = new Expression("1");
  }
  assertNumericallyEqual("rationalForm", e, new Expression(`(${num.text})/(${den.text})`));
  return { numerator: num, denominator: den };
}

function splitFraction(root: MathNode, restore: (text: string) => string): TextFraction {
  const atom = (node: MathNode): TextFraction => ({ num: restore(node.toString()), den: "1" });
  const visit = (node: MathNode): TextFraction => {
    switch (node.type) {
      case "ParenthesisNode":
        return visit((node as unknown as { content: MathNode }).content);
      case "OperatorNode": {
        const { op, args } = node as unknown as { op: string; args: MathNode[] };
        if (args.length === 1 && (op === "-" || op === "+")) {
          const inner = visit(args[0]);
          return op === "-" ? { num: negate(inner.num), den: inner.den } : inner;
        }
        if (args.length !== 2) return atom(node);
        if (op === "^") {
          const k = integerValue(args[1]);
          if (k !== undefined) {
            const base = visit(args[0]);
            return k >= 0 ? { num: power(base.num, k), den: power(base.den, k) } : { num: power(base.den, -k), den: power(base.num, -k) };
          }
          const negativeExponent = constantNegation(args[1]);
          if (negativeExponent !== undefined) return { num: "1", den: `(${restore(args[0].toString())})^(${restore(negativeExponent)})` };
          return atom(node);
        }
        const a = visit(args[0]);
        const b = visit(args[1]);
        switch (op) {
          case "+":
            return add(a, b);
          case "-":
            return add(a, { num: negate(b.num), den: b.den });
          case "*":
            return { num: times(a.num, b.num), den: times(a.den, b.den) };
          case "/":
            return { num: times(a.num, b.den), den: times(a.den, b.num) };
          default:
            return atom(node);
        }
      }
      default:
        return atom(node);
    }
  };
  return visit(root);
}

/** For a constant exponent −q with q > 0 (e.g. `-1/2`, `(-3/2)`), the text of q; else undefined. */
function constantNegation(node: MathNode): string | undefined {
  if (freeSymbols(node).size > 0 || functionNames(node).size > 0) return undefined;
  let value: unknown;
  try {
    value = node.evaluate();
  } catch {
    return undefined;
  }
  if (typeof value !== "number" || !(value < 0)) return undefined;
  return `-(${node.toString()})`;
}

function add(a: TextFraction, b: TextFraction): TextFraction {
  if (a.num === "0") return b;
  if (b.num === "0") return a;
  if (a.den === b.den) return { num: `${a.num}+${b.num}`, den: a.den };
  return { num: `${times(a.num, b.den)}+${times(b.num, a.den)}`, den: times(a.den, b.den) };
}

function times(a: string, b: string): string {
  if (a === "1") return b;
  if (b === "1") return a;
  if (a === "0" || b === "0") return "0";
  return `(${a})*(${b})`;
}

function power(a: string, k: number): string {
  if (k === 0 || a === "1") return "1";
  return k === 1 ? a : `(${a})^${k}`;
}

function negate(a: string): string {
  return a === "0" ? "0" : `-(${a})`;
}
