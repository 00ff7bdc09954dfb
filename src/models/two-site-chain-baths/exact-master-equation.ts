import { type Complex2x2, zero2x2 } from "../../numerics/linalg/complex2x2.js";
import type { FiniteChainSnapshot } from "./exact.js";

/**
 * The coefficients of the time-local master equation read off the exact finite-chain
 * solution: iH(t) + Γ(t)/2 = −G⁻¹∂_tG (G diagonal, from the chain's propagator) and the
 * gain matrix that (48) implies for the exact C(t),
 *   Λ⁺ = ∂_tC − i[H, C] + ½{Γ, C},   Λ⁻ = Γ − Λ⁺.
 * Only the solved C(t), ∂_tC(t), G(t), ∂_tG(t) enter — not the initial state. Equation (48)
 * asserts that this Λ⁺ is the state-independent matrix (47) built from Z(t) of (30);
 * that is tested against the independent route of analytic-master-equation.ts (claim
 * master-equation-48-49-exact). Computing Λ⁺ as Ż − i[H, Z] + ½{Γ, Z} with
 * Z = C − G†C(0)G instead would make (48) hold by algebra for any C(t).
 * Source: 003_3bda4ae6cebee785.txt, eqs. (47)–(48). Rates in energy units.
 */
export interface ExactRates {
  /** H_j(t) (diagonal, energy). */
  readonly H: [number, number];
  /** Γ_j(t) (diagonal, energy). */
  readonly Gamma: [number, number];
  readonly plus: Complex2x2;
  readonly minus: Complex2x2;
}

/**
 * Builds H(t), Γ(t), Λ±(t) from an exact snapshot (any initial state).
 * Assumes G(t) non-singular (as the paper does, Sec. IV A).
 */
export function exactRates(s: FiniteChainSnapshot): ExactRates {
  const kappa = s.propagator.map((g, j) => {
    const dg = s.propagatorDerivative[j];
    const d = g.re * g.re + g.im * g.im;
    // −Ġ/G
    return { re: -(dg.re * g.re + dg.im * g.im) / d, im: -(dg.im * g.re - dg.re * g.im) / d };
  });
  const H: [number, number] = [kappa[0].im, kappa[1].im];
  const Gam: [number, number] = [2 * kappa[0].re, 2 * kappa[1].re];
  const plus = zero2x2();
  const minus = zero2x2();
  const C = s.correlation;
  const dC = s.correlationDerivative;
  for (let j = 0; j < 2; j++)
    for (let k = 0; k < 2; k++) {
      const w = H[j] - H[k];
      const a = (Gam[j] + Gam[k]) / 2;
      // Λ⁺ = Ċ − i w C + a C
      const lr = dC.re[j][k] + w * C.im[j][k] + a * C.re[j][k];
      const li = dC.im[j][k] - w * C.re[j][k] + a * C.im[j][k];
      plus.re[j][k] = lr;
      plus.im[j][k] = li;
      minus.re[j][k] = (j === k ? Gam[j] : 0) - lr;
      minus.im[j][k] = -li;
    }
  return { H, Gamma: Gam, plus, minus };
}
