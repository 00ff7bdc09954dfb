import fc from "fast-check";
import type { JudgedClaim, VerifyContext } from "../../core/claim.js";
import { all, bound, close, type Criterion } from "../../core/criterion.js";
import { measure, type Measurement, type Observation, type PropertyMeasurement } from "../../core/measurement.js";
import { parameterArbitrary, unitUniform } from "../../evidence/arbitraries.js";
import { claimsFor, type ClaimSpec } from "../../evidence/claim-kit.js";
import { judgedProperty } from "../../evidence/property.js";
import { energyRange } from "../../physics/thermo/effective-temperature.js";
import { entropyObservables, type EntropyObservables } from "./entropy-observables.js";
import { bathLevels, setEntropyParameterSchema, type SetEntropyParams } from "./params.js";
import { initialReference, type InitialReference } from "./population-observables.js";
import { initialOccupations, setSystem, type SetSystem } from "./system.js";
import { meanGamma } from "./trajectory.js";

/**
 * Shared vocabulary of the set-entropy-production claims (001_06d9cbfd9396c60e.txt): the claim
 * kit, the domain of random small systems at random times (fast-check), the evaluation of one
 * sample, and the builder of property claims over that domain with their accepted-fraction
 * condition.
 */

export const kit = claimsFor<SetEntropyParams>({ model: "set-entropy-production", doc: "001_06d9cbfd9396c60e.txt", schema: setEntropyParameterSchema });

/** One property sample: parameters (small K) and log10(Γt). */
export interface TimeSample {
  readonly params: SetEntropyParams;
  readonly logGammaTime: number;
}

/**
 * Whether the drawn initial occupations of one bath (levels ε_k, occupations n_k ∈ {0, 1} for
 * a Fock state) admit a finite β*, μ* by eqs. (5)–(6): 0 < N < K, min(E) < E < max(E) at that N
 * (not the N-particle ground or highest state) and E ≠ N·ε̄ unless 2N = K (β* = 0 with
 * μ* = ±∞). Fock energies differ from those bounds by multiples of Δε = W/(K − 1), so the
 * comparisons use a margin of 10⁻⁹·W, far below Δε ≥ W/23 and far above the round-off of the sums.
 * Source: 001_06d9cbfd9396c60e.txt, eqs. (5)–(6), Sec. IV C.
 */
export function hasFiniteEffectiveTemperature(levels: Float64Array, occupations: ArrayLike<number>, width: number): boolean {
  let energy = 0;
  let particles = 0;
  for (let k = 0; k < levels.length; k++) {
    energy += levels[k] * occupations[k];
    particles += occupations[k];
  }
  if (!(particles > 0 && particles < levels.length)) return false;
  const range = energyRange(levels, particles);
  const margin = 1e-9 * width;
  if (!(energy > range.min + margin && energy < range.max - margin)) return false;
  return 2 * particles === levels.length || Math.abs(energy - range.infiniteTemperature) > margin;
}

/** True when both baths of the drawn initial state have finite β*_ν,0, μ*_ν,0 (always true for thermal states). */
export function initialStateInDomain(p: SetEntropyParams): boolean {
  if (p.initial === "thermal") return true;
  const c = initialOccupations(p);
  return hasFiniteEffectiveTemperature(bathLevels(p.KL, p.W), c.subarray(1, 1 + p.KL), p.W) && hasFiniteEffectiveTemperature(bathLevels(p.KR, p.W), c.subarray(1 + p.KL), p.W);
}

/** Draws accepted and rejected by the domain filter of {@link timeSampleDomain}. */
export interface DrawCount {
  accepted: number;
  rejected: number;
}

/**
 * Upper end of β_ν for pure draws. The colder the bath, the likelier a Fock draw is its
 * N-particle ground state (no finite β*): over 2000 draws (seed 7) the filter keeps 65 % at
 * β_ν ≤ 2 and 79 % at β_ν ≤ 1, so with β_ν ≤ 1 the ≥ 50 % requirement of {@link ACCEPTED}
 * sits ~5 standard deviations under the expected fraction for ~50 draws.
 */
export const PURE_BETA_MAX = 1;

/** Minimum fraction of accepted draws for a property claim over pure states to count as evidence. */
export const MIN_ACCEPTED_FRACTION = 0.5;

