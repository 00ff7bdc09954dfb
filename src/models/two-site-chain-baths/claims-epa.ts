import type { JudgedClaim } from "../../core/claim.js";
import { bound } from "../../core/criterion.js";
import { measure } from "../../core/measurement.js";
import { maxAbsDifference2x2 } from "../../numerics/linalg/complex2x2.js";
import { epaErrorBound, poleContribution, propagatorEPA } from "./analytic.js";
import { correlationEPA } from "./analytic-transient.js";
import { kit, limitCriterion, limitObservation, params } from "./claims-support.js";
import { buildFiniteChainStars, finiteChainCorrelation, finiteChainSnapshot } from "./exact.js";

/**
 * The exponential-propagator approximation (53) and its App. E error bound against the
 * exact finite chain: orders of convergence in Γ/Ω and the (E1) erratum pair.
 * Source: 003_3bda4ae6cebee785.txt, eq. (53), App. E.
 */

/** Γ sequence for the EPA orders at Ω = 10: four points spanning a factor 8 in Γ/Ω. */
const EPA_GAMMAS = [0.4, 0.2, 0.1, 0.05];
const EPA_RATIOS = EPA_GAMMAS.map((g) => g / 10);
const EPA_ORDER_REASON = "the paper's O(Γ/Ω): order 1, fitted over four points spanning a factor 8 in Γ/Ω";

/** max over t ∈ [0, 6/Γ] (25 points) and j of |G_exact − G_EPA|, the chain long enough (2M/Ω > 1.5·6/Γ). */
function propagatorError(gamma: number): number {
  const tmax = 6 / gamma;
  const p = params({ Omega: 10, Gamma: gamma, M: Math.ceil(10 * tmax * 0.75) + 50 });
  const stars = buildFiniteChainStars(p);
  let e = 0;
  for (let i = 0; i <= 24; i++) {
    const t = (tmax * i) / 24;
    const x = finiteChainSnapshot(stars, t).propagator;
    for (const j of [1, 2] as const) {
      const y = propagatorEPA(j, t, p);
      e = Math.max(e, Math.hypot(x[j - 1].re - y.re, x[j - 1].im - y.im));
    }
  }
  return e;
}

/** max over Γt ∈ {1, 2, 4} of |C_exact − C_EPA| from vacuum (Fig. 4(a) parameters at Ω = 10). */
function correlationError(gamma: number): number {
  const p = params({ Omega: 10, Gamma: gamma, M: Math.ceil((10 * 4) / gamma) + 200 });
  const stars = buildFiniteChainStars(p);
  return Math.max(...[1, 2, 4].map((gt) => maxAbsDifference2x2(finiteChainCorrelation(stars, gt / gamma), correlationEPA(p, gt / gamma))));
}

const POLE_TIMES = [0, 0.5, 1, 2, 4, 8];

/** max over j and Γt of |G_exact − pole term|/bound(E5), with the printed or corrected decay of the pole term. */
function poleRatio(form: "printed" | "corrected"): number {
  const p = params({ Omega: 10, Gamma: 0.2, M: 600 });
  const stars = buildFiniteChainStars(p);
  let worst = 0;
  for (const gt of POLE_TIMES) {
    const t = gt / p.Gamma;
    const x = finiteChainSnapshot(stars, t).propagator;
    for (const j of [1, 2] as const) {
      const y = poleContribution(j, t, p, form);
      worst = Math.max(worst, Math.hypot(x[j - 1].re - y.re, x[j - 1].im - y.im) / epaErrorBound(j, t, p));
    }
  }
  return worst;
}

