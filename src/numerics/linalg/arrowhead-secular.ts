import { ConvergenceError } from "../../core/errors.js";

/**
 * The eigenvalues of a reduced arrowhead matrix [[α, τᵀ], [τ, diag(d)]] with
 * strictly ascending poles d_0 < … < d_{m−1} and non-zero couplings, stored in
 * shifted coordinates: λ_k = d_{origin[k]} + offset[k], with origin the pole
 * nearest to λ_k. Differences λ_k − d_P are then formed as
 * offset[k] − (d_P − d_{origin[k]}) to full relative accuracy, which is what the
 * Gu–Eisenstat eigenvectors need.
 */
export interface SecularRoots {
  /** Pole index used as origin for each root (length m+1). */
  readonly origins: Int32Array;
  /** λ_k − d_{origin[k]} (length m+1). */
  readonly offsets: Float64Array;
  /** Total number of secular-function evaluations. */
  readonly evaluations: number;
}

const EPS = Number.EPSILON;
const MAX_ITERATIONS = 200;

/**
 * Solves the arrowhead secular equation
 *   f(λ) = λ − α − Σ_i τ_i²/(λ − d_i) = 0
 * (kernel: m ≥ 1, poles strictly ascending, all τ_i ≠ 0, entries of order ≤ 1).
 * f is increasing and runs from −∞ to +∞ on each of the m+1 intervals
 * (−∞, d_0), (d_0, d_1), …, (d_{m−1}, ∞), so each holds exactly one root; the outer
 * intervals are closed by Weyl's bound |λ − diag| ≤ ‖τ‖₂.
 *
 * Per root: the origin is the nearer end of the interval (sign of f at the midpoint,
 * as in LAPACK dlaed4), and λ = d_origin + x is sought in the offset x. Each step
 * fits the model C + s/(δ_L − x) + S/(δ_R − x) to the value and slope of f at the
 * current x (the "middle way" of R.-C. Li, LAPACK Working Note 89, 1994, used in
 * dlaed4), with the linear term λ kept exact in the outer intervals and folded into
 * the right pole's weight inside; the model's root is accepted when it lies inside
 * the current bracket, otherwise the bracket is bisected. Stops when |f| is below
 * its rounding-error bound (dlaed4's criterion) or the bracket has shrunk to a few
 * ulps of x.
 *
 * Source: Gu & Eisenstat, SIAM J. Matrix Anal. Appl. 16, 172 (1995);
 * Jakovčević Stor, Slapničar, Barlow, Linear Algebra Appl. 464, 62 (2015).
 * Throws ConvergenceError when a root is not found in 200 steps (not observed).
 */
export function solveArrowheadSecular(apex: number, poles: Float64Array, couplings: Float64Array): SecularRoots {
  const m = poles.length;
  const weights = new Float64Array(m);
  let weightSum = 0;
  for (let i = 0; i < m; i++) {
    weights[i] = couplings[i] * couplings[i];
    weightSum += weights[i];
  }
  const radius = Math.sqrt(weightSum) * (1 + 8 * EPS) + 8 * EPS * (Math.abs(apex) + Math.abs(poles[0]) + Math.abs(poles[m - 1]));
  const lower = Math.min(apex, poles[0]) - radius;
  const upper = Math.max(apex, poles[m - 1]) + radius;

  const origins = new Int32Array(m + 1);
  const offsets = new Float64Array(m + 1);
  const delta = new Float64Array(m);
  let evaluations = 0;

  for (let k = 0; k <= m; k++) {
    const left = k - 1; // pole index bounding the interval on the left (−1: none)
    const right = k; // pole index bounding it on the right (m: none)
    let origin: number;
    let lo: number;
    let hi: number;
    if (k === 0) {
      origin = 0;
      lo = lower - poles[0];
      hi = 0;
    } else if (k === m) {
      origin = m - 1;
      lo = 0;
      hi = upper - poles[m - 1];
    } else {
      const half = (poles[right] - poles[left]) / 2;
      for (let i = 0; i < m; i++) delta[i] = poles[i] - poles[left];
      const atMiddle = evaluate(poles[left] - apex, half, delta, weights, left, right);
      evaluations++;
      if (atMiddle.value > 0) {
        origin = left;
        lo = 0;
        hi = half;
      } else {
        origin = right;
        lo = -half;
        hi = 0;
      }
    }
    for (let i = 0; i < m; i++) delta[i] = poles[i] - poles[origin];
    const shift = poles[origin] - apex;

    let x = 0.5 * (lo + hi);
    let converged = false;
    for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      const e = evaluate(shift, x, delta, weights, left, right);
      evaluations++;
      const f = e.value;
      if (Math.abs(f) <= e.error || f === 0) {
        converged = true;
        break;
      }
      if (f < 0) lo = x;
      else hi = x;
      if (hi - lo <= 4 * EPS * Math.max(Math.abs(lo), Math.abs(hi))) {
        converged = true;
        break;
      }
      let next = modelStep(x, e, delta, left, right, m);
      if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
      if (next === x) {
        converged = true;
        break;
      }
      x = next;
    }
    if (!converged) {
      throw new ConvergenceError("arrowhead secular equation", hi - lo, evaluations, `root ${k} of ${m + 1}, bracket [${lo}, ${hi}] around pole ${origin}`);
    }
    origins[k] = origin;
    offsets[k] = x;
  }
  return { origins, offsets, evaluations };
}

