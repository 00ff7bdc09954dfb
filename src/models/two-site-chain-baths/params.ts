import type { ParameterDefinition, ParameterSchema, ParamsOf } from "../../core/parameters.js";
import { resolveParameters } from "../../core/parameters.js";

/** Largest chain length accepted: the star path needs O(M) memory and O(M²) time per time point (≈ 1 s at M = 2·10⁴). */
export const MAX_CHAIN_SITES = 20000;

/** E_{1,2} = h ± Δ/2 with Δ = √(g² + δ²), eq. (17). */
function levels(p: Pick<TwoSiteChainBathsParams, "h" | "delta" | "g">): { E1: number; E2: number } {
  const Delta = Math.hypot(p.g, p.delta);
  return { E1: p.h + Delta / 2, E2: p.h - Delta / 2 };
}

/** The fields of the parameter schema (data: validation, arbitraries, docs and the type TwoSiteChainBathsParams come from it). */
const twoSiteChainBathsFields = [
  { kind: "real", name: "h", description: "h = (h_L + h_R)/2, mean site energy", unit: "energy", default: 1, sampling: { min: 0.7, max: 2, scale: "linear" } },
  { kind: "real", name: "delta", description: "δ = h_L − h_R, site detuning", unit: "energy", default: 0.1, sampling: { min: -0.5, max: 0.5, scale: "linear" } },
  { kind: "real", name: "g", description: "g, inter-site tunnel coupling (> 0)", unit: "energy", default: 0.5, min: 0, minInclusive: false, sampling: { min: 0.1, max: 1, scale: "log" } },
  { kind: "real", name: "Gamma", description: "Γ, system–reservoir coupling rate (site–chain tunnelling amplitude √(ΓΩ)/2)", unit: "energy", default: 0.2, min: 0, minInclusive: false, sampling: { min: 0.005, max: 0.5, scale: "log" } },
  { kind: "real", name: "Omega", description: "Ω, reservoir hopping = half bandwidth", unit: "energy", default: 100, min: 0, minInclusive: false, sampling: { min: 5, max: 50, scale: "log" } },
  { kind: "real", name: "TL", description: "T_L, temperature of the left reservoir", unit: "energy", default: 0.1, min: 0, minInclusive: false, sampling: { min: 0.02, max: 2, scale: "log" } },
  { kind: "real", name: "TR", description: "T_R, temperature of the right reservoir", unit: "energy", default: 0.1, min: 0, minInclusive: false, sampling: { min: 0.02, max: 2, scale: "log" } },
  { kind: "real", name: "muL", description: "µ_L, chemical potential of the left reservoir", unit: "energy", default: 1, sampling: { min: -1, max: 3, scale: "linear" } },
  { kind: "real", name: "muR", description: "µ_R, chemical potential of the right reservoir", unit: "energy", default: 0, sampling: { min: -1, max: 3, scale: "linear" } },
  { kind: "real", name: "M", description: "M, sites per finite chain (exact layer)", unit: "dimensionless", default: 4000, min: 1, max: MAX_CHAIN_SITES, integer: true, sampling: { min: 40, max: 400, scale: "linear" } },
  { kind: "real", name: "t", description: "t, evaluation time of the finite-chain solution", unit: "1/energy", default: 10, min: 0, sampling: { min: 0, max: 20, scale: "linear" } },
  { kind: "real", name: "omega", description: "ω, frequency for T(ω), φ_j(ω), ϑ_j(ω)", unit: "energy", default: 1, sampling: { min: -3, max: 3, scale: "linear" } },
] as const satisfies readonly ParameterDefinition[];

/**
 * Parameters of two coupled fermionic sites L, R between two semi-infinite (or
 * M-site) uniform tight-binding leads.
 * Source: 003_3bda4ae6cebee785.txt (Mitchison & Plenio, "Non-additive dissipation in
 * open quantum networks out of equilibrium"), eqs. (10)–(15), (34).
 * Defaults: the parameters of Fig. 4(a) (Γ = 0.2, Ω = 100, δ = 0.1, g = 0.5, h = 1,
 * µ_L = 1, µ_R = 0, T_L = T_R = 0.1); M, t and omega are ours.
 * Units: ħ = k_B = 1; every energy in the same (arbitrary) energy unit, t in 1/energy.
 */
export type TwoSiteChainBathsParams = ParamsOf<typeof twoSiteChainBathsFields>;

/**
 * The parameter domain as data. Relations: E_j > 0 (Sec. III A, "we assume that
 * E_j > 0") and condition (34) √(E_j² + ΓΩ) < Ω for j = 1, 2 (no bound states; the
 * stronger one is j = 1 since E_1 > E_2 > 0), which also implies Γ < Ω.
 */
export const twoSiteChainBathsParameterSchema: ParameterSchema<TwoSiteChainBathsParams> = {
  fields: twoSiteChainBathsFields,
  relations: [
    {
      statement: "E_2 = h − √(g² + δ²)/2 > 0 (paper: E_j > 0, i.e. h_α > 0 and g < 2√(h_L h_R))",
      parameters: ["h", "delta", "g"],
      check: (p) => {
        const { E2 } = levels(p);
        return E2 > 0 ? null : `E_2 = ${E2}`;
      },
    },
    {
      statement: "condition (34): √(E_1² + ΓΩ) < Ω (levels well inside the band, no bound states)",
      parameters: ["Gamma", "Omega", "h", "delta", "g"],
      check: (p) => {
        const { E1 } = levels(p);
        const lhs = Math.sqrt(E1 * E1 + p.Gamma * p.Omega);
        return lhs < p.Omega ? null : `√(E_1² + ΓΩ) = ${lhs} ≥ Ω = ${p.Omega}`;
      },
    },
  ],
};

/** The defaults: Fig. 4(a) of the paper, M = 4000, t = 10, ω = 1. */
export const defaultTwoSiteChainBathsParams: TwoSiteChainBathsParams = resolveParameters(twoSiteChainBathsParameterSchema, {});

/**
 * Resolves a partial parameter object into a complete, validated one.
 * @throws ParameterError naming the field (or the first field of a violated relation), its value and the allowed range.
 * @example resolveTwoSiteChainBathsParams({ h: 50, muL: 49, muR: 49, TL: 10, TR: 0.01 }).Omega // 100
 */
export function resolveTwoSiteChainBathsParams(partial: Readonly<Record<string, unknown>> = {}): TwoSiteChainBathsParams {
  return resolveParameters(twoSiteChainBathsParameterSchema, partial);
}
