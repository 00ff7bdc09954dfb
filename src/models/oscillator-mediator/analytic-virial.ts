import type { Complex } from "../../numerics/complex-number.js";
import { cadd, cdiv, clog, cmul, complex, csub } from "../../numerics/complex-number.js";
import { integrate } from "../../numerics/quadrature/gauss-kronrod.js";
import type { PropagatorRoots } from "./analytic.js";
import { boseOccupation, propagatorRoots, QUADRATURE_RELATIVE_TOLERANCE, responseModulusSquared } from "./analytic.js";
import type { OscillatorMediatorParams } from "./params.js";
import { totalCoupling } from "./params.js";

/**
 * Kinetic and potential "temperatures" of the mediator in the steady state, the
 * virial regime and the weak-coupling roots.
 * Source: 002_1f8d4f9374398bb6.txt, eqs. (63)–(73). Units ħ = k_B = m = 1.
 */

type P = OscillatorMediatorParams;
type Couplings = Pick<P, "omega0" | "gamma1" | "gamma2" | "D">;

/**
 * I_n = ∫_0^∞ x dx/[(x² + 1)(x² + μ̂²)] by quadrature (the definition in eq. (66)), μ̂ = μ/D.
 * Complex; real and imaginary parts integrated separately.
 */
export function vacuumIntegralQuadrature(muHat: Complex): Complex {
  const a = cmulSelf(muHat);
  const value = (x: number) => cdiv(complex(x), cmul(complex(x * x + 1), cadd(complex(x * x), a)));
  return complexQuadrature(value, resonanceBreakpoints(muHat, [1]));
}

/**
 * ∫_0^∞ f(x) dx for a complex integrand, real and imaginary parts separately, each to
 * relative 1e-10 or to 1e-12·∫|f| (the round-off floor when a part cancels), where ∫|f| is
 * first estimated to relative 1e-6.
 */
function complexQuadrature(f: (x: number) => Complex, breakpoints: number[]): Complex {
  const scale = integrate((x) => Math.hypot(f(x).re, f(x).im), 0, Infinity, { breakpoints, relTol: 1e-6, absTol: 0 }).value;
  const opts = { breakpoints, relTol: 1e-10, absTol: 1e-12 * scale };
  return complex(integrate((x) => f(x).re, 0, Infinity, opts).value, integrate((x) => f(x).im, 0, Infinity, opts).value);
}

/**
 * Breakpoints for ∫_0^∞ … /(x² + c²) dx: |c| and, for complex c = a + ib (a pole of width |a| at
 * x ≈ |b|), the points |b| ± |a| and |b| ± 10|a|, plus the given scales. Sorted, positive, distinct.
 */
function resonanceBreakpoints(c: Complex, scales: readonly number[]): number[] {
  const width = Math.abs(c.re);
  const centre = Math.abs(c.im);
  const points = [...scales, Math.hypot(c.re, c.im), centre, centre - width, centre + width, centre - 10 * width, centre + 10 * width];
  return [...new Set(points.filter((x) => x > 0 && Number.isFinite(x)))].sort((u, v) => u - v);
}

/**
 * I_n in closed form AS PRINTED, eq. (66):
 * I_n = {i[arctan(a) − (π/2)sign(b)] − ln|μ̂_n|²}/[2(1 − μ̂_n²)], a = (μ_r² − μ_i²)/(μ_r μ_i), b = μ_r μ_i.
 * For real μ (b = 0) the printed bracket is undefined (arctan(±∞) with sign(0) = 0) and
 * is taken as its limit along the real axis (0). Erratum: a lacks a factor 2 in its denominator.
 */
export function vacuumIntegralPrinted(muHat: Complex): Complex {
  const b = muHat.re * muHat.im;
  const phase = b === 0 ? 0 : Math.atan((muHat.re ** 2 - muHat.im ** 2) / b) - (Math.PI / 2) * Math.sign(b);
  return closedForm(muHat, phase);
}

/**
 * I_n in closed form, CORRECTED: I_n = −Log(μ̂_n²)/[2(1 − μ̂_n²)] (principal Log, Re μ̂ > 0), i.e.
 * (66) with a = (μ_r² − μ_i²)/(2μ_r μ_i) = cot(2 arg μ̂): then arctan(a) − (π/2)sign(b) = −2 arg μ̂.
 */