/** Value, slopes and rounding-error bound of f at λ = d_origin + x. */
interface Evaluation {
  readonly value: number;
  /** Σ_{i ≤ left} τ_i²/(δ_i − x)² (slope of the left poles' part). */
  readonly slopeLeft: number;
  /** Σ_{i ≥ right} τ_i²/(δ_i − x)² (slope of the right poles' part). */
  readonly slopeRight: number;
  readonly error: number;
}

function evaluate(shift: number, x: number, delta: Float64Array, weights: Float64Array, left: number, right: number): Evaluation {
  let psi = 0;
  let slopeLeft = 0;
  for (let i = 0; i <= left; i++) {
    const r = 1 / (delta[i] - x);
    const term = weights[i] * r;
    psi += term;
    slopeLeft += term * r;
  }
  let phi = 0;
  let slopeRight = 0;
  for (let i = right; i < delta.length; i++) {
    const r = 1 / (delta[i] - x);
    const term = weights[i] * r;
    phi += term;
    slopeRight += term * r;
  }
  const value = shift + x + psi + phi;
  // Rounding: each term carries a few ε relative error, plus the error ε|δ_i| of
  // the shifted pole, which is bounded by ε|x|·slope (dlaed4's erretm).
  const error = EPS * (8 * (Math.abs(shift) + Math.abs(x) + phi - psi) + Math.abs(x) * (1 + slopeLeft + slopeRight));
  return { value, slopeLeft, slopeRight, error };
}

/** Root of the two-pole (inner) or one-pole-plus-line (outer) model fitted at x. */
function modelStep(x: number, e: Evaluation, delta: Float64Array, left: number, right: number, m: number): number {
  const f = e.value;
  if (left < 0) {
    // Outer left interval: f ≈ C + η + S/(D_R − η), exact slope 1 of the linear term.
    const dR = delta[right] - x;
    const weight = e.slopeRight * dR * dR;
    const c = f - weight / dR;
    const b = dR - c;
    const product = -dR * f; // η² − bη + product = 0
    const root = Math.sqrt(Math.max(b * b - 4 * product, 0));
    const eta = b <= 0 ? (b - root) / 2 : (2 * product) / (b + root);
    return x + eta;
  }
  if (right >= m) {
    // Outer right interval: f ≈ C + η + s/(D_L − η).
    const dL = delta[left] - x;
    const weight = e.slopeLeft * dL * dL;
    const c = f - weight / dL;
    const b = dL - c;
    const product = -dL * f;
    const root = Math.sqrt(Math.max(b * b - 4 * product, 0));
    const eta = b >= 0 ? (b + root) / 2 : (2 * product) / (b - root);
    return x + eta;
  }
  // Inner interval: f ≈ C + s/(D_L − η) + S/(D_R − η) with s, S > 0; the slope 1 of
  // the linear term is given to the right pole (a pole at +∞ seen from here).
  const dL = delta[left] - x;
  const dR = delta[right] - x;
  const s = e.slopeLeft * dL * dL;
  const bigS = (e.slopeRight + 1) * dR * dR;
  const c = f - s / dL - bigS / dR;
  // c·η² − b·η + dL·dR·f = 0
  const b = c * (dL + dR) + s + bigS;
  const constant = dL * dR * f;
  let eta: number;
  if (c === 0) {
    eta = constant / b;
  } else {
    const root = Math.sqrt(Math.max(b * b - 4 * c * constant, 0));
    const big = b >= 0 ? (b + root) / (2 * c) : (b - root) / (2 * c);
    const small = b >= 0 ? (2 * constant) / (b + root) : (2 * constant) / (b - root);
    eta = small > dL && small < dR ? small : big;
  }
  return x + eta;
}
