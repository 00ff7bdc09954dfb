import type { LegacyClaim as Claim } from "../../core/claim.js";
import { tolerance, type Tolerance } from "../../core/tolerance.js";
import { checkProperty } from "../../evidence/property.js";
import { conductance, conductanceTransmission, heatCurrent, heatCurrentTransmission, propagatorRoots, residueMoment } from "./analytic.js";
import { chainCurrentFourier, chainSteadyStateNonlinear } from "./analytic-chain.js";
import {
  conductanceHighTemperature,
  conductanceHighTemperatureSum,
  conductancePlateauIntegral,
  conductancePlateauSum,
  highTemperatureLaplaceForm,
  highTemperatureRootSum,
  lowTemperatureRootSum,
  lowTemperatureRootSumClosedForm,
  qtbHeatCurrent,
  qtbHeatCurrentFourier,
} from "./analytic-limits.js";
import { claim, describeParams, physicalArbitrary, scalarOutcome } from "./claim-support.js";
import { resolveOscillatorMediatorParams, type OscillatorMediatorParams } from "./params.js";

/**
 * Identities of the seed paper: exact equalities between two expressions, checked at random
 * points of the physical domain (numeric evaluation of both sides, never the same code twice).
 */

/** Relative error of a against b, guarded for b = 0. */
function rel(a: number, b: number): number {
  const s = Math.max(Math.abs(a), Math.abs(b));
  return s === 0 ? 0 : Math.abs(a - b) / s;
}

/**
 * An identity between two independently computed sides, sampled over a parameter domain:
 * the measurement is their relative difference, judged by the claim's own rtol (declared once).
 */
function relativeIdentity(fields: {
  name: string;
  where: string;
  statement: string;
  tolerance: Tolerance;
  domain: string;
  arbitrary?: ReturnType<typeof physicalArbitrary>;
  sides: (p: OscillatorMediatorParams) => readonly [number, number];
}): Claim {
  return claim({
    name: fields.name,
    where: fields.where,
    statement: fields.statement,
    kind: "identity",
    tolerance: fields.tolerance,
    domain: fields.domain,
    verify: (context) =>
      checkProperty(
        {
          arbitrary: fields.arbitrary ?? physicalArbitrary(),
          describe: describeParams,
          measure: (p) => {
            const [a, b] = fields.sides(p);
            const e = rel(a, b);
            return { error: e, holds: e <= fields.tolerance.rtol };
          },
        },
        context,
      ),
  });
}

const ROUNDING = "rounding of the closed-form cubic roots and residues (each term of the sum is O(1) relative to the result; ~1e3 ulp with the cancellation Σg_n = 0)";

const SUM_RULE_TOL = tolerance(0, 1e-10, `absolute error relative to the largest term |g_n μ_n^k|: ${ROUNDING}`);

const sumRules = claim({
  name: "sum-rules",
  where: "text after eq. (46)",
  statement: "Σ_n g_n μ_n^k = [(−1)^k − 1]/2 for k = 0, 1, 2 (i.e. 0, −1, 0)",
  kind: "identity",
  tolerance: SUM_RULE_TOL,
  domain: "ω0 ∈ [0.3, 3], γ1, γ2 ∈ [0.01, 10], D ∈ [0.1, 100]",
  verify: (context) =>
    checkProperty(
      {
        arbitrary: physicalArbitrary(),
        describe: describeParams,
        measure: (p) => {
          const r = propagatorRoots(p);
          let worst = 0;
          for (const k of [0, 1, 2]) {
            const s = residueMoment(r, k);
            const scale = Math.max(1, ...r.mu.map((m, n) => Math.hypot(r.g[n].re, r.g[n].im) * Math.hypot(m.re, m.im) ** k));
            worst = Math.max(worst, Math.hypot(s.re - ((-1) ** k - 1) / 2, s.im) / scale);
          }
          return { error: worst, holds: worst <= SUM_RULE_TOL.atol };
        },
      },
      context,
    ),
});

