import type { ColumnDefinition, FigureData, FigureDefinition, FigureSize } from "../../core/model.js";
import { tolerance } from "../../core/tolerance.js";
import { DOC, MODEL } from "./claim-support.js";
import type { EntropyObservables } from "./entropy-observables.js";
import { paperCase } from "./params.js";
import { entropyTrajectory, logGammaTimes, populationTrajectory, windowMean } from "./trajectory.js";

/**
 * Figure data of Figs. 4, 5, 6, 8, 9 of 001_06d9cbfd9396c60e.txt. `paper`: K = 1000 per bath
 * (App. A: K_L ≠ K_R as printed), Γt ∈ [10⁻², 10⁸] at 4 points per decade; `ci`: K = 30 per bath
 * (Fig. 8: K = 100, since pure states of 30 levels at β_L = 10 are mostly frozen ground states
 * without finite β*; Fig. 9: K_L + K_R = 200), Γt ∈ [10⁻², 10⁶] at 2 points per decade, so the regression runs in
 * seconds. Columns carry the panel in their name: a3 = case (a), Γ = 3; b30 = case (b), Γ = 30.
 */

const tol = tolerance(
  1e-7,
  1e-9,
  "deterministic double-precision regression: entropies are sums of ≤ 2001 binary entropies (≈ 1e-12 relative round-off, LAPACK and TypeScript spectra agree to 1e-12); at Γt = 10⁸ the phases λt ≈ 10⁸ rad amplify last-bit differences of eigenvalues from other platforms' libm to ≲ 3e-8 relative",
);

type Panel = { readonly which: "a" | "b"; readonly gamma: number; readonly tag: string; readonly KL?: number; readonly KR?: number };

const K_CI = 30;
const gridOf = (size: FigureSize) => (size === "paper" ? logGammaTimes(-2, 8, 4) : logGammaTimes(-2, 6, 2));
const kOf = (size: FigureSize) => (size === "paper" ? 1000 : K_CI);

const gridColumn: ColumnDefinition = { name: "gammaT", unit: "dimensionless", description: "Γt, log grid (Γ = (Γ_L + Γ_R)/2)" };

function progressCounter(total: number, onProgress?: (done: number, total: number) => void) {
  let done = 0;
  return () => onProgress?.(++done, total);
}

function panelParams(p: Panel, size: FigureSize, extra: Record<string, unknown> = {}) {
  const K = kOf(size);
  return paperCase(p.which, { KL: p.KL ?? K, KR: p.KR ?? K, gammaL: p.gamma, gammaR: p.gamma, ...extra });
}

// ---------------------------------------------------------------- Fig. 4

const FIG4_PANELS: readonly Panel[] = [
  { which: "a", gamma: 3, tag: "a3" },
  { which: "a", gamma: 30, tag: "a30" },
  { which: "b", gamma: 3, tag: "b3" },
  { which: "b", gamma: 30, tag: "b30" },
];

const fig4Quantities: readonly [string, string, string, (o: EntropyObservables) => number][] = [
  ["betaL", "1/energy", "β*_L,t (eqs. (5)–(6))", (o) => o.L.beta],
  ["betaR", "1/energy", "β*_R,t", (o) => o.R.beta],
  ["muL", "energy", "μ*_L,t", (o) => o.L.mu],
  ["muR", "energy", "μ*_R,t", (o) => o.R.mu],
  ["distanceL", "dimensionless", "D[ρ_L‖π_L]/𝒮_L (row 3)", (o) => o.distanceL / o.L.gcEntropy],
  ["distanceR", "dimensionless", "D[ρ_R‖π_R]/𝒮_R (row 3)", (o) => o.distanceR / o.R.gcEntropy],
];

