import fc from "fast-check";
import type { Claim, Outcome, Source, VerifyContext } from "../../core/claim.js";
import { tolerance, type Tolerance } from "../../core/tolerance.js";
import { parameterArbitrary, realArbitrary } from "../../evidence/arbitraries.js";
import { checkProperty, type Measurement } from "../../evidence/property.js";
import * as exact from "./exact.js";
import { coupledTlsParameterSchema, resolveCoupledTlsParams, singleModeOf, type CoupledTlsParams, type SingleModeParams } from "./params.js";

/**
 * Shared vocabulary of the coupled-tls claims (004_a34d5d2333a6057f.txt): model id and
 * sources, the tolerances with what sets them, the parameter domains (fast-check
 * arbitraries), and the builders of property claims.
 */

export const MODEL = "coupled-tls";
export const source = (where: string): Source => ({ doc: "004_a34d5d2333a6057f.txt", where });

// ---------------------------------------------------------------- tolerances (with what sets them)

/** Density-matrix entries of the exact steady state. */
export const STATE_TOL = tolerance(
  0,
  1e-12,
  "steady state from the trace-bordered LU solve of the 16×16 (one mode: 4×4) Liouvillian, cross-checked with its null space: " +
    "forward error ≲ 1e-16·‖𝓛‖/g with ‖𝓛‖/g ≲ 10³ over the sampled domain (ω ≤ 2, Γ ≥ 0.1); measured ≤ 1e-14",
);
/** Currents, operators and entropy production divided by the scale Γ_Aω_A + Γ_Bω_B (×(β_A + β_B) for σ). */
export const CURRENT_TOL = tolerance(
  0,
  1e-13,
  "currents Tr(ρ 𝓛_ν†Ĥ) in units of Γ_Aω_A + Γ_Bω_B: ‖𝓛_ν†Ĥ‖ ≲ 2Γ_νω_ν and ρ is accurate to ~1e-15, " +
    "so round-off is ~1e-15 of the scale (measured ≤ 7e-16 over 4000 samples); a physical violation is ≳ 1e-6 of it",
);
/** Fitted order of convergence along ε/Γ ∈ [1e-4, 1e-2]. */
export const ORDER_TOL = tolerance(
  0,
  0.1,
  "order fitted over ε/Γ ∈ [1e-4, 1e-2]: the next order adds a relative O(ε/Γ) ≤ 1e-2 to the error, shifting the slope by ≲ 0.01; " +
    "round-off (~1e-15) is ≥ 10⁴ below the smallest error fitted",
);
/** Relative error of a first-order current formula at ε/Γ = 1e-4 (both halves of the erratum pair). */
export const FIRST_ORDER_TOL = tolerance(
  1e-3,
  0,
  "a formula correct to first order has relative error O(ε/Γ): at ε/Γ = 1e-4 the second-order term is ≤ (ε/Γ)(2 + x_A + x_B)/((1 + x_A)(1 + x_B)) ≤ 2e-4 of J_A",
);
/** The population-chain check of incoherent-autonomy: generator entries (over the largest rate) and populations. */
export const AUTONOMY_TOL = tolerance(
  0,
  1e-12,
  "generator entries are sums of ≤ 4 products of a rate with ±1 or ±½ (matrix elements of the Jordan–Wigner operators): rounding ≤ 1e-15 of the largest rate; " +
    "coherences and populations of the steady state as STATE_TOL (forward error ≲ 1e-16·‖𝓛‖/gap, measured ≤ 1e-14); W's stationary vector by a 4×4 LU solve (~1e-15)",
);
/** Symbolic identities: the numeric spot-checks of equivalent(). */
export const SYMBOLIC_TOL = tolerance(
  1e-10,
  0,
  "symbolic difference simplified to 0 by the engine, and both sides evaluated at random points of the domain in double precision " +
    "(rational functions of degree ≤ 8: cancellation ≲ 1e-13)",
);

// ---------------------------------------------------------------- domains

/** Draws with coupling 'coherent' always satisfy the schema's relation; the maps below set the coupling they need. */
export const coherentDraws = parameterArbitrary(coupledTlsParameterSchema, { fixed: { coupling: "coherent" } });
/** Incoherent resonant coupling (ω_B := ω_A), any Γ_A, Γ_B. */
export const incoherentDomain = coherentDraws.map((p) => resolveCoupledTlsParams({ ...p, coupling: "incoherent", omegaB: p.omegaA }));
/** Slides 4–5: incoherent resonant coupling with Γ_A = Γ_B. */
export const slideFourDomain = coherentDraws.map((p) => resolveCoupledTlsParams({ ...p, coupling: "incoherent", omegaB: p.omegaA, gammaB: p.gammaA }));
/** Coherent coupling at resonance ω_B := ω_A. */
export const resonantCoherentDomain = coherentDraws.map((p) => resolveCoupledTlsParams({ ...p, omegaB: p.omegaA }));
/**
 * Coherent coupling off resonance with temperature ratios β_B/β_A ∈ [1/4, 4] (the same window as
 * ω_A/ω_B ∈ [1/4, 4]), where the sign of β_A − β_B and of β_Aω_A − β_Bω_B can differ.
 */
