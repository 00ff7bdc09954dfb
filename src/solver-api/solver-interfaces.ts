import type { CoupledTlsParams, OscillatorMediatorParams, ResonantLevelParams, SetEntropyParams, TwoSiteChainBathsParams } from "../catalog.js";

/**
 * The interfaces a user's solver implements to be checked by `checkSolver`. The parameter
 * types are the models' own (derived from each model's parameter schema, the single source;
 * `qtherm eval <model>` lists every field with its unit and domain).
 * Units: ħ = k_B = 1 (energies, rates and temperatures in one energy unit).
 * Every method is optional: qtherm checks what the solver provides.
 */

/** A complex matrix as nested arrays of real and imaginary parts, rows first (the shape `qtherm eval --json` prints). */
export interface ComplexMatrixParts {
  readonly re: readonly (readonly number[])[];
  readonly im: readonly (readonly number[])[];
}

/**
 * Parameters of the coupled-tls model (Diósi, slides 1–5; see
 * src/models/coupled-tls/README.md), as handed to a user's solver.
 */
export type CoupledTlsSolverParams = CoupledTlsParams;

/**
 * A solver of the coupled-tls model.
 * - steadyState: the stationary density matrix ρ_s, 4×4, basis |n_A n_B⟩ in the
 *   order 00, 01, 10, 11 (fermionic modes, Jordan–Wigner with A first).
 * - heatCurrentA: J_A = Tr(ρ_s 𝓛_A†Ĥ_S), the heat current into the system from
 *   bath A with the full system Hamiltonian (energy²); positive when A is hotter.
 */
export interface CoupledTlsSolver {
  steadyState?(params: CoupledTlsSolverParams): ComplexMatrixParts;
  heatCurrentA?(params: CoupledTlsSolverParams): number;
}

/**
 * Parameters of the two-site-chain-baths model (Mitchison & Plenio; see
 * src/models/two-site-chain-baths/README.md). M, t and omega belong to qtherm's
 * exact finite-chain layer and spectral quantities; a steady-state solver ignores them.
 */
export type TwoSiteChainBathsSolverParams = TwoSiteChainBathsParams;

/**
 * A solver of the two-site-chain-baths steady state.
 * - ness: the stationary correlation matrix C_αα′ = ⟨c_α†c_α′⟩ in the site basis
 *   (α = L, R; 2×2 complex), eq. (32) rotated back by R of eq. (16).
 * - particleCurrent: J^P_L, the particle current into the system from the left
 *   lead (Landauer, eq. (43)) (energy, i.e. particles per unit time).
 */
export interface TwoSiteChainBathsSolver {
  ness?(params: TwoSiteChainBathsSolverParams): ComplexMatrixParts;
  particleCurrent?(params: TwoSiteChainBathsSolverParams): number;
}

/**
 * Parameters of the oscillator-mediator model (Panasyuk, Levin, Yerkes; see
 * src/models/oscillator-mediator/README.md), as handed to a user's solver.
 * Units ħ = k_B = m = 1. The discretisation fields of qtherm's exact finite-bath
 * layer (bathModes, modeSpacing, tStart, tEnd, timeSamples, scenario,
 * chainSubsystems) are present but irrelevant to J_th and K.
 */
export type OscillatorMediatorSolverParams = Pick<OscillatorMediatorParams, "omega0" | "gamma1" | "gamma2" | "D" | "T1" | "T2" | "T">;

/**
 * A solver of the oscillator-mediator steady state.
 * - heatCurrent: J_th of eq. (42) with the unequal-coupling prefactor 2γ̂1γ̂2/γ̂,
 *   the heat current from bath 1 to bath 2, J_th = ⟨P_1⟩ = −⟨P_2⟩ (P_ν = −dE_ν/dt,
 *   eqs. (25)–(27)): positive for T1 > T2 (energy², i.e. ħω²).
 * - conductance: K(T) of eq. (43) = lim_{T1,T2→T} J_th/(T1 − T2) (energy, i.e. k_B·frequency); K > 0.
 * Equivalently (Landauer–Caroli): J_th = (1/2π)∫_0^∞ ω 𝒯(ω)[n(ω,T1) − n(ω,T2)]dω,
 * K = (1/2π)∫_0^∞ ω 𝒯(ω) ∂n/∂T dω, 𝒯 = 4Γ_1Γ_2|g̃(iω)|², Γ_ν = γ̂_ν ω D²/(D² + ω²).
 */
