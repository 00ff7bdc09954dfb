import { ParameterError } from "../../core/errors.js";
import type { Mode } from "./analytic.js";
import { energyDistribution, newnsSpectralDensity } from "./analytic.js";
import { noiseMatrixEntry, steadyPoints } from "./analytic-steady.js";
import type { BandRule } from "./band-product-rule.js";
import { bandProductRule } from "./band-product-rule.js";
import { type Complex2x2, zero2x2 } from "../../numerics/linalg/complex2x2.js";
import type { TwoSiteChainBathsParams } from "./params.js";

/**
 * The coefficients of the exact time-local master equation, H(t), Γ(t) and Λ⁺(t),
 * from the paper's closed forms — the propagator (24) with φ_j of (35), the noise kernel
 * Φ(t) = ∫dω e^{−iωt}J_N(ω)F(ω) (28) and Z(t) of (30) — never from a solved C(t):
 *   iH + Γ/2 = κ := −G⁻¹∂_tG   (G diagonal),
 *   Z_jk(t) = ∫dω J_N F_jk Ā_j A_k,   A_j(ω, t) = ∫_0^t dt′ G_j(t′)e^{iωt′}
 *           = ∫dω′ φ_j(ω′) e^{i(ω−ω′)t/2}·2 sin((ω − ω′)t/2)/(ω − ω′),
 *   Λ⁺ = ∂_tZ − i[H, Z] + ½{Γ, Z} = ∂_tZ + κ†Z + Zκ   (eq. (47))
 *      = ∫dω J_N F_jk [B̄_j A_k + Ā_j B_k],   B_j = ∂_tA_j + κ_jA_j = G_j(t)e^{iωt} + κ_jA_j.
 * (The rewriting of (30) as ∫dω J F Ā A is Fubini on the double time integral.)
 * Quadrature: one fixed composite Gauss–Legendre rule in θ (band-product-rule.ts) for both
 * ω and ω′, cut at the resonances and Fermi edges and at ⌈Ωt/2⌉ + 1 uniform panels; it is
 * evaluated with n = 16 and n = 24 points per panel: the n = 24 result is returned and
 * the largest entry-wise difference is the error estimate. Cost O(N²), N ≈ 24 × panels.
 * Source: 003_3bda4ae6cebee785.txt, eqs. (24), (28), (30), (35), (47).
 * Units: H, Γ, Λ⁺ in energy; t in 1/energy.
 */
export interface KernelRates {
  /** H_j(t) (energy). */
  readonly H: [number, number];
  /** Γ_j(t) (energy). */
  readonly Gamma: [number, number];
  /** Λ⁺(t) (energy), mode basis. */
  readonly plus: Complex2x2;
  /** Z(t) of (30) (dimensionless). */
  readonly Z: Complex2x2;
  /** G_j(t) of (24). */
  readonly propagator: readonly [{ re: number; im: number }, { re: number; im: number }];
  /** max |n = 24 − n = 16| over H, Γ, Λ⁺ entries (energy). */
  readonly quadratureError: number;
}

/**
 * H(t), Γ(t), Λ⁺(t) of eq. (47) from (24), (28), (30) (see the interface).
 * @throws ParameterError for t ≤ 0 or non-finite t (κ needs ∂_tG; at t = 0, Z = 0).
 */
export function kernelMasterEquationRates(p: TwoSiteChainBathsParams, t: number): KernelRates {
  if (!(Number.isFinite(t) && t > 0)) throw new ParameterError("t", t, "a finite time > 0");
  const panels = Math.ceil((p.Omega * t) / 2) + 1;
  const points = steadyPoints(p);
  const fine = ratesOnRule(p, t, bandProductRule(p.Omega, points, panels, 24));
  const coarse = ratesOnRule(p, t, bandProductRule(p.Omega, points, panels, 16));
  let err = 0;
  for (let j = 0; j < 2; j++) {
    err = Math.max(err, Math.abs(fine.H[j] - coarse.H[j]), Math.abs(fine.Gamma[j] - coarse.Gamma[j]));
    for (let k = 0; k < 2; k++) err = Math.max(err, Math.abs(fine.plus.re[j][k] - coarse.plus.re[j][k]), Math.abs(fine.plus.im[j][k] - coarse.plus.im[j][k]));
  }
  return { ...fine, quadratureError: err };
}

