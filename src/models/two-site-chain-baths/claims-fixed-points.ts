import fc from "fast-check";
import type { LegacyClaim as Claim } from "../../core/claim.js";
import { tolerance } from "../../core/tolerance.js";
import { parameterArbitrary } from "../../evidence/arbitraries.js";
import { checkProperty } from "../../evidence/property.js";
import { maxAbsDifferenceComplex, multiplyComplex, subtractComplex, traceComplex, zerosComplex } from "../../numerics/linalg/complex-matrix.js";
import type { Random } from "../../numerics/random.js";
import { seededRandom } from "../../numerics/random.js";
import { fermi } from "../../numerics/special.js";
import { lindbladGenerator } from "../../physics/lindblad/lindblad-generator.js";
import { steadyState } from "../../physics/lindblad/steady-state.js";
import { modeEnergy } from "./analytic.js";
import { bathFixedPointPopulations, entropyProductionLimit, entropyProductionRate } from "./analytic-local.js";
import { bathRates } from "./analytic-rates.js";
import { steadyStateCorrelation } from "./analytic-steady.js";
import { DOC, MODEL_ID, claimId, compareAll, limitOutcome, params } from "./claim-support.js";
import type { Matrix2 } from "./complex2.js";
import { buildFiniteChainStars, globalGibbsPopulations } from "./exact.js";
import { gaussianStateFock } from "./gaussian-state-fock.js";
import { applyQuadraticGenerator, diagonalRates, twoModeOperators } from "./local-generators.js";
import type { TwoSiteChainBathsParams } from "./params.js";
import { twoSiteChainBathsParameterSchema } from "./params.js";

/** Fixed points of the bath generators (59)–(60), the Spohn inequality (63) and the second law (64). */

/**
 * A random two-mode correlation matrix C = U diag(λ_1, λ_2) U† with λ ∈ [lo, 1 − lo] and a
 * random unitary U (mixing angle θ, phase φ): a random Gaussian state with coherences.
 */
export function randomCorrelation(rng: Random, lo = 0.05): Matrix2 {
  const l1 = rng.uniform(lo, 1 - lo);
  const l2 = rng.uniform(lo, 1 - lo);
  const th = rng.uniform(0, Math.PI);
  const ph = rng.uniform(0, 2 * Math.PI);
  const c = Math.cos(th);
  const s = Math.sin(th);
  const x = (l1 - l2) * c * s;
  return {
    re: [[l1 * c * c + l2 * s * s, x * Math.cos(ph)], [x * Math.cos(ph), l1 * s * s + l2 * c * c]],
    im: [[0, x * Math.sin(ph)], [-x * Math.sin(ph), 0]],
  };
}

/** The bath generator L_α of eq. (57) as Λ^± pairs (gain γ⁺_{α,j}, loss γ⁻_{α,j} of eq. (58)). */
function bathGenerator(alpha: "L" | "R", p: TwoSiteChainBathsParams) {
  const r1 = bathRates(alpha, 1, p);
  const r2 = bathRates(alpha, 2, p);
  return diagonalRates([r1.gain, r2.gain], [r1.loss, r2.loss]);
}

const diag2 = (a: number, b: number): Matrix2 => ({ re: [[a, 0], [0, b]], im: [[0, 0], [0, 0]] });

const FIXED_POINT59_TOL = tolerance(0, 1e-9, "rates and ∫φ_jf_α by separate band quadratures (relative 1e-10) and the normalisation (26) of φ_j (≈ 4e-13); null-space solve ~1e-15");

const fixedPoint59: Claim = {
  id: claimId("fixed-point-59"),
  model: MODEL_ID,
  source: { doc: DOC, where: "eqs. (57)–(59)" },
  statement:
    "The generator L_α = Σ_j γ⁻_{α,j}D[d_j] + γ⁺_{α,j}D[d_j†] with the rates (58) has a unique fixed point r_α, which is Gaussian with Tr[r_αd_j†d_k] = δ_jk∫dω φ_j f_α (computed as the null space of the 16×16 Liouvillian, compared with the Gaussian state built from ∫φ_jf_α)",
  kind: "identity",
  tolerance: FIXED_POINT59_TOL,
  domain: "random parameters of the schema, α = L and R",
  verify: (context) =>
    checkProperty(
      {
        arbitrary: parameterArbitrary(twoSiteChainBathsParameterSchema, { fixed: { M: 1, t: 0 } }),
        measure: (p) => {
          let worst = 0;
          for (const alpha of ["L", "R"] as const) {
            const { plus, minus } = bathGenerator(alpha, p);
            const { a, aDagger } = twoModeOperators();
            const jumps = [0, 1].flatMap((j) => [
              { operator: a[j], rate: minus.re[j][j] },
              { operator: aDagger[j], rate: plus.re[j][j] },
            ]);
                        const rho = steadyState(lindbladGenerator(zerosComplex(4, 4), jumps)).rho;
            const pops = bathFixedPointPopulations(alpha, p);
            worst = Math.max(worst, maxAbsDifferenceComplex(rho, gaussianStateFock(diag2(pops[0], pops[1])).rho));
          }
          return { error: worst, holds: worst <= FIXED_POINT59_TOL.atol, note: `max |r_α(null space) − Gaussian(59)| = ${worst.toExponential(3)}` };
        },
        describe: (p) => JSON.stringify(p),
      },
      { ...context, numRuns: Math.min(context.numRuns, 10) },
    ),
};

