/**
 * Effective inverse temperature β* and chemical potential μ* of a set of fermionic
 * modes: the grand-canonical ensemble with the same energy and particle number,
 *   Σ_k f(β*(ε_k − μ*)) = N,   Σ_k ε_k f(β*(ε_k − μ*)) = E.
 * Source: 001_06d9cbfd9396c60e.txt, eqs. (5)–(6) (per bath) and Appendix B (global
 * reference β_ref, μ_ref from the eigenvalues of the single-particle Hamiltonian).
 */
import { DomainError, ParameterError } from "../../core/errors.js";
import { newton1d } from "../../numerics/roots/newton.js";
import { fermiOfArgument } from "../../numerics/special.js";
import { createFixedBetaSolver, type FixedBetaState } from "./chemical-potential.js";
import { validateEnergies } from "./grand-canonical.js";

const EPSILON = Number.EPSILON;
const FORMULA = "effective (β*, μ*) from E and N, eqs. (5)–(6)";

/** Reachable energies of N fermions in the given modes (energy units). */
export interface EnergyRange {
  /** Ground-state energy for N particles (β → +∞): the lowest levels filled, the last one fractionally. */
  readonly min: number;
  /** Highest energy for N particles (β → −∞, full inversion). */
  readonly max: number;
  /** Energy at infinite temperature (β = 0): N·mean(ε). */
  readonly infiniteTemperature: number;
}

/**
 * Range of grand-canonical energies with mean particle number N: E ∈ (min, max), with
 * min (max) the N lowest (highest) levels filled and a fractional last level, reached only
 * as β → +∞ (−∞). E = infiniteTemperature corresponds to β = 0.
 * @param energies ε_k (energy units), finite, non-empty
 * @param particleNumber N, 0 ≤ N ≤ number of modes
 * @throws ParameterError for invalid input
 * @example energyRange([0, 1, 2], 1.5) // { min: 0.5, max: 2.5, infiniteTemperature: 1.5 }
 */
export function energyRange(energies: ArrayLike<number>, particleNumber: number): EnergyRange {
  const e = validateEnergies(energies);
  if (!(Number.isFinite(particleNumber) && particleNumber >= 0 && particleNumber <= e.length)) {
    throw new ParameterError("particleNumber", particleNumber, `a number in [0, ${e.length}] (the number of modes)`);
  }
  return rangeOf(e, particleNumber);
}

function rangeOf(e: Float64Array, n: number): EnergyRange {
  const sorted = Float64Array.from(e).sort();
  const full = Math.floor(n);
  const fraction = n - full;
  let min = 0;
  let max = 0;
  let total = 0;
  for (let k = 0; k < sorted.length; k++) total += sorted[k];
  for (let k = 0; k < full; k++) {
    min += sorted[k];
    max += sorted[sorted.length - 1 - k];
  }
  if (fraction > 0) {
    min += fraction * sorted[full];
    max += fraction * sorted[sorted.length - 1 - full];
  }
  return { min, max, infiniteTemperature: (n * total) / sorted.length };
}

/** Options of {@link effectiveTemperature}. */
export interface EffectiveTemperatureOptions {
  /** Maximum outer (β) iterations; default 200. */
  readonly maxIterations?: number;
}

/** Solution of eqs. (5)–(6). */
export interface EffectiveTemperatureResult {
  /** β* (1/energy); negative for population inversion (E above the infinite-temperature energy). */
  readonly beta: number;
  /** μ* (energy units). */
  readonly mu: number;
  /** β*μ* (dimensionless); finite and well conditioned even where μ* is not (β* → 0). */
  readonly betaMu: number;
  /** Σ f_k − N at (β*, μ*) (particles). */
  readonly residualParticles: number;
  /** Σ ε_k f_k − E at (β*, μ*) (energy units). */
  readonly residualEnergy: number;
  /** Outer iterations (root search in β). */
  readonly iterations: number;
  /** Total number of sweeps over the modes (evaluations of Σ f_k). */
  readonly evaluations: number;
}

