import type { ColumnDefinition, FigureData, FigureDefinition, FigureSize } from "../../core/model.js";
import { tolerance } from "../../core/tolerance.js";
import { kit } from "./claim-support.js";
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

// ---------------------------------------------------------------- columns

/** A figure column: name, unit, description and its value at one time point (K: modes per bath). */
type Column = readonly [name: string, unit: string, description: string, value: (o: EntropyObservables, K: number) => number];

/** Every observable a column can show: its unit and its value (K enters the normalized correlations of Fig. 6). */
const OBSERVABLES: Readonly<Record<string, readonly [string, (o: EntropyObservables, K: number) => number]>> = {
  betaL: ["1/energy", (o) => o.L.beta],
  betaR: ["1/energy", (o) => o.R.beta],
  muL: ["energy", (o) => o.L.mu],
  muR: ["energy", (o) => o.R.mu],
  distanceL: ["dimensionless", (o) => o.distanceL / o.L.gcEntropy],
  distanceR: ["dimensionless", (o) => o.distanceR / o.R.gcEntropy],
  Sigma: ["nats", (o) => o.entropyProduction],
  sigma: ["nats", (o) => o.sigma],
  ISB: ["nats", (o) => o.mutualSB],
  ILR: ["nats", (o) => o.mutualLR],
  IoL: ["nats", (o) => o.intraL],
  IoR: ["nats", (o) => o.intraR],
  Dstar: ["nats", (o) => o.localAthermality],
  Dstar0: ["nats", (o) => o.initialAthermality],
  Deq: ["nats", (o) => o.finiteBathEffect],
  ISBnorm: ["dimensionless", (o) => o.mutualSB / Math.LN2],
  ILRnorm: ["dimensionless", (o, K) => o.mutualLR / (K * Math.LN2)],
  IoLnorm: ["dimensionless", (o, K) => o.intraL / ((K - 1) * Math.LN2)],
};

/** The columns of a figure, in order, from their descriptions (unit and value from {@link OBSERVABLES}). */
function columnsOf(descriptions: Readonly<Record<string, string>>): Column[] {
  return Object.entries(descriptions).map(([name, description]) => [name, OBSERVABLES[name][0], description, OBSERVABLES[name][1]]);
}

const CASES = ["a", "b"] as const;

// ---------------------------------------------------------------- Figs. 4, 5, 8

const FIG4_PANELS: readonly Panel[] = CASES.flatMap((which) => [3, 30].map((gamma) => ({ which, gamma, tag: `${which}${gamma}` })));
const fig4Quantities = columnsOf({ betaL: "β*_L,t (eqs. (5)–(6))", betaR: "β*_R,t", muL: "μ*_L,t", muR: "μ*_R,t", distanceL: "D[ρ_L‖π_L]/𝒮_L (row 3)", distanceR: "D[ρ_R‖π_R]/𝒮_R (row 3)" });

