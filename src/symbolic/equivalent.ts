import { ParameterError, SymbolicError, UndecidedError } from "../core/errors.js";
import type { IdentityMeasurement, IdentitySample } from "../core/measurement.js";
import { tolerance } from "../core/tolerance.js";
import { seededRandom } from "../numerics/random.js";
import { type ComplexFunction, type ComplexValue, compileComplex } from "./compile.js";
import type { Expression, ExpressionInput, SymbolicOptions } from "./expression.js";
import { checkVariableName, toExpression } from "./expression.js";
import { stepMeter } from "./exact-budget.js";
import { WorkBudgetExceeded, zeroTest, type ZeroTestResult } from "./exact/index.js";
import { decideLogIdentity } from "./log-identity.js";
import { freeSymbols, parseTree } from "./syntax-tree.js";

/** Sampling range of one variable: uniform in [min, max], or log-uniform (min > 0). */
export interface VariableRange {
  readonly min: number;
  readonly max: number;
  readonly scale?: "linear" | "log";
}

/** Options of {@link equivalent}. */
export interface EquivalenceOptions extends SymbolicOptions {
  /** Range of every free variable of both expressions. */
  readonly domain: Readonly<Record<string, VariableRange>>;
  /** Seed of the sample points (replay: same seed, same points). */
  readonly seed: number;
  /** Number of sample points (default 20). */
  readonly points?: number;
  /**
   * Relative tolerance of the numeric comparison (default 1e-9: both sides in double
   * precision, differently arranged; leaves ~7 digits for cancellation inside either side).
   */
  readonly rtol?: number;
  /** Absolute tolerance of the numeric comparison (default 0), for values that vanish in the domain. */
  readonly atol?: number;
}

/** Numeric half of the evidence. */
export interface NumericEvidence {
  /** max over the points of |a − b| / max(|a|, |b|) (0 where both vanish; Infinity where only one side evaluates). */
  readonly maxRelativeError: number;
  /** Points sampled. */
  readonly points: number;
  /** Points where both sides evaluated (the others are skipped: both sides non-finite there). */
  readonly evaluated: number;
  /** The point with the largest error relative to the tolerance, or null if none evaluated. */
  readonly worstPoint: Readonly<Record<string, number>> | null;
  /** Values of a and b at the worst point (complex parts; im = 0 for real values). */
  readonly worstValues: { readonly a: ComplexValue | null; readonly b: ComplexValue | null } | null;
  /** Every evaluated point within atol + rtol·max(|a|,|b|), and at least half the points evaluated. */
  readonly passed: boolean;
  /** Both sides at every drawn point (null where a side is not finite), for the judge. */
  readonly samples: readonly IdentitySample[];
  readonly rtol: number;
  readonly atol: number;
}

/** Outcome of {@link equivalent}: both decisions, whether they agree, and the verdict. */
export interface EquivalenceResult {
  /** 'zero': a − b reduces to 0; 'nonzero': a − b is a nonzero polynomial; 'unknown': the engine could not decide. */
  readonly symbolic: "zero" | "nonzero" | "unknown";
  /** How the symbolic decision was reached (or why it is unknown). */
  readonly symbolicDetail: string;
  readonly numeric: NumericEvidence;
  /** False when the symbolic decision contradicts the numeric one ('unknown' contradicts nothing). */
  readonly agree: boolean;
  /** numeric.passed and symbolic ≠ 'nonzero'. */
  readonly equivalent: boolean;
}

/**
 * Decides whether two expressions are equal as functions on a domain, twice: by the
 * engine and by independent numerical evaluation — the engine misses equalities and can
 * produce wrong simplifications, so disagreement is reported (agree = false), not hidden.
 *
 * Symbolic: a − b over a common denominator (rationalForm); numerator expands to 0 →
 * 'zero'; numerator a nonzero polynomial in the variables (no function calls) → 'nonzero'
 * (a nonzero polynomial is not identically 0); otherwise nerdamer's simplify of the
 * numerator under a time limit: 0 → 'zero', else 'unknown'.
 * Numeric: a and b compiled separately with mathjs (complex arithmetic, so complex-valued
 * identities work too) at `points` seeded points — each variable uniform or log-uniform in
 * its range — compared with the closeness rule |a−b| ≤ atol + rtol·max(|a|,|b|). A point
 * where only one side is finite fails; where neither is, it is skipped.
 *
 * Throws ParameterError for a bad domain (missing variable, min > max, log range with
 * min ≤ 0), points not an integer in 1…10000, or bad tolerances; SymbolicError when
 * either expression cannot be parsed or compiled, or on timeout of the whole call.
 * @example equivalent("(x+1)^2", "x^2+2*x+1", { domain: { x: { min: -2, max: 2 } }, seed: 1 }).equivalent // true
 */
