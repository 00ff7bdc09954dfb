import type { Claim } from "../../core/claim.js";
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

const bbTol = tolerance(0, 1, "'~10^10' is an order-of-magnitude statement: |log10(J_CO/J_SB) − 10| ≤ 1");
const blackBody = claim({
  name: "stm-co-blackbody-ratio",
  where: "Sec. VII (text after (88)), eq. (52)",
  statement: "At γ̂/ω0 ~ 10, the CO-mediated current (85) is ~10^10 times the black-body current (52) through the molecule's cross-section A = πa²/4, a = 3.7 Å",
  kind: "agreement",
  tolerance: bbTol,
  domain: "ν̃ = 480 cm⁻¹, γ̂/ω0 = 10, T_tip = 300 K, T_substrate = 150 K",
  verify: () => {
    const e = co();
    const d = Math.abs(Math.log10(e.ratioToBlackBody) - 10);
    return { holds: d <= bbTol.atol, measuredError: d, details: `J_CO/J_SB = ${e.ratioToBlackBody.toExponential(3)} (J_SB = ${e.currentBlackBody.toExponential(3)} W)` };
  },
});

const validityTol = tolerance(0, 0.1, "'k_BT ≪ ħ|μ_n|' (the condition of (49)–(51), Sec. III.A) read as k_BT/ħ min|μ_n| ≤ 0.1");
const coValidity = claim({
  name: "stm-co-validity",
  where: "eqs. (49)–(51), (85)",
  statement: "The low-temperature formula (51) behind (85) is used inside its validity condition k_BT_ν ≪ ħ|μ_n| at the CO parameters (γ̂/ω0 from (87), T_tip = 300 K)",
  kind: "agreement",
  tolerance: validityTol,
  domain: "CO mediator: ω0 = 1, γ̂ = 9.30ω0, D = 1000ω0 (wide band), T1 = 300 K, T2 = 150 K in units of ħω0/k_B = 690.6 K",
  expectedToFail: {
    why: "the mediator is overdamped (γ̂/ω0 ≈ 9.3): its slow root μ_1 ≈ ω0²/γ̂ corresponds to only ~75 K, far below the tip temperature of 300 K, so (51) is used outside its validity; the criterion ħω0 ≫ k_BT quoted in Sec. VII is not the condition of (49)–(51)",
  },
  verify: () => {
    const p = coParams();
    const muMin = Math.min(...propagatorRoots(p).mu.map((m) => Math.hypot(m.re, m.im)));
    const x = p.T1 / muMin;
    return { holds: x <= validityTol.atol, measuredError: x, details: `min|μ_n| = ${muMin.toPrecision(4)}ω0 (ħ min|μ|/k_B = ${(muMin * co().mediatorTemperature).toPrecision(4)} K); k_BT_tip/ħ min|μ_n| = ${x.toPrecision(4)}` };
  },
});

const exactTol = tolerance(0.5, 0, "an order-of-magnitude estimate: accepted if within a factor 2 of the exact current");
const coExact = claim({
  name: "stm-co-vs-exact",
  where: "eqs. (42), (85)",
  statement: "At the CO parameters, the estimate (85) agrees with the exact current (42) (wide band D = 1000ω0) within a factor 2",
  kind: "agreement",
  tolerance: exactTol,
  domain: "as stm-co-validity",
  expectedToFail: { why: "(85) is the T⁴ law (51) used outside its validity (see stm-co-validity); the exact current (42) at the same parameters is about 90 times smaller" },
  verify: () => {
    const p = coParams();
    const exact = heatCurrent(p);
    const estimate = heatCurrentLowTemperature(p);
    const watts = (x: number) => x * (stmCoEstimate().currentCo / estimate);
    const d = Math.abs(estimate - exact) / Math.max(estimate, exact);
    return {
      holds: d <= exactTol.rtol,
      measuredError: d,
      details: `(85)/(51): ${fmt(estimate)} ħω0² = ${watts(estimate).toExponential(3)} W; exact (42): ${fmt(exact)} ħω0² = ${watts(exact).toExponential(3)} W; ratio ${(estimate / exact).toPrecision(4)}`,
    };
  },
});

