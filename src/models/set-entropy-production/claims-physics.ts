import type { LegacyClaim as Claim, EvidencePlot, Outcome } from "../../core/claim.js";
import { tolerance } from "../../core/tolerance.js";
import * as analytic from "./analytic.js";
import { MODEL, source } from "./claim-support.js";
import { systemBathInformation } from "./entropy-observables.js";
import { paperCase } from "./params.js";
import type { PopulationObservables } from "./population-observables.js";
import { entropyTrajectory, logGammaTimes, meanGamma, populationTrajectory, windowMean, type Trajectory } from "./trajectory.js";
import type { EntropyObservables } from "./entropy-observables.js";

/**
 * The paper's physical claims (Sec. IV, Appendix A) as measurable statements on exact
 * trajectories at the paper's size K = 1000 (population observables, O(n²) per point) or at
 * K = 200 where dense bath spectra are needed (CI budget). Regime III is averaged over the
 * paper's window Γt ∈ [10⁵, 10⁸] (Fig. 6 caption) on a grid of 2 points per decade.
 * Source: 001_06d9cbfd9396c60e.txt, Sec. IV A–C, Figs. 4–9, Appendix A.
 */

/** Γt grid of the claims: 10⁻² … 10⁸, 2 points per decade (21 points). */
const GRID = logGammaTimes(-2, 8, 2);
const WINDOW: readonly [number, number] = [1e5, 1e8];
/** Couplings Γ of Fig. 6 (3 … 3000, "three orders of magnitude", Sec. IV B), one per decade. */
const FIG6_GAMMAS: readonly number[] = [3, 30, 300, 3000];

const cache = new Map<string, Trajectory<PopulationObservables>>();
function trajectory(which: "a" | "b", overrides: Record<string, unknown> = {}, grid: readonly number[] = GRID): Trajectory<PopulationObservables> {
  const key = JSON.stringify([which, overrides, grid.length, grid[0]]);
  let t = cache.get(key);
  if (t === undefined) {
    t = populationTrajectory(paperCase(which, overrides), grid);
    cache.set(key, t);
  }
  return t;
}
const entropyCache = new Map<string, Trajectory<EntropyObservables>>();
function entropyWindow(which: "a" | "b"): Trajectory<EntropyObservables> {
  let t = entropyCache.get(which);
  if (t === undefined) {
    t = entropyTrajectory(paperCase(which, { KL: 200, KR: 200 }), logGammaTimes(5, 8, 2));
    entropyCache.set(which, t);
  }
  return t;
}

function betaPlot(title: string, t: Trajectory<PopulationObservables>): EvidencePlot {
  return {
    title,
    xLabel: "Γt",
    yLabel: "β* (1/energy)",
    logX: true,
    series: [
      { name: "β*_L", x: [...t.gammaTimes], y: t.points.map((p) => p.L.beta) },
      { name: "β*_R", x: [...t.gammaTimes], y: t.points.map((p) => p.R.beta) },
      { name: "β_ref", x: [...t.gammaTimes], y: t.points.map(() => t.global.beta) },
    ],
  };
}

const mean = (t: Trajectory<PopulationObservables>, f: (p: PopulationObservables) => number) => windowMean(t, WINDOW[0], WINDOW[1], f);

const THERMAL_TOL = tolerance(
  0.02,
  0.03,
  "rtol on β*: finite K = 1000 — the global Gibbs state's own bath-local β* differ from β_ref by the coupling-energy share (0.2% case (a), 0.7% case (b), measured), plus regime-III fluctuations of β* (±1–2% per point) averaged over 7 points; atol (energy) on μ*: single-point fluctuations of μ* up to ±0.02–0.05 averaged over 7 points",
);

