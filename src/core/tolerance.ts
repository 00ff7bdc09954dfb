import { ParameterError } from "./errors.js";

/**
 * How close is close enough, and why. The reason names the physics or numerics
 * that sets the number (finite size, O(Γ/Ω), quadrature error, …).
 */
export interface Tolerance {
  readonly rtol: number;
  readonly atol: number;
  readonly reason: string;
}

/** Builds a validated tolerance. Throws ParameterError for negative or non-finite bounds or an empty reason. */
export function tolerance(rtol: number, atol: number, reason: string): Tolerance {
  if (!(Number.isFinite(rtol) && rtol >= 0)) throw new ParameterError("rtol", rtol, "a finite number >= 0");
  if (!(Number.isFinite(atol) && atol >= 0)) throw new ParameterError("atol", atol, "a finite number >= 0");
  if (rtol === 0 && atol === 0) throw new ParameterError("rtol, atol", [rtol, atol], "at least one of them > 0");
  if (reason.trim().length === 0) throw new ParameterError("reason", reason, "a non-empty explanation of the tolerance");
  return Object.freeze({ rtol, atol, reason });
}

/** Outcome of one scalar comparison under the closeness rule. */
export interface Closeness {
  /** |a − b| */
  readonly absoluteError: number;
  /** |a − b| / max(|a|, |b|) (0 when both vanish) */
  readonly relativeError: number;
  /** atol + rtol·max(|a|, |b|): the error the tolerance allows */
  readonly allowed: number;
  /** absoluteError / allowed: ≤ 1 means close */
  readonly ratio: number;
  readonly close: boolean;
}

/**
 * The one closeness rule of qtherm: |a − b| ≤ atol + rtol·max(|a|, |b|).
 * A NaN on either side is never close.
 * @example closeness(1, 1 + 1e-9, tolerance(1e-8, 0, "…")).close // true
 */
export function closeness(actual: number, expected: number, tol: Tolerance): Closeness {
  const scale = Math.max(Math.abs(actual), Math.abs(expected));
  const absoluteError = Math.abs(actual - expected);
  const allowed = tol.atol + tol.rtol * scale;
  const relativeError = scale === 0 ? 0 : absoluteError / scale;
  if (!Number.isFinite(absoluteError)) {
    const same = actual === expected; // equal infinities
    return { absoluteError: same ? 0 : Infinity, relativeError: same ? 0 : Infinity, allowed, ratio: same ? 0 : Infinity, close: same };
  }
  const ratio = allowed === 0 ? (absoluteError === 0 ? 0 : Infinity) : absoluteError / allowed;
  return { absoluteError, relativeError, allowed, ratio, close: absoluteError <= allowed };
}

/** True when actual and expected are close under the rule of {@link closeness}. */
export function isClose(actual: number, expected: number, tol: Tolerance): boolean {
  return closeness(actual, expected, tol).close;
}

/** Outcome of an element-wise comparison: the worst index and its errors. */
export interface ArrayCloseness {
  readonly close: boolean;
  readonly length: number;
  readonly worstIndex: number;
  readonly worstActual: number;
  readonly worstExpected: number;
  readonly worstAbsoluteError: number;
  readonly worstRelativeError: number;
  /** max over the elements of |a−b| / allowed */
  readonly worstRatio: number;
  /** number of elements outside tolerance */
  readonly failures: number;
}

/**
 * Element-wise closeness of two equally long arrays; reports the worst element.
 * Throws ParameterError when the lengths differ.
 */
export function compareArrays(actual: ArrayLike<number>, expected: ArrayLike<number>, tol: Tolerance): ArrayCloseness {
  if (actual.length !== expected.length) {
    throw new ParameterError("actual.length", actual.length, `the expected length ${expected.length}`);
  }
  let worstIndex = -1;
  let worst: Closeness | undefined;
  let failures = 0;
  for (let i = 0; i < actual.length; i++) {
    const c = closeness(actual[i], expected[i], tol);
    if (!c.close) failures++;
    if (worst === undefined || c.ratio > worst.ratio || Number.isNaN(c.ratio)) {
      worst = c;
      worstIndex = i;
    }
  }
  return {
    close: failures === 0,
    length: actual.length,
    worstIndex,
    worstActual: worstIndex >= 0 ? actual[worstIndex] : NaN,
    worstExpected: worstIndex >= 0 ? expected[worstIndex] : NaN,
    worstAbsoluteError: worst?.absoluteError ?? 0,
    worstRelativeError: worst?.relativeError ?? 0,
    worstRatio: worst?.ratio ?? 0,
    failures,
  };
}

/** One-line human description of an array comparison, for failure messages. */
export function describeArrayCloseness(result: ArrayCloseness, tol: Tolerance): string {
  if (result.length === 0) return "empty arrays";
  return (
    `${result.failures}/${result.length} outside tolerance (rtol=${tol.rtol}, atol=${tol.atol}); ` +
    `worst at index ${result.worstIndex}: actual ${result.worstActual}, expected ${result.worstExpected}, ` +
    `|Δ|=${result.worstAbsoluteError.toExponential(3)}, rel=${result.worstRelativeError.toExponential(3)}`
  );
}
