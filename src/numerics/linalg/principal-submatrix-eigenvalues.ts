import { ConvergenceError, ParameterError } from "../../core/errors.js";

/**
 * Eigenvalues of the (n−1)×(n−1) principal submatrix B of a Hermitian matrix
 * A = Q diag(c) Q† obtained by deleting one row and column i, from the spectrum c
 * of A and the weights w_j = |Q_ij|² alone (O(n²), no matrix needed).
 *
 * Theory (Cramer's rule): det(λ − B) = det(λ − A)·[(λ − A)⁻¹]_ii, so
 *   det(λ − B) = Π_j (λ − c_j) · Σ_j w_j/(λ − c_j).
 * Equal poles are merged into groups g (value c_g, multiplicity m_g, weight W_g = Σ w_j):
 * a group with W_g = 0 keeps all m_g copies of c_g as eigenvalues of B, a group with
 * W_g > 0 keeps m_g − 1 copies, and between consecutive groups with positive weight
 * lies exactly one root of the secular equation f(λ) = Σ_g W_g/(c_g − λ) = 0
 * (f increases from −∞ to +∞ on each such interval: interlacing). Total: n − 1 values.
 *
 * Root finder per interval: the Bunch–Nielsen–Sorensen "fixed weight" rational model
 * (ψ ≈ p + s/(c_i − λ), φ ≈ q + r/(c_{i+1} − λ) matched in value and slope; one quadratic
 * per step) in the variable τ = λ − c_origin measured from the nearer pole (chosen by the
 * sign of f at the midpoint), with the differences c_g − c_origin formed once, inside a
 * bisection bracket. Converges in ≈ 3–6 steps; each step O(G).
 * Reference: Bunch, Nielsen & Sorensen, Numer. Math. 31, 31 (1978); LAPACK dlaed4.
 *
 * Deflation: poles closer than `mergeTolerance` (default 4ε·max(1, max|c|)) are merged
 * (moves eigenvalues by at most that), weights below `weightTolerance` (default
 * 1e-32·Σw) are treated as 0 (moves the eigenvalue next to that pole by ≲ w/gap).
 *
 * Used for the bath block of the single-electron transistor: C(t) = U† diag(c) U has the
 * conserved spectrum c (eq. (20) diagonal of C(0)), and deleting the dot row/column
 * (weights |U_j0(t)|²) gives the spectrum of the bath block for I_{S−B} (eq. (8)).
 * Source: 001_06d9cbfd9396c60e.txt, eqs. (8), (19), (21).
 *
 * @param poles c_j (any order, finite)
 * @param weights w_j ≥ 0, same length, not all 0
 * @returns the n − 1 eigenvalues of B, ascending
 * @throws ParameterError for unequal lengths, length < 1, non-finite poles, negative or
 *   non-finite weights, all-zero weights; ConvergenceError if a root search stalls
 *   (not expected: the bracket halves at least every other step).
 * @example principalSubmatrixEigenvalues([0, 1], [0.5, 0.5]) // [0.5]
 */
