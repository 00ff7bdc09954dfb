import type { RealMatrix, SymmetricEigen } from "./types.js";
import { arrowheadFactors, arrowheadSpectrum, secularGap, type ArrowheadFactors } from "./arrowhead-factors.js";
import type { ArrowheadEigenOptions, ArrowheadMatrix } from "./arrowhead-matrix.js";

export type { ArrowheadEigenOptions, ArrowheadMatrix } from "./arrowhead-matrix.js";

/**
 * Eigen-decomposition of a real symmetric arrowhead matrix in O(n²) operations:
 * A = V diag(values) Vᵀ, values ascending, orthonormal eigenvectors in the columns
 * of the n×n matrix V.
 *
 * Algorithm (see arrowhead-factors.ts): (1) deflation — couplings below tol·‖A‖ are
 * dropped (the diagonal entry is an eigenvalue, unit eigenvector), and runs of
 * (nearly) equal diagonal entries are rotated so that one combination
 * q = z_G/‖z_G‖ carries the whole coupling ‖z_G‖ while the rest decouple — the
 * exactly degenerate poles of two baths with identical level grids are the case this
 * exists for; (2) the secular equation λ − α − Σ ẑ²/(λ − d) = 0 is solved in each
 * interlacing interval with a safeguarded rational-model iteration in coordinates
 * shifted to the nearest pole (as LAPACK dlaed4); (3) the couplings are recomputed
 * from the computed eigenvalues (Löwner formula) and the eigenvectors are formed as
 * (1, ẑ_P/(λ_k − d_P)) normalised, which makes them orthogonal to working
 * precision; (4) the deflation rotations are undone.
 *
 * Accuracy (measured on degenerate, clustered, tiny-coupling and graded families,
 * n ≤ 600, scales 10⁻¹⁵⁰ … 10¹⁵⁰; properties/arrowhead.prop.test.ts,
 * bench/arrowhead.bench.ts): ‖AV − VΛ‖_max ≤ 16·ε·N and ‖VᵀV − I‖_max ≤ 25·ε
 * (N the norm bound), so every eigenvalue is within ≈ 16·ε·N of an exact one;
 * at the paper size n = 2001: 1.8e-15 and 5.4e-15.
 * Cost: ≈ 6 secular evaluations of O(m) per root (m non-deflated poles).
 *
 * Source: M. Gu & S. C. Eisenstat, "A divide-and-conquer algorithm for the symmetric
 * tridiagonal eigenproblem", SIAM J. Matrix Anal. Appl. 16, 172 (1995);
 * N. Jakovčević Stor, I. Slapničar, J. L. Barlow, "Accurate eigenvalue decomposition
 * of real symmetric arrowhead matrices and applications", Linear Algebra Appl. 464,
 * 62 (2015); LAPACK dlaed2/dlaed4.
 *
 * Throws ParameterError on non-finite entries, unequal lengths or a bad tolerance;
 * ConvergenceError if the secular iteration fails (not observed).
 * @example arrowheadEigen({ apex: 0, diagonal: Float64Array.of(0), border: Float64Array.of(1) }).values
 *   // Float64Array [-1, 1]
 */
export function arrowheadEigen(a: ArrowheadMatrix, options: ArrowheadEigenOptions = {}): SymmetricEigen {
  return eigenFromFactors(arrowheadFactors(a, options));
}

/**
 * Eigenvalues of a real symmetric arrowhead matrix, ascending, in O(n²) (no
 * eigenvectors; same algorithm, validation and errors as {@link arrowheadEigen}).
 * @example arrowheadEigenvalues({ apex: 1, diagonal: Float64Array.of(1, 1), border: Float64Array.of(0, 0) })
 *   // Float64Array [1, 1, 1]
 */
export function arrowheadEigenvalues(a: ArrowheadMatrix, options: ArrowheadEigenOptions = {}): Float64Array {
  return arrowheadSpectrum(a, options);
}

/** One eigenpair to be written as a column of V: its value and how to fill it. */
interface Column {
  readonly value: number;
  /** 0: reduced (secular) eigenvector; 1: cluster complement; 2: isolated bath mode. */
  readonly kind: 0 | 1 | 2;
  /** secular index k, cluster index P, or bath index j. */
  readonly index: number;
  /** For kind 1: position r of the Householder column inside the cluster. */
  readonly position: number;
}

/**
 * Assembles the dense eigenvector matrix from the factored form in O(n²).
 * Cluster complements are the columns i ≠ r of the Householder reflector
 * H = I − w wᵀ/(1 + |q_r|), w = q + sign(q_r) e_r, r = argmax |q_r|, which maps q
 * to −sign(q_r) e_r; its other columns are orthonormal and orthogonal to q.
 */
export function eigenFromFactors(f: ArrowheadFactors): SymmetricEigen {
  const n = f.size;
  const m = f.poles.length;
  const columns: Column[] = [];
  for (let k = 0; k <= m; k++) columns.push({ value: f.values[k], kind: 0, index: k, position: 0 });
  for (let p = 0; p < m; p++) {
    const start = f.clusterStart[p];
    const end = f.clusterStart[p + 1];
    if (end - start < 2) continue;
    const r = largestDirection(f, start, end);
    for (let i = start; i < end; i++) if (i !== r) columns.push({ value: f.poles[p], kind: 1, index: p, position: i });
  }
  for (const j of f.isolated) columns.push({ value: f.diagonal[j], kind: 2, index: j, position: 0 });
  columns.sort((x, y) => x.value - y.value);

  const data = new Float64Array(n * n);
  const householderRow = new Int32Array(m).fill(-1);
  for (let c = 0; c < n; c++) {
    const column = columns[c];
    if (column.kind === 0) {
      const k = column.index;
      const weight = f.apexWeights[k];
      data[c] = weight;
      for (let p = 0; p < m; p++) {
        const amplitude = (f.couplings[p] * weight) / secularGap(f, k, p);
        for (let i = f.clusterStart[p]; i < f.clusterStart[p + 1]; i++) {
          const j = f.members[i];
          data[(j + 1) * n + c] = f.directions[j] * amplitude;
        }
      }
    } else if (column.kind === 1) {
      const p = column.index;
      const start = f.clusterStart[p];
      const end = f.clusterStart[p + 1];
      if (householderRow[p] < 0) householderRow[p] = largestDirection(f, start, end);
      const r = householderRow[p];
      const qr = f.directions[f.members[r]];
      const sign = qr >= 0 ? 1 : -1;
      const denominator = 1 + Math.abs(qr);
      const wi = f.directions[f.members[column.position]];
      for (let i = start; i < end; i++) {
        const j = f.members[i];
        const wj = f.directions[j] + (i === r ? sign : 0);
        data[(j + 1) * n + c] = (i === column.position ? 1 : 0) - (wj * wi) / denominator;
      }
    } else {
      data[(column.index + 1) * n + c] = 1;
    }
  }
  const values = Float64Array.from(columns, (column) => column.value);
  const vectors: RealMatrix = { rows: n, cols: n, data };
  return { values, vectors };
}

/** Position (in members) of the largest |q_j| of a cluster. */
function largestDirection(f: ArrowheadFactors, start: number, end: number): number {
  let best = start;
  for (let i = start + 1; i < end; i++) {
    if (Math.abs(f.directions[f.members[i]]) > Math.abs(f.directions[f.members[best]])) best = i;
  }
  return best;
}
