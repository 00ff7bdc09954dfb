import type { Mode } from "./analytic.js";
import { modeEnergy, rotationMatrix, systemEnergies } from "./analytic.js";
import { bathRates, epaWidth } from "./analytic-rates.js";
import { equilibriumPopulations } from "./analytic-steady.js";
import type { Complex2x2 } from "../../numerics/linalg/complex2x2.js";
import { fermi } from "../../numerics/special.js";
import type { TwoSiteChainBathsParams } from "./params.js";

/**
 * Sec. V A–B beyond the rate matrices: the fixed points of the bath generators (59)
 * and of the local generators (76)–(77), the entropy-production rate of (64), and the
 * bath-L currents of the local decomposition (79)–(81).
 * Source: 003_3bda4ae6cebee785.txt. Units ħ = k_B = 1; rates and currents in energy units.
 */

/** Bath α's temperature and chemical potential. */
function bath(alpha: "L" | "R", p: TwoSiteChainBathsParams): { T: number; mu: number } {
  return alpha === "L" ? { T: p.TL, mu: p.muL } : { T: p.TR, mu: p.muR };
}

/**
 * Populations of the fixed point r_α of L_α: Tr[r_α d_j†d_k] = δ_jk∫dω φ_j(ω)f_α(ω) (dimensionless).
 * Source: 003_3bda4ae6cebee785.txt, eq. (59).
 */
export function bathFixedPointPopulations(alpha: "L" | "R", p: TwoSiteChainBathsParams): [number, number] {
  return equilibriumPopulations(p, alpha);
}

/** Local rates γ̄^±_α = Σ_j γ^±_{α,j} of eq. (70), with γ^±_{α,j} from eq. (58) (energy). */
export function localRates(alpha: "L" | "R", p: TwoSiteChainBathsParams): { gain: number; loss: number } {
  const r1 = bathRates(alpha, 1, p);
  const r2 = bathRates(alpha, 2, p);
  return { gain: r1.gain + r2.gain, loss: r1.loss + r2.loss };
}

/**
 * Effective local Hamiltonian of eq. (77), H_sα = ε_α n_α with ε_α = T_α ln(γ̄⁻_α/γ̄⁺_α) + µ_α,
 * and the occupation of site α in the fixed point (76), ⟨n_α⟩ = 1/(1 + e^{β_α(ε_α − µ_α)}).
 * Source: 003_3bda4ae6cebee785.txt, eqs. (76)–(77).
 */
export function localFixedPoint(alpha: "L" | "R", p: TwoSiteChainBathsParams): { effectiveEnergy: number; occupation: number } {
  const { gain, loss } = localRates(alpha, p);
  const { T, mu } = bath(alpha, p);
  const effectiveEnergy = T * Math.log(loss / gain) + mu;
  return { effectiveEnergy, occupation: 1 / (1 + Math.exp((effectiveEnergy - mu) / T)) };
}

/**
 * Bath-L quantities of the local decomposition (69)–(71) for a state with site-basis
 * correlation matrix C̄_αα′ = ⟨c_α†c_α′⟩ (energy per time):
 *   particle = ⟨L̄_L†N_S⟩ = γ̄⁺_L − (γ̄⁺_L + γ̄⁻_L)C̄_LL,
 *   correction80 = (g/2Δ)(Γ_2 − Γ_1)Re⟨c_L†c_R⟩   (eq. (80), the amount −⟨L̄_LR†n_L⟩),
 *   energy81Printed = h_L·particle − (g/2)Σ_j R²_{1j}Γ_j Re⟨c_L†c_R⟩   (eq. (81) as printed),
 *   energy81Corrected = h_L·particle + (g/2)Σ_j R²_{1j}Γ_j Re⟨c_L†c_R⟩
 * (L̄_L†(c_L†c_R) = −½(γ̄⁺_L + γ̄⁻_L)c_L†c_R and H_S ∋ −(g/2)(c_L†c_R + h.c.) give the + sign).
 * Γ_j = 2πJ_N(E_j) as in eq. (58).
 * Source: 003_3bda4ae6cebee785.txt, eqs. (70), (79)–(81).
 */
