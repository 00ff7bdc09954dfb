import { expectedStatusOf, statusOf, type Claim, type Outcome, type Verdict } from "../core/claim.js";
import { DomainError, UndecidedError } from "../core/errors.js";

/**
 * Runs claims and turns their outcomes into verdicts. A claim whose evidence throws is
 * never a crash of the whole run and never its expected status: an UndecidedError (the
 * engine could not decide within its load-independent budget) gives 'undecided', any
 * other error 'error', each with the message in the details. A NaN measured error is an
 * 'error' too (nothing returns NaN silently).
 */

/** Default seed of every property run; `qtherm verify --seed` overrides it. */
export const DEFAULT_SEED = 20140401;

/** Default number of property samples; QTHERM_PROPERTY_RUNS overrides it for deep runs. */
export const DEFAULT_PROPERTY_RUNS = 40;

export interface RunOptions {
  readonly seed?: number;
  readonly path?: string;
  readonly numRuns?: number;
  /** Called after each claim with its verdict (progress output). */
  readonly onVerdict?: (verdict: Verdict, index: number, total: number) => void;
}

/** Number of property runs: explicit option, then QTHERM_PROPERTY_RUNS, then the default. */
export function propertyRuns(explicit?: number, env: NodeJS.ProcessEnv = process.env): number {
  if (explicit !== undefined) return explicit;
  const fromEnv = env.QTHERM_PROPERTY_RUNS;
  if (fromEnv !== undefined && fromEnv !== "") {
    const n = Number(fromEnv);
    if (Number.isInteger(n) && n > 0) return n;
    throw new DomainError("QTHERM_PROPERTY_RUNS", "a positive integer", `got '${fromEnv}'`);
  }
  return DEFAULT_PROPERTY_RUNS;
}

type Resolved = { readonly outcome: Outcome; readonly thrown: boolean };

/** Runs the claim's evidence; a throw becomes an undecided or an error outcome. */
async function measure(claim: Claim, context: Parameters<Claim["verify"]>[0]): Promise<Resolved> {
  try {
    const outcome = await claim.verify(context);
    if (Number.isNaN(outcome.measuredError)) {
      return { outcome: { ...outcome, holds: false, details: `error: the measured error is NaN — ${outcome.details}` }, thrown: true };
    }
    return { outcome, thrown: false };
  } catch (error) {
    if (error instanceof UndecidedError) {
      return {
        outcome: { holds: false, measuredError: Infinity, details: `undecided at ${error.step}: ${error.reason}`, undecided: { step: error.step, reason: error.reason } },
        thrown: false,
      };
    }
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { outcome: { holds: false, measuredError: Infinity, details: `error: the evidence threw ${message}` }, thrown: true };
  }
}

/** Verifies one claim. */
export async function runClaim(claim: Claim, options: RunOptions = {}): Promise<Verdict> {
  const started = performance.now();
  const context = { seed: options.seed ?? DEFAULT_SEED, numRuns: propertyRuns(options.numRuns), ...(options.path !== undefined ? { path: options.path } : {}) };
  const { outcome, thrown } = await measure(claim, context);
  const status = thrown ? "error" : statusOf(claim, outcome);
  const expectedStatus = expectedStatusOf(claim);
  return {
    ...outcome,
    claimId: claim.id,
    status,
    expectedStatus,
    // undecided and error are never what a claim is registered to produce
    unexpected: status !== expectedStatus,
    tolerance: claim.tolerance,
    // elapsedMs is the only load-dependent field of a verdict; nothing decides on it
    elapsedMs: performance.now() - started,
  };
}

/** Verifies claims in order (deterministic: each claim gets the same seed). */
export async function runClaims(claims: readonly Claim[], options: RunOptions = {}): Promise<Verdict[]> {
  const verdicts: Verdict[] = [];
  for (const [index, claim] of claims.entries()) {
    const verdict = await runClaim(claim, options);
    verdicts.push(verdict);
    options.onVerdict?.(verdict, index, claims.length);
  }
  return verdicts;
}