/** The accepted-fraction condition of every property claim over {@link timeSampleDomain}. */
export const ACCEPTED = bound({
  atLeast: MIN_ACCEPTED_FRACTION,
  reason:
    "fraction of the draws the domain filter accepted (pure draws: Fock states with finite β*_0, μ*_0 in both baths; thermal draws are never rejected): " +
    "a filter that rejects most draws would leave the stated domain essentially untested; with β_ν ≤ 1 the expected fraction is 0.79 (2000 draws, seed 7), ~5 standard deviations above ½ for ~50 draws",
});

/**
 * Random small systems (K_L, K_R ∈ [8, 24] independently, all other fields over their
 * sampling windows) at a log-uniform Γt ∈ [10⁻², 10⁶]: the transient, regime II and the
 * long-time regime of such small baths all occur in that range. Pure draws (β_ν ∈ [0.2, 1])
 * are restricted by a filter to Fock states with finite β*_ν,0, μ*_ν,0 in both baths
 * ({@link initialStateInDomain}); `count` records how many draws the filter accepted and
 * rejected, so that a claim can report them and refuse to pass on too few.
 */
export function timeSampleDomain(initial: "thermal" | "pure"): { readonly arbitrary: fc.Arbitrary<TimeSample>; readonly count: DrawCount } {
  const sampling = initial === "pure" ? { betaL: { min: 0.2, max: PURE_BETA_MAX, scale: "log" as const }, betaR: { min: 0.2, max: PURE_BETA_MAX, scale: "log" as const } } : {};
  const count: DrawCount = { accepted: 0, rejected: 0 };
  const arbitrary = fc
    .record({
      params: parameterArbitrary(setEntropyParameterSchema, { fixed: { initial }, sampling }),
      // uniform in log Γt (fc.double would crowd the draws at 0 and the range ends)
      logGammaTime: unitUniform().map((u) => -2 + 8 * u),
    })
    .filter((s) => {
      const ok = initialStateInDomain(s.params);
      if (ok) count.accepted++;
      else count.rejected++;
      return ok;
    });
  return { arbitrary, count };
}

/** The arbitrary of {@link timeSampleDomain} alone. */
export function timeSampleArbitrary(initial: "thermal" | "pure"): fc.Arbitrary<TimeSample> {
  return timeSampleDomain(initial).arbitrary;
}

/** One-line description of a sample (all parameters and Γt) for counterexamples and notes. */
export function describeSample(s: TimeSample): string {
  const p = s.params;
  return `K_L=${p.KL} K_R=${p.KR} W=${p.W.toPrecision(4)} Γ_L=${p.gammaL.toPrecision(4)} Γ_R=${p.gammaR.toPrecision(4)} ε_d=${p.epsilonD.toPrecision(3)} n_d=${p.nD.toPrecision(3)} β_L=${p.betaL.toPrecision(4)} β_R=${p.betaR.toPrecision(4)} μ_L=${p.muL.toPrecision(3)} μ_R=${p.muR.toPrecision(3)} ${p.initial}${p.initial === "pure" ? ` seed=${p.seed}` : ""} Γt=${(10 ** s.logGammaTime).toPrecision(4)}`;
}

/** Evaluated sample: system, reference and every observable at the sample time. */
export interface EvaluatedSample {
  readonly system: SetSystem;
  readonly reference: InitialReference;
  readonly time: number;
  readonly observables: EntropyObservables;
}

/**
 * Evaluates a sample of the claims' domain. Nothing is caught: a DomainError (e.g. no finite
 * β*, μ* at time t, eqs. (5)–(6)) inside the domain breaks the property run, which the
 * runner reports as an error naming the sample.
 */
export function evaluateSample(s: TimeSample): EvaluatedSample {
  const system = setSystem(s.params);
  const reference = initialReference(system);
  const time = 10 ** s.logGammaTime / meanGamma(s.params);
  return { system, reference, time, observables: entropyObservables(system, reference, time, "ts") };
}

/**
 * Identities of sums of entropies: each side is a sum of ≤ 2K+1 ≤ 49 binary entropies h(λ) of
 * eigenvalues with backward error ≲ 49·ε; |h′(λ)| ≤ 40 for λ ≥ 10⁻¹⁷, so each entropy carries
 * ≲ 10⁻¹² nats; β*, μ* from eqs. (5)–(6) reproduce E, N to ~10⁻¹⁵ relative. The relative part
 * covers Σ up to ~10² nats at long times.
 */
