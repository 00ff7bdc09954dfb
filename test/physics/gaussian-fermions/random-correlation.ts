import { expmComplex } from "../../../src/numerics/linalg/expm.js";
import type { ComplexMatrix } from "../../../src/numerics/linalg/types.js";
import { seededRandom } from "../../../src/numerics/random.js";

/**
 * A random Hermitian correlation matrix C0 = W diag(μ) W† with prescribed
 * eigenvalues μ ∈ [0, 1] (returned) and W = e^{iG}, G a random Hermitian matrix
 * (so W is unitary to rounding; the spectrum is known without an eigensolver).
 */
export function randomCorrelation(n: number, seed: number): { c0: ComplexMatrix; spectrum: Float64Array } {
  const rnd = seededRandom(seed);
  const gRe = new Float64Array(n * n);
  const gIm = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    gRe[i * n + i] = rnd.normal();
    for (let j = i + 1; j < n; j++) {
      const x = rnd.normal();
      const y = rnd.normal();
      gRe[i * n + j] = x;
      gRe[j * n + i] = x;
      gIm[i * n + j] = y;
      gIm[j * n + i] = -y;
    }
  }
  // W = e^{iG}: the exponent iG has real part −Im G and imaginary part Re G
  const w = expmComplex({ rows: n, cols: n, re: gIm.map((x) => -x), im: gRe });
  const spectrum = Float64Array.from({ length: n }, () => rnd.next());
  const re = new Float64Array(n * n);
  const im = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    for (let b = a; b < n; b++) {
      let sr = 0;
      let si = 0;
      for (let k = 0; k < n; k++) {
        // W_ak μ_k conj(W_bk)
        const xr = w.re[a * n + k] * spectrum[k];
        const xi = w.im[a * n + k] * spectrum[k];
        sr += xr * w.re[b * n + k] + xi * w.im[b * n + k];
        si += xi * w.re[b * n + k] - xr * w.im[b * n + k];
      }
      re[a * n + b] = sr;
      im[a * n + b] = si;
      re[b * n + a] = sr;
      im[b * n + a] = -si;
    }
    im[a * n + a] = 0;
  }
  return { c0: { rows: n, cols: n, re, im }, spectrum: spectrum.sort() };
}
