import fc from "fast-check";
import type { JudgedClaim } from "../../core/claim.js";
import { all, close, sign } from "../../core/criterion.js";
import { measure } from "../../core/measurement.js";
import { zerosComplex } from "../../numerics/linalg/complex-matrix.js";
import { seededRandom } from "../../numerics/random.js";
import { fermi } from "../../numerics/special.js";
import { lindbladGenerator } from "../../physics/lindblad/lindblad-generator.js";
import { steadyState } from "../../physics/lindblad/steady-state.js";
import { modeEnergy, systemEnergies } from "./analytic.js";
import { bathFixedPointPopulations, entropyProductionLimit, entropyProductionRate } from "./analytic-local.js";
import { steadyStateCorrelation } from "./analytic-steady.js";
import { bathGenerator, diagonalGaussianState, spohnProduction } from "./bath-generator.js";
import { cappedProperty, closedFormDraws, kit, limitCriterion, limitObservation, operatorPairs, params } from "./claims-support.js";
import { buildFiniteChainStars, globalGibbsPopulations } from "./exact.js";
import { twoModeOperators } from "./local-generators.js";
import type { TwoSiteChainBathsParams } from "./params.js";
import { randomCorrelation } from "./random-correlation.js";

/**
 * Fixed points of the bath generators (57)–(60), the Spohn inequality (63) and the second
 * law (64). Source: 003_3bda4ae6cebee785.txt, Sec. V A.
 */

/** Temperature and chemical potential of bath α. */
const bathOf = (alpha: "L" | "R", p: TwoSiteChainBathsParams) => (alpha === "L" ? { T: p.TL, mu: p.muL } : { T: p.TR, mu: p.muR });

/** Weak-coupling sequence Γ → 0 at h = 1, δ = 0.5, g = 0.5, Ω = 10. */
const GAMMAS = [0.04, 0.02, 0.01, 0.005];
const WEAK_COUPLING = { h: 1, delta: 0.5, g: 0.5, Omega: 10, TL: 0.3, TR: 0.1, muR: 0.5 } as const;

/** The stationary state of L_α as the null space of its 16×16 Liouvillian. */
function nullSpaceFixedPoint(alpha: "L" | "R", p: TwoSiteChainBathsParams) {
  const { plus, minus } = bathGenerator(alpha, p);
  const { a, aDagger } = twoModeOperators();
  const jumps = [0, 1].flatMap((j) => [
    { operator: a[j], rate: minus.re[j][j] },
    { operator: aDagger[j], rate: plus.re[j][j] },
  ]);
  return steadyState(lindbladGenerator(zerosComplex(4, 4), jumps)).rho;
}

/** An upper bound of the terms of σ₀ (64): Σ_α β_α Σ_j |E_j − µ_α| (each term is this times R², √(1 − E²/Ω²) ≤ 1 and |f − mean| ≤ 1). */
function entropyTermScale(p: TwoSiteChainBathsParams): number {
  const { E1, E2 } = systemEnergies(p);
  return (["L", "R"] as const).reduce((s, alpha) => {
    const { T, mu } = bathOf(alpha, p);
    return s + (Math.abs(E1 - mu) + Math.abs(E2 - mu)) / T;
  }, 0);
}

