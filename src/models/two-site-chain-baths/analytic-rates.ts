import type { Mode } from "./analytic.js";
import { energyDistribution, modeEnergy, newnsSpectralDensity, rotationMatrix, systemEnergies } from "./analytic.js";
import { fermiLeft, fermiRight, noiseMatrixEntry, steadyPoints } from "./analytic-steady.js";
import { integrateOverBand } from "./band-integral.js";
import { type Complex2x2, hermitian2x2, hermitianEigenvalues2x2 } from "../../numerics/linalg/complex2x2.js";
import type { TwoSiteChainBathsParams } from "./params.js";
import { fermi } from "../../numerics/special.js";

/**
 * The asymptotic master equation under the exponential-propagator approximation
 * (Sec. V): rate matrices Λ± (55), the bath generators' rates (58), the interference
 * term's ξ, η (66)–(67), the local-basis cross rates (72)–(75), the detailed-balance
 * ratio (78) and the non-Markovianity measure ν (82).
 * Convention (Sec. IV B): inside the EPA E′_j ≈ E_j and Γ_j = 2πJ_N(E_j) ({@link epaWidth}).
 * Source: 003_3bda4ae6cebee785.txt. Units ħ = k_B = 1; rates in energy units.
 */

/** EPA decay rate Γ_j = 2πJ_N(E_j) (energy), Sec. IV B after eq. (53). */
export function epaWidth(j: Mode, p: TwoSiteChainBathsParams): number {
  return 2 * Math.PI * newnsSpectralDensity(modeEnergy(j, p), p);
}

/**
 * Asymptotic gain matrix
 *   Λ⁺_jk = i∫dω J_N(ω)F_jk(ω)[1/(E_j − ω + iΓ_j/2) − 1/(E_k − ω − iΓ_k/2)]   (energy).
 * Source: 003_3bda4ae6cebee785.txt, eq. (55).
 */
export function rateMatrixPlus(p: TwoSiteChainBathsParams): Complex2x2 {
  const points = steadyPoints(p);
  const G = [epaWidth(1, p), epaWidth(2, p)];
  const E = [modeEnergy(1, p), modeEnergy(2, p)];
  return hermitian2x2((row, column) => {
    const [j, k] = [(row + 1) as Mode, (column + 1) as Mode];
    const aj = (w: number) => E[j - 1] - w;
    const ak = (w: number) => E[k - 1] - w;
    const bj = G[j - 1] / 2;
    const bk = G[k - 1] / 2;
    // i[(aj − i bj)/(aj²+bj²) − (ak + i bk)/(ak²+bk²)] = [bj/(..) + bk/(..)] + i[aj/(..) − ak/(..)]
    const weight = (w: number) => newnsSpectralDensity(w, p) * noiseMatrixEntry(j, k, w, p);
    const re = integrateOverBand((w) => weight(w) * (bj / (aj(w) ** 2 + bj * bj) + bk / (ak(w) ** 2 + bk * bk)), p.Omega, { points }).value;
    const im = j === k ? 0 : integrateOverBand((w) => weight(w) * (aj(w) / (aj(w) ** 2 + bj * bj) - ak(w) / (ak(w) ** 2 + bk * bk)), p.Omega, { points }).value;
    return { re, im };
  });
}

/** Λ⁻ = diag(Γ_1, Γ_2) − Λ⁺ (energy). Source: 003_3bda4ae6cebee785.txt, text after eq. (55). */
export function rateMatrixMinus(p: TwoSiteChainBathsParams, plus: Complex2x2 = rateMatrixPlus(p)): Complex2x2 {
  return {
    re: [
      [epaWidth(1, p) - plus.re[0][0], -plus.re[0][1]],
      [-plus.re[1][0], epaWidth(2, p) - plus.re[1][1]],
    ],
    im: plus.im.map((r) => r.map((x) => -x)),
  };
}

/**
 * Canonical rates λ^±_j (eigenvalues of Λ±) and the non-Markovianity measure
 * ν = Σ_{s=±} Σ_j max(0, −λ^s_j) (energy).
 * Source: 003_3bda4ae6cebee785.txt, eqs. (52), (82).
 */
