import fc from "fast-check";
import { close, order, sign } from "../../core/criterion.js";
import { measure, type SignedMeasurement } from "../../core/measurement.js";
import { parameterArbitrary, realArbitrary } from "../../evidence/arbitraries.js";
import { claimsFor } from "../../evidence/claim-kit.js";
import { coupledTlsParameterSchema, resolveCoupledTlsParams, singleModeOf, type CoupledTlsParams, type SingleModeParams } from "./params.js";

/**
 * Shared vocabulary of the coupled-tls claims (004_a34d5d2333a6057f.txt): the claim kit, the
 * criteria with what sets their numbers, and the parameter domains (fast-check arbitraries).
 */

export const kit = claimsFor({ model: "coupled-tls", doc: "004_a34d5d2333a6057f.txt", schema: coupledTlsParameterSchema });

// ---------------------------------------------------------------- criteria (with what sets them)

/** Density-matrix entries of the exact steady state. */
export const STATE = close({
  atol: 1e-12,
  reason:
    "steady state from the trace-bordered LU solve of the 16×16 (one mode: 4×4) Liouvillian, cross-checked with its null space: " +
    "forward error ≲ 1e-16·‖𝓛‖/g with ‖𝓛‖/g ≲ 10³ over the sampled domain (ω ≤ 2, Γ ≥ 0.1); measured ≤ 1e-14",
});

const CURRENT_REASON =
  "currents Tr(ρ 𝓛_ν†Ĥ) in units of Γ_Aω_A + Γ_Bω_B: ‖𝓛_ν†Ĥ‖ ≲ 2Γ_νω_ν and ρ is accurate to ~1e-15, " +
  "so round-off is ~1e-15 of the scale (measured ≤ 7e-16 over 4000 samples); a physical violation is ≳ 1e-6 of it";

/** Currents, current operators and current sums divided by the scale Γ_Aω_A + Γ_Bω_B. */
export const CURRENT = close({ atol: 1e-13, reason: CURRENT_REASON });

/** The second law σ ≥ 0 (and the direction of the heat flow), round-off allowed relative to (β_A + β_B)(Γ_Aω_A + Γ_Bω_B). */
export const SECOND_LAW = sign({ sign: "non-negative", slack: 1e-13, reason: CURRENT_REASON });

/** Fitted order of convergence along ε/Γ ∈ [1e-4, 1e-2]. */
export const ORDER_REASON =
  "order fitted over ε/Γ ∈ [1e-4, 1e-2]: the next order adds a relative O(ε/Γ) ≤ 1e-2 to the error, shifting the slope by ≲ 0.01; " +
  "round-off (~1e-15) is ≥ 10⁴ below the smallest error fitted";
export const firstOrder = order({ expected: 1, window: 0.1, reason: ORDER_REASON });
export const secondOrder = order({ expected: 2, window: 0.1, reason: ORDER_REASON });

/** Relative error of a first-order current formula at ε/Γ = 1e-4 (both halves of the erratum pair). */
export const FIRST_ORDER_REASON =
  "a formula correct to first order has relative error O(ε/Γ): at ε/Γ = 1e-4 the second-order term is ≤ (ε/Γ)(2 + x_A + x_B)/((1 + x_A)(1 + x_B)) ≤ 2e-4 of J_A";

/** The population-chain check of incoherent-autonomy: generator entries (over the largest rate) and populations. */
export const AUTONOMY = close({
  atol: 1e-12,
  reason:
    "generator entries are sums of ≤ 4 products of a rate with ±1 or ±½ (matrix elements of the Jordan–Wigner operators): rounding ≤ 1e-15 of the largest rate; " +
    "coherences and populations of the steady state as for the state (forward error ≲ 1e-16·‖𝓛‖/gap, measured ≤ 1e-14); W's stationary vector by a 4×4 LU solve (~1e-15)",
});

/** Symbolic identities: exact algebra decides a − b = 0; the numeric spot-checks of both sides. */
export const SYMBOLIC_REASON =
  "exact algebra decides the difference; both sides are also evaluated at random points of the domain in double precision " +
  "(rational functions of degree ≤ 8: cancellation ≲ 1e-13)";

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
/** The natural size of a current: Γ_Aω_A + Γ_Bω_B. */
export const scaleOf = (p: CoupledTlsParams): number => p.gammaA * p.omegaA + p.gammaB * p.omegaB;

/** Off resonance with the hot bath A on the higher level: β_Aω_A = 1 > β_Bω_B = 0.75 although β_A < β_B. */
export const LEVY_KOSLOFF_POINT = resolveCoupledTlsParams({ omegaA: 2, omegaB: 0.5, betaA: 0.5, betaB: 1.5, gammaA: 1, gammaB: 1, epsilon: 0.1, coupling: "coherent" });

/**
 * The second law and the direction of the heat flow as one signed number: min(σ, (β_B − β_A)J_A),
 * over the scale (β_A + β_B)(Γ_Aω_A + Γ_Bω_B); both must be ≥ 0.
 */
export function secondLaw(p: CoupledTlsParams, sigma: number, heatA: number): SignedMeasurement {
  return measure.signed(`min(σ, (β_B − β_A)J_A) with σ = ${sigma.toExponential(4)}, J_A = ${heatA.toExponential(4)}`, Math.min(sigma, (p.betaB - p.betaA) * heatA), (p.betaA + p.betaB) * scaleOf(p));
}
