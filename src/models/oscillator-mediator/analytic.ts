import { DomainError } from "../../core/errors.js";
import type { Complex } from "../../numerics/complex-number.js";
import { cadd, cdiv, cmul, complex, cpow, csub } from "../../numerics/complex-number.js";
import { integrate } from "../../numerics/quadrature/gauss-kronrod.js";
import { realCubicRoots } from "../../numerics/roots/cubic.js";
import type { OscillatorMediatorParams } from "./params.js";
import { totalCoupling, transportPrefactor } from "./params.js";

/**
 * The core closed forms of the oscillator mediator: friction kernel, Laplace-domain
 * propagator g̃(z), the roots μ_n of the cubic (21) and residues g_n (19), the heat
 * current (42) and conductance (43).
 * Source: 002_1f8d4f9374398bb6.txt (Panasyuk, Levin, Yerkes), Secs. II–III.
 * Units: ħ = k_B = m = 1 (frequencies, rates, temperatures, currents per ħω0² …
 * all in powers of the energy unit: J in energy², K in energy).
 *
 * Sign convention (eqs. (25)–(27)): P_ν = −dE_ν/dt is the power leaving bath ν, and
 * J_th = ⟨P1⟩ = −⟨P2⟩ is the heat current from bath 1 to bath 2: J_th > 0 for T1 > T2.
 * K = −lim J_th/ΔT with ΔT = T2 − T1 is then positive.
 */

type Couplings = Pick<OscillatorMediatorParams, "omega0" | "gamma1" | "gamma2" | "D">;

/** Quadrature accuracy of every frequency integral of this model (relative). */
export const QUADRATURE_RELATIVE_TOLERANCE = 1e-10;

/**
 * Friction kernel of the Drude–Ullersma baths divided by m: γ(t)/m = γ̂ D e^{−D|t|}.
 * Source: 002_1f8d4f9374398bb6.txt, eq. (15) (the continuum limit of (13) with (14)).
 * @param t time (1/energy); returns energy².
 */
export function frictionKernel(t: number, p: Couplings): number {
  return totalCoupling(p) * p.D * Math.exp(-p.D * Math.abs(t));
}

/**
 * Laplace-domain propagator g̃(z) = (D + z)/[(D + z)(z² + ω0²) + Dγ̂z].
 * Source: eqs. (17), (18), (20). Complex z; returns 1/energy².
 */
export function laplacePropagator(z: Complex, p: Couplings): Complex {
  const D = complex(p.D);
  const dz = cadd(D, z);
  const den = cadd(cmul(dz, cadd(cmul(z, z), complex(p.omega0 * p.omega0))), cmul(complex(p.D * totalCoupling(p)), z));
  return cdiv(dz, den);
}

/** The three roots μ_n of (21) and the residues g_n of (19): g(t) = Σ g_n e^{−μ_n t}. */
export interface PropagatorRoots {
  /** μ_1, μ_2, μ_3 (energy). Complex pair: μ_1 = conj(μ_2) with Im μ_1 < 0, μ_3 real; all real: ascending. */
  readonly mu: readonly [Complex, Complex, Complex];
  /** g_1, g_2, g_3 (1/energy): g_n = (D − μ_n)/Q′(μ_n), Q(μ) = (μ − D)(μ² + ω0²) + γ̂Dμ. */
  readonly g: readonly [Complex, Complex, Complex];
}

/**
 * Roots μ_n of (μ − D)(μ² + ω0²) + γ̂Dμ = 0, i.e. μ³ − Dμ² + (ω0² + γ̂D)μ − Dω0² = 0,
 * and the residues g_n of g̃(z) at z = −μ_n: g_n = (D − μ_n)/Q′(μ_n) with
 * Q′(μ) = 3μ² − 2Dμ + ω0² + γ̂D (g̃(z) = −(D + z)/Q(−z)).
 * Source: eqs. (19)–(21); roots by realCubicRoots (closed form + Newton polish).
 * Ordering: see {@link PropagatorRoots}. The paper's (69) labels μ_{1,2} ≈ ∓iω0 + γ̂_D/2,
 * so μ_1 is the root with negative imaginary part, as here.
 * @throws DomainError if two roots coincide (Q′(μ_n) = 0: the residue form (19) fails).
 */