export function nonMarkovianity(p: TwoSiteChainBathsParams): { nu: number; ratesPlus: [number, number]; ratesMinus: [number, number] } {
  const plus = rateMatrixPlus(p);
  const ratesPlus = hermitianEigenvalues2x2(plus);
  const ratesMinus = hermitianEigenvalues2x2(rateMatrixMinus(p, plus));
  const nu = [...ratesPlus, ...ratesMinus].reduce((s, l) => s + Math.max(0, -l), 0);
  return { nu, ratesPlus, ratesMinus };
}

/**
 * Gain and loss rates of the bath generator L_α on mode j,
 *   γ⁻_{α,j} = Γ_{α,j}∫dω φ_j(1 − f_α),   γ⁺_{α,j} = Γ_{α,j}∫dω φ_j f_α,
 * with Γ_{L,j} = Γ_j R²_{1j}, Γ_{R,j} = Γ_j R²_{2j} (energy).
 * Source: 003_3bda4ae6cebee785.txt, eqs. (57)–(58).
 */
export function bathRates(alpha: "L" | "R", j: Mode, p: TwoSiteChainBathsParams): { loss: number; gain: number } {
  const R = rotationMatrix(p);
  const w = epaWidth(j, p) * (alpha === "L" ? R[0][j - 1] ** 2 : R[1][j - 1] ** 2);
  const T = alpha === "L" ? p.TL : p.TR;
  const mu = alpha === "L" ? p.muL : p.muR;
  const points = steadyPoints(p);
  const gain = integrateOverBand((x) => energyDistribution(j, x, p) * fermi(x, 1 / T, mu), p.Omega, { points }).value;
  const loss = integrateOverBand((x) => energyDistribution(j, x, p) * fermi(-x, 1 / T, -mu), p.Omega, { points }).value;
  return { loss: w * loss, gain: w * gain };
}

/** γ̄⁻_α/γ̄⁺_α with γ̄^±_α = Σ_j γ^±_{α,j} (eq. (70)) from eq. (58) at finite Γ (dimensionless). */
export function localRateRatio(alpha: "L" | "R", p: TwoSiteChainBathsParams): number {
  const r1 = bathRates(alpha, 1, p);
  const r2 = bathRates(alpha, 2, p);
  return (r1.loss + r2.loss) / (r1.gain + r2.gain);
}

/**
 * lim_{Γ→0} γ̄⁻_α/γ̄⁺_α as printed: [e^{x} + cosh(β_αΔ/2)]/[1 + e^{x}cosh(β_αΔ/2)]·e^{x},
 * x = β_α(h − µ_α) (dimensionless).
 * Source: 003_3bda4ae6cebee785.txt, eq. (78).
 */
export function detailedBalanceRatioPrinted(alpha: "L" | "R", p: TwoSiteChainBathsParams): number {
  const beta = 1 / (alpha === "L" ? p.TL : p.TR);
  const mu = alpha === "L" ? p.muL : p.muR;
  const { Delta } = systemEnergies(p);
  const ex = Math.exp(beta * (p.h - mu));
  const ch = Math.cosh((beta * Delta) / 2);
  return ((ex + ch) / (1 + ex * ch)) * ex;
}

/**
 * The Γ → 0 limit of γ̄⁻_α/γ̄⁺_α obtained from eq. (58) with φ_j → δ(ω − E_j) (eq. (27)),
 * keeping the mode weights and widths (corrected form of eq. (78)):
 *   Σ_j w_{αj}[1 − f_α(E_j)] / Σ_j w_{αj} f_α(E_j),   w_{αj} = R²_{αj}·2πJ_N(E_j).
 * Reduces to the printed (78) when R²_{α1} = R²_{α2} (δ = 0) and J_N(E_1) = J_N(E_2) (Ω → ∞).
 * Source: 003_3bda4ae6cebee785.txt, eqs. (27), (58), (70), (78).
 */
