import type { LegacyClaim as Claim } from "../../core/claim.js";
import { tolerance } from "../../core/tolerance.js";
import { conductance, frictionKernel, heatCurrent, propagatorRoots } from "./analytic.js";
import { chainSteadyStateNonlinear, chainSteadyStateLinear } from "./analytic-chain.js";
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
import { claim, limitOutcome } from "./claim-support.js";
import { drudeUllersmaBath, finiteBathFrictionKernel } from "./exact.js";
import type { OscillatorMediatorParams } from "./params.js";
import { resolveOscillatorMediatorParams as resolve } from "./params.js";

/**
 * Limits of the seed paper, each decided by the measured order of convergence
 * (fitConvergenceOrder on a geometric sequence approaching the limit). The tolerance's
 * atol is the allowed |measured − expected| order; the expected order is derived in the
 * statement (the paper gives the limits, not their rates).
 */

const ORDER = (why: string) => tolerance(0, 0.25, `allowed deviation of the fitted order from the expected one: ${why}`);

function sequence(name: string, where: string, statement: string, domain: string, expectedOrder: number, why: string, h: readonly number[], hLabel: string, error: (h: number) => number): Claim {
  const tol = ORDER(why);
  return claim({
    name,
    where,
    statement,
    kind: "limit",
    tolerance: tol,
    domain,
    verify: () => limitOutcome({ h, errors: h.map(error), expectedOrder, tolerance: tol, hLabel, what: name }),
  });
}

const ratio = (a: number, b: number) => a / b - 1;
const base = (extra: Partial<OscillatorMediatorParams>) => resolve({ omega0: 1, gamma1: 0.25, gamma2: 0.25, D: 2, ...extra });

const highT = sequence(
  "eq47-high-T-limit",
  "eqs. (43), (45), (47)",
  "K(T) of (43) tends to the classical plateau (47) as T → ∞, with relative error O((ħ|μ|/k_BT)²) (x²cosech²x = 1 − x²/3 + …)",
  "ω0 = 1, γ1 = γ2 = 0.25, D = 2; T = 20, 40, 80, 160",
  2,
  "the first correction −x²/3 of x²cosech²x with a finite second moment of the transmission (𝒯 ~ ω⁻⁶); asymptotic range reached at T ≥ 20|μ|",
  [1 / 20, 1 / 40, 1 / 80, 1 / 160],
  "1/T",
  (h) => { const p = base({ T: 1 / h }); return ratio(conductance(p), conductanceHighTemperature(p)); },
);

const lowT = sequence(
  "eq51-low-T-limit",
  "eqs. (43), (49)–(51)",
  "K(T) of (43) tends to 2π³k_B⁴T³/(15ħ³ω0⁴τ_p²) (51) as T → 0, with relative error O(T²) (next term of the small-ω expansion)",
  "ω0 = 1, γ1 = γ2 = 0.25, D = 2; T = 0.04, 0.02, 0.01, 0.005",
  2,
  "the integrand of (43) is even in ω beyond its leading ω⁴ term, so the next term is O(ω⁶) → relative O(T²)",
  [0.04, 0.02, 0.01, 0.005],
  "T",
  (T) => { const p = base({ T }); return ratio(conductance(p), conductanceLowTemperature(p)); },
);

const lowTCurrent = sequence(
  "eq49-low-T-current-limit",
  "eqs. (42), (49)",
  "J_th of (42) tends to (π³k_B⁴/30ħ³τ_p)(T1⁴ − T2⁴)Σ g_n/μ_n² (49) as T1, T2 → 0 (T2 = T1/2), with relative error O(T²)",
  "ω0 = 1, γ1 = γ2 = 0.25, D = 2; T1 = 0.04 … 0.005, T2 = T1/2",
  2,
  "as for (51): next term of the small-ω expansion of the integrand",
  [0.04, 0.02, 0.01, 0.005],
  "T1",
  (T) => { const p = base({ T1: T, T2: T / 2 }); return ratio(heatCurrent(p), heatCurrentLowTemperatureSum(p)); },
);

const wideBandCurrent = sequence(
  "eq61-wide-band-limit",
  "eqs. (42), (61)",
  "J_th of (42) tends to the QTB current (61) as D → ∞, with relative error O(1/D) (the Drude self-energy shifts ω0² by γ̂ω²/D)",
  "ω0 = 1, γ1 = γ2 = 0.25, T1 = 1, T2 = 0.5; D = 100, 200, 400, 800",
  1,
  "Re[zγ̂(z)] = γ̂Dω²/(D²+ω²) ≈ γ̂ω²/D is the leading correction",
  [1 / 100, 1 / 200, 1 / 400, 1 / 800],
  "1/D",
  (h) => { const p = base({ D: 1 / h, T1: 1, T2: 0.5 }); return ratio(heatCurrent(p), qtbHeatCurrent(p)); },
);

