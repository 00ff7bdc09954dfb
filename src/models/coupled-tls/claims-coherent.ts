import type { Claim } from "../../core/claim.js";
import * as exact from "./exact.js";
import {
  CURRENT_TOL,
  LEVY_KOSLOFF_POINT,
  MODEL,
  describeParams,
  expectedFailureClaim,
  offResonantCoherentDomain,
  propertyClaim,
  resonantCoherentDomain,
  scaleOf,
  secondLawViolation,
  source,
  within,
} from "./claims-support.js";

/**
 * Slide 2 of 004_a34d5d2333a6057f.txt: coherent coupling with local thermalizers (the local
 * master equation) — energy bookkeeping (a solver consistency check), the second law at and off
 * resonance (Levy–Kosloff), and the local-current alternative.
 */

// ---------------------------------------------------------------- slide 2: coherent coupling (local master equation)

const LEVY_KOSLOFF =
  "the local master equation (local thermalizers 𝓛_A + 𝓛_B with the hopping K̂ in H) is not thermodynamically consistent off resonance: " +
  "particles flow from the mode with the higher Fermi occupation, i.e. cold → hot whenever β_Aω_A and β_Bω_B are ordered oppositely to β_A and β_B";

export const coherentClaims: Claim[] = [
  propertyClaim(
    {
      id: `${MODEL}/coherent-energy-bookkeeping`,
      source: source("slide 2 (model only)"),
      statement:
        "SOLVER CONSISTENCY CHECK, not a result of the slides: with J_ν = Tr(ρ_s 𝓛_ν†Ĥ_S) and the full Ĥ_S = Ĥ_A + Ĥ_B + K̂_AB, J_A + J_B = 0. " +
        "It holds for ANY stationary state of dρ/dt = −i[Ĥ_S, ρ] + (𝓛_A + 𝓛_B)ρ, whatever the parameters: J_A + J_B = Tr(Ĥ_S𝓛ρ_s) + i Tr(Ĥ_S[Ĥ_S, ρ_s]) = 0 + 0. " +
        "Slide 2 states no currents; the slides print the balance only for incoherent coupling (slide 5, J^s_A + J^s_B = 0). " +
        "What it tests: that the computed ρ_s is stationary and the current superoperators are the adjoints of the dissipators",
      kind: "invariant",
      tolerance: CURRENT_TOL,
      domain: "coherent coupling, on and off resonance, ω_ν ∈ [0.5, 2], β_B/β_A ∈ [1/4, 4]; error = |J_A + J_B|/(Γ_Aω_A + Γ_Bω_B)",
    },
    offResonantCoherentDomain,
    (p) => {
      const c = exact.coupledTlsCurrents(p);
      return within(Math.abs(c.heatA + c.heatB) / scaleOf(p), CURRENT_TOL, `J_A = ${c.heatA}, J_B = ${c.heatB}`);
    },
    describeParams,
  ),
  propertyClaim(
    {
      id: `${MODEL}/coherent-second-law-resonant`,
      source: source("slide 2"),
      statement: "At resonance (ω_A = ω_B) the local coherent master equation respects the 2nd law: −β_AJ_A − β_BJ_B ≥ 0 (J_ν with the full Ĥ_S)",
      kind: "invariant",
      tolerance: CURRENT_TOL,
      domain: "coherent coupling with ω_A = ω_B over the sampled domain; error = normalised violation of σ ≥ 0",
    },
    resonantCoherentDomain,
    (p) => {
      const c = exact.coupledTlsCurrents(p);
      return secondLawViolation(p, c.entropyProduction, c.heatA);
    },
    describeParams,
  ),
  expectedFailureClaim(
    {
      id: `${MODEL}/coherent-second-law`,
      source: source("slide 2"),
      statement: "The local coherent master equation respects the 2nd law −β_AJ_A − β_BJ_B ≥ 0 (J_ν with the full Ĥ_S); slide 2: 'its stationary state may violate 2nd Law'",
      kind: "invariant",
      tolerance: CURRENT_TOL,
      domain: "coherent coupling off resonance, ω_ν ∈ [0.5, 2], β_B/β_A ∈ [1/4, 4]; error = normalised violation of σ ≥ 0",
      expectedToFail: { why: LEVY_KOSLOFF },
    },
    offResonantCoherentDomain,
    (p) => {
      const c = exact.coupledTlsCurrents(p);
      return secondLawViolation(p, c.entropyProduction, c.heatA);
    },
    LEVY_KOSLOFF_POINT,
  ),
  propertyClaim(
    {
      id: `${MODEL}/local-currents-second-law`,
      source: source("slide 2"),
      statement: "With local currents J^loc_ν = Tr(ρ_s 𝓛_ν†Ĥ_ν) = ω_ν I_ν the coherent master equation gives −β_AJ^loc_A − β_BJ^loc_B ≥ 0",
      kind: "invariant",
      tolerance: CURRENT_TOL,
      domain: "coherent coupling off resonance, ω_ν ∈ [0.5, 2], β_B/β_A ∈ [1/4, 4]; error = normalised violation of σ^loc ≥ 0",
    },
    offResonantCoherentDomain,
    (p) => {
      const c = exact.coupledTlsCurrents(p);
      const scale = (p.betaA + p.betaB) * scaleOf(p);
      return within(Math.max(0, -c.localEntropyProduction) / scale, CURRENT_TOL, `σ^loc = ${c.localEntropyProduction.toExponential(4)}`);
    },
    describeParams,
  ),
  expectedFailureClaim(
    {
      id: `${MODEL}/local-currents-bookkeeping`,
      source: source("slide 2"),
      statement: "With local currents J^loc_ν = Tr(ρ_s 𝓛_ν†Ĥ_ν) the steady-state energy balance J^loc_A + J^loc_B = 0 holds",
      kind: "invariant",
      tolerance: CURRENT_TOL,
      domain: "coherent coupling off resonance, ω_ν ∈ [0.5, 2], β_B/β_A ∈ [1/4, 4]; error = |J^loc_A + J^loc_B|/(Γ_Aω_A + Γ_Bω_B)",
      expectedToFail: {
        why: "J^loc_A + J^loc_B = (ω_A − ω_B)I_A ≠ 0 off resonance: the local currents ignore the energy stored in and moved by K̂_AB, so they keep σ ≥ 0 only by breaking energy conservation",
      },
    },
    offResonantCoherentDomain,
    (p) => {
      const c = exact.coupledTlsCurrents(p);
      return within(
        Math.abs(c.localHeatA + c.localHeatB) / scaleOf(p),
        CURRENT_TOL,
        `J^loc_A = ${c.localHeatA}, J^loc_B = ${c.localHeatB}, ω_A − ω_B = ${p.omegaA - p.omegaB}`,
      );
    },
    LEVY_KOSLOFF_POINT,
  ),
];

