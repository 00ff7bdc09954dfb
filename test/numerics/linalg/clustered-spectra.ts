import type { ComplexMatrix, RealMatrix } from "../../../src/numerics/linalg/types.js";
import { seededRandom } from "../../../src/numerics/random.js";

/**
 * Test matrices with a known, numerically degenerate spectrum — the correlation matrices
 * of free fermions, C = V diag(f) V† with occupations f_k ∈ {0, 1} plus a few fractional
 * values (eigenvalues in two huge clusters at 0 and 1, each spread only by rounding) —
 * and independent oracles for tridiagonal spectra (a textbook Householder reduction and
 * Sturm-sequence bisection), none of which calls the solvers under test.
 */

/**
 * Occupations: f_k = 1 with probability `fill`, else 0; then `fractional` entries at
 * random positions replaced by uniform values in [0, 1).
 */
export function occupations(n: number, seed: number, fractional: number, fill = 0.5): Float64Array {
  const rng = seededRandom(seed);
  const f = new Float64Array(n);
  for (let k = 0; k < n; k++) f[k] = rng.next() < fill ? 1 : 0;
  for (let t = 0; t < fractional; t++) f[Math.floor(rng.next() * n)] = rng.next();
  return f;
}

/**
 * Columns of a random orthogonal (imag = null) or unitary matrix, column-major
 * (column k at k·n): modified Gram–Schmidt applied twice to a seeded Gaussian matrix
 * ("twice is enough": orthonormal to a few ε, Giraud et al., Numer. Math. 101, 87 (2005)).
 */
export function randomOrthonormalColumns(n: number, seed: number, complex: boolean): { re: Float64Array; im: Float64Array | null } {
  const rng = seededRandom(seed);
  const re = Float64Array.from({ length: n * n }, () => rng.normal());
  const im = complex ? Float64Array.from({ length: n * n }, () => rng.normal()) : null;
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < n; k++) {
      const ok = k * n;
      for (let j = 0; j < k; j++) {
        const oj = j * n;
        let sr = 0;
        let si = 0; // ⟨q_j, v_k⟩
        for (let i = 0; i < n; i++) {
          sr += re[oj + i] * re[ok + i];
          if (im !== null) {
            sr += im[oj + i] * im[ok + i];
            si += re[oj + i] * im[ok + i] - im[oj + i] * re[ok + i];
          }
        }
        for (let i = 0; i < n; i++) {
          if (im === null) {
            re[ok + i] -= sr * re[oj + i];
          } else {
            const qr = re[oj + i];
            const qi = im[oj + i];
            re[ok + i] -= sr * qr - si * qi;
            im[ok + i] -= sr * qi + si * qr;
          }
        }
      }
      let norm = 0;
      for (let i = 0; i < n; i++) norm += re[ok + i] ** 2 + (im === null ? 0 : im[ok + i] ** 2);
      norm = Math.sqrt(norm);
      for (let i = 0; i < n; i++) {
        re[ok + i] /= norm;
        if (im !== null) im[ok + i] /= norm;
      }
    }
  }
  return { re, im };
}

/** C = Σ_k f_k v_k v_kᵀ (real symmetric, row-major) for orthonormal columns v_k. */
export function realCorrelation(n: number, seed: number, f: Float64Array): RealMatrix {
  const { re: q } = randomOrthonormalColumns(n, seed, false);
  const c = new Float64Array(n * n);
  for (let k = 0; k < n; k++) {
    const w = f[k];
    if (w === 0) continue;
    const o = k * n;
    for (let i = 0; i < n; i++) {
      const a = w * q[o + i];
      const row = i * n;
      for (let j = i; j < n; j++) c[row + j] += a * q[o + j];
    }
  }
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) c[j * n + i] = c[i * n + j];
  return { rows: n, cols: n, data: c };
}

/** C = Σ_k f_k v_k v_k† (Hermitian, row-major) for orthonormal complex columns v_k. */
export function complexCorrelation(n: number, seed: number, f: Float64Array): ComplexMatrix {
  const v = randomOrthonormalColumns(n, seed, true);
  const vi = v.im as Float64Array;
  const re = new Float64Array(n * n);
  const im = new Float64Array(n * n);
  for (let k = 0; k < n; k++) {
    const w = f[k];
    if (w === 0) continue;
    const o = k * n;
    for (let i = 0; i < n; i++) {
      const ar = w * v.re[o + i];
      const ai = w * vi[o + i];
      const row = i * n;
      for (let j = i; j < n; j++) {
        const br = v.re[o + j];
        const bi = -vi[o + j];
        re[row + j] += ar * br - ai * bi;
        im[row + j] += ar * bi + ai * br;
      }
    }
  }
  for (let i = 0; i < n; i++) {
    im[i * n + i] = 0;
    for (let j = i + 1; j < n; j++) {
      re[j * n + i] = re[i * n + j];
      im[j * n + i] = -im[i * n + j];
    }
  }
  return { rows: n, cols: n, re, im };
}

