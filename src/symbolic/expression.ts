import { ParameterError, SymbolicError } from "../core/errors.js";
import { runEngine } from "./engine.js";

/**
 * An immutable symbolic expression: the text nerdamer printed for it.
 *
 * Instances come only from the engine (parse and every operation), so `text` is always
 * in nerdamer's normal form: `^` for powers, `e`, `pi`, `i` for the constants, `log` the
 * natural logarithm, numbers as exact rationals (`1/1000`, never `1e-3`).
 * @example parse("(x+1)^2").toString() // "(1+x)^2"
 */
export class Expression {
  /** nerdamer's text of the expression. */
  readonly text: string;

  /** @internal Use {@link parse}; the constructor trusts that `text` came from the engine. */
  constructor(text: string) {
    this.text = text;
    Object.freeze(this);
  }

  /** The engine text, e.g. "1+2*x+x^2". */
  toString(): string {
    return this.text;
  }

  /**
   * LaTeX of the expression, produced by nerdamer (one engine call, default time limit).
   * @example parse("x^2/y").toTeX() // "\\frac{x^{2}}{y}"
   * Throws SymbolicError when the engine fails or times out.
   */
  toTeX(options: SymbolicOptions = {}): string {
    return checkedText("toTeX", this.text, runEngine("tex", [this.text], this.text), { allowInfinity: true });
  }
}

/** What the public functions accept as an expression: an Expression, its text, or a finite number. */
export type ExpressionInput = Expression | string | number;

/**
 * Options shared by every public symbolic call. There is no time limit to set: every
 * engine call runs under load-independent budgets and the guard against a hung engine
 * (engine.ts), so a result never depends on the speed of the machine.
 */
export type SymbolicOptions = Readonly<Record<never, never>>;

/** What the engine text may legitimately contain for a given operation. */
export interface TextChecks {
  /** `Infinity` is a legitimate value (limits). */
  readonly allowInfinity?: boolean;
}

/** Names nerdamer reserves for constants; they can never be variables. */
const RESERVED_NAMES = new Set(["e", "pi", "i", "Infinity"]);

/** Calls the engine leaves in the text when it could not do them. */
const UNEVALUATED = /\b(limit|integrate|defint|diff|sum|product)\(/;

/**
 * Integers nerdamer writes when it silently replaced e or π by a rational approximation
 * (e ≈ 325368125/119696244, π ≈ 245850922/78256779) inside limit, defint or after a
 * corrupted setting; a result that contains them has lost its exact constants.
 */
const RATIONALIZED_CONSTANTS = /\b(119696244|325368125|78256779|245850922)\b/;

/**
 * Validates engine output: a non-empty string without `undefined`, `NaN`, an unevaluated
 * `limit(…)`/`integrate(…)`/`diff(…)`, an interval or vector `[…]`, `Infinity` (unless
 * allowed), or a rational stand-in for e or π that the input did not contain.
 * Returns the text; throws SymbolicError naming the operation and the input otherwise.
 */
export function checkedText(operation: string, input: string, output: unknown, checks: TextChecks = {}): string {
  if (typeof output !== "string" || output.trim().length === 0) {
    throw new SymbolicError(operation, input, `engine returned ${JSON.stringify(output)} instead of an expression`);
  }
  const fail = (what: string): never => {
    throw new SymbolicError(operation, input, `engine returned '${truncate(output)}', which ${what}`);
  };
  if (/\bundefined\b/.test(output)) fail("contains 'undefined'");
  if (/\bNaN\b/.test(output)) fail("contains NaN");
  if (UNEVALUATED.test(output)) fail(`contains an unevaluated ${UNEVALUATED.exec(output)?.[1]}(…)`);
  if (output.includes("[")) fail("is an interval or vector, not a single expression");
  if (!checks.allowInfinity && /\bInfinity\b/.test(output)) fail("contains Infinity");
  const rationalized = RATIONALIZED_CONSTANTS.exec(output);
  if (rationalized !== null && !input.includes(rationalized[1])) {
    fail(`contains ${rationalized[1]}, part of nerdamer's rational approximation of e or pi (the exact constant was lost)`);
  }
  return output;
}

/** Wraps checked engine text as an Expression. */
export function expressionFromEngine(operation: string, input: string, output: unknown, checks: TextChecks = {}): Expression {
  return new Expression(checkedText(operation, input, output, checks));
}

/**
 * Turns an input into an Expression: an Expression is returned as it is, a string is
 * parsed by the engine, a number must be finite and is written in shortest round-trip
 * form (nerdamer stores it as an exact rational, e.g. 0.1 → 1/10).
 * Throws ParameterError (named `name`) for a non-finite number, an empty string or an
 * equation; SymbolicError when the engine cannot parse the text.
 */
export function toExpression(input: ExpressionInput, name: string): Expression {
  if (input instanceof Expression) return input;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new ParameterError(name, input, "a finite number or an expression");
    return expressionFromEngine("parse", String(input), runEngine("parse", [String(input)], String(input)));
  }
  if (typeof input !== "string" || input.trim().length === 0) {
    throw new ParameterError(name, input, "an Expression, a non-empty expression string or a finite number");
  }
  if (input.includes("=")) {
    throw new ParameterError(name, input, "an expression, not an equation (write lhs - (rhs))");
  }
  return expressionFromEngine("parse", input, runEngine("parse", [input], input));
}

/**
 * Validates a variable name: a letter followed by letters, digits or `_`, and not one of
 * the constants e, pi, i, Infinity. Throws ParameterError naming `name` otherwise.
 */
export function checkVariableName(variable: unknown, name: string): string {
  if (typeof variable !== "string" || !/^[A-Za-z][A-Za-z0-9_]*$/.test(variable)) {
    throw new ParameterError(name, variable, "a variable name: a letter followed by letters, digits or '_'");
  }
  if (RESERVED_NAMES.has(variable)) {
    throw new ParameterError(name, variable, "a variable name other than the constants e, pi, i, Infinity");
  }
  return variable;
}

function truncate(text: string): string {
  return text.length <= 160 ? text : `${text.slice(0, 159)}…`;
}
