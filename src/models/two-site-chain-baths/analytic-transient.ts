import type { Mode } from "./analytic.js";
import { levelWidth, newnsSpectralDensity, shiftedEnergy } from "./analytic.js";
import { noiseMatrixEntry, steadyPoints } from "./analytic-steady.js";
import { integrateOverBand } from "./band-integral.js";
import { type Complex2x2, zero2x2 } from "../../numerics/linalg/complex2x2.js";
import type { TwoSiteChainBathsParams } from "./params.js";

/**
 * The transient correlation matrix C(t) = G†(t)C(0)G(t) + Z(t) (eqs. (29)–(30)) within
 * the exponential-propagator approximation G_j(t) = e^{−iz_j t}, z_j = E′_j − iΓ_j/2
 * (eq. (53) with (36)). With K_j(ω, t) = −i∫_0^t dt′ e^{−iω(t−t′)}G_j(t′)
 * = (e^{−iz_j t} − e^{−iωt})/(z_j − ω) (eq. (B7)), the double time integral (30) becomes
 *   Z_jk(t) = ∫dω J_N(ω)F_jk(ω) K̄_j(ω, t)K_k(ω, t),
 * a single band integral, done by Gauss–Kronrod with ⌈Ωt/2⌉ oscillation panels.
 * Source: 003_3bda4ae6cebee785.txt, eqs. (29)–(30), (53), (B3), (B7). Dimensionless.
 */
export function correlationEPA(p: TwoSiteChainBathsParams, t: number, initial: Complex2x2 = zero2x2()): Complex2x2 {
  const z = [1, 2].map((j) => ({ re: shiftedEnergy(j as Mode, p), im: -levelWidth(j as Mode, p) / 2 }));
  const A = z.map((zj) => {
    const a = Math.exp(zj.im * t);
    return { re: a * Math.cos(zj.re * t), im: -a * Math.sin(zj.re * t) };
  });
  const points = steadyPoints(p);
  const K = (j: number, w: number) => {
    const nr = A[j].re - Math.cos(w * t);
    const ni = A[j].im + Math.sin(w * t);
    const dr = z[j].re - w;
    const di = z[j].im;
    const d = dr * dr + di * di;
    return { re: (nr * dr + ni * di) / d, im: (ni * dr - nr * di) / d };
  };
  const out = zero2x2();
  for (const [j, k] of [
    [0, 0],
    [1, 1],
    [0, 1],
  ]) {
    const part = (w: number, which: "re" | "im") => {
      const J = newnsSpectralDensity(w, p);
      if (J === 0) return 0;
      const kj = K(j, w);
      const kk = K(k, w);
      const v = which === "re" ? kj.re * kk.re + kj.im * kk.im : kj.re * kk.im - kj.im * kk.re;
      return J * noiseMatrixEntry((j + 1) as Mode, (k + 1) as Mode, w, p) * v;
    };
    const opts = { points, oscillationTime: t, absTol: 1e-11, relTol: 1e-9 };
    const re = integrateOverBand((w) => part(w, "re"), p.Omega, opts).value;
    const im = j === k ? 0 : integrateOverBand((w) => part(w, "im"), p.Omega, opts).value;
    // G†C0G with G = diag(A_1, A_2): conj(A_j) C0_jk A_k
    const gr = A[j].re * A[k].re + A[j].im * A[k].im;
    const gi = A[j].re * A[k].im - A[j].im * A[k].re;
    const c0r = initial.re[j][k];
    const c0i = initial.im[j][k];
    out.re[j][k] = re + gr * c0r - gi * c0i;
    out.im[j][k] = im + gr * c0i + gi * c0r;
    if (j !== k) {
      out.re[k][j] = out.re[j][k];
      out.im[k][j] = -out.im[j][k];
    }
  }
  return out;
}
