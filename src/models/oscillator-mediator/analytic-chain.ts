import { ParameterError } from "../../core/errors.js";
import { integrate } from "../../numerics/quadrature/gauss-kronrod.js";
import { brent } from "../../numerics/roots/brent.js";
import type { PropagatorRoots } from "./analytic.js";
import { boseOccupation, conductance, frequencyBreakpoints, propagatorRoots, QUADRATURE_RELATIVE_TOLERANCE, rootSum } from "./analytic.js";
import type { OscillatorMediatorParams } from "./params.js";
import { transportPrefactor } from "./params.js";

/**
 * Fourier's law in a chain of N macroscopic subsystems joined by identical mediators
 * between reservoirs at T_L = T1 and T_R = T2. Source: 002_1f8d4f9374398bb6.txt, Sec. VI,
 * eqs. (80)–(83). Units ħ = k_B = m = 1.
 *
 * (42) is linear in n_1 − n_2, so the current of one link is a difference of a single
 * potential, J(T_a, T_b) = Φ(T_a) − Φ(T_b), with
 *   Φ(T) = −(D²/π)(2γ̂1γ̂2/γ̂) Σ_n g_nμ_n² ∫_0^∞ dω ω n(ω, T)/[(D² + ω²)(μ_n² + ω²)]
 * (convergent: the root sum vanishes as ω² at ω → 0), and dΦ/dT = K(T) of (43).
 * The steady state of (80) (all link currents equal) is then Φ(T_n) = Φ(T_L) − nJ,
 * J = [Φ(T_L) − Φ(T_R)]/(N + 1), without linearisation — the discrete form of κ ∂_xT = const, (83).
 */

type P = OscillatorMediatorParams;

/** Φ(T): the single-bath part of (42) (energy²); J(T_a, T_b) = Φ(T_a) − Φ(T_b). */
export function heatPotential(p: P, temperature: number, roots: PropagatorRoots = propagatorRoots(p)): number {
  const D2 = p.D * p.D;
  const f = (w: number) => (w * boseOccupation(w, temperature) * rootSum(w, roots)) / (D2 + w * w);
  const r = integrate(f, 0, Infinity, { breakpoints: frequencyBreakpoints(p, [temperature], roots), relTol: QUADRATURE_RELATIVE_TOLERANCE, absTol: 0 });
  return -(D2 / Math.PI) * transportPrefactor(p) * r.value;
}

/** Steady state of a chain: subsystem temperatures T_1 … T_N and the common current. */
export interface ChainSteadyState {
  /** T_0 = T_L, T_1 … T_N, T_{N+1} = T_R (energy). */
  readonly temperatures: readonly number[];
  /** The current through every link (energy²), positive from left to right. */
  readonly current: number;
  /** Entropy production rate Σ_links J (1/T_{n+1} − 1/T_n) (energy). */
  readonly entropyProduction: number;
}

/**
 * Steady state of the nonlinear chain (80) with link currents (42), solved without
 * linearisation: Φ(T_n) = Φ(T_L) − nJ, J = [Φ(T_L) − Φ(T_R)]/(N + 1), each T_n found by Brent's
 * method between T_L and T_R (Φ is strictly increasing since K > 0). This is the analytic
 * steady state of the model (80) (quadratures and a root search), not an exact dynamics of
 * the chain's many-body Hamiltonian. Source: 002_1f8d4f9374398bb6.txt, eqs. (42), (80).
 * Units: temperatures in energy, current in energy².
 * @throws ParameterError for a chain length below 1.
 */
export function chainSteadyStateNonlinear(p: P, subsystems: number = p.chainSubsystems): ChainSteadyState {
  validateLength(subsystems);
  const roots = propagatorRoots(p);
  const phiL = heatPotential(p, p.T1, roots);
  const phiR = heatPotential(p, p.T2, roots);
  const J = (phiL - phiR) / (subsystems + 1);
  const temperatures = [p.T1];
  const lo = Math.min(p.T1, p.T2);
  const hi = Math.max(p.T1, p.T2);
  for (let n = 1; n <= subsystems; n++) {
    const target = phiL - n * J;
    temperatures.push(lo === hi ? lo : brent((T) => heatPotential(p, T, roots) - target, lo, hi, { rTol: 1e-12 }).root);
  }
  temperatures.push(p.T2);
  return { temperatures, current: J, entropyProduction: entropyProductionOfChain(temperatures, temperatures.slice(1).map(() => J)) };
}

