/**
 * 2×2 complex matrices with split parts, for the system correlation matrix C(t)
 * and the rate matrices Λ±, H(t), Γ(t) of Sec. IV (index order: mode 1, mode 2).
 */
export interface Matrix2 {
  /** re[j][k] = Re M_{j+1,k+1} */
  readonly re: number[][];
  readonly im: number[][];
}

/** The zero matrix. */
export function zero2(): Matrix2 {
  return { re: [[0, 0], [0, 0]], im: [[0, 0], [0, 0]] };
}

/** A + B. */
export function add2(a: Matrix2, b: Matrix2): Matrix2 {
  return { re: a.re.map((r, j) => r.map((x, k) => x + b.re[j][k])), im: a.im.map((r, j) => r.map((x, k) => x + b.im[j][k])) };
}

/** s·A for real s. */
export function scale2(a: Matrix2, s: number): Matrix2 {
  return { re: a.re.map((r) => r.map((x) => s * x)), im: a.im.map((r) => r.map((x) => s * x)) };
}

/** A·B. */
export function mul2(a: Matrix2, b: Matrix2): Matrix2 {
  const out = zero2();
  for (let j = 0; j < 2; j++)
    for (let k = 0; k < 2; k++)
      for (let l = 0; l < 2; l++) {
        out.re[j][k] += a.re[j][l] * b.re[l][k] - a.im[j][l] * b.im[l][k];
        out.im[j][k] += a.re[j][l] * b.im[l][k] + a.im[j][l] * b.re[l][k];
      }
  return out;
}

/** A† (conjugate transpose). */
export function dagger2(a: Matrix2): Matrix2 {
  return { re: [[a.re[0][0], a.re[1][0]], [a.re[0][1], a.re[1][1]]], im: [[-a.im[0][0], -a.im[1][0]], [-a.im[0][1], -a.im[1][1]]] };
}

/** max_{jk} |A_jk − B_jk|. */
export function maxAbsDiff2(a: Matrix2, b: Matrix2): number {
  let m = 0;
  for (let j = 0; j < 2; j++) for (let k = 0; k < 2; k++) m = Math.max(m, Math.hypot(a.re[j][k] - b.re[j][k], a.im[j][k] - b.im[j][k]));
  return m;
}

/**
 * Eigenvalues (ascending) of a Hermitian 2×2 matrix: (a+d)/2 ∓ √(((a−d)/2)² + |b|²).
 */
export function hermitianEigenvalues2(a: Matrix2): [number, number] {
  const m = (a.re[0][0] + a.re[1][1]) / 2;
  const r = Math.hypot((a.re[0][0] - a.re[1][1]) / 2, a.re[0][1], a.im[0][1]);
  return [m - r, m + r];
}

/** Real 2×2 rotation applied as R A Rᵀ (site → mode basis when A is in the site basis). */
export function rotate2(r: number[][], a: Matrix2): Matrix2 {
  const R = { re: r.map((x) => [...x]), im: [[0, 0], [0, 0]] };
  const Rt = { re: [[r[0][0], r[1][0]], [r[0][1], r[1][1]]], im: [[0, 0], [0, 0]] };
  return mul2(mul2(R, a), Rt);
}

/** Rᵀ A R (mode → site basis). */
export function rotateBack2(r: number[][], a: Matrix2): Matrix2 {
  return rotate2([[r[0][0], r[1][0]], [r[0][1], r[1][1]]], a);
}

/** As plain nested arrays {re, im} for `qtherm eval`. */
export function toQuantity2(a: Matrix2): { re: number[][]; im: number[][] } {
  return { re: a.re.map((r) => [...r]), im: a.im.map((r) => [...r]) };
}

/**
 * Eigen-decomposition A = U diag(λ) U† of a Hermitian 2×2 matrix, λ ascending, U unitary
 * (columns are eigenvectors). For b = A_12 = |b|e^{iφ}: the eigenvector of λ_± is
 * (b, λ_± − a) normalised (a = A_11); for b = 0, U = 1 (with λ sorted).
 */
export function hermitianEigen2(a: Matrix2): { values: [number, number]; vectors: Matrix2 } {
  const values = hermitianEigenvalues2(a);
  const br = a.re[0][1];
  const bi = a.im[0][1];
  const nb = Math.hypot(br, bi);
  if (nb === 0) {
    const swap = a.re[0][0] > a.re[1][1];
    return { values, vectors: { re: swap ? [[0, 1], [1, 0]] : [[1, 0], [0, 1]], im: [[0, 0], [0, 0]] } };
  }
  const cols = values.map((l) => {
    const x = { re: br, im: bi };
    const y = l - a.re[0][0];
    const n = Math.hypot(nb, y);
    return { x: { re: x.re / n, im: x.im / n }, y: y / n };
  });
  return {
    values,
    vectors: { re: [[cols[0].x.re, cols[1].x.re], [cols[0].y, cols[1].y]], im: [[cols[0].x.im, cols[1].x.im], [0, 0]] },
  };
}
