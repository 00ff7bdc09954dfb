import { close, type Criterion } from "./criterion.js";
import type { Observation } from "./measurement.js";
import type { Tolerance } from "./tolerance.js";

/**
 * A claim: a statement taken from a source, with the evidence that decides it
 * (DESIGN §1).
 */

export type ClaimKind = "identity" | "limit" | "agreement" | "invariant" | "golden";

/** Where a claim comes from: the seed document and the place in it. */
export interface Source {
  /** File name under shared/seeds, e.g. "004_a34d5d2333a6057f.txt". */
  readonly doc: string;
  /** "eq. (47)", "slide 5", "Fig. 3 caption", … */
  readonly where: string;
}

/**
 * What the evidence found, before the runner compares it with the expectation.
 * `holds` is the bare truth value of the comparison under the claim's tolerance.
 */
export interface Outcome {
  readonly holds: boolean;
  /** The measured error in the units the tolerance is stated in (max |Δ| or ratio, as details say). */
  readonly measuredError: number;
  /** Short human summary of the measurement. */
  readonly details: string;
  /** For properties: the fast-check seed and path of the (shrunk) counterexample. */
  readonly seed?: number;
  readonly path?: string;
  readonly counterexample?: unknown;
  /** The parameter point was outside the claim's domain (the claim makes no statement there). */
  readonly outOfDomain?: boolean;
  /** Plots and numbers for the report. */
  readonly evidence?: Evidence;
  /** For limits: the fitted order of convergence, and the order the source states. */
  readonly order?: { readonly measured: number; readonly expected: number };
  /** Set when the evidence could not decide; the status is then 'undecided' whatever `holds` says. */
  readonly undecided?: Undecided;
}

/** A curve for the report: y against x, optionally on log axes. */
export interface EvidenceSeries {
  readonly name: string;
  readonly x: readonly number[];
  readonly y: readonly number[];
}

export interface EvidencePlot {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly logX?: boolean;
  readonly logY?: boolean;
  readonly series: readonly EvidenceSeries[];
}

export interface Evidence {
  readonly plots?: readonly EvidencePlot[];
  readonly values?: Readonly<Record<string, number | string>>;
}

/**
 * The status of a claim after verification.
 * - holds / fails: the plain result of the claim's criterion;
 * - erratum-printed: the printed form of an erratum failed, as expected;
 * - erratum-corrected: the corrected form of an erratum holds;
 * - out-of-domain: the claim does not apply at the requested parameters;
 * - undecided: the evidence could not decide (the symbolic engine ran out of its
 *   load-independent work budget, met an operation it does not support, or hit the guard
 *   against a hung engine) — never counted as holding or failing;
 * - error: the evidence threw (engine, numerics, anything) — never a claim's expected status.
 */
export type VerdictStatus = "holds" | "fails" | "erratum-printed" | "erratum-corrected" | "out-of-domain" | "undecided" | "error";

/** Every status, in the order reports list them. */
export const VERDICT_STATUSES: readonly VerdictStatus[] = ["holds", "fails", "erratum-printed", "erratum-corrected", "out-of-domain", "undecided", "error"];

/** Why the evidence could not decide: the step that gave up and the load-independent reason. */
export interface Undecided {
  readonly step: string;
  readonly reason: string;
}

export interface Verdict extends Outcome {
  readonly claimId: string;
  readonly status: VerdictStatus;
  /** The status the expected-verdict ledger registers for the claim. */
  readonly expectedStatus: VerdictStatus;
  /** status !== expectedStatus: this is what makes `qtherm verify` exit 1 (or 4 when undecided). */
  readonly unexpected: boolean;
  /** The criterion the judge applied. */
  readonly criterion: Criterion;
  /** Wall time of the verification in milliseconds (the only load-dependent field; nothing decides on it). */
  readonly elapsedMs: number;
}

/** A printed formula that fails and its demonstrable correction; the suite keeps both. */
export interface Erratum {
  /** "printed" claims are expected to fail, "corrected" claims to hold. */
  readonly role: "printed" | "corrected";
  /** Id of the other claim of the pair. */
  readonly partner: string;
  readonly printed: string;
  readonly corrected: string;
  /** The printed and the corrected formula in TeX (rendered in the HTML report). */
  readonly printedTex?: string;
  readonly correctedTex?: string;
  /** Why the printed form is wrong (conversion damage, misprint, …). */
  readonly explanation: string;
}

