import type { ModelDefinition, QuantityDefinition } from "../../core/model.js";
import { complexToParts } from "../../numerics/linalg/complex-matrix.js";
import { canonicalDecayRates } from "../../physics/lindblad/canonical-decay-rates.js";
import { liouvillianSuperoperator } from "../../physics/lindblad/liouvillian-superoperator.js";
import * as analytic from "./analytic.js";
import { coupledTlsClaims } from "./claims.js";
import * as exact from "./exact.js";
import { coupledTlsFigures } from "./figures.js";
import { coupledTlsParameterSchema, type CoupledTlsParams } from "./params.js";

/**
 * The coupled-tls model: two thermalized fermionic two-level systems coupled
 * coherently or by stochastic resonant (incoherent) coupling.
 * Source: 004_a34d5d2333a6057f.txt (L. Diósi, "Autonomy of coupled quantum
 * thermodynamic systems", slides, 2014). Notation and errata: README.md beside this file.
 */

const quantities: readonly QuantityDefinition<CoupledTlsParams>[] = [
  {
    name: "steady-state",
    description: "stationary density matrix ρ_s (4×4, basis 00, 01, 10, 11 = |n_A n_B⟩), {re, im}",
    method: "exact",
    source: "slides 2–4",
    evaluate: (p) => complexToParts(exact.coupledTlsSteadyState(p).rho),
  },
  {
    name: "heat-current-A",
    description: "J_A = Tr(ρ_s 𝓛_A†Ĥ_S), heat current into the system from bath A (energy²)",
    method: "exact",
    source: "slide 5",
    evaluate: (p) => exact.coupledTlsCurrents(p).heatA,
  },
  {
    name: "heat-current-B",
    description: "J_B = Tr(ρ_s 𝓛_B†Ĥ_S), heat current into the system from bath B (energy²)",
    method: "exact",
    source: "slide 5",
    evaluate: (p) => exact.coupledTlsCurrents(p).heatB,
  },
  {
    name: "particle-current-A",
    description: "I_A = Tr(ρ_s 𝓛_A†N̂), particles per unit time into the system from bath A (energy)",
    method: "exact",
    source: "slide 5",
    evaluate: (p) => exact.coupledTlsCurrents(p).particleA,
  },
  {
    name: "entropy-production-rate",
    description: "σ = −β_A J_A − β_B J_B, entropy production rate of the steady state (energy, i.e. 1/time)",
    method: "exact",
    source: "slides 2, 5",
    evaluate: (p) => exact.coupledTlsCurrents(p).entropyProduction,
  },
  {
    name: "canonical-rates",
    description: "canonical decay rates of the generator (Hall et al. 2014), ascending; all ≥ 0 for a Lindblad generator (energy)",
    method: "exact",
    source: "slides 2–4",
    evaluate: (p) => Array.from(canonicalDecayRates(liouvillianSuperoperator(exact.coupledTlsGenerator(p))).rates),
  },
  {
    name: "heat-current-A-printed",
    description: "slide 5 as printed: εω(e^{−ωβ_A} − e^{−ωβ_B}) (incoherent, Γ_A = Γ_B; wrong — see errata)",
    method: "analytic",
    source: "slide 5",
    evaluate: (p) => analytic.heatCurrentAPrinted(p),
  },
  {
    name: "heat-current-A-first-order",
    description: "slide 5 corrected: εω(x_A − x_B)/((1 + x_A)(1 + x_B)), x_ν = e^{−β_νω} (incoherent, Γ_A = Γ_B)",
    method: "analytic",
    source: "slide 5",
    evaluate: (p) => analytic.heatCurrentAFirstOrder(p),
  },
  {
    name: "heat-current-A-closed-form",
    description: "exact closed form (derived here): Γεω(x_A − x_B)/(Γ(1 + x_A)(1 + x_B) + ε(2 + x_A + x_B)) (incoherent, Γ_A = Γ_B)",
    method: "analytic",
    source: "slide 5",
    evaluate: (p) => analytic.heatCurrentAClosedForm(p),
  },
  {
    name: "steady-state-first-order",
    description: "slide 4: populations p_00, p_01, p_10, p_11 of the first-order steady state (incoherent, Γ_A = Γ_B)",
    method: "analytic",
    source: "slide 4",
    evaluate: (p) => analytic.steadyStateFirstOrderPrinted(p),
  },
];

export const coupledTlsModel: ModelDefinition<CoupledTlsParams> = {
  id: "coupled-tls",
  title: "Coupled thermalized two-level systems: coherent vs incoherent resonant coupling (Diósi)",
  doc: "004_a34d5d2333a6057f.txt",
  parameters: coupledTlsParameterSchema,
  quantities,
  claims: coupledTlsClaims,
  figures: coupledTlsFigures,
};

export type { CoupledTlsParams } from "./params.js";
export { resolveCoupledTlsParams, COUPLED_TLS_DEFAULTS } from "./params.js";
export { COUPLED_TLS_BASIS } from "./exact.js";
