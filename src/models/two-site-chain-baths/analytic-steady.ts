import { fermi } from "../../numerics/special.js";
import type { Mode } from "./analytic.js";
import { energyDistribution, hilbertTransformClosedForm, levelWidth, newnsSpectralDensity, rotationMatrix, shiftedEnergy, systemEnergies } from "./analytic.js";
import { featurePoints, integrateOverBand } from "./band-integral.js";
import { type Complex2x2, hermitian2x2 } from "../../numerics/linalg/complex2x2.js";
import type { TwoSiteChainBathsParams } from "./params.js";

/**
 * Steady-state closed forms for the Newns spectral density: the NESS (32), its
 * equilibrium form (38), Landauer transmission and currents (43)–(46), and the
 * general-spectral-density currents (D1), (D4)–(D5).
 * Source: 003_3bda4ae6cebee785.txt, Sec. III D and App. D. Units ħ = k_B = 1.
 */

/**
 * Fermi–Dirac occupation of reservoir L, f_L(ω) = 1/(e^{β_L(ω − µ_L)} + 1), β_L = 1/T_L
 * (dimensionless; ω in energy). Stable for any sign of the exponent (numerics/special.ts).
 * Source: 003_3bda4ae6cebee785.txt, text before eq. (28).
 */
export function fermiLeft(omega: number, p: TwoSiteChainBathsParams): number {
  return fermi(omega, 1 / p.TL, p.muL);
}

/**
 * Fermi–Dirac occupation of reservoir R, f_R(ω) = 1/(e^{β_R(ω − µ_R)} + 1), β_R = 1/T_R
 * (dimensionless; ω in energy). Stable for any sign of the exponent (numerics/special.ts).
 * Source: 003_3bda4ae6cebee785.txt, text before eq. (28).
 */
export function fermiRight(omega: number, p: TwoSiteChainBathsParams): number {
  return fermi(omega, 1 / p.TR, p.muR);
}

/**
 * F(ω) = R diag(f_L, f_R) Rᵀ, entry (j, k).
 * Source: 003_3bda4ae6cebee785.txt, text before eq. (28).
 */
export function noiseMatrixEntry(j: Mode, k: Mode, omega: number, p: TwoSiteChainBathsParams): number {
  const R = rotationMatrix(p);
  return R[j - 1][0] * R[k - 1][0] * fermiLeft(omega, p) + R[j - 1][1] * R[k - 1][1] * fermiRight(omega, p);
}

/** Feature points of both resonances and both Fermi edges. */
export function steadyPoints(p: TwoSiteChainBathsParams): number[] {
  return featurePoints(p, [
    { center: shiftedEnergy(1, p), width: levelWidth(1, p) },
    { center: shiftedEnergy(2, p), width: levelWidth(2, p) },
  ]);
}

/**
 * Stationary correlation matrix (d basis)
 *   C_jk(∞) = ∫dω J(ω) F_jk(ω) [ϑ_j(ω) + iπφ_j(ω)][ϑ_k(ω) − iπφ_k(ω)],
 * with ϑ_j from eq. (37) and φ_j from eq. (35) (dimensionless).
 * Source: 003_3bda4ae6cebee785.txt, eq. (32).
 */
export function steadyStateCorrelation(p: TwoSiteChainBathsParams): Complex2x2 {
  const points = steadyPoints(p);
  return hermitian2x2((row, column) => {
    const [j, k] = [(row + 1) as Mode, (column + 1) as Mode];
    const integrand = (w: number, part: "re" | "im") => {
      const J = newnsSpectralDensity(w, p);
      if (J === 0) return 0;
      const tj = hilbertTransformClosedForm(j, w, p);
      const tk = hilbertTransformClosedForm(k, w, p);
      const pj = Math.PI * energyDistribution(j, w, p);
      const pk = Math.PI * energyDistribution(k, w, p);
      // (tj + i pj)(tk − i pk) = tj tk + pj pk + i(pj tk − tj pk)
      const v = part === "re" ? tj * tk + pj * pk : pj * tk - tj * pk;
      return J * noiseMatrixEntry(j, k, w, p) * v;
    };
    const re = integrateOverBand((w) => integrand(w, "re"), p.Omega, { points }).value;
    const im = j === k ? 0 : integrateOverBand((w) => integrand(w, "im"), p.Omega, { points }).value;
    return { re, im };
  });
}

/**
 * Equilibrium populations C_jj(∞) = ∫dω φ_j(ω) f(ω) for baths at common (β, µ)
 * (C_12 = 0), using the left bath's T_L, µ_L as the common values.
 * Source: 003_3bda4ae6cebee785.txt, eq. (38).
 */
