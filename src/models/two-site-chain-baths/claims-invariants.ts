import type { LegacyClaim as Claim } from "../../core/claim.js";
import { tolerance } from "../../core/tolerance.js";
import { parameterArbitrary } from "../../evidence/arbitraries.js";
import { checkProperty } from "../../evidence/property.js";
import { nonMarkovianity } from "./analytic-rates.js";
import { equilibriumPopulations, landauerCurrents, steadyStateCorrelation, transmission, transmissionBimodal } from "./analytic-steady.js";
import { levelWidth, shiftedEnergy, systemEnergies } from "./analytic.js";
import { DOC, MODEL_ID, claimId, limitOutcome, params } from "./claim-support.js";
import { hermitianEigenvalues2 } from "./complex2.js";
import { buildFiniteChainStars, finiteChainCorrelation, finiteChainSnapshot } from "./exact.js";
import type { TwoSiteChainBathsParams } from "./params.js";
import { twoSiteChainBathsParameterSchema } from "./params.js";

/** Invariants over the parameter domain (fast-check properties) and the Γ ≪ Δ limit of T(ω). */

const describe = (p: TwoSiteChainBathsParams) =>
  `h=${p.h}, δ=${p.delta}, g=${p.g}, Γ=${p.Gamma}, Ω=${p.Omega}, T_L=${p.TL}, T_R=${p.TR}, µ_L=${p.muL}, µ_R=${p.muR}, M=${p.M}, t=${p.t}`;

/**
 * Exact-plateau arbitrary: Γ ∈ [0.4, 1], Ω ∈ [5, 10], T ∈ [0.1, 2] so that the plateau
 * time t* = 30/Γ is reached with M = ⌈1.3Ωt*⌉ sites (transit M/Ω = 1.3t*) and M ≫ Ω/T.
 */
const plateauArbitrary = () =>
  parameterArbitrary(twoSiteChainBathsParameterSchema, {
    fixed: { M: 1, t: 0 },
    sampling: {
      Gamma: { min: 0.4, max: 1, scale: "log" },
      Omega: { min: 5, max: 10, scale: "log" },
      TL: { min: 0.1, max: 2, scale: "log" },
      TR: { min: 0.1, max: 2, scale: "log" },
    },
  }).map((p) => params({ ...p, t: 30 / p.Gamma, M: Math.ceil((1.3 * p.Omega * 30) / p.Gamma) }));

const BOUNDS_TOL = tolerance(0, 1e-12, "round-off of O(M) sums of unit-norm amplitudes");

const bounds: Claim = {
  id: claimId("correlation-bounds"),
  model: MODEL_ID,
  source: { doc: DOC, where: "text after eq. (21)" },
  statement: "0 ≤ C(t) ≤ 1 (eigenvalues of the exact finite-chain correlation matrix and of the NESS (32))",
  kind: "invariant",
  tolerance: BOUNDS_TOL,
  domain: "random parameters, M = 100, t ∈ [0, 20], vacuum start",
  verify: (context) =>
    checkProperty(
      {
        arbitrary: parameterArbitrary(twoSiteChainBathsParameterSchema, { fixed: { M: 100 } }),
        measure: (p) => {
          const ev = [...hermitianEigenvalues2(finiteChainCorrelation(buildFiniteChainStars(p), p.t)), ...hermitianEigenvalues2(steadyStateCorrelation(p))];
          const viol = Math.max(0, ...ev.map((x) => -x), ...ev.map((x) => x - 1));
          return { error: viol, holds: viol <= BOUNDS_TOL.atol, note: `eigenvalues ${ev.map((x) => x.toPrecision(6)).join(", ")}` };
        },
        describe,
      },
      context,
    ),
};

const CONSERVATION_TOL = tolerance(0, 1e-6, "residual transient at Γt* = 30 (∝ e^{−Γt*/2} ≈ 3e-7 and the band-edge tail of G)");

const conservation: Claim = {
  id: claimId("current-conservation-exact"),
  model: MODEL_ID,
  source: { doc: DOC, where: "text after eq. (42)" },
  statement: "On the exact plateau J^P_L = J^P_S = −J^P_R and J^E_L = −J^E_R",
  kind: "invariant",
  tolerance: CONSERVATION_TOL,
  domain: "Γ ∈ [0.4, 1], Ω ∈ [5, 10], T_α ∈ [0.1, 2], random µ_α, h, δ, g; t* = 30/Γ, M = ⌈1.3Ωt*⌉",
  verify: (context) =>
    checkProperty(
      {
        arbitrary: plateauArbitrary(),
        measure: (p) => {
          const s = finiteChainSnapshot(buildFiniteChainStars(p), p.t);
          const e = Math.max(Math.abs(s.particleCurrent.L + s.particleCurrent.R), Math.abs(s.particleCurrent.L - s.internalCurrent), Math.abs(s.energyCurrent.L + s.energyCurrent.R));
          return { error: e, holds: e <= CONSERVATION_TOL.atol, note: `J^P_L ${s.particleCurrent.L}, J^P_R ${s.particleCurrent.R}, J_S ${s.internalCurrent}, J^E_L ${s.energyCurrent.L}, J^E_R ${s.energyCurrent.R}` };
        },
        describe,
      },
      { ...context, numRuns: Math.min(context.numRuns, 15) },
    ),
};

const EQUAL_BATHS_TOL = tolerance(0, 1e-6, "residual transient at Γt* = 30 and quadrature 1e-10");

