import type { JudgedClaim } from "../../core/claim.js";
import { measure } from "../../core/measurement.js";
import * as exact from "./exact.js";
import { CURRENT, LEVY_KOSLOFF_POINT, SECOND_LAW, describeParams, kit, offResonantCoherentDomain, resonantCoherentDomain, scaleOf, secondLaw } from "./claims-support.js";

/**
 * Slide 2 of 004_a34d5d2333a6057f.txt: coherent coupling with local thermalizers (the local
 * master equation) — energy bookkeeping (a solver consistency check), the second law at and off
 * resonance (Levy–Kosloff), and the local-current alternative. The registered failures (the
 * second law off resonance; local-current bookkeeping) are demonstrated first at a stated
 * Levy–Kosloff point, where β_Aω_A and β_Bω_B are ordered oppositely to β_A and β_B.
 */

export const coherentClaims: readonly JudgedClaim[] = [
  kit.property({
    name: "coherent-energy-bookkeeping",
    where: "slide 2 (model only)",
    statement:
      "SOLVER CONSISTENCY CHECK, not a result of the slides: with J_ν = Tr(ρ_s 𝓛_ν†Ĥ_S) and the full Ĥ_S = Ĥ_A + Ĥ_B + K̂_AB, J_A + J_B = 0. " +
      "It holds for ANY stationary state of dρ/dt = −i[Ĥ_S, ρ] + (𝓛_A + 𝓛_B)ρ, whatever the parameters: J_A + J_B = Tr(Ĥ_S𝓛ρ_s) + i Tr(Ĥ_S[Ĥ_S, ρ_s]) = 0 + 0. " +
      "Slide 2 states no currents; the slides print the balance only for incoherent coupling (slide 5, J^s_A + J^s_B = 0). " +
      "What it tests: that the computed ρ_s is stationary and the current superoperators are the adjoints of the dissipators",
    kind: "invariant",
    solverCheck: true,
    domain: "coherent coupling, on and off resonance, ω_ν ∈ [0.5, 2], β_B/β_A ∈ [1/4, 4]; (J_A + J_B)/(Γ_Aω_A + Γ_Bω_B) against 0",
    criterion: CURRENT,
    arbitrary: offResonantCoherentDomain,
    describe: describeParams,
    measure: (p) => {
      const c = exact.coupledTlsCurrents(p);
      return measure.pair(`(J_A + J_B)/(Γ_Aω_A + Γ_Bω_B) with J_A = ${c.heatA.toExponential(4)}`, (c.heatA + c.heatB) / scaleOf(p), 0);
    },
  }),
  kit.property({
    name: "coherent-second-law-resonant",
    where: "slide 2",
    statement: "At resonance (ω_A = ω_B) the local coherent master equation respects the 2nd law: −β_AJ_A − β_BJ_B ≥ 0 (J_ν with the full Ĥ_S), heat flowing hot → cold",
    kind: "invariant",
    domain: "coherent coupling with ω_A = ω_B over the sampled domain; min(σ, (β_B − β_A)J_A) over (β_A + β_B)(Γ_Aω_A + Γ_Bω_B)",
    criterion: SECOND_LAW,
    arbitrary: resonantCoherentDomain,
    describe: describeParams,
    measure: (p) => {
      const c = exact.coupledTlsCurrents(p);
      return secondLaw(p, c.entropyProduction, c.heatA);
    },
  }),
  kit.property({
    name: "coherent-second-law",
    where: "slide 2",
    statement:
      "The local coherent master equation respects the 2nd law −β_AJ_A − β_BJ_B ≥ 0, heat flowing hot → cold (J_ν with the full Ĥ_S); slide 2: 'its stationary state may violate 2nd Law'",
    kind: "invariant",
    domain: "coherent coupling off resonance, ω_ν ∈ [0.5, 2], β_B/β_A ∈ [1/4, 4], first at the Levy–Kosloff point ω_A = 2, ω_B = 0.5, β_A = 0.5, β_B = 1.5, Γ = 1, ε = 0.1",
    criterion: SECOND_LAW,
    arbitrary: offResonantCoherentDomain,
    examples: [LEVY_KOSLOFF_POINT],
    describe: describeParams,
    measure: (p) => {
      const c = exact.coupledTlsCurrents(p);
      return secondLaw(p, c.entropyProduction, c.heatA);
    },
  }),
  kit.property({
    name: "local-currents-second-law",
    where: "slide 2",
    statement: "With local currents J^loc_ν = Tr(ρ_s 𝓛_ν†Ĥ_ν) = ω_ν I_ν the coherent master equation gives −β_AJ^loc_A − β_BJ^loc_B ≥ 0",
    kind: "invariant",
    domain: "coherent coupling off resonance, ω_ν ∈ [0.5, 2], β_B/β_A ∈ [1/4, 4]; σ^loc over (β_A + β_B)(Γ_Aω_A + Γ_Bω_B)",
    criterion: SECOND_LAW,
    arbitrary: offResonantCoherentDomain,
    describe: describeParams,
    measure: (p) => {
      const c = exact.coupledTlsCurrents(p);
      return measure.signed("σ^loc", c.localEntropyProduction, (p.betaA + p.betaB) * scaleOf(p));
    },
  }),
  kit.property({
    name: "local-currents-bookkeeping",
    where: "slide 2",
    statement: "With local currents J^loc_ν = Tr(ρ_s 𝓛_ν†Ĥ_ν) the steady-state energy balance J^loc_A + J^loc_B = 0 holds",
    kind: "invariant",
    domain: "coherent coupling off resonance, ω_ν ∈ [0.5, 2], β_B/β_A ∈ [1/4, 4], first at the Levy–Kosloff point; (J^loc_A + J^loc_B)/(Γ_Aω_A + Γ_Bω_B) against 0",
    criterion: CURRENT,
    arbitrary: offResonantCoherentDomain,
    examples: [LEVY_KOSLOFF_POINT],
    describe: describeParams,
    measure: (p) => {
      const c = exact.coupledTlsCurrents(p);
      return measure.pair(`(J^loc_A + J^loc_B)/(Γ_Aω_A + Γ_Bω_B) with ω_A − ω_B = ${(p.omegaA - p.omegaB).toPrecision(4)}`, (c.localHeatA + c.localHeatB) / scaleOf(p), 0);
    },
  }),
];
