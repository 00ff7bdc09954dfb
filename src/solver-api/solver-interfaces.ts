/**
 * The interfaces a user's solver implements to be checked by `checkSolver`.
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
export interface CoupledTlsSolverParams {
  /** ω_A, ω_B: level energies (energy); equal for incoherent coupling. */
  readonly omegaA: number;
  readonly omegaB: number;
  /** Γ_A, Γ_B: emission rates of the thermalizers; absorption rates are Γ_ν e^{−β_ν ω_ν} (energy). */
  readonly gammaA: number;
  readonly gammaB: number;
  /** β_A, β_B: inverse bath temperatures (1/energy). */
  readonly betaA: number;
  readonly betaB: number;
  /** ε: hopping amplitude (coherent, K = ε(a†b + b†a)) or stochastic hopping rate (incoherent) (energy). */
  readonly epsilon: number;
  readonly coupling: "coherent" | "incoherent";
}

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
export interface TwoSiteChainBathsSolverParams {
  /** h = (h_L + h_R)/2 and δ = h_L − h_R: site energies (energy). */
  readonly h: number;
  readonly delta: number;
  /** g: inter-site tunnelling (energy). */
  readonly g: number;
  /** Γ: system–reservoir coupling rate; Ω: reservoir hopping = half bandwidth (energy). */
  readonly Gamma: number;
  readonly Omega: number;
  /** T_L, T_R, µ_L, µ_R: temperatures and chemical potentials of the leads (energy). */
  readonly TL: number;
  readonly TR: number;
  readonly muL: number;
  readonly muR: number;
  readonly M: number;
  readonly t: number;
  readonly omega: number;
}

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

/** The solver interface of each supported model. */
export interface SolverInterfaces {
  "coupled-tls": CoupledTlsSolver;
  "two-site-chain-baths": TwoSiteChainBathsSolver;
}

/** Models checkSolver supports. */
export type SolverModelId = keyof SolverInterfaces;