export const fixedPointClaims: readonly JudgedClaim[] = [
  cappedProperty(
    {
      name: "fixed-point-59",
      where: "eqs. (57)–(59)",
      statement:
        "The generator L_α = Σ_j γ⁻_{α,j}D[d_j] + γ⁺_{α,j}D[d_j†] with the rates (58) has a unique fixed point r_α, which is Gaussian with Tr[r_αd_j†d_k] = δ_jk∫dω φ_j f_α (computed as the null space of the 16×16 Liouvillian, compared with the Gaussian state built from ∫φ_jf_α)",
      kind: "identity",
      domain: "random parameters of the schema, α = L and R",
      criterion: close({ atol: 1e-9, reason: "rates and ∫φ_jf_α by separate band quadratures (relative 1e-10) and the normalisation (26) of φ_j (≈ 4e-13); null-space solve ~1e-15" }),
      arbitrary: closedFormDraws,
      measure: (p) =>
        measure.pairs(
          (["L", "R"] as const).flatMap((alpha) => {
            const populations = bathFixedPointPopulations(alpha, p);
            return operatorPairs(`r_${alpha} null space vs Gaussian (59)`, nullSpaceFixedPoint(alpha, p), diagonalGaussianState(populations[0], populations[1]).rho);
          }),
        ),
    },
    10,
  ),
  kit.claim({
    name: "fixed-point-60-global-gibbs",
    where: "eqs. (59)–(60), App. C (C1)",
    statement:
      "Out of equilibrium, the fixed point r_α of each bath generator is the reduction of the global Gibbs state at (β_α, µ_α), eq. (60): ∫φ_jf_α equals Σ_n|⟨0|d_j|n⟩|²f_α(ε_n) over the eigenmodes of the finite problem, for α = L and R",
    kind: "identity",
    domain: "Ω = 10, Γ = 0.5, h = 1, δ = 0.1, g = 0.5, T_L = 0.3, µ_L = 1.2, T_R = 0.15, µ_R = 0.4, M = 600",
    criterion: close({
      atol: 1e-10,
      reason:
        "quadrature of ∫φ_jf_α (59), requested relative 1e-10 of values ≤ 1; finite M: the mode sum is a trapezoid rule in q with error ∝ e^{−2πT M/v_F} (Fermi poles µ ± iπT; v_F = Ω sin q_F ≈ 10), e^{−57} for T_R = 0.15, M = 600",
    }),
    measure: () => {
      const p = params({ Omega: 10, Gamma: 0.5, TL: 0.3, muL: 1.2, TR: 0.15, muR: 0.4, M: 600 });
      const stars = buildFiniteChainStars(p);
      const pairs = (["L", "R"] as const).flatMap((alpha) => {
        const { T, mu } = bathOf(alpha, p);
        const gibbs = globalGibbsPopulations(stars, 1 / T, mu);
        const r = bathFixedPointPopulations(alpha, p);
        return [0, 1].map((j) => ({ label: `r_${alpha} C${j + 1}${j + 1}: (C1) vs (59)`, actual: gibbs[j], expected: r[j] }));
      });
      return { measurement: measure.pairs(pairs) };
    },
  }),
  kit.claim({
    name: "fixed-point-60-weak-coupling",
    where: "eqs. (7), (59)–(60)",
    statement: "As Γ → 0 the fixed point (59) of L_α tends to the Gibbs state of H_S at (β_α, µ_α), eq. (7): ∫φ_jf_α → f_α(E_j), with order 1 in Γ",
    kind: "limit",
    domain: "h = 1, δ = 0.5, g = 0.5, Ω = 10, T_L = 0.3, µ_L = 1.2, T_R = 0.1, µ_R = 0.5, Γ ∈ {0.04, 0.02, 0.01, 0.005}",
    criterion: limitCriterion({
      atMost: 5e-3,
      finalReason: "max |∫φ_jf_α − f_α(E_j)| at Γ = 0.005 below 5e-3 (measured prefactor ≈ 0.6Γ: Lorentzian tails of width Γ_j across the Fermi edge and the shift E′_j − E_j = E_jΓ/2Ω)",
      expected: 1,
      window: 0.15,
      orderReason: "both corrections (tails of width Γ_j, shift E_jΓ/2Ω) are linear in Γ: order 1, four points over a factor 8",
    }),
    measure: () => {
      const errors = GAMMAS.map((gamma) => {
        const p = params({ ...WEAK_COUPLING, muL: 1.2, Gamma: gamma });
        let e = 0;
        for (const alpha of ["L", "R"] as const) {
          const r = bathFixedPointPopulations(alpha, p);
          const { T, mu } = bathOf(alpha, p);
          for (const j of [1, 2] as const) e = Math.max(e, Math.abs(r[j - 1] - fermi(modeEnergy(j, p), 1 / T, mu)));
        }
        return e;
      });
      return limitObservation(GAMMAS, errors, { h: "Γ", error: "max |∫φ_jf_α − f_α(E_j)|", title: "(59) → Gibbs state (7)" });
    },
  }),
  cappedProperty(
    {
      name: "spohn-63",
      where: "eq. (63)",
      statement: "Spohn inequality for each bath generator: Tr{[ln r_α − ln ρ]L_αρ} ≥ 0 for every state ρ (random Gaussian states with coherences, L_α of (57)–(58), r_α of (59))",
      kind: "invariant",
      domain: "random parameters of the schema; random C with eigenvalues in [0.05, 0.95] and random eigenvectors; α = L, R",
      criterion: sign({
        sign: "non-negative",
        slack: 1e-13,
        reason: "4×4 Fock-space products of rates ≤ Γ with logarithms ≲ β_α|E_j − µ_α| + ln 20 ≲ 200: round-off ≲ 1e-16 × 200 = 2e-14 of Γ",
      }),
      arbitrary: fc.tuple(closedFormDraws, fc.integer({ min: 0, max: 2 ** 30 })),
      describe: ([p, seed]) => `${kit.describeParams(p)}, state seed ${seed}`,
      measure: ([p, seed]) => {
        const C = randomCorrelation(seededRandom(seed));
        return measure.signed("min_α Tr[(ln r_α − ln ρ)L_αρ] (scale Γ)", Math.min(spohnProduction("L", p, C), spohnProduction("R", p, C)), p.Gamma);
      },
    },
    15,
  ),
  kit.claim({
    name: "second-law-64-limit",
    where: "eq. (64), App. F",
    statement:
      "At the exact NESS (32), σ(Γ) = −(1/Γ)Σ_α β_αJ^Q_α with J^Q_α = ⟨L_α†(H_S − µ_αN_S)⟩∞ converges as Γ → 0, with order 1, to σ₀ = −Σ_j√(1 − E_j²/Ω²)Σ_α β_αR²_{αj}(E_j − µ_α)[f_α(E_j) − Σ_α′R²_{α′j}f_α′(E_j)], which is > 0: the second law (64)",
    kind: "limit",
    domain: "h = 1, δ = 0.5, g = 0.5, Ω = 10, T_L = 0.3, µ_L = 1.5, T_R = 0.1, µ_R = 0.5, Γ ∈ {0.04, 0.02, 0.01, 0.005}",
    criterion: all({
      ...limitCriterion({
        atMost: 0.01,
        finalReason: "relative error |σ(Γ)/σ₀ − 1| at Γ = 0.005 below 0.01: level broadening and the O(Γ/Δ) coherence of the NESS, unit constants",
        expected: 1,
        window: 0.15,
        orderReason: "level broadening and the coherence C_12 = O(Γ/Δ) are linear in Γ: order 1, four points over a factor 8",
      }).parts,
      positive: sign({ sign: "positive", slack: 0, reason: "the second law (64): σ₀ strictly positive out of equilibrium (any positive value; the scale only labels it)" }),
    }),
    measure: () => {
      const points = GAMMAS.map((gamma) => params({ ...WEAK_COUPLING, muL: 1.5, Gamma: gamma }));
      const sigma0 = entropyProductionLimit(points[0]); // independent of Γ
      const errors = points.map((p) => {
        const C = steadyStateCorrelation(p);
        return Math.abs(entropyProductionRate(p, [C.re[0][0], C.re[1][1]]) / sigma0 - 1);
      });
      return limitObservation(GAMMAS, errors, { h: "Γ", error: "|σ(Γ)/σ₀ − 1|", title: "second law (64)" }, { parts: { positive: measure.signed("σ₀ (dimensionless)", sigma0, 1) }, note: `σ₀ = ${sigma0.toPrecision(6)}` });
    },
  }),
  kit.property({
    name: "second-law-64-nonnegative",
    where: "eq. (64)",
    statement: "The weak-coupling entropy-production rate σ₀ = −lim_{Γ→0}(1/Γ)Σ_α β_αJ^Q_α of (64) is ≥ 0 for all bath temperatures and chemical potentials",
    kind: "invariant",
    domain: "random parameters of the schema (T_L, T_R ∈ [0.02, 2] log-uniform, µ_L, µ_R ∈ [−1, 3])",
    criterion: sign({
      sign: "non-negative",
      slack: 1e-15,
      reason: "closed form σ₀ (a covariance of β_α(E_j − µ_α) with f_α(E_j), ≥ 0 term by term): round-off of sums of four terms, each at most Σ_α β_α Σ_j|E_j − µ_α| (the scale)",
    }),
    arbitrary: closedFormDraws,
    measure: (p) => measure.signed("σ₀, over Σ_α β_α Σ_j|E_j − µ_α|", entropyProductionLimit(p), entropyTermScale(p)),
  }),
];
