/**
 * The error vocabulary of qtherm. Every error thrown on purpose derives from
 * {@link QthermError}, so the CLI can tell a user's mistake (exit 2) from a bug.
 */

/** Base class of every deliberate qtherm error. */
export class QthermError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * Bad input: names the parameter, the rejected value and what is allowed.
 * @example new ParameterError("betaA", -1, "a finite number > 0")
 *   // message: "parameter 'betaA' = -1 is not allowed: expected a finite number > 0"
 */
export class ParameterError extends QthermError {
  readonly parameter: string;
  readonly value: unknown;
  readonly allowed: string;

  constructor(parameter: string, value: unknown, allowed: string, options?: { cause?: unknown }) {
    super(`parameter '${parameter}' = ${formatValue(value)} is not allowed: expected ${allowed}`, options);
    this.parameter = parameter;
    this.value = value;
    this.allowed = allowed;
  }
}

/** A formula used outside the regime in which its source asserts it. */
export class DomainError extends QthermError {
  readonly formula: string;
  readonly condition: string;

  constructor(formula: string, condition: string, detail: string, options?: { cause?: unknown }) {
    super(`${formula} is outside its domain (${condition}): ${detail}`, options);
    this.formula = formula;
    this.condition = condition;
  }
}

/** An iterative algorithm stopped before reaching its target accuracy. */
export class ConvergenceError extends QthermError {
  readonly algorithm: string;
  readonly achievedError: number;
  readonly evaluations: number;

  constructor(algorithm: string, achievedError: number, evaluations: number, detail = "", options?: { cause?: unknown }) {
    super(
      `${algorithm} did not converge: achieved error ${achievedError.toExponential(3)} after ${evaluations} evaluations${detail ? ` (${detail})` : ""}`,
      options,
    );
    this.algorithm = algorithm;
    this.achievedError = achievedError;
    this.evaluations = evaluations;
  }
}

/** The symbolic engine failed, timed out or returned something unusable. */
export class SymbolicError extends QthermError {
  readonly expression: string;

  constructor(operation: string, expression: string, detail: string, options?: { cause?: unknown }) {
    super(`symbolic ${operation} failed on '${truncate(expression, 200)}': ${detail}`, options);
    this.expression = expression;
  }
}

/**
 * The evidence could not decide, for a reason that does not depend on the machine: a
 * symbolic step exhausted its work budget (counted operations, not time), needs an
 * operation the engine does not support, or hit the guard against a hung engine. A claim
 * whose evidence throws this is 'undecided', never 'fails' (checks/runner.ts).
 * `reason` must not contain timings or other load-dependent text.
 * @example new UndecidedError("expand", "x^2*(…)", "work budget of 1000 coefficient operations exhausted after 1003")
 */
export class UndecidedError extends SymbolicError {
  /** The engine step that gave up, e.g. "expand" or "equivalent: simplify". */
  readonly step: string;
  readonly reason: string;

  constructor(step: string, expression: string, reason: string, options?: { cause?: unknown }) {
    super(step, expression, `undecided: ${reason}`, options);
    this.step = step;
    this.reason = reason;
  }
}

/**
 * A file could not be read or written (the CLI exits 3, distinct from a physics failure).
 * @example new IoError("write", "out/report.json", "permission denied")
 */
export class IoError extends QthermError {
  readonly operation: "read" | "write";
  readonly path: string;

  constructor(operation: "read" | "write", path: string, detail: string, options?: { cause?: unknown }) {
    super(`cannot ${operation} ${path}: ${detail}`, options);
    this.operation = operation;
    this.path = path;
  }
}

function formatValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : String(value);
  try {
    return truncate(JSON.stringify(value) ?? String(value), 120);
  } catch {
    return String(value);
  }
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