function entropyPanels(
  panels: readonly Panel[],
  quantities: readonly [string, string, string, (o: EntropyObservables) => number][],
  size: FigureSize,
  onProgress?: (done: number, total: number) => void,
  extra: (p: Panel) => Record<string, unknown> = () => ({}),
  withReference = true,
): FigureData {
  const grid = gridOf(size);
  const tick = progressCounter(grid.length * panels.length, onProgress);
  const columns: Record<string, number[]> = { gammaT: grid };
  for (const p of panels) {
    const t = entropyTrajectory(panelParams(p, size, extra(p)), grid, { onProgress: tick });
    for (const [name, , , f] of quantities) columns[`${name}_${p.tag}`] = t.points.map(f);
    if (withReference) {
      columns[`betaRef_${p.tag}`] = grid.map(() => t.global.beta);
      columns[`muRef_${p.tag}`] = grid.map(() => t.global.mu);
    }
  }
  return { params: { K: panelParams(panels[0], size, extra(panels[0])).KL, W: 10, panels: panels.map((p) => p.tag) }, columns };
}

function schemaOf(panels: readonly Panel[], quantities: readonly (readonly [string, string, string, unknown])[], withReference = true): ColumnDefinition[] {
  const out: ColumnDefinition[] = [gridColumn];
  for (const p of panels) {
    for (const [name, unit, description] of quantities) out.push({ name: `${name}_${p.tag}`, unit, description: `${description}, case (${p.which}), Γ = ${p.gamma}` });
    if (withReference) {
      out.push({ name: `betaRef_${p.tag}`, unit: "1/energy", description: `β_ref of the global grand-canonical ensemble (App. B), case (${p.which}), Γ = ${p.gamma}` });
      out.push({ name: `muRef_${p.tag}`, unit: "energy", description: `μ_ref (App. B), case (${p.which}), Γ = ${p.gamma}` });
    }
  }
  return out;
}

// ---------------------------------------------------------------- Fig. 5

const FIG5_PANELS: readonly Panel[] = [
  { which: "a", gamma: 3, tag: "a3" },
  { which: "b", gamma: 3, tag: "b3" },
];
const fig5Quantities: readonly [string, string, string, (o: EntropyObservables) => number][] = [
  ["Sigma", "nats", "Σ(t), eq. (7)", (o) => o.entropyProduction],
  ["sigma", "nats", "σ(t), eq. (13)", (o) => o.sigma],
  ["ISB", "nats", "I_{S−B}, eq. (8)", (o) => o.mutualSB],
  ["ILR", "nats", "I_{L−R}, eq. (9)", (o) => o.mutualLR],
  ["IoL", "nats", "I_oL, eq. (10) corrected", (o) => o.intraL],
  ["IoR", "nats", "I_oR, eq. (10) corrected", (o) => o.intraR],
  ["Dstar", "nats", "D*_env, eq. (11)", (o) => o.localAthermality],
  ["Deq", "nats", "D^eq_env, eq. (14)", (o) => o.finiteBathEffect],
];

// ---------------------------------------------------------------- Fig. 8

const fig8Quantities: readonly [string, string, string, (o: EntropyObservables) => number][] = [
  ["betaL", "1/energy", "β*_L,t", (o) => o.L.beta],
  ["betaR", "1/energy", "β*_R,t", (o) => o.R.beta],
  ["muL", "energy", "μ*_L,t", (o) => o.L.mu],
  ["muR", "energy", "μ*_R,t", (o) => o.R.mu],
  ["Sigma", "nats", "Σ(t), eq. (7)", (o) => o.entropyProduction],
  ["ISB", "nats", "I_{S−B}", (o) => o.mutualSB],
  ["ILR", "nats", "I_{L−R}", (o) => o.mutualLR],
  ["IoL", "nats", "I_oL", (o) => o.intraL],
  ["IoR", "nats", "I_oR", (o) => o.intraR],
  ["Dstar", "nats", "D*_env(t)", (o) => o.localAthermality],
  ["Dstar0", "nats", "D*_env(0) (eq. (23); 0 for the ensemble)", (o) => o.initialAthermality],
];
/** K of Fig. 8: pure states of 30 levels at β_L = 10 are mostly frozen ground states without finite β*, so ci uses 100. */
const FIG8_K: Record<FigureSize, number> = { paper: 1000, ci: 100 };
const FIG8_PANELS: readonly Panel[] = [
  { which: "a", gamma: 3, tag: "a3" },
  { which: "a", gamma: 3, tag: "a3pure" },
  { which: "b", gamma: 3, tag: "b3" },
  { which: "b", gamma: 3, tag: "b3pure" },
];