/**
 * Effective β*, μ* with Σ_k f(β*(ε_k − μ*)) = N and Σ_k ε_k f(β*(ε_k − μ*)) = E.
 *
 * Nested monotone scheme (no 2D Newton needed).
 * Inner: for fixed β, Σ_k f_k = N has a unique root μ(β) in an explicit bracket, found by
 * safeguarded Newton; see {@link createFixedBetaSolver} for the bracket and for the two
 * parametrisations that keep full precision near β = 0 (α = β(ε̄ − μ)) and at large |β|
 * (μ measured from the level nearest to it).
 * Outer: along N = const the energy is strictly decreasing in β over the whole real line,
 * dE/dβ|_N = −Σ w_k (ε_k − ε_w)² with ε_w = Σ w ε/Σ w (a variance, < 0 unless all levels are
 * equal), from max(E) at β → −∞ through N·ε̄ at β = 0 to min(E) at β → +∞. So β* is the unique
 * root of E(β) − E; it is bracketed by expanding from β = 0 (β·W = ±1, ±4, ±16, … with W the
 * spread of the levels) and found by safeguarded Newton with that derivative. E(β) − E is
 * taken as exactly 0 when it is below its round-off bound 4ε·Σ|ε_k f_k| + ε|E|: those β are
 * indistinguishable in double precision and the search stops there.
 * E above N·ε̄ gives β* < 0 (population inversion: the upper levels more occupied).
 *
 * Accuracy: the solver's state reproduces E and N to the round-off of the sums
 * (≈ ε·Σ|ε_k|f_k); the forward error of β* is that divided by |dE/dβ|, which grows without
 * bound as E approaches min(E) or max(E) (|β|·level spacing ≫ 1). The reported residuals are
 * recomputed from the returned doubles (β*, μ*), so they also contain the rounding of μ*
 * amplified by β* (≈ |β*|·ulp(μ*)·Σ w_k|ε_k|), which dominates at |β*|·W ≳ 10⁴.
 *
 * @param energies single-particle energies ε_k (energy units), finite, at least two distinct
 * @param energy target energy E (energy units)
 * @param particleNumber target mean particle number N (dimensionless)
 * @throws ParameterError for non-finite input or an empty list
 * @throws DomainError when no solution exists: N ∉ (0, n), E ∉ (min(E), max(E)) for that N
 *   (message gives the range), all levels equal, E not reached before |β|·(smallest level
 *   spacing) = 4096 where all occupations freeze (a safety net: E(β) − E is treated as 0 within
 *   its round-off, so a target within round-off of a bound stops earlier), or E exactly N·ε̄ with N ≠ n/2
 *   (β* = 0 and μ* infinite; betaMu would be finite but is not returned). For E = N·ε̄
 *   and N = n/2 exactly, β* = 0 and any μ* solves the equations; ε̄ is returned.
 * @example effectiveTemperature([-1, 1], -0.46211715726000974, 1) // beta 1, mu 0
 */