function thermalization(which: "a" | "b", gamma: number): Outcome {
  const t = trajectory(which, { gammaL: gamma, gammaR: gamma });
  const g = t.global;
  const bl = mean(t, (p) => p.L.beta);
  const br = mean(t, (p) => p.R.beta);
  const ml = mean(t, (p) => p.L.mu);
  const mr = mean(t, (p) => p.R.mu);
  const betaError = Math.max(Math.abs(bl - g.beta), Math.abs(br - g.beta)) / g.beta;
  const muError = Math.max(Math.abs(ml - g.mu), Math.abs(mr - g.mu));
  const { values, vectors } = t.system.eigen;
  let outside = 0;
  let dotWeight = 0; // Σ over out-of-band eigenstates of |V_0k|²
  for (let k = 0; k < values.length; k++) {
    if (Math.abs(values[k]) > t.system.params.W / 2) {
      outside++;
      dotWeight += vectors.data[k] * vectors.data[k];
    }
  }
  return {
    holds: betaError <= THERMAL_TOL.rtol && muError <= THERMAL_TOL.atol,
    measuredError: betaError,
    details: `case (${which}), Γ = ${gamma}, K = 1000: ⟨β*_L⟩ = ${bl.toFixed(4)}, ⟨β*_R⟩ = ${br.toFixed(4)} vs β_ref = ${g.beta.toFixed(4)} (max rel. dev. ${betaError.toExponential(2)}); ⟨μ*_L⟩ = ${ml.toFixed(4)}, ⟨μ*_R⟩ = ${mr.toFixed(4)} vs μ_ref = ${g.mu.toFixed(4)} (max dev. ${muError.toExponential(2)}); ${outside} eigenvalues of 𝓗 outside the band [−W/2, W/2] carrying ${(100 * dotWeight).toFixed(1)}% of the dot's spectral weight`,
    evidence: { plots: [betaPlot(`β* vs β_ref, case (${which}), Γ = ${gamma}`, t)], values: { betaRef: g.beta, muRef: g.mu, meanBetaL: bl, meanBetaR: br, boundStates: outside, boundStateDotWeight: dotWeight } },
  };
}

const claim = (name: string, where: string, statement: string, kind: Claim["kind"], domain: string) => ({
  id: `${MODEL}/${name}`,
  model: MODEL,
  source: source(where),
  statement,
  kind,
  domain,
});

