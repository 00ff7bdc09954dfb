import type { ArrowheadMatrix } from "../../numerics/linalg/arrowhead-eigen.js";
import type { NormalModes } from "../../physics/gaussian-bosons/index.js";
import {
  arrowheadToDense,
  covarianceEvolution,
  gaussianProductState,
  independentThermalBlock,
  normalModesDense,
  normalModesFromArrowhead,
  thermalBlockOfModes,
  type GaussianBlock,
} from "../../physics/gaussian-bosons/index.js";
import { ParameterError } from "../../core/errors.js";
import type { OscillatorMediatorParams } from "./params.js";
import { validateBandEdge, validateDiscretisation } from "./params.js";

/**
 * Exact dynamics of the Hamiltonian (1)–(4) with two FINITE Drude–Ullersma baths of N
 * modes each (ω_k = kΔ, couplings (14), counter-terms included), by exact covariance
 * evolution in the normal modes of the mass-weighted Hessian (physics/gaussian-bosons).
 * Never calls the analytic formulas it is compared with.
 * Source: 002_1f8d4f9374398bb6.txt, eqs. (1)–(4), (14), (25)–(27), (35)–(36), Sec. III.
 *
 * Index order (mass-weighted coordinates; all bath masses m_νi = 1, which drop out of
 * every physical quantity; m = 1 for the mediator):
 *   0 = mediator x; 1 … N = bath 1 modes k = 1 … N; N+1 … 2N = bath 2 modes k = 1 … N.
 */

/** Index of the mediator coordinate. */
export const MEDIATOR_INDEX = 0;
/** Index of mode k (1-based, 1 … N) of bath ν (1 or 2) in a system with N modes per bath. */
export function bathIndex(bath: 1 | 2, k: number, modesPerBath: number): number {
  return (bath - 1) * modesPerBath + k;
}

/** One discretised Drude–Ullersma bath: frequencies ω_k = kΔ and couplings C_k of (14) (m_νi = 1). */
export interface DiscreteBath {
  readonly frequencies: Float64Array;
  readonly couplings: Float64Array;
}

/**
 * ω_k = kΔ, C_k = √(2γ̂_ν ω_k² Δ D²/[π(ω_k² + D²)]), k = 1 … N. Source: eq. (14).
 */
export function drudeUllersmaBath(gamma: number, D: number, modes: number, spacing: number): DiscreteBath {
  const frequencies = new Float64Array(modes);
  const couplings = new Float64Array(modes);
  for (let k = 1; k <= modes; k++) {
    const w = k * spacing;
    frequencies[k - 1] = w;
    couplings[k - 1] = Math.sqrt((2 * gamma * w * w * spacing * D * D) / (Math.PI * (w * w + D * D)));
  }
  return { frequencies, couplings };
}

/**
 * The mass-weighted Hessian of H + Σ_ν (H_Bν + V_ν), an arrowhead matrix:
 * V_00 = ω0² + Σ_νi C_νi²/ω_νi² (counter-term of (4)), V_0i = −C_νi, V_ii = ω_νi².
 * With `bathsIncluded` = [1] only bath 1 is attached (the sequential scenario's t < 0 Hamiltonian).
 */
export function mediatorHessian(omega0: number, baths: readonly DiscreteBath[]): ArrowheadMatrix {
  const n = baths.reduce((s, b) => s + b.frequencies.length, 0);
  const diagonal = new Float64Array(n);
  const border = new Float64Array(n);
  let apex = omega0 * omega0;
  let j = 0;
  for (const b of baths) {
    for (let k = 0; k < b.frequencies.length; k++, j++) {
      const w = b.frequencies[k];
      const c = b.couplings[k];
      apex += (c * c) / (w * w);
      diagonal[j] = w * w;
      border[j] = -c;
    }
  }
  return { apex, diagonal, border };
}

/**
 * Friction kernel of the finite baths divided by m, eq. (13) with (14):
 * γ_N(t) = Σ_νk C_νk²/ω_νk² cos(ω_νk t). Energy².
 */
export function finiteBathFrictionKernel(t: number, baths: readonly DiscreteBath[]): number {
  let s = 0;
  for (const b of baths) for (let k = 0; k < b.frequencies.length; k++) s += ((b.couplings[k] / b.frequencies[k]) ** 2) * Math.cos(b.frequencies[k] * t);
  return s;
}

/** Time series of the exact finite-bath dynamics. */
export interface FiniteBathSeries {
  /** Sampling times (1/energy). */
  readonly times: Float64Array;
  /** ⟨P_1⟩(t) = −dE_1/dt: power leaving bath 1, eq. (26) (energy²). */
  readonly power1: Float64Array;
  /** ⟨P_2⟩(t) = −dE_2/dt (energy²). */
  readonly power2: Float64Array;
  /** J(t) = ½⟨P_1 − P_2⟩, eq. (27) (energy²). */
  readonly current: Float64Array;
  /** T_x(t) = ω0²⟨x²⟩ (energy), eq. (63). */
  readonly Tx: Float64Array;
  /** T_p(t) = ⟨p²⟩ (energy), eq. (63). */
  readonly Tp: Float64Array;
}

/** Plateau values: time averages of a {@link FiniteBathSeries} over its window. */
export interface FiniteBathPlateau {
  readonly current: number;
  readonly power1: number;
  readonly power2: number;
  readonly Tx: number;
  readonly Tp: number;
  /** Standard deviation of J(t) over the window (residual oscillation, energy²). */
  readonly currentSpread: number;
  /** Recurrence time 2π/Δ of the discrete baths. */
  readonly recurrenceTime: number;
  readonly dimension: number;
}

