import fc from "fast-check";
import type { Outcome, Source, VerifyContext } from "../../core/claim.js";
import { parameterArbitrary, unitUniform } from "../../evidence/arbitraries.js";
import { checkProperty, type Measurement } from "../../evidence/property.js";
import { energyRange } from "../../physics/thermo/effective-temperature.js";
import { entropyObservables, type EntropyObservables } from "./entropy-observables.js";
import { bathLevels, setEntropyParameterSchema, type SetEntropyParams } from "./params.js";
import { initialReference, type InitialReference } from "./population-observables.js";
import { initialOccupations, setSystem, type SetSystem } from "./system.js";
import { meanGamma } from "./trajectory.js";

/** Shared pieces of the claims: source, sample arbitraries, evaluation of one sample. */

export const MODEL = "set-entropy-production";
export const DOC = "001_06d9cbfd9396c60e.txt";
export const source = (where: string): Source => ({ doc: DOC, where });

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
 * β_ν ≤ 2 and 79 % at β_ν ≤ 1, so with β_ν ≤ 1 the ≥ 50 % requirement below sits ~5 standard
 * deviations under the expected fraction for ~50 draws and does not fail by chance.
 */
export const PURE_BETA_MAX = 1;

/** Minimum fraction of accepted draws for a property claim over pure states to count as evidence. */
export const MIN_ACCEPTED_FRACTION = 0.5;

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
 * β*, μ* at time t, eqs. (5)–(6)) inside the domain is a failure of the claim, reported
 * with its counterexample by checkProperty.
 */
export function evaluateSample(s: TimeSample): EvaluatedSample {
  const system = setSystem(s.params);
  const reference = initialReference(system);
  const time = 10 ** s.logGammaTime / meanGamma(s.params);
  return { system, reference, time, observables: entropyObservables(system, reference, time, "ts") };
}

/**
 * Runs a property claim over `timeSampleDomain(initial)` and states in its details how many
 * samples were checked and how many draws the domain filter rejected; the claim fails when
 * fewer than {@link MIN_ACCEPTED_FRACTION} of the draws were accepted (a filter that
 * rejects most draws would leave the stated domain essentially untested).
 */
export function propertyOverSamples(initial: "thermal" | "pure", measure: (s: TimeSample) => Measurement, context: VerifyContext, preface = ""): Outcome {
  const { arbitrary, count } = timeSampleDomain(initial);
  const outcome = checkProperty({ arbitrary, measure, describe: describeSample }, context);
  const draws = count.accepted + count.rejected;
  const fraction = draws > 0 ? count.accepted / draws : 0;
  const enough = fraction >= MIN_ACCEPTED_FRACTION;
  const tally = `draws: ${count.accepted} in the domain and checked, ${count.rejected} rejected by the filter (${initial === "pure" ? "Fock states without finite β*_0, μ*_0" : "none expected"}); accepted fraction ${fraction.toFixed(2)} (required ≥ ${MIN_ACCEPTED_FRACTION})`;
  return {
    ...outcome,
    holds: outcome.holds && enough,
    details: `${preface}${outcome.details}; ${tally}${enough ? "" : " — TOO FEW CHECKED"}`,
  };
}