const eq46 = relativeIdentity({
  name: "eq46-laplace-sum",
  where: "eq. (46)",
  statement: "Σ_n g_n μ_n/(D + μ_n) = −L[ġ](D) = −D g̃(D)",
  tolerance: tolerance(1e-9, 0, ROUNDING),
  domain: "ω0 ∈ [0.3, 3], γ1, γ2 ∈ [0.01, 10], D ∈ [0.1, 100]",
  sides: (p) => [highTemperatureRootSum(p, propagatorRoots(p)), highTemperatureLaplaceForm(p)],
});


const eq47 = relativeIdentity({
  name: "eq47-from-eq45",
  where: "eqs. (45), (47)",
  statement: "The high-temperature conductance (45), −(D/4τ_p)Σ g_nμ_n/(D+μ_n), equals (k_B/4τ_p)·2D²/[2(D²+ω0²) + γ̂D] (47)",
  tolerance: tolerance(1e-9, 0, ROUNDING),
  domain: "ω0 ∈ [0.3, 3], γ1, γ2 ∈ [0.01, 10], D ∈ [0.1, 100] (unequal couplings via 1/2τ_p → 2γ1γ2/γm)",
  sides: (p) => [conductanceHighTemperatureSum(p), conductanceHighTemperature(p)],
});


const eq50 = relativeIdentity({
  name: "eq50-low-T-sum",
  where: "eq. (50)",
  statement: "Σ_n g_n/μ_n² = −g̃′(0) = γ̂/ω0⁴",
  tolerance: tolerance(1e-8, 0, `${ROUNDING}; 1/μ_n² amplifies the rounding of small roots (|μ_n| ≥ ~1e-3 in the domain)`),
  domain: "ω0 ∈ [0.3, 3], γ1, γ2 ∈ [0.01, 10], D ∈ [0.1, 100]",
  sides: (p) => [lowTemperatureRootSum(propagatorRoots(p)), lowTemperatureRootSumClosedForm(p)],
});


const QUAD = "two adaptive Gauss–Kronrod quadratures, each to relative 1e-10, of integrands built differently (roots and residues vs |g̃(iω)|² directly), plus the root-sum cancellation";

const eq42Transmission = relativeIdentity({
  name: "eq42-transmission",
  where: "eq. (42)",
  statement: "The heat current (42), in its root–residue form with 1/2τ_p → 2γ1γ2/γm, equals the Landauer–Caroli form (1/2π)∫ω𝒯(ω)[n1 − n2]dω with 𝒯 = 4Γ1Γ2|g̃(iω)|², Γ_ν = γ̂_ν ωD²/(D²+ω²)",
  tolerance: tolerance(1e-7, 0, QUAD),
  domain: "ω0 ∈ [0.3, 3], γ1, γ2 ∈ [0.01, 10], D ∈ [0.1, 100], T1, T2 ∈ [0.05, 20]",
  sides: (p) => [heatCurrent(p), heatCurrentTransmission(p)],
});


const eq43Transmission = relativeIdentity({
  name: "eq43-transmission",
  where: "eq. (43)",
  statement: "The conductance (43) equals (1/2π)∫ω𝒯(ω)∂n/∂T dω (the linear-response limit of the Landauer–Caroli form)",
  tolerance: tolerance(1e-7, 0, QUAD),
  domain: "ω0 ∈ [0.3, 3], γ1, γ2 ∈ [0.01, 10], D ∈ [0.1, 100], T ∈ [0.05, 20]",
  sides: (p) => [conductance(p), conductanceTransmission(p)],
});