export const ENTROPY_IDENTITY = close({
  rtol: 1e-10,
  atol: 1e-9,
  reason: "sums of ≤ 49 binary entropies of eigenvalues with backward error ~50ε (|h′| ≤ 40): ≲ 1e-12 nats measured; any missing term is ≳ 1e-3 nats",
});

/** The two initial ensembles of the domain: thermal (grand-canonical) and pure (a seeded Fock state). */
export type InitialStates = readonly ("thermal" | "pure")[];

/**
 * The observation of a property over {@link timeSampleDomain} for each of `initials`: every
 * sample judged by `samples` (one property measurement over the runs of all initials: the
 * worst sample of them all, the first counterexample), and the smallest accepted fraction of
 * the draws for {@link ACCEPTED}. The note tallies the draws and gives the seed (and the
 * replay path of a counterexample). Throws, as judgedProperty does, when a sample's
 * measurement throws: an UndecidedError as it is, anything else as a QthermError naming the
 * sample (the runner reports 'undecided' or 'error', never 'fails').
 */
export function timeSampleObservation(initials: InitialStates, samples: Criterion, measureSample: (s: TimeSample) => Measurement, context: VerifyContext, note = ""): Observation {
  const runs = initials.map((initial) => {
    const { arbitrary, count } = timeSampleDomain(initial);
    const property = judgedProperty({ criterion: samples, arbitrary, measure: measureSample, describe: describeSample }, context);
    const draws = count.accepted + count.rejected;
    return { initial, property, count, fraction: draws > 0 ? count.accepted / draws : 0 };
  });
  const tally = runs.map(
    (r) =>
      `${r.initial} draws: ${r.count.accepted} in the domain and checked, ${r.count.rejected} rejected by the filter (${r.initial === "pure" ? "Fock states without finite β*_0, μ*_0" : "none expected"}), accepted fraction ${r.fraction.toFixed(2)}`,
  );
  const counterexample = runs.find((r) => r.property.counterexample !== undefined)?.property.counterexample;
  const replay = `seed ${context.seed}${counterexample?.path !== undefined ? `, path ${counterexample.path}` : ""}`;
  return {
    measurement: measure.parts({ samples: mergedProperty(runs.map((r) => r.property)), accepted: measure.value("smallest accepted fraction of the draws", Math.min(...runs.map((r) => r.fraction))) }),
    note: `${note === "" ? "" : `${note}; `}${tally.join("; ")}; ${replay}`,
  };
}

/** Several property runs as one: runs added, the worst sample of all, the first counterexample. */
function mergedProperty(list: readonly PropertyMeasurement[]): PropertyMeasurement {
  const worst = list.map((p) => p.worst).reduce((w, s) => (s !== null && (w === null || s.measuredError > w.measuredError) ? s : w), null);
  const counterexample = list.find((p) => p.counterexample !== undefined)?.counterexample;
  return { kind: "property", runs: list.reduce((n, p) => n + p.runs, 0), seed: list[0].seed, worst, ...(counterexample !== undefined ? { counterexample } : {}) };
}

/** A claim over {@link timeSampleDomain}: each sample judged by `samples`, and the draws' accepted fraction by {@link ACCEPTED}. */
export interface TimeSampleClaimSpec extends Omit<ClaimSpec, "criterion"> {
  readonly initials: InitialStates;
  readonly samples: Criterion;
  readonly measure: (s: TimeSample) => Measurement;
  /** What the property measures, put in front of the draw tally. */
  readonly note?: string;
}

/** The criterion of every property claim over the time samples. */
export const timeSampleCriterion = (samples: Criterion): Criterion => all({ samples, accepted: ACCEPTED });

/** Builds a {@link TimeSampleClaimSpec} claim with the kit. */
export function timeSampleClaim(spec: TimeSampleClaimSpec): JudgedClaim {
  const { initials, samples, measure: measureSample, note, ...rest } = spec;
  return kit.claim({ ...rest, criterion: timeSampleCriterion(samples), measure: (context) => timeSampleObservation(initials, samples, measureSample, context, note) });
}
