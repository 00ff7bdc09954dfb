import { ParameterError } from "../../core/errors.js";
import type { ParameterDefinition, ParameterSchema, ParamsOf } from "../../core/parameters.js";
import { resolveParameters } from "../../core/parameters.js";

/**
 * Parameters of a harmonic mediator (mass m, frequency ω0) coupled to two
 * Drude–Ullersma baths of oscillators with cutoff D and couplings γ1, γ2.
 * Source: 002_1f8d4f9374398bb6.txt (Panasyuk, Levin, Yerkes), eqs. (1)–(4), (14), (18), (22).
 * Units: ħ = k_B = m = 1. Frequencies, rates and temperatures are all in units of
 * one energy unit (we take ω0 = 1 in the defaults); γ_ν here means γ_ν/m (a rate).
 *
 * Defaults: ω0τ_p = 10 (Fig. 4, γ̂ = γ1 + γ2 = 0.1 ω0 with equal couplings), Dτ_p = 100
 * (Fig. 4(c), i.e. D = 10 ω0 = the D/ω0 = 10 of Fig. 2(a),(c)), τ_h1ω0 = 1 and
 * τ_h2ω0 = 0.5 (Fig. 2(d): T1 = ω0, T2 = 2ω0), T = ω0 (τ_hω0 = 1, Fig. 3).
 * The discretisation defaults (bath modes, spacing, time window) are ours, chosen so
 * that the window [tStart, tEnd] lies after the transient (e^{−Re μ1·tStart} ≈ 6·10⁻⁴
 * at the defaults) and before the recurrence time 2π/Δ.
 */

/** How the mediator is attached to the baths at t = 0 (Sec. III, two scenarios). */
export type CouplingScenario = "simultaneous" | "sequential";

/** The two coupling scenarios of Sec. III, in the order `qtherm eval` lists them. */
export const COUPLING_SCENARIOS: readonly CouplingScenario[] = ["simultaneous", "sequential"];

/**
 * Largest bath size accepted by the exact layer: the dense eigenvector matrix of the
 * (2N+1)×(2N+1) Hessian takes 8(2N+1)² bytes (288 MB at N = 3000), plus one copy.
 */
export const MAX_BATH_MODES = 3000;

/** The fields of the parameter schema (data: validation, arbitraries, docs and the type OscillatorMediatorParams come from it). */
const oscillatorMediatorFields = [
  real("omega0", "ω0, bare frequency of the mediator", "energy", 1, { min: 0.3, max: 3, scale: "log" }),
  real("gamma1", "γ̂1 = γ1/m, coupling rate to bath 1 (friction kernel γ1 D e^{−D|t|}/m)", "energy", 0.05, { min: 0.01, max: 10, scale: "log" }),
  real("gamma2", "γ̂2 = γ2/m, coupling rate to bath 2", "energy", 0.05, { min: 0.01, max: 10, scale: "log" }),
  real("D", "D, Drude–Ullersma cutoff frequency of both baths", "energy", 10, { min: 0.1, max: 100, scale: "log" }),
  real("T1", "T1, temperature of bath 1 (k_B T1 in energy units)", "energy", 1, { min: 0.05, max: 20, scale: "log" }),
  real("T2", "T2, temperature of bath 2", "energy", 2, { min: 0.05, max: 20, scale: "log" }),
  real("T", "T, mean temperature for the conductance K(T)", "energy", 1, { min: 0.05, max: 20, scale: "log" }),
  {
    kind: "real",
    name: "bathModes",
    description: `N, modes per discretised bath (ω_k = kΔ, k = 1…N); at most ${MAX_BATH_MODES} (dense eigenvectors, 8(2N+1)² bytes)`,
    unit: "dimensionless",
    default: 1800,
    min: 1,
    max: MAX_BATH_MODES,
    integer: true,
    sampling: { min: 50, max: 200, scale: "linear" },
  },
  {
    kind: "real",
    name: "modeSpacing",
    description: "Δ, mode spacing of the discretised baths (recurrence time 2π/Δ)",
    unit: "energy",
    default: 0.0222,
    min: 0,
    minInclusive: false,
    sampling: { min: 0.05, max: 0.2, scale: "log" },
  },
  { kind: "real", name: "tStart", description: "start of the plateau averaging window", unit: "1/energy", default: 150, min: 0, sampling: { min: 10, max: 20, scale: "linear" } },
  { kind: "real", name: "tEnd", description: "end of the plateau averaging window (< 2π/Δ)", unit: "1/energy", default: 250, min: 0, minInclusive: false, sampling: { min: 25, max: 30, scale: "linear" } },
  { kind: "real", name: "timeSamples", description: "number of sampling times in [tStart, tEnd]", unit: "dimensionless", default: 21, min: 1, max: 100000, integer: true, sampling: { min: 5, max: 20, scale: "linear" } },
  { kind: "choice", name: "scenario", description: "coupling scenario of Sec. III: 'simultaneous' or 'sequential'", default: "simultaneous", options: COUPLING_SCENARIOS },
  { kind: "real", name: "chainSubsystems", description: "number of subsystems in the Fourier chain of Sec. VI", unit: "dimensionless", default: 10, min: 1, max: 100000, integer: true, sampling: { min: 1, max: 40, scale: "linear" } },
] as const satisfies readonly ParameterDefinition[];