const wideBandConductance = sequence(
  "eq62-wide-band-limit",
  "eqs. (43), (62)",
  "K of (43) tends to the QTB conductance (62) as D → ∞, with relative error O(1/D)",
  "ω0 = 1, γ1 = γ2 = 0.25, T = 1; D = 100, 200, 400, 800",
  1,
  "as for (61)",
  [1 / 100, 1 / 200, 1 / 400, 1 / 800],
  "1/D",
  (h) => { const p = base({ D: 1 / h, T: 1 }); return ratio(conductance(p), qtbConductance(p)); },
);

const eq48 = sequence(
  "eq48-wide-band-limit",
  "eqs. (47), (48)",
  "The classical plateau (47) tends to k_Bγ̂/4 (48) as D → ∞, with relative error γ̂/(2D) + O(1/D²)",
  "ω0 = 1, γ1 = γ2 = 0.25; D = 10, 20, 40, 80",
  1,
  "(47)/(48) = 1/(1 + ω0²/D² + γ̂/2D)",
  [1 / 10, 1 / 20, 1 / 40, 1 / 80],
  "1/D",
  (h) => { const p = base({ D: 1 / h }); return ratio(conductanceHighTemperature(p), conductanceHighTemperatureWideBand(p)); },
);

const plateau = sequence(
  "eq77-plateau-limit",
  "eqs. (43), (74)–(77)",
  "In the regime D ≪ k_BT/ħ ≪ ω0 (and γ̂ ≪ ω0), K of (43) tends to the intermediate plateau (k_Bγ̂/4)·D³γ̂/(2ω0⁴) (77); along D = ε²ω0, T = εω0 the relative error is O(ε)",
  "ω0 = 1, γ1 = γ2 = 0.05 (ω0τ_p = 10 as in Fig. 4); ε = 0.02, 0.01, 0.005, 0.0025",
  1,
  "the sinh x ≈ x estimate of (76) leaves a relative O(D/T) = O(ε); the other corrections (T²/ω0², D²/ω0²) are higher order",
  [0.02, 0.01, 0.005, 0.0025],
  "ε",
  (e) => { const p = resolve({ omega0: 1, gamma1: 0.05, gamma2: 0.05, D: e * e, T: e }); return ratio(conductance(p), conductancePlateau(p)); },
);

const virial = sequence(
  "eq72-virial-limit",
  "eqs. (63)–(65), (71)–(72)",
  "For γ̂_D → 0 at fixed T1, T2 (condition (71)), T_x and T_p of (64)–(65) tend to [U(T1) + U(T2)]/2 (72); the larger relative error is O(γ̂)",
  "ω0 = 1, D = 10, T1 = 1, T2 = 2; γ̂ = 0.04, 0.02, 0.01, 0.005",
  1,
  "the coupling enters T_x, T_p at first order (for T_p with a ln(D/ω0) vacuum factor)",
  [0.04, 0.02, 0.01, 0.005],
  "γ̂",
  (g) => {
    const p = resolve({ omega0: 1, gamma1: g / 2, gamma2: g / 2, D: 10, T1: 1, T2: 2 });
    const t = mediatorTemperatures(p);
    const u = virialTemperature(p);
    return Math.max(Math.abs(ratio(t.Tx, u)), Math.abs(ratio(t.Tp, u)));
  },
);

const classical = sequence(
  "eq73-classical-limit",
  "eqs. (64)–(65), (73)",
  "For k_BT1,2 ≫ ħω0 (T2 = 2T1), T_x and T_p tend to (T1 + T2)/2 (73) at any coupling; relative error O(1/T²)",
  "ω0 = 1, γ1 = γ2 = 0.5, D = 10; T1 = 10, 20, 40, 80",
  2,
  "the quantum corrections to equipartition start at (ħω/k_BT)² (U(T) = T + ω0²/12T + …)",
  [1 / 10, 1 / 20, 1 / 40, 1 / 80],
  "1/T1",
  (h) => {
    const p = resolve({ omega0: 1, gamma1: 0.5, gamma2: 0.5, D: 10, T1: 1 / h, T2: 2 / h });
    const t = mediatorTemperatures(p);
    const c = virialTemperatureClassical(p);
    return Math.max(Math.abs(ratio(t.Tx, c)), Math.abs(ratio(t.Tp, c)));
  },
);

const weakRoots = sequence(
  "eq69-weak-coupling-roots",
  "eqs. (68)–(69)",
  "For γ̂_D ≪ ω0: Re μ_{1,2} = γ̂_D/2 and μ_3 = D − γ̂_D to first order; the relative errors of these first-order terms vanish as O(γ̂)",
  "ω0 = 1, D = 10; γ̂ = 0.04, 0.02, 0.01, 0.005",
  1,
  "first-order perturbation of the cubic (21) about μ = ±iω0 and μ = D",
  [0.04, 0.02, 0.01, 0.005],
  "γ̂",
  (g) => {
    const p = resolve({ omega0: 1, gamma1: g / 2, gamma2: g / 2, D: 10 });
    const r = propagatorRoots(p);
    const gD = effectiveCoupling(p);
    return Math.max(Math.abs(r.mu[0].re / (gD / 2) - 1), Math.abs(r.mu[1].re / (gD / 2) - 1), Math.abs((p.D - r.mu[2].re) / gD - 1));
  },
);

