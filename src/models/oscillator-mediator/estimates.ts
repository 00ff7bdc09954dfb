import { all, create, type Unit } from "mathjs";
import { ParameterError } from "../../core/errors.js";

/**
 * The paper's physical estimates in SI units (mathjs units): the CO-mediated heat flow
 * between an STM tip and a gold substrate (Sec. VII, eqs. (52), (85)–(88)) and the
 * minimum thermal conductivity of selenium (Sec. VIII, eqs. (94)–(100)).
 * Source: 002_1f8d4f9374398bb6.txt. Constants: CODATA 2018 values built into mathjs.
 */

const math = create(all);
const hbar = (math as unknown as { reducedPlanckConstant: Unit }).reducedPlanckConstant;
const kB = (math as unknown as { boltzmann: Unit }).boltzmann;
const c = (math as unknown as { speedOfLight: Unit }).speedOfLight;

/** Inputs of the STM/CO estimate, with the values quoted in Sec. VII. */
export interface StmCoInputs {
  /** Pt–C stretching wavenumber of CO on Pt, cm⁻¹ (ref. [43]): 480. */
  readonly wavenumberPerCm: number;
  /** Debye temperature of gold, K: 165. */
  readonly debyeTemperature: number;
  /** Tip temperature, K: 300 (room temperature). */
  readonly tipTemperature: number;
  /** Substrate temperature, K: 150 (the experiment spans 90–210 K). */
  readonly substrateTemperature: number;
  /** Diameter of the CO molecule, m: 3.7 Å (ref. [42]). */
  readonly moleculeDiameter: number;
  /** γ̂/ω0 used for the black-body comparison: 10 ("provided that γ̂/ω0 ~ 10"). */
  readonly blackBodyCouplingRatio: number;
}

/**
 * The values of Sec. VII: ω0 ≈ 480 cm⁻¹ (Pt–C stretch, ref. [43]), θ_D ≈ 165 K (gold, text after (87)),
 * tip ≈ 300 K and substrate 90–210 K (text before (85); 150 K taken as the mid value), a ≈ 3.7 Å
 * (ref. [42]), γ̂/ω0 ~ 10 (text after (88)). Source: 002_1f8d4f9374398bb6.txt, Sec. VII, eqs. (85)–(88).
 */
export const STM_CO_INPUTS: StmCoInputs = {
  wavenumberPerCm: 480,
  debyeTemperature: 165,
  tipTemperature: 300,
  substrateTemperature: 150,
  moleculeDiameter: 3.7e-10,
  blackBodyCouplingRatio: 10,
};

export interface StmCoEstimate {
  /** ω0 = 2πc·ν̃ (rad/s). */
  readonly omega0: number;
  /** ħω0/k_B from CODATA constants (K): 690.6 for 480 cm⁻¹. */
  readonly mediatorTemperature: number;
  /** The paper's conversion with "1 K = 0.7 cm⁻¹": 480/0.7 = 685.7 K (printed 685 K). */
  readonly mediatorTemperaturePaperConversion: number;
  /** γ̂/ω0 from (87) with ħω0/k_B = mediatorTemperature. */
  readonly couplingRatio: number;
  /** J_CO of (85) at couplingRatio (W). */
  readonly currentCo: number;
  /** J_A of (86) (W). */
  readonly currentPhononTunnelling: number;
  /** J_SB of (52) through the area A = πa²/4 (W). */
  readonly currentBlackBody: number;
  /** J_CO(γ̂/ω0 = blackBodyCouplingRatio)/J_SB: the "~10^10" of Sec. VII. */
  readonly ratioToBlackBody: number;
}

/**
 * Evaluates eqs. (52), (85)–(88) in SI units:
 *   (85) J_CO = π³k_B⁴γ̂²(T1⁴ − T2⁴)/(30ħ³ω0⁴),   (86) J_A = π⁵k_B²(T1⁴ − T2⁴)/(60ħθ_D²),
 *   (87) γ̂/ω0 = (π/√2)ħω0/(k_Bθ_D),             (52) J_SB = Aπ²k_B⁴(T1⁴ − T2⁴)/(60ħ³c²).
 * @throws ParameterError for non-positive inputs or T_tip ≤ T_substrate.
 */
