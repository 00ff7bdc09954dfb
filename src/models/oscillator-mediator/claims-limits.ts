import type { JudgedClaim } from "../../core/claim.js";
import { conductance, frictionKernel, heatCurrent, propagatorRoots } from "./analytic.js";
import { chainSteadyStateLinear, chainSteadyStateNonlinear } from "./analytic-chain.js";
import {
  conductanceHighTemperature,
  conductanceHighTemperatureWideBand,
  conductanceLowTemperature,
  conductancePlateau,
  heatCurrentLowTemperatureSum,
  qtbConductance,
  qtbHeatCurrent,
} from "./analytic-limits.js";
import { effectiveCoupling, mediatorTemperatures, virialTemperature, virialTemperatureClassical } from "./analytic-virial.js";
import { limitClaim, type LimitSpec } from "./claims-support.js";
import { drudeUllersmaBath, finiteBathFrictionKernel } from "./exact.js";
import { resolveOscillatorMediatorParams as resolve, type OscillatorMediatorParams } from "./params.js";

/**
 * Limits of 002_1f8d4f9374398bb6.txt, each decided by the fitted order of convergence of its
 * errors along a geometric sequence approaching the limit (strictly decreasing errors
 * required). The paper gives the limits, not their rates: the expected order is derived in
 * each statement and its reason.
 */

const ratio = (a: number, b: number) => a / b - 1;
/** The larger of the relative deviations of several pairs (value, limit). */
const worstRatio = (pairs: readonly (readonly [number, number])[]) => Math.max(...pairs.map(([a, b]) => Math.abs(ratio(a, b))));
const base = (extra: Partial<OscillatorMediatorParams>) => resolve({ omega0: 1, gamma1: 0.25, gamma2: 0.25, D: 2, ...extra });
const geometric = (first: number) => [first, first / 2, first / 4, first / 8];

/** The kernel check: max over 0 ≤ t ≤ 4/D of |γ_N(t) − γD e^{−Dt}|/(γ̂D/2) at spacing Δ = h·D, band edge 2·10⁴ D. */
function frictionKernelError(h: number): number {
  const p = base({});
  const spacing = h * p.D;
  const modes = Math.round((2e4 * p.D) / spacing);
  const baths = [drudeUllersmaBath(p.gamma1, p.D, modes, spacing), drudeUllersmaBath(p.gamma2, p.D, modes, spacing)];
  const times = Array.from({ length: 9 }, (_, i) => (4 / p.D) * (i / 8));
  return Math.max(...times.map((t) => Math.abs(finiteBathFrictionKernel(t, baths) - frictionKernel(t, p)) / (0.5 * p.D)));
}

/** (22)–(24): the roots and residues of the Ohmic (D → ∞) limit at γ̂ = 4, against the exact ones at D = 1/h. */
function largeDError(h: number): number {
  const p = resolve({ omega0: 1, gamma1: 2, gamma2: 2, D: 1 / h });
  const { mu, g } = propagatorRoots(p);
  const tauP = 1 / 4;
  const r = Math.sqrt(1 - 4 * tauP * tauP * p.omega0 ** 2);
  return worstRatio([
    [mu[0].re, (1 - r) / (2 * tauP)],
    [mu[1].re, (1 + r) / (2 * tauP)],
    [g[0].re, tauP / r],
    [g[1].re, -tauP / r],
    [mu[2].re, p.D - 1 / tauP],
  ]);
}