const largeD = sequence(
  "eq23-24-large-D-roots",
  "eqs. (22)–(24)",
  "For D ≫ ω0, 1/τ_p: μ_{1,2} → (1 ∓ r)/2τ_p, μ_3 ≈ D − 1/τ_p and g_1 = −g_2 → τ_p/r, r = √(1 − 4τ_p/τ_x); relative errors O(1/D)",
  "ω0 = 1, γ̂ = 4 (overdamped, r = √3/2); D = 100, 200, 400, 800",
  1,
  "the Drude kernel differs from the Ohmic one at relative order μ/D",
  [1 / 100, 1 / 200, 1 / 400, 1 / 800],
  "1/D",
  (h) => {
    const p = resolve({ omega0: 1, gamma1: 2, gamma2: 2, D: 1 / h });
    const r = propagatorRoots(p);
    const tp = 1 / 4;
    const rr = Math.sqrt(1 - 4 * tp * tp * p.omega0 ** 2);
    const m1 = (1 - rr) / (2 * tp);
    const m2 = (1 + rr) / (2 * tp);
    return Math.max(
      Math.abs(r.mu[0].re / m1 - 1),
      Math.abs(r.mu[1].re / m2 - 1),
      Math.abs(r.g[0].re / (tp / rr) - 1),
      Math.abs(r.g[1].re / (-tp / rr) - 1),
      Math.abs(r.mu[2].re / (p.D - 1 / tp) - 1),
    );
  },
);

const chainLinear = sequence(
  "chain-linear-response-limit",
  "eqs. (80)–(81)",
  "The steady current of the linear-response chain (81) (K at the mean temperature of each link) tends to the steady current of the nonlinear chain (80) with link currents (42) (solved without linearisation: J = [Φ(T_L) − Φ(T_R)]/(N + 1); an analytic comparison, no exact dynamics involved) as the number N of subsystems grows, with relative error O(1/N²)",
  "ω0 = 1, γ1 = γ2 = 0.5, D = 2, T_L = 2, T_R = 0.5; N = 2, 4, 8, 16",
  2,
  "K at the link midpoint is a midpoint rule for ∫K dT over each link: error O(ΔT³) per link, (N+1) links",
  [1 / 3, 1 / 5, 1 / 9, 1 / 17],
  "1/(N+1)",
  (h) => {
    const p = resolve({ omega0: 1, gamma1: 0.5, gamma2: 0.5, D: 2, T1: 2, T2: 0.5 });
    const n = Math.round(1 / h) - 1;
    return ratio(chainSteadyStateLinear(p, n).current, chainSteadyStateNonlinear(p, n).current);
  },
);

const kernel = sequence(
  "eq15-friction-kernel-limit",
  "eqs. (13)–(15)",
  "The friction kernel (13) of two discrete baths (14) tends to γD e^{−D|t|} (15) as Δ → 0; max over 0 ≤ t ≤ 4/D of the error relative to γ̂D is O(Δ) (the excluded k = 0 mode: offset −γ̂Δ/π)",
  "ω0 = 1, γ1 = γ2 = 0.25, D = 2; Δ = D/10 … D/80 at band edge NΔ = 2·10⁴ D (truncation ≤ 2D/πNΔ ≈ 3·10⁻⁵ ≪ Δ/πD)",
  1,
  "Euler–Maclaurin: the sum over k ≥ 1 misses half the ω = 0 term, −(Δ/2)·(2γ̂/π); the images at t + 2π/Δ are exponentially small",
  [0.1, 0.05, 0.025, 0.0125],
  "Δ/D",
  (h) => {
    const p = base({});
    const spacing = h * p.D;
    const N = Math.round((2e4 * p.D) / spacing);
    const baths = [drudeUllersmaBath(p.gamma1, p.D, N, spacing), drudeUllersmaBath(p.gamma2, p.D, N, spacing)];
    let worst = 0;
    for (let i = 0; i <= 8; i++) {
      const t = (4 / p.D) * (i / 8);
      worst = Math.max(worst, Math.abs(finiteBathFrictionKernel(t, baths) - frictionKernel(t, p)) / (0.5 * p.D));
    }
    return worst;
  },
);

export const limitClaims: readonly Claim[] = [highT, lowT, lowTCurrent, wideBandCurrent, wideBandConductance, eq48, plateau, virial, classical, weakRoots, largeD, chainLinear, kernel];
