import type { ParameterDefinition, ParameterSchema, ParamsOf } from "../../core/parameters.js";
import { resolveParameters } from "../../core/parameters.js";
import { ParameterError } from "../../core/errors.js";

/**
 * Parameters of a resonant level (dot, energy ε_d) coupled to two finite metallic
 * grains L and R of N equally spaced levels each, optionally with a third finite
 * reservoir G acting as a dephasing or voltage probe.
 * Source: 000_801d121c3abe0574.txt (Kulkarni, Tiwari, Segal), eqs. (1)–(3), (7), (8)
 * and the caption of Fig. 2 (defaults: β = 200, Γ_L = Γ_R = 0.025, ε_d = 0,
 * μ_L = −μ_R = 0.2, D = 1, N = 500, Γ_G = 0.4, N_G = 500).
 * Units: ħ = k_B = 1; energies in units of the half-band-width scale, times in 1/energy.
 *
 * The paper gives the band [−D, D] and the mean spacing ΔE = 2D/N but not the level
 * placement: it is the parameter `grid` (see {@link levelEnergies}).
 */

/** Which probe is attached to the dot. */
export type ProbeKind = "none" | "dephasing" | "voltage";
/** The probe options, in the order `qtherm eval` lists them. */
export const PROBE_KINDS: readonly ProbeKind[] = ["none", "dephasing", "voltage"];

/**
 * Level placement inside [−D, D] (the paper states only ΔE = 2D/N):
 * - 'midpoint': ε_k = −D + (k + ½)ΔE, k = 0…N−1, ΔE = 2D/N, for L, R and G alike
 *   (L and R levels coincide pairwise: the removable singularities ε_lr = 0 of (9) occur);
 * - 'staggered': L and G on the midpoint grid, R shifted down by ΔE/2: ε_r = −D + kΔE
 *   (no L–R coincidences; the R grid is not symmetric about 0).
 */
export type GridKind = "midpoint" | "staggered";
export const GRID_KINDS: readonly GridKind[] = ["midpoint", "staggered"];

/** Which grain a population quantity refers to. */
export type ReservoirName = "L" | "R";
export const RESERVOIR_NAMES: readonly ReservoirName[] = ["L", "R"];

/**
 * Largest single-particle dimension 1 + 2N (+ N_G) the exact layer accepts: the
 * eigenvector matrix of the star Hamiltonian holds n² doubles, 6001² × 8 B ≈ 288 MB.
 */
export const MAX_EXACT_DIMENSION = 6001;

/** The fields of the parameter schema (data: validation, arbitraries, docs and the type ResonantLevelParams come from it). */
const resonantLevelFields = [
  { kind: "real", name: "N", description: "N, levels per grain L and R", unit: "dimensionless", default: 500, min: 2, max: 3000, integer: true, sampling: { min: 20, max: 80, scale: "linear" } },
  { kind: "real", name: "NG", description: "N_G, levels of the probe reservoir G (exact layer)", unit: "dimensionless", default: 500, min: 1, max: 6000, integer: true, sampling: { min: 20, max: 80, scale: "linear" } },
  { kind: "real", name: "D", description: "D, half band width: levels in [−D, D]", unit: "energy", default: 1, min: 0, minInclusive: false, sampling: { min: 0.5, max: 2, scale: "log" } },
  { kind: "real", name: "epsilonD", description: "ε_d, dot level", unit: "energy", default: 0, sampling: { min: -0.3, max: 0.3, scale: "linear" } },
  { kind: "real", name: "GammaL", description: "Γ_L = π Σ_l v_l² δ(ε − ε_l), eq. (7)", unit: "energy", default: 0.025, min: 0, minInclusive: false, sampling: { min: 0.01, max: 0.1, scale: "log" } },
  { kind: "real", name: "GammaR", description: "Γ_R = π Σ_r v_r² δ(ε − ε_r)", unit: "energy", default: 0.025, min: 0, minInclusive: false, sampling: { min: 0.01, max: 0.1, scale: "log" } },
  { kind: "real", name: "GammaG", description: "Γ_G, hybridization with the probe G (used when probe ≠ 'none')", unit: "energy", default: 0.4, min: 0, minInclusive: false, sampling: { min: 0.05, max: 0.5, scale: "log" } },
  { kind: "real", name: "beta", description: "β, inverse temperature of the initial Fermi distributions (8)", unit: "1/energy", default: 200, min: 0, minInclusive: true, sampling: { min: 5, max: 200, scale: "log" } },
  { kind: "real", name: "muL", description: "μ_L, initial chemical potential of L", unit: "energy", default: 0.2, sampling: { min: -0.4, max: 0.4, scale: "linear" } },
  { kind: "real", name: "muR", description: "μ_R, initial chemical potential of R", unit: "energy", default: -0.2, sampling: { min: -0.4, max: 0.4, scale: "linear" } },
  { kind: "choice", name: "probe", description: "'none' (coherent), 'dephasing' (i_G(ε) = 0) or 'voltage' (i_G = 0)", default: "none", options: PROBE_KINDS },
  { kind: "choice", name: "grid", description: "level placement: 'midpoint' ε_k = −D + (k+½)2D/N for L, R, G; 'staggered' R shifted down by ΔE/2", default: "midpoint", options: GRID_KINDS },
  { kind: "choice", name: "reservoir", description: "grain of a population quantity", default: "L", options: RESERVOIR_NAMES },
  { kind: "real", name: "t", description: "time since contact t − t_0", unit: "1/energy", default: 750, min: 0, minInclusive: true, sampling: { min: 0, max: 300, scale: "linear" } },
] as const satisfies readonly ParameterDefinition[];

