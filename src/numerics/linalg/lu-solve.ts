/**
 * Linear systems A X = B by LU factorisation with partial (row) pivoting,
 * P A = L U (Golub & Van Loan, Matrix Computations, 4th ed., Alg. 3.4.1), then forward
 * and back substitution on the columns of B. Row-major: every elimination step and
 * every substitution step is an axpy along contiguous rows.
 *
 * Singularity rule: a pivot with |u_kk| ≤ n·ε·max_ij |a_ij| (ε = 2⁻⁵²) rejects A as
 * singular to working precision. Partial pivoting keeps |l_ij| ≤ 1, so such a pivot
 * means σ_min(A) ≤ ‖L‖₂·|u_kk| ≤ n·|u_kk|: the condition number is ≳ 1/(n²ε) and no
 * digit of X could be trusted.
 */
import { ParameterError } from "../../core/errors.js";
import { assertComplexMatrix } from "./complex-matrix.js";
import { assertRealMatrix, assertSquare, firstNonFinite } from "./real-matrix.js";
import type { ComplexMatrix, RealMatrix } from "./types.js";

const EPS = 2 ** -52;

function singular(k: number, pivot: number, threshold: number): ParameterError {
  return new ParameterError(
    "a",
    `pivot ${k} = ${pivot.toExponential(3)}`,
    `a nonsingular matrix (pivots must exceed n·ε·max|a_ij| = ${threshold.toExponential(3)})`,
  );
}

function assertShapes(a: { rows: number; cols: number }, b: { rows: number; cols: number }): void {
  assertSquare("a", a);
  if (b.rows !== a.rows) throw new ParameterError("b.rows", b.rows, `a.rows = ${a.rows} (one right-hand-side row per equation)`);
}

/**
 * X = A⁻¹ B for a square real A (n×n) and B (n×k).
 * @throws ParameterError naming 'a' when A is not square or singular to working precision
 *   (see the module note), 'b.rows' when B has the wrong number of rows, or the entry of
 *   a or b that is not finite; also when X overflows.
 * @example solveReal(realFromRows([[2, 0], [0, 4]]), realFromRows([[2], [2]])) // [[1], [0.5]]
 */
export function solveReal(a: RealMatrix, b: RealMatrix): RealMatrix {
  assertRealMatrix("a", a);
  assertRealMatrix("b", b);
  assertShapes(a, b);
  const n = a.rows;
  const k = b.cols;
  const lu = Float64Array.from(a.data);
  const x = Float64Array.from(b.data);
  let big = 0;
  for (let i = 0; i < lu.length; i++) big = Math.max(big, Math.abs(lu[i]));
  const threshold = n * EPS * big;
  const tmp = new Float64Array(Math.max(n, k));
  for (let c = 0; c < n; c++) {
    let p = c;
    let best = Math.abs(lu[c * n + c]);
    for (let i = c + 1; i < n; i++) {
      const v = Math.abs(lu[i * n + c]);
      if (v > best) {
        best = v;
        p = i;
      }
    }
    if (!(best > threshold)) throw singular(c, best, threshold);
    if (p !== c) {
      swapRows(lu, n, p, c, tmp);
      swapRows(x, k, p, c, tmp);
    }
    const pivot = lu[c * n + c];
    for (let i = c + 1; i < n; i++) {
      const l = lu[i * n + c] / pivot; // not ·(1/pivot): that overflows for a subnormal pivot
      lu[i * n + c] = l;
      if (l === 0) continue;
      const ri = i * n;
      const rc = c * n;
      for (let j = c + 1; j < n; j++) lu[ri + j] -= l * lu[rc + j];
      const xi = i * k;
      const xc = c * k;
      for (let j = 0; j < k; j++) x[xi + j] -= l * x[xc + j];
    }
  }
  // back substitution U X = Y, row by row from the bottom
  for (let i = n - 1; i >= 0; i--) {
    const xi = i * k;
    for (let c = i + 1; c < n; c++) {
      const u = lu[i * n + c];
      if (u === 0) continue;
      const xc = c * k;
      for (let j = 0; j < k; j++) x[xi + j] -= u * x[xc + j];
    }
    const u = lu[i * n + i];
    for (let j = 0; j < k; j++) x[xi + j] /= u;
  }
  if (firstNonFinite(x) >= 0) throw new ParameterError("a", "ill-conditioned", "a system whose solution is finite (X overflowed)");
  return { rows: n, cols: k, data: x };
}