export function equivalent(a: ExpressionInput, b: ExpressionInput, options: EquivalenceOptions): EquivalenceResult {
  const points = options.points ?? 20;
  if (!(Number.isInteger(points) && points >= 1 && points <= 10_000)) throw new ParameterError("points", points, "an integer from 1 to 10000");
  if (!Number.isInteger(options.seed)) throw new ParameterError("seed", options.seed, "an integer");
  const tol = tolerance(options.rtol ?? 1e-9, options.atol ?? 0, "equivalence check");

  const left = toExpression(a, "a");
  const right = toExpression(b, "b");
  const names = checkDomain(options.domain, [left, right]);
  const numeric = compareNumerically(left, right, names, options.domain, points, options.seed, tol.rtol, tol.atol);
  const { verdict, detail } = decideSymbolically(left, right);
  const agree = verdict === "zero" ? numeric.passed : verdict === "nonzero" ? !numeric.passed : true;
  return { symbolic: verdict, symbolicDetail: detail, numeric, agree, equivalent: numeric.passed && verdict !== "nonzero" };
}

function checkDomain(domain: EquivalenceOptions["domain"], expressions: Expression[]): string[] {
  if (domain === null || typeof domain !== "object") throw new ParameterError("domain", domain, "an object { variable: { min, max, scale? } }");
  const names = Object.keys(domain).sort();
  for (const name of names) {
    checkVariableName(name, "domain key");
    const range = domain[name];
    if (!(Number.isFinite(range?.min) && Number.isFinite(range?.max) && range.min <= range.max)) {
      throw new ParameterError(`domain.${name}`, range, "{ min, max } with finite min <= max");
    }
    if (range.scale !== undefined && range.scale !== "linear" && range.scale !== "log") throw new ParameterError(`domain.${name}.scale`, range.scale, "'linear' or 'log'");
    if (range.scale === "log" && !(range.min > 0)) throw new ParameterError(`domain.${name}.min`, range.min, "a number > 0 for a log-scaled range");
  }
  for (const e of expressions) {
    const missing = [...freeSymbols(parseTree("equivalent", e.text))].filter((v) => !names.includes(v));
    if (missing.length > 0) throw new ParameterError("domain", names, `a range for every free variable of '${e.text}' (missing: ${missing.join(", ")})`);
  }
  return names;
}

function compareNumerically(
  a: Expression,
  b: Expression,
  names: string[],
  domain: EquivalenceOptions["domain"],
  points: number,
  seed: number,
  rtol: number,
  atol: number,
): NumericEvidence {
  const f = compileComplex(a, names);
  const g = compileComplex(b, names);
  const random = seededRandom(seed);
  let maxRelativeError = 0;
  let worstRatio = -1;
  let worstPoint: Record<string, number> | null = null;
  let worstValues: NumericEvidence["worstValues"] = null;
  let evaluated = 0;
  let failures = 0;
  const samples: IdentitySample[] = [];
  for (let p = 0; p < points; p++) {
    const point = names.map((name) => {
      const { min, max, scale } = domain[name];
      return scale === "log" ? Math.exp(random.uniform(Math.log(min), Math.log(max))) : random.uniform(min, max);
    });
    const va = tryEvaluate(f, point);
    const vb = tryEvaluate(g, point);
    samples.push({ point: Object.fromEntries(names.map((n, k) => [n, point[k]])), a: va, b: vb });
    if (va === null && vb === null) continue;
    evaluated++;
    let relative: number;
    let ratio: number;
    if (va === null || vb === null) {
      relative = Infinity;
      ratio = Infinity;
      failures++;
    } else {
      const difference = Math.hypot(va.re - vb.re, va.im - vb.im);
      const size = Math.max(Math.hypot(va.re, va.im), Math.hypot(vb.re, vb.im));
      relative = size === 0 ? 0 : difference / size;
      // The closeness rule of core/tolerance.ts, with moduli for complex values.
      const allowed = atol + rtol * size;
      ratio = allowed === 0 ? (difference === 0 ? 0 : Infinity) : difference / allowed;
      if (!(difference <= allowed)) failures++;
    }
    maxRelativeError = Math.max(maxRelativeError, relative);
    if (ratio > worstRatio) {
      worstRatio = ratio;
      worstPoint = Object.fromEntries(names.map((n, k) => [n, point[k]]));
      worstValues = { a: va, b: vb };
    }
  }
  const passed = failures === 0 && evaluated * 2 >= points;
  return { maxRelativeError, points, evaluated, worstPoint, worstValues, passed, rtol, atol, samples };
}

