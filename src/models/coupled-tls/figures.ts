import type { FigureDefinition, FigureSize } from "../../core/model.js";
import { tolerance } from "../../core/tolerance.js";
import { heatCurrentAFirstOrder, heatCurrentAPrinted } from "./analytic.js";
import { coupledTlsCurrents } from "./exact.js";
import { resolveCoupledTlsParams } from "./params.js";

/**
 * Figure data of the model. The slides have no figures; this one shows the
 * erratum of slide 5: the exact steady-state heat current J_A against ε/Γ for
 * both couplings, with the printed and the corrected first-order formulas.
 * Source: 004_a34d5d2333a6057f.txt, slide 5.
 */

/** Number of ε/Γ points per size, log-spaced over [1e-3, 1]. */
const POINTS: Record<FigureSize, number> = { ci: 9, paper: 41 };

/** Fixed parameters of the figure (ours: the slides give no numbers). */
const FIGURE_PARAMS = { omega: 1, gamma: 1, betaA: 0.5, betaB: 2 } as const;

/** The ε/Γ grid: n points log-spaced from 1e-3 to 1. */
export function couplingGrid(n: number): number[] {
  return Array.from({ length: n }, (_, k) => 10 ** (-3 + (3 * k) / (n - 1)));
}

export const heatCurrentVsCouplingFigure: FigureDefinition = {
  id: "coupled-tls/heat-current-vs-coupling",
  title: "Steady-state heat current J_A from the hot bath vs coupling ε/Γ: exact (incoherent, coherent) vs slide 5 printed and corrected",
  source: { doc: "004_a34d5d2333a6057f.txt", where: "slide 5" },
  claim: "coupled-tls/heat-current-first-order",
  grid: "epsilonOverGamma",
  schema: [
    { name: "epsilonOverGamma", unit: "1", description: "coupling ε in units of the thermalizer rate Γ = Γ_A = Γ_B (log grid 1e-3 … 1)" },
    {
      name: "heatCurrentIncoherentExact",
      unit: "energy² (energy per time, ħ = 1)",
      description: "exact J_A = Tr(ρ_s 𝓛_A†Ĥ_S), incoherent resonant coupling, steady state from the 16×16 Liouvillian",
    },
    {
      name: "heatCurrentCoherentExact",
      unit: "energy² (energy per time, ħ = 1)",
      description: "exact J_A = Tr(ρ_s 𝓛_A†Ĥ_S), coherent hopping ε(a†b + b†a) at resonance with local thermalizers",
    },
    { name: "heatCurrentPrinted", unit: "energy² (energy per time, ħ = 1)", description: "slide 5 as printed: εω(e^{−ωβ_A} − e^{−ωβ_B})" },
    {
      name: "heatCurrentFirstOrder",
      unit: "energy² (energy per time, ħ = 1)",
      description: "slide 5 corrected: εω(e^{−ωβ_A} − e^{−ωβ_B})/((1 + e^{−ωβ_A})(1 + e^{−ωβ_B}))",
    },
  ],
  tolerance: tolerance(
    1e-9,
    1e-15,
    "deterministic 16×16 linear algebra (a regression, not physics): recomputation differs only by round-off ~1e-15 relative; " +
      "1e-9 leaves room for reordered floating-point sums on other platforms. atol 1e-15 (in units of ω = Γ = 1): at ε/Γ = 1e-3 the " +
      "coherent J_A ≈ 4e-7 is the small difference Tr(ρ𝓛_A†Ĥ) of O(Γω) terms, so an independent solver evaluating it directly loses " +
      "~1e-16·Γω absolute (measured 6.5e-16 with numpy), which rtol alone would reject",
  ),
  generate: (size, onProgress) => {
    const grid = couplingGrid(POINTS[size]);
    const columns = {
      epsilonOverGamma: grid,
      heatCurrentIncoherentExact: [] as number[],
      heatCurrentCoherentExact: [] as number[],
      heatCurrentPrinted: [] as number[],
      heatCurrentFirstOrder: [] as number[],
    };
    const { omega, gamma, betaA, betaB } = FIGURE_PARAMS;
    grid.forEach((ratio, k) => {
      const common = { omegaA: omega, omegaB: omega, gammaA: gamma, gammaB: gamma, betaA, betaB, epsilon: ratio * gamma };
      const incoherent = resolveCoupledTlsParams({ ...common, coupling: "incoherent" });
      columns.heatCurrentIncoherentExact.push(coupledTlsCurrents(incoherent).heatA);
      columns.heatCurrentCoherentExact.push(coupledTlsCurrents(resolveCoupledTlsParams({ ...common, coupling: "coherent" })).heatA);
      columns.heatCurrentPrinted.push(heatCurrentAPrinted(incoherent));
      columns.heatCurrentFirstOrder.push(heatCurrentAFirstOrder(incoherent));
      onProgress?.(k + 1, grid.length);
    });
    return { params: { ...FIGURE_PARAMS, points: grid.length, grid: "log-spaced ε/Γ from 1e-3 to 1" }, columns };
  },
};

/** The figures of the model. */
export const coupledTlsFigures: readonly FigureDefinition[] = Object.freeze([heatCurrentVsCouplingFigure]);
