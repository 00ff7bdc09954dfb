import { DomainError } from "../../core/errors.js";
import type { CoupledTlsParams, SingleModeParams } from "./params.js";
import { RESONANCE_RTOL } from "./params.js";

/**
 * The closed forms of Diósi's slides as numeric functions — each as printed and,
 * where the printed form is wrong, as corrected — plus the exact incoherent heat
 * current derived in symbolic.ts. Nothing here calls the exact numerics.
 * Source: 004_a34d5d2333a6057f.txt (slides 1, 4, 5).
 * Notation: x_ν = e^{−β_ν ω_ν} (Boltzmann factor of the occupied level),
 * populations in the basis 00, 01, 10, 11 = |n_A n_B⟩ (index 2 n_A + n_B).
 * Units: ħ = k_B = 1; currents in energy², i.e. energy per unit time.
 */

/** x = e^{−βω}, the Boltzmann factor of the occupied level (β ≥ 0, ω > 0, so x ∈ (0, 1]). */
export function boltzmannFactor(beta: number, omega: number): number {
  return Math.exp(-beta * omega);
}

/**
 * Slide 1 as printed: ρ̂_s = e^{−β n̂}/(1 + e^{−βω}), as the populations
 * [⟨0|ρ|0⟩, ⟨1|ρ|1⟩] = [1, e^{−β}]/(1 + e^{−βω}). Its trace is (1 + e^{−β})/(1 + e^{−βω}):
 * it is normalised only for ω = 1 (the exponent lost the factor ω).
 */
export function singleModeSteadyStatePrinted(p: SingleModeParams): [number, number] {
  const z = 1 + boltzmannFactor(p.beta, p.omega);
  return [1 / z, Math.exp(-p.beta) / z];
}

/** Slide 1 corrected: ρ̂_s = e^{−βω n̂}/(1 + e^{−βω}), populations [1, x]/(1 + x) (the Gibbs state). */
export function singleModeSteadyState(p: SingleModeParams): [number, number] {
  const x = boltzmannFactor(p.beta, p.omega);
  return [1 / (1 + x), x / (1 + x)];
}

/**
 * Slide 1 as printed: Ĵ = 𝓛†Ĥ = −Γω n̂ + Γω e^{+βω}(1 − n̂), as its diagonal
 * [⟨0|Ĵ|0⟩, ⟨1|Ĵ|1⟩] = [Γω e^{βω}, −Γω] (Ĵ is diagonal in the occupation basis).
 */
export function singleModeCurrentOperatorPrinted(p: SingleModeParams): [number, number] {
  return [p.gamma * p.omega * Math.exp(p.beta * p.omega), -p.gamma * p.omega];
}

/** Slide 1 corrected: Ĵ = 𝓛†Ĥ = −Γω n̂ + Γω e^{−βω}(1 − n̂), diagonal [Γω x, −Γω]. */
export function singleModeCurrentOperator(p: SingleModeParams): [number, number] {
  return [p.gamma * p.omega * boltzmannFactor(p.beta, p.omega), -p.gamma * p.omega];
}

/**
 * Slide 5 as printed: Ĵ_A = 𝓛_A†Ĥ_A = −Γ_A n̂_A + Γ_A e^{−β_A ω_A}(1 − n̂_A), as its
 * diagonal in the basis 00, 01, 10, 11. The printed right-hand side is 𝓛_A†n̂_A
 * (the particle-current operator): the factor ω_A of Ĥ_A = ω_A n̂_A is missing.
 */
export function currentOperatorAPrinted(params: CoupledTlsParams): number[] {
  const x = boltzmannFactor(params.betaA, params.omegaA);
  return [0, 1, 2, 3].map((s) => (s >> 1 === 1 ? -params.gammaA : params.gammaA * x));
}

