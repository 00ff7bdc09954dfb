/**
 * Matrix exponential by scaling and squaring with Padé approximants.
 *
 * Algorithm: N. J. Higham, "The scaling and squaring method for the matrix exponential
 * revisited", SIAM J. Matrix Anal. Appl. 26, 1179 (2005), Algorithm 2.3. With
 * ‖A‖₁ ≤ θ_m for m ∈ {3, 5, 7, 9} the diagonal Padé approximant r_m(A) is used directly;
 * otherwise A is scaled by 2⁻ˢ, s = ⌈log₂(‖A‖₁/θ₁₃)⌉, r₁₃ is evaluated and squared s
 * times. r_m = (V − U)⁻¹(V + U) with U the odd and V the even part of the numerator
 * polynomial p_m(A) = Σ b_j A^j; the θ_m (Higham's Table 2.3) bound the backward error
 * of r_m by the unit roundoff 2⁻⁵³ in exact arithmetic.
 *
 * Cost: for m = 13, six matrix products plus one LU solve (n right-hand sides), plus s
 * squarings.
 */
import { ParameterError } from "../../core/errors.js";
import { assertComplexMatrix, gemmComplexKernel } from "./complex-matrix.js";
import { solveComplex, solveReal } from "./lu-solve.js";
import { assertRealMatrix, assertSquare, gemmRealKernel } from "./real-matrix.js";
import type { ComplexMatrix, RealMatrix } from "./types.js";

/** θ_m of Higham (2005), Table 2.3: largest ‖A‖₁ for which r_m(A) is accurate to unit roundoff. */
export const PADE_THETA: Readonly<Record<3 | 5 | 7 | 9 | 13, number>> = Object.freeze({
  3: 1.495585217958292e-2,
  5: 2.539398330063230e-1,
  7: 9.504178996162932e-1,
  9: 2.097847961257068,
  13: 5.371920351148152,
});

/**
 * Numerator coefficients b₀..b_m of the [m/m] Padé approximant of eˣ (Higham 2005,
 * eq. (2.2)–(2.3), scaled to integers): b_j ∝ (2m − j)! m! / ((2m)! j! (m − j)!).
 */
export const PADE_COEFFICIENTS: Readonly<Record<3 | 5 | 7 | 9 | 13, readonly number[]>> = Object.freeze({
  3: [120, 60, 12, 1],
  5: [30240, 15120, 3360, 420, 30, 1],
  7: [17297280, 8648640, 1995840, 277200, 25200, 1512, 56, 1],
  9: [17643225600, 8821612800, 2075673600, 302702400, 30270240, 2162160, 110880, 3960, 90, 1],
  13: [
    64764752532480000, 32382376266240000, 7771770303897600, 1187353796428800, 129060195264000,
    10559470521600, 670442572800, 33522128640, 1323241920, 40840800, 960960, 16380, 182, 1,
  ],
});

/** The operations the algorithm needs, for one matrix representation M (n×n). */
interface Algebra<M> {
  readonly n: number;
  multiply(x: M, y: M): M;
  /** Σ c_t X_t + c₀ I */
  combine(terms: ReadonlyArray<readonly [number, M]>, identityCoefficient: number): M;
  /** (V − U)⁻¹ (V + U) */
  padeQuotient(u: M, v: M): M;
  scale(x: M, s: number): M;
  norm1(x: M): number;
  isFinite(x: M): boolean;
}

function expmGeneric<M>(alg: Algebra<M>, a: M): M {
  const norm = alg.norm1(a);
  for (const m of [3, 5, 7, 9] as const) {
    if (norm <= PADE_THETA[m]) return padeLowDegree(alg, a, PADE_COEFFICIENTS[m]);
  }
  const s = Math.max(0, Math.ceil(Math.log2(norm / PADE_THETA[13])));
  const as = s === 0 ? a : alg.scale(a, 2 ** -s);
  const b = PADE_COEFFICIENTS[13];
  const a2 = alg.multiply(as, as);
  const a4 = alg.multiply(a2, a2);
  const a6 = alg.multiply(a4, a2);
  const innerU = alg.combine([[b[13], a6], [b[11], a4], [b[9], a2]], 0);
  const u = alg.multiply(as, alg.combine([[1, alg.multiply(a6, innerU)], [b[7], a6], [b[5], a4], [b[3], a2]], b[1]));
  const innerV = alg.combine([[b[12], a6], [b[10], a4], [b[8], a2]], 0);
  const v = alg.combine([[1, alg.multiply(a6, innerV)], [b[6], a6], [b[4], a4], [b[2], a2]], b[0]);
  let r = alg.padeQuotient(u, v);
  for (let i = 0; i < s; i++) r = alg.multiply(r, r);
  if (!alg.isFinite(r)) {
    throw new ParameterError("a", `‖A‖₁ = ${norm.toExponential(3)}`, "a matrix whose exponential is representable (e^A overflowed)");
  }
  return r;
}

