import type { JudgedClaim } from "../../core/claim.js";
import { all, bound, close } from "../../core/criterion.js";
import { measure } from "../../core/measurement.js";
import { equilibrationTime, equilibrationTimeEstimate, subsystemEnergy, subsystemEnergyContinuum } from "./analytic-equilibration.js";
import { kit, limitClaim, partsObservation } from "./claims-support.js";
import { resolveOscillatorMediatorParams as resolve } from "./params.js";

/**
 * The time-scale separation of Sec. VI of 002_1f8d4f9374398bb6.txt: the subsystem energy
 * U ~ T²/Δ and the mutual equilibration time (78), t_eq ~ Δ⁻¹.
 */

/** The two spacings of the t_eq ∝ 1/Δ check. */
const SPACINGS = [1e-3, 1e-4] as const;

export const equilibrationClaims: readonly JudgedClaim[] = [
  limitClaim({
    name: "subsystem-energy-scaling",
    where: "Sec. VI (text before (78))",
    statement: "The thermal energy Σ_k ω_k n(ω_k) of a Drude–Ullersma subsystem with spacing Δ is U = (k_BT)²π²/(6ħΔ) ('U ~ (k_BT)²/ħΔ') up to a relative error O(Δ/T)",
    domain: "T = 1, Δ = 0.1, 0.05, 0.025, 0.0125, band edge NΔ = 60T (the truncated tail is e⁻⁶⁰)",
    expected: 1,
    why: "Euler–Maclaurin for Σ_{k≥1}Δ f(kΔ) with f = ωn(ω), f(0) = T, leaves −ΔT/2, a relative 3Δ/(π²T)",
    h: [0.1, 0.05, 0.025, 0.0125],
    hLabel: "Δ/T",
    what: "U_N/(π²T²/6Δ) − 1",
    error: (d) => subsystemEnergy(1, d, Math.round(60 / d)) / subsystemEnergyContinuum(1, d) - 1,
  }),
  kit.claim({
    name: "eq78-equilibration-time",
    where: "eq. (78)",
    statement:
      "The mutual equilibration time of two subsystems joined by one mediator, t_eq = C/(2K) with C = π²k_BT/(3ħΔ) and K of (43), scales as Δ⁻¹ and is of the order of the estimate (78), τ_p k_BT/(ħΔ)",
    kind: "agreement",
    domain: "ω0 = 1, γ1 = γ2 = 0.5, D = 10, T = 1 and T = 5; Δ = 1e-3, 1e-4",
    criterion: all({
      magnitude: bound({ atMost: 1, reason: "'~' in (78) is an order-of-magnitude statement: |log10(t_eq / t_eq^(78))| ≤ 1" }),
      scaling: close({ rtol: 1e-12, reason: "t_eq ∝ 1/Δ exactly (C ∝ 1/Δ, K independent of Δ): t_eq·Δ at the two spacings agrees to rounding" }),
    }),
    measure: () => {
      const rows = [1, 5].map((T) => {
        const p = resolve({ omega0: 1, gamma1: 0.5, gamma2: 0.5, D: 10, T });
        const [coarse, fine] = SPACINGS.map((d) => equilibrationTime(p, d));
        return { T, ratio: coarse / equilibrationTimeEstimate(p, SPACINGS[0]), coarse: coarse * SPACINGS[0], fine: fine * SPACINGS[1] };
      });
      return partsObservation(
        {
          magnitude: measure.value("max over T of |log10(t_eq/t_eq^(78))|", Math.max(...rows.map((r) => Math.abs(Math.log10(r.ratio))))),
          scaling: measure.pairs(rows.map((r) => ({ label: `t_eq·Δ at Δ = 1e-4 vs 1e-3, T = ${r.T}`, actual: r.fine, expected: r.coarse }))),
        },
        `${rows.map((r) => `T = ${r.T}: t_eq/t_eq^(78) = ${r.ratio.toPrecision(4)}`).join("; ")} (the classical wide-band value of the ratio is 2π²/3 = 6.58)`,
      );
    },
  }),
];
