import type { Matrix2 } from "./complex2.js";
import { zero2 } from "./complex2.js";
import type { FiniteChainSnapshot } from "./exact.js";

/**
 * The exact time-local master equation built numerically from the exact finite-chain
 * solution: iH(t) + Γ(t)/2 = −G⁻¹∂_tG (G diagonal), Z = C − G†C(0)G, and
 *   Λ⁺ = ∂_tZ − i[H, Z] + ½{Γ, Z},   Λ⁻ = Γ − Λ⁺,
 * plus the residuals of (48) ∂_tC = i[H, C] − ½{Γ, C} + Λ⁺ and of (49)
 * ∂_tD = −Tr[Γ]D + Σ_jk(Λ⁺_jjC_kk − Λ⁺_jkC_kj) with D = det C (Gaussian initial state,
 * so D(t) = det C(t) by Wick's theorem).
 * Source: 003_3bda4ae6cebee785.txt, eqs. (47)–(49). Rates in energy units.
 */
export interface ExactRates {
  /** H_j(t) (diagonal, energy). */
  readonly H: [number, number];
  /** Γ_j(t) (diagonal, energy). */
  readonly Gamma: [number, number];
  readonly plus: Matrix2;
  readonly minus: Matrix2;
  /** max |lhs − rhs| of eq. (48) over the entries (1/time). */
  readonly residual48: number;
  /** |lhs − rhs| of eq. (49) (1/time). */
  readonly residual49: number;
}

/**
 * Builds H(t), Γ(t), Λ±(t) from an exact snapshot taken with initial correlation `initial`.
 * Assumes G(t) non-singular (as the paper does, Sec. IV A).
 */
export function exactRates(s: FiniteChainSnapshot, initial: Matrix2): ExactRates {
  const kappa = s.propagator.map((g, j) => {
    const dg = s.propagatorDerivative[j];
    const d = g.re * g.re + g.im * g.im;
    // −Ġ/G
    return { re: -(dg.re * g.re + dg.im * g.im) / d, im: -(dg.im * g.re - dg.re * g.im) / d };
  });
  const H: [number, number] = [kappa[0].im, kappa[1].im];
  const Gam: [number, number] = [2 * kappa[0].re, 2 * kappa[1].re];
  const G = s.propagator;
  const dG = s.propagatorDerivative;
  const plus = zero2();
  const minus = zero2();
  const C = s.correlation;
  const dC = s.correlationDerivative;
  let residual48 = 0;
  for (let j = 0; j < 2; j++)
    for (let k = 0; k < 2; k++) {
      // g = conj(G_j)G_k, dg = d/dt g
      const gr = G[j].re * G[k].re + G[j].im * G[k].im;
      const gi = G[j].re * G[k].im - G[j].im * G[k].re;
      const dgr = dG[j].re * G[k].re + dG[j].im * G[k].im + G[j].re * dG[k].re + G[j].im * dG[k].im;
      const dgi = dG[j].re * G[k].im - dG[j].im * G[k].re + G[j].re * dG[k].im - G[j].im * dG[k].re;
      const c0r = initial.re[j][k];
      const c0i = initial.im[j][k];
      const zr = C.re[j][k] - (gr * c0r - gi * c0i);
      const zi = C.im[j][k] - (gr * c0i + gi * c0r);
      const dzr = dC.re[j][k] - (dgr * c0r - dgi * c0i);
      const dzi = dC.im[j][k] - (dgr * c0i + dgi * c0r);
      const w = H[j] - H[k];
      const a = (Gam[j] + Gam[k]) / 2;
      // Λ⁺ = Ż − i w Z + a Z
      const lr = dzr + w * zi + a * zr;
      const li = dzi - w * zr + a * zi;
      plus.re[j][k] = lr;
      plus.im[j][k] = li;
      minus.re[j][k] = (j === k ? Gam[j] : 0) - lr;
      minus.im[j][k] = -li;
      // (48): Ċ = i w C − a C + Λ⁺
      const rr = dC.re[j][k] - (-w * C.im[j][k] - a * C.re[j][k] + lr);
      const ri = dC.im[j][k] - (w * C.re[j][k] - a * C.im[j][k] + li);
      residual48 = Math.max(residual48, Math.hypot(rr, ri));
    }
  // (49) with D = det C (real for Hermitian C)
  const D = C.re[0][0] * C.re[1][1] - (C.re[0][1] * C.re[1][0] - C.im[0][1] * C.im[1][0]);
  const dD =
    dC.re[0][0] * C.re[1][1] +
    C.re[0][0] * dC.re[1][1] -
    (dC.re[0][1] * C.re[1][0] - dC.im[0][1] * C.im[1][0] + C.re[0][1] * dC.re[1][0] - C.im[0][1] * dC.im[1][0]);
  let rhs = -(Gam[0] + Gam[1]) * D;
  for (let j = 0; j < 2; j++)
    for (let k = 0; k < 2; k++) {
      rhs += plus.re[j][j] * C.re[k][k];
      rhs -= plus.re[j][k] * C.re[k][j] - plus.im[j][k] * C.im[k][j];
    }
  return { H, Gamma: Gam, plus, minus, residual48, residual49: Math.abs(dD - rhs) };
}
