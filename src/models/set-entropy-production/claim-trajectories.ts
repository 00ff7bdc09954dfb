import type { EvidencePlot } from "../../core/claim.js";
import type { EntropyObservables } from "./entropy-observables.js";
import { paperCase } from "./params.js";
import type { PopulationObservables } from "./population-observables.js";
import { entropyTrajectory, logGammaTimes, populationTrajectory, windowMean, type Trajectory } from "./trajectory.js";

/**
 * The exact trajectories the physical claims measure (Sec. IV, Appendix A of
 * 001_06d9cbfd9396c60e.txt), computed once per run: population observables at the paper's
 * K = 1000 (O(n²) per point) on a Γt grid of 2 points per decade, entropy observables at
 * K = 200 where dense bath spectra are needed, and the regime-III mean over the paper's window
 * Γt ∈ [10⁵, 10⁸] (Fig. 6 caption).
 */

/** The paper's two initial conditions: (a) μ_L = 1, μ_R = −1; (b) μ_L = μ_R = 0.5 (Sec. IV). */
export const CASES = ["a", "b"] as const;

/** Γt grid of the claims: 10⁻² … 10⁸, 2 points per decade (21 points). */
export const CLAIM_GRID = logGammaTimes(-2, 8, 2);

/** The regime-III window Γt ∈ [10⁵, 10⁸] at 2 points per decade (7 points). */
export const REGIME_THREE_GRID = logGammaTimes(5, 8, 2);

const populationCache = new Map<string, Trajectory<PopulationObservables>>();
const entropyCache = new Map<string, Trajectory<EntropyObservables>>();

/** Population trajectory of a paper case with overrides on a grid (cached for the run). */
export function caseTrajectory(which: "a" | "b", overrides: Readonly<Record<string, unknown>> = {}, grid: readonly number[] = CLAIM_GRID): Trajectory<PopulationObservables> {
  const key = JSON.stringify([which, overrides, grid.length, grid[0]]);
  let t = populationCache.get(key);
  if (t === undefined) {
    t = populationTrajectory(paperCase(which, overrides), grid);
    populationCache.set(key, t);
  }
  return t;
}

/** Entropy trajectory of a paper case at K = 200 over the regime-III window (cached for the run). */
export function entropyWindow(which: "a" | "b"): Trajectory<EntropyObservables> {
  let t = entropyCache.get(which);
  if (t === undefined) {
    t = entropyTrajectory(paperCase(which, { KL: 200, KR: 200 }), REGIME_THREE_GRID);
    entropyCache.set(which, t);
  }
  return t;
}

/** Mean of f over the regime-III window Γt ∈ [10⁵, 10⁸]. */
export function regimeThreeMean<T extends PopulationObservables>(t: Trajectory<T>, f: (p: T) => number): number {
  return windowMean(t, 1e5, 1e8, f);
}

/** β*_L, β*_R and β_ref against Γt, for the report. */
export function betaPlot(title: string, t: Trajectory<PopulationObservables>): EvidencePlot {
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