export function propagatorRoots(p: Couplings): PropagatorRoots {
  const gamma = totalCoupling(p);
  const c1 = p.omega0 * p.omega0 + gamma * p.D;
  const raw = realCubicRoots(1, -p.D, c1, -p.D * p.omega0 * p.omega0);
  let mu: [Complex, Complex, Complex];
  if (raw[1].im !== 0) mu = [complex(raw[2].re, raw[2].im), complex(raw[1].re, raw[1].im), complex(raw[0].re, 0)];
  else mu = [complex(raw[0].re), complex(raw[1].re), complex(raw[2].re)];
  const g = mu.map((m) => {
    const derivative = cadd(csub(cmul(complex(3), cmul(m, m)), cmul(complex(2 * p.D), m)), complex(c1));
    const r = cdiv(csub(complex(p.D), m), derivative);
    if (!(Number.isFinite(r.re) && Number.isFinite(r.im))) {
      throw new DomainError("residues g_n of eq. (19)", "three distinct roots of eq. (21)", `Q′(μ) = 0 at μ = ${m.re} + ${m.im}i`);
    }
    return r;
  }) as [Complex, Complex, Complex];
  return { mu, g };
}

/**
 * Σ_n g_n μ_n^k (complex; real up to rounding for conjugate pairs). The paper's sum rules
 * (text after eq. (46)) state Σ g_n μ_n^k = [(−1)^k − 1]/2 for k = 0, 1, 2; k = −2 gives (50).
 */
export function residueMoment(roots: PropagatorRoots, k: number): Complex {
  let s = complex(0);
  for (let n = 0; n < 3; n++) {
    const power = k >= 0 ? cpow(roots.mu[n], k) : cdiv(complex(1), cpow(roots.mu[n], -k));
    s = cadd(s, cmul(roots.g[n], power));
  }
  return s;
}

/** g(t) = Σ_n g_n e^{−μ_n t} (real part), eq. (19); 1/energy. */
export function propagatorOfTime(t: number, roots: PropagatorRoots): number {
  let s = 0;
  for (let n = 0; n < 3; n++) {
    const { re, im } = roots.mu[n];
    const e = Math.exp(-re * t);
    s += e * (roots.g[n].re * Math.cos(im * t) + roots.g[n].im * Math.sin(im * t));
  }
  return s;
}

/**
 * Re Σ_n g_n μ_n²/(μ_n² + ω²): the root sum in the integrands of (40)–(43). Written with the
 * sum rules Σ g_n = Σ g_n μ_n² = 0 (text after (46)) so that no O(1) terms cancel:
 *   ω ≤ max|μ_n|:  −ω² Re Σ g_n/(μ_n² + ω²)          (the printed form cancels to O(ω²));
 *   ω > max|μ_n|:  −ω⁻² Re Σ g_n μ_n⁴/(μ_n² + ω²)    (the printed form cancels to O(ω⁻⁴)),
 * both exact rewritings of the printed sum (1/(μ²+ω²) = 1/ω² − μ²/ω⁴ + μ⁴/[ω⁴(μ²+ω²)]).
 * Kernel; dimensionless.
 */
export function rootSum(omega: number, roots: PropagatorRoots): number {
  const w2 = omega * omega;
  let largest = 0;
  for (let n = 0; n < 3; n++) largest = Math.max(largest, roots.mu[n].re * roots.mu[n].re + roots.mu[n].im * roots.mu[n].im);
  const high = w2 > largest;
  let s = 0;
  for (let n = 0; n < 3; n++) {
    const { re: mr, im: mi } = roots.mu[n];
    const m2r = mr * mr - mi * mi;
    const m2i = 2 * mr * mi;
    // numerator g (low ω) or g μ⁴ (high ω)
    let nr = roots.g[n].re;
    let ni = roots.g[n].im;
    if (high) {
      const m4r = m2r * m2r - m2i * m2i;
      const m4i = 2 * m2r * m2i;
      [nr, ni] = [nr * m4r - ni * m4i, nr * m4i + ni * m4r];
    }
    const dr = m2r + w2;
    s += (nr * dr + ni * m2i) / (dr * dr + m2i * m2i);
  }
  return high ? -s / w2 : -w2 * s;
}

/** Re Σ_n g_n μ_n²/(μ_n² + ω²) literally as printed in (40)–(43) (for the cross-check of {@link rootSum}). */
export function rootSumAsPrinted(omega: number, roots: PropagatorRoots): number {
  let s = 0;
  const w2 = omega * omega;
  for (let n = 0; n < 3; n++) {
    const { re: mr, im: mi } = roots.mu[n];
    const m2r = mr * mr - mi * mi;
    const m2i = 2 * mr * mi;
    const nr = roots.g[n].re * m2r - roots.g[n].im * m2i;
    const ni = roots.g[n].re * m2i + roots.g[n].im * m2r;
    const dr = m2r + w2;
    s += (nr * dr + ni * m2i) / (dr * dr + m2i * m2i);
  }
  return s;
}

