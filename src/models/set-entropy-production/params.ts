import { ParameterError } from "../../core/errors.js";
import type { ParameterDefinition, ParameterSchema, ParamsOf } from "../../core/parameters.js";
import { resolveParameters } from "../../core/parameters.js";

/**
 * Parameters of the single-electron transistor with two finite baths:
 * a level ε_d coupled to baths L and R of K_L, K_R equally spaced levels in the
 * window W, wide-band couplings t_ν = √(Γ_ν Δε_ν/2π).
 * Source: 001_06d9cbfd9396c60e.txt (Usui, Ptaszyński, Esposito, Strasberg),
 * eqs. (15)–(17), (20), Sec. III, Sec. IV (defaults: case (a), Γ = 3, K = 1000,
 * W = 10, β_L = 10, β_R = 2, μ_L = −μ_R = 1, ε_d = 0, n_d = 0), Sec. IV C (pure
 * states), Appendix A (K_L ≠ K_R).
 * Units: ħ = k_B = 1; energies in the paper's energy unit, β in 1/energy, time
 * in 1/energy, entropies in nats.
 */

/** Initial state: thermal product state (2)–(3) or a seeded pure Fock state (Sec. IV C). */
export type InitialKind = "thermal" | "pure";

/**
 * Largest total number of single-particle modes n = 1 + K_L + K_R accepted. Memory:
 * the star path stores m(m+1) doubles (m ≤ n−1 reduced poles) and the dense
 * eigenvectors n² doubles; two K×K complex blocks for the bath spectra. At
 * n = 6001 that is ≈ 0.6 GB, the limit of a 2 GB-heap Node process with headroom.
 */
export const MAX_MODES = 6001;

/** Index order of the single-particle basis: dot first, then the L modes, then the R modes. */
export const SET_INDEX_ORDER = { dot: 0, firstL: 1 } as const;

/** The fields of the parameter schema (data: validation, arbitraries, docs and the type SetEntropyParams come from it). */
const setEntropyFields = [
  { kind: "real", name: "KL", description: "K_L, number of levels of bath L", unit: "dimensionless", default: 1000, min: 2, integer: true, sampling: { min: 8, max: 24, scale: "linear" } },
  { kind: "real", name: "KR", description: "K_R, number of levels of bath R", unit: "dimensionless", default: 1000, min: 2, integer: true, sampling: { min: 8, max: 24, scale: "linear" } },
  { kind: "real", name: "W", description: "W, energy window of the baths (levels from −W/2 to W/2)", unit: "energy", default: 10, min: 0, minInclusive: false, sampling: { min: 2, max: 20, scale: "log" } },
  { kind: "real", name: "gammaL", description: "Γ_L, coupling strength to bath L (t_L = √(Γ_L Δε_L/2π))", unit: "energy", default: 3, min: 0, minInclusive: false, sampling: { min: 0.3, max: 30, scale: "log" } },
  { kind: "real", name: "gammaR", description: "Γ_R, coupling strength to bath R (t_R = √(Γ_R Δε_R/2π))", unit: "energy", default: 3, min: 0, minInclusive: false, sampling: { min: 0.3, max: 30, scale: "log" } },
  { kind: "real", name: "epsilonD", description: "ε_d, level energy of the system", unit: "energy", default: 0, sampling: { min: -2, max: 2, scale: "linear" } },
  { kind: "real", name: "nD", description: "n_d, initial occupation of the level", unit: "dimensionless", default: 0, min: 0, max: 1, sampling: { min: 0, max: 1, scale: "linear" } },
  { kind: "real", name: "betaL", description: "β_L, initial inverse temperature of bath L", unit: "1/energy", default: 10, min: 0, minInclusive: false, sampling: { min: 0.2, max: 10, scale: "log" } },
  { kind: "real", name: "betaR", description: "β_R, initial inverse temperature of bath R", unit: "1/energy", default: 2, min: 0, minInclusive: false, sampling: { min: 0.2, max: 10, scale: "log" } },
  { kind: "real", name: "muL", description: "μ_L, initial chemical potential of bath L", unit: "energy", default: 1, sampling: { min: -2, max: 2, scale: "linear" } },
  { kind: "real", name: "muR", description: "μ_R, initial chemical potential of bath R", unit: "energy", default: -1, sampling: { min: -2, max: 2, scale: "linear" } },
  { kind: "choice", name: "initial", description: "initial bath state: 'thermal' (eq. (20)) or 'pure' (seeded Fock state, Sec. IV C)", default: "thermal", options: ["thermal", "pure"] },
  { kind: "real", name: "seed", description: "seed of the pure-state draw", unit: "dimensionless", default: 1, min: 0, max: 4294967295, integer: true, sampling: { min: 0, max: 1000, scale: "linear" } },
  { kind: "real", name: "t", description: "evaluation time of `qtherm eval` (observables, populations)", unit: "1/energy", default: 1000, min: 0, max: 1e12, sampling: { min: 0.01, max: 1e4, scale: "log" } },
] as const satisfies readonly ParameterDefinition[];

