import type { ArrowheadMatrix } from "./arrowhead-matrix.js";

/**
 * The deflated form of a real symmetric arrowhead matrix
 * A = [[α, zᵀ], [z, diag(d)]] (index 0 is the apex), in scaled units
 * (every entry divided by `scale`, a power of two, so the scaling is exact).
 *
 * The bath indices j = 0 … M−1 (row/column j+1 of A) fall into two kinds:
 * - isolated: |z_j| ≤ tol — the coupling is dropped and d_j is an eigenvalue
 *   with eigenvector e_{j+1};
 * - clusters P = 0 … m−1 of (nearly) degenerate entries, |d_j − d_first| ≤ tol,
 *   sorted by their pole d_P = d_first (strictly ascending, consecutive poles more
 *   than tol apart). Inside a cluster the unit vector q = z_G/‖z_G‖ is the only
 *   combination coupled to the apex, with coupling τ_P = ‖z_G‖ > 0; its orthogonal
 *   complement (g−1 vectors) is decoupled with eigenvalue d_P.
 * Both steps change A by at most tol in norm (Weyl: eigenvalues move by ≤ tol).
 * What is left is the reduced arrowhead [[α, τᵀ], [τ, diag(d_P)]] with distinct
 * poles and non-negligible couplings, whose eigenvalues strictly interlace the poles.
 */
export interface ArrowheadDeflation {
  /** Power of two ≥ max(|α|, max|d_j|) + ‖z‖₂ ≥ ‖A‖₂; 1 for the zero matrix. */
  readonly scale: number;
  /** Absolute deflation tolerance in scaled units. */
  readonly tolerance: number;
  /** α / scale. */
  readonly apex: number;
  /** d_P / scale, strictly ascending, length m. */
  readonly poles: Float64Array;
  /** τ_P / scale = ‖z_G‖ / scale > 0, length m. */
  readonly couplings: Float64Array;
  /** Cluster P holds members[clusterStart[P] … clusterStart[P+1]−1] (bath indices); length m+1. */
  readonly clusterStart: Int32Array;
  readonly members: Int32Array;
  /** q_j = z_j/τ_P for a bath index j in cluster P; 0 for isolated indices. Length M. */
  readonly directions: Float64Array;
  /** Cluster of each bath index, −1 when isolated. Length M. */
  readonly clusterOf: Int32Array;
  /** Bath indices whose coupling was dropped, ascending in d. */
  readonly isolated: Int32Array;
  /** d_j / scale for every bath index (the original diagonal, scaled). */
  readonly diagonal: Float64Array;
}

/**
 * Deflates an arrowhead matrix (kernel: trusts its input to be finite with equal
 * lengths; `relativeTolerance` is relative to the norm bound, e.g. 8·ε as in
 * LAPACK dlaed2).
 *
 * Algorithm: scale by a power of two; sort the diagonal; drop couplings with
 * |z_j| ≤ tol (LAPACK dlaed2's first test); group the remaining entries into runs
 * with d_j − d_first ≤ tol and replace each run by its coupled combination
 * (Householder form of dlaed2's Givens merges, Gu & Eisenstat, SIAM J. Matrix
 * Anal. Appl. 16, 172 (1995), §4). Exactly degenerate poles — two baths on the
 * same grid — always deflate this way.
 */
export function deflateArrowhead(a: ArrowheadMatrix, relativeTolerance: number): ArrowheadDeflation {
  const size = a.diagonal.length;
  let maxDiagonal = Math.abs(a.apex);
  let maxBorder = 0;
  for (let j = 0; j < size; j++) {
    maxDiagonal = Math.max(maxDiagonal, Math.abs(a.diagonal[j]));
    maxBorder = Math.max(maxBorder, Math.abs(a.border[j]));
  }
  let borderNorm = 0;
  if (maxBorder > 0) {
    let sum = 0;
    for (let j = 0; j < size; j++) {
      const r = a.border[j] / maxBorder;
      sum += r * r;
    }
    borderNorm = maxBorder * Math.sqrt(sum);
  }
  const bound = maxDiagonal + borderNorm;
  const scale = bound > 0 ? powerOfTwoAtLeast(bound) : 1;
  const tolerance = relativeTolerance;

  const apex = a.apex / scale;
  const diagonal = new Float64Array(size);
  const border = new Float64Array(size);
  for (let j = 0; j < size; j++) {
    diagonal[j] = a.diagonal[j] / scale;
    border[j] = a.border[j] / scale;
  }

  const order = Array.from({ length: size }, (_, j) => j);
  order.sort((i, j) => diagonal[i] - diagonal[j] || i - j);

  const isolated: number[] = [];
  const coupled: number[] = [];
  for (const j of order) {
    if (Math.abs(border[j]) <= tolerance) isolated.push(j);
    else coupled.push(j);
  }

  const poles: number[] = [];
  const couplings: number[] = [];
  const clusterStart: number[] = [0];
  const members = new Int32Array(coupled.length);
  const directions = new Float64Array(size);
  const clusterOf = new Int32Array(size).fill(-1);
  let position = 0;
  while (position < coupled.length) {
    const first = position;
    const pole = diagonal[coupled[first]];
    let maxAbs = 0;
    while (position < coupled.length && diagonal[coupled[position]] - pole <= tolerance) {
      maxAbs = Math.max(maxAbs, Math.abs(border[coupled[position]]));
      position++;
    }
    let sum = 0;
    for (let p = first; p < position; p++) {
      const r = border[coupled[p]] / maxAbs;
      sum += r * r;
    }
    const tau = maxAbs * Math.sqrt(sum);
    const cluster = poles.length;
    for (let p = first; p < position; p++) {
      const j = coupled[p];
      members[p] = j;
      directions[j] = border[j] / tau;
      clusterOf[j] = cluster;
    }
    poles.push(pole);
    couplings.push(tau);
    clusterStart.push(position);
  }

  return {
    scale,
    tolerance,
    apex,
    poles: Float64Array.from(poles),
    couplings: Float64Array.from(couplings),
    clusterStart: Int32Array.from(clusterStart),
    members,
    directions,
    clusterOf,
    isolated: Int32Array.from(isolated),
    diagonal,
  };
}

/** Smallest power of two ≥ x for finite x > 0 (clamped to the normal range). */
function powerOfTwoAtLeast(x: number): number {
  let exponent = Math.ceil(Math.log2(x));
  if (2 ** exponent < x) exponent++;
  exponent = Math.min(1023, Math.max(-1022, exponent));
  return 2 ** exponent;
}
