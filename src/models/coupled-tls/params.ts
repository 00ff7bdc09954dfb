import type { ParameterDefinition, ParameterSchema, ParamsOf } from "../../core/parameters.js";
import { resolveParameters } from "../../core/parameters.js";

/**
 * Parameters of two thermalized fermionic modes A and B (two-level systems),
 * coupled coherently (hopping K = ε(a†b + b†a)) or incoherently (the stochastic
 * resonant dissipator L^K_AB of slide 3).
 * Source: 004_a34d5d2333a6057f.txt (Diósi, "Autonomy of coupled quantum
 * thermodynamic systems"), slides 1–5. The slides give no numbers: the defaults
 * below are ours (ω = 1 sets the energy unit, hot bath A at β_A = 0.5, cold bath
 * B at β_B = 2, Γ = 1, weak coupling ε = 0.01 ≪ Γ).
 * Units: ħ = k_B = 1; energies and rates in units of the energy unit, β in 1/energy.
 */

/** How the two modes are coupled. */
export type CouplingKind = "coherent" | "incoherent";

/** The coupling options, in the order `qtherm eval` lists them. */
export const COUPLING_KINDS: readonly CouplingKind[] = ["coherent", "incoherent"];

/**
 * Relative mismatch below which ω_A and ω_B count as equal (resonance). Set by
 * round-off of user arithmetic (a few ulp), far below any physical detuning.
 */
export const RESONANCE_RTOL = 1e-12;

/** True when |ω_A − ω_B| ≤ RESONANCE_RTOL·max(ω_A, ω_B). */
export function isResonant(params: Pick<CoupledTlsParams, "omegaA" | "omegaB">): boolean {
  return Math.abs(params.omegaA - params.omegaB) <= RESONANCE_RTOL * Math.max(Math.abs(params.omegaA), Math.abs(params.omegaB));
}

/** The fields of the parameter schema (data: validation, arbitraries, docs and the type CoupledTlsParams come from it). */
const coupledTlsFields = [
  {
    kind: "real",
    name: "omegaA",
    description: "ω_A, level energy of mode A",
    unit: "energy",
    default: 1,
    min: 0,
    minInclusive: false,
    sampling: { min: 0.5, max: 2, scale: "log" },
  },
  {
    kind: "real",
    name: "omegaB",
    description: "ω_B, level energy of mode B (= ω_A for incoherent coupling)",
    unit: "energy",
    default: 1,
    min: 0,
    minInclusive: false,
    sampling: { min: 0.5, max: 2, scale: "log" },
  },
  {
    kind: "real",
    name: "gammaA",
    description: "Γ_A, emission rate of the thermalizer of bath A (absorption rate Γ_A e^{−β_A ω_A})",
    unit: "energy",
    default: 1,
    min: 0,
    minInclusive: false,
    sampling: { min: 0.1, max: 10, scale: "log" },
  },
  {
    kind: "real",
    name: "gammaB",
    description: "Γ_B, emission rate of the thermalizer of bath B (absorption rate Γ_B e^{−β_B ω_B})",
    unit: "energy",
    default: 1,
    min: 0,
    minInclusive: false,
    sampling: { min: 0.1, max: 10, scale: "log" },
  },
  {
    kind: "real",
    name: "betaA",
    description: "β_A, inverse temperature of bath A (0 = infinite temperature)",
    unit: "1/energy",
    default: 0.5,
    min: 0,
    minInclusive: true,
    sampling: { min: 0.1, max: 10, scale: "log" },
  },
  {
    kind: "real",
    name: "betaB",
    description: "β_B, inverse temperature of bath B (0 = infinite temperature)",
    unit: "1/energy",
    default: 2,
    min: 0,
    minInclusive: true,
    sampling: { min: 0.1, max: 10, scale: "log" },
  },
  {
    kind: "real",
    name: "epsilon",
    description: "ε, coupling: hopping amplitude (coherent) or rate of the stochastic resonant coupling (incoherent)",
    unit: "energy",
    default: 0.01,
    min: 0,
    minInclusive: true,
    sampling: { min: 1e-3, max: 1, scale: "log" },
  },
  {
    kind: "choice",
    name: "coupling",
    description: "'coherent': K = ε(a†b + b†a) added to H (slide 2); 'incoherent': stochastic resonant dissipator (slide 3)",
    default: "incoherent",
    options: COUPLING_KINDS,
  },
] as const satisfies readonly ParameterDefinition[];

/** The parameters of the model. */
export type CoupledTlsParams = ParamsOf<typeof coupledTlsFields>;

/**
 * The parameter domain as data: it validates input, drives the property-test
 * arbitraries (sampling windows) and documents `qtherm eval coupled-tls`.
 * Temperatures, rates and couplings are sampled log-uniformly.
 */
export const coupledTlsParameterSchema: ParameterSchema<CoupledTlsParams> = {
  fields: coupledTlsFields,
  relations: [
    {
      statement: "omegaB = omegaA when coupling = 'incoherent' (slide 3: the stochastic coupling is resonant)",
      parameters: ["omegaB", "omegaA", "coupling"],
      check: (p) =>
        p.coupling !== "incoherent" || isResonant(p)
          ? null
          : `omegaA = ${p.omegaA}, omegaB = ${p.omegaB}; relative mismatch allowed ${RESONANCE_RTOL}`,
    },
  ],
};

/**
 * Resolves a partial parameter object into a complete, validated one (missing
 * fields take the defaults above).
 * @example resolveCoupledTlsParams({ betaA: 1 }).betaB // 2
 * @throws ParameterError naming the offending field: unknown name, NaN or
 *   infinite value, ω ≤ 0, Γ ≤ 0, β < 0 (negative temperature), ε < 0, unknown
 *   coupling, or ω_A ≠ ω_B with incoherent coupling.
 */
export function resolveCoupledTlsParams(partial: Readonly<Record<string, unknown>> = {}): CoupledTlsParams {
  return resolveParameters(coupledTlsParameterSchema, partial);
}

/** One thermalized mode (slide 1): the fields of bath ν's mode. */
export interface SingleModeParams {
  /** ω (energy) */
  readonly omega: number;
  /** Γ (energy) */
  readonly gamma: number;
  /** β (1/energy) */
  readonly beta: number;
}

/** The single-mode parameters of mode A or B (already validated with the coupled parameters). */
export function singleModeOf(params: CoupledTlsParams, bath: "A" | "B"): SingleModeParams {
  return bath === "A"
    ? { omega: params.omegaA, gamma: params.gammaA, beta: params.betaA }
    : { omega: params.omegaB, gamma: params.gammaB, beta: params.betaB };
}

/** The default parameters (ours; the slides give no numbers). */
export const COUPLED_TLS_DEFAULTS: CoupledTlsParams = resolveCoupledTlsParams();
