import fc from "fast-check";
import type { JudgedClaim } from "../../core/claim.js";
import { all, close, sign } from "../../core/criterion.js";
import { measure, type Pair } from "../../core/measurement.js";
import { parameterArbitrary, unitUniform } from "../../evidence/arbitraries.js";
import { type Complex2x2, hermitianEigenvalues2x2 } from "../../numerics/linalg/complex2x2.js";
import { propagator } from "./analytic.js";
import { nonMarkovianity, rateMatrixPlus } from "./analytic-rates.js";
import { equilibriumPopulations, landauerCurrents, steadyStateCorrelation } from "./analytic-steady.js";
import { cappedProperty, complex2x2Pairs, hermitianEntryPairs, kit, params } from "./claims-support.js";
import { buildFiniteChainStars, type FiniteChainSnapshot, finiteChainCorrelation, finiteChainSnapshot, globalGibbsPopulations, plateauAverageCurrents, recurrenceTime } from "./exact.js";
import { denseCorrelation } from "./exact-dense.js";
import { exactRates } from "./exact-master-equation.js";
import { twoSiteChainBathsParameterSchema } from "./params.js";

/**
 * Agreements between the paper's closed forms and the exact finite-chain solution
 * (exact.ts, which never calls the analytic layer): propagator, NESS, Landauer currents,
 * the star decomposition, the Gibbs populations and the rates of the exact master equation.
 * Source: 003_3bda4ae6cebee785.txt.
 */

/** Non-equilibrium test point: Ω = 10, Γ = 0.5, µ_L = 1.2, µ_R = 0.3, T_L = 0.3, T_R = 0.1 (h = 1, δ = 0.1, g = 0.5). */
const NESS_POINT = { Omega: 10, Gamma: 0.5, muL: 1.2, muR: 0.3, TL: 0.3, TR: 0.1, M: 1000 } as const;
/** Plateau time: Γt* = 40, before the one-way transit M/Ω = 100 and the recurrence 2M/Ω = 200. */
const T_STAR = 80;
/** Plateau-average window [80, 120] (Γt from 40 to 60), before the transit M/Ω = 120 of its M = 1200 chain. */
const AVERAGE_WINDOW = [80, 120] as const;

/**
 * One estimate for every comparison with the plateau at t ≥ t* = 80 (snapshots and the
 * average over [80, 120]): the residual transient of Z(t) − Z(∞) (eq. (30)), second order
 * in decaying amplitudes. Deforming the ω-integral of the first-order cross terms Ā_j(ω,∞)R_k(ω,t)
 * (R = tail ∫_t^∞ G e^{iωt′}) into the upper half plane leaves the pole of Ā_j
 * (→ e^{−(Γ_j+Γ_k)t/2} ≤ e^{−Γ_min t*} = 2e-18), the Fermi poles (e^{−(Γ_j/2 + πT_R)t*} ≈ 1e-20)
 * and the band edges, where J_N ∝ √(Ω − |ω|) gives (Γ/2π)(Ωt*)^{−3/2} = 3.5e-6 times the branch-cut
 * amplitude of G, |err_j(t*)| ≤ (E5) = 1.2e-6: 4.2e-12 for C and the particle currents,
 * × |ω| ≤ Ω for the energy currents: 4.2e-11. This is a leading-order estimate, not a
 * rigorous bound (the rigorous Cauchy–Schwarz bound from (E5) alone is 1e-5).
 */
const PLATEAU = close({
  atol: 1e-10,
  reason:
    "residual transient at t ≥ 80 (estimate, see PLATEAU in claims-exact.ts): pole terms ≤ e^{−Γ_min t*} = 2e-18, band-edge terms (Γ/2π)(Ωt*)^{−3/2}·(E5 bound 1.2e-6) = 4.2e-12 (C, particle currents), ×Ω = 4.2e-11 (energy currents); " +
    "quadrature of (32), (43)–(44): relative 1e-10 × values ≤ 0.5 → 5e-11; finite-M thermal boundary e^{−2πT_R M/v_F} ≈ e^{−60} before M/Ω; sum ≤ 1e-10",
});

/** A non-vacuum Gaussian initial state (eigenvalues 0.25, 0.65 ∈ [0, 1]). */
export const SAMPLE_INITIAL: Complex2x2 = { re: [[0.3, 0.1], [0.1, 0.6]], im: [[0, 0.1], [-0.1, 0]] };

