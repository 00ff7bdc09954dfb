import type { JudgedClaim } from "../../core/claim.js";
import { bound, close } from "../../core/criterion.js";
import { measure } from "../../core/measurement.js";
import { conductance, heatCurrent, propagatorRoots } from "./analytic.js";
import { conductanceHighTemperatureWideBand, heatCurrentLowTemperature } from "./analytic-limits.js";
import { fmt, kit, ORDER_OF_MAGNITUDE, orderOfMagnitude } from "./claims-support.js";
import { seleniumEstimate, stmCoEstimate } from "./estimates.js";
import { resolveOscillatorMediatorParams as resolve } from "./params.js";

/**
 * The physical estimates of Secs. VII–VIII of 002_1f8d4f9374398bb6.txt in SI units: the STM/CO
 * heat flow (85)–(88) and the minimum thermal conductivity of selenium (94)–(100). Besides the
 * printed numbers, each approximate formula is checked against its own validity conditions and
 * against the exact expression (42)/(43) at the same (dimensionless) parameters.
 */

const co = () => stmCoEstimate();

/** Dimensionless parameters of the CO mediator (ω0 = 1, energies in units of ħω0), wide band D = 1000ω0. */
function coParams() {
  const e = co();
  return resolve({ omega0: 1, gamma1: e.couplingRatio / 2, gamma2: e.couplingRatio / 2, D: 1000, T1: 300 / e.mediatorTemperature, T2: 150 / e.mediatorTemperature });
}

/** γ̂/ω0 scanned for the largest exact current: 4 points per decade over [1e-2, 1e4]. */
const CO_COUPLING_SCAN = Array.from({ length: 25 }, (_, i) => 10 ** (-2 + i / 4));

/** The minimum-conductivity regime (100) in units of ω_D (ω0 = γ̂ = D = 1), θ_D = 250 K, at 100 K and 300 K. */
const MTC_TEMPERATURES = [100, 300] as const;
const mtcParams = (kelvin: number) => resolve({ omega0: 1, gamma1: 0.5, gamma2: 0.5, D: 1, T: kelvin / 250 });

const CO_DOMAIN = "CO mediator: ω0 = 1, γ̂ = 9.30ω0, D = 1000ω0 (wide band), T1 = 300 K, T2 = 150 K in units of ħω0/k_B = 690.6 K";
const MTC_DOMAIN = "ω0 = γ̂ = D = ω_D, T = 100 K and 300 K (T/θ_D = 0.4, 1.2)";

