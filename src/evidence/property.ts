import fc from "fast-check";
import type { Outcome, VerifyContext } from "../core/claim.js";
import type { Criterion } from "../core/criterion.js";
import { QthermError, UndecidedError } from "../core/errors.js";
import type { JudgedSample, Measurement as Observed, PropertyMeasurement } from "../core/measurement.js";
import { judge } from "./judge.js";

/**
 * Runs a property over an arbitrary and turns the result into a claim Outcome
 * that carries the seed, the replay path and the shrunk counterexample.
 */

/** The measurement at one sample: the error in the tolerance's units and whether it is acceptable. */
export interface Measurement {
  readonly error: number;
  readonly holds: boolean;
  readonly note?: string;
}

export interface PropertyCheck<T> {
  readonly arbitrary: fc.Arbitrary<T>;
  readonly measure: (sample: T) => Measurement;
  /** Describes a sample in the report, e.g. the parameters that matter. */
  readonly describe?: (sample: T) => string;
}

/**
 * Checks `measure(sample).holds` for `context.numRuns` seeded samples (or
 * replays `context.path`). The measured error is the worst over all samples
 * run; a failure reports the shrunk counterexample, its seed and path.
 *
 * A measurement that throws, or returns a NaN error, is not a counterexample: the
 * evidence broke, so the first such sample is rethrown after the run (an UndecidedError
 * as it is, anything else as QthermError naming the sample) and the runner reports
 * 'undecided' or 'error' — never 'fails', which a registered failure would accept.
 */
export function checkProperty<T>(check: PropertyCheck<T>, context: VerifyContext): Outcome {
  let worstError = 0;
  let worstNote = "";
  let runs = 0;
  let broken: { readonly sample: T; readonly error: unknown } | undefined;
  const property = fc.property(check.arbitrary, (sample) => {
    if (broken !== undefined) return true; // the run is void already; finish it without measuring
    let m: Measurement;
    try {
      m = check.measure(sample);
      if (Number.isNaN(m.error)) throw new QthermError(`the measured error is NaN${m.note ? ` (${m.note})` : ""}`);
      if (!Number.isFinite(m.error) && m.holds) {
        throw new QthermError(`measurement returned a non-finite error (${m.error}) but claimed to hold`);
      }
    } catch (error) {
      broken = { sample, error };
      return true;
    }
    runs++;
    if (!(m.error <= worstError)) {
      worstError = m.error;
      worstNote = m.note ?? "";
    }
    return m.holds;
  });
  const result = fc.check(property, {
    seed: context.seed,
    numRuns: context.numRuns,
    ...(context.path !== undefined ? { path: context.path } : {}),
  });
  if (broken !== undefined) throw brokenEvidence(check, broken.sample, broken.error);
  if (result.failed) {
    const counterexample = result.counterexample?.[0];
    let measured = worstError;
    let note = result.errorInstance instanceof Error ? result.errorInstance.message : "";
    if (counterexample !== undefined) {
      try {
        const m = check.measure(counterexample as T);
        measured = m.error;
        note = m.note ?? note;
      } catch (error) {
        note = error instanceof Error ? error.message : String(error);
      }
    }
    return {
      holds: false,
      measuredError: measured,
      details: `counterexample after ${result.numRuns} runs (${result.numShrinks} shrinks): ${
        counterexample !== undefined ? describe(check, counterexample as T) : "none"
      }${note ? `; ${note}` : ""}`,
      seed: result.seed,
      path: result.counterexamplePath ?? undefined,
      counterexample,
    };
  }
  return {
    holds: true,
    measuredError: worstError,
    details: `${runs} samples, worst error ${worstError.toExponential(3)}${worstNote ? ` (${worstNote})` : ""}`,
    seed: result.seed,
  };
}

/** The error a broken sample is reported with: undecided stays undecided, the rest names the sample. */
function brokenEvidence<T>(check: { readonly describe?: (sample: T) => string }, sample: T, error: unknown): Error {
  const at = describe(check, sample);
  if (error instanceof UndecidedError) return new UndecidedError(error.step, error.expression, `${error.reason} (at the sample ${at})`, { cause: error });
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new QthermError(`the measurement threw at the sample ${at}: ${message}`, { cause: error });
}

function describe<T>(check: { readonly describe?: (sample: T) => string }, sample: T): string {
  if (check.describe) return check.describe(sample);
  try {
    return JSON.stringify(sample);
  } catch {
    return String(sample);
  }
}

/** A property judged by a criterion: each sample's measurement goes through the judge. */
export interface JudgedPropertyCheck<T> {
  readonly criterion: Criterion;
  readonly arbitrary: fc.Arbitrary<T>;
  /** The measurement at one sample (numbers, never a verdict). */
  readonly measure: (sample: T) => Observed;
  /** Describes a sample in the report (default: JSON). */
  readonly describe?: (sample: T) => string;
  /**
   * Samples checked before the random ones (fast-check `examples`), e.g. a stated point of
   * the source where a registered failure is demonstrated; they count as runs.
   */
  readonly examples?: readonly T[];
}

/**
 * Runs a property whose samples are judged by the claim's criterion inside the fast-check
 * predicate (so that a failing sample is shrunk to a minimal counterexample), and returns
 * the property measurement: runs, seed, the worst sample over the run (for a failure: the
 * demonstrated violation, not the shrunk counterexample sitting on the threshold) and the
 * shrunk counterexample with its replay path.
 * A sample whose measurement throws, or is judged undecided or an error, is not a
 * counterexample: the first one is rethrown after the run (see {@link checkProperty}).
 */
export function judgedProperty<T>(check: JudgedPropertyCheck<T>, context: VerifyContext): PropertyMeasurement {
  let worst: JudgedSample | null = null;
  let runs = 0;
  let broken: { readonly sample: T; readonly error: unknown } | undefined;
  const judgeSample = (sample: T): JudgedSample => {
    const j = judge(check.criterion, check.measure(sample));
    if (j.verdict === "undecided") throw new UndecidedError(j.undecided?.step ?? "judge", "", j.undecided?.reason ?? j.detail);
    if (j.verdict === "error") throw new QthermError(j.detail);
    return { description: describe(check, sample), verdict: j.verdict, measuredError: j.measuredError, detail: j.detail };
  };
  const property = fc.property(check.arbitrary, (sample) => {
    if (broken !== undefined) return true;
    let judged: JudgedSample;
    try {
      judged = judgeSample(sample);
    } catch (error) {
      broken = { sample, error };
      return true;
    }
    runs++;
    if (worst === null || judged.measuredError > worst.measuredError) worst = judged;
    return judged.verdict === "holds";
  });
  const result = fc.check(property, {
    seed: context.seed,
    numRuns: context.numRuns,
    ...(context.path !== undefined ? { path: context.path } : {}),
    ...(check.examples !== undefined ? { examples: check.examples.map((e) => [e] as [T]) } : {}),
  });
  if (broken !== undefined) throw brokenEvidence(check, broken.sample, broken.error);
  if (!result.failed) return { kind: "property", runs, seed: result.seed, worst };
  const value = result.counterexample?.[0] as T;
  const shrunk = judgeSample(value);
  return {
    kind: "property",
    runs: result.numRuns,
    seed: result.seed,
    worst,
    counterexample: { ...shrunk, value, path: result.counterexamplePath ?? undefined, shrinks: result.numShrinks },
  };
}