/** Options the runner hands to every claim. */
export interface VerifyContext {
  /** Seed of every random draw in the claim (properties, random points). */
  readonly seed: number;
  /** fast-check replay path of a counterexample. */
  readonly path?: string;
  /** Number of property runs (scaled by QTHERM_PROPERTY_RUNS). */
  readonly numRuns: number;
}

/** What every claim has, however it is judged. */
export interface ClaimBase {
  /** "<model>/<short-name>" */
  readonly id: string;
  readonly model: string;
  readonly source: Source;
  readonly statement: string;
  /** The statement's formula in TeX (rendered in the HTML report), e.g. "J_A + J_B = 0". */
  readonly tex?: string;
  readonly kind: ClaimKind;
  /** The parameter region where the claim is asserted, in words (the arbitraries hold the data). */
  readonly domain: string;
  /** Set when the claim is one half of an erratum pair. */
  readonly erratum?: Erratum;
  /**
   * For derivations: the steps done by hand, each naming the independent check that backs
   * it; an empty list means the engine performs every step ("hand steps: none").
   */
  readonly handSteps?: readonly string[];
  /**
   * A solver check: it cannot fail by construction of the numerics (e.g. trace preservation
   * of a generator built trace-preserving), so it tests the code, not the paper.
   */
  readonly solverCheck?: boolean;
}

/**
 * A claim judged by the one judge: it declares its criterion, and its evidence returns a
 * measurement, never a verdict (DESIGN §1). Build claims with the claim kit
 * (evidence/claim-kit.ts).
 */
export interface JudgedClaim extends ClaimBase {
  readonly criterion: Criterion;
  readonly measure: (context: VerifyContext) => Observation | Promise<Observation>;
}

/** A claim of the earlier form, deciding `holds` itself (being migrated to JudgedClaim). */
export interface LegacyClaim extends ClaimBase {
  readonly tolerance: Tolerance;
  /**
   * Set when a claim from the source is known to fail (e.g. the second law of an
   * inconsistent master equation) and the suite shows the counterexample.
   */
  readonly expectedToFail?: { readonly why: string };
  readonly verify: (context: VerifyContext) => Outcome | Promise<Outcome>;
}

export type Claim = JudgedClaim | LegacyClaim;

/** True for a claim judged by the judge. */
export function isJudged(claim: Claim): claim is JudgedClaim {
  return "criterion" in claim;
}

/** The criterion a claim is judged by (a legacy claim's tolerance read as a closeness criterion). */
export function criterionOf(claim: Claim): Criterion {
  return isJudged(claim) ? claim.criterion : close({ rtol: claim.tolerance.rtol, atol: claim.tolerance.atol, reason: claim.tolerance.reason });
}

/** The status a legacy claim registers itself (the expected-verdict ledger replaces it). */
export function expectedStatusOf(claim: Claim): VerdictStatus {
  if (claim.erratum) return claim.erratum.role === "printed" ? "erratum-printed" : "erratum-corrected";
  return !isJudged(claim) && claim.expectedToFail ? "fails" : "holds";
}

/**
 * The status a claim with this role produces when its criterion gives `verdict`:
 * a printed erratum that fails is 'erratum-printed', a corrected one that holds
 * 'erratum-corrected'; everything else keeps its name.
 */
export function statusForVerdict(claim: ClaimBase, verdict: "holds" | "fails"): VerdictStatus {
  if (claim.erratum?.role === "printed" && verdict === "fails") return "erratum-printed";
  if (claim.erratum?.role === "corrected" && verdict === "holds") return "erratum-corrected";
  return verdict;
}

/**
 * Maps an outcome onto a status, given the claim's role. An undecided outcome is
 * 'undecided' for every role: it never counts as the expected failure of a printed
 * erratum or a registered failure.
 */
export function statusOf(claim: Claim, outcome: Outcome): VerdictStatus {
  if (outcome.undecided !== undefined) return "undecided";
  if (outcome.outOfDomain) return "out-of-domain";
  if (claim.erratum?.role === "printed") return outcome.holds ? "holds" : "erratum-printed";
  if (claim.erratum?.role === "corrected") return outcome.holds ? "erratum-corrected" : "fails";
  return outcome.holds ? "holds" : "fails";
}