const stmCo: readonly JudgedClaim[] = [
  kit.claim({
    name: "eq87-stm-co-coupling",
    where: "eqs. (85)–(87)",
    statement: "With γ̂/ω0 = (π/√2)ħω0/(k_Bθ_D) (87), the CO-mediated current (85) equals the phonon-tunnelling current (86) at every T1, T2",
    kind: "identity",
    domain: "ν̃ = 480 cm⁻¹, θ_D(Au) = 165 K, T_tip = 300 K, T_substrate = 150 K (SI, CODATA constants)",
    criterion: close({ rtol: 1e-12, reason: "both sides evaluated in SI through mathjs units: rounding only" }),
    measure: () => {
      const e = co();
      return { measurement: measure.pair(`J_CO (W) vs J_A (W) at γ̂/ω0 = ${e.couplingRatio.toPrecision(5)}`, e.currentCo, e.currentPhononTunnelling) };
    },
  }),
  kit.claim({
    name: "eq88-stm-co-ratio",
    where: "eq. (88)",
    statement: "For gold (θ_D ≈ 165 K) and ħω0/k_B ≈ 685 K, (87) gives γ̂/ω0 ≈ 9",
    kind: "agreement",
    domain: "ν̃ = 480 cm⁻¹ (ħω0/k_B = 690.6 K with CODATA constants; 685.7 K with the paper's 1 K = 0.7 cm⁻¹), θ_D = 165 K",
    criterion: close({ rtol: 0.06, reason: "the printed value '≈ 9' has one significant digit (it stands for [8.5, 9.5))" }),
    measure: () => {
      const e = co();
      return {
        measurement: measure.pair(`γ̂/ω0 (CODATA ħω0/k_B = ${e.mediatorTemperature.toPrecision(4)} K) vs 9`, e.couplingRatio, 9),
        note: `with the paper's 685 K: γ̂/ω0 = ${((Math.PI / Math.SQRT2) * (685 / 165)).toPrecision(4)}`,
      };
    },
  }),
  kit.claim({
    name: "stm-co-blackbody-ratio",
    where: "Sec. VII (text after (88)), eq. (52)",
    statement:
      "\"The heat current given by Eq. (85) is ~10^{10} times greater than that determined by the black-body radiation, Eq. (52), emitting from the area equal to the cross-section of the CO molecule A = πa²/4, with a ≈ 3.7 Å, provided that γ̂/ω0 ~ 10\"",
    kind: "agreement",
    domain: "ν̃ = 480 cm⁻¹, γ̂/ω0 = 10, T_tip = 300 K, T_substrate = 150 K",
    criterion: ORDER_OF_MAGNITUDE,
    measure: () => {
      const e = co();
      return { measurement: orderOfMagnitude("(J_CO/J_SB)/10^10", e.ratioToBlackBody, 1e10), note: `J_CO/J_SB = ${e.ratioToBlackBody.toExponential(3)} (J_SB = ${e.currentBlackBody.toExponential(3)} W)` };
    },
  }),
  kit.claim({
    name: "stm-co-validity",
    where: "Sec. III.A, eqs. (49)–(51), (85)",
    statement:
      "\"Since the main frequency ħω0/k_B ≈ 685 K is substantially greater than the temperature of the bulk of the tip (≈ 300 K) and the temperature of the substrate (in the range 90 - 210 K), the first order approximation of the heat current mediated by the CO molecule can be estimated using Eq. (51)\": the condition the paper states for (49)–(51), ħ|μ_n|/k_BT_ν ≫ 1 for all roots μ_n of (21), holds at the CO parameters (γ̂/ω0 from (87))",
    kind: "agreement",
    domain: CO_DOMAIN,
    criterion: bound({ atMost: 0.1, reason: "'ħ|μ_n|/k_BT_ν ≫ 1' (the condition of (49)–(51), Sec. III.A) read as k_BT_ν/ħ min|μ_n| ≤ 0.1; the measured value also fails the weakest reading ≤ 1" }),
    measure: () => {
      const p = coParams();
      const muMin = Math.min(...propagatorRoots(p).mu.map((m) => Math.hypot(m.re, m.im)));
      return {
        measurement: measure.value("k_BT_tip/ħ min|μ_n|", p.T1 / muMin),
        note: `min|μ_n| = ${muMin.toPrecision(4)}ω0 (ħ min|μ|/k_B = ${(muMin * co().mediatorTemperature).toPrecision(4)} K); the paper's own criterion ħω0/k_BT_tip = ${(1 / p.T1).toPrecision(3)}`,
      };
    },
  }),
  kit.claim({
    name: "stm-co-vs-exact",
    where: "eqs. (42), (85)",
    statement:
      "\"the first order approximation of the heat current mediated by the CO molecule can be estimated using Eq. (51)\": at the CO parameters the estimate (85) is of the same order of magnitude as the exact current (42) (wide band D = 1000ω0)",
    kind: "agreement",
    domain: "as stm-co-validity; substrate at 150 K (90 K and 210 K in the details)",
    criterion: ORDER_OF_MAGNITUDE,
    measure: () => {
      const p = coParams();
      const exact = heatCurrent(p);
      const estimate = heatCurrentLowTemperature(p);
      const watts = (x: number) => x * (co().currentCo / estimate);
      const others = [90, 210].map((T2) => {
        const q = resolve({ ...p, T2: T2 / co().mediatorTemperature });
        return `${T2} K: ${(heatCurrentLowTemperature(q) / heatCurrent(q)).toPrecision(3)}`;
      });
      return {
        measurement: orderOfMagnitude("J_(85)/J_(42)", estimate, exact),
        note: `(85)/(51): ${fmt(estimate)} ħω0² = ${watts(estimate).toExponential(3)} W; exact (42): ${fmt(exact)} ħω0² = ${watts(exact).toExponential(3)} W; ratio ${(estimate / exact).toPrecision(4)} (substrate at ${others.join(", ")})`,
      };
    },
  }),
  kit.claim({
    name: "stm-co-conclusion",
    where: "Sec. VII, eqs. (42), (86)–(88)",
    statement:
      "\"the model of CO-mediated heat transfer will also give the same results if the prefactors of Eqs. (85) and (86) are equal\" — with the exact current (42) of the same model in place of its low-T form (85), some coupling γ̂ gives a current of the same order of magnitude as the phonon-tunnelling current J_A (86)",
    kind: "agreement",
    domain: "CO mediator: ω0 = 1, D = 1000ω0, T1 = 300 K, T2 = 150 K (ħω0/k_B = 690.6 K); γ̂/ω0 = 10^{-2} … 10^4 (25 points)",
    criterion: ORDER_OF_MAGNITUDE,
    measure: () => {
      const p = coParams();
      const phononTunnelling = heatCurrentLowTemperature(p); // (85) at γ̂ of (87) equals J_A (86): claim eq87-stm-co-coupling
      const currents = CO_COUPLING_SCAN.map((g) => heatCurrent(resolve({ ...p, gamma1: g / 2, gamma2: g / 2 })));
      const best = Math.max(...currents);
      const channelBound = (Math.PI / 12) * (p.T1 * p.T1 - p.T2 * p.T2);
      return {
        measurement: orderOfMagnitude("max_γ̂ J_(42)/J_A", best, phononTunnelling),
        note: `max over γ̂ of J(42)/J_A = ${(best / phononTunnelling).toExponential(3)} at γ̂/ω0 = ${fmt(CO_COUPLING_SCAN[currents.indexOf(best)])}; single-channel bound (π/12)(T1² − T2²) = ${(channelBound / phononTunnelling).toExponential(3)} J_A`,
      };
    },
  }),
];