/**
 * n(ω, T1) − n(ω, T2) without cancellation: with x_ν = ω/T_ν,
 * n_1 − n_2 = n_1 n_2 (e^{x_2} − e^{x_1}) = n_2 · expm1(x_2 − x_1)/(1 − e^{−x_1}),
 * x_2 − x_1 = ω(T1 − T2)/(T1T2) formed from the exact difference T1 − T2; n_1 when n_2 underflows.
 */
export function boseDifference(omega: number, T1: number, T2: number): number {
  const n2 = 1 / Math.expm1(omega / T2);
  if (n2 === 0) return 1 / Math.expm1(omega / T1); // n_2 underflowed: the difference is n_1
  return (n2 * Math.expm1((omega * (T1 - T2)) / (T1 * T2))) / -Math.expm1(-omega / T1);
}

/** Bose occupation 1/(e^{ω/T} − 1) written with expm1 (ω > 0, T > 0); 0 beyond overflow. */
export function boseOccupation(omega: number, temperature: number): number {
  return 1 / Math.expm1(omega / temperature);
}

/** ω²·cosech²(ω/2T)/(4T²) = ω ∂n/∂T: the thermal window of the conductance (43). */
export function conductanceWindow(omega: number, temperature: number): number {
  const x = omega / (2 * temperature);
  if (x > 350) return 0;
  const s = Math.sinh(x);
  return (omega * omega) / (4 * temperature * temperature * s * s);
}

/**
 * Breakpoints for the frequency integrals: the thermal scales, D, ω0, the root moduli and,
 * for a complex pair μ = Γ ± iΩ (a resonance of width Γ at ω ≈ Ω), the points Ω ± Γ and
 * Ω ± 10Γ, so that narrow resonances (weak coupling) are resolved by the adaptive rule.
 */
export function frequencyBreakpoints(p: Couplings, temperatures: readonly number[], roots: PropagatorRoots = propagatorRoots(p)): number[] {
  const points = [...temperatures, p.D, p.omega0];
  for (const m of roots.mu) {
    points.push(Math.hypot(m.re, m.im));
    if (m.im !== 0) {
      const width = Math.abs(m.re);
      const centre = Math.abs(m.im);
      points.push(centre - width, centre + width, centre - 10 * width, centre + 10 * width);
    }
  }
  return [...new Set(points.filter((x) => x > 0 && Number.isFinite(x)))].sort((a, b) => a - b);
}

/**
 * Heat current from bath 1 to bath 2 (positive for T1 > T2), eq. (42) with the
 * unequal-coupling replacement 1/(2τ_p) → 2γ1γ2/(γm) stated after (42):
 *   J_th = −(D²/π)(2γ̂1γ̂2/γ̂) Σ_n g_n μ_n² ∫_0^∞ dω ω [n_1(ω) − n_2(ω)] / [(D² + ω²)(μ_n² + ω²)].
 * The finite sum is taken inside the integral (one adaptive Gauss–Kronrod quadrature,
 * relative accuracy 1e-10), evaluated by {@link rootSum}; n_1 − n_2 by {@link boseDifference}. Source: 002_1f8d4f9374398bb6.txt, eq. (42). Returns energy².
 * @throws ConvergenceError if the quadrature misses its tolerance.
 */
export function heatCurrent(p: OscillatorMediatorParams, roots: PropagatorRoots = propagatorRoots(p)): number {
  if (p.T1 === p.T2) return 0;
  const D2 = p.D * p.D;
  const f = (w: number) => (w * boseDifference(w, p.T1, p.T2) * rootSum(w, roots)) / (D2 + w * w);
  const r = integrate(f, 0, Infinity, { breakpoints: frequencyBreakpoints(p, [p.T1, p.T2], roots), relTol: QUADRATURE_RELATIVE_TOLERANCE, absTol: 0 });
  return -(D2 / Math.PI) * transportPrefactor(p) * r.value;
}

/**
 * Thermal conductance at mean temperature T, eq. (43) (with the unequal-coupling prefactor):
 *   K = −(τ_h² D²/(4π))(2γ̂1γ̂2/γ̂) Σ g_n μ_n² ∫_0^∞ dω ω² cosech²(ω/2T) / [(D² + ω²)(μ_n² + ω²)],
 * τ_h = 1/T. For γ1 = γ2 the prefactor is τ_h² D²/(8πτ_p) as printed. Returns energy (k_B·rate).
 */