const FIXED_POINT_60_TOL = tolerance(
  0,
  1e-10,
  "quadrature of ∫φ_jf_α (59), requested relative 1e-10 of values ≤ 1; finite M: the mode sum is a trapezoid rule in q with error ∝ e^{−2πT M/v_F} (Fermi poles µ ± iπT; v_F = Ω sin q_F ≈ 10), e^{−57} for T_R = 0.15, M = 600",
);

const fixedPoint60: Claim = {
  id: claimId("fixed-point-60-global-gibbs"),
  model: MODEL_ID,
  source: { doc: DOC, where: "eqs. (59)–(60), App. C (C1)" },
  statement:
    "Out of equilibrium, the fixed point r_α of each bath generator is the reduction of the global Gibbs state at (β_α, µ_α), eq. (60): ∫φ_jf_α equals Σ_n|⟨0|d_j|n⟩|²f_α(ε_n) over the eigenmodes of the finite problem, for α = L and R",
  kind: "identity",
  tolerance: FIXED_POINT_60_TOL,
  domain: "Ω = 10, Γ = 0.5, h = 1, δ = 0.1, g = 0.5, T_L = 0.3, µ_L = 1.2, T_R = 0.15, µ_R = 0.4, M = 600",
  verify: () => {
    const p = params({ Omega: 10, Gamma: 0.5, TL: 0.3, muL: 1.2, TR: 0.15, muR: 0.4, M: 600 });
    const stars = buildFiniteChainStars(p);
    return compareAll(
      (["L", "R"] as const).flatMap((alpha) => {
        const T = alpha === "L" ? p.TL : p.TR;
        const mu = alpha === "L" ? p.muL : p.muR;
        const g = globalGibbsPopulations(stars, 1 / T, mu);
        const r = bathFixedPointPopulations(alpha, p);
        return [0, 1].map((j) => ({ name: `r_${alpha} C${j + 1}${j + 1}`, actual: g[j], expected: r[j] }));
      }),
      FIXED_POINT_60_TOL,
    );
  },
};

const GAMMAS = [0.04, 0.02, 0.01, 0.005];

const fixedPoint7: Claim = {
  id: claimId("fixed-point-60-weak-coupling"),
  model: MODEL_ID,
  source: { doc: DOC, where: "eqs. (7), (59)–(60)" },
  statement: "As Γ → 0 the fixed point (59) of L_α tends to the Gibbs state of H_S at (β_α, µ_α), eq. (7): ∫φ_jf_α → f_α(E_j), with order 1 in Γ",
  kind: "limit",
  tolerance: tolerance(0, 5e-3, "max |∫φ_jf_α − f_α(E_j)| at Γ = 0.005 below 5e-3 (measured prefactor ≈ 0.6Γ: Lorentzian tails of width Γ_j across the Fermi edge and the shift E′_j − E_j = E_jΓ/2Ω) and order 1 ± 0.15"),
  domain: "h = 1, δ = 0.5, g = 0.5, Ω = 10, T_L = 0.3, µ_L = 1.2, T_R = 0.1, µ_R = 0.5, Γ ∈ {0.04, 0.02, 0.01, 0.005}",
  verify: () => {
    const errs = GAMMAS.map((G) => {
      const p = params({ h: 1, delta: 0.5, g: 0.5, Omega: 10, Gamma: G, TL: 0.3, muL: 1.2, TR: 0.1, muR: 0.5 });
      let e = 0;
      for (const alpha of ["L", "R"] as const) {
        const r = bathFixedPointPopulations(alpha, p);
        const T = alpha === "L" ? p.TL : p.TR;
        const mu = alpha === "L" ? p.muL : p.muR;
        for (const j of [1, 2] as const) e = Math.max(e, Math.abs(r[j - 1] - fermi(modeEnergy(j, p), 1 / T, mu)));
      }
      return e;
    });
    return limitOutcome(GAMMAS, errs, 1, 0.15, 5e-3, { h: "Γ", error: "max |∫φ_jf_α − f_α(E_j)|", title: "(59) → Gibbs state (7)" });
  },
};

/** Tr[(ln r_α − ln ρ)·L_αρ] for a Gaussian state ρ with correlation matrix C (mode basis). */
export function spohnProduction(alpha: "L" | "R", p: TwoSiteChainBathsParams, C: Matrix2): number {
  const { plus, minus } = bathGenerator(alpha, p);
  const pops = bathFixedPointPopulations(alpha, p);
  const lnR = gaussianStateFock(diag2(pops[0], pops[1])).logRho;
  const { rho, logRho } = gaussianStateFock(C);
  return traceComplex(multiplyComplex(subtractComplex(lnR, logRho), applyQuadraticGenerator(plus, minus, rho))).re;
}