// ---------------------------------------------------------------- Fig. 6

const FIG6_GAMMAS: Record<FigureSize, readonly number[]> = { paper: [3, 10, 30, 100, 300, 1000, 3000], ci: [3, 30, 300] };
const fig6Quantities: readonly [string, string, string, (o: EntropyObservables, K: number) => number][] = [
  ["Sigma", "nats", "⟨Σ⟩", (o) => o.entropyProduction],
  ["sigma", "nats", "⟨σ⟩", (o) => o.sigma],
  ["Deq", "nats", "⟨D^eq_env⟩", (o) => o.finiteBathEffect],
  ["Dstar", "nats", "⟨D*_env⟩", (o) => o.localAthermality],
  ["ILR", "nats", "⟨I_{L−R}⟩", (o) => o.mutualLR],
  ["IoL", "nats", "⟨I_oL⟩", (o) => o.intraL],
  ["IoR", "nats", "⟨I_oR⟩", (o) => o.intraR],
  ["ISB", "nats", "⟨I_{S−B}⟩", (o) => o.mutualSB],
  ["ISBnorm", "dimensionless", "⟨I_{S−B}⟩/ln 2 (corrected classical bound ln min{d_S, d_B})", (o) => o.mutualSB / Math.LN2],
  ["ILRnorm", "dimensionless", "⟨I_{L−R}⟩/(K ln 2)", (o, K) => o.mutualLR / (K * Math.LN2)],
  ["IoLnorm", "dimensionless", "⟨I_oL⟩/((K − 1) ln 2) (classical bound of the total correlation of K modes; our choice)", (o, K) => o.intraL / ((K - 1) * Math.LN2)],
];

function fig6(size: FigureSize, onProgress?: (done: number, total: number) => void): FigureData {
  const gammas = FIG6_GAMMAS[size];
  const window = logGammaTimes(5, 8, 2);
  const K = kOf(size);
  const tick = progressCounter(gammas.length * 2 * window.length, onProgress);
  const columns: Record<string, number[]> = { gamma: [...gammas] };
  for (const which of ["a", "b"] as const) {
    for (const [name] of fig6Quantities) columns[`${name}_${which}`] = [];
    for (const g of gammas) {
      const t = entropyTrajectory(paperCase(which, { KL: K, KR: K, gammaL: g, gammaR: g }), window, { onProgress: tick });
      for (const [name, , , f] of fig6Quantities) columns[`${name}_${which}`].push(windowMean(t, 1e5, 1e8, (o) => f(o, K)));
    }
  }
  return { params: { K, W: 10, window: [1e5, 1e8], pointsPerDecade: 2 }, columns };
}

// ---------------------------------------------------------------- Fig. 9

function fig9Panels(size: FigureSize): Panel[] {
  const rows = size === "paper" ? [[1001, 999, "r1"], [1010, 990, "r2"]] : [[101, 99, "r1"], [110, 90, "r2"]];
  const out: Panel[] = [];
  for (const [KL, KR, row] of rows as [number, number, string][]) {
    for (const which of ["a", "b"] as const) for (const gamma of [1, 3]) out.push({ which, gamma, KL, KR, tag: `${row}${which}${gamma}` });
  }
  return out;
}

function fig9(size: FigureSize, onProgress?: (done: number, total: number) => void): FigureData {
  const grid = gridOf(size);
  const panels = fig9Panels(size);
  const tick = progressCounter(grid.length * panels.length, onProgress);
  const columns: Record<string, number[]> = { gammaT: grid };
  for (const p of panels) {
    const t = populationTrajectory(panelParams(p, size), grid, () => tick());
    columns[`betaL_${p.tag}`] = t.points.map((o) => o.L.beta);
    columns[`betaR_${p.tag}`] = t.points.map((o) => o.R.beta);
    columns[`betaRef_${p.tag}`] = grid.map(() => t.global.beta);
  }
  return { params: { W: 10, panels: panels.map((p) => `${p.tag}: K_L=${p.KL}, K_R=${p.KR}, case (${p.which}), Γ=${p.gamma}`) }, columns };
}

