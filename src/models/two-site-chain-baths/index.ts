import type { ModelDefinition, QuantityDefinition } from "../../core/model.js";
import * as analytic from "./analytic.js";
import * as local from "./analytic-local.js";
import * as rates from "./analytic-rates.js";
import * as steady from "./analytic-steady.js";
import { correlationEPA } from "./analytic-transient.js";
import { twoSiteChainBathsClaims } from "./claims.js";
import { rotateBack2x2, copy2x2 } from "../../numerics/linalg/complex2x2.js";
import { exactRates } from "./exact-master-equation.js";
import * as exact from "./exact.js";
import { twoSiteChainBathsFigures } from "./figures.js";
import { twoSiteChainBathsParameterSchema, type TwoSiteChainBathsParams } from "./params.js";

/**
 * The two-site-chain-baths model: two coupled fermionic sites between uniform
 * tight-binding leads — exact solution, Landauer transport, exact and asymptotic master
 * equation, non-additivity and non-Markovianity.
 * Source: 003_3bda4ae6cebee785.txt (M. T. Mitchison, M. B. Plenio, "Non-additive
 * dissipation in open quantum networks out of equilibrium"). Notation, index order,
 * errata: README.md beside this file. Matrices are 2×2 in the eigenmode basis (d_1, d_2)
 * unless the name says "site".
 */