export function localBathLCurrents(p: TwoSiteChainBathsParams, siteCorrelation: Complex2x2): { particle: number; correction80: number; energy81Printed: number; energy81Corrected: number } {
  const { gain, loss } = localRates("L", p);
  const particle = gain - (gain + loss) * siteCorrelation.re[0][0];
  const { Delta } = systemEnergies(p);
  const G1 = epaWidth(1, p);
  const G2 = epaWidth(2, p);
  const R = rotationMatrix(p);
  const reLR = siteCorrelation.re[0][1];
  const correction80 = (p.g / (2 * Delta)) * (G2 - G1) * reLR;
  const hL = p.h + p.delta / 2;
  const width = R[0][0] ** 2 * G1 + R[0][1] ** 2 * G2;
  return { particle, correction80, energy81Printed: hL * particle - (p.g / 2) * width * reLR, energy81Corrected: hL * particle + (p.g / 2) * width * reLR };
}

/**
 * The entropy-production rate of eq. (64) at finite Γ, for a state with mode-basis
 * populations C_jj:
 *   σ(Γ) = −(1/Γ)Σ_α β_αJ^Q_α,   J^Q_α = ⟨L_α†(H_S − µ_αN_S)⟩ = Σ_j Γ_{α,j}(E_j − µ_α)(∫φ_jf_α − C_jj)
 * (L_α† d_j†d_j = γ⁺_{α,j} − Γ_{α,j}d_j†d_j with Γ_{α,j} = γ⁺ + γ⁻ by eq. (26)) (dimensionless).
 * Source: 003_3bda4ae6cebee785.txt, eqs. (57)–(58), (64).
 */
export function entropyProductionRate(p: TwoSiteChainBathsParams, populations: readonly [number, number]): number {
  const R = rotationMatrix(p);
  let s = 0;
  for (const alpha of ["L", "R"] as const) {
    const { T, mu } = bath(alpha, p);
    const r = bathFixedPointPopulations(alpha, p);
    const row = alpha === "L" ? 0 : 1;
    for (const j of [1, 2] as Mode[]) s += (epaWidth(j, p) * R[row][j - 1] ** 2 * (modeEnergy(j, p) - mu) * (r[j - 1] - populations[j - 1])) / T;
  }
  return -s / p.Gamma;
}

/**
 * The Γ → 0 limit of {@link entropyProductionRate} at the stationary state, with
 * C_jj → Σ_α R²_{αj}f_α(E_j) (global limit), ∫φ_jf_α → f_α(E_j) and Γ_{α,j}/Γ → R²_{αj}√(1 − E_j²/Ω²):
 *   σ₀ = −Σ_j √(1 − E_j²/Ω²) Σ_α β_αR²_{αj}(E_j − µ_α)[f_α(E_j) − Σ_α′ R²_{α′j}f_α′(E_j)]   (dimensionless),
 * a covariance of −β_α(E_j − µ_α) = logit f_α(E_j) with f_α(E_j) under the weights R²_{αj}, hence ≥ 0.
 * Source: 003_3bda4ae6cebee785.txt, eq. (64).
 */
export function entropyProductionLimit(p: TwoSiteChainBathsParams): number {
  const R = rotationMatrix(p);
  let s = 0;
  for (const j of [1, 2] as Mode[]) {
    const E = modeEnergy(j, p);
    const fL = fermi(E, 1 / p.TL, p.muL);
    const fR = fermi(E, 1 / p.TR, p.muR);
    const mean = R[0][j - 1] ** 2 * fL + R[1][j - 1] ** 2 * fR;
    const w = Math.sqrt(1 - (E / p.Omega) ** 2);
    s += w * ((R[0][j - 1] ** 2 * (E - p.muL) * (fL - mean)) / p.TL + (R[1][j - 1] ** 2 * (E - p.muR) * (fR - mean)) / p.TR);
  }
  return -s;
}
