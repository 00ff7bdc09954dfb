import { integrate } from "../../numerics/quadrature/gauss-kronrod.js";
import type { TwoSiteChainBathsParams } from "./params.js";

/**
 * Integration over the reservoir band ω ∈ [−Ω, Ω], where every integrand of the
 * paper carries J_N(ω) ∝ √(1 − ω²/Ω²) (through J or φ_j).
 *
 * Algorithm: the substitution ω = −Ω cos θ, dω = Ω sin θ dθ, θ ∈ [0, π] (θ is the
 * wave number q of eq. (13) in the continuum) turns the square-root edges into smooth
 * sin θ factors; the adaptive Gauss–Kronrod rule then works on [0, π] with breakpoints
 * at the resonances E′_j ± k·Γ_j, at the Fermi edges µ_α ± k·T_α, and — for integrands
 * oscillating as e^{−iωt} — at ⌈Ωt/2⌉+1 uniform panels (at most 2π of phase per panel).
 * Tolerances: relative 1e-10, absolute 1e-13 unless given.
 */
export interface BandIntegralOptions {
  /** Frequencies (energy) where the integrand has sharp features. */
  readonly points?: readonly number[];
  /** Largest |t| of an e^{−iωt} factor in the integrand (1/energy). */
  readonly oscillationTime?: number;
  readonly relTol?: number;
  readonly absTol?: number;
}

/** The feature points of the model: resonances E′_j ± kΓ_j and Fermi edges µ_α ± kT_α (energy). */
export function featurePoints(p: TwoSiteChainBathsParams, resonances: readonly { center: number; width: number }[]): number[] {
  const pts: number[] = [];
  const multiples = [0, 0.5, 1, 2, 4, 8, 16, 32, 64];
  for (const r of resonances) for (const k of multiples) pts.push(r.center + k * r.width, r.center - k * r.width);
  for (const [mu, T] of [
    [p.muL, p.TL],
    [p.muR, p.TR],
  ]) {
    for (const k of [0, 1, 3, 10, 30]) pts.push(mu + k * T, mu - k * T);
  }
  return pts;
}

/**
 * ∫_{−Ω}^{Ω} f(ω) dω by Gauss–Kronrod in θ (ω = −Ω cos θ).
 * @throws ConvergenceError when the quadrature misses its tolerance.
 */
export function integrateOverBand(f: (omega: number) => number, Omega: number, options: BandIntegralOptions = {}): { value: number; errorEstimate: number } {
  const breakpoints = new Set<number>();
  for (const w of options.points ?? []) {
    if (w > -Omega && w < Omega) breakpoints.add(Math.acos(-w / Omega));
  }
  const tMax = Math.abs(options.oscillationTime ?? 0);
  const panels = Math.ceil((Omega * tMax) / 2) + 1;
  if (panels > 1) for (let i = 1; i < panels; i++) breakpoints.add((Math.PI * i) / panels);
  const bp = [...breakpoints].filter((x) => x > 0 && x < Math.PI).sort((a, b) => a - b);
  const r = integrate(
    (theta) => {
      const s = Math.sin(theta);
      return f(-Omega * Math.cos(theta)) * Omega * s;
    },
    0,
    Math.PI,
    {
      breakpoints: bp,
      relTol: options.relTol ?? 1e-10,
      absTol: options.absTol ?? 1e-13,
      maxSubdivisions: Math.max(2000, 4 * (bp.length + 1)),
    },
  );
  return { value: r.value, errorEstimate: r.errorEstimate };
}
