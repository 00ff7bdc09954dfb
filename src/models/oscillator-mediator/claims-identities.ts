import type fc from "fast-check";
import type { JudgedClaim } from "../../core/claim.js";
import { close } from "../../core/criterion.js";
import { measure, type Pair } from "../../core/measurement.js";
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
import { describeParams, kit, physicalArbitrary } from "./claims-support.js";
import { resolveOscillatorMediatorParams, type OscillatorMediatorParams } from "./params.js";

/**
 * Identities of 002_1f8d4f9374398bb6.txt: exact equalities between two expressions, checked at
 * random points of the physical domain (numeric evaluation of both sides, never the same code
 * twice), each sample a pair judged by the claim's closeness criterion.
 */

const ROUNDING = "rounding of the closed-form cubic roots and residues (each term of the sum is O(1) relative to the result; ~1e3 ulp with the cancellation Σg_n = 0)";
const QUADRATURE =
  "two adaptive Gauss–Kronrod quadratures, each to relative 1e-10, of integrands built differently (roots and residues vs |g̃(iω)|² directly), plus the root-sum cancellation";
const ROOT_DOMAIN = "ω0 ∈ [0.3, 3], γ1, γ2 ∈ [0.01, 10], D ∈ [0.1, 100]";

/** An identity a = b between two independently computed sides, sampled over a parameter domain. */
interface SidesIdentity {
  readonly name: string;
  readonly where: string;
  readonly statement: string;
  readonly rtol: number;
  readonly reason: string;
  readonly domain: string;
  readonly arbitrary?: fc.Arbitrary<OscillatorMediatorParams>;
  readonly label: string;
  readonly sides: (p: OscillatorMediatorParams) => readonly [number, number];
}

const SIDES: readonly SidesIdentity[] = [
  {
    name: "eq46-laplace-sum",
    where: "eq. (46)",
    statement: "Σ_n g_n μ_n/(D + μ_n) = −L[ġ](D) = −D g̃(D)",
    rtol: 1e-9,
    reason: ROUNDING,
    domain: ROOT_DOMAIN,
    label: "Σ g_nμ_n/(D + μ_n) vs −Dg̃(D)",
    sides: (p) => [highTemperatureRootSum(p, propagatorRoots(p)), highTemperatureLaplaceForm(p)],
  },
  {
    name: "eq47-from-eq45",
    where: "eqs. (45), (47)",
    statement: "The high-temperature conductance (45), −(D/4τ_p)Σ g_nμ_n/(D+μ_n), equals (k_B/4τ_p)·2D²/[2(D²+ω0²) + γ̂D] (47)",
    rtol: 1e-9,
    reason: ROUNDING,
    domain: `${ROOT_DOMAIN} (unequal couplings via 1/2τ_p → 2γ1γ2/γm)`,
    label: "K(45) vs K(47)",
    sides: (p) => [conductanceHighTemperatureSum(p), conductanceHighTemperature(p)],
  },
  {
    name: "eq50-low-T-sum",
    where: "eq. (50)",
    statement: "Σ_n g_n/μ_n² = −g̃′(0) = γ̂/ω0⁴",
    rtol: 1e-8,
    reason: `${ROUNDING}; 1/μ_n² amplifies the rounding of small roots (|μ_n| ≥ ~1e-3 in the domain)`,
    domain: ROOT_DOMAIN,
    label: "Σ g_n/μ_n² vs γ̂/ω0⁴",
    sides: (p) => [lowTemperatureRootSum(propagatorRoots(p)), lowTemperatureRootSumClosedForm(p)],
  },
  {
    name: "eq42-transmission",
    where: "eq. (42)",
    statement:
      "The heat current (42), in its root–residue form with 1/2τ_p → 2γ1γ2/γm, equals the Landauer–Caroli form (1/2π)∫ω𝒯(ω)[n1 − n2]dω with 𝒯 = 4Γ1Γ2|g̃(iω)|², Γ_ν = γ̂_ν ωD²/(D²+ω²)",
    rtol: 1e-7,
    reason: QUADRATURE,
    domain: `${ROOT_DOMAIN}, T1, T2 ∈ [0.05, 20]`,
    label: "J(42) vs Landauer–Caroli",
    sides: (p) => [heatCurrent(p), heatCurrentTransmission(p)],
  },
  {
    name: "eq43-transmission",
    where: "eq. (43)",
    statement: "The conductance (43) equals (1/2π)∫ω𝒯(ω)∂n/∂T dω (the linear-response limit of the Landauer–Caroli form)",
    rtol: 1e-7,
    reason: QUADRATURE,
    domain: `${ROOT_DOMAIN}, T ∈ [0.05, 20]`,
    label: "K(43) vs Landauer–Caroli",
    sides: (p) => [conductance(p), conductanceTransmission(p)],
  },
  {
    name: "eq60-eq61",
    where: "eqs. (60), (61)",
    statement: "The QTB current as a Fourier integral over (−∞, ∞) (60) with K̃_ν = (γ/2)ω coth(ω/2T_ν) equals the half-line Bose form (61)",
    rtol: 1e-8,
    reason: "two quadratures to relative 1e-10 (whole line vs half line)",
    domain: "γ1 = γ2 ∈ [0.01, 10], ω0 ∈ [0.3, 3], T1, T2 ∈ [0.05, 20]",
    arbitrary: physicalArbitrary({ equalCouplings: true }),
    label: "J(60) vs J(61)",
    sides: (p) => [qtbHeatCurrentFourier(p), qtbHeatCurrent(p)],
  },
];