/** The boundary and intra-system currents of the chain (snapshot or plateau average) against the Landauer currents (43)–(44). */
function landauerPairs(c: Pick<FiniteChainSnapshot, "particleCurrent" | "energyCurrent" | "internalCurrent">, p: Parameters<typeof landauerCurrents>[0], brackets: (name: string) => string): Pair[] {
  const l = landauerCurrents(p);
  return [
    { label: brackets("J^P_L"), actual: c.particleCurrent.L, expected: l.particle },
    { label: `−${brackets("J^P_R")}`, actual: -c.particleCurrent.R, expected: l.particle },
    { label: brackets("J^P_S"), actual: c.internalCurrent, expected: l.particle },
    { label: brackets("J^E_L"), actual: c.energyCurrent.L, expected: l.energy },
    { label: `−${brackets("J^E_R")}`, actual: -c.energyCurrent.R, expected: l.energy },
  ];
}

/** C(0) = U diag(n1, n2) U† with U = [[cos, −e^{iφ} sin], [e^{−iφ} sin, cos]] at mixing angle π/5. */
function mixedInitialState(n1: number, n2: number, phase: number): Complex2x2 {
  const c = Math.cos(Math.PI / 5);
  const s = Math.sin(Math.PI / 5);
  return {
    re: [[n1 * c * c + n2 * s * s, (n1 - n2) * c * s * Math.cos(phase)], [(n1 - n2) * c * s * Math.cos(phase), n1 * s * s + n2 * c * c]],
    im: [[0, (n1 - n2) * c * s * Math.sin(phase)], [-(n1 - n2) * c * s * Math.sin(phase), 0]],
  };
}

/** Rates test point: Ω = 50, Γ = 0.2, M = 3000 (transit M/Ω = 60), t = 55 (Γt = 11). */
const RATES_POINT = { ...NESS_POINT, Omega: 50, Gamma: 0.2, M: 3000 } as const;
const RATES_TIME = 55;

/** ν test point (Fig. 5 regime): Γ = 0.05; times Γt ∈ {10, 12}; M = 1.3·Ω·12/Γ = 3120 (transit 312 > 240). */
const NU_POINT = { h: 1, delta: 0, g: 0.5, Gamma: 0.05, Omega: 10, TL: 0.05, TR: 0.05, muL: 1, muR: 0.5, M: Math.ceil((1.3 * 10 * 12) / 0.05) } as const;
const NU_TIMES = [10, 12];