const seTol = tolerance(0, 0.5, "'~10^13 s⁻¹': the nearest decade, |log10(γ̂ / 10^13 s⁻¹)| ≤ 0.5");
const selenium = claim({
  name: "selenium-coupling",
  where: "eqs. (95), Sec. VIII",
  statement: "For selenium (κ_min ≈ 0.5·10⁻² W K⁻¹ cm⁻¹, ℓ0 ≈ 5·10⁻⁸ cm), (95) gives γ̂ ~ 10^13 s⁻¹",
  kind: "agreement",
  tolerance: seTol,
  domain: "κ_min = 0.5 W m⁻¹K⁻¹, ℓ0 = 5·10⁻¹⁰ m",
  expectedToFail: {
    why: "γ̂ = 4ℓ0κ_min/k_B = 7.2·10¹³ s⁻¹ from (95) (nearest decade 10¹⁴); the quoted 10¹³ corresponds to (97) without the factor 1/4 of (95) (1.8·10¹³ s⁻¹)",
  },
  verify: () => {
    const s = seleniumEstimate();
    const d = Math.abs(Math.log10(s.coupling / 1e13));
    return { holds: d <= seTol.atol, measuredError: d, details: `γ̂ from (95) = ${s.coupling.toExponential(3)} s⁻¹; without the 1/4: ${s.couplingWithoutPrefactor.toExponential(3)} s⁻¹` };
  },
});

const wdTol = tolerance(0.17, 0, "'~3·10^13 s⁻¹' has one significant digit (3 stands for [2.5, 3.5))");
const debye = claim({
  name: "selenium-debye-frequency",
  where: "Sec. VIII (after (100))",
  statement: "θ_D ≈ 250 K gives ω_D = k_Bθ_D/ħ ~ 3·10¹³ s⁻¹",
  kind: "agreement",
  tolerance: wdTol,
  domain: "θ_D = 250 K",
  verify: () => {
    const s = seleniumEstimate();
    const d = Math.abs(s.debyeFrequency - 3e13) / s.debyeFrequency;
    return { holds: d <= wdTol.rtol, measuredError: d, details: `ω_D = ${s.debyeFrequency.toExponential(3)} s⁻¹` };
  },
});

const e99Tol = tolerance(0, 0.5, "'~' read as agreement within a factor √10 (|log10(γ̂/ω_D)| ≤ 0.5)");
const eq99 = claim({
  name: "eq99-mtc-condition",
  where: "eq. (99)",
  statement: "The selenium estimate satisfies the minimum-conductivity condition γ̂ ~ ω_D (99)",
  kind: "agreement",
  tolerance: e99Tol,
  domain: "γ̂ from (95), ω_D from θ_D = 250 K",
  verify: () => {
    const s = seleniumEstimate();
    const d = Math.abs(Math.log10(s.coupling / s.debyeFrequency));
    return { holds: d <= e99Tol.atol, measuredError: d, details: `γ̂/ω_D = ${(s.coupling / s.debyeFrequency).toPrecision(3)}` };
  },
});

const mtcTol = tolerance(0.2, 0, "(95) is offered as a quantitative estimate ('qualitatively and even quantitatively similar'): accepted within 20% of the exact conductance");
const mtcValidity = claim({
  name: "mtc-validity",
  where: "eqs. (43), (48), (95), (100)",
  statement: "In the minimum-conductivity regime ω0 ~ γ̂ ~ D ~ ω_D (100), the wide-band classical conductance k_Bγ̂/4 (48) used in (95) agrees with the exact (43) at 100 K ≤ T ≤ 300 K (θ_D = 250 K)",
  kind: "agreement",
  tolerance: mtcTol,
  domain: "ω0 = γ̂ = D = ω_D, T = 100 K and 300 K (T/θ_D = 0.4, 1.2)",
  expectedToFail: {
    why: "(48) needs D ≫ ω0 and k_BT ≫ ħ|μ_n|; at ω0 = γ̂ = D even the classical limit (47) is 2/5 of (48), and T ≲ θ_D is not classical: the exact K is 2.7–4.8 times smaller",
  },
  verify: () => {
    const ratios = [100, 300].map((T) => {
      const p = resolve({ omega0: 1, gamma1: 0.5, gamma2: 0.5, D: 1, T: T / 250 });
      return conductance(p) / conductanceHighTemperatureWideBand(p);
    });
    const d = Math.max(...ratios.map((r) => Math.abs(1 - r)));
    return { holds: d <= mtcTol.rtol, measuredError: d, details: `K(43)/K(48) = ${ratios.map((r) => r.toPrecision(3)).join(" (100 K), ")} (300 K)` };
  },
});

export const estimateClaims: readonly Claim[] = [eq87, eq88, blackBody, coValidity, coExact, selenium, debye, eq99, mtcValidity];
