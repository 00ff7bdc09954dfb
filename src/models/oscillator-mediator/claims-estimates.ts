import type { LegacyClaim as Claim } from "../../core/claim.js";
import { tolerance } from "../../core/tolerance.js";
import { conductance, heatCurrent, propagatorRoots } from "./analytic.js";
import { conductanceHighTemperatureWideBand, heatCurrentLowTemperature } from "./analytic-limits.js";
import { claim, fmt } from "./claim-support.js";
import { seleniumEstimate, stmCoEstimate } from "./estimates.js";
import { resolveOscillatorMediatorParams as resolve } from "./params.js";

/**
 * The physical estimates of Secs. VII–VIII in SI units: the STM/CO heat flow (85)–(88) and
 * the minimum thermal conductivity of selenium (94)–(100). Besides the printed numbers, each
 * approximate formula is checked against its own validity conditions and against the exact
 * expression (42)/(43) at the same (dimensionless) parameters.
 */

const co = () => stmCoEstimate();

/** Dimensionless parameters of the CO mediator (ω0 = 1, energies in units of ħω0), wide band D = 1000ω0. */
function coParams() {
  const e = co();
  const r = e.couplingRatio;
  return resolve({ omega0: 1, gamma1: r / 2, gamma2: r / 2, D: 1000, T1: 300 / e.mediatorTemperature, T2: 150 / e.mediatorTemperature });
}

const eq87Tol = tolerance(1e-12, 0, "both sides evaluated in SI through mathjs units: rounding only");
const eq87 = claim({
  name: "eq87-stm-co-coupling",
  where: "eqs. (85)–(87)",
  statement: "With γ̂/ω0 = (π/√2)ħω0/(k_Bθ_D) (87), the CO-mediated current (85) equals the phonon-tunnelling current (86) at every T1, T2",
  kind: "identity",
  tolerance: eq87Tol,
  domain: "ν̃ = 480 cm⁻¹, θ_D(Au) = 165 K, T_tip = 300 K, T_substrate = 150 K (SI, CODATA constants)",
  verify: () => {
    const e = co();
    const d = Math.abs(e.currentCo - e.currentPhononTunnelling) / e.currentPhononTunnelling;
    return { holds: d <= eq87Tol.rtol, measuredError: d, details: `J_CO = ${e.currentCo.toExponential(6)} W, J_A = ${e.currentPhononTunnelling.toExponential(6)} W at γ̂/ω0 = ${e.couplingRatio.toPrecision(5)}` };
  },
});

const eq88Tol = tolerance(0.06, 0, "the printed value '≈ 9' has one significant digit (it stands for [8.5, 9.5))");
const eq88 = claim({
  name: "eq88-stm-co-ratio",
  where: "eq. (88)",
  statement: "For gold (θ_D ≈ 165 K) and ħω0/k_B ≈ 685 K, (87) gives γ̂/ω0 ≈ 9",
  kind: "agreement",
  tolerance: eq88Tol,
  domain: "ν̃ = 480 cm⁻¹ (ħω0/k_B = 690.6 K with CODATA constants; 685.7 K with the paper's 1 K = 0.7 cm⁻¹), θ_D = 165 K",
  verify: () => {
    const e = co();
    const d = Math.abs(e.couplingRatio - 9) / e.couplingRatio;
    const paper = (Math.PI / Math.SQRT2) * (685 / 165);
    return { holds: d <= eq88Tol.rtol, measuredError: d, details: `γ̂/ω0 = ${e.couplingRatio.toPrecision(4)} (CODATA ħω0/k_B = ${e.mediatorTemperature.toPrecision(4)} K); with the paper's 685 K: ${paper.toPrecision(4)}` };
  },
});

/**
 * One reading of "~" for every order-of-magnitude statement of Secs. VII–VIII: a ~ b means
 * |log10(a/b)| ≤ 1 (the same order of magnitude). Estimates printed with a mantissa ("3·10¹³",
 * "≈ 9") are read to their significant digit instead (selenium-debye-frequency, eq88-stm-co-ratio).
 */
const ORDER_OF_MAGNITUDE = (what: string) => tolerance(0, 1, `'~' read as 'the same order of magnitude': |log10(${what})| ≤ 1`);

