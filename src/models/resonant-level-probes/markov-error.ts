/**
 * The model of the QLE's error used by the agreement claims: what the Markov step of eq. (7)
 * neglects (the energy dependence of the self-energy: level shift and band-edge tail of the
 * reservoir kernels), the regime where its first-order estimate is asserted, and the measured constant.
 * Source: 000_801d121c3abe0574.txt, text before eq. (7) ("an energy shift … absorbed into the
 * definition of ε_d", Markovian approximation). Units: energies; ratios dimensionless.
 */

/**
 * Continuum level shift Λ(ε) = (Γ/π) ln((D + ε)/(D − ε)) of a flat band of half-width D: the real part
 * of the self-energy Σ_k v_k²/(ε − ε_k) for Γ(ε) = Γ on [−D, D], the "energy shift … absorbed into the
 * definition of ε_d". Source: 000_801d121c3abe0574.txt, text before eq. (7). Energies in, energy out;
 * requires |ε| < D (callers pass ε_d inside the band; no check in this inner kernel).
 */
export function levelShift(epsilon: number, Gamma: number, D: number): number {
  return (Gamma / Math.PI) * Math.log((D + epsilon) / (D - epsilon));
}

/** Largest total Γ/D at which the O(Γ/D) Markov error is asserted as a bound (where c was measured). */
export const MARKOV_REGIME_MAX = 0.15;

/** Typical Markov constant: max|Δp|/max|p − f| = 0.32–0.34·Γ/D at ε_d = 0, D = 1…8 (claim qle-markov-order). */
export const MARKOV_CONSTANT_TYPICAL = 0.33;

/**
 * Markov constant c of the first-order QLE error, max_{L,R}|p_QLE − p_exact| / max|p_exact − f| ≤ c·Γ/D,
 * asserted only for Γ/D ≤ MARKOV_REGIME_MAX = 0.15 and t ≤ 0.8 τ⁰_rec in the transport regime (resonance
 * inside the bias window). Measured, not derived: c = 0.32–0.34 at ε_d = 0 (qle-markov-order); over the
 * random transport-regime domain of qle-vs-exact-random (level shift absorbed, any probe, grid, β, |ε_d| ≤ 0.3)
 * the ratio/(Γ/D) has median 0.33, 90th percentile 0.43–0.46 and maximum 0.82 in 2400 samples at fast-check
 * seeds 5, 7, 11, 99, 2024 (disjoint from the verification seed; the largest values come from voltage probes
 * at early times). c = 1 sits 20 % above the largest value seen; every claim of the model that uses an
 * O(Γ/D) bound uses this one constant, so the allowed normalised discrepancy is ≤ 0.15.
 */
export const MARKOV_CONSTANT = 1;
