import { ParameterError } from "../../core/errors.js";
import { conductance } from "./analytic.js";
import type { OscillatorMediatorParams } from "./params.js";
import { totalCoupling } from "./params.js";

/**
 * Energy, heat capacity and mutual equilibration time of the macroscopic subsystems of the
 * chain (Sec. VI, text before (78) and eq. (78)). Units ħ = k_B = 1.
 * Source: 002_1f8d4f9374398bb6.txt, Sec. VI.
 */

/**
 * Thermal energy of one discretised Drude–Ullersma subsystem without zero-point energy:
 * U_N(T) = Σ_{k=1}^{N} ω_k n(ω_k), ω_k = kΔ (the finite sum, not an approximation), for the
 * bath spectrum ω_k = kΔ of eq. (14); its continuum form is the printed U(T) ~ (k_BT)²/(ħΔ) of Sec. VI.
 * Source: 002_1f8d4f9374398bb6.txt, eq. (14) and Sec. VI (text before (78)).
 * Units: T, Δ in energy; returns energy.
 * @throws ParameterError for non-positive T, Δ or N.
 */
export function subsystemEnergy(temperature: number, spacing: number, modes: number): number {
  if (!(temperature > 0 && Number.isFinite(temperature))) throw new ParameterError("temperature", temperature, "a finite number > 0");
  if (!(spacing > 0 && Number.isFinite(spacing))) throw new ParameterError("spacing", spacing, "a finite number > 0");
  if (!(Number.isInteger(modes) && modes >= 1)) throw new ParameterError("modes", modes, "an integer >= 1");
  let u = 0;
  for (let k = 1; k <= modes; k++) {
    const w = k * spacing;
    const n = 1 / Math.expm1(w / temperature);
    if (n === 0) break;
    u += w * n;
  }
  return u;
}

/**
 * Continuum form of the subsystem energy, U(T) = (1/Δ)∫_0^∞ ω n(ω) dω = π²T²/(6Δ): the printed
 * "U(T) ~ (k_BT)²/(ħΔ)" of Sec. VI with its prefactor π²/6. Energy.
 */
export function subsystemEnergyContinuum(temperature: number, spacing: number): number {
  return (Math.PI ** 2 * temperature * temperature) / (6 * spacing);
}

/** Heat capacity C(T) = dU/dT = π²T/(3Δ) ("C(T) ~ k_B k_BT/(ħΔ)", Sec. VI). Dimensionless (k_B = 1). */
export function subsystemHeatCapacity(temperature: number, spacing: number): number {
  return (Math.PI ** 2 * temperature) / (3 * spacing);
}

/**
 * Mutual equilibration time of two identical subsystems at T ± δT/2 joined by one mediator:
 * C dΔT/dt = −2KΔT, so t_eq = C/(2K) with C of {@link subsystemHeatCapacity} and K(T) of (43).
 * 1/energy.
 */
export function equilibrationTime(p: OscillatorMediatorParams, spacing: number): number {
  return subsystemHeatCapacity(p.T, spacing) / (2 * conductance(p));
}

/** The estimate (78): t_eq ~ τ_p k_BT/(ħΔ) = T/(γ̂Δ). 1/energy. */
export function equilibrationTimeEstimate(p: OscillatorMediatorParams, spacing: number): number {
  return p.T / (totalCoupling(p) * spacing);
}
