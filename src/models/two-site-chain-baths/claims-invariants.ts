import type { JudgedClaim } from "../../core/claim.js";
import { close, sign } from "../../core/criterion.js";
import { measure } from "../../core/measurement.js";
import { parameterArbitrary } from "../../evidence/arbitraries.js";
import { hermitianEigenvalues2x2 } from "../../numerics/linalg/complex2x2.js";
import { levelWidth, shiftedEnergy, systemEnergies } from "./analytic.js";
import { nonMarkovianity } from "./analytic-rates.js";
import { equilibriumPopulations, landauerCurrents, steadyStateCorrelation, transmission, transmissionBimodal } from "./analytic-steady.js";
import { cappedProperty, closedFormDraws, equalBathDraws, kit, limitCriterion, limitObservation, params } from "./claims-support.js";
import { buildFiniteChainStars, finiteChainCorrelation, finiteChainSnapshot } from "./exact.js";
import { twoSiteChainBathsParameterSchema } from "./params.js";

/** Invariants over the parameter domain (properties over random parameters) and the Γ ≪ Δ limit of T(ω). Source: 003_3bda4ae6cebee785.txt. */

/**
 * Exact-plateau arbitrary: Γ ∈ [0.4, 1], Ω ∈ [5, 10], T ∈ [0.1, 2] so that the plateau
 * time t* = 30/Γ is reached with M = ⌈1.3Ωt*⌉ sites (transit M/Ω = 1.3t*) and M ≫ Ω/T.
 */
const plateauDraws = parameterArbitrary(twoSiteChainBathsParameterSchema, {
  fixed: { M: 1, t: 0 },
  sampling: {
    Gamma: { min: 0.4, max: 1, scale: "log" },
    Omega: { min: 5, max: 10, scale: "log" },
    TL: { min: 0.1, max: 2, scale: "log" },
    TR: { min: 0.1, max: 2, scale: "log" },
  },
}).map((p) => params({ ...p, t: 30 / p.Gamma, M: Math.ceil((1.3 * p.Omega * 30) / p.Gamma) }));

const PLATEAU_TRANSIENT = "residual transient at Γt* = 30 (∝ e^{−Γt*/2} ≈ 3e-7 and the band-edge tail of G)";
const PLATEAU_DOMAIN = "Γ ∈ [0.4, 1], Ω ∈ [5, 10], T_α ∈ [0.1, 2], random µ_α, h, δ, g; t* = 30/Γ, M = ⌈1.3Ωt*⌉";

/** Γ/Δ sequence of the (46) limit at h = 1, g = δ = 0.5 (Δ = 0.707), Ω = 10 (Fig. 3). */
const TRANSMISSION_RATIOS = [0.02, 0.01, 0.005, 0.0025];

/** max_ω|T − T_(46)|/max_ω T on a grid through both resonances (spacing ≤ Γ_j/8 near them). */
function bimodalError(ratio: number): number {
  const Delta = systemEnergies({ h: 1, g: 0.5, delta: 0.5 }).Delta;
  const p = params({ h: 1, g: 0.5, delta: 0.5, Omega: 10, Gamma: ratio * Delta });
  let num = 0;
  let den = 0;
  const grid: number[] = [];
  for (let i = 0; i <= 2000; i++) grid.push(0.2 + (1.6 * i) / 2000);
  for (const j of [1, 2] as const) for (let k = -80; k <= 80; k++) grid.push(shiftedEnergy(j, p) + (k * levelWidth(j, p)) / 8);
  for (const w of grid) {
    const t = transmission(w, p);
    num = Math.max(num, Math.abs(t - transmissionBimodal(w, p)));
    den = Math.max(den, t);
  }
  return num / den;
}

