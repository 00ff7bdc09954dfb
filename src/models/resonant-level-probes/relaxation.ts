import type { ResonantLevelParams } from "./params.js";
import { levelSpacing, modelGrids } from "./params.js";
import { fermiOccupations } from "./initial-state.js";

/**
 * Relaxation toward the dephasing probe's two-step state (Fig. 3 and its inset): the distance
 * of the grains' populations to that state, and its quasi-steady (Markov) prediction.
 * Source: 000_801d121c3abe0574.txt, Fig. 3, text after (9) (QSS current density), Results.
 */

/**
 * Distance to the final two-step state, D(t) = ΔE Σ_{ν=L,R} Σ_k |p_ν(ε_k, t) − p_∞(ε_k)|,
 * p_∞ = (Γ_L f_L + Γ_R f_R)/(Γ_L + Γ_R) (the dephasing probe's f_G; with N_G ≫ N every energy
 * shell relaxes to it). Energy units.
 */
export function distanceToTwoStep(p: ResonantLevelParams, pL: ArrayLike<number>, pR: ArrayLike<number>): number {
  const g = modelGrids(p);
  const fL = fermiOccupations(g.L.energies, p.beta, p.muL);
  const fR = fermiOccupations(g.R.energies, p.beta, p.muR);
  let s = 0;
  for (let k = 0; k < fL.length; k++) {
    const inf = (p.GammaL * fL[k] + p.GammaR * fR[k]) / (p.GammaL + p.GammaR);
    s += Math.abs(pL[k] - inf) + Math.abs(pR[k] - inf);
  }
  return s * levelSpacing(p.D, p.N);
}

/**
 * Quasi-steady (Markov) prediction of D(t) for Γ_L = Γ_R = γ: every energy shell relaxes
 * exponentially, |p_ν − p_∞| ∝ e^{−k(ε)t}, k(ε) = 2ΔE γ(2γ + Γ_G)/(π[(ε − ε_d)² + Γ²]),
 * from dp_L/dt = ΔE·(2Γ_L/π)[Γ_R(p_R − p_L) + Γ_G(f_G − p_L)]/((ε−ε_d)² + Γ²) (the QSS current
 * density of the text after (9), per level) with p_L + p_R = 2f_G conserved.
 */
export function qssDistance(p: ResonantLevelParams, t: number): number {
  const g = modelGrids(p);
  const dE = levelSpacing(p.D, p.N);
  const gamma = p.GammaL;
  const G = p.GammaL + p.GammaR + p.GammaG;
  const fL = fermiOccupations(g.L.energies, p.beta, p.muL);
  const fR = fermiOccupations(g.R.energies, p.beta, p.muR);
  let s = 0;
  for (let k = 0; k < fL.length; k++) {
    const e = g.L.energies[k] - p.epsilonD;
    const rate = (2 * dE * gamma * (2 * gamma + p.GammaG)) / (Math.PI * (e * e + G * G));
    s += Math.abs(fL[k] - fR[k]) * Math.exp(-rate * t);
  }
  return s * dE;
}

