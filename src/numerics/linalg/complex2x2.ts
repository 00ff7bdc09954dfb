/**
 * Dense 2×2 complex matrices with split real and imaginary parts as nested arrays
 * (re[j][k] = Re A_{j+1,k+1}): closed-form products, adjoints and the Hermitian
 * eigen-decomposition, for problems whose state is a 2×2 matrix (two-mode correlation
 * matrices, 2×2 rate matrices). Kernels: no validation (every argument is a 2×2 matrix
 * with finite entries), NaN in → NaN out. Larger matrices: complex-matrix.ts.
 */
export interface Complex2x2 {
  /** re[j][k] = Re A_{j+1,k+1} */
  readonly re: number[][];
  readonly im: number[][];
}

/** The zero matrix (fresh arrays, safe to fill). @example zero2x2().re // [[0, 0], [0, 0]] */
export function zero2x2(): Complex2x2 {
  return { re: [[0, 0], [0, 0]], im: [[0, 0], [0, 0]] };
}

/**
 * The Hermitian matrix with upper-triangle entries A_jk = entry(j, k) (called for (0, 0),
 * (1, 1), (0, 1), in this order) and A_10 = conj A_01; the caller gives real diagonal entries.
 * @example hermitian2x2((j, k) => ({ re: j + k, im: j === k ? 0 : 1 })).im[1][0] // -1
 */
export function hermitian2x2(entry: (j: 0 | 1, k: 0 | 1) => { readonly re: number; readonly im: number }): Complex2x2 {
  const out = zero2x2();
  for (const [j, k] of [
    [0, 0],
    [1, 1],
    [0, 1],
  ] as const) {
    const { re, im } = entry(j, k);
    out.re[j][k] = re;
    out.im[j][k] = im;
  }
  out.re[1][0] = out.re[0][1];
  out.im[1][0] = -out.im[0][1];
  return out;
}

/** A + B. */
export function add2x2(a: Complex2x2, b: Complex2x2): Complex2x2 {
  return { re: a.re.map((r, j) => r.map((x, k) => x + b.re[j][k])), im: a.im.map((r, j) => r.map((x, k) => x + b.im[j][k])) };
}

/** s·A for real s. */
export function scale2x2(a: Complex2x2, s: number): Complex2x2 {
  return { re: a.re.map((r) => r.map((x) => s * x)), im: a.im.map((r) => r.map((x) => s * x)) };
}

/** A·B, (AB)_jk = Σ_l A_jl B_lk. @example multiply2x2(identity, B) // B */
export function multiply2x2(a: Complex2x2, b: Complex2x2): Complex2x2 {
  const out = zero2x2();
  for (let j = 0; j < 2; j++)
    for (let k = 0; k < 2; k++)
      for (let l = 0; l < 2; l++) {
        out.re[j][k] += a.re[j][l] * b.re[l][k] - a.im[j][l] * b.im[l][k];
        out.im[j][k] += a.re[j][l] * b.im[l][k] + a.im[j][l] * b.re[l][k];
      }
  return out;
}

/** A† (conjugate transpose). */
export function dagger2x2(a: Complex2x2): Complex2x2 {
  return { re: [[a.re[0][0], a.re[1][0]], [a.re[0][1], a.re[1][1]]], im: [[-a.im[0][0], -a.im[1][0]], [-a.im[0][1], -a.im[1][1]]] };
}

/** max_jk |A_jk − B_jk| (complex modulus). */
export function maxAbsDifference2x2(a: Complex2x2, b: Complex2x2): number {
  let m = 0;
  for (let j = 0; j < 2; j++) for (let k = 0; k < 2; k++) m = Math.max(m, Math.hypot(a.re[j][k] - b.re[j][k], a.im[j][k] - b.im[j][k]));
  return m;
}

/**
 * Eigenvalues (ascending) of a Hermitian 2×2 matrix [[a, b], [b̄, d]]: (a + d)/2 ∓ √(((a − d)/2)² + |b|²)
 * (only A_11, A_22 and A_12 are read).
 * @example hermitianEigenvalues2x2({ re: [[0, 1], [1, 0]], im: [[0, 0], [0, 0]] }) // [-1, 1]
 */
export function hermitianEigenvalues2x2(a: Complex2x2): [number, number] {
  const m = (a.re[0][0] + a.re[1][1]) / 2;
  const r = Math.hypot((a.re[0][0] - a.re[1][1]) / 2, a.re[0][1], a.im[0][1]);
  return [m - r, m + r];
}

/**
 * Eigen-decomposition A = U diag(λ) U† of a Hermitian 2×2 matrix, λ ascending, U unitary
 * (columns are eigenvectors). For b = A_12 ≠ 0 the eigenvector of λ is (b, λ − a)
 * normalised (a = A_11); for b = 0, U is the identity or the swap that sorts λ.
 */
export function hermitianEigen2x2(a: Complex2x2): { values: [number, number]; vectors: Complex2x2 } {
  const values = hermitianEigenvalues2x2(a);
  const br = a.re[0][1];
  const bi = a.im[0][1];
  const nb = Math.hypot(br, bi);
  if (nb === 0) {
    const swap = a.re[0][0] > a.re[1][1];
    return { values, vectors: { re: swap ? [[0, 1], [1, 0]] : [[1, 0], [0, 1]], im: [[0, 0], [0, 0]] } };
  }
  const cols = values.map((l) => {
    const y = l - a.re[0][0];
    const n = Math.hypot(nb, y);
    return { x: { re: br / n, im: bi / n }, y: y / n };
  });
  return {
    values,
    vectors: { re: [[cols[0].x.re, cols[1].x.re], [cols[0].y, cols[1].y]], im: [[cols[0].x.im, cols[1].x.im], [0, 0]] },
  };
}

/** R A Rᵀ for a real 2×2 matrix R (a change of basis when R is orthogonal). */
export function rotate2x2(r: readonly (readonly number[])[], a: Complex2x2): Complex2x2 {
  const R = { re: r.map((x) => [...x]), im: [[0, 0], [0, 0]] };
  const Rt = { re: [[r[0][0], r[1][0]], [r[0][1], r[1][1]]], im: [[0, 0], [0, 0]] };
  return multiply2x2(multiply2x2(R, a), Rt);
}

/** Rᵀ A R: the inverse of {@link rotate2x2} for orthogonal R. */
export function rotateBack2x2(r: readonly (readonly number[])[], a: Complex2x2): Complex2x2 {
  return rotate2x2([[r[0][0], r[1][0]], [r[0][1], r[1][1]]], a);
}

/** A copy as plain nested arrays { re, im } (e.g. for JSON output). */
export function copy2x2(a: Complex2x2): { re: number[][]; im: number[][] } {
  return { re: a.re.map((r) => [...r]), im: a.im.map((r) => [...r]) };
}
