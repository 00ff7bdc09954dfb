import { ParameterError } from "../../core/errors.js";
import { conductance, propagatorRoots } from "./analytic.js";
import { heatPotential } from "./analytic-chain.js";
import { subsystemHeatCapacity } from "./analytic-equilibration.js";
import type { OscillatorMediatorParams } from "./params.js";

/**
 * Time evolution of the Fourier chain: relaxation of a temperature profile by the energy balance
 * (80) with the full (nonlinear) link currents (42), compared with the diffusion equation (83).
 * Source: 002_1f8d4f9374398bb6.txt, Sec. VI, eqs. (80)–(83). Units ħ = k_B = 1.
 *
 * Chain: N subsystems between two reservoirs held at the same temperature T0 (= p.T); subsystem
 * energy U(T) = π²T²/(6Δ) (the continuum form of "U ~ T²/ħΔ", Δ = p.modeSpacing), link currents
 * J_{n−1,n} = Φ(T_{n−1}) − Φ(T_n) — exactly (42), nonlinear in the temperatures. Initial profile
 * T_n = T0[1 + ε sin(nθ)], θ = π/(N + 1): the slowest mode of the chain.
 */

type P = OscillatorMediatorParams;

/** Options of {@link chainRelaxation}. */
export interface ChainRelaxationOptions {
  /** N, the number of subsystems (≥ 1). */
  readonly subsystems: number;
  /** ε, the relative amplitude of the initial sine profile (|ε| < 0.5; sign allowed). */
  readonly amplitude: number;
  /** End time (1/energy, > 0). */
  readonly time: number;
  /** RK4 steps (integer ≥ 1); the caller keeps dt·4K/C ≲ 1 (fastest chain mode). */
  readonly steps: number;
}

/** The relaxing profile: projection on the initial mode at each step, and the final temperatures. */
export interface ChainRelaxation {
  readonly times: Float64Array;
  /** a(t) = (2/(N + 1)) Σ_n [T_n(t) − T0] sin(nθ) (energy); a(0) = εT0. */
  readonly modeAmplitude: Float64Array;
  /** T_1 … T_N at the end time (energy). */
  readonly temperatures: Float64Array;
  /** −ln[a(t_end)/a(0)]/t_end (energy). */
  readonly measuredRate: number;
}

/**
 * Integrates (80), ∂_tU_n = J_{n−1,n} − J_{n,n+1} with U_n = π²T_n²/(6Δ) and J = Φ(T_a) − Φ(T_b) of (42)
 * (heatPotential: one quadrature per subsystem and stage), by classical fourth-order Runge–Kutta
 * on U_n. The full currents (42) (not the linearised (81)) are used, so the measured rate carries the
 * O(ε) nonlinearity of (42) and of U(T) besides the discreteness of the chain.
 * @throws ParameterError for N < 1, |ε| ≥ 0.5, time ≤ 0 or steps < 1.
 */
export function chainRelaxation(p: P, options: ChainRelaxationOptions): ChainRelaxation {
  const { subsystems: N, amplitude: eps, time, steps } = options;
  if (!(Number.isInteger(N) && N >= 1)) throw new ParameterError("subsystems", N, "an integer >= 1");
  if (!(Number.isFinite(eps) && Math.abs(eps) < 0.5)) throw new ParameterError("amplitude", eps, "a finite number with |ε| < 0.5");
  if (!(Number.isFinite(time) && time > 0)) throw new ParameterError("time", time, "a finite number > 0");
  if (!(Number.isInteger(steps) && steps >= 1)) throw new ParameterError("steps", steps, "an integer >= 1");
  const roots = propagatorRoots(p);
  const T0 = p.T;
  const theta = Math.PI / (N + 1);
  const energyScale = (Math.PI * Math.PI) / (6 * p.modeSpacing);
  const phiEnd = heatPotential(p, T0, roots);
  const temperatureOf = (u: number) => Math.sqrt(u / energyScale);
  const rhs = (U: Float64Array, out: Float64Array) => {
    const phi = new Float64Array(N + 2);
    phi[0] = phiEnd;
    phi[N + 1] = phiEnd;
    for (let n = 1; n <= N; n++) phi[n] = heatPotential(p, temperatureOf(U[n - 1]), roots);
    for (let n = 1; n <= N; n++) out[n - 1] = phi[n - 1] - 2 * phi[n] + phi[n + 1];
  };
  const project = (U: Float64Array) => {
    let a = 0;
    for (let n = 1; n <= N; n++) a += (temperatureOf(U[n - 1]) - T0) * Math.sin(n * theta);
    return (2 / (N + 1)) * a;
  };
  let U = new Float64Array(N);
  for (let n = 1; n <= N; n++) U[n - 1] = energyScale * (T0 * (1 + eps * Math.sin(n * theta))) ** 2;
  const dt = time / steps;
  const times = new Float64Array(steps + 1);
  const modeAmplitude = new Float64Array(steps + 1);
  modeAmplitude[0] = project(U);
  const k1 = new Float64Array(N), k2 = new Float64Array(N), k3 = new Float64Array(N), k4 = new Float64Array(N), tmp = new Float64Array(N);
  for (let s = 1; s <= steps; s++) {
    rhs(U, k1);
    for (let i = 0; i < N; i++) tmp[i] = U[i] + 0.5 * dt * k1[i];
    rhs(tmp, k2);
    for (let i = 0; i < N; i++) tmp[i] = U[i] + 0.5 * dt * k2[i];
    rhs(tmp, k3);
    for (let i = 0; i < N; i++) tmp[i] = U[i] + dt * k3[i];
    rhs(tmp, k4);
    const next = new Float64Array(N);
    for (let i = 0; i < N; i++) next[i] = U[i] + (dt / 6) * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
    U = next;
    times[s] = s * dt;
    modeAmplitude[s] = project(U);
  }
  const temperatures = U.map(temperatureOf);
  return { times, modeAmplitude, temperatures, measuredRate: -Math.log(modeAmplitude[steps] / modeAmplitude[0]) / time };
}

/**
 * Relaxation rate of the slowest mode sin(πx/L) of the diffusion equation (83),
 * C̃∂_tT = ∂_x(κ∂_xT) with C̃ = C/d, κ = Kd, L = (N + 1)d and fixed ends:
 * λ = π²κ/(C̃L²) = π²K(T0)/[C(T0)(N + 1)²], with K of (43) and C = π²T0/(3Δ). Energy.
 */
export function fourierRelaxationRate(p: P, subsystems: number): number {
  return (Math.PI ** 2 * conductance(p)) / (subsystemHeatCapacity(p.T, p.modeSpacing) * (subsystems + 1) ** 2);
}

/**
 * Relaxation rate of the slowest mode of the linearised chain (81) at T0 (discrete Laplacian):
 * λ = (4K/C) sin²(θ/2), θ = π/(N + 1). Energy.
 */
export function linearChainRelaxationRate(p: P, subsystems: number): number {
  return ((4 * conductance(p)) / subsystemHeatCapacity(p.T, p.modeSpacing)) * Math.sin(Math.PI / (2 * (subsystems + 1))) ** 2;
}