/** Slide 5 corrected: Ĵ_A = 𝓛_A†Ĥ_A = ω_A(−Γ_A n̂_A + Γ_A x_A(1 − n̂_A)), diagonal in 00, 01, 10, 11. */
export function currentOperatorA(params: CoupledTlsParams): number[] {
  return currentOperatorAPrinted(params).map((j) => params.omegaA * j);
}

/**
 * Throws DomainError unless the parameters are those of slides 4–5: incoherent
 * resonant coupling (ω_A = ω_B = ω, guaranteed by the parameter relation) and
 * Γ_A = Γ_B = Γ ("take for simplicity Γ_A = Γ_B = Γ").
 */
export function assertSlideFourRegime(formula: string, params: CoupledTlsParams): void {
  if (params.coupling !== "incoherent") {
    throw new DomainError(formula, "coupling = 'incoherent' (slides 3–5)", `coupling = '${params.coupling}'`);
  }
  if (Math.abs(params.gammaA - params.gammaB) > RESONANCE_RTOL * Math.max(params.gammaA, params.gammaB)) {
    throw new DomainError(formula, "gammaA = gammaB (slide 4: Γ_A = Γ_B = Γ)", `gammaA = ${params.gammaA}, gammaB = ${params.gammaB}`);
  }
}

/**
 * Slide 4 as printed: the steady state to first order in ε/Γ,
 *   ρ^s_AB = ρ_Aρ_B − (ε/Γ)(D² ρ_Aρ_B + D̂_A D̂_B + 2D̂_A + 2D̂_B) / ((2 + x_A + x_B)(1 + x_A)(1 + x_B)),
 * D = x_A − x_B, D̂_A = (x_A − x_B) n̂_A, D̂_B = (x_B − x_A) n̂_B, ρ_ν = e^{−β_ν ω n̂_ν}/(1 + x_ν).
 * Every term is diagonal; returns the populations in the order 00, 01, 10, 11.
 * (Found correct to first order: claims coupled-tls/steady-state-first-order*.)
 * @throws DomainError outside incoherent coupling with Γ_A = Γ_B.
 */
export function steadyStateFirstOrderPrinted(params: CoupledTlsParams): number[] {
  assertSlideFourRegime("slide 4 first-order steady state", params);
  const xA = boltzmannFactor(params.betaA, params.omegaA);
  const xB = boltzmannFactor(params.betaB, params.omegaB);
  const d = xA - xB;
  const denominator = (2 + xA + xB) * (1 + xA) * (1 + xB);
  const ratio = params.epsilon / params.gammaA;
  return [0, 1, 2, 3].map((s) => {
    const nA = s >> 1;
    const nB = s & 1;
    const product = ((nA ? xA : 1) / (1 + xA)) * ((nB ? xB : 1) / (1 + xB));
    const dA = d * nA;
    const dB = -d * nB;
    return product - (ratio * (d * d * product + dA * dB + 2 * dA + 2 * dB)) / denominator;
  });
}

/**
 * Slide 5 as printed: J^s_A = εω(e^{−ωβ_A} − e^{−ωβ_B}) "to lowest order in ε/Γ".
 * It carries the factor ω, so it is read as the heat current (energy per time)
 * into the system from bath A. Missing the factor 1/((1 + x_A)(1 + x_B)).
 * @throws DomainError outside incoherent coupling with Γ_A = Γ_B.
 */
export function heatCurrentAPrinted(params: CoupledTlsParams): number {
  assertSlideFourRegime("slide 5 heat current", params);
  const xA = boltzmannFactor(params.betaA, params.omegaA);
  const xB = boltzmannFactor(params.betaB, params.omegaB);
  return params.epsilon * params.omegaA * (xA - xB);
}

/**
 * Slide 5 corrected: J_A = εω(x_A − x_B)/((1 + x_A)(1 + x_B)) + O(ε²/Γ), the first-order
 * term of the exact {@link heatCurrentAClosedForm} (derived in symbolic.ts by d/dε at ε = 0).
 * Equivalently εω(f_A − f_B) with the Fermi occupations f_ν = x_ν/(1 + x_ν).
 * @throws DomainError outside incoherent coupling with Γ_A = Γ_B.
 */