const spohn63: Claim = {
  id: claimId("spohn-63"),
  model: MODEL_ID,
  source: { doc: DOC, where: "eq. (63)" },
  statement: "Spohn inequality for each bath generator: Tr{[ln r_α − ln ρ]L_αρ} ≥ 0 for every state ρ (random Gaussian states with coherences, L_α of (57)–(58), r_α of (59))",
  kind: "invariant",
  tolerance: tolerance(0, 1e-14, "4×4 Fock-space products of order-one logarithms times rates ≲ 1: round-off ~1e-16"),
  domain: "random parameters of the schema; random C with eigenvalues in [0.05, 0.95] and random eigenvectors; α = L, R",
  verify: (context) =>
    checkProperty(
      {
        arbitrary: fc.tuple(parameterArbitrary(twoSiteChainBathsParameterSchema, { fixed: { M: 1, t: 0 } }), fc.integer({ min: 0, max: 2 ** 30 })),
        measure: ([p, seed]) => {
          const C = randomCorrelation(seededRandom(seed));
          const v = Math.min(spohnProduction("L", p, C), spohnProduction("R", p, C));
          return { error: Math.max(0, -v), holds: v >= -1e-14, note: `min_α Tr[(ln r_α − ln ρ)L_αρ] = ${v}` };
        },
        describe: ([p, seed]) => `${JSON.stringify(p)}, state seed ${seed}`,
      },
      { ...context, numRuns: Math.min(context.numRuns, 15) },
    ),
};

const secondLawLimit: Claim = {
  id: claimId("second-law-64-limit"),
  model: MODEL_ID,
  source: { doc: DOC, where: "eq. (64), App. F" },
  statement:
    "At the exact NESS (32), σ(Γ) = −(1/Γ)Σ_α β_αJ^Q_α with J^Q_α = ⟨L_α†(H_S − µ_αN_S)⟩∞ converges as Γ → 0, with order 1, to σ₀ = −Σ_j√(1 − E_j²/Ω²)Σ_α β_αR²_{αj}(E_j − µ_α)[f_α(E_j) − Σ_α′R²_{α′j}f_α′(E_j)], which is > 0: the second law (64)",
  kind: "limit",
  tolerance: tolerance(0, 0.01, "relative error |σ(Γ)/σ₀ − 1| at Γ = 0.005 below 0.01 and order 1 ± 0.15 (level broadening and the O(Γ/Δ) coherence of the NESS)"),
  domain: "h = 1, δ = 0.5, g = 0.5, Ω = 10, T_L = 0.3, µ_L = 1.5, T_R = 0.1, µ_R = 0.5, Γ ∈ {0.04, 0.02, 0.01, 0.005}",
  verify: () => {
    let sigma0 = 0;
    const errs = GAMMAS.map((G) => {
      const p = params({ h: 1, delta: 0.5, g: 0.5, Omega: 10, Gamma: G, TL: 0.3, muL: 1.5, TR: 0.1, muR: 0.5 });
      const C = steadyStateCorrelation(p);
      sigma0 = entropyProductionLimit(p);
      return Math.abs(entropyProductionRate(p, [C.re[0][0], C.re[1][1]]) / sigma0 - 1);
    });
    const out = limitOutcome(GAMMAS, errs, 1, 0.15, 0.01, { h: "Γ", error: "|σ(Γ)/σ₀ − 1|", title: "second law (64)" });
    return { ...out, holds: out.holds && sigma0 > 0, details: `σ₀ = ${sigma0.toPrecision(6)}; ${out.details}` };
  },
};

const secondLawSign: Claim = {
  id: claimId("second-law-64-nonnegative"),
  model: MODEL_ID,
  source: { doc: DOC, where: "eq. (64)" },
  statement: "The weak-coupling entropy-production rate σ₀ = −lim_{Γ→0}(1/Γ)Σ_α β_αJ^Q_α of (64) is ≥ 0 for all bath temperatures and chemical potentials",
  kind: "invariant",
  tolerance: tolerance(0, 1e-15, "closed form σ₀ (a covariance of β_α(E_j − µ_α) with f_α(E_j), ≥ 0 term by term); round-off of order-one sums"),
  domain: "random parameters of the schema (T_L, T_R ∈ [0.02, 2] log-uniform, µ_L, µ_R ∈ [−1, 3])",
  verify: (context) =>
    checkProperty(
      {
        arbitrary: parameterArbitrary(twoSiteChainBathsParameterSchema, { fixed: { M: 1, t: 0 } }),
        measure: (p) => {
          const v = entropyProductionLimit(p);
          return { error: Math.max(0, -v), holds: v >= -1e-15, note: `σ₀ = ${v}` };
        },
        describe: (p) => JSON.stringify(p),
      },
      context,
    ),
};

/** Fixed points of the bath generators and the entropy-production inequalities. */
export const fixedPointClaims: readonly Claim[] = [fixedPoint59, fixedPoint60, fixedPoint7, spohn63, secondLawLimit, secondLawSign];
