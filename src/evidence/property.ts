import fc from "fast-check";
import type { Outcome, VerifyContext } from "../core/claim.js";

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
 */
export function checkProperty<T>(check: PropertyCheck<T>, context: VerifyContext): Outcome {
  let worstError = 0;
  let worstNote = "";
  let runs = 0;
  const property = fc.property(check.arbitrary, (sample) => {
    const m = check.measure(sample);
    runs++;
    if (!Number.isFinite(m.error) && m.holds) {
      throw new Error(`measurement returned a non-finite error (${m.error}) but claimed to hold at ${describe(check, sample)}`);
    }
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

function describe<T>(check: PropertyCheck<T>, sample: T): string {
  if (check.describe) return check.describe(sample);
  try {
    return JSON.stringify(sample);
  } catch {
    return String(sample);
  }
}
