/**
 * Orthonormal basis of the numerical null space of a small dense matrix, by Householder
 * QR with column pivoting of Aᴴ.
 *
 * Algorithm (Golub & Van Loan, Matrix Computations, 4th ed., Alg. 5.4.1, Businger &
 * Golub 1965): Aᴴ Π = Q R with |R₀₀| ≥ |R₁₁| ≥ …, each |R_kk| the largest remaining column
 * norm. Since A = Π Rᴴ Qᴴ, the last n − r columns of Q span the null space of A when the
 * trailing block of R vanishes, and A·Q[:, r:] = Π (R[r:, :])ᴴ is as small as that block.
 *
 * Rank decision: the elimination stops at the first step whose pivot column norm
 * |R_kk| ≤ rtol·|R₀₀|; everything after counts as zero. |R₀₀| is the largest row
 * 2-norm of A, which lies between ‖A‖₂/√m and ‖A‖₂, so "below rtol·‖A‖" holds up to that
 * factor. Column pivoting reveals the rank of all but contrived (Kahan-type) matrices; the
 * intended inputs are Liouvillians and similar small problems (n ≲ 256; cost O(m n²)).
 *
 * The real version runs the same code with zero imaginary parts, which stay exactly zero
 * (reflector phases are ±1), and returns the real part.
 */
import { ParameterError } from "../../core/errors.js";
import { assertComplexMatrix } from "./complex-matrix.js";
import { assertRealMatrix } from "./real-matrix.js";
import type { ComplexMatrix, RealMatrix } from "./types.js";

function assertRtol(rtol: number): void {
  if (!(Number.isFinite(rtol) && rtol >= 0 && rtol < 1)) throw new ParameterError("rtol", rtol, "a finite number in [0, 1)");
}

/**
 * Orthonormal basis (columns, n × (n − rank)) of the numerical null space {x : A x ≈ 0}
 * of a real m×n matrix; rank decided as in the module note with relative threshold rtol.
 * @throws ParameterError for non-finite entries or rtol outside [0, 1).
 * @example nullSpaceReal(realFromRows([[1, 1]])) // one column ±[1, −1]/√2
 */
export function nullSpaceReal(a: RealMatrix, rtol = 1e-10): RealMatrix {
  assertRealMatrix("a", a);
  assertRtol(rtol);
  const basis = nullSpaceKernel(a.rows, a.cols, a.data, new Float64Array(a.data.length), rtol);
  return { rows: basis.rows, cols: basis.cols, data: basis.re };
}

/**
 * Orthonormal basis (columns, n × (n − rank)) of the numerical null space of a complex
 * m×n matrix; rank decided as in the module note with relative threshold rtol.
 * @throws ParameterError for non-finite entries or rtol outside [0, 1).
 */
export function nullSpaceComplex(a: ComplexMatrix, rtol = 1e-10): ComplexMatrix {
  assertComplexMatrix("a", a);
  assertRtol(rtol);
  return nullSpaceKernel(a.rows, a.cols, a.re, a.im, rtol);
}

/** QR with column pivoting of Aᴴ (columns of Aᴴ stored as rows: conj of A's rows). */
function nullSpaceKernel(m: number, n: number, are: Float64Array, aim: Float64Array, rtol: number): ComplexMatrix {
  const cr = Float64Array.from(are);
  const ci = new Float64Array(aim.length);
  for (let i = 0; i < ci.length; i++) ci[i] = -aim[i];
  const steps = Math.min(m, n);
  const vRe: Float64Array[] = [];
  const vIm: Float64Array[] = [];
  const betas: number[] = [];
  const tmp = new Float64Array(n);
  let reference = 0;
  for (let k = 0; k < steps; k++) {
    let p = -1;
    let best = 0;
    for (let j = k; j < m; j++) {
      const norm = columnNorm(cr, ci, j * n + k, n - k);
      if (norm > best) {
        best = norm;
        p = j;
      }
    }
    if (k === 0) reference = best;
    if (p < 0 || best <= rtol * reference) break;
    if (p !== k) {
      for (const part of [cr, ci]) {
        tmp.set(part.subarray(p * n, (p + 1) * n));
        part.copyWithin(p * n, k * n, (k + 1) * n);
        part.set(tmp, k * n);
      }
    }
    const len = n - k;
    const vr = new Float64Array(len);
    const vi = new Float64Array(len);
    const beta = householder(cr, ci, k * n + k, len, vr, vi);
    for (let j = k + 1; j < m; j++) reflect(cr, ci, j * n + k, vr, vi, beta);
    vRe.push(vr);
    vIm.push(vi);
    betas.push(beta);
  }
  const rank = betas.length;
  const dim = n - rank;
  // rows of (yr, yi) are the basis vectors Q e_{rank+t} = H₀ ⋯ H_{r−1} e_{rank+t}
  const yr = new Float64Array(dim * n);
  const yi = new Float64Array(dim * n);
  for (let t = 0; t < dim; t++) {
    yr[t * n + rank + t] = 1;
    for (let k = rank - 1; k >= 0; k--) reflect(yr, yi, t * n + k, vRe[k], vIm[k], betas[k]);
  }
  const re = new Float64Array(n * dim);
  const im = new Float64Array(n * dim);
  for (let t = 0; t < dim; t++) {
    for (let i = 0; i < n; i++) {
      re[i * dim + t] = yr[t * n + i];
      im[i * dim + t] = yi[t * n + i];
    }
  }
  return { rows: n, cols: dim, re, im };
}