export function effectiveTemperature(
  energies: ArrayLike<number>,
  energy: number,
  particleNumber: number,
  options: EffectiveTemperatureOptions = {},
): EffectiveTemperatureResult {
  const raw = validateEnergies(energies);
  if (!Number.isFinite(energy)) throw new ParameterError("energy", energy, "a finite energy");
  if (!Number.isFinite(particleNumber)) throw new ParameterError("particleNumber", particleNumber, "a finite particle number");
  const maxIterations = options.maxIterations ?? 200;
  if (!(Number.isInteger(maxIterations) && maxIterations >= 1)) throw new ParameterError("maxIterations", maxIterations, "an integer >= 1");
  const n = raw.length;
  if (!(particleNumber > 0 && particleNumber < n)) {
    throw new DomainError(FORMULA, `0 < N < ${n} (number of modes)`, `N = ${particleNumber} is reached only at μ* = ∓∞`);
  }
  const range = rangeOf(raw, particleNumber);
  if (!(energy > range.min && energy < range.max)) {
    throw new DomainError(
      FORMULA,
      "min(E) < E < max(E) at fixed N",
      `E = ${energy} with N = ${particleNumber} is outside the reachable open interval (${range.min}, ${range.max})`,
    );
  }

  const solver = createFixedBetaSolver(raw, particleNumber);
  const sorted = Float64Array.from(raw).sort();
  const width = sorted[n - 1] - sorted[0];
  let smallestGap = Infinity;
  for (let k = 1; k < n; k++) if (sorted[k] > sorted[k - 1]) smallestGap = Math.min(smallestGap, sorted[k] - sorted[k - 1]);
  // Beyond |β|·(smallest gap) = 4096 every occupation is frozen to 0, 1 or an equal share of a
  // degenerate level (e^{−4096} underflows), so E(β) no longer changes: search no further.
  const betaLimit = 4096 / smallestGap;
  let evaluations = 0;
  let current: FixedBetaState | undefined;
  const stateAt = (beta: number): FixedBetaState => {
    if (current === undefined || current.beta !== beta) {
      current = solver.solve(beta); // g and its derivative are requested at the same β
      evaluations += current.evaluations;
    }
    return current;
  };
  // E(β) − E, set to exactly 0 when within the round-off of the sum (4ε·Σ|ε_k f_k| + ε|E|): such β
  // cannot be told apart in double precision, and the root search stops there.
  const g = (beta: number): number => {
    const state = stateAt(beta);
    const difference = state.energy - energy;
    return Math.abs(difference) <= state.energyRoundoff + EPSILON * Math.abs(energy) ? 0 : difference;
  };
  const finish = (state: FixedBetaState, iterations: number): EffectiveTemperatureResult => {
    const { beta, mu } = state;
    let particles = 0;
    let en = 0;
    for (let k = 0; k < n; k++) {
      const f = fermiOfArgument(beta * (raw[k] - mu));
      particles += f;
      en += raw[k] * f;
    }
    return { beta, mu, betaMu: state.betaMu, residualParticles: particles - particleNumber, residualEnergy: en - energy, iterations, evaluations };
  };

  // Bracket β* starting from β = 0, where E = N·ε̄ (the infinite-temperature energy).
  const g0 = g(0);
  if (g0 === 0) {
    if (2 * particleNumber === n) return finish({ ...stateAt(0), mu: range.infiniteTemperature / particleNumber }, 0);
    throw new DomainError(
      FORMULA,
      "E ≠ N·mean(ε) unless N = n/2",
      `E = ${energy} is the infinite-temperature energy: β* = 0 and μ* = ±∞ (β*μ* = ${stateAt(0).betaMu})`,
    );
  }
  const direction = g0 > 0 ? 1 : -1; // E decreases with β: too high an energy at β = 0 → β* > 0
  let near = 0;
  let far = direction / width;
  while (direction * g(far) > 0) {
    near = far;
    far *= 4;
    if (Math.abs(near) > betaLimit) {
      throw new DomainError(
        FORMULA,
        "E resolvable from the bound in double precision",
        `E = ${energy} is not reached for |β| ≤ 4096/(smallest level spacing) = ${betaLimit}, where all occupations are frozen (bound ${direction > 0 ? "min" : "max"}(E) = ${direction > 0 ? range.min : range.max} for N = ${particleNumber})`,
      );
    }
  }
  if (g(far) === 0) return finish(stateAt(far), 0);
  const [lo, hi] = near < far ? [near, far] : [far, near];
  // g is evaluated again at the ends inside newton1d; a sign that flips between the two
  // evaluations means that end is within round-off of the root: accept it.
  let outer;
  try {
    outer = newton1d(g, (beta) => stateAt(beta).energySlope, 0.5 * (lo + hi), {
      bracket: [lo, hi],
      xTol: 0,
      rTol: 8 * EPSILON,
      fTol: 0, // stop on the β step / bracket width: any fixed |E| threshold would be too loose near min(E)
      maxIterations,
    });
  } catch (error) {
    if (!(error instanceof ParameterError && error.parameter === "bracket")) throw error;
    const best = Math.abs(g(lo)) <= Math.abs(g(hi)) ? lo : hi;
    return finish(stateAt(best), 0);
  }
  return finish(stateAt(outer.root), outer.iterations);
}

/**
 * Global reference β_ref, μ_ref of Appendix B of 001_06d9cbfd9396c60e.txt: the grand-canonical
 * ensemble of the whole (system + baths) single-particle Hamiltonian 𝓗 whose energy and
 * particle number equal the conserved totals ⟨Ĥ_SB⟩ = tr(𝓗C) and ⟨N̂_SB⟩ = tr C.
 * In the eigenbasis of 𝓗 (eq. (B1)) that ensemble is diagonal with occupations
 * f(β(𝓗̃_nn − μ)) (eq. (B2)), so β_ref, μ_ref solve eqs. (5)–(6) with the eigenvalues 𝓗̃_nn
 * as mode energies: this is {@link effectiveTemperature} applied to the eigenvalues.
 * @param eigenvalues eigenvalues of the single-particle Hamiltonian 𝓗 (energy units)
 * @param totalEnergy tr(𝓗 C) (energy units); @param totalParticles tr C
 * @throws as {@link effectiveTemperature}
 */
export function globalReferenceTemperature(
  eigenvalues: ArrayLike<number>,
  totalEnergy: number,
  totalParticles: number,
  options: EffectiveTemperatureOptions = {},
): EffectiveTemperatureResult {
  return effectiveTemperature(eigenvalues, totalEnergy, totalParticles, options);
}