const bbTol = ORDER_OF_MAGNITUDE("(J_CO/J_SB)/10^10");
const blackBody = claim({
  name: "stm-co-blackbody-ratio",
  where: "Sec. VII (text after (88)), eq. (52)",
  statement:
    "\"The heat current given by Eq. (85) is ~10^{10} times greater than that determined by the black-body radiation, Eq. (52), emitting from the area equal to the cross-section of the CO molecule A = πa²/4, with a ≈ 3.7 Å, provided that γ̂/ω0 ~ 10\"",
  kind: "agreement",
  tolerance: bbTol,
  domain: "ν̃ = 480 cm⁻¹, γ̂/ω0 = 10, T_tip = 300 K, T_substrate = 150 K",
  verify: () => {
    const e = co();
    const d = Math.abs(Math.log10(e.ratioToBlackBody) - 10);
    return { holds: d <= bbTol.atol, measuredError: d, details: `J_CO/J_SB = ${e.ratioToBlackBody.toExponential(3)} (J_SB = ${e.currentBlackBody.toExponential(3)} W)` };
  },
});

const validityTol = tolerance(0, 0.1, "'ħ|μ_n|/k_BT_ν ≫ 1' (the condition of (49)–(51), Sec. III.A) read as k_BT_ν/ħ min|μ_n| ≤ 0.1; the measured value also fails the weakest reading ≤ 1");
const coValidity = claim({
  name: "stm-co-validity",
  where: "Sec. III.A, eqs. (49)–(51), (85)",
  statement:
    "\"Since the main frequency ħω0/k_B ≈ 685 K is substantially greater than the temperature of the bulk of the tip (≈ 300 K) and the temperature of the substrate (in the range 90 - 210 K), the first order approximation of the heat current mediated by the CO molecule can be estimated using Eq. (51)\": the condition the paper states for (49)–(51), ħ|μ_n|/k_BT_ν ≫ 1 for all roots μ_n of (21), holds at the CO parameters (γ̂/ω0 from (87))",
  kind: "agreement",
  tolerance: validityTol,
  domain: "CO mediator: ω0 = 1, γ̂ = 9.30ω0, D = 1000ω0 (wide band), T1 = 300 K, T2 = 150 K in units of ħω0/k_B = 690.6 K",
  expectedToFail: {
    why: "the mediator is overdamped (γ̂/ω0 ≈ 9.3): its slow root μ_1 ≈ ω0²/γ̂ corresponds to only ~75 K, far below the tip temperature of 300 K, so (51) is used outside its own condition; the criterion ħω0 ≫ k_BT quoted in Sec. VII is not the condition of (49)–(51)",
  },
  verify: () => {
    const p = coParams();
    const muMin = Math.min(...propagatorRoots(p).mu.map((m) => Math.hypot(m.re, m.im)));
    const x = p.T1 / muMin;
    return {
      holds: x <= validityTol.atol,
      measuredError: x,
      details: `min|μ_n| = ${muMin.toPrecision(4)}ω0 (ħ min|μ|/k_B = ${(muMin * co().mediatorTemperature).toPrecision(4)} K); k_BT_tip/ħ min|μ_n| = ${x.toPrecision(4)} (the paper's own criterion ħω0/k_BT_tip = ${(1 / p.T1).toPrecision(3)})`,
    };
  },
});

const exactTol = ORDER_OF_MAGNITUDE("J_(85)/J_(42)");
const coExact = claim({
  name: "stm-co-vs-exact",
  where: "eqs. (42), (85)",
  statement:
    "\"the first order approximation of the heat current mediated by the CO molecule can be estimated using Eq. (51)\": at the CO parameters the estimate (85) is of the same order of magnitude as the exact current (42) (wide band D = 1000ω0)",
  kind: "agreement",
  tolerance: exactTol,
  domain: "as stm-co-validity; substrate at 150 K (90 K and 210 K in the details)",
  expectedToFail: { why: "(85) is the T⁴ law (51) used outside its validity (see stm-co-validity); the exact current (42) at the same parameters is 83–109 times smaller over the substrate range 90–210 K" },
  verify: () => {
    const p = coParams();
    const exact = heatCurrent(p);
    const estimate = heatCurrentLowTemperature(p);
    const watts = (x: number) => x * (stmCoEstimate().currentCo / estimate);
    const d = Math.abs(Math.log10(estimate / exact));
    const others = [90, 210].map((T2) => {
      const q = resolve({ ...p, T2: T2 / co().mediatorTemperature });
      return `${T2} K: ${(heatCurrentLowTemperature(q) / heatCurrent(q)).toPrecision(3)}`;
    });
    return {
      holds: d <= exactTol.atol,
      measuredError: d,
      details: `(85)/(51): ${fmt(estimate)} ħω0² = ${watts(estimate).toExponential(3)} W; exact (42): ${fmt(exact)} ħω0² = ${watts(exact).toExponential(3)} W; ratio ${(estimate / exact).toPrecision(4)} (substrate at ${others.join(", ")})`,
    };
  },
});

