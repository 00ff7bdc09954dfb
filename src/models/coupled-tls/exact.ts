import { addComplex, conjugateTranspose, identityComplex, multiplyComplex, scaleComplex, zerosComplex } from "../../numerics/linalg/complex-matrix.js";
import type { ComplexMatrix } from "../../numerics/linalg/types.js";
import { applyAdjointGenerator } from "../../physics/lindblad/apply-adjoint-generator.js";
import { expectationValue } from "../../physics/lindblad/expectation-value.js";
import { fermionAnnihilators, occupationBasisLabels } from "../../physics/lindblad/fermion-operators.js";
import { lindbladGenerator, type JumpOperator, type LindbladGenerator } from "../../physics/lindblad/lindblad-generator.js";
import { steadyState, type SteadyState } from "../../physics/lindblad/steady-state.js";
import type { CoupledTlsParams, SingleModeParams } from "./params.js";

/**
 * The exact model: two fermionic modes A, B on the 4-dim Fock space (Jordan–Wigner,
 * basis 00, 01, 10, 11 = |n_A n_B⟩), their local thermalizers, the coupling, the
 * Lindblad generator, its steady state (null space of the 16×16 Liouvillian) and the
 * steady-state currents. Built on physics/lindblad only; no closed form of
 * analytic.ts is called here.
 * Source: 004_a34d5d2333a6057f.txt, slides 1–5.
 * Units: ħ = k_B = 1; H, rates and ε in energy units, currents in energy² (energy per time).
 */

/** Basis order of every 4×4 matrix of this model: |n_A n_B⟩, mode A the most significant bit. */
export const COUPLED_TLS_BASIS: readonly string[] = Object.freeze(occupationBasisLabels(2));

/** The operators of the model on the 4-dim Fock space. */
export interface CoupledTlsOperators {
  /** â (mode A, first Jordan–Wigner mode) */
  readonly a: ComplexMatrix;
  /** b̂ (mode B, carries the string Z_A) */
  readonly b: ComplexMatrix;
  readonly nA: ComplexMatrix;
  readonly nB: ComplexMatrix;
  readonly identity: ComplexMatrix;
}

const [A_OPERATOR, B_OPERATOR] = fermionAnnihilators(2);
const OPERATORS: CoupledTlsOperators = Object.freeze({
  a: A_OPERATOR,
  b: B_OPERATOR,
  nA: multiplyComplex(conjugateTranspose(A_OPERATOR), A_OPERATOR),
  nB: multiplyComplex(conjugateTranspose(B_OPERATOR), B_OPERATOR),
  identity: identityComplex(4),
});

/** â, b̂, n̂_A, n̂_B and 1 on the 4-dim Fock space (shared, do not mutate). */
export function coupledTlsOperators(): CoupledTlsOperators {
  return OPERATORS;
}

/** The local Hamiltonian Ĥ_ν = ω_ν n̂_ν of mode ν (slide 5). */
export function localHamiltonian(params: CoupledTlsParams, bath: "A" | "B"): ComplexMatrix {
  return bath === "A" ? scaleComplex(OPERATORS.nA, params.omegaA, 0) : scaleComplex(OPERATORS.nB, params.omegaB, 0);
}

/**
 * The system Hamiltonian H_S = ω_A n̂_A + ω_B n̂_B, plus K̂_AB = ε(â†b̂ + b̂†â) for
 * coherent coupling (slide 2). For incoherent coupling the coupling is dissipative
 * and H_S has no coupling term (slide 3).
 */
export function systemHamiltonian(params: CoupledTlsParams): ComplexMatrix {
  const h = addComplex(localHamiltonian(params, "A"), localHamiltonian(params, "B"));
  if (params.coupling !== "coherent") return h;
  const hop = multiplyComplex(conjugateTranspose(OPERATORS.a), OPERATORS.b);
  return addComplex(h, scaleComplex(addComplex(hop, conjugateTranspose(hop)), params.epsilon, 0));
}

