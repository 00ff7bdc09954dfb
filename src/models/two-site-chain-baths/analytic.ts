import { DomainError, ParameterError } from "../../core/errors.js";
import { type Complex, cmul, complex, cscale, csqrt } from "../../numerics/complex-number.js";
import { integrate } from "../../numerics/quadrature/gauss-kronrod.js";
import { principalValue } from "../../numerics/quadrature/principal-value.js";
import { featurePoints, integrateOverBand } from "./band-integral.js";
import type { TwoSiteChainBathsParams } from "./params.js";

/**
 * The closed forms of Sec. III of Mitchison & Plenio for the two-site system and
 * the Newns (uniform-chain) spectral density: H_S, R, E_j, J_N, φ_j, ϑ_j, G_j(t),
 * the exponential-propagator approximation and its error bound (App. E).
 * Source: 003_3bda4ae6cebee785.txt. Units ħ = k_B = 1. Index j = 1, 2 labels the
 * eigenmodes d_j = Σ_α R_jα c_α (E_1 > E_2); α = L, R ↔ column 1, 2 of R.
 * Parameters are assumed validated (resolveTwoSiteChainBathsParams).
 */

/** Mode index of the system eigenbasis: 1 (upper level E_1) or 2 (lower level E_2). */
export type Mode = 1 | 2;

/**
 * E_{1,2} = h ± Δ/2 with Δ = √(g² + δ²) (energy).
 * Source: 003_3bda4ae6cebee785.txt, eqs. (16)–(17).
 * @example systemEnergies({ h: 1, g: 0.5, delta: 0.5, … }) // { E1: 1.3536, E2: 0.6464, Delta: 0.7071 }
 */
export function systemEnergies(p: Pick<TwoSiteChainBathsParams, "h" | "delta" | "g">): { E1: number; E2: number; Delta: number } {
  const Delta = Math.hypot(p.g, p.delta);
  return { E1: p.h + Delta / 2, E2: p.h - Delta / 2, Delta };
}

/** E_j of mode j (energy), eq. (17). */
export function modeEnergy(j: Mode, p: Pick<TwoSiteChainBathsParams, "h" | "delta" | "g">): number {
  const e = systemEnergies(p);
  return j === 1 ? e.E1 : e.E2;
}

/**
 * H_S in the site basis (c_L, c_R): [[h_L, −g/2], [−g/2, h_R]] with h_{L,R} = h ± δ/2.
 * Source: 003_3bda4ae6cebee785.txt, eq. (10).
 */
export function siteHamiltonian(p: Pick<TwoSiteChainBathsParams, "h" | "delta" | "g">): number[][] {
  return [
    [p.h + p.delta / 2, -p.g / 2],
    [-p.g / 2, p.h - p.delta / 2],
  ];
}

/**
 * The rotation d = R c: R = (2Δ)^{−1/2} [[√(Δ+δ), −√(Δ−δ)], [√(Δ−δ), √(Δ+δ)]].
 * Row j holds the site amplitudes of mode j; R H_S Rᵀ = diag(E_1, E_2) (for g > 0).
 * Source: 003_3bda4ae6cebee785.txt, eq. (16).
 */
export function rotationMatrix(p: Pick<TwoSiteChainBathsParams, "delta" | "g">): number[][] {
  const Delta = Math.hypot(p.g, p.delta);
  const a = Math.sqrt((Delta + p.delta) / (2 * Delta));
  const b = Math.sqrt(Math.max(0, Delta - p.delta) / (2 * Delta));
  return [
    [a, -b],
    [b, a],
  ];
}

/**
 * Newns spectral density J_N(ω) = (Γ/2π)√(1 − ω²/Ω²) Θ(Ω − |ω|) (energy⁰: J has units of 1·energy/energy).
 * Source: 003_3bda4ae6cebee785.txt, eq. (19).
 */
export function newnsSpectralDensity(omega: number, p: Pick<TwoSiteChainBathsParams, "Gamma" | "Omega">): number {
  const x = omega / p.Omega;
  if (!(Math.abs(x) < 1)) return 0;
  return (p.Gamma / (2 * Math.PI)) * Math.sqrt(1 - x * x);
}

/**
 * Shifted energy E′_j = (1 − Γ/2Ω)/(1 − Γ/Ω)·E_j (energy).
 * Source: 003_3bda4ae6cebee785.txt, eq. (36).
 */