/** γ̂/ω0 scanned for the largest exact current: 4 points per decade over [1e-2, 1e4]. */
const CO_COUPLING_SCAN = Array.from({ length: 25 }, (_, i) => 10 ** (-2 + i / 4));
const conclusionTol = ORDER_OF_MAGNITUDE("max_γ̂ J_(42)/J_A");
const coConclusion = claim({
  name: "stm-co-conclusion",
  where: "Sec. VII, eqs. (42), (86)–(88)",
  statement:
    "\"the model of CO-mediated heat transfer will also give the same results if the prefactors of Eqs. (85) and (86) are equal\" — with the exact current (42) of the same model in place of its low-T form (85), some coupling γ̂ gives a current of the same order of magnitude as the phonon-tunnelling current J_A (86)",
  kind: "agreement",
  tolerance: conclusionTol,
  domain: "CO mediator: ω0 = 1, D = 1000ω0, T1 = 300 K, T2 = 150 K (ħω0/k_B = 690.6 K); γ̂/ω0 = 10^{-2} … 10^4 (25 points)",
  expectedToFail: {
    why: "a single harmonic mediator is one phonon channel: its current (42) = ∫ω𝒯(n_1 − n_2)dω/2π with 𝒯 ≤ 1 is bounded by the quantum of thermal conductance, (π/12ħ)k_B²(T1² − T2²), which is ~80 times below J_A (86) at these temperatures; the largest exact current (strong coupling, 𝒯 → 1 over the thermal window) reaches that bound, 1/80 of J_A",
  },
  verify: () => {
    const p = coParams();
    const jA = heatCurrentLowTemperature(p); // (85) at γ̂ of (87) equals J_A (86): claim eq87-stm-co-coupling
    let best = 0;
    let bestCoupling = 0;
    for (const g of CO_COUPLING_SCAN) {
      const j = heatCurrent(resolve({ ...p, gamma1: g / 2, gamma2: g / 2 }));
      if (j > best) {
        best = j;
        bestCoupling = g;
      }
    }
    const channelBound = (Math.PI / 12) * (p.T1 * p.T1 - p.T2 * p.T2);
    const d = Math.abs(Math.log10(best / jA));
    return {
      holds: d <= conclusionTol.atol,
      measuredError: d,
      details: `max over γ̂ of J(42)/J_A = ${(best / jA).toExponential(3)} at γ̂/ω0 = ${fmt(bestCoupling)}; single-channel bound (π/12)(T1² − T2²) = ${(channelBound / jA).toExponential(3)} J_A`,
    };
  },
});

const seTol = ORDER_OF_MAGNITUDE("γ̂/10^13 s⁻¹");
const selenium = claim({
  name: "selenium-coupling",
  where: "eq. (95), Sec. VIII",
  statement:
    "\"The value of thermal conductivity κ_min ~ 0.5 × 10⁻² W K⁻¹ cm⁻¹. Comparing this value with Eq. (95), and taking into account that the characteristic interatomic distance ℓ0 ≈ 5 × 10⁻⁸ cm, we find γ̂ ~ 10^{13} s⁻¹\"",
  kind: "agreement",
  tolerance: seTol,
  domain: "κ_min = 0.5 W m⁻¹K⁻¹, ℓ0 = 5·10⁻¹⁰ m",
  verify: () => {
    const s = seleniumEstimate();
    const d = Math.abs(Math.log10(s.coupling / 1e13));
    return {
      holds: d <= seTol.atol,
      measuredError: d,
      details: `γ̂ = 4ℓ0κ_min/k_B from (95) = ${s.coupling.toExponential(3)} s⁻¹ (same order as 10¹³, though nearer 10¹⁴); without the 1/4 of (95), as in (97): ${s.couplingWithoutPrefactor.toExponential(3)} s⁻¹`,
    };
  },
});

const wdTol = tolerance(0.17, 0, "'~3·10^13 s⁻¹' has one significant digit (3 stands for [2.5, 3.5))");
const debye = claim({
  name: "selenium-debye-frequency",
  where: "Sec. VIII (after (100))",
  statement: "\"The Debye temperature for selenium is θ_D ~ 250 K, so that ω_D ~ 3 × 10^{13} s⁻¹\"",
  kind: "agreement",
  tolerance: wdTol,
  domain: "θ_D = 250 K",
  verify: () => {
    const s = seleniumEstimate();
    const d = Math.abs(s.debyeFrequency - 3e13) / s.debyeFrequency;
    return { holds: d <= wdTol.rtol, measuredError: d, details: `ω_D = ${s.debyeFrequency.toExponential(3)} s⁻¹` };
  },
});