/** r_m(A) for m ∈ {3, 5, 7, 9}: U = A Σ b_{2j+1} A^{2j}, V = Σ b_{2j} A^{2j}. */
function padeLowDegree<M>(alg: Algebra<M>, a: M, b: readonly number[]): M {
  const m = b.length - 1;
  const powers: M[] = []; // A², A⁴, …
  if (m >= 2) powers.push(alg.multiply(a, a));
  for (let p = 4; p <= m - 1; p += 2) powers.push(alg.multiply(powers[powers.length - 1], powers[0]));
  const odd: [number, M][] = [];
  const even: [number, M][] = [];
  powers.forEach((x, t) => {
    const j = 2 * (t + 1);
    even.push([b[j], x]);
    if (j + 1 <= m) odd.push([b[j + 1], x]);
  });
  const u = alg.multiply(a, alg.combine(odd, b[1]));
  const v = alg.combine(even, b[0]);
  return alg.padeQuotient(u, v);
}

function realAlgebra(n: number): Algebra<Float64Array> {
  return {
    n,
    multiply: (x, y) => {
      const c = new Float64Array(n * n);
      gemmRealKernel(x, y, c, n, n, n);
      return c;
    },
    combine: (terms, c0) => {
      const out = new Float64Array(n * n);
      for (const [c, x] of terms) for (let i = 0; i < out.length; i++) out[i] += c * x[i];
      for (let i = 0; i < n; i++) out[i * n + i] += c0;
      return out;
    },
    padeQuotient: (u, v) => {
      const p = new Float64Array(n * n);
      const q = new Float64Array(n * n);
      for (let i = 0; i < p.length; i++) {
        p[i] = v[i] - u[i];
        q[i] = v[i] + u[i];
      }
      return solveReal({ rows: n, cols: n, data: p }, { rows: n, cols: n, data: q }).data;
    },
    scale: (x, s) => x.map((t) => t * s),
    norm1: (x) => {
      const sums = new Float64Array(n);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) sums[j] += Math.abs(x[i * n + j]);
      return sums.reduce((m, t) => Math.max(m, t), 0);
    },
    isFinite: (x) => x.every(Number.isFinite),
  };
}

interface Split {
  re: Float64Array;
  im: Float64Array;
}

function complexAlgebra(n: number): Algebra<Split> {
  return {
    n,
    multiply: (x, y) => {
      const re = new Float64Array(n * n);
      const im = new Float64Array(n * n);
      gemmComplexKernel(x.re, x.im, y.re, y.im, re, im, n, n, n);
      return { re, im };
    },
    combine: (terms, c0) => {
      const re = new Float64Array(n * n);
      const im = new Float64Array(n * n);
      for (const [c, x] of terms) {
        for (let i = 0; i < re.length; i++) {
          re[i] += c * x.re[i];
          im[i] += c * x.im[i];
        }
      }
      for (let i = 0; i < n; i++) re[i * n + i] += c0;
      return { re, im };
    },
    padeQuotient: (u, v) => {
      const size = n * n;
      const p = { rows: n, cols: n, re: new Float64Array(size), im: new Float64Array(size) };
      const q = { rows: n, cols: n, re: new Float64Array(size), im: new Float64Array(size) };
      for (let i = 0; i < size; i++) {
        p.re[i] = v.re[i] - u.re[i];
        p.im[i] = v.im[i] - u.im[i];
        q.re[i] = v.re[i] + u.re[i];
        q.im[i] = v.im[i] + u.im[i];
      }
      const r = solveComplex(p, q);
      return { re: r.re, im: r.im };
    },
    scale: (x, s) => ({ re: x.re.map((t) => t * s), im: x.im.map((t) => t * s) }),
    norm1: (x) => {
      const sums = new Float64Array(n);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) sums[j] += Math.hypot(x.re[i * n + j], x.im[i * n + j]);
      return sums.reduce((m, t) => Math.max(m, t), 0);
    },
    isFinite: (x) => x.re.every(Number.isFinite) && x.im.every(Number.isFinite),
  };
}

/**
 * e^A of a square real matrix (Higham 2005 scaling and squaring, Padé degree ≤ 13).
 * Accuracy: backward error ≲ unit roundoff in exact arithmetic; the computed result is
 * typically within a modest multiple of cond(exp, A)·ε of e^A.
 * @throws ParameterError for a non-square matrix, non-finite entries, or when e^A
 *   overflows (roughly ‖A‖ ≳ 709).
 * @example expmReal(realFromRows([[0, -t], [t, 0]])) // [[cos t, −sin t], [sin t, cos t]]
 */
export function expmReal(a: RealMatrix): RealMatrix {
  assertRealMatrix("a", a);
  assertSquare("a", a);
  const n = a.rows;
  if (n === 0) return { rows: 0, cols: 0, data: new Float64Array(0) };
  return { rows: n, cols: n, data: expmGeneric(realAlgebra(n), a.data) };
}

/**
 * e^A of a square complex matrix (Higham 2005 scaling and squaring, Padé degree ≤ 13,
 * split re/im arithmetic). For anti-Hermitian A = −iHt the result is the unitary
 * propagator e^{−iHt} (unitary to O(ε) per squaring).
 * @throws ParameterError for a non-square matrix, non-finite entries, or overflow.
 */
export function expmComplex(a: ComplexMatrix): ComplexMatrix {
  assertComplexMatrix("a", a);
  assertSquare("a", a);
  const n = a.rows;
  if (n === 0) return { rows: 0, cols: 0, re: new Float64Array(0), im: new Float64Array(0) };
  const r = expmGeneric(complexAlgebra(n), { re: a.re, im: a.im });
  return { rows: n, cols: n, re: r.re, im: r.im };
}