/** The parameters of the model. */
export type OscillatorMediatorParams = ParamsOf<typeof oscillatorMediatorFields>;

/**
 * The parameter domain as data: it validates input, drives the property arbitraries
 * (sampling windows, log-uniform for rates and temperatures) and documents
 * `qtherm eval oscillator-mediator`.
 */
export const oscillatorMediatorParameterSchema: ParameterSchema<OscillatorMediatorParams> = {
  fields: oscillatorMediatorFields,
  relations: [
    {
      statement: "tStart < tEnd (the averaging window is non-empty)",
      parameters: ["tStart", "tEnd"],
      check: (p) => (p.tStart < p.tEnd ? null : `tStart = ${p.tStart} ≥ tEnd = ${p.tEnd}`),
    },
  ],
};

/**
 * Resolves partial parameters against the schema (paper defaults for missing fields).
 * @throws ParameterError naming the first bad field (negative temperature or coupling, D ≤ 0, …).
 * @example resolveOscillatorMediatorParams({ D: 1 }).gamma1 // 0.05
 */
export function resolveOscillatorMediatorParams(partial: Readonly<Record<string, unknown>> = {}): OscillatorMediatorParams {
  return resolveParameters(oscillatorMediatorParameterSchema, partial);
}

/** γ̂ = γ̂1 + γ̂2 = 1/τ_p, eq. (15), (18), (22). */
export function totalCoupling(p: Pick<OscillatorMediatorParams, "gamma1" | "gamma2">): number {
  return p.gamma1 + p.gamma2;
}

/**
 * The prefactor that replaces 1/(2τ_p) in (42) for unequal couplings: 2γ1γ2/(γm)
 * (text after eq. (42)); equals γ̂/2 = 1/(2τ_p) for γ1 = γ2.
 */
export function transportPrefactor(p: Pick<OscillatorMediatorParams, "gamma1" | "gamma2">): number {
  return (2 * p.gamma1 * p.gamma2) / (p.gamma1 + p.gamma2);
}

/**
 * Validation of the discretisation of the exact layer, beyond the schema: the averaging
 * window must end before the recurrence time 2π/Δ, and the bath must extend beyond
 * the cutoff (NΔ > D), otherwise the finite bath does not represent the Drude spectrum.
 * @throws ParameterError naming tEnd or bathModes.
 */
export function validateDiscretisation(p: OscillatorMediatorParams): void {
  const recurrence = (2 * Math.PI) / p.modeSpacing;
  if (!(p.tEnd < recurrence)) {
    throw new ParameterError("tEnd", p.tEnd, `a time before the recurrence time 2π/Δ = ${recurrence.toPrecision(6)} (Δ = modeSpacing = ${p.modeSpacing})`);
  }
  validateBandEdge(p);
}

/**
 * The discretised bath must extend beyond the cutoff, NΔ > D.
 * @throws ParameterError naming bathModes.
 */
export function validateBandEdge(p: Pick<OscillatorMediatorParams, "bathModes" | "modeSpacing" | "D">): void {
  if (!(p.bathModes * p.modeSpacing > p.D)) {
    throw new ParameterError(
      "bathModes",
      p.bathModes,
      `N with NΔ > D (bath band edge above the cutoff): NΔ = ${p.bathModes * p.modeSpacing}, D = ${p.D}`,
    );
  }
}

function real<N extends string>(name: N, description: string, unit: string, value: number, sampling: { min: number; max: number; scale: "log" }) {
  return { kind: "real" as const, name, description, unit, default: value, min: 0, minInclusive: false, sampling };
}