const quantities: readonly QuantityDefinition<TwoSiteChainBathsParams>[] = [
  {
    name: "energies",
    description: "E_1, E_2, Δ (eq. (17)), shifted E′_j and widths Γ_j (eq. (36)) (energy)",
    method: "analytic",
    source: "eqs. (16)–(17), (36)",
    evaluate: (p) => {
      const e = analytic.systemEnergies(p);
      return { E1: e.E1, E2: e.E2, Delta: e.Delta, E1prime: analytic.shiftedEnergy(1, p), E2prime: analytic.shiftedEnergy(2, p), Gamma1: analytic.levelWidth(1, p), Gamma2: analytic.levelWidth(2, p) };
    },
  },
  { name: "rotation", description: "R of eq. (16), d = R c (rows: modes 1, 2; columns: sites L, R)", method: "analytic", source: "eq. (16)", evaluate: (p) => analytic.rotationMatrix(p) },
  { name: "spectral-density", description: "J_N(ω) at `omega` (eq. (19))", method: "analytic", source: "eq. (19)", evaluate: (p) => analytic.newnsSpectralDensity(p.omega, p) },
  {
    name: "energy-distribution",
    description: "[φ_1(ω), φ_2(ω)] at `omega` (eq. (35), 1/energy)",
    method: "analytic",
    source: "eq. (35)",
    evaluate: (p) => [analytic.energyDistribution(1, p.omega, p), analytic.energyDistribution(2, p.omega, p)],
  },
  {
    name: "hilbert-transform",
    description: "[ϑ_1(ω), ϑ_2(ω)] at `omega` (closed form (37), |ω| < Ω; 1/energy)",
    method: "analytic",
    source: "eq. (37)",
    evaluate: (p) => [analytic.hilbertTransformClosedForm(1, p.omega, p), analytic.hilbertTransformClosedForm(2, p.omega, p)],
  },
  { name: "transmission", description: "T(ω) = (πg²/2)φ_1φ_2 at `omega` (eq. (45))", method: "analytic", source: "eq. (45)", evaluate: (p) => steady.transmission(p.omega, p) },
  { name: "transmission-bimodal", description: "approximation (46) of T(ω) at `omega`, for Γ ≪ Δ", method: "analytic", source: "eq. (46)", evaluate: (p) => steady.transmissionBimodal(p.omega, p) },
  { name: "particle-current", description: "Landauer J^P_L = ∫T(f_L − f_R) into S from L (eq. (43); J^P_R = −J^P_L)", method: "analytic", source: "eq. (43)", evaluate: (p) => steady.landauerCurrents(p).particle },
  { name: "energy-current", description: "Landauer J^E_L = ∫ωT(f_L − f_R) into S from L (eq. (44); J^E_R = −J^E_L)", method: "analytic", source: "eq. (44)", evaluate: (p) => steady.landauerCurrents(p).energy },
  { name: "ness", description: "stationary correlation matrix C_jk(∞) = ⟨d_j†d_k⟩ (eq. (32)), 2×2 {re, im}", method: "analytic", source: "eq. (32)", evaluate: (p) => copy2x2(steady.steadyStateCorrelation(p)) },
  {
    name: "ness-site-basis",
    description: "stationary ⟨c_α†c_α′⟩ = (RᵀC(∞)R)_αα′ in the site basis (L, R), {re, im}",
    method: "analytic",
    source: "eqs. (16), (32)",
    evaluate: (p) => copy2x2(rotateBack2x2(analytic.rotationMatrix(p), steady.steadyStateCorrelation(p))),
  },
  { name: "propagator", description: "G_j(t) = ∫e^{−iωt}φ_j (eq. (24)) at `t`, {re: [G_1, G_2], im: […]}", method: "analytic", source: "eq. (24)", evaluate: (p) => {
      const g = [analytic.propagator(1, p.t, p), analytic.propagator(2, p.t, p)];
      return { re: g.map((x) => x.re), im: g.map((x) => x.im) };
    } },
  { name: "correlation-epa", description: "C(t) from vacuum within the EPA (eqs. (29)–(30), (53)) at `t`, {re, im}", method: "analytic", source: "eqs. (29)–(30), (53)", evaluate: (p) => copy2x2(correlationEPA(p, p.t)) },
  { name: "rate-matrix-plus", description: "asymptotic gain matrix Λ⁺ (eq. (55)), {re, im} (energy)", method: "analytic", source: "eq. (55)", evaluate: (p) => copy2x2(rates.rateMatrixPlus(p)) },
  { name: "rate-matrix-minus", description: "asymptotic loss matrix Λ⁻ = diag(Γ_j) − Λ⁺ (energy)", method: "analytic", source: "eq. (55)", evaluate: (p) => copy2x2(rates.rateMatrixMinus(p)) },
  { name: "nu-infinity", description: "asymptotic non-Markovianity ν∞ (eq. (82)) from the EPA rates (55) (energy)", method: "analytic", source: "eqs. (55), (82)", evaluate: (p) => rates.nonMarkovianity(p).nu },
  {
    name: "detailed-balance-ratio",
    description: "γ̄⁻_L/γ̄⁺_L from (58) at finite Γ, its corrected Γ → 0 limit and the printed (78)",
    method: "analytic",
    source: "eqs. (58), (78)",
    evaluate: (p) => ({ finiteGamma: rates.localRateRatio("L", p), limitCorrected: rates.detailedBalanceRatioCorrected("L", p), limitPrinted: rates.detailedBalanceRatioPrinted("L", p) }),
  },
  {
    name: "bath-generator-currents",
    description: "currents assigned to bath L by its own generator, (61)–(62), {particle, energy} (quantum-optical limit)",
    method: "analytic",
    source: "eqs. (61)–(62)",
    evaluate: (p) => rates.bathGeneratorCurrents(p),
  },
  {
    name: "exact-rate-matrix-plus",
    description: "Λ⁺(t) = ∂_tC − i[H, C] + ½{Γ, C} (eq. (48)) of the exact finite chain (vacuum start) at `t`, {re, im} (energy)",
    method: "exact",
    source: "eq. (47)",
    evaluate: (p) => copy2x2(exactRates(exact.finiteChainSnapshot(exact.buildFiniteChainStars(p), p.t)).plus),
  },
  {
    name: "exact-correlation",
    description: "exact C(t) (d basis, vacuum start) of the finite chain with `M` sites per lead at time `t`, {re, im}",
    method: "exact",
    source: "eqs. (11)–(17), (21)",
    evaluate: (p) => copy2x2(exact.finiteChainCorrelation(exact.buildFiniteChainStars(p), p.t)),
  },
  {
    name: "exact-currents",
    description: "exact boundary currents J^P_{L,R}, J^E_{L,R} (eqs. (40)–(41)) and J^P_S (eq. (42)) of the finite chain at `t` (vacuum start)",
    method: "exact",
    source: "eqs. (40)–(42)",
    evaluate: (p) => {
      const s = exact.finiteChainSnapshot(exact.buildFiniteChainStars(p), p.t);
      return { particleL: s.particleCurrent.L, particleR: s.particleCurrent.R, energyL: s.energyCurrent.L, energyR: s.energyCurrent.R, internal: s.internalCurrent, transitTime: exact.transitTime(p) };
    },
  },
  {
    name: "exact-currents-plateau",
    description: "exact currents (40)–(42) of the finite chain averaged over the window [t/2, t] (41 times; t ≤ M/Ω required), vacuum start",
    method: "exact",
    source: "eqs. (40)–(42)",
    evaluate: (p) => {
      const a = exact.plateauAverageCurrents(exact.buildFiniteChainStars(p), [p.t / 2, p.t], 41);
      return { particleL: a.particleCurrent.L, particleR: a.particleCurrent.R, energyL: a.energyCurrent.L, energyR: a.energyCurrent.R, internal: a.internalCurrent, particleFluctuation: a.particleFluctuation };
    },
  },
  {
    name: "local-bath-currents",
    description: "bath-L currents of the local decomposition at the NESS (32): ⟨L̄_L†N_S⟩ (79), the correction (80), ⟨L̄_L†H_S⟩ as printed (81) and corrected (+ sign)",
    method: "analytic",
    source: "eqs. (70), (79)–(81)",
    evaluate: (p) => ({ ...local.localBathLCurrents(p, rotateBack2x2(analytic.rotationMatrix(p), steady.steadyStateCorrelation(p))) }),
  },
];

/** The model definition registered in the catalog. */
export const twoSiteChainBathsModel: ModelDefinition<TwoSiteChainBathsParams> = {
  id: "two-site-chain-baths",
  title: "Two coupled sites between tight-binding leads: Landauer transport, exact master equation, non-additivity (Mitchison & Plenio)",
  doc: "003_3bda4ae6cebee785.txt",
  parameters: twoSiteChainBathsParameterSchema,
  quantities,
  claims: twoSiteChainBathsClaims,
  figures: twoSiteChainBathsFigures,
};
