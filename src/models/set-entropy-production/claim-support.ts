import fc from "fast-check";
import type { Source } from "../../core/claim.js";
import { DomainError } from "../../core/errors.js";
import { parameterArbitrary } from "../../evidence/arbitraries.js";
import type { Measurement } from "../../evidence/property.js";
import { entropyObservables, type EntropyObservables } from "./entropy-observables.js";
import { setEntropyParameterSchema, type SetEntropyParams } from "./params.js";
import { initialReference, type InitialReference } from "./population-observables.js";
import { setSystem, type SetSystem } from "./system.js";
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
 * Random small systems (K_L, K_R ∈ [8, 24] independently, all other fields over their
 * sampling windows) at a log-uniform Γt ∈ [10⁻², 10⁶]: the transient, regime II and the
 * long-time regime of such small baths all occur in that range.
 */
export function timeSampleArbitrary(initial: "thermal" | "pure"): fc.Arbitrary<TimeSample> {
  const sampling = initial === "pure" ? { betaL: { min: 0.2, max: 2, scale: "log" as const }, betaR: { min: 0.2, max: 2, scale: "log" as const } } : {};
  return fc.record({
    params: parameterArbitrary(setEntropyParameterSchema, { fixed: { initial }, sampling }),
    logGammaTime: fc.double({ min: -2, max: 6, noNaN: true }),
  });
}

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
 * Evaluates a sample; returns null when the state has no effective temperature (a drawn
 * pure state that is empty, full or the N-particle ground state of a bath: β* = ±∞, a
 * DomainError of eqs. (5)–(6)) — such samples lie outside the claims' domain.
 */
export function evaluateSample(s: TimeSample): EvaluatedSample | null {
  try {
    const system = setSystem(s.params);
    const reference = initialReference(system);
    const time = 10 ** s.logGammaTime / meanGamma(s.params);
    return { system, reference, time, observables: entropyObservables(system, reference, time, "ts") };
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}

/** Measurement of a sample outside the domain (no statement): holds, error 0, noted. */
export const OUTSIDE: Measurement = { error: 0, holds: true, note: "no finite β*, μ* (outside the domain)" };