export function heatCurrentAFirstOrder(params: CoupledTlsParams): number {
  assertSlideFourRegime("first-order heat current", params);
  const xA = boltzmannFactor(params.betaA, params.omegaA);
  const xB = boltzmannFactor(params.betaB, params.omegaB);
  return (params.epsilon * params.omegaA * (xA - xB)) / ((1 + xA) * (1 + xB));
}

/**
 * The exact steady-state heat current of incoherent resonant coupling with
 * Γ_A = Γ_B = Γ (derived here, not printed on the slides; see symbolic.ts):
 *   J_A = Γεω(x_A − x_B) / (Γ(1 + x_A)(1 + x_B) + ε(2 + x_A + x_B)).
 * @throws DomainError outside incoherent coupling with Γ_A = Γ_B.
 */
export function heatCurrentAClosedForm(params: CoupledTlsParams): number {
  assertSlideFourRegime("exact incoherent heat current", params);
  const xA = boltzmannFactor(params.betaA, params.omegaA);
  const xB = boltzmannFactor(params.betaB, params.omegaB);
  const g = params.gammaA;
  const e = params.epsilon;
  return (g * e * params.omegaA * (xA - xB)) / (g * (1 + xA) * (1 + xB) + e * (2 + xA + xB));
}

/**
 * The classical rate generator of the populations p_s, s = 00, 01, 10, 11 (index 2n_A + n_B),
 * written by hand from the master equation printed on slide 4 (with Γ_A, Γ_B kept apart):
 * emission |1⟩→|0⟩ of mode ν at rate Γ_ν, absorption |0⟩→|1⟩ at rate Γ_ν e^{−β_νω_ν}, and the
 * stochastic hopping of slide 3, |10⟩ ↔ |01⟩ at rate ε in both directions (â†b̂ρb̂†â and
 * âb̂†ρb̂â†, with the loss term ½{n̂_A + n̂_B − 2n̂_An̂_B, ρ} acting on 01 and 10 only).
 * Returns W as rows W[to][from] with W[s][s] = −Σ_{s'≠s} W[s'][s], so dp/dt = W p.
 * Never built from the Liouvillian code (the claim coupled-tls/incoherent-autonomy compares them).
 * Source: 004_a34d5d2333a6057f.txt, slides 3–4. Units: energy (rates).
 * @throws DomainError for coherent coupling (its populations are not a closed chain).
 */
export function populationRateMatrix(params: CoupledTlsParams): number[][] {
  if (params.coupling !== "incoherent") {
    throw new DomainError("population rate matrix (slides 3–4)", "coupling = 'incoherent'", `coupling = '${params.coupling}'`);
  }
  const absorbA = params.gammaA * boltzmannFactor(params.betaA, params.omegaA);
  const absorbB = params.gammaB * boltzmannFactor(params.betaB, params.omegaB);
  const w = [0, 1, 2, 3].map(() => [0, 0, 0, 0]);
  const rate = (from: number, to: number, r: number) => {
    w[to][from] += r;
    w[from][from] -= r;
  };
  for (const nB of [0, 1]) {
    rate(2 + nB, nB, params.gammaA); // A emits: |1 n_B⟩ → |0 n_B⟩
    rate(nB, 2 + nB, absorbA); // A absorbs
  }
  for (const nA of [0, 1]) {
    rate(2 * nA + 1, 2 * nA, params.gammaB); // B emits: |n_A 1⟩ → |n_A 0⟩
    rate(2 * nA, 2 * nA + 1, absorbB); // B absorbs
  }
  rate(1, 2, params.epsilon); // |01⟩ → |10⟩ by â†b̂
  rate(2, 1, params.epsilon); // |10⟩ → |01⟩ by âb̂†
  return w;
}
