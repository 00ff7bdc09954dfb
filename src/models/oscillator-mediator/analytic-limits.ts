import { DomainError } from "../../core/errors.js";
import { cadd, cdiv, cmul, complex } from "../../numerics/complex-number.js";
import { integrate } from "../../numerics/quadrature/gauss-kronrod.js";
import type { PropagatorRoots } from "./analytic.js";
import { boseDifference, conductanceWindow, laplacePropagator, propagatorRoots, QUADRATURE_RELATIVE_TOLERANCE, residueMoment } from "./analytic.js";
import type { OscillatorMediatorParams } from "./params.js";
import { totalCoupling, transportPrefactor } from "./params.js";

/**
 * Temperature limits of (42)–(43), the quantum-thermal-bath (QTB) forms and the
 * intermediate plateau. Source: 002_1f8d4f9374398bb6.txt, eqs. (45)–(51), (60)–(62), (74)–(77).
 * Units ħ = k_B = m = 1. "1/τ_p" of the printed equal-coupling formulas is generalised
 * to unequal couplings by the replacement stated after (42), 1/(2τ_p) → 2γ̂1γ̂2/γ̂;
 * for γ1 = γ2 every function reduces to the printed form.
 */

type P = OscillatorMediatorParams;
type Couplings = Pick<P, "omega0" | "gamma1" | "gamma2" | "D">;

/**
 * 1/τ_p of the printed transport formulas (45)–(51), (74)–(77): 2·(2γ̂1γ̂2/γ̂), from the replacement
 * 1/(2τ_p) → 2γ1γ2/(γm) stated after eq. (42) (= γ̂ = 1/τ_p, eq. (16), for γ1 = γ2).
 * Source: 002_1f8d4f9374398bb6.txt, text after eq. (42). Units: γ in energy; returns energy.
 */
export function transportRate(p: Pick<P, "gamma1" | "gamma2">): number {
  return 2 * transportPrefactor(p);
}

/**
 * High-temperature conductance in root form, eq. (45): K ≈ −(D/(4τ_p)) Σ_n g_n μ_n/(D + μ_n).
 * Valid for T ≫ ħ|μ_n| (classical plateau). Returns energy.
 */
export function conductanceHighTemperatureSum(p: Couplings, roots: PropagatorRoots = propagatorRoots(p)): number {
  return -(p.D / 4) * transportRate(p) * highTemperatureRootSum(p, roots);
}

/** Σ_n g_n μ_n/(D + μ_n), the sum of eqs. (45)–(46) (real part; 1/energy·energy = dimensionless·1/energy·energy). */
export function highTemperatureRootSum(p: Pick<P, "D">, roots: PropagatorRoots): number {
  let s = complex(0);
  for (let n = 0; n < 3; n++) s = cadd(s, cdiv(cmul(roots.g[n], roots.mu[n]), cadd(complex(p.D), roots.mu[n])));
  return s.re;
}

/** −D g̃(D), the right-hand side of eq. (46) (g̃ from (20)). Dimension 1/energy. */
export function highTemperatureLaplaceForm(p: Couplings): number {
  return -p.D * laplacePropagator(complex(p.D), p).re;
}

/**
 * Classical-plateau conductance in closed form, eq. (47): K ≈ (1/(4τ_p))·2D²/[2(D² + ω0²) + γ̂D].
 * Returns energy.
 */
export function conductanceHighTemperature(p: Couplings): number {
  const D2 = p.D * p.D;
  return (transportRate(p) / 4) * ((2 * D2) / (2 * (D2 + p.omega0 * p.omega0) + totalCoupling(p) * p.D));
}

/** Wide-band classical plateau, eq. (48): K ≈ 1/(4τ_p) = γ̂/4 (equal couplings). Returns energy. */
export function conductanceHighTemperatureWideBand(p: Pick<P, "gamma1" | "gamma2">): number {
  return transportRate(p) / 4;
}

/** Σ_n g_n/μ_n², the root sum of eq. (49) (1/energy³·energy = 1/energy³… here: 1/energy⁴·energy⁻⁰; see (50)). */
export function lowTemperatureRootSum(roots: PropagatorRoots): number {
  return residueMoment(roots, -2).re;
}

/** γ̂/ω0⁴, the closed form of eq. (50) for Σ g_n/μ_n² = −g̃′(0). */
export function lowTemperatureRootSumClosedForm(p: Couplings): number {
  return totalCoupling(p) / p.omega0 ** 4;
}

/**
 * Low-temperature current in root form, eq. (49): J ≈ (π³/(30τ_p))(T1⁴ − T2⁴) Σ_n g_n/μ_n².
 * Valid for T_ν ≪ ħ|μ_n|. Returns energy².
 */
export function heatCurrentLowTemperatureSum(p: P, roots: PropagatorRoots = propagatorRoots(p)): number {
  return ((Math.PI ** 3 * transportRate(p)) / 30) * (p.T1 ** 4 - p.T2 ** 4) * lowTemperatureRootSum(roots);
}

