/**
 * The model of the QLE's error used by the agreement claims: what the Markov step of eq. (7)
 * neglects (the energy dependence of the self-energy: level shift and band-edge tail of the
 * reservoir kernels) and how a finite grain enhances that tail toward its recurrence.
 * Source: 000_801d121c3abe0574.txt, text before eq. (7) ("an energy shift … absorbed into the
 * definition of ε_d", Markovian approximation). Units: energies; x dimensionless.
 */

/** Continuum level shift Λ(ε) = (Γ/π) ln((D + ε)/(D − ε)) of a flat band of half-width D. */
export function levelShift(epsilon: number, Gamma: number, D: number): number {
  return (Gamma / Math.PI) * Math.log((D + epsilon) / (D - epsilon));
}

/**
 * Markov constant c of the first-order QLE error, normalised discrepancy ≤ c·Γ/D: at ε_d = 0
 * the order claim qle-markov-order measures max|Δp|/max|p − f| = 0.32–0.34·Γ/D (coherent and
 * dephasing, D = 1…8); off the band centre the energy dependence of the level shift,
 * Λ′(ε) = 2Γ/(πD), tilts the Lorentzian 1/((ε−ε_d)² + Γ²) by a relative 2|ε−ε_d|·|ΔΛ|/((ε−ε_d)² + Γ²)
 * ≤ (4/π)·Γ/D: 0.34 + 4/π ≈ 1.61, rounded up to 2 for the O((Γ/D)²) remainder at Γ/D ≤ 0.5.
 */
export const MARKOV_CONSTANT = 2;

/**
 * Finite-size enhancement of the band-edge tail of a reservoir kernel at lag s: for a uniform
 * grid Σ_k v² e^{iε_k s} = (ΓΔE/π) sin(Ds)/sin(ΔE s/2) = [2Γ sin(Ds)/(πs)]·x/sin x, x = ΔE s/2
 * (< π before the recurrence 2π/ΔE). Returns x/sin x (1 at x = 0).
 */
export function recurrenceEnhancement(x: number): number {
  return Math.abs(x) < 1e-4 ? 1 + (x * x) / 6 : x / Math.sin(x);
}
