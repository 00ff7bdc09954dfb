import { multiplyComplex, subtractComplex, traceComplex } from "../../numerics/linalg/complex-matrix.js";
import type { Complex2x2 } from "../../numerics/linalg/complex2x2.js";
import type { ComplexMatrix } from "../../numerics/linalg/types.js";
import { bathFixedPointPopulations } from "./analytic-local.js";
import { bathRates } from "./analytic-rates.js";
import { gaussianStateFock } from "./gaussian-state-fock.js";
import { applyQuadraticGenerator, diagonalRates } from "./local-generators.js";
import type { TwoSiteChainBathsParams } from "./params.js";

/**
 * The bath generator L_α = Σ_j γ⁻_{α,j}D[d_j] + γ⁺_{α,j}D[d_j†] of eq. (57) on the Fock space
 * of the modes d_1, d_2, with the rates (58), and the Spohn entropy production of eq. (63).
 * Source: 003_3bda4ae6cebee785.txt, eqs. (57)–(59), (63).
 */

/** L_α of eq. (57) as the Λ^± pair of local-generators.ts: Λ⁺ = diag(γ⁺_{α,1}, γ⁺_{α,2}), Λ⁻ = diag(γ⁻_{α,1}, γ⁻_{α,2}) (energy). */
export function bathGenerator(alpha: "L" | "R", p: TwoSiteChainBathsParams): { plus: Complex2x2; minus: Complex2x2 } {
  const r1 = bathRates(alpha, 1, p);
  const r2 = bathRates(alpha, 2, p);
  return diagonalRates([r1.gain, r2.gain], [r1.loss, r2.loss]);
}

/** The Gaussian state with the diagonal correlation matrix diag(n_1, n_2), 0 < n_j < 1 (a product of the two modes). */
export function diagonalGaussianState(n1: number, n2: number): { rho: ComplexMatrix; logRho: ComplexMatrix } {
  return gaussianStateFock({ re: [[n1, 0], [0, n2]], im: [[0, 0], [0, 0]] });
}

/**
 * Tr[(ln r_α − ln ρ)·L_αρ] (energy) for the Gaussian state ρ with correlation matrix C (mode
 * basis), r_α the fixed point (59) of L_α — non-negative by Spohn's inequality (63).
 */
export function spohnProduction(alpha: "L" | "R", p: TwoSiteChainBathsParams, C: Complex2x2): number {
  const { plus, minus } = bathGenerator(alpha, p);
  const pops = bathFixedPointPopulations(alpha, p);
  const lnR = diagonalGaussianState(pops[0], pops[1]).logRho;
  const { rho, logRho } = gaussianStateFock(C);
  return traceComplex(multiplyComplex(subtractComplex(lnR, logRho), applyQuadraticGenerator(plus, minus, rho))).re;
}