/**
 * Steady state of the linear-response chain (81), K_{n,n+1} = K((T_n + T_{n+1})/2) from (43):
 * K_{n−1,n}(T_{n−1} − T_n) = K_{n,n+1}(T_n − T_{n+1}), solved by Picard iteration (K frozen,
 * tridiagonal solve, K updated) until max|ΔT| < 1e-12·T_L. Current J = K_{0,1}(T_L − T_1).
 * @throws ParameterError for a chain length below 1.
 */
export function chainSteadyStateLinear(p: P, subsystems: number = p.chainSubsystems): ChainSteadyState {
  validateLength(subsystems);
  const roots = propagatorRoots(p);
  const N = subsystems;
  let T = Array.from({ length: N + 2 }, (_, i) => p.T1 + ((p.T2 - p.T1) * i) / (N + 1));
  let links: number[] = [];
  for (let iteration = 0; iteration < 100; iteration++) {
    links = T.slice(1).map((_, i) => conductance({ ...p, T: (T[i] + T[i + 1]) / 2 }, roots));
    const next = solveTridiagonalChain(links, p.T1, p.T2);
    const change = Math.max(...next.map((v, i) => Math.abs(v - T[i])));
    T = next;
    if (change < 1e-12 * Math.max(p.T1, p.T2)) break;
  }
  links = T.slice(1).map((_, i) => conductance({ ...p, T: (T[i] + T[i + 1]) / 2 }, roots));
  const currents = links.map((k, i) => k * (T[i] - T[i + 1]));
  return { temperatures: T, current: currents[0], entropyProduction: entropyProductionOfChain(T, currents) };
}

/** Fourier-law current of the continuum chain (83): J = ∫_{T_R}^{T_L} K(T) dT/(N + 1) (energy²). */
export function chainCurrentFourier(p: P, subsystems: number = p.chainSubsystems): number {
  validateLength(subsystems);
  const roots = propagatorRoots(p);
  const r = integrate((T) => conductance({ ...p, T }, roots), p.T2, p.T1, { relTol: 1e-9, absTol: 0 });
  return r.value / (subsystems + 1);
}

/** Σ_links J_link (1/T_{n+1} − 1/T_n): the entropy production of the chain (text after (78)). */
export function entropyProductionOfChain(temperatures: readonly number[], currents: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < currents.length; i++) s += currents[i] * (1 / temperatures[i + 1] - 1 / temperatures[i]);
  return s;
}

/** Link currents (42) for an arbitrary (not necessarily steady) temperature profile. */
export function chainLinkCurrents(p: P, temperatures: readonly number[]): number[] {
  const roots = propagatorRoots(p);
  const phi = temperatures.map((T) => heatPotential(p, T, roots));
  return phi.slice(1).map((v, i) => phi[i] - v);
}

/** Solves K_{i}(T_i − T_{i+1}) = K_{i+1}(T_{i+1} − T_{i+2}) for interior T with fixed ends (Thomas algorithm). */
function solveTridiagonalChain(K: readonly number[], left: number, right: number): number[] {
  const N = K.length - 1;
  // row n (1..N): −K_{n−1} T_{n−1} + (K_{n−1} + K_n) T_n − K_n T_{n+1} = 0
  const a = new Float64Array(N + 1);
  const b = new Float64Array(N + 1);
  const c = new Float64Array(N + 1);
  const d = new Float64Array(N + 1);
  for (let n = 1; n <= N; n++) {
    a[n] = -K[n - 1];
    b[n] = K[n - 1] + K[n];
    c[n] = -K[n];
    d[n] = 0;
  }
  d[1] -= a[1] * left;
  d[N] -= c[N] * right;
  for (let n = 2; n <= N; n++) {
    const m = a[n] / b[n - 1];
    b[n] -= m * c[n - 1];
    d[n] -= m * d[n - 1];
  }
  const T = new Array<number>(N + 2);
  T[0] = left;
  T[N + 1] = right;
  T[N] = d[N] / b[N];
  for (let n = N - 1; n >= 1; n--) T[n] = (d[n] - c[n] * T[n + 1]) / b[n];
  return T;
}

function validateLength(n: number): void {
  if (!(Number.isInteger(n) && n >= 1)) throw new ParameterError("chainSubsystems", n, "an integer >= 1");
}