const equalBaths: Claim = {
  id: claimId("equal-baths-gibbs-exact"),
  model: MODEL_ID,
  source: { doc: DOC, where: "eqs. (1), (38)" },
  statement: "Baths in equilibrium with each other: the exact plateau carries no current, has C_12 = 0 and populations ∫φ_j f of (38)",
  kind: "invariant",
  tolerance: EQUAL_BATHS_TOL,
  domain: "as current-conservation-exact with T_R = T_L, µ_R = µ_L",
  verify: (context) =>
    checkProperty(
      {
        arbitrary: plateauArbitrary().map((p) => params({ ...p, TR: p.TL, muR: p.muL })),
        measure: (p) => {
          const s = finiteChainSnapshot(buildFiniteChainStars(p), p.t);
          const pop = equilibriumPopulations(p);
          const C = s.correlation;
          const e = Math.max(Math.abs(s.particleCurrent.L), Math.abs(s.energyCurrent.L), Math.hypot(C.re[0][1], C.im[0][1]), Math.abs(C.re[0][0] - pop[0]), Math.abs(C.re[1][1] - pop[1]));
          return { error: e, holds: e <= EQUAL_BATHS_TOL.atol, note: `C11 ${C.re[0][0]} vs ${pop[0]}, C22 ${C.re[1][1]} vs ${pop[1]}, J ${s.particleCurrent.L}` };
        },
        describe,
      },
      { ...context, numRuns: Math.min(context.numRuns, 15) },
    ),
};

const secondLaw: Claim = {
  id: claimId("second-law-landauer"),
  model: MODEL_ID,
  source: { doc: DOC, where: "eq. (2) and text after eq. (45)" },
  statement: "The Landauer currents (43)–(44) satisfy the second law −Σ_α β_αJ^Q_α ≥ 0 with J^Q_α = J^E_α − µ_αJ^P_α, J_R = −J_L",
  kind: "invariant",
  tolerance: tolerance(0, 1e-12, "quadrature error of the currents (relative 1e-10) times β ≤ 50"),
  domain: "random parameters over the schema's sampling windows",
  verify: (context) =>
    checkProperty(
      {
        arbitrary: parameterArbitrary(twoSiteChainBathsParameterSchema, { fixed: { M: 1, t: 0 } }),
        measure: (p) => {
          const { particle, energy } = landauerCurrents(p);
          const sigma = -(1 / p.TL) * (energy - p.muL * particle) - (1 / p.TR) * (-energy + p.muR * particle);
          return { error: Math.max(0, -sigma), holds: sigma >= -1e-12, note: `entropy production ${sigma}` };
        },
        describe,
      },
      context,
    ),
};

const NU_EQUILIBRIUM_TOL = tolerance(0, 1e-12, "quadrature error of Λ± (relative 1e-10 of rates ≤ Γ)");

const nuEquilibrium: Claim = {
  id: claimId("nu-zero-at-equilibrium"),
  model: MODEL_ID,
  source: { doc: DOC, where: "eq. (82), Sec. IV B (equilibrium baths: Λ± diagonal)" },
  statement: "ν∞ = 0 for baths in equilibrium with each other (all canonical rates of (55) non-negative); ν∞ ≥ 0 always",
  kind: "invariant",
  tolerance: NU_EQUILIBRIUM_TOL,
  domain: "random parameters with T_R = T_L, µ_R = µ_L",
  verify: (context) =>
    checkProperty(
      {
        arbitrary: parameterArbitrary(twoSiteChainBathsParameterSchema, { fixed: { M: 1, t: 0 } }).map((p) => params({ ...p, TR: p.TL, muR: p.muL })),
        measure: (p) => {
          const r = nonMarkovianity(p);
          return { error: r.nu, holds: r.nu <= NU_EQUILIBRIUM_TOL.atol, note: `λ⁺ ${r.ratesPlus}, λ⁻ ${r.ratesMinus}` };
        },
        describe,
      },
      context,
    ),
};

const transmissionLimit: Claim = {
  id: claimId("transmission-46-limit"),
  model: MODEL_ID,
  source: { doc: DOC, where: "eqs. (45)–(46)" },
  statement: "For Γ ≪ Δ the transmission (45) tends to the bimodal form (46): max_ω|T − T_(46)|/max_ω T → 0 with order 1 in Γ/Δ",
  kind: "limit",
  tolerance: tolerance(0, 0.01, "relative sup-norm error at Γ/Δ = 0.0025 below 0.01, fitted order 1 ± 0.15 (the L¹ norm converges as Γ log(Δ/Γ) through the Lorentzian tails)"),
  domain: "h = 1, g = δ = 0.5 (Δ = 0.707), Ω = 10 (Fig. 3), Γ/Δ ∈ {0.02, 0.01, 0.005, 0.0025}",
  verify: () => {
    const ratios = [0.02, 0.01, 0.005, 0.0025];
    const errs = ratios.map((r) => {
      const Delta = systemEnergies({ h: 1, g: 0.5, delta: 0.5 }).Delta;
      const p = params({ h: 1, g: 0.5, delta: 0.5, Omega: 10, Gamma: r * Delta });
      // sup norm on a grid through both resonances (spacing ≤ Γ_j/8 near them)
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
    });
    return limitOutcome(ratios, errs, 1, 0.15, 0.01, { h: "Γ/Δ", error: "max|T − T_(46)|/max T", title: "(46) bimodal limit" });
  },
};

/** Invariants (properties over random parameters) and the (46) limit. */
export const invariantClaims: readonly Claim[] = [bounds, conservation, equalBaths, secondLaw, nuEquilibrium, transmissionLimit];