/**
 * The thermalizer of bath ν (slide 1): jump ĉ at rate Γ_ν (emission) and ĉ† at rate
 * Γ_ν e^{−β_ν ω_ν} (absorption), i.e.
 *   𝓛_ν ρ = Γ_ν(ĉρĉ† − ½{n̂, ρ}) + Γ_ν e^{−β_ν ω_ν}(ĉ†ρĉ − ½{1 − n̂, ρ}).
 */
export function bathJumps(params: CoupledTlsParams, bath: "A" | "B"): JumpOperator[] {
  const c = bath === "A" ? OPERATORS.a : OPERATORS.b;
  const { omega, gamma, beta } = bath === "A" ? { omega: params.omegaA, gamma: params.gammaA, beta: params.betaA } : { omega: params.omegaB, gamma: params.gammaB, beta: params.betaB };
  return [
    { operator: c, rate: gamma, label: `emission into bath ${bath}` },
    { operator: conjugateTranspose(c), rate: gamma * Math.exp(-beta * omega), label: `absorption from bath ${bath}` },
  ];
}

/**
 * The stochastic resonant coupling (slide 3) as two jump channels at rate ε:
 *   𝓛^K_AB ρ = ε(â†b̂ ρ b̂†â + âb̂† ρ b̂â† − ½{n̂_A + n̂_B − 2n̂_An̂_B, ρ}),
 * since (â†b̂)†(â†b̂) + (âb̂†)†(âb̂†) = n̂_A + n̂_B − 2n̂_An̂_B. Empty for coherent coupling.
 */
export function couplingJumps(params: CoupledTlsParams): JumpOperator[] {
  if (params.coupling !== "incoherent") return [];
  const aDagB = multiplyComplex(conjugateTranspose(OPERATORS.a), OPERATORS.b);
  return [
    { operator: aDagB, rate: params.epsilon, label: "stochastic hop B → A" },
    { operator: conjugateTranspose(aDagB), rate: params.epsilon, label: "stochastic hop A → B" },
  ];
}

/** The full generator dρ/dt = −i[H_S, ρ] + (𝓛_A + 𝓛_B [+ 𝓛^K_AB])ρ of slides 2–4. */
export function coupledTlsGenerator(params: CoupledTlsParams): LindbladGenerator {
  return lindbladGenerator(systemHamiltonian(params), [...bathJumps(params, "A"), ...bathJumps(params, "B"), ...couplingJumps(params)]);
}

/** The dissipator 𝓛_ν of bath ν alone (no Hamiltonian): its adjoint gives the currents from bath ν. */
export function bathDissipator(params: CoupledTlsParams, bath: "A" | "B"): LindbladGenerator {
  return lindbladGenerator(zerosComplex(4, 4), bathJumps(params, bath));
}

/**
 * The steady state of the coupled model (4×4, basis COUPLED_TLS_BASIS), checked
 * Hermitian, of unit trace and positive by physics/lindblad/steadyState.
 * Accuracy: forward error ≲ 1e-16·‖𝓛‖/gap, ~1e-14 over the sampled domain.
 * @throws ConvergenceError / DomainError from steadyState (never for valid parameters).
 */
export function coupledTlsSteadyState(params: CoupledTlsParams): SteadyState {
  return steadyState(coupledTlsGenerator(params));
}

/** The diagonal of a 4×4 density matrix: populations p_00, p_01, p_10, p_11. */
export function populations(rho: ComplexMatrix): number[] {
  return [0, 1, 2, 3].map((s) => rho.re[s * 4 + s]);
}

/** Largest |ρ_ij|, i ≠ j (the coherences; zero for an autonomous, diagonal state). */
export function largestCoherence(rho: ComplexMatrix): number {
  let worst = 0;
  for (let i = 0; i < rho.rows; i++) {
    for (let j = 0; j < rho.cols; j++) if (i !== j) worst = Math.max(worst, Math.hypot(rho.re[i * rho.cols + j], rho.im[i * rho.cols + j]));
  }
  return worst;
}

