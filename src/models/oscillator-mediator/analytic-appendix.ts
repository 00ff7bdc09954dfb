import { ParameterError } from "../../core/errors.js";
import type { PropagatorRoots } from "./analytic.js";

/**
 * Closed forms of the Appendix (second coupling scenario: mediator first equilibrated with
 * bath 1): the phase shift (44), the eigenvectors (A102) of mediator + bath 1, and the lattice
 * sums (A107)–(A108) with their printed values (A110)–(A111).
 * Source: 002_1f8d4f9374398bb6.txt, eq. (44) and Appendix, eqs. (A102), (A107), (A108), (A110), (A111).
 * Units ħ = k_B = m = 1 (all bath masses 1: mass-weighted coordinates).
 *
 * Conversion damage, unambiguous from (A108): (A111) prints "f_n/(μ² + ν²)" for g_n/(μ_n² + ν²).
 */

/**
 * φ(ν) of (44), ν_k = ω_k − (Δ/π)φ(ω_k), from an eigenfrequency ν of mediator + bath 1:
 * φ = π(ω_k − ν)/Δ with ω_k = kΔ the bath frequency just above ν, so φ ∈ (0, π] (the
 * eigenfrequencies interlace the bath frequencies). Every use below is invariant under φ → φ ± π.
 * @throws ParameterError for ν ≤ 0 or Δ ≤ 0.
 */
export function phaseShift(nu: number, spacing: number): number {
  if (!(nu > 0 && Number.isFinite(nu))) throw new ParameterError("nu", nu, "a finite frequency > 0");
  if (!(spacing > 0 && Number.isFinite(spacing))) throw new ParameterError("spacing", spacing, "a finite number > 0");
  const k = Math.ceil(nu / spacing);
  return (Math.PI * (k * spacing - nu)) / spacing;
}

/**
 * Eigenvector component (A102): e_i^k = √[(D² + ν_k²)/(D² + ω_i²)] · 2Δω_i sin φ(ν_k)/[π(ω_i² − ν_k²)],
 * the weight of bath mode i (frequency ω_i) in the normal mode of frequency ν_k of mediator + bath 1.
 * Dimensionless.
 */
export function eigenvectorComponentA102(nu: number, phi: number, omegaI: number, D: number, spacing: number): number {
  return Math.sqrt((D * D + nu * nu) / (D * D + omegaI * omegaI)) * ((2 * spacing * omegaI * Math.sin(phi)) / (Math.PI * (omegaI * omegaI - nu * nu)));
}

/** Real form of the roots: μ_n = a_n + i b_n, g_n = x_n + i y_n. */
interface RealRoots {
  readonly a: Float64Array;
  readonly b: Float64Array;
  readonly x: Float64Array;
  readonly y: Float64Array;
}

function realRoots(roots: PropagatorRoots): RealRoots {
  return {
    a: Float64Array.from(roots.mu, (m) => m.re),
    b: Float64Array.from(roots.mu, (m) => m.im),
    x: Float64Array.from(roots.g, (g) => g.re),
    y: Float64Array.from(roots.g, (g) => g.im),
  };
}

/**
 * The lattice sums (A107) and (A108) at frequency ν and time t, summed directly over
 * ω_i = iΔ, i = 1 … terms:
 *   F1 = Σ_i Δω_i² cos(ω_i t)/[(D² + ω_i²)(ω_i² − ν²)],
 *   F2 = Σ_{n,i} g_nΔω_i[μ_n sin(ω_i t) − ω_i cos(ω_i t)]/[(μ_n² + ω_i²)(D² + ω_i²)(ω_i² − ν²)] (real part;
 * the imaginary parts cancel between the conjugate roots).
 * Truncation: the F1 tail beyond ω_M = terms·Δ is O(1/(ω_M² Δt)), the F2 tail O(Δ/ω_M⁴).
 * Real arithmetic in the loop (no complex objects).
 */
export function latticeSumsA107A108(nu: number, t: number, D: number, spacing: number, roots: PropagatorRoots, terms: number): { F1: number; F2: number } {
  const r = realRoots(roots);
  const nu2 = nu * nu;
  const D2 = D * D;
  let F1 = 0;
  let F2 = 0;
  for (let i = 1; i <= terms; i++) {
    const w = i * spacing;
    const w2 = w * w;
    const c = Math.cos(w * t);
    const s = Math.sin(w * t);
    const den = (D2 + w2) * (w2 - nu2);
    F1 += (spacing * w2 * c) / den;
    let sum = 0;
    for (let n = 0; n < 3; n++) {
      // g(μ s − ω c)/(μ² + ω²), μ = a + ib, g = x + iy: real part
      const a = r.a[n];
      const b = r.b[n];
      const nr = a * s - w * c; // numerator μs − ωc: real part nr, imaginary part b·s
      const ni = b * s;
      const dr = a * a - b * b + w2; // μ² + ω²
      const di = 2 * a * b;
      const mag = dr * dr + di * di;
      const qr = (nr * dr + ni * di) / mag; // (nr + i ni)/(dr + i di)
      const qi = (ni * dr - nr * di) / mag;
      sum += r.x[n] * qr - r.y[n] * qi;
    }
    F2 += (spacing * w * sum) / den;
  }
  return { F1, F2 };
}

/**
 * The printed values (A110)–(A111) of the lattice sums, "disregarding all contributions that are
 * exponentially decaying in time":
 *   F1 = (π/2)·ν/(D² + ν²)·cos(νt + φ)/sin φ,
 *   F2 = (π/2)/(D² + ν²)·Σ_n g_n/(μ_n² + ν²)·[μ_n sin(νt + φ) − ν cos(νt + φ)]/sin φ  (real part),
 * with φ = φ(ν) of (44). Valid for 0 < t < 2π/Δ after the decay of e^{−Dt}, e^{−μ_n t}.
 */
export function closedFormsA110A111(nu: number, phi: number, t: number, D: number, roots: PropagatorRoots): { F1: number; F2: number } {
  const r = realRoots(roots);
  const cosine = Math.cos(nu * t + phi) / Math.sin(phi);
  const sine = Math.sin(nu * t + phi) / Math.sin(phi);
  const scale = Math.PI / 2 / (D * D + nu * nu);
  let sum = 0;
  for (let n = 0; n < 3; n++) {
    const a = r.a[n];
    const b = r.b[n];
    // g/(μ² + ν²) · (μ·sine − ν·cosine)
    const nr = a * sine - nu * cosine;
    const ni = b * sine;
    const dr = a * a - b * b + nu * nu;
    const di = 2 * a * b;
    const mag = dr * dr + di * di;
    const qr = (nr * dr + ni * di) / mag;
    const qi = (ni * dr - nr * di) / mag;
    sum += r.x[n] * qr - r.y[n] * qi;
  }
  return { F1: scale * nu * cosine, F2: scale * sum };
}