export interface OscillatorMediatorSolver {
  heatCurrent?(params: OscillatorMediatorSolverParams): number;
  conductance?(params: OscillatorMediatorSolverParams): number;
}

/**
 * Parameters of the set-entropy-production model (Usui, Ptaszyński, Esposito,
 * Strasberg; see src/models/set-entropy-production/README.md), as handed to a
 * user's solver (the time is a separate argument).
 * Bath ν has K_ν levels ε_νk = (k − 1)W/(K_ν − 1) − W/2, k = 1…K_ν, tunnel
 * amplitudes t_ν = √(Γ_ν Δε_ν/2π), Δε_ν = W/(K_ν − 1); the level ε_d is coupled to
 * every bath level by t_ν. At t = 0: product state, level occupation n_D, baths
 * thermal (Fermi at β_ν, μ_ν) or, for initial = 'pure', a Fock state drawn with
 * qtherm's seededRandom(seed) (mode j occupied iff r_j < f_j, draws in index order).
 */
export type SetEntropyProductionSolverParams = Omit<SetEntropyParams, "t">;

/** Observables of the set-entropy-production model at one time (units: ħ = k_B = 1, nats). */
export interface SetEntropyObservables {
  /** E_ν = Σ_k ε_νk n_νk (energy). */
  readonly EL: number;
  readonly ER: number;
  /** N_ν = Σ_k n_νk. */
  readonly NL: number;
  readonly NR: number;
  /** n_d(t): level occupation. */
  readonly nD: number;
  /** ⟨V̂⟩ = 2 Σ_j t_j Re C_0j: coupling energy (energy). */
  readonly couplingEnergy: number;
  /** Σ(t), eq. (7): entropy production (nats). */
  readonly Sigma: number;
}

/**
 * A solver of the set-entropy-production dynamics (exact, finite baths).
 * - populations(params, t): occupations C_jj(t) = ⟨c_j†c_j⟩(t), length
 *   1 + K_L + K_R, in the index order dot (0), L modes k = 1…K_L, R modes k = 1…K_R
 *   (SET_INDEX_ORDER; modes ascending in energy).
 * - observables(params, t): E_ν, N_ν, n_d, ⟨V̂⟩ and Σ of eqs. (5)–(7).
 * t in 1/energy.
 */
export interface SetEntropyProductionSolver {
  populations?(params: SetEntropyProductionSolverParams, t: number): readonly number[];
  observables?(params: SetEntropyProductionSolverParams, t: number): SetEntropyObservables;
}

/**
 * Parameters of the resonant-level-probes model without probe (Kulkarni, Tiwari,
 * Segal; see src/models/resonant-level-probes/README.md), as handed to a user's solver.
 * Grains L, R of N levels each: 'midpoint' ε_k = −D + (k + ½)·2D/N (k = 0…N−1) for
 * both; 'staggered' shifts R down by ΔE/2 (ε_k = −D + k·2D/N). Hopping to the level
 * v_ν = √(Γ_ν ΔE/π), ΔE = 2D/N. At t = 0 the level is empty and the grains are
 * Fermi seas at the common β and μ_L, μ_R (eq. (8)). The probe fields of qtherm's
 * schema (NG, GammaG, probe = 'none') and `reservoir` are present but unused.
 */
export type ResonantLevelProbesSolverParams = Pick<ResonantLevelParams, "N" | "D" | "epsilonD" | "GammaL" | "GammaR" | "beta" | "muL" | "muR" | "grid">;

/** Occupations of the level and of both grains at one time (grain levels ascending in energy). */
export interface ResonantLevelPopulations {
  readonly dot: number;
  readonly L: readonly number[];
  readonly R: readonly number[];
}

/**
 * A solver of the resonant-level-probes dynamics without probe.
 * - populationsExact(params, t): the exact occupations ⟨c_j†c_j⟩(t) of eq. (10)
 *   (single-particle evolution of the star Hamiltonian), t in 1/energy.
 */
export interface ResonantLevelProbesSolver {
  populationsExact?(params: ResonantLevelProbesSolverParams, t: number): ResonantLevelPopulations;
}

/** The solver interface of each supported model. */
export interface SolverInterfaces {
  "coupled-tls": CoupledTlsSolver;
  "two-site-chain-baths": TwoSiteChainBathsSolver;
  "oscillator-mediator": OscillatorMediatorSolver;
  "set-entropy-production": SetEntropyProductionSolver;
  "resonant-level-probes": ResonantLevelProbesSolver;
}

/** Models checkSolver supports. */
export type SolverModelId = keyof SolverInterfaces;