const selenium: readonly JudgedClaim[] = [
  kit.claim({
    name: "selenium-coupling",
    where: "eq. (95), Sec. VIII",
    statement:
      "\"The value of thermal conductivity κ_min ~ 0.5 × 10⁻² W K⁻¹ cm⁻¹. Comparing this value with Eq. (95), and taking into account that the characteristic interatomic distance ℓ0 ≈ 5 × 10⁻⁸ cm, we find γ̂ ~ 10^{13} s⁻¹\"",
    kind: "agreement",
    domain: "κ_min = 0.5 W m⁻¹K⁻¹, ℓ0 = 5·10⁻¹⁰ m",
    criterion: ORDER_OF_MAGNITUDE,
    measure: () => {
      const s = seleniumEstimate();
      return {
        measurement: orderOfMagnitude("γ̂/10^13 s⁻¹", s.coupling, 1e13),
        note: `γ̂ = 4ℓ0κ_min/k_B from (95) = ${s.coupling.toExponential(3)} s⁻¹ (same order as 10¹³, though nearer 10¹⁴); without the 1/4 of (95), as in (97): ${s.couplingWithoutPrefactor.toExponential(3)} s⁻¹`,
      };
    },
  }),
  kit.claim({
    name: "selenium-debye-frequency",
    where: "Sec. VIII (after (100))",
    statement: "\"The Debye temperature for selenium is θ_D ~ 250 K, so that ω_D ~ 3 × 10^{13} s⁻¹\"",
    kind: "agreement",
    domain: "θ_D = 250 K",
    criterion: close({ rtol: 0.17, reason: "'~3·10^13 s⁻¹' has one significant digit (3 stands for [2.5, 3.5))" }),
    measure: () => ({ measurement: measure.pair("ω_D (s⁻¹) vs 3·10^13", seleniumEstimate().debyeFrequency, 3e13) }),
  }),
  kit.claim({
    name: "eq99-mtc-condition",
    where: "eq. (99)",
    statement: "\"… and the condition given by Eq. (99) is satisfied\": the selenium estimate of γ̂ from (95) satisfies γ̂ ~ ω_D (99)",
    kind: "agreement",
    domain: "γ̂ from (95), ω_D from θ_D = 250 K",
    criterion: ORDER_OF_MAGNITUDE,
    measure: () => {
      const s = seleniumEstimate();
      return { measurement: orderOfMagnitude("γ̂/ω_D", s.coupling, s.debyeFrequency), note: `γ̂/ω_D = ${(s.coupling / s.debyeFrequency).toPrecision(3)}` };
    },
  }),
  kit.claim({
    name: "mtc-validity",
    where: "eqs. (22), (48), (95), (100)",
    statement:
      "\"Let us consider the classical limit of high temperatures, Eq. (48), when Eq. (94) takes the form (95)\": in the regime the paper derives for the minimum conductivity, ω0 ~ γ̂ ~ D ~ ω_D (100), at the selenium temperatures (above 100 K, θ_D ≈ 250 K), the conditions of (48) — large D (22), D ≫ ω0, γ̂, and k_BT ≫ ħ|μ_n| — hold",
    kind: "agreement",
    domain: MTC_DOMAIN,
    criterion: bound({
      atLeast: 10,
      reason: "'≫' read as a ratio of at least 10, for both conditions of (48): D/max(ω0, γ̂) (the large-D limit (22)) and k_BT/ħ max|μ_n| (the high-temperature limit of Sec. III.A); the value is the smaller ratio",
    }),
    measure: () => {
      const rows = MTC_TEMPERATURES.map((kelvin) => {
        const p = mtcParams(kelvin);
        const muMax = Math.max(...propagatorRoots(p).mu.map((m) => Math.hypot(m.re, m.im)));
        return { kelvin, band: p.D / Math.max(p.omega0, p.gamma1 + p.gamma2), classical: p.T / muMax };
      });
      return {
        measurement: measure.value("min over T of D/max(ω0, γ̂) and k_BT/ħ max|μ_n|", Math.min(...rows.flatMap((r) => [r.band, r.classical]))),
        note: rows.map((r) => `${r.kelvin} K: D/max(ω0, γ̂) = ${fmt(r.band)}, k_BT/ħ max|μ_n| = ${r.classical.toPrecision(3)}`).join("; "),
      };
    },
  }),
  kit.claim({
    name: "mtc-vs-exact",
    where: "eqs. (43), (48), (95)",
    statement:
      "\"Although this is only an estimate\": in the regime (100), ω0 = γ̂ = D = ω_D, the conductance k_Bγ̂/4 (48) used in (95) is of the same order of magnitude as the exact conductance (43) at 100 K and 300 K (θ_D = 250 K)",
    kind: "agreement",
    domain: MTC_DOMAIN,
    criterion: ORDER_OF_MAGNITUDE,
    measure: () => {
      const ratios = MTC_TEMPERATURES.map((kelvin) => conductance(mtcParams(kelvin)) / conductanceHighTemperatureWideBand(mtcParams(kelvin)));
      return {
        measurement: measure.value("max over T of |log10(K_(43)/K_(48))|", Math.max(...ratios.map((r) => Math.abs(Math.log10(r))))),
        note: `K(43)/K(48) = ${ratios.map((r) => r.toPrecision(3)).join(" (100 K), ")} (300 K): (95) overestimates κ_min by ${(1 / ratios[0]).toPrecision(2)}× and ${(1 / ratios[1]).toPrecision(2)}×, so γ̂ inferred from κ_min is underestimated by the same factors`,
      };
    },
  }),
];

export const estimateClaims: readonly JudgedClaim[] = [...stmCo, ...selenium];