const e99Tol = ORDER_OF_MAGNITUDE("γ̂/ω_D");
const eq99 = claim({
  name: "eq99-mtc-condition",
  where: "eq. (99)",
  statement: "\"… and the condition given by Eq. (99) is satisfied\": the selenium estimate of γ̂ from (95) satisfies γ̂ ~ ω_D (99)",
  kind: "agreement",
  tolerance: e99Tol,
  domain: "γ̂ from (95), ω_D from θ_D = 250 K",
  verify: () => {
    const s = seleniumEstimate();
    const d = Math.abs(Math.log10(s.coupling / s.debyeFrequency));
    return { holds: d <= e99Tol.atol, measuredError: d, details: `γ̂/ω_D = ${(s.coupling / s.debyeFrequency).toPrecision(3)}` };
  },
});

/** The minimum-conductivity regime (100) in units of ω_D (ω0 = γ̂ = D = 1), θ_D = 250 K, at 100 K and 300 K. */
const MTC_TEMPERATURES = [100, 300] as const;
const mtcParams = (kelvin: number) => resolve({ omega0: 1, gamma1: 0.5, gamma2: 0.5, D: 1, T: kelvin / 250 });

const mtcValidityTol = tolerance(0, 10, "'≫' read as a ratio of at least 10, for both conditions of (48): D/max(ω0, γ̂) (the large-D limit (22)) and k_BT/ħ max|μ_n| (the high-temperature limit of Sec. III.A); measuredError is the smaller ratio");
const mtcValidity = claim({
  name: "mtc-validity",
  where: "eqs. (22), (48), (95), (100)",
  statement:
    "\"Let us consider the classical limit of high temperatures, Eq. (48), when Eq. (94) takes the form (95)\": in the regime the paper derives for the minimum conductivity, ω0 ~ γ̂ ~ D ~ ω_D (100), at the selenium temperatures (above 100 K, θ_D ≈ 250 K), the conditions of (48) — large D (22), D ≫ ω0, γ̂, and k_BT ≫ ħ|μ_n| — hold",
  kind: "agreement",
  tolerance: mtcValidityTol,
  domain: "ω0 = γ̂ = D = ω_D, T = 100 K and 300 K (T/θ_D = 0.4, 1.2)",
  expectedToFail: {
    why: "(100) sets D ~ ω0 ~ γ̂, which excludes the large-D limit (22) behind (48) by construction (D/max(ω0, γ̂) = 1), and k_BT/ħ max|μ_n| ≈ 0.3–0.9 is not classical either; (95) is then an order-of-magnitude estimate (claim mtc-vs-exact)",
  },
  verify: () => {
    const rows = MTC_TEMPERATURES.map((kelvin) => {
      const p = mtcParams(kelvin);
      const muMax = Math.max(...propagatorRoots(p).mu.map((m) => Math.hypot(m.re, m.im)));
      return { kelvin, band: p.D / Math.max(p.omega0, p.gamma1 + p.gamma2), classical: p.T / muMax };
    });
    const worst = Math.min(...rows.flatMap((r) => [r.band, r.classical]));
    return {
      holds: worst >= mtcValidityTol.atol,
      measuredError: worst,
      details: rows.map((r) => `${r.kelvin} K: D/max(ω0, γ̂) = ${fmt(r.band)}, k_BT/ħ max|μ_n| = ${r.classical.toPrecision(3)}`).join("; "),
    };
  },
});

const mtcExactTol = ORDER_OF_MAGNITUDE("K_(48)/K_(43)");
const mtcExact = claim({
  name: "mtc-vs-exact",
  where: "eqs. (43), (48), (95)",
  statement:
    "\"Although this is only an estimate\": in the regime (100), ω0 = γ̂ = D = ω_D, the conductance k_Bγ̂/4 (48) used in (95) is of the same order of magnitude as the exact conductance (43) at 100 K and 300 K (θ_D = 250 K)",
  kind: "agreement",
  tolerance: mtcExactTol,
  domain: "ω0 = γ̂ = D = ω_D, T = 100 K and 300 K (T/θ_D = 0.4, 1.2)",
  verify: () => {
    const ratios = MTC_TEMPERATURES.map((kelvin) => {
      const p = mtcParams(kelvin);
      return conductance(p) / conductanceHighTemperatureWideBand(p);
    });
    const d = Math.max(...ratios.map((r) => Math.abs(Math.log10(r))));
    return {
      holds: d <= mtcExactTol.atol,
      measuredError: d,
      details: `K(43)/K(48) = ${ratios.map((r) => r.toPrecision(3)).join(" (100 K), ")} (300 K): (95) overestimates κ_min by ${(1 / ratios[0]).toPrecision(2)}× and ${(1 / ratios[1]).toPrecision(2)}×, so γ̂ inferred from κ_min is underestimated by the same factors`,
    };
  },
});

export const estimateClaims: readonly Claim[] = [eq87, eq88, blackBody, coValidity, coExact, coConclusion, selenium, debye, eq99, mtcValidity, mtcExact];