export function shiftedEnergy(j: Mode, p: TwoSiteChainBathsParams): number {
  const r = p.Gamma / p.Omega;
  return ((1 - r / 2) / (1 - r)) * modeEnergy(j, p);
}

/**
 * Decay rate Γ_j = Γ·√(1 − Γ/Ω − E_j²/Ω²)/(1 − Γ/Ω) (energy); real by condition (34).
 * Source: 003_3bda4ae6cebee785.txt, eq. (36).
 */
export function levelWidth(j: Mode, p: TwoSiteChainBathsParams): number {
  const r = p.Gamma / p.Omega;
  const E = modeEnergy(j, p) / p.Omega;
  const s = 1 - r - E * E;
  if (!(s > 0)) throw new DomainError("eq. (36) Γ_j", "condition (34) √(E_j² + ΓΩ) < Ω", `1 − Γ/Ω − E_j²/Ω² = ${s}`);
  return (p.Gamma * Math.sqrt(s)) / (1 - r);
}

/**
 * Energy distribution of mode j,
 *   φ_j(ω) = J_N(ω) / {(1 − Γ/Ω)[(ω − E′_j)² + Γ_j²/4]}   (1/energy).
 * Source: 003_3bda4ae6cebee785.txt, eq. (35) with (36).
 */
export function energyDistribution(j: Mode, omega: number, p: TwoSiteChainBathsParams): number {
  const J = newnsSpectralDensity(omega, p);
  if (J === 0) return 0;
  const Ep = shiftedEnergy(j, p);
  const Gj = levelWidth(j, p);
  const d = omega - Ep;
  return J / ((1 - p.Gamma / p.Omega) * (d * d + (Gj * Gj) / 4));
}

/**
 * Closed-form Hilbert transform ϑ_j(ω) = [(1 − Γ/2Ω)ω − E_j]·φ_j(ω)/J_N(ω) (1/energy),
 * for |ω| < Ω (the ratio φ/J is the Lorentzian factor, finite everywhere).
 * Source: 003_3bda4ae6cebee785.txt, eq. (37).
 * @throws DomainError for |ω| ≥ Ω (eq. (37) is derived inside the band only).
 */
export function hilbertTransformClosedForm(j: Mode, omega: number, p: TwoSiteChainBathsParams): number {
  if (!(Math.abs(omega) < p.Omega)) throw new DomainError("eq. (37)", "|ω| < Ω", `ω = ${omega}, Ω = ${p.Omega}`);
  const Ep = shiftedEnergy(j, p);
  const Gj = levelWidth(j, p);
  const d = omega - Ep;
  const lorentz = 1 / ((1 - p.Gamma / p.Omega) * (d * d + (Gj * Gj) / 4));
  return ((1 - p.Gamma / (2 * p.Omega)) * omega - modeEnergy(j, p)) * lorentz;
}

/**
 * The Hilbert transform ϑ_j(ω) = P∫dω′ φ_j(ω′)/(ω − ω′) (1/energy), computed by the
 * folded principal-value quadrature (numerics/quadrature/principal-value.ts) for |ω| < Ω
 * and ordinary quadrature outside the band.
 * Source: 003_3bda4ae6cebee785.txt, eq. (33).
 */
export function hilbertTransformNumeric(j: Mode, omega: number, p: TwoSiteChainBathsParams): { value: number; errorEstimate: number } {
  if (!Number.isFinite(omega)) throw new ParameterError("omega", omega, "a finite frequency");
  const phi = (w: number) => energyDistribution(j, w, p);
  const Ep = shiftedEnergy(j, p);
  const Gj = levelWidth(j, p);
  const pts = [0, 0.5, 1, 2, 4, 8, 16].flatMap((k) => [Ep + k * Gj, Ep - k * Gj]).filter((x) => Math.abs(x) < p.Omega);
  if (Math.abs(omega) < p.Omega) {
    const r = principalValue(phi, omega, -p.Omega, p.Omega, { breakpoints: pts.filter((x) => x !== omega), relTol: 1e-10, absTol: 1e-12, maxSubdivisions: 4000 });
    return { value: -r.value, errorEstimate: r.errorEstimate };
  }
  const r = integrateOverBand((w) => phi(w) / (omega - w), p.Omega, { points: pts });
  return r;
}

