import { ConvergenceError, ParameterError } from "../../core/errors.js";
import type { ArrowheadEigenOptions, ArrowheadMatrix } from "./arrowhead-matrix.js";
import { deflateArrowhead } from "./arrowhead-deflation.js";
import { solveArrowheadSecular } from "./arrowhead-secular.js";

/**
 * The eigen-decomposition of an arrowhead matrix A = [[α, zᵀ], [z, diag(d)]] in
 * factored form, O(n) numbers instead of n² (original units):
 *
 * - isolated bath indices j (|z_j| ≤ tol): eigenvalue d_j, eigenvector e_{j+1};
 * - clusters P of (nearly) degenerate bath entries with pole d_P and unit direction
 *   q (q_j for j in P): the g_P − 1 vectors of the cluster orthogonal to q are
 *   eigenvectors with eigenvalue d_P;
 * - the m+1 eigenpairs of the reduced arrowhead [[α, ẑᵀ], [ẑ, diag(d_P)]]:
 *   λ_k, and the eigenvector with apex component a_k = V_0k > 0 and bath
 *   components V_{j+1,k} = q_j ẑ_P a_k/(λ_k − d_P) for j in cluster P.
 *
 * ẑ are the couplings recomputed from the computed eigenvalues (Löwner formula),
 * so the reduced eigenvectors are exact eigenvectors of a nearby arrowhead and
 * numerically orthogonal (Gu & Eisenstat 1995, §3). Differences λ_k − d_P must be
 * formed as offsets[k] − (poles[P] − poles[origins[k]]) (see {@link secularGap}).
 */
export interface ArrowheadFactors {
  /** n = 1 + number of bath entries. */
  readonly size: number;
  /** The scale (power of two ≥ ‖A‖₂ bound) used internally. */
  readonly scale: number;
  /** Absolute deflation tolerance (original units): couplings and pole splittings below it were dropped. */
  readonly deflationTolerance: number;
  /** Reduced poles d_P, strictly ascending (length m). */
  readonly poles: Float64Array;
  /** Löwner couplings ẑ_P > 0 of the reduced arrowhead (length m). */
  readonly couplings: Float64Array;
  /** Reduced eigenvalues λ_k ascending (length m+1). */
  readonly values: Float64Array;
  /** Nearest pole of λ_k, −1 when m = 0 (length m+1). */
  readonly origins: Int32Array;
  /** λ_k − d_{origins[k]} (λ_k itself when m = 0). */
  readonly offsets: Float64Array;
  /** a_k = V_0k > 0 (length m+1). */
  readonly apexWeights: Float64Array;
  /** Cluster P holds bath indices members[clusterStart[P] … clusterStart[P+1]−1]. */
  readonly clusterStart: Int32Array;
  readonly members: Int32Array;
  /** q_j for bath index j (0 when isolated). */
  readonly directions: Float64Array;
  /** Cluster of bath index j, −1 when isolated. */
  readonly clusterOf: Int32Array;
  /** Isolated bath indices. */
  readonly isolated: Int32Array;
  /** The bath diagonal d_j (original units, as given). */
  readonly diagonal: Float64Array;
}

/** Default relative deflation tolerance, 8ε as in LAPACK dlaed2. */
export const ARROWHEAD_DEFLATION_TOLERANCE = 8 * Number.EPSILON;

/**
 * Validates an arrowhead matrix and its options. Throws ParameterError naming the
 * field: lengths must agree, entries must be finite, the tolerance must lie in [0, 1e-3].
 */
export function validateArrowhead(a: ArrowheadMatrix, options: ArrowheadEigenOptions = {}): number {
  if (!Number.isFinite(a.apex)) throw new ParameterError("apex", a.apex, "a finite number");
  if (!(a.diagonal instanceof Float64Array)) throw new ParameterError("diagonal", typeof a.diagonal, "a Float64Array");
  if (!(a.border instanceof Float64Array)) throw new ParameterError("border", typeof a.border, "a Float64Array");
  if (a.border.length !== a.diagonal.length) {
    throw new ParameterError("border.length", a.border.length, `the length of diagonal (${a.diagonal.length})`);
  }
  for (let j = 0; j < a.diagonal.length; j++) {
    if (!Number.isFinite(a.diagonal[j])) throw new ParameterError(`diagonal[${j}]`, a.diagonal[j], "a finite number");
    if (!Number.isFinite(a.border[j])) throw new ParameterError(`border[${j}]`, a.border[j], "a finite number");
  }
  const tolerance = options.deflationTolerance ?? ARROWHEAD_DEFLATION_TOLERANCE;
  if (!(Number.isFinite(tolerance) && tolerance >= 0 && tolerance <= 1e-3)) {
    throw new ParameterError("deflationTolerance", tolerance, "a number in [0, 1e-3] (relative to ‖A‖)");
  }
  return tolerance;
}

/** λ_k − d_P to full relative accuracy, from the shifted representation. */
export function secularGap(f: ArrowheadFactors, k: number, pole: number): number {
  return f.offsets[k] - (f.poles[pole] - f.poles[f.origins[k]]);
}