/** The parameters of the model. */
export type ResonantLevelParams = ParamsOf<typeof resonantLevelFields>;

/** The parameter domain as data: validation, property sampling windows and docs. */
export const resonantLevelParameterSchema: ParameterSchema<ResonantLevelParams> = {
  fields: resonantLevelFields,
  relations: [
    {
      statement: `1 + 2N (+ N_G with a probe) ≤ ${MAX_EXACT_DIMENSION} (memory of the exact layer: n² doubles)`,
      parameters: ["N", "NG", "probe"],
      check: (p) => {
        const n = singleParticleDimension(p);
        return n <= MAX_EXACT_DIMENSION ? null : `dimension ${n}`;
      },
    },
  ],
};

/** Single-particle dimension of the exact model: dot + N_L + N_R (+ N_G with a probe). */
export function singleParticleDimension(p: Pick<ResonantLevelParams, "N" | "NG" | "probe">): number {
  return 1 + 2 * p.N + (p.probe === "none" ? 0 : p.NG);
}

/**
 * Resolves a partial parameter object into a complete, validated one.
 * @example resolveResonantLevelParams({ epsilonD: 0.1 }).N // 500
 * @throws ParameterError naming the offending field (unknown name, NaN, N < 2,
 *   Γ ≤ 0, β < 0, t < 0, unknown probe/grid, dimension above {@link MAX_EXACT_DIMENSION}).
 */
export function resolveResonantLevelParams(partial: Readonly<Record<string, unknown>> = {}): ResonantLevelParams {
  return resolveParameters(resonantLevelParameterSchema, partial);
}

/** The defaults: Fig. 2(a) of the paper (no probe), t = 750. */
export const RESONANT_LEVEL_DEFAULTS: ResonantLevelParams = resolveResonantLevelParams();

/** Mean level spacing ΔE = 2D/n of a grain with n levels (the text below eq. (2)). */
export function levelSpacing(D: number, n: number): number {
  return (2 * D) / n;
}

/**
 * Level energies of one reservoir (ascending).
 * 'midpoint' (L, R, G): ε_k = −D + (k + ½)·2D/n; 'staggered' R: ε_k = −D + k·2D/n.
 * @throws ParameterError for n < 1 or D ≤ 0.
 */
export function levelEnergies(n: number, D: number, shifted = false): Float64Array {
  if (!(Number.isInteger(n) && n >= 1)) throw new ParameterError("n", n, "an integer ≥ 1");
  if (!(D > 0 && Number.isFinite(D))) throw new ParameterError("D", D, "a finite number > 0");
  const dE = levelSpacing(D, n);
  const out = new Float64Array(n);
  for (let k = 0; k < n; k++) out[k] = -D + (k + (shifted ? 0 : 0.5)) * dE;
  return out;
}

/**
 * Hopping amplitude v of a reservoir with constant Γ and spacing ΔE:
 * Γ = π Σ v² δ(ε − ε_k) = π v²/ΔE ⇒ v = √(Γ ΔE/π). Source: eq. (7) (definition of Γ_ν).
 */
export function hoppingAmplitude(Gamma: number, spacing: number): number {
  return Math.sqrt((Gamma * spacing) / Math.PI);
}

/** One finite reservoir: its level energies and (constant) hopping amplitude. */
export interface ReservoirGrid {
  readonly energies: Float64Array;
  readonly hopping: number;
}

/** The grids of L, R (and G when a probe is attached) for the given parameters. */
export interface ModelGrids {
  readonly L: ReservoirGrid;
  readonly R: ReservoirGrid;
  readonly G: ReservoirGrid | null;
}

/** Builds the reservoirs' level energies and hoppings from the parameters (see {@link GridKind}). */
export function modelGrids(p: ResonantLevelParams): ModelGrids {
  const dE = levelSpacing(p.D, p.N);
  const L = { energies: levelEnergies(p.N, p.D), hopping: hoppingAmplitude(p.GammaL, dE) };
  const R = { energies: levelEnergies(p.N, p.D, p.grid === "staggered"), hopping: hoppingAmplitude(p.GammaR, dE) };
  const G = p.probe === "none" ? null : { energies: levelEnergies(p.NG, p.D), hopping: hoppingAmplitude(p.GammaG, levelSpacing(p.D, p.NG)) };
  return { L, R, G };
}

/**
 * Index order of the exact single-particle basis: dot first, then the N levels of L
 * (ascending energy), then the N levels of R, then the N_G levels of G (if any).
 */
export const INDEX_ORDER = "dot, L[0..N−1], R[0..N−1], G[0..N_G−1] (each ascending in energy)";
/** Index of the dot in the exact single-particle basis (see {@link INDEX_ORDER}). */
export const DOT_INDEX = 0;