export function principalSubmatrixEigenvalues(
  poles: ArrayLike<number>,
  weights: ArrayLike<number>,
  options: { readonly mergeTolerance?: number; readonly weightTolerance?: number } = {},
): Float64Array {
  const n = poles.length;
  if (!(n >= 1)) throw new ParameterError("poles.length", n, "at least 1");
  if (weights.length !== n) throw new ParameterError("weights.length", weights.length, `the number of poles (${n})`);
  let total = 0;
  let scale = 1;
  for (let j = 0; j < n; j++) {
    if (!Number.isFinite(poles[j])) throw new ParameterError(`poles[${j}]`, poles[j], "a finite number");
    if (!(weights[j] >= 0 && Number.isFinite(weights[j]))) throw new ParameterError(`weights[${j}]`, weights[j], "a finite number ≥ 0");
    total += weights[j];
    scale = Math.max(scale, Math.abs(poles[j]));
  }
  if (!(total > 0)) throw new ParameterError("weights", total, "a positive total weight");
  const merge = options.mergeTolerance ?? 4 * Number.EPSILON * scale;
  const tiny = (options.weightTolerance ?? 1e-32) * total;

  const order = Array.from({ length: n }, (_, j) => j).sort((a, b) => poles[a] - poles[b]);
  const groupValue: number[] = [];
  const groupWeight: number[] = [];
  const out: number[] = [];
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && poles[order[end]] - poles[order[end - 1]] <= merge) end++;
    let w = 0;
    let v = 0;
    for (let i = start; i < end; i++) {
      w += weights[order[i]];
      v += poles[order[i]];
    }
    const value = v / (end - start);
    if (w > tiny) {
      for (let i = start + 1; i < end; i++) out.push(value);
      groupValue.push(value);
      groupWeight.push(w);
    } else {
      for (let i = start; i < end; i++) out.push(value);
    }
    start = end;
  }
  const c = Float64Array.from(groupValue);
  const w = Float64Array.from(groupWeight);
  const delta = new Float64Array(c.length);
  for (let i = 0; i + 1 < c.length; i++) out.push(secularRoot(c, w, i, delta));
  return Float64Array.from(out).sort();
}

/** The root of Σ_g w_g/(c_g − λ) in (c_i, c_{i+1}). */
function secularRoot(c: Float64Array, w: Float64Array, i: number, delta: Float64Array): number {
  const g = c.length;
  const gap = c[i + 1] - c[i];
  // f at the midpoint decides the origin: f(mid) > 0 → root in the left half.
  let fm = 0;
  const mid = c[i] + gap / 2;
  for (let k = 0; k < g; k++) fm += w[k] / (c[k] - mid);
  const left = fm >= 0;
  const origin = left ? c[i] : c[i + 1];
  for (let k = 0; k < g; k++) delta[k] = c[k] - origin;
  // τ bracket: (0, gap/2] on the left, [−gap/2, 0) on the right.
  let lo = left ? 0 : -gap / 2;
  let hi = left ? gap / 2 : 0;
  if (fm === 0) return mid;
  let tau = left ? gap / 4 : -gap / 4;
  const di = delta[i];
  const dj = delta[i + 1];
  for (let iter = 0; iter < 200; iter++) {
    let psi = 0;
    let dpsi = 0;
    let phi = 0;
    let dphi = 0;
    for (let k = 0; k <= i; k++) {
      const r = 1 / (delta[k] - tau);
      psi += w[k] * r;
      dpsi += w[k] * r * r;
    }
    for (let k = i + 1; k < g; k++) {
      const r = 1 / (delta[k] - tau);
      phi += w[k] * r;
      dphi += w[k] * r * r;
    }
    const f = psi + phi;
    if (f === 0) return origin + tau;
    if (f < 0) lo = tau;
    else hi = tau;
    // Fixed-weight rational model matched in value and slope.
    const s = dpsi * (di - tau) * (di - tau);
    const r = dphi * (dj - tau) * (dj - tau);
    const P = psi - s / (di - tau) + phi - r / (dj - tau);
    const bq = P * (di + dj) + s + r;
    const cq = P * di * dj + s * dj + r * di;
    let next: number;
    if (Math.abs(P) * gap < 1e-300 + Number.EPSILON * (s + r)) {
      next = cq / bq;
    } else {
      const disc = Math.sqrt(Math.max(0, bq * bq - 4 * P * cq));
      const x1 = bq >= 0 ? (bq + disc) / (2 * P) : (2 * cq) / (bq - disc);
      const x2 = bq >= 0 ? (2 * cq) / (bq + disc) : (bq - disc) / (2 * P);
      next = x1 > lo && x1 < hi ? x1 : x2;
    }
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    const step = Math.abs(next - tau);
    tau = next;
    if (step <= 2 * Number.EPSILON * Math.abs(tau) || hi - lo <= 4 * Number.EPSILON * Math.abs(tau)) return origin + tau;
  }
  throw new ConvergenceError("secular root of the principal submatrix", hi - lo, 200);
}