/** Which eigensolver builds the normal modes: the O(n²) arrowhead path or the dense O(n³) cross-check. */
export type ModeSolver = "arrowhead" | "dense";

/**
 * Exact finite-bath time series of the powers (25)–(27) and of T_x, T_p at the times
 * tStart … tEnd (timeSamples equally spaced). Initial state:
 * - 'simultaneous': baths in Gibbs states at T1, T2 (35)–(36) (uncoupled modes), mediator
 *   in the ground state of its bare Hamiltonian (2);
 * - 'sequential': mediator + bath 1 in the Gibbs state of H + H_B1 + V_1 at T1 (Sec. III,
 *   second scenario), bath 2 in its Gibbs state at T2.
 * At t = 0 the full Hamiltonian (1) acts. P_ν = −Σ_i C_νi ⟨{x, p_νi}⟩/2 (m_νi = 1).
 * @throws ParameterError for a window beyond the recurrence time or a bath not covering D
 *   (see validateDiscretisation), or sizes beyond MAX_BATH_MODES (schema).
 */
export function finiteBathSeries(p: OscillatorMediatorParams, solver: ModeSolver = "arrowhead"): FiniteBathSeries {
  validateDiscretisation(p);
  const m = p.timeSamples;
  const times = new Float64Array(m);
  for (let i = 0; i < m; i++) times[i] = m === 1 ? p.tStart : p.tStart + ((p.tEnd - p.tStart) * i) / (m - 1);
  return finiteBathSeriesAt(p, times, solver);
}

/**
 * As {@link finiteBathSeries}, at arbitrary times (t ≥ 0, also beyond the recurrence time
 * 2π/Δ, e.g. to show the recurrence). Only NΔ > D is required.
 * @throws ParameterError for a bath not covering D or a negative/non-finite time.
 */
export function finiteBathSeriesAt(p: OscillatorMediatorParams, times: Float64Array, solver: ModeSolver = "arrowhead"): FiniteBathSeries {
  validateBandEdge(p);
  times.forEach((t, i) => {
    if (!(Number.isFinite(t) && t >= 0)) throw new ParameterError(`times[${i}]`, t, "a finite time >= 0");
  });
  const N = p.bathModes;
  const bath1 = drudeUllersmaBath(p.gamma1, p.D, N, p.modeSpacing);
  const bath2 = drudeUllersmaBath(p.gamma2, p.D, N, p.modeSpacing);
  const hessian = mediatorHessian(p.omega0, [bath1, bath2]);
  const modes = solve(hessian, solver);
  const n = 2 * N + 1;
  const blocks: GaussianBlock[] = [];
  if (p.scenario === "simultaneous") {
    blocks.push(independentThermalBlock(0, Float64Array.of(p.omega0), 0));
    blocks.push(independentThermalBlock(1, bath1.frequencies, p.T1));
  } else {
    const sub = solve(mediatorHessian(p.omega0, [bath1]), solver);
    blocks.push(thermalBlockOfModes(0, sub, p.T1));
  }
  blocks.push(independentThermalBlock(N + 1, bath2.frequencies, p.T2));
  const state = gaussianProductState(n, blocks);

  const x = new Float64Array(n);
  x[MEDIATOR_INDEX] = 1;
  const c1 = new Float64Array(n);
  const c2 = new Float64Array(n);
  c1.set(bath1.couplings, 1);
  c2.set(bath2.couplings, N + 1);
  // observables: 0: x, 1: p, 2: Σ C_1k p_1k, 3: Σ C_2k p_2k
  const evolution = covarianceEvolution(modes, state, [{ q: x }, { p: x }, { p: c1 }, { p: c2 }]);
  const m = times.length;
  const power1 = new Float64Array(m);
  const power2 = new Float64Array(m);
  const current = new Float64Array(m);
  const Tx = new Float64Array(m);
  const Tp = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const c = evolution.correlations(times[i]);
    power1[i] = -c[0 * 4 + 2];
    power2[i] = -c[0 * 4 + 3];
    current[i] = 0.5 * (power1[i] - power2[i]);
    Tx[i] = p.omega0 * p.omega0 * c[0];
    Tp[i] = c[1 * 4 + 1];
  }
  return { times, power1, power2, current, Tx, Tp };
}

/** Time averages over the window (equal weights on the equally spaced samples) and the spread of J. */
export function finiteBathPlateau(p: OscillatorMediatorParams, solver: ModeSolver = "arrowhead"): FiniteBathPlateau {
  const s = finiteBathSeries(p, solver);
  const mean = (a: Float64Array) => a.reduce((u, v) => u + v, 0) / a.length;
  const j = mean(s.current);
  const spread = Math.sqrt(s.current.reduce((u, v) => u + (v - j) ** 2, 0) / s.current.length);
  return {
    current: j,
    power1: mean(s.power1),
    power2: mean(s.power2),
    Tx: mean(s.Tx),
    Tp: mean(s.Tp),
    currentSpread: spread,
    recurrenceTime: (2 * Math.PI) / p.modeSpacing,
    dimension: 2 * p.bathModes + 1,
  };
}

function solve(h: ArrowheadMatrix, solver: ModeSolver): NormalModes {
  return solver === "arrowhead" ? normalModesFromArrowhead(h) : normalModesDense(arrowheadToDense(h));
}