export const physicsClaims: readonly Claim[] = [
  {
    ...claim(
      "global-thermalization",
      "Sec. IV A (second observation), Fig. 4 dashed lines, Appendix B",
      "In regime III β*_L, β*_R → β_ref and μ*_L, μ*_R → μ_ref of the global grand-canonical ensemble (Appendix B); checked for cases (a) and (b) at Γ = 3",
      "agreement",
      "K = 1000, W = 10, Γ = 3, cases (a) and (b); regime-III mean over Γt ∈ [1e5, 1e8]",
    ),
    tolerance: THERMAL_TOL,
    verify: () => {
      const a = thermalization("a", 3);
      const b = thermalization("b", 3);
      return { ...b, holds: a.holds && b.holds, measuredError: Math.max(a.measuredError, b.measuredError), details: `${a.details} | ${b.details}`, evidence: { plots: [...(a.evidence?.plots ?? []), ...(b.evidence?.plots ?? [])] } };
    },
  },
  {
    ...claim(
      "global-thermalization-strong-coupling",
      "Sec. IV A, Fig. 4 (a-4), (b-4): Γ = 30 with the dashed β_ref lines",
      "At Γ = 30 the regime-III β*_ν also match β_ref (as at Γ = 3)",
      "agreement",
      "K = 1000, W = 10, Γ = 30, case (b) (case (a) deviates by 2%)",
    ),
    tolerance: THERMAL_TOL,
    expectedToFail: {
      why: "at Γ = 30 > W = 10 the level's broadening exceeds the band: 𝓗 has two bound states at ±10.2 outside [−W/2, W/2] carrying 91% of the dot's spectral weight (10% at Γ = 3); their occupations are conserved by the integrable dynamics, while the global Gibbs ensemble occupies them thermally (our reading of the mismatch). The long-time β* stay at the Γ = 3 values (2.68–2.70 in case (b)) while β_ref drops to 2.534 (6% off); the Gibbs ensemble's own bath-local β* (2.504) is off too, so this is not a definition issue",
    },
    verify: () => thermalization("b", 30),
  },
  {
    ...claim(
      "both-baths-heat-up",
      "Sec. IV A (third observation), Fig. 4 (a-1) and inset",
      "In case (a) both baths heat up: the regime-III β*_L and β*_R lie below min(β_L, β_R) = 2, while the final bath energies lie between the initial ones",
      "agreement",
      "case (a), K = 1000, Γ = 3, regime-III mean over Γt ∈ [1e5, 1e8]",
    ),
    tolerance: tolerance(0, 0.1, "margin (1/energy) required below β_R = 2: regime-III fluctuations of β* are ≤ 0.05 per point (measured), so a mean below 1.9 is a heating beyond fluctuations"),
    verify: () => {
      const t = trajectory("a", { gammaL: 3, gammaR: 3 });
      const bl = mean(t, (p) => p.L.beta);
      const br = mean(t, (p) => p.R.beta);
      const el = mean(t, (p) => p.L.energy);
      const er = mean(t, (p) => p.R.energy);
      const e0 = [t.reference.energyL, t.reference.energyR].sort((x, y) => x - y);
      const between = el > e0[0] && el < e0[1] && er > e0[0] && er < e0[1];
      const margin = 2 - Math.max(bl, br);
      return {
        holds: margin >= 0.1 && between,
        measuredError: Math.max(bl, br),
        details: `⟨β*_L⟩ = ${bl.toFixed(4)}, ⟨β*_R⟩ = ${br.toFixed(4)} (< 2 by ${margin.toFixed(3)}); E_L: ${t.reference.energyL.toFixed(2)} → ${el.toFixed(2)}, E_R: ${t.reference.energyR.toFixed(2)} → ${er.toFixed(2)} (between: ${between})`,
        evidence: { plots: [betaPlot("case (a), Γ = 3", t)] },
      };
    },
  },
  {
    ...claim(
      "transient-thermoelectric-effect",
      "Sec. IV A (third observation), Fig. 4 (b-2)",
      "In case (b) (μ_L = μ_R initially) the temperature bias creates a transient chemical-potential imbalance in regime II that disappears in regime III",
      "agreement",
      "case (b), K = 1000, Γ = 3; imbalance max over Γt ∈ [10, 1e5], final mean over [1e5, 1e8]",
    ),
    tolerance: tolerance(0, 0.05, "threshold (energy): the transient |μ*_L − μ*_R| must exceed 0.05 = 2.5× the largest single-point regime-III fluctuation (≈ 0.02 measured) and the regime-III mean must stay below 0.02"),
    verify: () => {
      const t = trajectory("b", { gammaL: 3, gammaR: 3 });
      let peak = 0;
      let peakAt = 0;
      t.points.forEach((p, i) => {
        const gt = t.gammaTimes[i];
        if (gt >= 10 && gt <= 1e5 && Math.abs(p.L.mu - p.R.mu) > peak) {
          peak = Math.abs(p.L.mu - p.R.mu);
          peakAt = gt;
        }
      });
      const final = Math.abs(mean(t, (p) => p.L.mu - p.R.mu));
      return {
        holds: peak >= 0.05 && final <= 0.02,
        measuredError: peak,
        details: `max |μ*_L − μ*_R| = ${peak.toFixed(4)} at Γt = ${peakAt.toExponential(1)}; regime-III |⟨μ*_L − μ*_R⟩| = ${final.toExponential(2)}`,
        evidence: {
          plots: [
            {
              title: "μ* in case (b), Γ = 3",
              xLabel: "Γt",
              yLabel: "μ* (energy)",
              logX: true,
              series: [
                { name: "μ*_L", x: [...t.gammaTimes], y: t.points.map((p) => p.L.mu) },
                { name: "μ*_R", x: [...t.gammaTimes], y: t.points.map((p) => p.R.mu) },
              ],
            },
          ],
        },
      };
    },
  },
  {
    ...claim(
      "three-regimes-time-scales",
      "Sec. I, Fig. 1; Sec. IV A (first observation)",
      "Three regimes with exponentially separated time scales: β* stays constant (I) until Γt_I, then changes (II), and settles into a common value (III) from Γt_III on, with t_III/t_I ≥ 10⁴",
      "agreement",
      "case (a), K = 1000, Γ = 3; t_I: first grid Γt with |β*_L/β_L − 1| > 1%; t_III: first grid Γt from which |β*_L − β*_R| ≤ 5% of β_ref at every later point",
    ),
    tolerance: tolerance(0, 1e4, "required ratio t_III/t_I (dimensionless): four decades, the 'exponential separation' of Sec. I, resolved by the 2-per-decade grid (factor √10 uncertainty on each time)"),
    verify: () => {
      const t = trajectory("a", { gammaL: 3, gammaR: 3 });
      const p0 = t.system.params;
      const iI = t.points.findIndex((p) => Math.abs(p.L.beta / p0.betaL - 1) > 0.01);
      let iIII = t.points.length;
      for (let i = t.points.length - 1; i >= 0; i--) {
        if (Math.abs(t.points[i].L.beta - t.points[i].R.beta) <= 0.05 * t.global.beta) iIII = i;
        else break;
      }
      const tI = iI >= 0 ? t.gammaTimes[iI] : Infinity;
      const tIII = iIII < t.points.length ? t.gammaTimes[iIII] : Infinity;
      const ratio = tIII / tI;
      return { holds: Number.isFinite(ratio) && ratio >= 1e4, measuredError: ratio, details: `Γt_I = ${tI.toExponential(1)}, Γt_III = ${tIII.toExponential(1)}, ratio ${ratio.toExponential(2)}` };
    },
  },
  {
    ...claim(
      "sigma-overestimates-by-orders",
      "Sec. IV B (Fig. 6 discussion)",
      "The finite-bath effect D^eq_env is the largest term: σ(t) overestimates Σ(t) 'by many orders of magnitude' (read: ⟨σ⟩/⟨Σ⟩ ≥ 100) in regime III, for every coupling Γ of Fig. 6",
      "agreement",
      `cases (a) and (b), K = 1000, Γ_L = Γ_R = Γ ∈ {${FIG6_GAMMAS.join(", ")}} (Fig. 6's range, one per decade), regime-III means over Γt ∈ [1e5, 1e8] (2 points per decade)`,
    ),
    tolerance: tolerance(0, 100, "ratio ⟨σ⟩/⟨Σ⟩ required for 'many orders of magnitude' (≥ 2 decades); the claim takes the smallest ratio over Γ and both cases"),
    expectedToFail: {
      why: "measured ⟨σ⟩/⟨Σ⟩ = 3.3–6.0 over Γ ∈ [3, 3000] (both cases, K = 1000): D^eq_env is indeed the largest term, but σ exceeds Σ by less than one order of magnitude at every coupling of Fig. 6 (identity (14) verified to 1e-13)",
    },
    verify: () => {
      const window = logGammaTimes(5, 8, 2);
      const rows: string[] = [];
      let worst = Infinity;
      let largest = 0;
      for (const w of ["a", "b"] as const) {
        const ratios = FIG6_GAMMAS.map((g) => {
          const t = trajectory(w, { gammaL: g, gammaR: g }, g === 3 ? GRID : window); // Γ = 3: the cached full grid has the same window points
          return mean(t, (p) => p.sigma) / mean(t, (p) => p.entropyProduction);
        });
        worst = Math.min(worst, ...ratios);
        largest = Math.max(largest, ...ratios);
        rows.push(`(${w}) ${ratios.map((r, i) => `Γ=${FIG6_GAMMAS[i]}: ${r.toFixed(2)}`).join(", ")}`);
      }
      return {
        holds: worst >= 100,
        measuredError: worst,
        details: `⟨σ⟩/⟨Σ⟩ over Γt ∈ [1e5, 1e8]: ${rows.join("; ")}; smallest ${worst.toFixed(2)}, largest ${largest.toFixed(2)} (required ≥ 100)`,
      };
    },
  },
  {
    ...claim(
      "pure-state-typicality",
      "Sec. IV C, Fig. 8",
      "A seeded pure (Fock) initial state follows the ensemble: β*_ν, μ*_ν and Σ agree with the thermal-state results across all time scales up to finite-size fluctuations",
      "agreement",
      "cases (a) and (b), K = 1000, Γ = 3, seed 1, Γt ∈ [1e-2, 1e8] (Σ compared for Γt ≥ 1, where it is ≥ 1 nat)",
    ),
    tolerance: tolerance(
      0.2,
      0.1,
      "finite K: the drawn state's E_ν, N_ν deviate from the ensemble by ~1/√(thermally active modes) ≈ 1/√(K·4/(βW)) ≈ 5–15%, and a shifted regime-II crossover magnifies that where β* changes fastest; rtol 0.2 on β* and Σ, atol 0.1 (energy) on μ*",
    ),
    verify: () => {
      const rows: string[] = [];
      let worst = 0;
      let ok = true;
      for (const w of ["a", "b"] as const) {
        const th = trajectory(w, { gammaL: 3, gammaR: 3 });
        const pu = trajectory(w, { gammaL: 3, gammaR: 3, initial: "pure", seed: 1 });
        let db = 0;
        let dm = 0;
        let ds = 0;
        for (let i = 0; i < GRID.length; i++) {
          const a = th.points[i];
          const b = pu.points[i];
          db = Math.max(db, Math.abs(a.L.beta - b.L.beta) / a.L.beta, Math.abs(a.R.beta - b.R.beta) / a.R.beta);
          dm = Math.max(dm, Math.abs(a.L.mu - b.L.mu), Math.abs(a.R.mu - b.R.mu));
          if (GRID[i] >= 1) ds = Math.max(ds, Math.abs(a.entropyProduction - b.entropyProduction) / a.entropyProduction);
        }
        ok &&= db <= 0.2 && ds <= 0.2 && dm <= 0.1;
        worst = Math.max(worst, db, ds);
        rows.push(`(${w}): max rel |Δβ*| = ${db.toFixed(3)}, max |Δμ*| = ${dm.toFixed(3)}, max rel |ΔΣ| = ${ds.toFixed(3)}`);
      }
      return { holds: ok, measuredError: worst, details: rows.join("; ") };
    },
  },
  {
    ...claim(
      "coupling-threshold",
      "Appendix A, Fig. 9 (first row)",
      "With asymmetric baths K_L = 1001, K_R = 999 the regime-III temperatures agree for Γ = 3 but discrepancies develop at Γ = 1 (coupling threshold Γ ≈ 3)",
      "agreement",
      "cases (a) and (b), K_L = 1001, K_R = 999, Γ ∈ {1, 3}, regime-III mean of |β*_L − β*_R|/β_ref over Γt ∈ [1e5, 1e8]",
    ),
    tolerance: tolerance(0, 0.1, "at Γ = 3 the mean mismatch |β*_L − β*_R|/β_ref must stay ≤ 0.1 (regime-III fluctuations of asymmetric baths, measured 0.04–0.05), and at Γ = 1 be ≥ 3× larger (measured ≈ 6×)"),
    verify: () => {
      const rows: string[] = [];
      let ok = true;
      let worst = 0;
      for (const w of ["a", "b"] as const) {
        const m = [1, 3].map((g) => {
          const t = trajectory(w, { KL: 1001, KR: 999, gammaL: g, gammaR: g }, logGammaTimes(5, 8, 2));
          return mean(t, (p) => Math.abs(p.L.beta - p.R.beta)) / t.global.beta;
        });
        ok &&= m[1] <= 0.1 && m[0] >= 3 * m[1];
        worst = Math.max(worst, m[1]);
        rows.push(`(${w}): Γ = 1: ${m[0].toFixed(3)}, Γ = 3: ${m[1].toFixed(3)} (ratio ${(m[0] / m[1]).toFixed(1)})`);
      }
      return { holds: ok, measuredError: worst, details: rows.join("; ") };
    },
  },
  {
    ...claim(
      "intrabath-equal-regime-III",
      "Sec. IV B (Fig. 5 second row), Sec. IV A (Fig. 4 third row)",
      "In regime III I_oL ≈ I_oR, and the distances D[ρ_ν‖π_ν]/𝒮_ν of both baths equilibrate to the same value",
      "agreement",
      "cases (a) and (b), K = 200 (dense bath spectra), Γ = 3, regime-III means over Γt ∈ [1e5, 1e8]",
    ),
    tolerance: tolerance(0.1, 0, "relative difference of the regime-III means: I_oν fluctuates strongly (Sec. IV B) — ±20% per point at K = 200, averaged over 7 points; measured ≤ 4%"),
    verify: () => {
      let worst = 0;
      const rows: string[] = [];
      for (const w of ["a", "b"] as const) {
        const t = entropyWindow(w);
        const m = (f: (p: EntropyObservables) => number) => windowMean(t, WINDOW[0], WINDOW[1], f);
        const iL = m((p) => p.intraL);
        const iR = m((p) => p.intraR);
        const dL = m((p) => p.distanceL / p.L.gcEntropy);
        const dR = m((p) => p.distanceR / p.R.gcEntropy);
        const e1 = Math.abs(iL - iR) / Math.max(iL, iR);
        const e2 = Math.abs(dL - dR) / Math.max(dL, dR);
        worst = Math.max(worst, e1, e2);
        rows.push(`(${w}): I_oL = ${iL.toFixed(3)}, I_oR = ${iR.toFixed(3)}; D_L/𝒮_L = ${dL.toFixed(4)}, D_R/𝒮_R = ${dR.toFixed(4)}`);
      }
      return { holds: worst <= 0.1, measuredError: worst, details: rows.join("; ") };
    },
  },
  ...classicalBoundClaims(),
];