function ratesOnRule(p: TwoSiteChainBathsParams, t: number, rule: BandRule): Omit<KernelRates, "quadratureError"> {
  const { nodes: w, weights: W } = rule;
  const N = w.length;
  // φ_j weights with the half-phase e^{−iω′t/2}; G_j(t) and ∂_tG_j from the same rule
  const phiRe = [new Float64Array(N), new Float64Array(N)];
  const phiIm = [new Float64Array(N), new Float64Array(N)];
  const G = [
    { re: 0, im: 0 },
    { re: 0, im: 0 },
  ];
  const dG = [
    { re: 0, im: 0 },
    { re: 0, im: 0 },
  ];
  const sn = new Float64Array(N);
  const cs = new Float64Array(N);
  for (let b = 0; b < N; b++) {
    sn[b] = Math.sin((w[b] * t) / 2);
    cs[b] = Math.cos((w[b] * t) / 2);
    const c = Math.cos(w[b] * t);
    const s = -Math.sin(w[b] * t);
    for (let j = 0; j < 2; j++) {
      const f = W[b] * energyDistribution((j + 1) as Mode, w[b], p);
      phiRe[j][b] = f * cs[b];
      phiIm[j][b] = -f * sn[b];
      G[j].re += f * c;
      G[j].im += f * s;
      // ∂_t e^{−iωt} = −iω e^{−iωt}
      dG[j].re += f * w[b] * s;
      dG[j].im += -f * w[b] * c;
    }
  }
  const kappa = G.map((g, j) => {
    const d = g.re * g.re + g.im * g.im;
    const n = dG[j];
    return { re: -(n.re * g.re + n.im * g.im) / d, im: -(n.im * g.re - n.re * g.im) / d };
  });
  const H: [number, number] = [kappa[0].im, kappa[1].im];
  const Gam: [number, number] = [2 * kappa[0].re, 2 * kappa[1].re];
  const Z = zero2x2();
  const plus = zero2x2();
  for (let a = 0; a < N; a++) {
    const J = newnsSpectralDensity(w[a], p);
    if (J === 0) continue;
    // A_j(ω_a) = e^{iω_a t/2} Σ_b φ_j W_b e^{−iω_b t/2}·2 sin((ω_a − ω_b)t/2)/(ω_a − ω_b)
    let a0r = 0;
    let a0i = 0;
    let a1r = 0;
    let a1i = 0;
    const sa = sn[a];
    const ca = cs[a];
    for (let b = 0; b < N; b++) {
      const x = w[a] - w[b];
      const k = Math.abs(x * t) < 1e-8 ? t : (2 * (sa * cs[b] - ca * sn[b])) / x;
      a0r += k * phiRe[0][b];
      a0i += k * phiIm[0][b];
      a1r += k * phiRe[1][b];
      a1i += k * phiIm[1][b];
    }
    const A = [
      { re: ca * a0r - sa * a0i, im: ca * a0i + sa * a0r },
      { re: ca * a1r - sa * a1i, im: ca * a1i + sa * a1r },
    ];
    const ea = { re: Math.cos(w[a] * t), im: Math.sin(w[a] * t) };
    const B = A.map((Aj, j) => ({
      re: G[j].re * ea.re - G[j].im * ea.im + kappa[j].re * Aj.re - kappa[j].im * Aj.im,
      im: G[j].re * ea.im + G[j].im * ea.re + kappa[j].re * Aj.im + kappa[j].im * Aj.re,
    }));
    for (let j = 0; j < 2; j++)
      for (let k = j; k < 2; k++) {
        const weight = W[a] * J * noiseMatrixEntry((j + 1) as Mode, (k + 1) as Mode, w[a], p);
        // conj(A_j)A_k
        Z.re[j][k] += weight * (A[j].re * A[k].re + A[j].im * A[k].im);
        Z.im[j][k] += weight * (A[j].re * A[k].im - A[j].im * A[k].re);
        // conj(B_j)A_k + conj(A_j)B_k
        plus.re[j][k] += weight * (B[j].re * A[k].re + B[j].im * A[k].im + A[j].re * B[k].re + A[j].im * B[k].im);
        plus.im[j][k] += weight * (B[j].re * A[k].im - B[j].im * A[k].re + A[j].re * B[k].im - A[j].im * B[k].re);
      }
  }
  for (const m of [Z, plus]) {
    m.im[0][0] = 0;
    m.im[1][1] = 0;
    m.re[1][0] = m.re[0][1];
    m.im[1][0] = -m.im[0][1];
  }
  return { H, Gamma: Gam, plus, Z, propagator: [G[0], G[1]] };
}