export const invariantClaims: readonly JudgedClaim[] = [
  kit.property({
    name: "correlation-bounds",
    where: "text after eq. (21)",
    statement: "0 ≤ C(t) ≤ 1 (eigenvalues of the exact finite-chain correlation matrix and of the NESS (32))",
    kind: "invariant",
    domain: "random parameters, M = 100, t ∈ [0, 20], vacuum start; min over the eigenvalues λ of min(λ, 1 − λ)",
    criterion: sign({ sign: "non-negative", slack: 1e-12, reason: "round-off of O(M) sums of unit-norm amplitudes (exact C(t)) and the 1e-10 relative quadrature of (32) on occupations ≤ 1" }),
    arbitrary: parameterArbitrary(twoSiteChainBathsParameterSchema, { fixed: { M: 100 } }),
    measure: (p) => {
      const ev = [...hermitianEigenvalues2x2(finiteChainCorrelation(buildFiniteChainStars(p), p.t)), ...hermitianEigenvalues2x2(steadyStateCorrelation(p))];
      return measure.signed(`min(λ, 1 − λ) over the eigenvalues ${ev.map((x) => x.toPrecision(6)).join(", ")} (occupations: scale 1)`, Math.min(...ev, ...ev.map((x) => 1 - x)), 1);
    },
  }),
  cappedProperty(
    {
      name: "current-conservation-exact",
      where: "text after eq. (42)",
      statement: "On the exact plateau J^P_L = J^P_S = −J^P_R and J^E_L = −J^E_R",
      kind: "invariant",
      domain: PLATEAU_DOMAIN,
      criterion: close({ atol: 1e-6, reason: PLATEAU_TRANSIENT }),
      arbitrary: plateauDraws,
      measure: (p) => {
        const s = finiteChainSnapshot(buildFiniteChainStars(p), p.t);
        return measure.pairs([
          { label: "J^P_L vs −J^P_R", actual: s.particleCurrent.L, expected: -s.particleCurrent.R },
          { label: "J^P_L vs J^P_S", actual: s.particleCurrent.L, expected: s.internalCurrent },
          { label: "J^E_L vs −J^E_R", actual: s.energyCurrent.L, expected: -s.energyCurrent.R },
        ]);
      },
    },
    15,
  ),
  cappedProperty(
    {
      name: "equal-baths-gibbs-exact",
      where: "eqs. (1), (38)",
      statement: "Baths in equilibrium with each other: the exact plateau carries no current, has C_12 = 0 and populations ∫φ_j f of (38)",
      kind: "invariant",
      domain: `${PLATEAU_DOMAIN}, with T_R = T_L, µ_R = µ_L`,
      criterion: close({ atol: 1e-6, reason: `${PLATEAU_TRANSIENT} and the quadrature of (38), relative 1e-10` }),
      arbitrary: equalBathDraws(plateauDraws),
      measure: (p) => {
        const s = finiteChainSnapshot(buildFiniteChainStars(p), p.t);
        const populations = equilibriumPopulations(p);
        const C = s.correlation;
        return measure.pairs([
          { label: "J^P_L", actual: s.particleCurrent.L, expected: 0 },
          { label: "J^E_L", actual: s.energyCurrent.L, expected: 0 },
          { label: "C12", actual: { re: C.re[0][1], im: C.im[0][1] }, expected: 0 },
          { label: "C11 vs (38)", actual: C.re[0][0], expected: populations[0] },
          { label: "C22 vs (38)", actual: C.re[1][1], expected: populations[1] },
        ]);
      },
    },
    15,
  ),
  kit.property({
    name: "second-law-landauer",
    where: "eq. (2) and text after eq. (45)",
    statement: "The Landauer currents (43)–(44) satisfy the second law −Σ_α β_αJ^Q_α ≥ 0 with J^Q_α = J^E_α − µ_αJ^P_α, J_R = −J_L",
    kind: "invariant",
    domain: "random parameters over the schema's sampling windows; σ over its scale Σ_α β_α(|J^E| + |µ_α||J^P|)",
    criterion: sign({ sign: "non-negative", slack: 1e-10, reason: "the currents are band quadratures with relative error 1e-10: σ is known to 1e-10 of the sum of its terms β_α(|J^E| + |µ_α||J^P|)" }),
    arbitrary: closedFormDraws,
    measure: (p) => {
      const { particle, energy } = landauerCurrents(p);
      const sigma = -(1 / p.TL) * (energy - p.muL * particle) - (1 / p.TR) * (-energy + p.muR * particle);
      const scale = (Math.abs(energy) + Math.abs(p.muL * particle)) / p.TL + (Math.abs(energy) + Math.abs(p.muR * particle)) / p.TR;
      return measure.signed("entropy production −Σ_α β_αJ^Q_α", sigma, scale);
    },
  }),
  kit.property({
    name: "nu-zero-at-equilibrium",
    where: "eq. (82), Sec. IV B (equilibrium baths: Λ± diagonal)",
    statement: "ν∞ = 0 for baths in equilibrium with each other (all canonical rates of (55) non-negative); ν∞ ≥ 0 always",
    kind: "invariant",
    domain: "random parameters with T_R = T_L, µ_R = µ_L; ν∞ in units of Γ",
    criterion: sign({ sign: "zero", slack: 1e-10, reason: "quadrature error of Λ± (relative 1e-10 of rates ≤ Γ)" }),
    arbitrary: equalBathDraws(closedFormDraws),
    measure: (p) => {
      const r = nonMarkovianity(p);
      return measure.signed(`ν∞ (λ⁺ ${r.ratesPlus}, λ⁻ ${r.ratesMinus})`, r.nu, p.Gamma);
    },
  }),
  kit.claim({
    name: "transmission-46-limit",
    where: "eqs. (45)–(46)",
    statement: "For Γ ≪ Δ the transmission (45) tends to the bimodal form (46): max_ω|T − T_(46)|/max_ω T → 0 with order 1 in Γ/Δ",
    kind: "limit",
    domain: "h = 1, g = δ = 0.5 (Δ = 0.707), Ω = 10 (Fig. 3), Γ/Δ ∈ {0.02, 0.01, 0.005, 0.0025}",
    criterion: limitCriterion({
      atMost: 0.01,
      finalReason: "relative sup-norm error at Γ/Δ = 0.0025 below 0.01: the overlap of the two Lorentzians is O(Γ/Δ) with unit constant",
      expected: 1,
      window: 0.15,
      orderReason: "the sup norm converges with order 1 in Γ/Δ (the L¹ norm only as Γ log(Δ/Γ), through the Lorentzian tails); four points over a factor 8",
    }),
    measure: () => limitObservation(TRANSMISSION_RATIOS, TRANSMISSION_RATIOS.map(bimodalError), { h: "Γ/Δ", error: "max|T − T_(46)|/max T", title: "(46) bimodal limit" }),
  }),
];