/** I_{S−B} in regime III at K = 1000 (O(n²) per point: dot row + secular equation). */
function regimeThreeSystemBath(): { a: number; b: number } {
  const out = { a: 0, b: 0 };
  for (const w of ["a", "b"] as const) {
    const t = trajectory(w, { gammaL: 3, gammaR: 3 });
    const grid = logGammaTimes(5, 8, 1);
    out[w] = grid.reduce((s, gt) => s + systemBathInformation(t.system, gt / meanGamma(t.system.params)), 0) / grid.length;
  }
  return out;
}

function classicalBoundClaims(): Claim[] {
  const printed = "I_{X−Y} ≤ min{d_X, d_Y} ≡ I_cl^max (classical), I ≤ 2 I_cl^max (quantum)";
  const corrected = "I_{X−Y} ≤ ln min{d_X, d_Y} ≡ I_cl^max (classical), I ≤ 2 ln min{d_X, d_Y} (quantum), in nats";
  const tol = tolerance(0, 0.05, "margin of I_{S−B}/I_cl^max above 1 (and below 2): I_{S−B} is constant to 1e-3 relative in regime III (measured), so a ratio outside [1.05, 1.95] is not a fluctuation");
  const measure = (bound: number) => {
    const v = regimeThreeSystemBath();
    const ra = v.a / bound;
    const rb = v.b / bound;
    return {
      holds: Math.min(ra, rb) >= 1.05 && Math.max(ra, rb) <= 1.95,
      measuredError: Math.min(ra, rb),
      details: `⟨I_{S−B}⟩ = ${v.a.toFixed(4)} (a), ${v.b.toFixed(4)} (b) nats; I/I_cl^max = ${ra.toFixed(3)}, ${rb.toFixed(3)} with I_cl^max = ${bound.toFixed(4)}`,
    };
  };
  const base = {
    model: MODEL,
    source: source("Sec. IV B (Fig. 6 bottom row and text)"),
    kind: "agreement" as const,
    domain: "cases (a) and (b), K = 1000, Γ = 3, I_{S−B} averaged over Γt = 1e5 … 1e8 (4 points); d_S = 2, d_B = 2^{2K}",
    tolerance: tol,
  };
  return [
    {
      ...base,
      id: `${MODEL}/classical-bound-printed`,
      statement: "I_{S−B} exceeds the classical bound min{d_S, d_B} = 2 (as printed) but stays below twice it",
      erratum: { role: "printed", partner: `${MODEL}/classical-bound-corrected`, printed, corrected, explanation: "a mutual information is bounded by an entropy, i.e. by the logarithm of a dimension; with min{d_X, d_Y} = 2 no mutual information of the dot (≤ 2 ln 2 ≈ 1.386 nats) could exceed it" },
      verify: () => measure(analytic.classicalBoundPrinted(2, Infinity)),
    },
    {
      ...base,
      id: `${MODEL}/classical-bound-corrected`,
      statement: "I_{S−B} exceeds the classical bound ln min{d_S, d_B} = ln 2 and stays below the quantum bound 2 ln 2 (quantum correlations)",
      erratum: { role: "corrected", partner: `${MODEL}/classical-bound-printed`, printed, corrected, explanation: "with the logarithm the bound is ln 2 nats (1 bit); the measured I_{S−B}/ln 2 ≈ 1.76–1.78 reproduces Fig. 6's ratio > 1" },
      verify: () => measure(analytic.classicalBoundCorrected(1, 2000)),
    },
  ];
}