/** Low-temperature current, eq. (51): J ≈ π³(T1⁴ − T2⁴)/(30ω0⁴τ_p²). Returns energy². */
export function heatCurrentLowTemperature(p: P): number {
  return ((Math.PI ** 3 * transportRate(p) * totalCoupling(p)) / (30 * p.omega0 ** 4)) * (p.T1 ** 4 - p.T2 ** 4);
}

/** Low-temperature conductance, eq. (51): K ≈ 2π³T³/(15ω0⁴τ_p²). Returns energy. */
export function conductanceLowTemperature(p: P): number {
  return ((2 * Math.PI ** 3 * transportRate(p) * totalCoupling(p)) / (15 * p.omega0 ** 4)) * p.T ** 3;
}

function requireEqualCouplings(p: Pick<P, "gamma1" | "gamma2">, formula: string): void {
  if (p.gamma1 !== p.gamma2) {
    throw new DomainError(formula, "γ1 = γ2 (the QTB forces of eq. (55) each carry γ/2)", `γ1 = ${p.gamma1}, γ2 = ${p.gamma2}`);
  }
}

/**
 * QTB heat current as the Fourier integral over the whole real line, eq. (60):
 * J = (i/(4πm))∫_{−∞}^{∞} dω ω[K̃1 − K̃2]/(ω² + iγ̂ω − ω0²), K̃_ν = (γ/2)ω coth(ω/2T_ν) (55).
 * The imaginary part of the integrand is odd in ω and integrates to zero; the real part,
 * (γ̂/2)γ̂ω³[coth_1 − coth_2]/[(ω² − ω0²)² + γ̂²ω²]/(4π), is integrated on (−∞, ∞).
 * @throws DomainError for γ1 ≠ γ2. Returns energy².
 */
export function qtbHeatCurrentFourier(p: P): number {
  requireEqualCouplings(p, "eq. (60)");
  const gamma = totalCoupling(p);
  // K̃_1 − K̃_2 = (γ/2)ω[coth(ω/2T1) − coth(ω/2T2)] = γ|ω|[n(|ω|, T1) − n(|ω|, T2)] (coth x = 1 + 2n,
  // ω coth even in ω), formed without the cancellation of the two coth at |ω| ≫ T.
  const kernelDifference = (w: number) => (w === 0 ? gamma * (p.T1 - p.T2) : gamma * Math.abs(w) * boseDifference(Math.abs(w), p.T1, p.T2));
  const f = (w: number) => {
    const a = w * w - p.omega0 * p.omega0;
    const b = gamma * w;
    // Re[i·ω(K̃1 − K̃2)/(a + ib)] = ω(K̃1 − K̃2)·b/(a² + b²)
    return (w * kernelDifference(w) * b) / (a * a + b * b);
  };
  const bp = [0, p.omega0, -p.omega0, p.T1, -p.T1, p.T2, -p.T2].sort((x, y) => x - y);
  const r = integrate(f, -Infinity, Infinity, { breakpoints: [...new Set(bp)], relTol: QUADRATURE_RELATIVE_TOLERANCE, absTol: 0 });
  return r.value / (4 * Math.PI);
}

/**
 * QTB heat current, eq. (61): J = (1/(2πτ_p²))∫_0^∞ dω ω³[n_1 − n_2]/[(ω² − ω0²)² + γ̂²ω²].
 * The D → ∞ limit of (42). @throws DomainError for γ1 ≠ γ2. Returns energy².
 */
export function qtbHeatCurrent(p: P): number {
  requireEqualCouplings(p, "eq. (61)");
  if (p.T1 === p.T2) return 0;
  const gamma = totalCoupling(p);
  const f = (w: number) => (w ** 3 * boseDifference(w, p.T1, p.T2)) / ((w * w - p.omega0 ** 2) ** 2 + gamma * gamma * w * w);
  const r = integrate(f, 0, Infinity, { breakpoints: positiveBreakpoints([p.omega0, p.T1, p.T2, gamma]), relTol: QUADRATURE_RELATIVE_TOLERANCE, absTol: 0 });
  return (gamma * gamma * r.value) / (2 * Math.PI);
}

/**
 * QTB conductance, eq. (62): K = (τ_h²/(8πτ_p²))∫_0^∞ dω ω⁴ cosech²(ω/2T)/[(ω² − ω0²)² + γ̂²ω²].
 * @throws DomainError for γ1 ≠ γ2. Returns energy.
 */
export function qtbConductance(p: P): number {
  requireEqualCouplings(p, "eq. (62)");
  const gamma = totalCoupling(p);
  // τ_h² ω⁴ cosech²(ω/2T)/4 = ω²·conductanceWindow(ω, T)
  const f = (w: number) => (w * w * conductanceWindow(w, p.T)) / ((w * w - p.omega0 ** 2) ** 2 + gamma * gamma * w * w);
  const r = integrate(f, 0, Infinity, { breakpoints: positiveBreakpoints([p.omega0, p.T, gamma]), relTol: QUADRATURE_RELATIVE_TOLERANCE, absTol: 0 });
  return (gamma * gamma * r.value) / (2 * Math.PI);
}

