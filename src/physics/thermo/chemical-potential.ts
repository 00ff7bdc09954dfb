/**
 * The chemical potential μ(β) that gives N particles in a set of fermionic modes at a
 * fixed inverse temperature β: the inner, strictly monotone, 1D problem of the effective
 * (β*, μ*) solver, also useful on its own.
 */
import { DomainError, ParameterError } from "../../core/errors.js";
import { newton1d } from "../../numerics/roots/newton.js";
import { fermiOfArgument } from "../../numerics/special.js";
import { validateEnergies } from "./grand-canonical.js";

/** The grand-canonical state with N particles at fixed β, as produced by {@link FixedBetaSolver}. */
export interface FixedBetaState {
  readonly beta: number;
  /** μ (energy units); NaN at β = 0, where only βμ is defined. */
  readonly mu: number;
  /** βμ (dimensionless), finite for every β. */
  readonly betaMu: number;
  /** Σ ε_k f_k (energy units). */
  readonly energy: number;
  /** Round-off bound of `energy`: 4ε·Σ|ε_k f_k| (energy units). */
  readonly energyRoundoff: number;
  /** dE/dβ at fixed N = −Σ w_k (ε_k − ε_w)², w_k = f_k(1 − f_k), ε_w = Σwε/Σw (energy²). */
  readonly energySlope: number;
  /** Number of sweeps over the modes used by this solve. */
  readonly evaluations: number;
}

/** Solves Σ_k f(β(ε_k − μ)) = N for μ at any finite β, reusing the last μ as a warm start. */
export interface FixedBetaSolver {
  solve(beta: number): FixedBetaState;
}

/**
 * Builds the fixed-β solver for validated energies and 0 < N < n (kernel: no validation).
 *
 * For fixed β the particle number is strictly monotone in the chemical potential, so the
 * root is unique and lies in an explicit bracket (each f_k is bounded by its value at the
 * extreme level): with L = ln((n − N)/N), μ ∈ [min ε − L/β, max ε − L/β], widened by 1/|β|
 * so that the end values differ from N by a margin well above round-off. It is found by
 * safeguarded Newton (dN/dμ = β Σ w_k) on a compensated sum Σ f_k, stopping as soon as
 * |Σ f_k − N| ≤ 6ε·N (the round-off of the sum). Two parametrisations keep full precision:
 *  - |β|·W ≤ 1 (W = max ε − min ε): α = β(ε̄ − μ), f_k = 1/(1 + e^{β(ε_k − ε̄) + α}); α stays
 *    finite as β → 0 where μ diverges;
 *  - |β|·W > 1: μ = p + v with p the level nearest the previous μ (a pivot) and
 *    f_k = 1/(1 + e^{β((ε_k − p) − v)}); ε_k − p is exact for the levels near the Fermi level
 *    (Sterbenz) and v is small, so β·ulp(v) stays far below 1 even at |β|·W ~ 10⁶ and the
 *    partially filled levels keep full relative precision.
 */