function entropyPanels(
  panels: readonly Panel[],
  quantities: readonly Column[],
  size: FigureSize,
  onProgress?: (done: number, total: number) => void,
  extra: (p: Panel) => Record<string, unknown> = () => ({}),
  withReference = true,
): FigureData {
  const grid = gridOf(size);
  const tick = progressCounter(grid.length * panels.length, onProgress);
  const columns: Record<string, number[]> = { gammaT: grid };
  for (const p of panels) {
    const params = panelParams(p, size, extra(p));
    const t = entropyTrajectory(params, grid, { onProgress: tick });
    for (const [name, , , f] of quantities) columns[`${name}_${p.tag}`] = t.points.map((o) => f(o, params.KL));
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

const FIG5_PANELS: readonly Panel[] = CASES.map((which) => ({ which, gamma: 3, tag: `${which}3` }));
const fig5Quantities = columnsOf({
  Sigma: "Σ(t), eq. (7)", sigma: "σ(t), eq. (13)", ISB: "I_{S−B}, eq. (8)", ILR: "I_{L−R}, eq. (9)",
  IoL: "I_oL, eq. (10) corrected", IoR: "I_oR, eq. (10) corrected", Dstar: "D*_env, eq. (11)", Deq: "D^eq_env, eq. (14)",
});

const fig8Quantities = columnsOf({
  betaL: "β*_L,t", betaR: "β*_R,t", muL: "μ*_L,t", muR: "μ*_R,t", Sigma: "Σ(t), eq. (7)", ISB: "I_{S−B}", ILR: "I_{L−R}",
  IoL: "I_oL", IoR: "I_oR", Dstar: "D*_env(t)", Dstar0: "D*_env(0) (eq. (23); 0 for the ensemble)",
});
/** K of Fig. 8: pure states of 30 levels at β_L = 10 are mostly frozen ground states without finite β*, so ci uses 100. */
const FIG8_K: Record<FigureSize, number> = { paper: 1000, ci: 100 };
const FIG8_PANELS: readonly Panel[] = CASES.flatMap((which) => ["", "pure"].map((kind) => ({ which, gamma: 3, tag: `${which}3${kind}` })));

// ---------------------------------------------------------------- Fig. 6

const FIG6_GAMMAS: Record<FigureSize, readonly number[]> = { paper: [3, 10, 30, 100, 300, 1000, 3000], ci: [3, 30, 300] };
const fig6Quantities = columnsOf({
  Sigma: "⟨Σ⟩", sigma: "⟨σ⟩", Deq: "⟨D^eq_env⟩", Dstar: "⟨D*_env⟩", ILR: "⟨I_{L−R}⟩", IoL: "⟨I_oL⟩", IoR: "⟨I_oR⟩", ISB: "⟨I_{S−B}⟩",
  ISBnorm: "⟨I_{S−B}⟩/ln 2 (corrected classical bound ln min{d_S, d_B})",
  ILRnorm: "⟨I_{L−R}⟩/(K ln 2)",
  IoLnorm: "⟨I_oL⟩/((K − 1) ln 2) (classical bound of the total correlation of K modes; our choice)",
});

function fig6(size: FigureSize, onProgress?: (done: number, total: number) => void): FigureData {
  const gammas = FIG6_GAMMAS[size];
  const window = logGammaTimes(5, 8, 2);
  const K = kOf(size);
  const tick = progressCounter(gammas.length * 2 * window.length, onProgress);
  const columns: Record<string, number[]> = { gamma: [...gammas] };
  for (const which of CASES) {
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
    for (const which of CASES) for (const gamma of [1, 3]) out.push({ which, gamma, KL, KR, tag: `${row}${which}${gamma}` });
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

/** A figure of the paper under the shared regression tolerance. */
function figure(spec: { readonly name: string; readonly where: string; readonly claim: string; readonly grid: string; readonly title: string; readonly schema: ColumnDefinition[]; readonly generate: FigureDefinition["generate"] }): FigureDefinition {
  return { id: `${kit.model}/${spec.name}`, title: spec.title, source: kit.source(spec.where), claim: `${kit.model}/${spec.claim}`, grid: spec.grid, schema: spec.schema, tolerance: tol, generate: spec.generate };
}

export const setEntropyFigures: readonly FigureDefinition[] = [
  figure({
    name: "fig4", where: "Fig. 4", claim: "global-thermalization", grid: "gammaT",
    title: "Fig. 4: β*, μ* and D[ρ_ν‖π_ν]/𝒮_ν with β_ref, μ_ref — cases (a), (b), Γ = 3, 30",
    schema: schemaOf(FIG4_PANELS, fig4Quantities),
    generate: (size, onProgress) => entropyPanels(FIG4_PANELS, fig4Quantities, size, onProgress),
  }),
  figure({
    name: "fig5", where: "Fig. 5", claim: "eq12-decomposition", grid: "gammaT",
    title: "Fig. 5: Σ, σ and their components; mutual informations — cases (a), (b), Γ = 3",
    schema: schemaOf(FIG5_PANELS, fig5Quantities, false),
    generate: (size, onProgress) => entropyPanels(FIG5_PANELS, fig5Quantities, size, onProgress, () => ({}), false),
  }),
  figure({
    name: "fig6", where: "Fig. 6", claim: "classical-bound-corrected", grid: "gamma",
    title: "Fig. 6: regime-III averages (Γt ∈ [1e5, 1e8]) versus Γ; correlations over their classical bounds",
    schema: [
      { name: "gamma", unit: "energy", description: "Γ = Γ_L = Γ_R (paper: 3 … 3000; ci: 3, 30, 300)" },
      ...CASES.flatMap((w) => fig6Quantities.map(([name, unit, description]) => ({ name: `${name}_${w}`, unit, description: `${description}, case (${w})` }))),
    ],
    generate: fig6,
  }),
  figure({
    name: "fig8", where: "Fig. 8", claim: "pure-state-typicality", grid: "gammaT",
    title: "Fig. 8: a seeded pure-state realisation (seed 1) against the ensemble — cases (a), (b), Γ = 3",
    schema: schemaOf(FIG8_PANELS, fig8Quantities, false),
    generate: (size, onProgress) =>
      entropyPanels(FIG8_PANELS, fig8Quantities, size, onProgress, (p) => ({ KL: FIG8_K[size], KR: FIG8_K[size], ...(p.tag.endsWith("pure") ? { initial: "pure", seed: 1 } : {}) }), false),
  }),
  figure({
    name: "fig9", where: "Fig. 9, Appendix A", claim: "coupling-threshold", grid: "gammaT",
    title: "Fig. 9: β*_L, β*_R for asymmetric baths K_L ≠ K_R, Γ = 1, 3, with β_ref",
    schema: fig9Schema(),
    generate: fig9,
  }),
];