/**
 * X = A⁻¹ B for a square complex A (n×n) and B (n×k), split re/im arithmetic; pivots are
 * chosen by modulus.
 * @throws ParameterError as {@link solveReal}.
 */
export function solveComplex(a: ComplexMatrix, b: ComplexMatrix): ComplexMatrix {
  assertComplexMatrix("a", a);
  assertComplexMatrix("b", b);
  assertShapes(a, b);
  const n = a.rows;
  const k = b.cols;
  const lr = Float64Array.from(a.re);
  const li = Float64Array.from(a.im);
  const xr = Float64Array.from(b.re);
  const xi = Float64Array.from(b.im);
  let big = 0;
  for (let i = 0; i < lr.length; i++) big = Math.max(big, Math.hypot(lr[i], li[i]));
  const threshold = n * EPS * big;
  const tmp = new Float64Array(Math.max(n, k));
  const quotient = new Float64Array(2);
  for (let c = 0; c < n; c++) {
    let p = c;
    let best = Math.hypot(lr[c * n + c], li[c * n + c]);
    for (let i = c + 1; i < n; i++) {
      const v = Math.hypot(lr[i * n + c], li[i * n + c]);
      if (v > best) {
        best = v;
        p = i;
      }
    }
    if (!(best > threshold)) throw singular(c, best, threshold);
    if (p !== c) {
      swapRows(lr, n, p, c, tmp);
      swapRows(li, n, p, c, tmp);
      swapRows(xr, k, p, c, tmp);
      swapRows(xi, k, p, c, tmp);
    }
    const ur = lr[c * n + c];
    const ui = li[c * n + c];
    for (let i = c + 1; i < n; i++) {
      divide(lr[i * n + c], li[i * n + c], ur, ui, quotient);
      const mr = quotient[0];
      const mi = quotient[1];
      lr[i * n + c] = mr;
      li[i * n + c] = mi;
      if (mr === 0 && mi === 0) continue;
      axpyComplex(lr, li, i * n, c * n, c + 1, n, mr, mi);
      axpyComplex(xr, xi, i * k, c * k, 0, k, mr, mi);
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    const o = i * k;
    for (let c = i + 1; c < n; c++) {
      const ur = lr[i * n + c];
      const ui = li[i * n + c];
      if (ur === 0 && ui === 0) continue;
      axpyComplex(xr, xi, o, c * k, 0, k, ur, ui);
    }
    const ur = lr[i * n + i];
    const ui = li[i * n + i];
    for (let j = 0; j < k; j++) {
      divide(xr[o + j], xi[o + j], ur, ui, quotient);
      xr[o + j] = quotient[0];
      xi[o + j] = quotient[1];
    }
  }
  if (firstNonFinite(xr) >= 0 || firstNonFinite(xi) >= 0) {
    throw new ParameterError("a", "ill-conditioned", "a system whose solution is finite (X overflowed)");
  }
  return { rows: n, cols: k, re: xr, im: xi };
}

/**
 * (a + ib)/(c + id) into out, by Smith's algorithm (Commun. ACM 5, 435 (1962)): scales by
 * the larger part of the divisor, so |c + id|² is never formed and cannot under/overflow.
 */
function divide(a: number, b: number, c: number, d: number, out: Float64Array): void {
  if (Math.abs(c) >= Math.abs(d)) {
    const r = d / c;
    const den = c + d * r;
    out[0] = (a + b * r) / den;
    out[1] = (b - a * r) / den;
  } else {
    const r = c / d;
    const den = c * r + d;
    out[0] = (a * r + b) / den;
    out[1] = (b * r - a) / den;
  }
}

/** Row `dst` −= m · row `src` over columns [from, to) of split arrays (offsets are row starts). */
function axpyComplex(re: Float64Array, im: Float64Array, dst: number, src: number, from: number, to: number, mr: number, mi: number): void {
  for (let j = from; j < to; j++) {
    const sr = re[src + j];
    const si = im[src + j];
    re[dst + j] -= mr * sr - mi * si;
    im[dst + j] -= mr * si + mi * sr;
  }
}

function swapRows(data: Float64Array, cols: number, p: number, q: number, tmp: Float64Array): void {
  const row = tmp.subarray(0, cols);
  row.set(data.subarray(p * cols, (p + 1) * cols));
  data.copyWithin(p * cols, q * cols, (q + 1) * cols);
  data.set(row, q * cols);
}