export function detailedBalanceRatioCorrected(alpha: "L" | "R", p: TwoSiteChainBathsParams): number {
  const R = rotationMatrix(p);
  const beta = 1 / (alpha === "L" ? p.TL : p.TR);
  const mu = alpha === "L" ? p.muL : p.muR;
  let num = 0;
  let den = 0;
  for (const j of [1, 2] as Mode[]) {
    const w = (alpha === "L" ? R[0][j - 1] ** 2 : R[1][j - 1] ** 2) * epaWidth(j, p);
    const E = modeEnergy(j, p);
    num += w * fermi(-E, beta, -mu);
    den += w * fermi(E, beta, mu);
  }
  return num / den;
}

/**
 * Corrected (78) in closed form, wide band (J_N(E_1) = J_N(E_2)):
 *   lim_{Γ→0} γ̄⁻_α/γ̄⁺_α = e^{x}[e^{x} + cosh y + σ(δ/Δ)sinh y]/[1 + e^{x}cosh y − σ(δ/Δ)e^{x}sinh y],
 * x = β_α(h − µ_α), y = β_αΔ/2, σ = +1 for α = L, −1 for α = R (dimensionless). Derived by the
 * engine from (58), (70) with φ_j → δ(ω − E_j) (symbolic-limits.ts); δ = 0 gives the printed (78).
 * Source: 003_3bda4ae6cebee785.txt, eqs. (16), (27), (58), (70), (78).
 */
export function detailedBalanceRatioClosedForm(alpha: "L" | "R", p: TwoSiteChainBathsParams): number {
  const beta = 1 / (alpha === "L" ? p.TL : p.TR);
  const mu = alpha === "L" ? p.muL : p.muR;
  const { Delta } = systemEnergies(p);
  const s = (alpha === "L" ? 1 : -1) * (p.delta / Delta);
  const u = Math.exp(beta * (p.h - mu));
  const y = (beta * Delta) / 2;
  return (u * (u + Math.cosh(y) + s * Math.sinh(y))) / (1 + u * Math.cosh(y) - s * u * Math.sinh(y));
}

/**
 * ξ and η of Λ⁺_12 = ξ + iη as printed:
 *   ξ = (g/2Δ)∫dω Σ_j Γ_jφ_j[f_L − f_R],   η = (g/2Δ)∫dω[(E_1 − ω)φ_1 − (E_2 − ω)φ_2][f_L − f_R]   (energy).
 * Source: 003_3bda4ae6cebee785.txt, eqs. (66)–(67).
 */
export function interferenceRatesPrinted(p: TwoSiteChainBathsParams): { xi: number; eta: number } {
  const { Delta, E1, E2 } = systemEnergies(p);
  const points = steadyPoints(p);
  const G1 = epaWidth(1, p);
  const G2 = epaWidth(2, p);
  const bias = (w: number) => fermiLeft(w, p) - fermiRight(w, p);
  const s = integrateOverBand((w) => (G1 * energyDistribution(1, w, p) + G2 * energyDistribution(2, w, p)) * bias(w), p.Omega, { points, absTol: 1e-15 }).value;
  const e = integrateOverBand((w) => ((E1 - w) * energyDistribution(1, w, p) - (E2 - w) * energyDistribution(2, w, p)) * bias(w), p.Omega, { points, absTol: 1e-15 }).value;
  return { xi: (p.g / (2 * Delta)) * s, eta: (p.g / (2 * Delta)) * e };
}

/**
 * Corrected ξ = (g/4Δ)∫dω Σ_j Γ_jφ_j[f_L − f_R]: the real part of (55) for j ≠ k is
 * Σ_j (Γ_j/2)J/[(E_j − ω)² + Γ_j²/4] ≈ Σ_j (Γ_j/2)φ_j, with F_12 = (g/2Δ)(f_L − f_R);
 * the printed prefactor g/2Δ misses the 1/2 (η keeps g/2Δ) (energy).
 * Source: 003_3bda4ae6cebee785.txt, eq. (66) corrected from eq. (55).
 */
export function interferenceXiCorrected(p: TwoSiteChainBathsParams): number {
  return interferenceRatesPrinted(p).xi / 2;
}

