import { criterionOf, isJudged, statusForVerdict, statusOf, type Claim, type JudgedClaim, type Outcome, type Verdict, type VerdictStatus, type VerifyContext } from "../core/claim.js";
import { DomainError, QthermError, UndecidedError } from "../core/errors.js";
import type { Measurement, Observation, PropertyMeasurement } from "../core/measurement.js";
import { judge } from "../evidence/judge.js";
import { expectedStatusFromLedger, readLedger, type LedgerEntry } from "./ledger.js";

/**
 * Runs claims and turns their evidence into verdicts: a judged claim's measurement goes
 * through the one judge (evidence/judge.ts) with the claim's declared criterion; the
 * expected status comes from the expected-verdict ledger (checks/ledger.ts), never from
 * the claim. A claim whose evidence throws is never a crash of the whole run and never
 * its expected status: an UndecidedError (the engine could not decide within its
 * load-independent budget) gives 'undecided', any other error 'error', each with the
 * message in the details. A NaN measured error is an 'error' too (nothing returns NaN
 * silently).
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
  /**
   * What each claim is expected to give; default: its line in the package's ledger
   * (verdicts/). Users' claims (`qtherm check`) are expected to hold.
   */
  readonly expectation?: (claim: Claim) => LedgerEntry;
}

/** The ledger line of a claim; throws QthermError when the ledger has none. */
export function ledgerExpectation(claim: Claim): LedgerEntry {
  const entry = readLedger().entries.get(claim.id);
  if (entry === undefined) throw new QthermError(`claim '${claim.id}' has no line in the expected-verdict ledger verdicts/${claim.model}.json; add { "expect": "holds" } (or "fails" with a why)`);
  return entry;
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

type Resolved = { readonly outcome: Outcome; readonly status?: VerdictStatus };

/** Runs a legacy claim's evidence; a throw becomes an undecided or an error outcome. */
async function measureLegacy(claim: Extract<Claim, { verify: unknown }>, context: VerifyContext): Promise<Resolved> {
  try {
    const outcome = await claim.verify(context);
    if (Number.isNaN(outcome.measuredError)) {
      return { outcome: { ...outcome, holds: false, details: `error: the measured error is NaN — ${outcome.details}` }, status: "error" };
    }
    return { outcome };
  } catch (error) {
    return thrown(error);
  }
}

/** Measures a judged claim and judges the measurement under the claim's criterion. */
async function measureJudged(claim: JudgedClaim, context: VerifyContext): Promise<Resolved> {
  let observation: Observation;
  try {
    observation = await claim.measure(context);
  } catch (error) {
    return thrown(error);
  }
  const property = propertyIn(observation.measurement);
  const evidence = {
    ...(observation.plots !== undefined ? { plots: observation.plots } : {}),
    ...(observation.values !== undefined ? { values: observation.values } : {}),
  };
  const replay = property
    ? {
        seed: property.seed,
        ...(property.counterexample !== undefined ? { path: property.counterexample.path, counterexample: property.counterexample.value } : {}),
      }
    : {};
  const base = { ...replay, ...(Object.keys(evidence).length > 0 ? { evidence } : {}) };
  if (observation.outOfDomain !== undefined) {
    return { outcome: { holds: false, measuredError: 0, details: `out of domain: ${observation.outOfDomain}`, outOfDomain: true, ...base }, status: "out-of-domain" };
  }
  let judgement;
  try {
    judgement = judge(claim.criterion, observation.measurement);
  } catch (error) {
    return thrown(error);
  }
  const details = observation.note ? `${judgement.detail}; ${observation.note}` : judgement.detail;
  const outcome: Outcome = {
    holds: judgement.verdict === "holds",
    measuredError: judgement.measuredError,
    details,
    ...base,
    ...(judgement.order !== undefined ? { order: judgement.order } : {}),
    ...(judgement.undecided !== undefined ? { undecided: judgement.undecided } : {}),
  };
  if (Number.isNaN(judgement.measuredError)) return { outcome: { ...outcome, details: `error: the measured error is NaN — ${details}` }, status: "error" };
  if (judgement.verdict === "error") return { outcome, status: "error" };
  if (judgement.verdict === "undecided") return { outcome, status: "undecided" };
  return { outcome, status: statusForVerdict(claim, judgement.verdict) };
}

/** The property measurement of an observation: the measurement itself, or the first one among its parts (depth first). */
function propertyIn(m: Measurement): PropertyMeasurement | undefined {
  if (m.kind === "property") return m;
  if (m.kind === "parts") {
    for (const part of Object.values(m.parts)) {
      const found = propertyIn(part);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

function thrown(error: unknown): Resolved {
  if (error instanceof UndecidedError) {
    return {
      outcome: { holds: false, measuredError: Infinity, details: `undecided at ${error.step}: ${error.reason}`, undecided: { step: error.step, reason: error.reason } },
      status: "undecided",
    };
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { outcome: { holds: false, measuredError: Infinity, details: `error: the evidence threw ${message}` }, status: "error" };
}

/** Verifies one claim. */
export async function runClaim(claim: Claim, options: RunOptions = {}): Promise<Verdict> {
  const started = performance.now();
  const context = { seed: options.seed ?? DEFAULT_SEED, numRuns: propertyRuns(options.numRuns), ...(options.path !== undefined ? { path: options.path } : {}) };
  const expectedStatus = expectedStatusFromLedger(claim, (options.expectation ?? ledgerExpectation)(claim));
  const { outcome, status: resolved } = isJudged(claim) ? await measureJudged(claim, context) : await measureLegacy(claim, context);
  const status = resolved ?? statusOf(claim, outcome);
  return {
    ...outcome,
    claimId: claim.id,
    status,
    expectedStatus,
    // undecided and error are never what a claim is registered to produce
    unexpected: status !== expectedStatus,
    criterion: criterionOf(claim),
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