export function equilibriumPopulations(p: TwoSiteChainBathsParams, bath: "L" | "R" = "L"): [number, number] {
  const f = bath === "L" ? fermiLeft : fermiRight;
  const points = steadyPoints(p);
  return [1, 2].map((j) => integrateOverBand((w) => energyDistribution(j as Mode, w, p) * f(w, p), p.Omega, { points }).value) as [number, number];
}

/**
 * Transmission T(ω) = (πg²/2)·φ_1(ω)φ_2(ω) (dimensionless).
 * Source: 003_3bda4ae6cebee785.txt, eq. (45).
 */
export function transmission(omega: number, p: TwoSiteChainBathsParams): number {
  return ((Math.PI * p.g * p.g) / 2) * energyDistribution(1, omega, p) * energyDistribution(2, omega, p);
}

/**
 * Bimodal approximation T(ω) ≈ g²/(4Δ²)·Σ_j Γ_j φ_j(ω), for Γ ≪ Δ (dimensionless).
 * Source: 003_3bda4ae6cebee785.txt, eq. (46).
 */
export function transmissionBimodal(omega: number, p: TwoSiteChainBathsParams): number {
  const { Delta } = systemEnergies(p);
  return ((p.g * p.g) / (4 * Delta * Delta)) * (levelWidth(1, p) * energyDistribution(1, omega, p) + levelWidth(2, p) * energyDistribution(2, omega, p));
}

/**
 * Landauer currents into S from L: J^P_L = ∫dω T(ω)[f_L − f_R], J^E_L = ∫dω ω T(ω)[f_L − f_R]
 * (particles and energy per unit time); J_R = −J_L in the steady state.
 * Source: 003_3bda4ae6cebee785.txt, eqs. (43)–(44).
 */
export function landauerCurrents(p: TwoSiteChainBathsParams): { particle: number; energy: number } {
  const points = steadyPoints(p);
  const bias = (w: number) => fermiLeft(w, p) - fermiRight(w, p);
  const particle = integrateOverBand((w) => transmission(w, p) * bias(w), p.Omega, { points, absTol: 1e-15 }).value;
  const energy = integrateOverBand((w) => w * transmission(w, p) * bias(w), p.Omega, { points, absTol: 1e-15 }).value;
  return { particle, energy };
}

/**
 * Intra-system particle current from the NESS,
 *   J^P_S = (πg²/2Δ)∫dω J(ω)[φ_1ϑ_2 − φ_2ϑ_1][f_L − f_R]   (ϑ_j from eq. (37)).
 * Source: 003_3bda4ae6cebee785.txt, eq. (D1).
 */
export function currentD1(p: TwoSiteChainBathsParams): number {
  const { Delta } = systemEnergies(p);
  const points = steadyPoints(p);
  const v = integrateOverBand(
    (w) => {
      const J = newnsSpectralDensity(w, p);
      if (J === 0) return 0;
      const d = energyDistribution(1, w, p) * hilbertTransformClosedForm(2, w, p) - energyDistribution(2, w, p) * hilbertTransformClosedForm(1, w, p);
      return J * d * (fermiLeft(w, p) - fermiRight(w, p));
    },
    p.Omega,
    { points, absTol: 1e-15 },
  ).value;
  return ((Math.PI * p.g * p.g) / (2 * Delta)) * v;
}

/**
 * Currents from bath L for a general spectral density, as printed:
 *   J^{P,E}_L = 2π Σ_{k,l} R_k1 R_l1 ∫dω ω^{0,1} J F_kl {φ_k − J[ϑ_kϑ_l + π²φ_kφ_l]}.
 * Source: 003_3bda4ae6cebee785.txt, eqs. (D4)–(D5).
 */
export function currentsD4D5(p: TwoSiteChainBathsParams): { particle: number; energy: number } {
  const R = rotationMatrix(p);
  const points = steadyPoints(p);
  const kernel = (w: number): number => {
    const J = newnsSpectralDensity(w, p);
    if (J === 0) return 0;
    let s = 0;
    for (const k of [1, 2] as Mode[])
      for (const l of [1, 2] as Mode[]) {
        const pk = energyDistribution(k, w, p);
        const pl = energyDistribution(l, w, p);
        const tk = hilbertTransformClosedForm(k, w, p);
        const tl = hilbertTransformClosedForm(l, w, p);
        s += R[k - 1][0] * R[l - 1][0] * noiseMatrixEntry(k, l, w, p) * (pk - J * (tk * tl + Math.PI * Math.PI * pk * pl));
      }
    return 2 * Math.PI * J * s;
  };
  return {
    particle: integrateOverBand(kernel, p.Omega, { points, absTol: 1e-15 }).value,
    energy: integrateOverBand((w) => w * kernel(w), p.Omega, { points, absTol: 1e-15 }).value,
  };
}