export const exactClaims: readonly JudgedClaim[] = [
  kit.claim({
    name: "propagator-24-finite-chain",
    where: "eqs. (23)–(24), (35)",
    statement: "The propagator G_j(t) = ∫dω e^{−iωt}φ_j(ω) with φ_j of (35) equals the exact propagator ⟨0|d_j(t)d_j†|0⟩ of the chain before the recurrence time",
    kind: "agreement",
    domain: "Ω = 10, Γ = 0.5, h = 1, δ = 0.1, g = 0.5, M = 1000, t ∈ {0.5, 2, 8, 30, 60}",
    criterion: close({
      atol: 2e-10,
      reason:
        "G_j of (24) is two band quadratures (Re, Im), each requested to max(1e-12, 1e-10·|value|) with |value| ≤ 1: |ΔG| ≤ √2·1e-10; the chain's G_j is exact before the recurrence 2M/Ω = 200 > 60 (light-cone leakage ∝ J_{2M}(Ωt) < 1e-300) up to round-off of an M-term sum (1e-15)",
    }),
    measure: () => {
      const p = params(NESS_POINT);
      const stars = buildFiniteChainStars(p);
      const pairs = [0.5, 2, 8, 30, 60].flatMap((t) => {
        const s = finiteChainSnapshot(stars, t);
        return ([1, 2] as const).flatMap((j) => {
          const a = propagator(j, t, p);
          return [
            { label: `Re G${j}(${t})`, actual: s.propagator[j - 1].re, expected: a.re },
            { label: `Im G${j}(${t})`, actual: s.propagator[j - 1].im, expected: a.im },
          ];
        });
      });
      return { measurement: measure.pairs(pairs), note: `recurrence time 2M/Ω = ${recurrenceTime(p)}` };
    },
  }),
  kit.claim({
    name: "ness-32-finite-chain",
    where: "eq. (32) with (35), (37)",
    statement: "The exact finite-chain correlation matrix on its plateau (Γt = 40, before the transit time M/Ω) equals the stationary C(∞) of eq. (32)",
    kind: "agreement",
    domain: "Ω = 10, Γ = 0.5, h = 1, δ = 0.1, g = 0.5, µ_L = 1.2, µ_R = 0.3, T_L = 0.3, T_R = 0.1, M = 1000, t* = 80; vacuum and non-vacuum initial states",
    criterion: PLATEAU,
    measure: () => {
      const p = params(NESS_POINT);
      const stars = buildFiniteChainStars(p);
      const ness = steadyStateCorrelation(p);
      return {
        measurement: measure.pairs([...hermitianEntryPairs("vacuum", finiteChainCorrelation(stars, T_STAR), ness), ...hermitianEntryPairs("C(0)≠0", finiteChainCorrelation(stars, T_STAR, SAMPLE_INITIAL), ness)]),
      };
    },
  }),
  kit.claim({
    name: "landauer-43-44-finite-chain",
    where: "eqs. (40)–(45)",
    statement: "The exact boundary currents (40)–(41) and the intra-system current (42) of the finite chain on its plateau equal the Landauer currents (43)–(44): J^P_L = J^P_S = −J^P_R, J^E_L = −J^E_R",
    kind: "agreement",
    domain: "as ness-32-finite-chain",
    criterion: PLATEAU,
    measure: () => {
      const p = params(NESS_POINT);
      return { measurement: measure.pairs(landauerPairs(finiteChainSnapshot(buildFiniteChainStars(p), T_STAR), p, (name) => name)) };
    },
  }),
  kit.claim({
    name: "landauer-plateau-time-average",
    where: "eqs. (40)–(45)",
    statement:
      "The exact boundary currents (40)–(41) and the intra-system current (42), averaged over the plateau Γt ∈ [40, 60] (before the transit time M/Ω = 120), equal the Landauer currents (43)–(44): J^P_L = −J^P_R = J^P_S = ∫T(f_L − f_R), J^E_L = −J^E_R = ∫ωT(f_L − f_R)",
    kind: "agreement",
    domain:
      "Ω = 10, Γ = 0.5, h = 1, δ = 0.1, g = 0.5, µ_L = 1.2, µ_R = 0.3, T_L = 0.3, T_R = 0.1, M = 1200, t ∈ [80, 120] (trapezoid, 41 points): every time of the window is past t* = 80, so the single-time estimate of PLATEAU bounds the average",
    criterion: PLATEAU,
    measure: () => {
      const p = params({ ...NESS_POINT, M: 1200 });
      const average = plateauAverageCurrents(buildFiniteChainStars(p), AVERAGE_WINDOW, 41);
      return { measurement: measure.pairs(landauerPairs(average, p, (name) => `⟨${name}⟩`)), note: `single-time fluctuation of J^P_L on the window: ${average.particleFluctuation.toExponential(2)}` };
    },
  }),
  cappedProperty(
    {
      name: "star-vs-dense",
      where: "eqs. (16)–(17)",
      statement: "After the rotation R the problem splits into two independent stars (17): the star-path C(t) equals the dense site-basis evolution of the full (2M+2)-mode chain",
      kind: "agreement",
      domain: "M = 30, random parameters (Ω ∈ [2, 10]), t ∈ [0, 20], random Gaussian initial state",
      criterion: close({
        atol: 1e-11,
        reason: "backward error of each solver, n·ε·‖h‖·t with n = 62 modes, ‖h‖ ≤ Ω + max(E_j, √(ΓΩ)) ≤ 12 (Ω ≤ 10), t ≤ 20: 62 × 2.2e-16 × 12 × 20 = 3.3e-12 per path, 6.6e-12 for the difference",
      }),
      arbitrary: fc.tuple(
        parameterArbitrary(twoSiteChainBathsParameterSchema, { fixed: { M: 30 }, sampling: { Omega: { min: 2, max: 10, scale: "log" } } }),
        unitUniform(),
        unitUniform(),
        unitUniform().map((u) => 2 * Math.PI * u),
      ),
      describe: ([p, n1, n2, phase]) => `${kit.describeParams(p)}, n=(${n1}, ${n2}), φ=${phase}`,
      measure: ([p, n1, n2, phase]) => {
        const initial = mixedInitialState(n1, n2, phase);
        return measure.pairs(complex2x2Pairs("C(t) star vs dense", finiteChainCorrelation(buildFiniteChainStars(p), p.t, initial), denseCorrelation(p, p.t, initial)));
      },
    },
    20,
  ),
  kit.claim({
    name: "gibbs-38-equals-39",
    where: "eqs. (38)–(39), (C1)",
    statement: "For equilibrium baths the stationary populations ∫φ_j f (38) equal those of the reduced global Gibbs state (39), computed exactly as Σ_n |⟨0|d_j|n⟩|² f(ε_n) over the eigenmodes of the finite problem",
    kind: "identity",
    domain: "Ω = 10, Γ = 0.5, T = 0.2, µ = 1, M = 600",
    criterion: close({
      atol: 1e-10,
      reason:
        "quadrature of (38), requested relative 1e-10 of C_jj ≤ 1; finite M: the mode sum is a trapezoid rule in q whose error decays as e^{−2πT M/v_F} (nearest singularities: the Fermi poles µ ± iπT; v_F = Ω sin q_F = 9.95) = e^{−76} at M = 600",
    }),
    measure: () => {
      const p = params({ Omega: 10, Gamma: 0.5, TL: 0.2, TR: 0.2, muL: 1, muR: 1, M: 600 });
      const gibbs = globalGibbsPopulations(buildFiniteChainStars(p), 1 / p.TL, p.muL);
      const populations = equilibriumPopulations(p);
      return { measurement: measure.pairs([0, 1].map((j) => ({ label: `C${j + 1}${j + 1} (39) vs (38)`, actual: gibbs[j], expected: populations[j] }))) };
    },
  }),
  kit.claim({
    name: "rate-matrix-55-vs-exact",
    where: "eqs. (47), (55)",
    statement: "The exact gain matrix Λ⁺(t) of (47)–(48), built from the finite chain at Γt = 11, agrees with the asymptotic EPA form (55)",
    kind: "agreement",
    domain: "Ω = 50, Γ = 0.2, h = 1, δ = 0.1, g = 0.5, µ_L = 1.2, µ_R = 0.3, T_L = 0.3, T_R = 0.1, M = 3000, t = 55, C(0) ≠ 0",
    criterion: close({
      atol: 2.5e-3,
      reason:
        "(55) is the t → ∞ EPA form with E_j and Γ_j = 2πJ_N(E_j): EPA error O(E_1/Ω + Γ/Ω) = 1.255/50 + 0.2/50 = 0.029 (unit constants, Sec. IV B) plus the transient of Λ⁺(t), relative e^{−Γ_j t/2} = e^{−5.5} = 0.0041 at t = 55; " +
        "(0.029 + 0.0041) × max|Λ⁺| (0.0732) = 2.4e-3",
    }),
    measure: () => {
      const p = params(RATES_POINT);
      const rates = exactRates(finiteChainSnapshot(buildFiniteChainStars(p), RATES_TIME, SAMPLE_INITIAL));
      return { measurement: measure.pairs(hermitianEntryPairs("exact vs (55):", rates.plus, rateMatrixPlus(p), "Λ⁺")) };
    },
  }),
  kit.claim({
    name: "nu-exact-vs-epa",
    where: "eqs. (47), (52), (55), (82); Sec. V C",
    statement:
      "Asymptotic non-Markovianity is a property of the exact dynamics: ν(t) from the canonical rates of the exact Λ^±(t) (47), built from the finite chain, is positive and equals ν∞ of the EPA rates (55) at Γt = 10, 12",
    kind: "agreement",
    domain: "h = 1, δ = 0, g = 0.5, Γ = 0.05, Ω = 10, T_L = T_R = 0.05, µ_L = 1 (between the levels), µ_R = 0.5, M = 3120 (transit 1.3·12/Γ)",
    criterion: all({
      agreement: close({
        atol: 6e-4,
        reason:
          "ν is a sum of canonical rates, each carrying an absolute error ≤ Γ·(Γ/Ω + e^{−Γt/2}): EPA O(Γ/Ω) = 5e-3 (unit constant) and the transient at the earliest time Γt = 10, e^{−5} = 6.7e-3; Γ × 0.0117 = 5.9e-4 — below ν∞ ≈ 4.2e-3, so agreement also shows the exact ν(t) > 0",
      }),
      positive: sign({ sign: "positive", slack: 0, reason: "asymptotic non-Markovianity: ν∞ of (55) strictly positive at a chemical potential between the levels (any positive value; the scale only labels it)" }),
    }),
    measure: () => {
      const p = params(NU_POINT);
      const stars = buildFiniteChainStars(p);
      const nuEpa = nonMarkovianity(p).nu;
      const pairs = NU_TIMES.map((gt) => {
        const r = exactRates(finiteChainSnapshot(stars, gt / p.Gamma));
        const rates = [...hermitianEigenvalues2x2(r.plus), ...hermitianEigenvalues2x2(r.minus)];
        return { label: `ν(Γt=${gt}) exact vs ν∞ (55)`, actual: rates.reduce((a, l) => a + Math.max(0, -l), 0), expected: nuEpa };
      });
      return { measurement: measure.parts({ agreement: measure.pairs(pairs), positive: measure.signed("ν∞ of (55) (scale Γ)", nuEpa, p.Gamma) }) };
    },
  }),
];