export function vacuumIntegralCorrected(muHat: Complex): Complex {
  const b = muHat.re * muHat.im;
  const phase = b === 0 ? 0 : Math.atan((muHat.re ** 2 - muHat.im ** 2) / (2 * b)) - (Math.PI / 2) * Math.sign(b);
  return closedForm(muHat, phase);
}

function closedForm(muHat: Complex, phase: number): Complex {
  const num = complex(-Math.log(muHat.re ** 2 + muHat.im ** 2), phase);
  return cdiv(num, cmul(complex(2), csub(complex(1), cmulSelf(muHat))));
}

/** The principal-log version −Log(μ̂²)/[2(1 − μ̂²)], written directly (used as a third form). */
export function vacuumIntegralLog(muHat: Complex): Complex {
  return cdiv(cmul(complex(-1), clog(cmulSelf(muHat))), cmul(complex(2), csub(complex(1), cmulSelf(muHat))));
}

/** I_nν = ∫_0^∞ x dx/{(e^x − 1)[x² + (τ_hν μ_n)²]}, eq. (67), by quadrature (τ_hν = 1/T_ν). */
export function thermalIntegral(mu: Complex, temperature: number): Complex {
  const c = cdiv(mu, complex(temperature));
  const c2 = cmulSelf(c);
  const value = (x: number) => cdiv(complex(boseOccupation(x, 1) * x), cadd(complex(x * x), c2));
  return complexQuadrature(value, resonanceBreakpoints(c, [1]));
}

/** Steady-state mediator energies T_x = ⟨kx²⟩ and T_p = ⟨p²/m⟩ (energy). */
export interface MediatorTemperatures {
  readonly Tx: number;
  readonly Tp: number;
}

/**
 * T_x and T_p from eqs. (64)–(65), with the bracket B_n = I_n(1 − μ̂_n²) + w_1 I_n1 + w_2 I_n2:
 * T_x = (ω0²/π) Σ g_n B_n, T_p = −(1/π) Σ g_n μ_n² B_n. The printed form has w_1 = w_2 = 1
 * (γ1 = γ2); for unequal couplings w_ν = 2γ_ν/γ (each bath's noise weighted by its share).
 * `form` selects I_n: 'printed' (66) as printed, 'corrected' (66) with the factor 2, or
 * 'quadrature' (the defining integral).
 */
export function mediatorTemperatures(p: P, form: "printed" | "corrected" | "quadrature" = "corrected", roots: PropagatorRoots = propagatorRoots(p)): MediatorTemperatures {
  const gamma = totalCoupling(p);
  const w1 = (2 * p.gamma1) / gamma;
  const w2 = (2 * p.gamma2) / gamma;
  const In = form === "printed" ? vacuumIntegralPrinted : form === "corrected" ? vacuumIntegralCorrected : vacuumIntegralQuadrature;
  let sx = complex(0);
  let sp = complex(0);
  for (let n = 0; n < 3; n++) {
    const mu = roots.mu[n];
    const muHat = cdiv(mu, complex(p.D));
    let bracket = cmul(In(muHat), csub(complex(1), cmulSelf(muHat)));
    bracket = cadd(bracket, cmul(complex(w1), thermalIntegral(mu, p.T1)));
    bracket = cadd(bracket, cmul(complex(w2), thermalIntegral(mu, p.T2)));
    const gb = cmul(roots.g[n], bracket);
    sx = cadd(sx, gb);
    sp = cadd(sp, cmul(gb, cmulSelf(mu)));
  }
  return { Tx: (p.omega0 ** 2 * sx.re) / Math.PI, Tp: -sp.re / Math.PI };
}

/**
 * Independent spectral form of the same steady variances (fluctuation–dissipation for a
 * linear system driven by two baths): ⟨x²⟩ = (1/π)∫_0^∞ |g̃(iω)|² Σ_ν Γ_ν(ω) coth(ω/2T_ν) dω,
 * ⟨p²⟩ = (1/π)∫_0^∞ ω²|g̃(iω)|² Σ_ν Γ_ν coth dω, Γ_ν = γ̂_ν ω D²/(D² + ω²).
 * Source: G. W. Ford, J. T. Lewis, R. F. O'Connell, Phys. Rev. A 37, 4419 (1988) (ref. [26]);
 * Dhar, Adv. Phys. 57, 457 (2008), Sec. 4. Returns T_x = ω0²⟨x²⟩ and T_p = ⟨p²⟩.
 */