/**
 * Normalisation ∫dω φ_j(ω) (dimensionless; = 1 by eq. (26) under condition (34)).
 * Source: 003_3bda4ae6cebee785.txt, eq. (26).
 */
export function distributionNormalisation(j: Mode, p: TwoSiteChainBathsParams): { value: number; errorEstimate: number } {
  return integrateOverBand((w) => energyDistribution(j, w, p), p.Omega, { points: featurePoints(p, [{ center: shiftedEnergy(j, p), width: levelWidth(j, p) }]) });
}

/**
 * Propagator G_j(t) = ∫dω e^{−iωt} φ_j(ω) (dimensionless), by band quadrature.
 * Source: 003_3bda4ae6cebee785.txt, eq. (24) with (35).
 */
export function propagator(j: Mode, t: number, p: TwoSiteChainBathsParams): Complex {
  const pts = featurePoints(p, [{ center: shiftedEnergy(j, p), width: levelWidth(j, p) }]);
  const opts = { points: pts, oscillationTime: t, absTol: 1e-12 };
  const re = integrateOverBand((w) => Math.cos(w * t) * energyDistribution(j, w, p), p.Omega, opts).value;
  const im = integrateOverBand((w) => -Math.sin(w * t) * energyDistribution(j, w, p), p.Omega, opts).value;
  return { re, im };
}

/**
 * Exponential-propagator approximation G_j(t) ≈ exp(−iE′_j t − Γ_j t/2).
 * Source: 003_3bda4ae6cebee785.txt, eq. (53).
 */
export function propagatorEPA(j: Mode, t: number, p: TwoSiteChainBathsParams): Complex {
  const a = Math.exp((-levelWidth(j, p) * t) / 2);
  const ph = shiftedEnergy(j, p) * t;
  return { re: a * Math.cos(ph), im: -a * Math.sin(ph) };
}

/**
 * Residue factor of the EPA pole, p_j = √[(Ω² − (E′_j − iΓ_j/2)²)/(Ω² − ΓΩ − E_j²)]
 * (dimensionless, → 1 as Γ → 0). The radical covers the whole fraction: the PDF text
 * "√ Ω² − (E′_j − iΓ_j/2)² / Ω² − ΓΩ − E_j²" lost its extent (see README); only this
 * reading gives p_j → 1 and matches the exact propagator.
 * Source: 003_3bda4ae6cebee785.txt, eq. (E2).
 */
export function poleResidue(j: Mode, p: TwoSiteChainBathsParams): Complex {
  const Ep = shiftedEnergy(j, p);
  const hg = levelWidth(j, p) / 2;
  const E = modeEnergy(j, p);
  const den = p.Omega * p.Omega - p.Gamma * p.Omega - E * E;
  // Ω² − (E′ − i hg)² = Ω² − E′² + hg² + 2i E′ hg
  return csqrt(complex((p.Omega * p.Omega - Ep * Ep + hg * hg) / den, (2 * Ep * hg) / den));
}

/**
 * The pole contribution p_j·exp(−iE′_j t − s·Γ_j t) of App. E, with s = 1 as printed
 * in eqs. (E1)/(E4) or s = 1/2 (corrected: the pole sits at ω = E′_j − iΓ_j/2, so
 * e^{−iωt} decays as e^{−Γ_j t/2}, as in eq. (53)).
 * Source: 003_3bda4ae6cebee785.txt, eq. (E1).
 */
export function poleContribution(j: Mode, t: number, p: TwoSiteChainBathsParams, form: "printed" | "corrected"): Complex {
  const pr = poleResidue(j, p);
  const s = form === "printed" ? 1 : 0.5;
  const a = Math.exp(-s * levelWidth(j, p) * t);
  const ph = shiftedEnergy(j, p) * t;
  return cscale(cmul(pr, complex(Math.cos(ph), -Math.sin(ph))), a);
}

/**
 * u(τ) = (√2·π)^{−1} ∫_0^π dθ e^{−τ sin θ} sin^{1/2}θ (dimensionless), by quadrature.
 * The PDF text prints the prefactor as "1/√2π"; it is 1/(√2·π), not 1/√(2π): this is
 * what the second line of (E5) gives (|J_N(Ωe^{−iθ})| = Γ√(2 sin θ)/2π), and the only
 * reading consistent with the two values the text states, u(0) ≈ 0.54 and
 * lim τ^{3/2}u(τ) = (2π)^{−1/2} (README, claim `(E6)-normalisation`).
 * Source: 003_3bda4ae6cebee785.txt, eq. (E6).
 * @throws ParameterError for τ < 0 or non-finite τ.
 * @example epaErrorFunctionU(0) // 0.5394…
 */