/** Euclidean norm of x[o .. o+len−1] (split parts), scaled against overflow. */
function columnNorm(xr: Float64Array, xi: Float64Array, o: number, len: number): number {
  let big = 0;
  for (let t = 0; t < len; t++) big = Math.max(big, Math.abs(xr[o + t]), Math.abs(xi[o + t]));
  if (big === 0) return 0;
  let sum = 0;
  for (let t = 0; t < len; t++) {
    const a = xr[o + t] / big;
    const b = xi[o + t] / big;
    sum += a * a + b * b;
  }
  return big * Math.sqrt(sum);
}

/**
 * Hermitian reflector H = I − β v vᴴ (v₀ = 1) with H x = −e^{iφ}‖x‖ e₁ for
 * x = (xr, xi)[o .. o+len−1], x₀ = |x₀|e^{iφ}; β = (|x₀| + ‖x‖)/‖x‖ (0 when x₁.. vanish).
 */
function householder(xr: Float64Array, xi: Float64Array, o: number, len: number, vr: Float64Array, vi: Float64Array): number {
  vr[0] = 1;
  vi[0] = 0;
  let big = 0;
  for (let t = 0; t < len; t++) big = Math.max(big, Math.abs(xr[o + t]), Math.abs(xi[o + t]));
  if (big === 0) return 0;
  // in units of big: the reflector stays exactly unitary-to-rounding even for subnormal x
  let sigma = 0;
  for (let t = 1; t < len; t++) {
    const a = xr[o + t] / big;
    const b = xi[o + t] / big;
    sigma += a * a + b * b;
  }
  if (sigma === 0) return 0;
  const abs0 = Math.hypot(xr[o], xi[o]) / big;
  const mu = Math.sqrt(abs0 * abs0 + sigma);
  const [phr, phi] = unitPhase(xr[o], xi[o]);
  const rho = abs0 + mu;
  const cr = phr / rho;
  const ci = -phi / rho;
  for (let t = 1; t < len; t++) {
    const a = xr[o + t] / big;
    const b = xi[o + t] / big;
    vr[t] = a * cr - b * ci;
    vi[t] = a * ci + b * cr;
  }
  return rho / mu;
}

/** y[o ..] ← (I − β v vᴴ) y[o ..] over len = v.length entries. */
function reflect(yr: Float64Array, yi: Float64Array, o: number, vr: Float64Array, vi: Float64Array, beta: number): void {
  if (beta === 0) return;
  let sr = 0;
  let si = 0;
  for (let t = 0; t < vr.length; t++) {
    const a = yr[o + t];
    const b = yi[o + t];
    sr += vr[t] * a + vi[t] * b; // conj(v)·y
    si += vr[t] * b - vi[t] * a;
  }
  sr *= beta;
  si *= beta;
  for (let t = 0; t < vr.length; t++) {
    yr[o + t] -= vr[t] * sr - vi[t] * si;
    yi[o + t] -= vr[t] * si + vi[t] * sr;
  }
}

/** x/|x| for x = re + i·im (1 for x = 0), of modulus 1 to rounding even for subnormal parts. */
function unitPhase(re: number, im: number): [number, number] {
  const m = Math.max(Math.abs(re), Math.abs(im));
  if (m === 0) return [1, 0];
  const a = re / m;
  const b = im / m;
  const h = Math.hypot(a, b);
  return [a / h, b / h];
}
