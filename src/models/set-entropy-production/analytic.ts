import type { EntropyObservables } from "./entropy-observables.js";

/**
 * The paper's formulas that combine the exact observables, each as printed and, where the
 * printed form fails, as corrected. Source: 001_06d9cbfd9396c60e.txt (equations cited per
 * function). Entropies in nats, energies in energy units.
 */

/** Right side of eq. (12): I_{S−B} + I_{L−R} + I_oL + I_oR + D*_env (corrected (10): no Σ_k). */
export function decompositionEq12(o: EntropyObservables): number {
  return o.mutualSB + o.mutualLR + o.intraL + o.intraR + o.localAthermality;
}

/**
 * Right side of eq. (12) with eq. (10) as printed, I_oν = Σ_k D[ρ_ν‖⊗_k ρ_νk] — the summand
 * does not depend on k, so the printed form is K_ν times the intrabath correlation.
 */
export function decompositionEq12WithPrintedEq10(o: EntropyObservables, KL: number, KR: number): number {
  return o.mutualSB + o.mutualLR + KL * o.intraL + KR * o.intraR + o.localAthermality;
}

/** Right side of eq. (23): I_{S−B} + Σ_ν I_oν + I_{L−R} + D*_env(t) − D*_env(0). */
export function decompositionEq23(o: EntropyObservables): number {
  return o.mutualSB + o.intraL + o.intraR + o.mutualLR + o.localAthermality - o.initialAthermality;
}

/** Identity at the end of Sec. IV A: Σ_ν D[ρ_ν‖π_ν] = Σ_ν I_oν + D*_env. Returns the right side. */
export function distanceIdentityRight(o: EntropyObservables): number {
  return o.intraL + o.intraR + o.localAthermality;
}

/**
 * Eq. (22) as printed: dQ_ν = Σ_k [C_νk,νk(t) − C_νk,νk(t + dt)(ε_νk − μ_ν)] (the bracket closes
 * after the energy factor), for occupations before/after a step dt.
 */
export function heatStepPrinted(before: ArrayLike<number>, after: ArrayLike<number>, levels: ArrayLike<number>, mu: number): number {
  let q = 0;
  for (let k = 0; k < levels.length; k++) q += before[k] - after[k] * (levels[k] - mu);
  return q;
}

/** Eq. (22) corrected: dQ_ν = Σ_k [C_νk,νk(t) − C_νk,νk(t + dt)](ε_νk − μ_ν) = −[dE_ν − μ_ν dN_ν], as eq. (4). */
export function heatStepCorrected(before: ArrayLike<number>, after: ArrayLike<number>, levels: ArrayLike<number>, mu: number): number {
  let q = 0;
  for (let k = 0; k < levels.length; k++) q += (before[k] - after[k]) * (levels[k] - mu);
  return q;
}

/**
 * Classical bound of the mutual information as printed below Fig. 5:
 * I_{X−Y} ≤ min{d_X, d_Y} ≡ I_cl^max (d the number of states).
 */
export function classicalBoundPrinted(dimensionX: number, dimensionY: number): number {
  return Math.min(dimensionX, dimensionY);
}

/**
 * Classical bound, corrected: I_cl^max = ln min{d_X, d_Y} (nats), d the number of states.
 * The text below Fig. 5 prints I_{X−Y} ≤ min{d_X, d_Y} (see {@link classicalBoundPrinted});
 * a mutual information is bounded by the smaller marginal entropy and an entropy by the
 * logarithm of the dimension, so the bound must be ln min{d_X, d_Y}:
 *   classical (Shannon): I(X;Y) ≤ min{H(X), H(Y)} ≤ ln min{d_X, d_Y}
 *     (Cover & Thomas, Elements of Information Theory, 2nd ed., Thm. 2.6.4 (H ≤ ln|𝒳|) and Sec. 2.4, I = H(X) − H(X|Y) with H(X|Y) ≥ 0);
 *   quantum: I(X:Y) ≤ 2 min{S(X), S(Y)} ≤ 2 ln min{d_X, d_Y} (Araki–Lieb inequality
 *     |S(X) − S(Y)| ≤ S(XY), and S ≤ ln d; Nielsen & Chuang, Quantum Computation and Quantum Information, Sec. 11.3.4 and Thm. 11.8),
 * which is the "I ≤ 2 I_cl^max" of the text (Source: 001_06d9cbfd9396c60e.txt, text below Fig. 5 and Fig. 6 caption).
 * For X = the dot (d = 2) this gives ln 2 and 2 ln 2 nats, matching Fig. 6's normalised I_{S−B} between 1 and 2.
 * The subsystems are fermionic modes, so d = 2^modes; the arguments are the numbers of modes
 * (log2 of the dimensions) to avoid overflow, and the result is min{modesX, modesY}·ln 2.
 * Inputs are trusted (inner formula; callers pass mode counts ≥ 1 or Infinity); does not throw.
 */
export function classicalBoundCorrected(modesX: number, modesY: number): number {
  return Math.min(modesX, modesY) * Math.LN2;
}
