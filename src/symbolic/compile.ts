import type { Complex, EvalFunction } from "mathjs";
import { ParameterError, SymbolicError } from "../core/errors.js";
import { type ExpressionInput, type SymbolicOptions, checkVariableName, toExpression } from "./expression.js";
import { freeSymbols, functionNames, math, parseTree } from "./syntax-tree.js";

/**
 * Numeric functions compiled from symbolic expressions by mathjs — an evaluator that
 * shares no code with nerdamer, so evaluating an engine result with it is an independent
 * check. Constants: e, pi, i; `log` is the natural logarithm; non-integer powers and
 * logarithms of negative numbers take the principal branch (mathjs), e.g. (−8)^(1/3) is
 * 1 + 1.732i, not −2. A call costs about 1 µs for a short expression.
 */

/** A compiled real function: arguments in the order given at compilation. */
export type RealFunction = (...args: number[]) => number;

/** A complex number as a plain pair. */
export interface ComplexValue {
  readonly re: number;
  readonly im: number;
}

/** A compiled complex function: arguments real or complex, in the order given at compilation. */
export type ComplexFunction = (...args: (number | ComplexValue)[]) => ComplexValue;

/**
 * Largest |Im f| / |Re f| accepted as rounding noise of complex intermediate arithmetic
 * (a few hundred ulps); anything larger makes the value non-real.
 */
const IMAGINARY_NOISE = 1e-13;

/**
 * Compiles an expression to a fast real function of the given variables.
 *
 * The function throws SymbolicError (naming the expression and the arguments) when the
 * value is NaN, ±Infinity or non-real (imaginary part above 1e-13·|real part|), and
 * ParameterError when called with the wrong number of arguments.
 * Compilation throws ParameterError when `variableOrder` is not a list of distinct
 * variable names or misses a free variable of the expression, and SymbolicError when the
 * expression calls a function mathjs does not know.
 * @example compile("e^x*sqrt(y)", ["x", "y"])(1, 4) // 5.43656365691809
 */
export function compile(expr: ExpressionInput, variableOrder: readonly string[], options: SymbolicOptions = {}): RealFunction {
  const { text, evaluator, names } = prepare(expr, variableOrder, options);
  const scope = new Map<string, unknown>();
  return (...args: number[]): number => {
    if (args.length !== names.length) {
      throw new ParameterError("arguments", args, `${names.length} numbers (${names.join(", ")})`);
    }
    for (let k = 0; k < names.length; k++) scope.set(names[k], args[k]);
    const value = evaluateOrThrow(evaluator, scope, text, names, args);
    if (typeof value === "number") {
      if (Number.isFinite(value)) return value;
      throw valueError(text, names, args, `the value is ${value}`);
    }
    if (math.isComplex(value)) {
      const { re, im } = value as Complex;
      if (Number.isFinite(re) && Number.isFinite(im) && Math.abs(im) <= IMAGINARY_NOISE * Math.abs(re)) return re;
      throw valueError(text, names, args, `the value ${re} + ${im}i is not real`);
    }
    throw valueError(text, names, args, `the value ${String(value)} is not a number`);
  };
}

/**
 * Compiles an expression to a complex function of the given variables (arguments may be
 * numbers or {re, im}). The function throws SymbolicError when either part of the value
 * is NaN or infinite; compilation throws like {@link compile}.
 * @example compileComplex("e^(i*x)", ["x"])(Math.PI / 2) // { re: 6.123233995736766e-17, im: 1 }
 */
export function compileComplex(expr: ExpressionInput, variableOrder: readonly string[], options: SymbolicOptions = {}): ComplexFunction {
  const { text, evaluator, names } = prepare(expr, variableOrder, options);
  const scope = new Map<string, unknown>();
  return (...args: (number | ComplexValue)[]): ComplexValue => {
    if (args.length !== names.length) {
      throw new ParameterError("arguments", args, `${names.length} numbers (${names.join(", ")})`);
    }
    for (let k = 0; k < names.length; k++) {
      const a = args[k];
      scope.set(names[k], typeof a === "number" ? a : math.complex(a.re, a.im));
    }
    const value = evaluateOrThrow(evaluator, scope, text, names, args);
    let re: number;
    let im: number;
    if (typeof value === "number") {
      re = value;
      im = 0;
    } else if (math.isComplex(value)) {
      re = (value as Complex).re;
      im = (value as Complex).im;
    } else {
      throw valueError(text, names, args, `the value ${String(value)} is not a number`);
    }
    if (Number.isFinite(re) && Number.isFinite(im)) return { re, im };
    throw valueError(text, names, args, `the value ${re} + ${im}i is not finite`);
  };
}

/**
 * The numeric value of an expression without free variables (compiled and evaluated once).
 * Throws ParameterError when the expression has free variables, SymbolicError like {@link compile}.
 * @example numericValue("pi/4") // 0.7853981633974483
 */
export function numericValue(expr: ExpressionInput, options: SymbolicOptions = {}): number {
  return compile(expr, [], options)();
}

function prepare(expr: ExpressionInput, variableOrder: readonly string[], options: SymbolicOptions): { text: string; evaluator: EvalFunction; names: string[] } {
  if (!Array.isArray(variableOrder)) throw new ParameterError("variableOrder", variableOrder, "an array of variable names");
  const names = variableOrder.map((v, k) => checkVariableName(v, `variableOrder[${k}]`));
  if (new Set(names).size !== names.length) throw new ParameterError("variableOrder", names, "distinct variable names");
  const text = toExpression(expr, "expr").text;
  const tree = parseTree("compile", text);
  const missing = [...freeSymbols(tree)].filter((v) => !names.includes(v));
  if (missing.length > 0) {
    throw new ParameterError("variableOrder", names, `a list containing every free variable of '${text}' (missing: ${missing.join(", ")})`);
  }
  for (const name of functionNames(tree)) {
    if (typeof (math as unknown as Record<string, unknown>)[name] !== "function") {
      throw new SymbolicError("compile", text, `function '${name}' is not known to the numeric evaluator (mathjs)`);
    }
  }
  return { text, evaluator: tree.compile(), names };
}

function evaluateOrThrow(evaluator: EvalFunction, scope: Map<string, unknown>, text: string, names: readonly string[], args: readonly unknown[]): unknown {
  try {
    return evaluator.evaluate(scope) as unknown;
  } catch (error) {
    throw valueError(text, names, args, `mathjs threw: ${(error as Error).message}`);
  }
}

function valueError(text: string, names: readonly string[], args: readonly unknown[], detail: string): SymbolicError {
  const at = names.map((n, k) => `${n}=${formatArgument(args[k])}`).join(", ");
  return new SymbolicError("evaluate", text, `${detail} at (${at})`);
}

function formatArgument(a: unknown): string {
  if (typeof a === "number") return String(a);
  if (a !== null && typeof a === "object" && "re" in a && "im" in a) return `${(a as ComplexValue).re}+${(a as ComplexValue).im}i`;
  return String(a);
}