/**
 * Tridiagonal T = Qᵀ A Q of a real symmetric A by the textbook Householder reduction
 * (Golub & Van Loan, Alg. 8.3.1, written plainly: full matrix, no fusing), as an input
 * for the kernel that does not go through symmetric-eigen.ts. Returns d and e (e[n−1] = 0).
 */
export function householderTridiagonal(a: RealMatrix): { d: Float64Array; e: Float64Array } {
  const n = a.rows;
  const w = Float64Array.from(a.data);
  const d = new Float64Array(n);
  const e = new Float64Array(n);
  const v = new Float64Array(n);
  const p = new Float64Array(n);
  for (let k = 0; k + 2 < n; k++) {
    let sigma = 0;
    for (let i = k + 1; i < n; i++) sigma += w[i * n + k] ** 2;
    const x0 = w[(k + 1) * n + k];
    const alpha = x0 >= 0 ? -Math.sqrt(sigma) : Math.sqrt(sigma);
    const vv = sigma - x0 * alpha; // ‖v‖²/2 for v = x − α e₁
    if (sigma === 0 || vv === 0) continue;
    for (let i = 0; i < n; i++) v[i] = i <= k ? 0 : w[i * n + k];
    v[k + 1] = x0 - alpha;
    // A ← H A H with H = I − v vᵀ/vv: p = A v / vv, q = p − (vᵀp / 2vv) v, A −= v qᵀ + q vᵀ
    let vp = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += w[i * n + j] * v[j];
      p[i] = s / vv;
      vp += v[i] * p[i];
    }
    const half = vp / (2 * vv);
    for (let i = 0; i < n; i++) p[i] -= half * v[i];
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) w[i * n + j] -= v[i] * p[j] + p[i] * v[j];
  }
  for (let i = 0; i < n; i++) {
    d[i] = w[i * n + i];
    if (i + 1 < n) e[i] = w[(i + 1) * n + i];
  }
  return { d, e };
}

/**
 * Eigenvalues (ascending) of the symmetric tridiagonal (d, e) by bisection on the Sturm
 * count ν(x) = #{i : q_i < 0}, q_i = d_i − x − e_{i−1}²/q_{i−1} (Kahan's backward-stable
 * recurrence, Demmel, Applied Numerical Linear Algebra, §5.3.4, with q = 0 replaced by
 * −ε·‖T‖ as in LAPACK dstebz's pivmin). Each eigenvalue is bisected down to an interval
 * of width 2ε‖T‖; an algorithm independent of QL.
 */
export function sturmBisectionEigenvalues(d: Float64Array, e: Float64Array): Float64Array {
  const n = d.length;
  let norm = 0;
  for (let i = 0; i < n; i++) norm = Math.max(norm, Math.abs(d[i]) + (i > 0 ? Math.abs(e[i - 1]) : 0) + (i + 1 < n ? Math.abs(e[i]) : 0));
  const pivmin = Math.max(Number.MIN_VALUE, 2 ** -52 * norm * 2 ** -52);
  const count = (x: number): number => {
    let nu = 0;
    let q = 1;
    for (let i = 0; i < n; i++) {
      q = d[i] - x - (i > 0 ? (e[i - 1] * e[i - 1]) / q : 0);
      if (Math.abs(q) < pivmin) q = -pivmin;
      if (q < 0) nu++;
    }
    return nu;
  };
  const values = new Float64Array(n);
  const width = 2 * 2 ** -52 * Math.max(norm, Number.MIN_VALUE);
  for (let k = 0; k < n; k++) {
    let lo = -norm - width; // ν(lo) ≤ k
    let hi = norm + width; //  ν(hi) ≥ k + 1
    while (hi - lo > width) {
      const mid = 0.5 * (lo + hi);
      if (mid <= lo || mid >= hi) break;
      if (count(mid) > k) hi = mid;
      else lo = mid;
    }
    values[k] = 0.5 * (lo + hi);
  }
  return values;
}