export function epaErrorFunctionU(tau: number): number {
  if (!(tau >= 0 && Number.isFinite(tau))) throw new ParameterError("tau", tau, "a finite number ≥ 0");
  const bp = tau > 10 ? [Math.min(1, 20 / tau), Math.PI - Math.min(1, 20 / tau)] : [];
  const r = integrate((th) => Math.exp(-tau * Math.sin(th)) * Math.sqrt(Math.sin(th)), 0, Math.PI, { breakpoints: bp, relTol: 1e-12, absTol: 0, maxSubdivisions: 4000 });
  return r.value / (Math.SQRT2 * Math.PI);
}

/** Γ(1/4) and Γ(3/4) (Abramowitz & Stegun, Table 6.1 / eq. 6.1.17: Γ(1/4)Γ(3/4) = π√2). */
const GAMMA_QUARTER = 3.625609908221908;
const GAMMA_THREE_QUARTERS = 1.2254167024651776;

/** I_ν(x) for ν ∈ {±1/4, ±3/4}, x ≥ 0, by its power series Σ_k (x/2)^{2k+ν}/(k!Γ(k+ν+1)) (A&S 9.6.10). */
function besselIQuarter(nu: -0.75 | -0.25 | 0.25 | 0.75, x: number): number {
  const gammaNuPlusOne = { "-0.75": GAMMA_QUARTER, "-0.25": GAMMA_THREE_QUARTERS, "0.25": GAMMA_QUARTER / 4, "0.75": (3 * GAMMA_THREE_QUARTERS) / 4 }[String(nu) as "-0.75"];
  const h = x / 2;
  let term = Math.pow(h, nu) / gammaNuPlusOne;
  let sum = term;
  for (let k = 0; k < 500; k++) {
    term *= (h * h) / ((k + 1) * (k + 1 + nu));
    sum += term;
    if (term < 1e-17 * sum) break;
  }
  return sum;
}

/**
 * u(τ) in the Bessel form of eq. (E6):
 *   u(τ) = (√(πτ)/2)[I_{−3/4}(τ/2)I_{1/4}(τ/2) − I_{−1/4}(τ/2)I_{3/4}(τ/2)]   (dimensionless),
 * reading the garbled prefactor "√πτ/2" as √(πτ)/2 — the reading that matches the integral
 * form with the prefactor 1/(√2·π) (see {@link epaErrorFunctionU}). Power series of I_ν;
 * the difference of products cancels like e^{τ}: relative round-off ≈ 1e-16·e^{τ}, so
 * τ ≤ 20 is accepted.
 * Source: 003_3bda4ae6cebee785.txt, eq. (E6).
 * @throws ParameterError for τ ≤ 0, τ > 20 or non-finite τ.
 * @example epaErrorFunctionUBessel(1) // 0.26970…
 */
export function epaErrorFunctionUBessel(tau: number): number {
  if (!(tau > 0 && tau <= 20)) throw new ParameterError("tau", tau, "a number in (0, 20] (series cancellation beyond)");
  const x = tau / 2;
  const bracket = besselIQuarter(-0.75, x) * besselIQuarter(0.25, x) - besselIQuarter(-0.25, x) * besselIQuarter(0.75, x);
  return (Math.sqrt(Math.PI * tau) / 2) * bracket;
}

/**
 * Upper bound on the arc error of the EPA pole formula,
 *   |err_j(t)| < (Γ/Ω)·(1 − Γ/Ω)^{−1}·Ω²/[(Ω − E′_j)² + Γ_j²/4]·u(Ωt)   (dimensionless).
 * Source: 003_3bda4ae6cebee785.txt, eq. (E5) with (E6).
 */
export function epaErrorBound(j: Mode, t: number, p: TwoSiteChainBathsParams): number {
  const Ep = shiftedEnergy(j, p);
  const Gj = levelWidth(j, p);
  const r = p.Gamma / p.Omega;
  const d = p.Omega - Ep;
  return ((r / (1 - r)) * p.Omega * p.Omega * epaErrorFunctionU(p.Omega * t)) / (d * d + (Gj * Gj) / 4);
}