const eq60 = relativeIdentity({
  name: "eq60-eq61",
  where: "eqs. (60), (61)",
  statement: "The QTB current as a Fourier integral over (−∞, ∞) (60) with K̃_ν = (γ/2)ω coth(ω/2T_ν) equals the half-line Bose form (61)",
  tolerance: tolerance(1e-8, 0, "two quadratures to relative 1e-10 (whole line vs half line)"),
  domain: "γ1 = γ2 ∈ [0.01, 10], ω0 ∈ [0.3, 3], T1, T2 ∈ [0.05, 20]",
  arbitrary: physicalArbitrary({ equalCouplings: true }),
  sides: (p) => [qtbHeatCurrentFourier(p), qtbHeatCurrent(p)],
});


const PLATEAU_TOL = tolerance(0, 1, "measured error is the relative error divided by its bound 1e-9 + 100ε|g_1|/|g_3|: three quadratures to relative 1e-10, and the sum rule g1 + g2 = −g3 holds only to ε|g_1| while g_3 ≈ γ̂D²/ω0⁴ is tiny in this regime");

const eq76 = claim({
  name: "eq76-from-eq74",
  where: "eqs. (74)–(76)",
  statement: "With g1 + g2 = −g3, the two-integral form (74) equals the single-integral form (76)",
  kind: "identity",
  tolerance: PLATEAU_TOL,
  domain: "plateau regime sampled: ω0 = 1, γ1 = γ2 ∈ [1e-4, 0.1], D ∈ [1e-3, 1e-2], T ∈ [0.02, 0.2]",
  verify: (context) =>
    checkProperty(
      {
        arbitrary: physicalArbitrary({ equalCouplings: true, fixed: { omega0: 1 } }).map((p) =>
          resolveOscillatorMediatorParams({ ...p, gamma1: p.gamma1 / 100, gamma2: p.gamma1 / 100, D: 1e-3 * (1 + 9 * ((p.D - 0.1) / 99.9)), T: 0.02 * (1 + 9 * ((p.T - 0.05) / 19.95)) }),
        ),
        describe: describeParams,
        measure: (p) => {
          const r = propagatorRoots(p);
          // g1 + g2 = −g3 holds only to rounding of |g1| ≈ 1/2ω0, while g3 ≈ γ̂D²/ω0⁴ can be 1e-10:
          // (74) then carries a relative rounding error ≈ ε|g1|/|g3|.
          const cancellation = (100 * Number.EPSILON * Math.hypot(r.g[0].re, r.g[0].im)) / Math.abs(r.g[2].re);
          const e = rel(conductancePlateauSum(p, r), conductancePlateauIntegral(p, r)) / (1e-9 + cancellation);
          return { error: e, holds: e <= PLATEAU_TOL.atol, note: `allowed relative error ${(1e-9 + cancellation).toExponential(2)}` };
        },
      },
      context,
    ),
});

const chainIdentityTol = tolerance(1e-7, 0, "adaptive quadrature of K(T) over T (relative 1e-9) of nested quadratures (1e-10) and Brent roots (1e-12)");
const chainIdentity = claim({
  name: "chain-fourier-identity",
  where: "eqs. (80)–(83)",
  statement:
    "The steady current of the nonlinear chain (80) with link currents (42) (solved without linearisation) equals the Fourier-law current ∫_{T_R}^{T_L} K(T)dT/(N+1) with K(T) of (43) (because (42) = Φ(T1) − Φ(T2) with dΦ/dT = K)",
  kind: "identity",
  tolerance: chainIdentityTol,
  domain: "defaults ω0 = 1, γ1 = γ2 = 0.5, D = 2, T_L = 2, T_R = 0.5, N = 5",
  verify: () => {
    const p = resolveOscillatorMediatorParams({ gamma1: 0.5, gamma2: 0.5, D: 2, T1: 2, T2: 0.5, chainSubsystems: 5 });
    return scalarOutcome(chainSteadyStateNonlinear(p).current, chainCurrentFourier(p), chainIdentityTol, "chain current (80) vs ∫K dT/(N+1)");
  },
});

export const identityClaims: readonly Claim[] = [sumRules, eq46, eq47, eq50, eq42Transmission, eq43Transmission, eq60, eq76, chainIdentity];