export function createFixedBetaSolver(energies: Float64Array, particleNumber: number): FixedBetaSolver {
  const n = energies.length;
  let mean = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let k = 0; k < n; k++) {
    mean += energies[k];
    min = Math.min(min, energies[k]);
    max = Math.max(max, energies[k]);
  }
  mean /= n;
  const width = max - min;
  const shifted = Float64Array.from(energies, (e) => e - mean);
  const offsets = new Float64Array(n);
  const argument = new Float64Array(n);
  const logRatio = Math.log((n - particleNumber) / particleNumber);
  let muGuess = NaN;
  let evaluationsOfLastSolve = 0;

  const sweep = (bracket: [number, number], guess: number, fill: (v: number) => void, slopeFactor: number): number => {
    let sweeps = 0;
    // Σ f_k − N with a compensated (Neumaier) sum, so that its error is ≤ 2ε·N from the f_k
    // themselves plus ≈ 2ε·N from the sum; a residual below 6ε·N is round-off and is returned
    // as exactly 0, which stops the Newton iteration there instead of chasing noise.
    const count = (v: number): number => {
      sweeps++;
      fill(v);
      let sum = 0;
      let c = 0;
      for (let k = 0; k < n; k++) {
        const f = fermiOfArgument(argument[k]);
        const t = sum + f;
        c += sum >= f ? sum - t + f : f - t + sum;
        sum = t;
      }
      const residual = sum - particleNumber + c;
      return Math.abs(residual) <= 6 * Number.EPSILON * particleNumber ? 0 : residual;
    };
    const slope = (v: number): number => {
      fill(v);
      let sum = 0;
      for (let k = 0; k < n; k++) sum += weight(argument[k]);
      return slopeFactor * sum;
    };
    const [lo, hi] = bracket;
    const root = newton1d(count, slope, Math.min(hi, Math.max(lo, guess)), { bracket: [lo, hi], rTol: 2 * Number.EPSILON, xTol: 0, maxIterations: 3000 }).root;
    fill(root);
    evaluationsOfLastSolve = sweeps;
    return root;
  };

  return {
    solve(beta: number): FixedBetaState {
      let mu: number;
      let betaMu: number;
      if (Math.abs(beta) * width <= 1) {
        const a = Math.max(beta * (min - mean), beta * (max - mean));
        const b = Math.min(beta * (min - mean), beta * (max - mean));
        const guess = Number.isNaN(muGuess) ? logRatio : beta * (mean - muGuess);
        const fill = (alpha: number): void => {
          for (let k = 0; k < n; k++) argument[k] = beta * shifted[k] + alpha;
        };
        const alpha = sweep([logRatio - a - 1, logRatio - b + 1], guess, fill, -1);
        mu = beta === 0 ? NaN : mean - alpha / beta;
        betaMu = beta * mean - alpha;
      } else {
        const target = Number.isNaN(muGuess) ? mean - logRatio / beta : muGuess;
        let pivot = energies[0];
        for (let k = 1; k < n; k++) if (Math.abs(energies[k] - target) < Math.abs(pivot - target)) pivot = energies[k];
        for (let k = 0; k < n; k++) offsets[k] = energies[k] - pivot;
        const margin = 1 / Math.abs(beta);
        const lo = min - logRatio / beta - pivot - margin;
        const hi = max - logRatio / beta - pivot + margin;
        const fill = (v: number): void => {
          for (let k = 0; k < n; k++) argument[k] = beta * (offsets[k] - v);
        };
        const v = sweep([lo, hi], target - pivot, fill, beta);
        mu = pivot + v;
        betaMu = beta * mu;
      }
      if (Number.isFinite(mu)) muGuess = mu;
      let energy = 0;
      let magnitude = 0;
      let w = 0;
      let we = 0;
      for (let k = 0; k < n; k++) {
        const term = energies[k] * fermiOfArgument(argument[k]);
        energy += term;
        magnitude += Math.abs(term);
        const wk = weight(argument[k]);
        w += wk;
        we += wk * shifted[k];
      }
      const ew = w > 0 ? we / w : 0;
      let variance = 0;
      for (let k = 0; k < n; k++) {
        const d = shifted[k] - ew;
        variance += weight(argument[k]) * d * d;
      }
      return { beta, mu, betaMu, energy, energyRoundoff: 4 * Number.EPSILON * magnitude, energySlope: -variance, evaluations: evaluationsOfLastSolve };
    },
  };
}

/**
 * Chemical potential μ with Σ_k f(β(ε_k − μ)) = N at fixed β (any sign).
 * See {@link createFixedBetaSolver} for the algorithm and its bracket.
 * @param energies ε_k (energy units), finite, non-empty
 * @param beta β (1/energy), finite and ≠ 0 (at β = 0 every μ gives N = n/2 and no other N)
 * @param particleNumber N, 0 < N < n
 * @throws ParameterError for invalid input; DomainError for N ∉ (0, n)
 * @example chemicalPotential([-1, 0, 1], 5, 1.5) // 0 (particle–hole symmetry)
 */
export function chemicalPotential(energies: ArrayLike<number>, beta: number, particleNumber: number): number {
  const e = validateEnergies(energies);
  if (!(Number.isFinite(beta) && beta !== 0)) throw new ParameterError("beta", beta, "a finite non-zero inverse temperature");
  if (!Number.isFinite(particleNumber)) throw new ParameterError("particleNumber", particleNumber, "a finite particle number");
  if (!(particleNumber > 0 && particleNumber < e.length)) {
    throw new DomainError("μ(β, N)", `0 < N < ${e.length} (number of modes)`, `N = ${particleNumber} is reached only at μ = ∓∞`);
  }
  return createFixedBetaSolver(e, particleNumber).solve(beta).mu;
}

/** f(1 − f) at argument x, as e^{−|x|}/(1 + e^{−|x|})² (symmetric, no cancellation). */
function weight(x: number): number {
  const t = Math.exp(-Math.abs(x));
  return t / ((1 + t) * (1 + t));
}
