/**
 * Relative entropies between diagonal (Gaussian, number-conserving) fermionic states
 * that factorise into two-level modes: D[ρ‖σ] = Σ_k D₂(p_k‖q_k), in nats.
 * Source: 001_06d9cbfd9396c60e.txt, eq. (11) (local athermality D*_env) and eq. (14)
 * (finite-bath effect D^eq_env), where each ρ_{ν,k}, π_{ν,k} is a two-level state.
 */
import { ParameterError } from "../../core/errors.js";
import { BINARY_ENTROPY_CLIP_TOLERANCE, fermiOfArgument, log1pExp } from "../../numerics/special.js";
import { validateEnergies } from "./grand-canonical.js";

/**
 * p·ln(p/q) − p + q ≥ 0 (one non-negative term of a relative entropy), given ln q.
 * For |p/q − 1| < 1/4 it uses the series q·Σ_{n≥2} (−1)ⁿuⁿ/(n(n−1)), u = p/q − 1, so that
 * nearly equal p and q (D ∝ (p − q)²) keep full relative precision.
 */
function divergenceTerm(p: number, q: number, logQ: number): number {
  if (p === 0) return q;
  if (q > 1e-300) {
    const u = (p - q) / q;
    if (Math.abs(u) < 0.25) {
      let power = u * u;
      let sum = 0;
      for (let n = 2; n < 60; n++) {
        const term = power / (n * (n - 1));
        sum += n % 2 === 0 ? term : -term;
        if (Math.abs(term) < 1e-18 * sum) break;
        power *= u;
      }
      return q * sum;
    }
  }
  return p * (Math.log(p) - logQ) - p + q;
}

function occupation(name: string, value: number): number {
  if (!(value >= -BINARY_ENTROPY_CLIP_TOLERANCE && value <= 1 + BINARY_ENTROPY_CLIP_TOLERANCE)) {
    throw new ParameterError(name, value, `an occupation in [0, 1] (round-off up to ${BINARY_ENTROPY_CLIP_TOLERANCE} outside is clipped)`);
  }
  return Math.min(1, Math.max(0, value));
}

/**
 * Relative entropy between two two-level (single fermionic mode) states with
 * populations p and q: D(p‖q) = p ln(p/q) + (1−p) ln((1−p)/(1−q)), in nats.
 *
 * Written as the sum of the two non-negative terms [p ln(p/q) − p + q] +
 * [(1−p) ln((1−p)/(1−q)) − (1−p) + (1−q)] (the added terms cancel), each evaluated with a
 * series when its ratio is near 1, so D ≈ (p − q)²/(2q(1 − q)) keeps full relative
 * precision for nearly equal states. Conventions: 0·ln 0 = 0; D = +Infinity when q ∈ {0, 1}
 * and p ≠ q (ρ not supported on the support of σ).
 *
 * @param p population of the first state (ρ), in [0, 1] (±1e-10 round-off is clipped)
 * @param q population of the second state (σ), in [0, 1] (±1e-10 round-off is clipped)
 * @throws ParameterError for NaN or values further outside [0, 1]
 * @example relativeEntropyTwoLevel(0.5, 0.5) // 0
 * @example relativeEntropyTwoLevel(1, 0.5) // 0.6931471805599453 (ln 2)
 * @example relativeEntropyTwoLevel(0.5, 0) // Infinity
 */
export function relativeEntropyTwoLevel(p: number, q: number): number {
  const pp = occupation("p", p);
  const qq = occupation("q", q);
  return relativeEntropyTwoLevelKernel(pp, qq);
}

function relativeEntropyTwoLevelKernel(p: number, q: number): number {
  const pBar = 1 - p;
  const qBar = 1 - q;
  return divergenceTerm(p, q, Math.log(q)) + divergenceTerm(pBar, qBar, Math.log(qBar));
}

/**
 * Relative entropy between two product states of two-level modes (diagonal fermionic
 * Gaussian states), D[⊗ρ_k ‖ ⊗σ_k] = Σ_k D(p_k‖q_k) (additivity of D over tensor products).
 * @param p populations of ρ, @param q populations of σ (same length, entries in [0, 1])
 * @throws ParameterError for unequal lengths or invalid populations (naming the index)
 * @example relativeEntropyProduct([1, 0.5], [0.5, 0.5]) // 0.6931471805599453
 */
export function relativeEntropyProduct(p: ArrayLike<number>, q: ArrayLike<number>): number {
  if (p.length !== q.length) throw new ParameterError("q.length", q.length, `the length of p (${p.length})`);
  let sum = 0;
  for (let k = 0; k < p.length; k++) {
    sum += relativeEntropyTwoLevelKernel(occupation(`p[${k}]`, p[k]), occupation(`q[${k}]`, q[k]));
  }
  return sum;
}

/**
 * Relative entropy between a product of two-level modes with populations n_k and the
 * grand-canonical state π(β, μ) of the same modes: Σ_k D(n_k ‖ f(β(ε_k − μ))), in nats.
 * With n_k the diagonal of a bath's correlation matrix and (β, μ) = (β*_t, μ*_t) this is the
 * local athermality D*_env of eq. (11) of 001_06d9cbfd9396c60e.txt (summed over one bath);
 * with n_k = f(β_ν(ε_k − μ_ν)) the initial occupations, the finite-bath effect D^eq_env of eq. (14).
 *
 * The logarithms of f and 1 − f are taken analytically (ln f = −ln(1 + e^{x})), so the result
 * stays finite and accurate even where f underflows (β|ε − μ| > 745).
 * @param occupations n_k in [0, 1] (±1e-10 clipped)
 * @param energies ε_k (energy units), same length
 * @param beta β (1/energy), finite, any sign; @param mu μ (energy units), finite
 * @throws ParameterError for unequal lengths or invalid entries (naming the index)
 * @example relativeEntropyToGrandCanonical([0.5], [0], 3, 0) // 0
 */
export function relativeEntropyToGrandCanonical(
  occupations: ArrayLike<number>,
  energies: ArrayLike<number>,
  beta: number,
  mu: number,
): number {
  const e = validateEnergies(energies);
  if (occupations.length !== e.length) throw new ParameterError("occupations.length", occupations.length, `the number of energies (${e.length})`);
  if (!Number.isFinite(beta)) throw new ParameterError("beta", beta, "a finite number");
  if (!Number.isFinite(mu)) throw new ParameterError("mu", mu, "a finite number");
  let sum = 0;
  for (let k = 0; k < e.length; k++) {
    const p = occupation(`occupations[${k}]`, occupations[k]);
    const x = beta * (e[k] - mu);
    const q = fermiOfArgument(x);
    const qBar = fermiOfArgument(-x);
    sum += divergenceTerm(p, q, -log1pExp(x)) + divergenceTerm(1 - p, qBar, -log1pExp(-x));
  }
  return sum;
}
