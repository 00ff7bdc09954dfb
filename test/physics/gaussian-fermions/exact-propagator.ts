import { expmComplex } from "../../../src/numerics/linalg/expm.js";
import type { ComplexMatrix, RealMatrix } from "../../../src/numerics/linalg/types.js";

/**
 * Test oracle independent of any eigen-decomposition: U(t) = e^{−iht} by Padé
 * scaling and squaring (expmComplex, Higham 2005) of the anti-Hermitian −iht.
 */
export function exactPropagator(h: RealMatrix, time: number): ComplexMatrix {
  const n = h.rows;
  return expmComplex({ rows: n, cols: n, re: new Float64Array(n * n), im: h.data.map((x) => -x * time) });
}

/** n_j = Σ_l f_l |U_lj|² from an explicit propagator (C(t) = U†CU with diagonal C). */
export function occupationsFromPropagator(u: ComplexMatrix, f: ArrayLike<number>): Float64Array {
  const n = u.rows;
  const result = new Float64Array(n);
  for (let l = 0; l < n; l++) {
    for (let j = 0; j < n; j++) result[j] += f[l] * (u.re[l * n + j] ** 2 + u.im[l * n + j] ** 2);
  }
  return result;
}

/** C(t) = U† C0 U for a dense C0, written out entry by entry (O(n⁴) — small n only). */
export function sandwich(u: ComplexMatrix, c0: ComplexMatrix): ComplexMatrix {
  const n = u.rows;
  const re = new Float64Array(n * n);
  const im = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      let sr = 0;
      let si = 0;
      for (let l = 0; l < n; l++) {
        // conj(U_la) Σ_m C0_lm U_mb
        let yr = 0;
        let yi = 0;
        for (let m = 0; m < n; m++) {
          const cr = c0.re[l * n + m];
          const ci = c0.im[l * n + m];
          yr += cr * u.re[m * n + b] - ci * u.im[m * n + b];
          yi += cr * u.im[m * n + b] + ci * u.re[m * n + b];
        }
        const ur = u.re[l * n + a];
        const ui = -u.im[l * n + a];
        sr += ur * yr - ui * yi;
        si += ur * yi + ui * yr;
      }
      re[a * n + b] = sr;
      im[a * n + b] = si;
    }
  }
  return { rows: n, cols: n, re, im };
}

/** max over entries of |A − B| (complex modulus). */
export function maxComplexDifference(a: ComplexMatrix, b: ComplexMatrix): number {
  let worst = 0;
  for (let i = 0; i < a.re.length; i++) worst = Math.max(worst, Math.hypot(a.re[i] - b.re[i], a.im[i] - b.im[i]));
  return worst;
}

/** max_i |a_i − b_i|. */
export function maxDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
  return worst;
}