const sidesClaim = (s: SidesIdentity): JudgedClaim =>
  kit.property({
    name: s.name,
    where: s.where,
    statement: s.statement,
    kind: "identity",
    domain: s.domain,
    criterion: close({ rtol: s.rtol, reason: s.reason }),
    arbitrary: s.arbitrary ?? physicalArbitrary(),
    describe: describeParams,
    measure: (p) => measure.pair(s.label, ...s.sides(p)),
  });

/** Σ_n g_nμ_n^k against [(−1)^k − 1]/2 for k = 0, 1, 2, each divided by the largest term max(1, |g_nμ_n^k|). */
function sumRulePairs(p: OscillatorMediatorParams): Pair[] {
  const r = propagatorRoots(p);
  return [0, 1, 2].map((k) => {
    const s = residueMoment(r, k);
    const scale = Math.max(1, ...r.mu.map((m, n) => Math.hypot(r.g[n].re, r.g[n].im) * Math.hypot(m.re, m.im) ** k));
    return { label: `Σ g_nμ_n^${k}/(largest term)`, actual: { re: s.re / scale, im: s.im / scale }, expected: ((-1) ** k - 1) / 2 / scale };
  });
}

const sumRules = kit.property({
  name: "sum-rules",
  where: "text after eq. (46)",
  statement: "Σ_n g_n μ_n^k = [(−1)^k − 1]/2 for k = 0, 1, 2 (i.e. 0, −1, 0)",
  kind: "identity",
  domain: ROOT_DOMAIN,
  criterion: close({ atol: 1e-10, reason: `absolute error relative to the largest term |g_n μ_n^k|: ${ROUNDING}` }),
  arbitrary: physicalArbitrary(),
  describe: describeParams,
  measure: (p) => measure.pairs(sumRulePairs(p)),
});

/** Plateau regime: ω0 = 1, γ1 = γ2 ∈ [1e-4, 0.1], D ∈ [1e-3, 1e-2], T ∈ [0.02, 0.2] (mapped from the physical draws). */
const plateauArbitrary = physicalArbitrary({ equalCouplings: true, fixed: { omega0: 1 } }).map((p) =>
  resolveOscillatorMediatorParams({ ...p, gamma1: p.gamma1 / 100, gamma2: p.gamma1 / 100, D: 1e-3 * (1 + 9 * ((p.D - 0.1) / 99.9)), T: 0.02 * (1 + 9 * ((p.T - 0.05) / 19.95)) }),
);

const eq76 = kit.property({
  name: "eq76-from-eq74",
  where: "eqs. (74)–(76)",
  statement: "With g1 + g2 = −g3, the two-integral form (74) equals the single-integral form (76)",
  kind: "identity",
  domain: "plateau regime sampled: ω0 = 1, γ1 = γ2 ∈ [1e-4, 0.1], D ∈ [1e-3, 1e-2], T ∈ [0.02, 0.2]; both sides in units of the size K|g_1|/|g_3| of the root terms of (74)",
  criterion: close({
    rtol: 1e-9,
    atol: 100 * Number.EPSILON,
    reason:
      "both sides over the size K|g_1|/|g_3| of the individual root terms of (74) (|g_1| ≈ 1/2ω0 against g_3 ≈ γ̂D²/ω0⁴, which can be 1e-10): " +
      "rtol for three quadratures to relative 1e-10 (relative to K, i.e. to the scaled values); atol 100 ulp for the rounding of the root terms, " +
      "whose cancellation g1 + g2 = −g3 holds only to ε|g_1|",
  }),
  arbitrary: plateauArbitrary,
  describe: describeParams,
  measure: (p) => {
    const r = propagatorRoots(p);
    const sum = conductancePlateauSum(p, r);
    const integral = conductancePlateauIntegral(p, r);
    const termSize = (Math.max(Math.abs(sum), Math.abs(integral)) * Math.hypot(r.g[0].re, r.g[0].im)) / Math.abs(r.g[2].re);
    return measure.pair(`K(74) vs K(76) over K|g_1|/|g_3| (|g_3|/|g_1| = ${(Math.abs(r.g[2].re) / Math.hypot(r.g[0].re, r.g[0].im)).toExponential(2)})`, sum / termSize, integral / termSize);
  },
});

const chainIdentity = kit.claim({
  name: "chain-fourier-identity",
  where: "eqs. (80)–(83)",
  statement:
    "The steady current of the nonlinear chain (80) with link currents (42) (solved without linearisation) equals the Fourier-law current ∫_{T_R}^{T_L} K(T)dT/(N+1) with K(T) of (43) (because (42) = Φ(T1) − Φ(T2) with dΦ/dT = K)",
  kind: "identity",
  domain: "defaults ω0 = 1, γ1 = γ2 = 0.5, D = 2, T_L = 2, T_R = 0.5, N = 5",
  criterion: close({ rtol: 1e-7, reason: "adaptive quadrature of K(T) over T (relative 1e-9) of nested quadratures (1e-10) and Brent roots (1e-12)" }),
  measure: () => {
    const p = resolveOscillatorMediatorParams({ gamma1: 0.5, gamma2: 0.5, D: 2, T1: 2, T2: 0.5, chainSubsystems: 5 });
    return { measurement: measure.pair("chain current (80) vs ∫K dT/(N+1)", chainSteadyStateNonlinear(p).current, chainCurrentFourier(p)) };
  },
});

export const identityClaims: readonly JudgedClaim[] = [sumRules, ...SIDES.map(sidesClaim), eq76, chainIdentity];