/**
 * Computes the factored eigen-decomposition of a real symmetric arrowhead matrix in
 * O(n²) time and O(n) memory: deflation (arrowhead-deflation.ts), the secular
 * equation in shifted coordinates (arrowhead-secular.ts), then the Löwner couplings
 *   ẑ_P² = (d_P − λ_P)(λ_m − d_P) Π_{i≠P} (λ_i − d_P)/(d_i − d_P)
 * (the characteristic polynomial Π(λ − λ_k) evaluated at the poles; each factor a
 * ratio near 1 so the product neither overflows nor underflows) and the apex weights
 * a_k = (1 + Σ_P ẑ_P²/(λ_k − d_P)²)^{−1/2}.
 *
 * Source: Gu & Eisenstat, SIAM J. Matrix Anal. Appl. 16, 172 (1995), eq. (3.6)
 * and Theorem 3.1; Jakovčević Stor, Slapničar, Barlow, Linear Algebra Appl. 464,
 * 62 (2015), §3 (arrowhead form). Throws ParameterError on bad input,
 * ConvergenceError if the secular solver fails or the Löwner product is not finite.
 */
export function arrowheadFactors(a: ArrowheadMatrix, options: ArrowheadEigenOptions = {}): ArrowheadFactors {
  const relativeTolerance = validateArrowhead(a, options);
  const deflated = deflateArrowhead(a, relativeTolerance);
  const { scale, poles, couplings } = deflated;
  const m = poles.length;

  let origins: Int32Array;
  let offsets: Float64Array;
  const loewner = new Float64Array(m);
  const apexWeights = new Float64Array(m + 1);
  if (m === 0) {
    origins = Int32Array.of(-1);
    offsets = Float64Array.of(deflated.apex);
    apexWeights[0] = 1;
  } else {
    const roots = solveArrowheadSecular(deflated.apex, poles, couplings);
    origins = roots.origins;
    offsets = roots.offsets;
    const gap = (k: number, p: number): number => offsets[k] - (poles[p] - poles[origins[k]]);
    for (let p = 0; p < m; p++) {
      let product = -gap(p, p) * gap(m, p);
      for (let i = 0; i < m; i++) {
        if (i !== p) product *= gap(i, p) / (poles[i] - poles[p]);
      }
      if (!(Number.isFinite(product) && product > 0)) {
        throw new ConvergenceError("arrowhead Löwner couplings", Number.isFinite(product) ? Math.abs(product) : Infinity, m + 1, `pole ${p}: ẑ² = ${product}`);
      }
      loewner[p] = Math.sqrt(product);
    }
    for (let k = 0; k <= m; k++) {
      // Normalise (1, ẑ_P/(λ_k − d_P)) with scaling against overflow.
      let big = 1;
      for (let p = 0; p < m; p++) big = Math.max(big, Math.abs(loewner[p] / gap(k, p)));
      let sum = 1 / (big * big);
      for (let p = 0; p < m; p++) {
        const c = loewner[p] / gap(k, p) / big;
        sum += c * c;
      }
      apexWeights[k] = 1 / (big * Math.sqrt(sum));
    }
  }

  const values = new Float64Array(m + 1);
  for (let k = 0; k <= m; k++) values[k] = (m === 0 ? offsets[k] : poles[origins[k]] + offsets[k]) * scale;
  const scaledOffsets = offsets.map((x) => x * scale);
  return {
    size: a.diagonal.length + 1,
    scale,
    deflationTolerance: relativeTolerance * scale,
    poles: poles.map((d) => d * scale),
    couplings: loewner.map((z) => z * scale),
    values,
    origins,
    offsets: scaledOffsets,
    apexWeights,
    clusterStart: deflated.clusterStart,
    members: deflated.members,
    directions: deflated.directions,
    clusterOf: deflated.clusterOf,
    isolated: deflated.isolated,
    diagonal: Float64Array.from(a.diagonal),
  };
}

/**
 * The secular eigenvalues only (no Löwner couplings or weights), in original units,
 * with the deflation: used by arrowheadEigenvalues. Same validation and errors as
 * {@link arrowheadFactors}.
 */
export function arrowheadSpectrum(a: ArrowheadMatrix, options: ArrowheadEigenOptions = {}): Float64Array {
  const relativeTolerance = validateArrowhead(a, options);
  const deflated = deflateArrowhead(a, relativeTolerance);
  const { scale, poles, couplings, clusterStart, isolated, diagonal } = deflated;
  const m = poles.length;
  const all: number[] = [];
  if (m === 0) {
    all.push(deflated.apex * scale);
  } else {
    const roots = solveArrowheadSecular(deflated.apex, poles, couplings);
    for (let k = 0; k <= m; k++) all.push((poles[roots.origins[k]] + roots.offsets[k]) * scale);
  }
  for (let p = 0; p < m; p++) {
    for (let r = clusterStart[p] + 1; r < clusterStart[p + 1]; r++) all.push(poles[p] * scale);
  }
  for (const j of isolated) all.push(diagonal[j] * scale);
  const values = Float64Array.from(all);
  values.sort();
  return values;
}