/**
 * Off-diagonal local-basis rates as printed (energy):
 *   Re Λ̄⁺_LR = (g/4Δ)∫[Γ_2φ_2 − Γ_1φ_1][f_L + f_R],  Im Λ̄⁺_LR = (g/2Δ)∫[(E_1−ω)φ_1 − (E_2−ω)φ_2][f_L − f_R],
 *   Re Λ̄⁻_LR = (g/4Δ)∫[Γ_2φ_2 − Γ_1φ_1][2 − f_L − f_R],  Im Λ̄⁻_LR = −Im Λ̄⁺_LR.
 * Source: 003_3bda4ae6cebee785.txt, eqs. (72)–(75).
 */
export function localCrossRatesPrinted(p: TwoSiteChainBathsParams): { plus: { re: number; im: number }; minus: { re: number; im: number } } {
  const { Delta } = systemEnergies(p);
  const points = steadyPoints(p);
  const G1 = epaWidth(1, p);
  const G2 = epaWidth(2, p);
  const diff = (w: number) => G2 * energyDistribution(2, w, p) - G1 * energyDistribution(1, w, p);
  const sumF = integrateOverBand((w) => diff(w) * (fermiLeft(w, p) + fermiRight(w, p)), p.Omega, { points, absTol: 1e-15 }).value;
  const holes = integrateOverBand((w) => diff(w) * (fermi(-w, 1 / p.TL, -p.muL) + fermi(-w, 1 / p.TR, -p.muR)), p.Omega, { points, absTol: 1e-15 }).value;
  const eta = interferenceRatesPrinted(p).eta;
  const k = p.g / (4 * Delta);
  return { plus: { re: k * sumF, im: eta }, minus: { re: k * holes, im: -eta } };
}

/**
 * Stationary EPA coherence from the stationary point of eq. (48) with H = diag(E_1, E_2),
 * Γ = diag(Γ_1, Γ_2): C_12 = Λ⁺_12/(Tr[Γ]/2 − iΔ) (dimensionless).
 * Source: 003_3bda4ae6cebee785.txt, App. F (text before eq. (F6)).
 */
export function coherenceFromRates(p: TwoSiteChainBathsParams, plus: Complex2x2 = rateMatrixPlus(p)): { re: number; im: number } {
  const a = (epaWidth(1, p) + epaWidth(2, p)) / 2;
  const b = -systemEnergies(p).Delta;
  const d = a * a + b * b;
  const xr = plus.re[0][1];
  const xi = plus.im[0][1];
  return { re: (xr * a + xi * b) / d, im: (xi * a - xr * b) / d };
}

/**
 * Steady-state currents attributed to bath L by its own generator (Γ ≪ Δ):
 *   ⟨L_L†N_S⟩∞ = (g²/4Δ²)∫dω Σ_j Γ_jφ_j[f_L − f_R],  ⟨L_L†H_S⟩∞ = (g²/4Δ²)∫dω Σ_j E_jΓ_jφ_j[f_L − f_R]
 * (particles and energy per unit time).
 * Source: 003_3bda4ae6cebee785.txt, eqs. (61)–(62).
 */
export function bathGeneratorCurrents(p: TwoSiteChainBathsParams): { particle: number; energy: number } {
  const { Delta, E1, E2 } = systemEnergies(p);
  const points = steadyPoints(p);
  const G1 = epaWidth(1, p);
  const G2 = epaWidth(2, p);
  const k = (p.g * p.g) / (4 * Delta * Delta);
  const bias = (w: number) => fermiLeft(w, p) - fermiRight(w, p);
  const particle = integrateOverBand((w) => (G1 * energyDistribution(1, w, p) + G2 * energyDistribution(2, w, p)) * bias(w), p.Omega, { points, absTol: 1e-15 }).value;
  const energy = integrateOverBand((w) => (E1 * G1 * energyDistribution(1, w, p) + E2 * G2 * energyDistribution(2, w, p)) * bias(w), p.Omega, { points, absTol: 1e-15 }).value;
  return { particle: k * particle, energy: k * energy };
}