export const offResonantCoherentDomain = fc
  .tuple(coherentDraws, realArbitrary({ kind: "real", name: "betaRatio", description: "β_B/β_A", unit: "1", default: 1 }, { min: 0.25, max: 4, scale: "log" }))
  .map(([p, ratio]) => resolveCoupledTlsParams({ ...p, betaB: Math.min(10, p.betaA * ratio) }));
/** One thermalized mode (slide 1): mode A of a draw. */
export const singleModeDomain = coherentDraws.map((p) => singleModeOf(p, "A"));

export const fmt = (x: number): string => x.toPrecision(4);
export const describeParams = (p: CoupledTlsParams): string =>
  `ω_A=${fmt(p.omegaA)}, ω_B=${fmt(p.omegaB)}, Γ_A=${fmt(p.gammaA)}, Γ_B=${fmt(p.gammaB)}, β_A=${fmt(p.betaA)}, β_B=${fmt(p.betaB)}, ε=${fmt(p.epsilon)}, ${p.coupling}`;
export const describeMode = (p: SingleModeParams): string => `ω=${fmt(p.omega)}, Γ=${fmt(p.gamma)}, β=${fmt(p.beta)}`;
export const scaleOf = (p: CoupledTlsParams): number => p.gammaA * p.omegaA + p.gammaB * p.omegaB;
export const within = (error: number, tol: Tolerance, note: string): Measurement => ({ error, holds: error <= tol.atol, note });

/** A claim whose verdict is a property over a domain. */
export function propertyClaim<T>(
  fields: Omit<Claim, "model" | "verify">,
  arbitrary: fc.Arbitrary<T>,
  measure: (sample: T) => Measurement,
  describe: (sample: T) => string,
): Claim {
  return { ...fields, model: MODEL, verify: (context: VerifyContext) => checkProperty({ arbitrary, measure, describe }, context) };
}

/**
 * A property claim expected to fail, whose outcome also carries a clear-cut demonstration at a
 * stated point (the shrunk counterexample sits, by construction of shrinking, just past the tolerance).
 */
export function expectedFailureClaim(
  fields: Omit<Claim, "model" | "verify">,
  arbitrary: fc.Arbitrary<CoupledTlsParams>,
  measure: (sample: CoupledTlsParams) => Measurement,
  demonstration: Readonly<Record<string, number | string>>,
): Claim {
  return {
    ...fields,
    model: MODEL,
    verify: (context: VerifyContext): Outcome => {
      const outcome = checkProperty({ arbitrary, measure, describe: describeParams }, context);
      const point = resolveCoupledTlsParams(demonstration);
      const m = measure(point);
      const c = exact.coupledTlsCurrents(point);
      return {
        ...outcome,
        details: `${outcome.details}; demonstration at ${describeParams(point)}: error ${m.error.toExponential(3)} (${m.note ?? ""})`,
        evidence: {
          values: {
            demonstration: describeParams(point),
            demonstrationError: m.error,
            heatA: c.heatA,
            heatB: c.heatB,
            localHeatA: c.localHeatA,
            localHeatB: c.localHeatB,
            entropyProduction: c.entropyProduction,
            localEntropyProduction: c.localEntropyProduction,
          },
        },
      };
    },
  };
}

/** Off resonance with the hot bath A on the higher level: β_Aω_A = 1 > β_Bω_B = 0.75 although β_A < β_B. */
export const LEVY_KOSLOFF_POINT = { omegaA: 2, omegaB: 0.5, betaA: 0.5, betaB: 1.5, gammaA: 1, gammaB: 1, epsilon: 0.1, coupling: "coherent" } as const;


/** Normalised violation of σ ≥ 0 and of (β_B − β_A)J_A ≥ 0. */
export function secondLawViolation(p: CoupledTlsParams, sigma: number, heatA: number): Measurement {
  const scale = (p.betaA + p.betaB) * scaleOf(p);
  const violation = Math.max(0, -sigma, -(p.betaB - p.betaA) * heatA) / scale;
  return within(violation, CURRENT_TOL, `σ = ${sigma.toExponential(4)}, J_A = ${heatA.toExponential(4)}`);
}