function tryEvaluate(f: ComplexFunction, point: number[]): ComplexValue | null {
  try {
    return f(...point);
  } catch (error) {
    if (error instanceof SymbolicError) return null;
    throw error;
  }
}

/**
 * The symbolic half: the exact normal form of a − b (symbolic/exact). Numerator identically
 * 0 → 'zero'; a nonzero numerator without opaque atoms (a nonzero exponential polynomial) →
 * 'nonzero'; with atoms (log, sqrt, …) → the exact log decision (log-identity.ts: the
 * derivative route on ℝⁿ for logarithms of one-signed exponential sums), which says 'zero',
 * 'nonzero' or — for other atoms, or where it does not apply — 'unknown' with the reason;
 * an exhausted work budget or text the exact reader cannot read → 'unknown' with the reason.
 * No engine heuristics (nerdamer's simplify ran for over a minute on a log identity here) and
 * nothing that depends on time: the same input gives the same answer on every machine.
 */
function decideSymbolically(a: Expression, b: Expression): { verdict: EquivalenceResult["symbolic"]; detail: string } {
  const difference = `(${a.text})-(${b.text})`;
  let exact: ZeroTestResult;
  try {
    exact = zeroTest(difference, stepMeter("equivalent: a − b"));
    // logarithms are opaque atoms to the normal form: an 'unknown' they cause goes to the exact log decision (log-identity.ts)
    if (exact.verdict === "unknown") {
      const logs = decideLogIdentity(difference, stepMeter("equivalent: log identity a − b"));
      return logs.verdict === "unknown" ? { verdict: "unknown", detail: `${exact.detail}; ${logs.detail}` } : logs;
    }
  } catch (error) {
    if (error instanceof UndecidedError || error instanceof WorkBudgetExceeded) return { verdict: "unknown", detail: `exact algebra of a − b: ${error.message}` };
    if (error instanceof SymbolicError) return { verdict: "unknown", detail: `exact algebra cannot read a − b: ${error.message}` };
    throw error;
  }
  return { verdict: exact.verdict, detail: exact.detail };
}


/**
 * The measurement of an identity claim (core/measurement.ts) from an equivalence result:
 * what the engine said and the numeric samples, for the judge to apply the claim's own
 * criterion. `label` names the identity in the engine detail.
 */
export function identityMeasurement(result: EquivalenceResult, label?: string): IdentityMeasurement {
  return {
    kind: "identity",
    engine: result.symbolic,
    engineDetail: label === undefined ? result.symbolicDetail : `${label}: ${result.symbolicDetail}`,
    points: result.numeric.points,
    samples: result.numeric.samples,
  };
}

/**
 * Several identities judged as one (e.g. the four populations of a steady state): the
 * engine half is 'zero' when every one is, 'nonzero' when any is, else 'unknown'; the
 * numeric samples are pooled, so the measured error is the largest of all.
 * Throws ParameterError for an empty list.
 */
export function combineIdentities(parts: readonly IdentityMeasurement[]): IdentityMeasurement {
  if (parts.length === 0) throw new ParameterError("parts", parts, "at least one identity");
  const engine = parts.every((p) => p.engine === "zero") ? "zero" : parts.some((p) => p.engine === "nonzero") ? "nonzero" : "unknown";
  return {
    kind: "identity",
    engine,
    engineDetail: parts.map((p) => p.engineDetail).join("; "),
    points: parts.reduce((n, p) => n + p.points, 0),
    samples: parts.flatMap((p) => p.samples),
  };
}