export function conductance(p: OscillatorMediatorParams, roots: PropagatorRoots = propagatorRoots(p)): number {
  const D2 = p.D * p.D;
  // τ_h² ω² cosech²(ω/2T)/4 = conductanceWindow(ω, T)
  const f = (w: number) => (conductanceWindow(w, p.T) * rootSum(w, roots)) / (D2 + w * w);
  const r = integrate(f, 0, Infinity, { breakpoints: frequencyBreakpoints(p, [p.T], roots), relTol: QUADRATURE_RELATIVE_TOLERANCE, absTol: 0 });
  return -(D2 / Math.PI) * transportPrefactor(p) * r.value;
}

/**
 * |g̃(iω)|² from eq. (20) evaluated on the imaginary axis, written out in real arithmetic:
 * den = ω0² − ω² + Dγ̂ω²/(D² + ω²) + i·D²γ̂ω/(D² + ω²). Kernel; 1/energy⁴.
 */
export function responseModulusSquared(omega: number, p: Couplings): number {
  const gamma = totalCoupling(p);
  const D2 = p.D * p.D;
  const w2 = omega * omega;
  const re = p.omega0 * p.omega0 - w2 + (p.D * gamma * w2) / (D2 + w2);
  const im = (D2 * gamma * omega) / (D2 + w2);
  return 1 / (re * re + im * im);
}

/**
 * Transmission (Landauer–Caroli) form of the same current, derived independently of the
 * roots: J = (1/2π)∫_0^∞ ω 𝒯(ω)[n_1 − n_2] dω with 𝒯 = 4Γ_1Γ_2|g̃(iω)|² and bath
 * spectral densities Γ_ν(ω) = γ̂_ν ω D²/(D² + ω²) (from (14)).
 * Source: the harmonic-junction formula of A. Dhar, Adv. Phys. 57, 457 (2008), Sec. 4
 * (ref. [1] of the seed) and D. Segal, A. Nitzan, P. Hänggi, J. Chem. Phys. 119, 6840 (2003).
 * Used as the independent check of (42). Returns energy².
 */
export function heatCurrentTransmission(p: OscillatorMediatorParams): number {
  if (p.T1 === p.T2) return 0;
  const f = (w: number) => w * transmission(w, p) * boseDifference(w, p.T1, p.T2);
  const r = integrate(f, 0, Infinity, { breakpoints: frequencyBreakpoints(p, [p.T1, p.T2]), relTol: QUADRATURE_RELATIVE_TOLERANCE, absTol: 0 });
  return r.value / (2 * Math.PI);
}

/**
 * Conductance from the transmission form: K = (1/2π)∫_0^∞ ω 𝒯(ω) ∂n/∂T dω, the linear-response
 * limit T1, T2 → T of {@link heatCurrentTransmission}; the independent check of (43).
 * Source: A. Dhar, Adv. Phys. 57, 457 (2008), Sec. 4 (ref. [1] of 002_1f8d4f9374398bb6.txt);
 * compared with 002_1f8d4f9374398bb6.txt, eq. (43). Adaptive Gauss–Kronrod, relative 1e-10.
 * Units: T in energy; returns energy (k_B·rate).
 * @throws ConvergenceError if the quadrature misses its tolerance.
 */
export function conductanceTransmission(p: OscillatorMediatorParams): number {
  const f = (w: number) => transmission(w, p) * conductanceWindow(w, p.T);
  const r = integrate(f, 0, Infinity, { breakpoints: frequencyBreakpoints(p, [p.T]), relTol: QUADRATURE_RELATIVE_TOLERANCE, absTol: 0 });
  return r.value / (2 * Math.PI);
}

/**
 * Phonon transmission 𝒯(ω) = 4Γ_1(ω)Γ_2(ω)|g̃(iω)|², Γ_ν = γ̂_ν ω D²/(D² + ω²), with g̃ of
 * 002_1f8d4f9374398bb6.txt, eq. (20) on the imaginary axis and Γ_ν the spectral densities of the
 * Drude–Ullersma baths (14) in the continuum limit. Source: Dhar, Adv. Phys. 57, 457 (2008),
 * Sec. 4 (Caroli formula for a harmonic junction). ω in energy; dimensionless, in [0, 1]
 * (one channel). Kernel: no validation.
 */
export function transmission(omega: number, p: Couplings): number {
  const drude = (p.D * p.D) / (p.D * p.D + omega * omega);
  const g1 = p.gamma1 * omega * drude;
  const g2 = p.gamma2 * omega * drude;
  return 4 * g1 * g2 * responseModulusSquared(omega, p);
}
