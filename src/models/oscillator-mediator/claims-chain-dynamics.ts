import type { LegacyClaim as Claim, Outcome } from "../../core/claim.js";
import { tolerance } from "../../core/tolerance.js";
import { chainRelaxation, fourierRelaxationRate, linearChainRelaxationRate } from "./analytic-chain-dynamics.js";
import { claim, limitOutcome } from "./claim-support.js";
import { resolveOscillatorMediatorParams } from "./params.js";

/**
 * The time evolution of the Fourier chain, eqs. (80)–(83): the energy balance (80) with the full
 * currents (42), integrated in time, relaxes a temperature profile at the rate of the diffusion
 * equation (83), up to the discreteness of the chain.
 */

/** Chain lengths N (N + 1 = 4, 8, 16 links) and the relative amplitude ε of the initial sine profile. */
const LENGTHS = [3, 7, 15] as const;
const AMPLITUDE = 1e-3;

const ORDER = tolerance(
  0,
  0.25,
  "allowed deviation of the fitted order from 2: the slowest mode of the discrete Laplacian relaxes at 4sin²(θ/2)/θ² = 1 − θ²/12 + … times the continuum rate, θ = π/(N + 1); the O(ε) nonlinearity of (42) and U(T) is removed by averaging ±ε (residual O(ε²) = 1e-6)",
);

/** Largest allowed |averaged rate / rate of (81) − 1|: O(ε²) ≈ 1e-6 from the nonlinearity, RK4 error ~(dtλ)⁴/120 ≈ 1e-10. */
const LINEAR_CHAIN_BOUND = 1e-5;

function relaxationOutcome(): Outcome {
  const p = resolveOscillatorMediatorParams({ T: 1 });
  const h: number[] = [];
  const errors: number[] = [];
  const rows: string[] = [];
  let worstLinear = 0;
  for (const N of LENGTHS) {
    const fourier = fourierRelaxationRate(p, N);
    const linear = linearChainRelaxationRate(p, N);
    const fastest = linear / Math.sin(Math.PI / (2 * (N + 1))) ** 2;
    const time = 0.5 / fourier;
    // dt·λ_max = 1: inside RK4's stability interval (2.78); the measured slow mode has dt·λ ≈ 0.01–0.2.
    const steps = Math.ceil(fastest * time);
    const up = chainRelaxation(p, { subsystems: N, amplitude: AMPLITUDE, time, steps });
    const down = chainRelaxation(p, { subsystems: N, amplitude: -AMPLITUDE, time, steps });
    const rate = (up.measuredRate + down.measuredRate) / 2;
    h.push(1 / (N + 1));
    errors.push(rate / fourier - 1);
    worstLinear = Math.max(worstLinear, Math.abs(rate / linear - 1));
    rows.push(
      `N = ${N}: rate ${rate.toExponential(6)} (+ε ${up.measuredRate.toExponential(6)}, −ε ${down.measuredRate.toExponential(6)}), (83) ${fourier.toExponential(6)}, (81) ${linear.toExponential(6)}, |rate/(81) − 1| = ${Math.abs(rate / linear - 1).toExponential(1)}`,
    );
  }
  const o = limitOutcome({ h, errors, expectedOrder: 2, tolerance: ORDER, hLabel: "1/(N + 1)", what: "relaxation rate of (80) with the full link currents (42) vs the diffusion equation (83)" });
  return { ...o, holds: o.holds && worstLinear <= LINEAR_CHAIN_BOUND, details: `${o.details}; ${rows.join("; ")}; worst |rate/(81) − 1| = ${worstLinear.toExponential(1)} (allowed ${LINEAR_CHAIN_BOUND})` };
}

export const chainDynamicsClaims: readonly Claim[] = [
  claim({
    name: "chain-relaxation-fourier",
    where: "eqs. (80)–(83)",
    statement:
      "\"Eq. (82) leads to the energy conservation condition with Fourier's form of the energy current\" (83): a sine profile T_n = T0[1 + ε sin(πn/(N + 1))] between reservoirs at T0, evolved by (80) with the full (nonlinear) link currents (42) and U = π²T²/6Δ, decays at the rate π²κ/(C̃L²) = π²K(T0)/[C(T0)(N + 1)²] of (83), with relative error O(1/(N + 1)²) from the discreteness, and at the rate of the linearised chain (81) up to O(ε²)",
    kind: "limit",
    tolerance: ORDER,
    domain: "defaults (ω0 = 1, γ1 = γ2 = 0.05, D = 10, Δ = 0.0222), T0 = 1, ε = ±1e-3, N = 3, 7, 15, t = 1/(2λ_(83))",
    verify: relaxationOutcome,
  }),
];