/** Steady-state currents and entropy production of the coupled model. */
export interface CoupledTlsCurrents {
  /** J_ν = Tr(ρ_s 𝓛_ν†Ĥ_S): heat (energy) current into the system from bath ν, with the full H_S (energy²). */
  readonly heatA: number;
  readonly heatB: number;
  /** I_ν = Tr(ρ_s 𝓛_ν†N̂), N̂ = n̂_A + n̂_B: particle current into the system from bath ν (energy, i.e. 1/time). */
  readonly particleA: number;
  readonly particleB: number;
  /** J^loc_ν = Tr(ρ_s 𝓛_ν†Ĥ_ν) with the local Ĥ_ν = ω_ν n̂_ν only (= ω_ν I_ν). */
  readonly localHeatA: number;
  readonly localHeatB: number;
  /** σ = −β_A J_A − β_B J_B: entropy production rate of the baths (dS_sys/dt = 0 in the steady state; 1/time). */
  readonly entropyProduction: number;
  /** σ^loc = −β_A J^loc_A − β_B J^loc_B. */
  readonly localEntropyProduction: number;
}

/**
 * The currents of the steady state ρ_s (computed here unless given). Currents count
 * into the system from bath ν (DESIGN §3): J_A > 0 means energy leaves bath A.
 * Source: slides 1 and 5 (Ĵ = 𝓛†Ĥ, J = Tr(Ĵρ_s)); slide 2 for the coherent case.
 */
export function coupledTlsCurrents(params: CoupledTlsParams, rho: ComplexMatrix = coupledTlsSteadyState(params).rho): CoupledTlsCurrents {
  const hS = systemHamiltonian(params);
  const number = addComplex(OPERATORS.nA, OPERATORS.nB);
  const current = (bath: "A" | "B", observable: ComplexMatrix): number =>
    expectationValue(applyAdjointGenerator(bathDissipator(params, bath), observable), rho).re;
  const heatA = current("A", hS);
  const heatB = current("B", hS);
  const localHeatA = current("A", localHamiltonian(params, "A"));
  const localHeatB = current("B", localHamiltonian(params, "B"));
  return {
    heatA,
    heatB,
    particleA: current("A", number),
    particleB: current("B", number),
    localHeatA,
    localHeatB,
    entropyProduction: -params.betaA * heatA - params.betaB * heatB,
    localEntropyProduction: -params.betaA * localHeatA - params.betaB * localHeatB,
  };
}

/** The current operator Ĵ_ν = 𝓛_ν†Ĥ_ν of bath ν (slide 5), 4×4 in COUPLED_TLS_BASIS. */
export function currentOperatorExact(params: CoupledTlsParams, bath: "A" | "B"): ComplexMatrix {
  return applyAdjointGenerator(bathDissipator(params, bath), localHamiltonian(params, bath));
}

/** The single thermalized mode of slide 1 on its 2-dim Fock space (basis |0⟩, |1⟩). */
export function thermalizerGenerator(p: SingleModeParams): LindbladGenerator {
  const [c] = fermionAnnihilators(1);
  const n = multiplyComplex(conjugateTranspose(c), c);
  return lindbladGenerator(scaleComplex(n, p.omega, 0), [
    { operator: c, rate: p.gamma, label: "emission" },
    { operator: conjugateTranspose(c), rate: p.gamma * Math.exp(-p.beta * p.omega), label: "absorption" },
  ]);
}

/** Steady state and current operator Ĵ = 𝓛†Ĥ of one thermalized mode (slide 1), computed numerically. */
export function singleModeExact(p: SingleModeParams): { steadyState: SteadyState; currentOperator: ComplexMatrix; current: number } {
  const generator = thermalizerGenerator(p);
  const stationary = steadyState(generator);
  const dissipator = lindbladGenerator(zerosComplex(2, 2), generator.jumps);
  const currentOperator = applyAdjointGenerator(dissipator, generator.hamiltonian);
  return { steadyState: stationary, currentOperator, current: expectationValue(currentOperator, stationary.rho).re };
}
