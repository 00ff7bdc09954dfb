import type { ComplexMatrix } from "../../numerics/linalg/types.js";

/**
 * Scalar summaries of population profiles and coherence blocks used by the claims of
 * resonant-level-probes: discrepancies, distances between distributions, energy
 * centroids of population changes and of off-diagonal weight. Plain array kernels.
 */

/** max_i |a_i − b_i| and its index. */
export function maxAbsDifference(a: ArrayLike<number>, b: ArrayLike<number>): { value: number; index: number } {
  let value = 0;
  let index = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i] - b[i]);
    if (d > value) {
      value = d;
      index = i;
    }
  }
  return { value, index };
}

/** L1 distance ΔE Σ_ε |p_L(ε) − p_R(ε)| between two distributions on a common grid (energy units). */
export function distributionDistance(a: ArrayLike<number>, b: ArrayLike<number>, spacing: number): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += Math.abs(a[i] - b[i]);
  return s * spacing;
}

/** Energy centroid Σ ε |p − f| / Σ |p − f| of a population change (energy units); NaN-free (0 if no change). */
export function changeCentroid(energies: ArrayLike<number>, p: ArrayLike<number>, f: ArrayLike<number>): number {
  let s = 0;
  let w = 0;
  for (let i = 0; i < energies.length; i++) {
    const d = Math.abs(p[i] - f[i]);
    s += d * energies[i];
    w += d;
  }
  return w === 0 ? 0 : s / w;
}

/** Off-diagonal weight profile w_l = Σ_{l′≠l} |ρ_{l,l′}|² of a square block. */
export function offDiagonalProfile(block: ComplexMatrix): Float64Array {
  const n = block.rows;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const k = i * n + j;
      s += block.re[k] * block.re[k] + block.im[k] * block.im[k];
    }
    out[i] = s;
  }
  return out;
}

/** Fraction of Σ_l w_l carried by the levels with energy in [lo, hi]. */
export function weightShare(energies: ArrayLike<number>, weights: ArrayLike<number>, lo: number, hi: number): number {
  let inside = 0;
  let total = 0;
  for (let i = 0; i < energies.length; i++) {
    total += weights[i];
    if (energies[i] >= lo && energies[i] <= hi) inside += weights[i];
  }
  return total === 0 ? 0 : inside / total;
}

/** Index of the level nearest to energy e in an ascending grid. */
export function nearestLevel(energies: ArrayLike<number>, e: number): number {
  let best = 0;
  for (let i = 1; i < energies.length; i++) if (Math.abs(energies[i] - e) < Math.abs(energies[best] - e)) best = i;
  return best;
}