const LIMITS: readonly LimitSpec[] = [
  {
    name: "eq47-high-T-limit",
    where: "eqs. (43), (45), (47)",
    statement: "K(T) of (43) tends to the classical plateau (47) as T → ∞, with relative error O((ħ|μ|/k_BT)²) (x²cosech²x = 1 − x²/3 + …)",
    domain: "ω0 = 1, γ1 = γ2 = 0.25, D = 2; T = 20, 40, 80, 160",
    expected: 2,
    why: "the first correction −x²/3 of x²cosech²x with a finite second moment of the transmission (𝒯 ~ ω⁻⁶); asymptotic range reached at T ≥ 20|μ|",
    h: geometric(1 / 20),
    hLabel: "1/T",
    what: "K(43)/K(47) − 1",
    error: (h) => ratio(conductance(base({ T: 1 / h })), conductanceHighTemperature(base({ T: 1 / h }))),
  },
  {
    name: "eq51-low-T-limit",
    where: "eqs. (43), (49)–(51)",
    statement: "K(T) of (43) tends to 2π³k_B⁴T³/(15ħ³ω0⁴τ_p²) (51) as T → 0, with relative error O(T²) (next term of the small-ω expansion)",
    domain: "ω0 = 1, γ1 = γ2 = 0.25, D = 2; T = 0.04, 0.02, 0.01, 0.005",
    expected: 2,
    why: "the integrand of (43) is even in ω beyond its leading ω⁴ term, so the next term is O(ω⁶) → relative O(T²)",
    h: geometric(0.04),
    hLabel: "T",
    what: "K(43)/K(51) − 1",
    error: (T) => ratio(conductance(base({ T })), conductanceLowTemperature(base({ T }))),
  },
  {
    name: "eq49-low-T-current-limit",
    where: "eqs. (42), (49)",
    statement: "J_th of (42) tends to (π³k_B⁴/30ħ³τ_p)(T1⁴ − T2⁴)Σ g_n/μ_n² (49) as T1, T2 → 0 (T2 = T1/2), with relative error O(T²)",
    domain: "ω0 = 1, γ1 = γ2 = 0.25, D = 2; T1 = 0.04 … 0.005, T2 = T1/2",
    expected: 2,
    why: "as for (51): next term of the small-ω expansion of the integrand",
    h: geometric(0.04),
    hLabel: "T1",
    what: "J(42)/J(49) − 1",
    error: (T) => ratio(heatCurrent(base({ T1: T, T2: T / 2 })), heatCurrentLowTemperatureSum(base({ T1: T, T2: T / 2 }))),
  },
  {
    name: "eq61-wide-band-limit",
    where: "eqs. (42), (61)",
    statement: "J_th of (42) tends to the QTB current (61) as D → ∞, with relative error O(1/D) (the Drude self-energy shifts ω0² by γ̂ω²/D)",
    domain: "ω0 = 1, γ1 = γ2 = 0.25, T1 = 1, T2 = 0.5; D = 100, 200, 400, 800",
    expected: 1,
    why: "Re[zγ̂(z)] = γ̂Dω²/(D²+ω²) ≈ γ̂ω²/D is the leading correction",
    h: geometric(1 / 100),
    hLabel: "1/D",
    what: "J(42)/J(61) − 1",
    error: (h) => ratio(heatCurrent(base({ D: 1 / h, T1: 1, T2: 0.5 })), qtbHeatCurrent(base({ D: 1 / h, T1: 1, T2: 0.5 }))),
  },
  {
    name: "eq62-wide-band-limit",
    where: "eqs. (43), (62)",
    statement: "K of (43) tends to the QTB conductance (62) as D → ∞, with relative error O(1/D)",
    domain: "ω0 = 1, γ1 = γ2 = 0.25, T = 1; D = 100, 200, 400, 800",
    expected: 1,
    why: "as for (61)",
    h: geometric(1 / 100),
    hLabel: "1/D",
    what: "K(43)/K(62) − 1",
    error: (h) => ratio(conductance(base({ D: 1 / h, T: 1 })), qtbConductance(base({ D: 1 / h, T: 1 }))),
  },
  {
    name: "eq48-wide-band-limit",
    where: "eqs. (47), (48)",
    statement: "The classical plateau (47) tends to k_Bγ̂/4 (48) as D → ∞, with relative error γ̂/(2D) + O(1/D²)",
    domain: "ω0 = 1, γ1 = γ2 = 0.25; D = 10, 20, 40, 80",
    expected: 1,
    why: "(47)/(48) = 1/(1 + ω0²/D² + γ̂/2D)",
    h: geometric(1 / 10),
    hLabel: "1/D",
    what: "K(47)/K(48) − 1",
    error: (h) => ratio(conductanceHighTemperature(base({ D: 1 / h })), conductanceHighTemperatureWideBand(base({ D: 1 / h }))),
  },
  {
    name: "eq77-plateau-limit",
    where: "eqs. (43), (74)–(77)",
    statement:
      "In the regime D ≪ k_BT/ħ ≪ ω0 (and γ̂ ≪ ω0), K of (43) tends to the intermediate plateau (k_Bγ̂/4)·D³γ̂/(2ω0⁴) (77); along D = ε²ω0, T = εω0 the relative error is O(ε)",
    domain: "ω0 = 1, γ1 = γ2 = 0.05 (ω0τ_p = 10 as in Fig. 4); ε = 0.02, 0.01, 0.005, 0.0025",
    expected: 1,
    why: "the sinh x ≈ x estimate of (76) leaves a relative O(D/T) = O(ε); the other corrections (T²/ω0², D²/ω0²) are higher order",
    h: geometric(0.02),
    hLabel: "ε",
    what: "K(43)/K(77) − 1",
    error: (e) => {
      const p = resolve({ omega0: 1, gamma1: 0.05, gamma2: 0.05, D: e * e, T: e });
      return ratio(conductance(p), conductancePlateau(p));
    },
  },
  {
    name: "eq72-virial-limit",
    where: "eqs. (63)–(65), (71)–(72)",
    statement: "For γ̂_D → 0 at fixed T1, T2 (condition (71)), T_x and T_p of (64)–(65) tend to [U(T1) + U(T2)]/2 (72); the larger relative error is O(γ̂)",
    domain: "ω0 = 1, D = 10, T1 = 1, T2 = 2; γ̂ = 0.04, 0.02, 0.01, 0.005",
    expected: 1,
    why: "the coupling enters T_x, T_p at first order (for T_p with a ln(D/ω0) vacuum factor)",
    h: geometric(0.04),
    hLabel: "γ̂",
    what: "max(|T_x/U − 1|, |T_p/U − 1|)",
    error: (g) => {
      const p = resolve({ omega0: 1, gamma1: g / 2, gamma2: g / 2, D: 10, T1: 1, T2: 2 });
      const t = mediatorTemperatures(p);
      return worstRatio([[t.Tx, virialTemperature(p)], [t.Tp, virialTemperature(p)]]);
    },
  },
  {
    name: "eq73-classical-limit",
    where: "eqs. (64)–(65), (73)",
    statement: "For k_BT1,2 ≫ ħω0 (T2 = 2T1), T_x and T_p tend to (T1 + T2)/2 (73) at any coupling; relative error O(1/T²)",
    domain: "ω0 = 1, γ1 = γ2 = 0.5, D = 10; T1 = 10, 20, 40, 80",
    expected: 2,
    why: "the quantum corrections to equipartition start at (ħω/k_BT)² (U(T) = T + ω0²/12T + …)",
    h: geometric(1 / 10),
    hLabel: "1/T1",
    what: "max(|T_x/T̄ − 1|, |T_p/T̄ − 1|)",
    error: (h) => {
      const p = resolve({ omega0: 1, gamma1: 0.5, gamma2: 0.5, D: 10, T1: 1 / h, T2: 2 / h });
      const t = mediatorTemperatures(p);
      return worstRatio([[t.Tx, virialTemperatureClassical(p)], [t.Tp, virialTemperatureClassical(p)]]);
    },
  },
  {
    name: "eq69-weak-coupling-roots",
    where: "eqs. (68)–(69)",
    statement: "For γ̂_D ≪ ω0: Re μ_{1,2} = γ̂_D/2 and μ_3 = D − γ̂_D to first order; the relative errors of these first-order terms vanish as O(γ̂)",
    domain: "ω0 = 1, D = 10; γ̂ = 0.04, 0.02, 0.01, 0.005",
    expected: 1,
    why: "first-order perturbation of the cubic (21) about μ = ±iω0 and μ = D",
    h: geometric(0.04),
    hLabel: "γ̂",
    what: "worst relative error of Re μ_{1,2}, D − μ_3",
    error: (g) => {
      const p = resolve({ omega0: 1, gamma1: g / 2, gamma2: g / 2, D: 10 });
      const { mu } = propagatorRoots(p);
      const gammaD = effectiveCoupling(p);
      return worstRatio([[mu[0].re, gammaD / 2], [mu[1].re, gammaD / 2], [p.D - mu[2].re, gammaD]]);
    },
  },
  {
    name: "eq23-24-large-D-roots",
    where: "eqs. (22)–(24)",
    statement: "For D ≫ ω0, 1/τ_p: μ_{1,2} → (1 ∓ r)/2τ_p, μ_3 ≈ D − 1/τ_p and g_1 = −g_2 → τ_p/r, r = √(1 − 4τ_p/τ_x); relative errors O(1/D)",
    domain: "ω0 = 1, γ̂ = 4 (overdamped, r = √3/2); D = 100, 200, 400, 800",
    expected: 1,
    why: "the Drude kernel differs from the Ohmic one at relative order μ/D",
    h: geometric(1 / 100),
    hLabel: "1/D",
    what: "worst relative error of μ_{1,2,3}, g_{1,2}",
    error: largeDError,
  },
  {
    name: "chain-linear-response-limit",
    where: "eqs. (80)–(81)",
    statement:
      "The steady current of the linear-response chain (81) (K at the mean temperature of each link) tends to the steady current of the nonlinear chain (80) with link currents (42) (solved without linearisation: J = [Φ(T_L) − Φ(T_R)]/(N + 1); an analytic comparison, no exact dynamics involved) as the number N of subsystems grows, with relative error O(1/N²)",
    domain: "ω0 = 1, γ1 = γ2 = 0.5, D = 2, T_L = 2, T_R = 0.5; N = 2, 4, 8, 16",
    expected: 2,
    why: "K at the link midpoint is a midpoint rule for ∫K dT over each link: error O(ΔT³) per link, (N+1) links",
    h: [1 / 3, 1 / 5, 1 / 9, 1 / 17],
    hLabel: "1/(N+1)",
    what: "J(81)/J(80) − 1",
    error: (h) => {
      const p = resolve({ omega0: 1, gamma1: 0.5, gamma2: 0.5, D: 2, T1: 2, T2: 0.5 });
      const n = Math.round(1 / h) - 1;
      return ratio(chainSteadyStateLinear(p, n).current, chainSteadyStateNonlinear(p, n).current);
    },
  },
  {
    name: "eq15-friction-kernel-limit",
    where: "eqs. (13)–(15)",
    statement:
      "The friction kernel (13) of two discrete baths (14) tends to γD e^{−D|t|} (15) as Δ → 0; max over 0 ≤ t ≤ 4/D of the error relative to γ̂D is O(Δ) (the excluded k = 0 mode: offset −γ̂Δ/π)",
    domain: "ω0 = 1, γ1 = γ2 = 0.25, D = 2; Δ = D/10 … D/80 at band edge NΔ = 2·10⁴ D (truncation ≤ 2D/πNΔ ≈ 3·10⁻⁵ ≪ Δ/πD)",
    expected: 1,
    why: "Euler–Maclaurin: the sum over k ≥ 1 misses half the ω = 0 term, −(Δ/2)·(2γ̂/π); the images at t + 2π/Δ are exponentially small",
    h: geometric(0.1),
    hLabel: "Δ/D",
    what: "max_t |γ_N(t) − γ(t)|/(γ̂D/2)",
    error: frictionKernelError,
  },
];

export const limitClaims: readonly JudgedClaim[] = LIMITS.map(limitClaim);