/** The parameters of the model. */
export type SetEntropyParams = ParamsOf<typeof setEntropyFields>;

export const setEntropyParameterSchema: ParameterSchema<SetEntropyParams> = {
  fields: setEntropyFields,
  relations: [
    {
      statement: `1 + K_L + K_R ≤ ${MAX_MODES} modes (memory: the star path holds ~m² doubles, the bath spectra two K×K complex blocks)`,
      parameters: ["KL", "KR"],
      check: (p) => (1 + p.KL + p.KR <= MAX_MODES ? null : `1 + K_L + K_R = ${1 + p.KL + p.KR} exceeds ${MAX_MODES}`),
    },
  ],
};

/** The paper's parameters of case (a), Γ = 3 (Sec. IV). */
export const SET_ENTROPY_DEFAULTS: SetEntropyParams = resolveParameters(setEntropyParameterSchema, {});

/**
 * Resolves partial parameters into a complete validated object; missing fields take
 * the paper's defaults. Throws ParameterError naming the first bad field (value and
 * allowed range), including sizes beyond {@link MAX_MODES}.
 */
export function resolveSetEntropyParams(partial: Readonly<Record<string, unknown>> = {}): SetEntropyParams {
  return resolveParameters(setEntropyParameterSchema, partial);
}

/** The two cases of Sec. IV: (a) μ_L = −μ_R = 1, (b) μ_L = μ_R = 0.5; both β_L = 10, β_R = 2, n_d = 0, ε_d = 0. */
export function paperCase(which: "a" | "b", overrides: Readonly<Record<string, unknown>> = {}): SetEntropyParams {
  const mu = which === "a" ? { muL: 1, muR: -1 } : { muL: 0.5, muR: 0.5 };
  return resolveSetEntropyParams({ ...mu, ...overrides });
}

/**
 * Level spacing Δε = W/(K − 1) of a bath of K levels (Sec. III, exactly as defined, not rounded).
 * Throws ParameterError for K < 2 or W ≤ 0.
 */
export function levelSpacing(K: number, W: number): number {
  if (!(Number.isInteger(K) && K >= 2)) throw new ParameterError("K", K, "an integer ≥ 2");
  if (!(Number.isFinite(W) && W > 0)) throw new ParameterError("W", W, "a finite number in (0, ∞)");
  return W / (K - 1);
}

/**
 * Bath levels ε_k = (k − 1)Δε − W/2, k = 1 … K (Sec. III), as a Float64Array (energy).
 * Throws as {@link levelSpacing}.
 * @example bathLevels(3, 10) // [−5, 0, 5]
 */
export function bathLevels(K: number, W: number): Float64Array {
  const spacing = levelSpacing(K, W);
  const out = new Float64Array(K);
  for (let k = 1; k <= K; k++) out[k - 1] = (k - 1) * spacing - W / 2;
  return out;
}

/**
 * Wide-band tunnel amplitude t_ν = √(Γ_ν Δε_ν/2π) (Sec. III), energy.
 * Throws ParameterError for Γ ≤ 0 and as {@link levelSpacing}.
 * @example tunnelAmplitude(3, 1001, 10) // √(3·0.01/2π) ≈ 0.0690988
 */
export function tunnelAmplitude(gamma: number, K: number, W: number): number {
  if (!(Number.isFinite(gamma) && gamma > 0)) throw new ParameterError("gamma", gamma, "a finite number in (0, ∞)");
  return Math.sqrt((gamma * levelSpacing(K, W)) / (2 * Math.PI));
}