function fig9Schema(): ColumnDefinition[] {
  const out: ColumnDefinition[] = [gridColumn];
  for (const p of fig9Panels("paper")) {
    const what = `K_L = ${p.KL}, K_R = ${p.KR} (ci: K_L + K_R = 200 with the same asymmetry pattern), case (${p.which}), Γ = ${p.gamma}`;
    out.push({ name: `betaL_${p.tag}`, unit: "1/energy", description: `β*_L,t, ${what}` });
    out.push({ name: `betaR_${p.tag}`, unit: "1/energy", description: `β*_R,t, ${what}` });
    out.push({ name: `betaRef_${p.tag}`, unit: "1/energy", description: `β_ref (App. B), ${what}` });
  }
  return out;
}

const src = (where: string) => ({ doc: DOC, where });

export const setEntropyFigures: readonly FigureDefinition[] = [
  {
    id: `${MODEL}/fig4`,
    title: "Fig. 4: β*, μ* and D[ρ_ν‖π_ν]/𝒮_ν with β_ref, μ_ref — cases (a), (b), Γ = 3, 30",
    source: src("Fig. 4"),
    claim: `${MODEL}/global-thermalization`,
    grid: "gammaT",
    schema: schemaOf(FIG4_PANELS, fig4Quantities),
    tolerance: tol,
    generate: (size, onProgress) => entropyPanels(FIG4_PANELS, fig4Quantities, size, onProgress),
  },
  {
    id: `${MODEL}/fig5`,
    title: "Fig. 5: Σ, σ and their components; mutual informations — cases (a), (b), Γ = 3",
    source: src("Fig. 5"),
    claim: `${MODEL}/eq12-decomposition`,
    grid: "gammaT",
    schema: schemaOf(FIG5_PANELS, fig5Quantities, false),
    tolerance: tol,
    generate: (size, onProgress) => entropyPanels(FIG5_PANELS, fig5Quantities, size, onProgress, () => ({}), false),
  },
  {
    id: `${MODEL}/fig6`,
    title: "Fig. 6: regime-III averages (Γt ∈ [1e5, 1e8]) versus Γ; correlations over their classical bounds",
    source: src("Fig. 6"),
    claim: `${MODEL}/classical-bound-corrected`,
    grid: "gamma",
    schema: [
      { name: "gamma", unit: "energy", description: "Γ = Γ_L = Γ_R (paper: 3 … 3000; ci: 3, 30, 300)" },
      ...(["a", "b"] as const).flatMap((w) => fig6Quantities.map(([name, unit, description]) => ({ name: `${name}_${w}`, unit, description: `${description}, case (${w})` }))),
    ],
    tolerance: tol,
    generate: fig6,
  },
  {
    id: `${MODEL}/fig8`,
    title: "Fig. 8: a seeded pure-state realisation (seed 1) against the ensemble — cases (a), (b), Γ = 3",
    source: src("Fig. 8"),
    claim: `${MODEL}/pure-state-typicality`,
    grid: "gammaT",
    schema: schemaOf(FIG8_PANELS, fig8Quantities, false),
    tolerance: tol,
    generate: (size, onProgress) =>
      entropyPanels(FIG8_PANELS, fig8Quantities, size, onProgress, (p) => ({ KL: FIG8_K[size], KR: FIG8_K[size], ...(p.tag.endsWith("pure") ? { initial: "pure", seed: 1 } : {}) }), false),
  },
  {
    id: `${MODEL}/fig9`,
    title: "Fig. 9: β*_L, β*_R for asymmetric baths K_L ≠ K_R, Γ = 1, 3, with β_ref",
    source: src("Fig. 9, Appendix A"),
    claim: `${MODEL}/coupling-threshold`,
    grid: "gammaT",
    schema: fig9Schema(),
    tolerance: tol,
    generate: fig9,
  },
];