export function mediatorTemperaturesSpectral(p: P): MediatorTemperatures {
  const noise = (w: number) => {
    const drude = (p.D * p.D) / (p.D * p.D + w * w);
    const c1 = 1 + 2 * boseOccupation(w, p.T1);
    const c2 = 1 + 2 * boseOccupation(w, p.T2);
    return w * drude * (p.gamma1 * c1 + p.gamma2 * c2) * responseModulusSquared(w, p);
  };
  const bp = [...new Set([p.omega0, p.D, p.T1, p.T2, totalCoupling(p)])].sort((a, b) => a - b);
  const opts = { breakpoints: bp, relTol: QUADRATURE_RELATIVE_TOLERANCE, absTol: 0 };
  const x2 = integrate(noise, 0, Infinity, opts).value / Math.PI;
  const p2 = integrate((w) => w * w * noise(w), 0, Infinity, opts).value / Math.PI;
  return { Tx: p.omega0 ** 2 * x2, Tp: p2 };
}

/** Relative imbalance ΔT̂_px = (T_p − T_x)/(T_p + T_x) of Fig. 2. */
export function virialImbalance(t: MediatorTemperatures): number {
  return (t.Tp - t.Tx) / (t.Tp + t.Tx);
}

/** Effective coupling γ̂_D = D²γ̂/(D² + ω0²), eq. (68). Energy. */
export function effectiveCoupling(p: Couplings): number {
  return (p.D * p.D * totalCoupling(p)) / (p.D * p.D + p.omega0 * p.omega0);
}

/**
 * Weak-coupling roots and residues, eqs. (69)–(70) (γ̂_D ≪ ω0), with the index order
 * of the paper (μ_1 ≈ −iω0 + γ̂_D/2, μ_2 ≈ +iω0 + γ̂_D/2, μ_3 = D − γ̂_D).
 * 'printed': g_{1,2} ≈ ±i/(2ω0) − γ̂_D/[2(D² + ω0²)] as printed;
 * 'corrected': g_{1,2} ≈ ∓i/(2ω0) − γ̂_D/[2(D² + ω0²)] (the residue of g̃ at z = −μ_1 = iω0
 * is 1/(2iω0) = −i/(2ω0); the printed pairing violates Σ g_n μ_n = −1).
 */
export function weakCouplingRoots(p: Couplings, form: "printed" | "corrected"): PropagatorRoots {
  const gD = effectiveCoupling(p);
  const w = p.omega0;
  const s = form === "printed" ? 1 : -1;
  const gr = -gD / (2 * (p.D * p.D + w * w));
  return {
    mu: [complex(gD / 2, -w), complex(gD / 2, w), complex(p.D - gD)],
    g: [complex(gr, (s * 1) / (2 * w)), complex(gr, (-s * 1) / (2 * w)), complex(gD / (p.D * p.D + w * w))],
  };
}

/** Mean energy of a quantum oscillator at temperature T: U(T) = (ω0/2)coth(ω0/2T) (text after (72)). */
export function oscillatorEnergy(omega0: number, temperature: number): number {
  return (omega0 / 2) * (1 + 2 * boseOccupation(omega0, temperature));
}

/** Virial regime, eq. (72): T_x ≈ T_p ≈ [U(T1) + U(T2)]/2. Energy. */
export function virialTemperature(p: Pick<P, "omega0" | "T1" | "T2">): number {
  return (oscillatorEnergy(p.omega0, p.T1) + oscillatorEnergy(p.omega0, p.T2)) / 2;
}

/** Classical virial regime, eq. (73): T_x ≈ T_p ≈ (T1 + T2)/2. Energy. */
export function virialTemperatureClassical(p: Pick<P, "T1" | "T2">): number {
  return (p.T1 + p.T2) / 2;
}

function cmulSelf(a: Complex): Complex {
  return cmul(a, a);
}
