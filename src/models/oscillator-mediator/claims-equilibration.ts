import type { LegacyClaim as Claim } from "../../core/claim.js";
import { tolerance } from "../../core/tolerance.js";
import { equilibrationTime, equilibrationTimeEstimate, subsystemEnergy, subsystemEnergyContinuum } from "./analytic-equilibration.js";
import { claim, limitOutcome } from "./claim-support.js";
import { resolveOscillatorMediatorParams as resolve } from "./params.js";

/**
 * The time-scale separation of Sec. VI: the subsystem energy U ~ T²/Δ and the mutual
 * equilibration time (78), t_eq ~ Δ⁻¹.
 */

const energyTol = tolerance(0, 0.25, "allowed deviation of the fitted order: Euler–Maclaurin for Σ_{k≥1}Δ f(kΔ) with f = ωn(ω), f(0) = T, leaves −ΔT/2, a relative 3Δ/(π²T)");
const energy = claim({
  name: "subsystem-energy-scaling",
  where: "Sec. VI (text before (78))",
  statement: "The thermal energy Σ_k ω_k n(ω_k) of a Drude–Ullersma subsystem with spacing Δ is U = (k_BT)²π²/(6ħΔ) ('U ~ (k_BT)²/ħΔ') up to a relative error O(Δ/T)",
  kind: "limit",
  tolerance: energyTol,
  domain: "T = 1, Δ = 0.1, 0.05, 0.025, 0.0125, band edge NΔ = 60T (the truncated tail is e⁻⁶⁰)",
  verify: () => {
    const h = [0.1, 0.05, 0.025, 0.0125];
    const errors = h.map((d) => subsystemEnergy(1, d, Math.round(60 / d)) / subsystemEnergyContinuum(1, d) - 1);
    return limitOutcome({ h, errors, expectedOrder: 1, tolerance: energyTol, hLabel: "Δ/T", what: "U_N/(π²T²/6Δ) − 1" });
  },
});

const teqTol = tolerance(0, 1, "'~' in (78) is an order-of-magnitude statement: |log10(t_eq / t_eq^(78))| ≤ 1; also t_eq·Δ must be independent of Δ (t_eq ∝ 1/Δ) to 1e-12");
const teq = claim({
  name: "eq78-equilibration-time",
  where: "eq. (78)",
  statement: "The mutual equilibration time of two subsystems joined by one mediator, t_eq = C/(2K) with C = π²k_BT/(3ħΔ) and K of (43), scales as Δ⁻¹ and is of the order of the estimate (78), τ_p k_BT/(ħΔ)",
  kind: "agreement",
  tolerance: teqTol,
  domain: "ω0 = 1, γ1 = γ2 = 0.5, D = 10, T = 1 and T = 5; Δ = 1e-3, 1e-4",
  verify: () => {
    const rows = [1, 5].map((T) => {
      const p = resolve({ omega0: 1, gamma1: 0.5, gamma2: 0.5, D: 10, T });
      const a = equilibrationTime(p, 1e-3);
      const b = equilibrationTime(p, 1e-4);
      return { T, ratio: a / equilibrationTimeEstimate(p, 1e-3), scaling: Math.abs((b * 1e-4) / (a * 1e-3) - 1) };
    });
    const worst = Math.max(...rows.map((r) => Math.abs(Math.log10(r.ratio))));
    const scaling = Math.max(...rows.map((r) => r.scaling));
    return {
      holds: worst <= teqTol.atol && scaling <= 1e-12,
      measuredError: worst,
      details: rows.map((r) => `T = ${r.T}: t_eq/t_eq^(78) = ${r.ratio.toPrecision(4)}`).join("; ") + `; |t_eq(Δ)Δ − t_eq(Δ/10)Δ/10| relative ${scaling.toExponential(1)} (the classical wide-band value of the ratio is 2π²/3 = 6.58)`,
    };
  },
});

export const equilibrationClaims: readonly Claim[] = [energy, teq];
