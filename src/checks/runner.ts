import { expectedStatusOf, statusOf, type Claim, type Outcome, type Verdict } from "../core/claim.js";
import { DomainError } from "../core/errors.js";

/**
 * Runs claims and turns their outcomes into verdicts. A claim that throws is a
 * failure carrying the error message (a DomainError is out-of-domain), never a crash
 * of the whole run.
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

/** Verifies one claim. */
export async function runClaim(claim: Claim, options: RunOptions = {}): Promise<Verdict> {
  const started = performance.now();
  const context = { seed: options.seed ?? DEFAULT_SEED, numRuns: propertyRuns(options.numRuns), ...(options.path !== undefined ? { path: options.path } : {}) };
  let outcome: Outcome;
  try {
    outcome = await claim.verify(context);
    if (Number.isNaN(outcome.measuredError)) {
      outcome = { ...outcome, holds: false, details: `measured error is NaN — ${outcome.details}` };
    }
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    outcome = { holds: false, measuredError: Infinity, details: `threw ${message}`, outOfDomain: error instanceof DomainError };
  }
  const status = statusOf(claim, outcome);
  const expectedStatus = expectedStatusOf(claim);
  return {
    ...outcome,
    claimId: claim.id,
    status,
    expectedStatus,
    unexpected: status !== expectedStatus,
    tolerance: claim.tolerance,
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