export function stmCoEstimate(inputs: StmCoInputs = STM_CO_INPUTS): StmCoEstimate {
  for (const [name, v] of Object.entries(inputs)) if (!(Number.isFinite(v) && v > 0)) throw new ParameterError(name, v, "a finite number > 0");
  if (!(inputs.tipTemperature > inputs.substrateTemperature)) {
    throw new ParameterError("tipTemperature", inputs.tipTemperature, `a temperature above substrateTemperature = ${inputs.substrateTemperature}`);
  }
  const omega0 = math.multiply(math.multiply(2 * Math.PI, c), math.unit(inputs.wavenumberPerCm, "cm^-1")) as Unit;
  const mediatorTemperature = (math.divide(math.multiply(hbar, omega0), kB) as Unit).toNumber("K");
  const couplingRatio = (Math.PI / Math.SQRT2) * (mediatorTemperature / inputs.debyeTemperature);
  const T1 = math.unit(inputs.tipTemperature, "K");
  const T2 = math.unit(inputs.substrateTemperature, "K");
  const scope = { kB, hbar, c, T1, T2, w0: omega0, thetaD: math.unit(inputs.debyeTemperature, "K"), a: math.unit(inputs.moleculeDiameter, "m") };
  const quartic = "(T1^4 - T2^4)";
  const jCo = (r: number) => (math.evaluate(`pi^3 * kB^4 * (${r} * w0)^2 * ${quartic} / (30 * hbar^3 * w0^4)`, scope) as Unit).toNumber("W");
  const currentPhononTunnelling = (math.evaluate(`pi^5 * kB^2 * ${quartic} / (60 * hbar * thetaD^2)`, scope) as Unit).toNumber("W");
  const currentBlackBody = (math.evaluate(`(pi * a^2 / 4) * pi^2 * kB^4 * ${quartic} / (60 * hbar^3 * c^2)`, scope) as Unit).toNumber("W");
  return {
    omega0: omega0.toNumber("s^-1"),
    mediatorTemperature,
    mediatorTemperaturePaperConversion: inputs.wavenumberPerCm / 0.7,
    couplingRatio,
    currentCo: jCo(couplingRatio),
    currentPhononTunnelling,
    currentBlackBody,
    ratioToBlackBody: jCo(inputs.blackBodyCouplingRatio) / currentBlackBody,
  };
}

/** Inputs of the selenium minimum-conductivity estimate (Sec. VIII, data of ref. [54]). */
export interface SeleniumInputs {
  /** κ_min ≈ 0.5·10⁻² W K⁻¹ cm⁻¹, in W/(m K): 0.5. */
  readonly conductivity: number;
  /** ℓ0 ≈ 5·10⁻⁸ cm = 5·10⁻¹⁰ m. */
  readonly interatomicDistance: number;
  /** θ_D ≈ 250 K. */
  readonly debyeTemperature: number;
}

/**
 * The values of Sec. VIII for selenium above 100 K (data of ref. [54]): κ_min ~ 0.5·10⁻² W K⁻¹ cm⁻¹
 * (= 0.5 W m⁻¹ K⁻¹), ℓ0 ≈ 5·10⁻⁸ cm, θ_D ~ 250 K. Source: 002_1f8d4f9374398bb6.txt, Sec. VIII,
 * text after eq. (100), used with eqs. (95), (99).
 */
export const SELENIUM_INPUTS: SeleniumInputs = { conductivity: 0.5, interatomicDistance: 5e-10, debyeTemperature: 250 };

export interface SeleniumEstimate {
  /** γ̂ = 4ℓ0κ_min/k_B from (95) (s⁻¹); the paper quotes "~10¹³ s⁻¹". */
  readonly coupling: number;
  /** γ̂ = ℓ0κ_min/k_B, i.e. (97) without numerical prefactors (s⁻¹). */
  readonly couplingWithoutPrefactor: number;
  /** ω_D = k_Bθ_D/ħ (s⁻¹); the paper quotes "~3·10¹³ s⁻¹". */
  readonly debyeFrequency: number;
}

/**
 * Minimum thermal conductivity, eqs. (94)–(95), (97), (99): κ_min = K/ℓ0 ≈ k_Bγ̂/(4ℓ0) solved
 * for γ̂, and ω_D = k_Bθ_D/ħ. SI units through mathjs.
 * @throws ParameterError for non-positive inputs.
 */
export function seleniumEstimate(inputs: SeleniumInputs = SELENIUM_INPUTS): SeleniumEstimate {
  for (const [name, v] of Object.entries(inputs)) if (!(Number.isFinite(v) && v > 0)) throw new ParameterError(name, v, "a finite number > 0");
  const scope = { kB, hbar, kappa: math.unit(inputs.conductivity, "W / (m K)"), l0: math.unit(inputs.interatomicDistance, "m"), thetaD: math.unit(inputs.debyeTemperature, "K") };
  return {
    coupling: (math.evaluate("4 * l0 * kappa / kB", scope) as Unit).toNumber("s^-1"),
    couplingWithoutPrefactor: (math.evaluate("l0 * kappa / kB", scope) as Unit).toNumber("s^-1"),
    debyeFrequency: (math.evaluate("kB * thetaD / hbar", scope) as Unit).toNumber("s^-1"),
  };
}

/**
 * Minimum thermal conductivity of Cahill, Watson and Pohl in the form printed as eq. (96):
 * κ_min = 0.4 k_B n^{2/3}(v_l + 2v_t) (W m⁻¹ K⁻¹) for n in m⁻³ and speeds in m/s.
 * @throws ParameterError for non-positive inputs.
 */
export function cahillMinimumConductivity(atomDensity: number, longitudinalSpeed: number, transverseSpeed: number): number {
  for (const [name, v] of [["atomDensity", atomDensity], ["longitudinalSpeed", longitudinalSpeed], ["transverseSpeed", transverseSpeed]] as const) {
    if (!(Number.isFinite(v) && v > 0)) throw new ParameterError(name, v, "a finite number > 0");
  }
  const k = math.evaluate(`0.4 * kB * (n)^(2/3) * (vl + 2 * vt)`, {
    kB,
    n: math.unit(atomDensity, "m^-3"),
    vl: math.unit(longitudinalSpeed, "m/s"),
    vt: math.unit(transverseSpeed, "m/s"),
  }) as Unit;
  return k.toNumber("W / (m K)");
}