/** J_k = ∫_0^∞ dω ω²/[sinh²(ω/2T)(D² + ω²)^k], eq. (75). */
export function plateauIntegral(k: number, p: Pick<P, "D" | "T">): number {
  const f = (w: number) => (4 * p.T * p.T * conductanceWindow(w, p.T)) / (p.D * p.D + w * w) ** k;
  return integrate(f, 0, Infinity, { breakpoints: positiveBreakpoints([p.D, p.T]), relTol: QUADRATURE_RELATIVE_TOLERANCE, absTol: 0 }).value;
}

/**
 * Intermediate-regime approximation of (43), eq. (74):
 * K ≈ −(τ_h²D²/(8πτ_p))[J_1 Σ_{n=1,2} g_n + g_3 D² J_2] (real parts; μ_3 the real root).
 * Valid for D ≪ T ≪ ω0. Returns energy.
 */
export function conductancePlateauSum(p: P, roots: PropagatorRoots = propagatorRoots(p)): number {
  const g12 = roots.g[0].re + roots.g[1].re;
  const g3 = realRootResidue(roots);
  const pref = (p.D * p.D * transportRate(p)) / (8 * Math.PI * p.T * p.T);
  return -pref * (plateauIntegral(1, p) * g12 + g3 * p.D * p.D * plateauIntegral(2, p));
}

/**
 * Eq. (76): K ≈ (τ_h²D²/(8πτ_p)) g_3 ∫_0^∞ dω ω⁴/[sinh²(ω/2T)(D² + ω²)²] (uses g_1 + g_2 = −g_3).
 * Returns energy.
 */
export function conductancePlateauIntegral(p: P, roots: PropagatorRoots = propagatorRoots(p)): number {
  const f = (w: number) => (4 * p.T * p.T * w * w * conductanceWindow(w, p.T)) / (p.D * p.D + w * w) ** 2;
  const I = integrate(f, 0, Infinity, { breakpoints: positiveBreakpoints([p.D, p.T]), relTol: QUADRATURE_RELATIVE_TOLERANCE, absTol: 0 }).value;
  return ((p.D * p.D * transportRate(p)) / (8 * Math.PI * p.T * p.T)) * realRootResidue(roots) * I;
}

/** Eq. (77), middle form AS PRINTED: K ≈ k_B D g_3/(8πτ_p). (Erratum: the π is spurious.) Energy. */
export function conductancePlateauPrinted(p: P, roots: PropagatorRoots = propagatorRoots(p)): number {
  return (p.D * realRootResidue(roots) * transportRate(p)) / (8 * Math.PI);
}

/**
 * Eq. (77), middle form CORRECTED: K ≈ k_B D g_3/(8τ_p), which follows from (76) with the
 * printed estimate ∫ω⁴/[sinh²(ω/2T)(D²+ω²)²]dω ≈ π/(Dτ_h²) = πT²/D. Energy.
 */
export function conductancePlateauCorrected(p: P, roots: PropagatorRoots = propagatorRoots(p)): number {
  return (p.D * realRootResidue(roots) * transportRate(p)) / 8;
}

/** Eq. (77), final form: K ≈ (k_Bγ̂/4)·D³γ̂/(2ω0⁴) (g_3 from (70), D ≪ ω0). Energy. */
export function conductancePlateau(p: P): number {
  return (transportRate(p) / 4) * ((p.D ** 3 * totalCoupling(p)) / (2 * p.omega0 ** 4));
}

/**
 * g_3, the residue of the real root μ_3 of (21) in the partial fractions (19) (real part; the
 * imaginary part vanishes), as used in (74)–(77). Source: 002_1f8d4f9374398bb6.txt, eqs. (19),
 * (21), (75)–(77). Units: 1/energy. Kernel: expects the root order of {@link propagatorRoots}.
 */
export function realRootResidue(roots: PropagatorRoots): number {
  return roots.g[2].re;
}

function positiveBreakpoints(points: readonly number[]): number[] {
  return [...new Set(points.filter((x) => x > 0 && Number.isFinite(x)))].sort((a, b) => a - b);
}

/**
 * Strong-coupling limit of (43), K_∞ = lim_{γ̂→∞} K (derived here, not printed; used for
 * ΔK̂ = (K_max − K_∞)/K_max of Fig. 3): for γ1 = γ2 the transmission 4Γ1Γ2|g̃(iω)|² tends to
 * D²/(D² + ω²), so K_∞ = (1/2π)∫_0^∞ ω [D²/(D² + ω²)] ∂n/∂T dω. For γ1 ≠ γ2 the limit
 * carries the factor 4γ1γ2/γ². Returns energy.
 */
export function conductanceStrongCoupling(p: P): number {
  const gamma = totalCoupling(p);
  const asymmetry = (4 * p.gamma1 * p.gamma2) / (gamma * gamma);
  const f = (w: number) => ((p.D * p.D) / (p.D * p.D + w * w)) * conductanceWindow(w, p.T);
  const r = integrate(f, 0, Infinity, { breakpoints: positiveBreakpoints([p.D, p.T]), relTol: QUADRATURE_RELATIVE_TOLERANCE, absTol: 0 });
  return (asymmetry * r.value) / (2 * Math.PI);
}