export const epaClaims: readonly JudgedClaim[] = [
  kit.claim({
    name: "epa-53-order",
    where: "eq. (53), App. E",
    statement: "The exponential-propagator approximation (53) differs from the exact propagator by O(Γ/Ω): max_t |G_exact − e^{−iE′t−Γ_jt/2}| shrinks with order 1 in Γ/Ω",
    kind: "limit",
    domain: "Ω = 10, Γ ∈ {0.4, 0.2, 0.1, 0.05}, t ∈ [0, 6/Γ] (25 points), exact from the finite chain with 2M/Ω > 1.5·6/Γ",
    criterion: limitCriterion({
      atMost: 0.01,
      finalReason:
        "error at Γ/Ω = 0.005 below 2Γ/Ω = 0.01: the (E5) bound is (Γ/Ω)(1 − Γ/Ω)^{−1}Ω²/(Ω − E′_j)² u(Ωt) ≤ 0.74 Γ/Ω (u ≤ 0.54), plus |p_j − 1| = O(Γ/Ω) of the pole residue",
      expected: 1,
      window: 0.15,
      orderReason: EPA_ORDER_REASON,
    }),
    measure: () => limitObservation(EPA_RATIOS, EPA_GAMMAS.map(propagatorError), { h: "Γ/Ω", error: "max_t |G − G_EPA|", title: "EPA propagator error" }),
  }),
  kit.claim({
    name: "epa-correlation-order",
    where: "eqs. (29)–(30), (53); Fig. 4",
    statement: "C(t) computed from (29)–(30) with the EPA propagator agrees with the exact finite-chain C(t) (vacuum start) to O(Γ/Ω): the maximal error over Γt ∈ {1, 2, 4} shrinks with order 1",
    kind: "limit",
    domain: "Fig. 4(a) parameters with Ω = 10 (h = 1, δ = 0.1, g = 0.5, µ_L = 1, µ_R = 0, T = 0.1), Γ ∈ {0.4, 0.2, 0.1, 0.05}",
    criterion: limitCriterion({
      atMost: 5e-3,
      finalReason: "error at Γ/Ω = 0.005 below Γ/Ω itself (the paper's O(Γ/Ω) with unit constant)",
      expected: 1,
      window: 0.2,
      orderReason: `${EPA_ORDER_REASON}; C(t) adds the noise integrals (29)–(30), whose transient scatters the fit more (± 0.2)`,
    }),
    measure: () => limitObservation(EPA_RATIOS, EPA_GAMMAS.map(correlationError), { h: "Γ/Ω", error: "max |C_exact − C_EPA|", title: "EPA correlation error" }),
  }),
  ...kit.erratum(
    {
      printedName: "epa-pole-E1-printed",
      correctedName: "epa-pole-E1-corrected",
      where: "eqs. (E1)–(E5)",
      kind: "agreement",
      domain: "Ω = 10, Γ = 0.2, h = 1, δ = 0.1, g = 0.5, M = 600, Γt ∈ {0, 0.5, 1, 2, 4, 8}, j = 1, 2",
      criterion: bound({ atMost: 1, reason: "the measured error is |G_exact − pole term| divided by the rigorous bound (E5): the bound is respected when the ratio is ≤ 1" }),
      printed: "G_j(t) = p_j e^{−iE′_j t − Γ_j t} + err_j(t), with |err_j| bounded by (E5)",
      corrected: "G_j(t) = p_j e^{−iE′_j t − Γ_j t/2} + err_j(t), with |err_j| bounded by (E5)",
      printedStatement: "G_j(t) = p_j e^{−iE′_j t − Γ_j t} + err_j(t), with |err_j| bounded by (E5)",
      correctedStatement: "G_j(t) = p_j e^{−iE′_j t − Γ_j t/2} + err_j(t), with |err_j| bounded by (E5)",
      why:
        "The pole of φ_j in the lower half plane sits at ω = E′_j − iΓ_j/2, so its residue term decays as e^{−Γ_j t/2} (as in eq. (53)); (E1) and (E4) print e^{−Γ_j t}. Evidence: with the printed exponent the arc error exceeds the (E5) bound by up to 10³–10⁶ at Γt ≥ 1; with Γ_j t/2 it stays below 0.8× the bound.",
    },
    {
      measure: (form) => ({
        measurement: measure.value(`max over j and Γt ∈ {${POLE_TIMES.join(", ")}} of |G_exact − pole term|/bound(E5)`, poleRatio(form)),
      }),
    },
  ),
];
