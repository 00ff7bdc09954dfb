/**
 * Scalar complex arithmetic on plain {re, im} records (off the hot path: roots,
 * residues, Laplace transforms at a few points). Structurally identical to the
 * ComplexNumber of roots/cubic.ts. Kernels: no validation, NaN in → NaN out.
 */
export interface Complex {
  readonly re: number;
  readonly im: number;
}

/** z = re + i·im. @example complex(1, 2) // {re: 1, im: 2} */
export function complex(re: number, im = 0): Complex {
  return { re, im };
}

/** a + b */
export function cadd(a: Complex, b: Complex): Complex {
  return { re: a.re + b.re, im: a.im + b.im };
}

/** a − b */
export function csub(a: Complex, b: Complex): Complex {
  return { re: a.re - b.re, im: a.im - b.im };
}

/** a·b */
export function cmul(a: Complex, b: Complex): Complex {
  return { re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re };
}

/** s·a for real s */
export function cscale(a: Complex, s: number): Complex {
  return { re: s * a.re, im: s * a.im };
}

/**
 * a/b by Smith's algorithm (no overflow of |b|² for large |b|).
 * Source: R. L. Smith, Commun. ACM 5, 435 (1962).
 * @example cdiv({re: 1, im: 0}, {re: 0, im: 1}) // {re: 0, im: -1}
 */
export function cdiv(a: Complex, b: Complex): Complex {
  if (Math.abs(b.re) >= Math.abs(b.im)) {
    const r = b.im / b.re;
    const den = b.re + b.im * r;
    return { re: (a.re + a.im * r) / den, im: (a.im - a.re * r) / den };
  }
  const r = b.re / b.im;
  const den = b.re * r + b.im;
  return { re: (a.re * r + a.im) / den, im: (a.im * r - a.re) / den };
}

/** |a| (hypot, no overflow) */
export function cabs(a: Complex): number {
  return Math.hypot(a.re, a.im);
}

/** Principal logarithm Log a = ln|a| + i·Arg a, Arg ∈ (−π, π]. */
export function clog(a: Complex): Complex {
  return { re: Math.log(cabs(a)), im: Math.atan2(a.im, a.re) };
}

/** Integer power a^k, k ≥ 0, by repeated multiplication. */
export function cpow(a: Complex, k: number): Complex {
  let out: Complex = { re: 1, im: 0 };
  for (let i = 0; i < k; i++) out = cmul(out, a);
  return out;
}

/**
 * Principal square root √a, Re √a ≥ 0, with the branch cut on the negative real axis
 * (Im √a has the sign of Im a; +0 and −0 both give the upper side), without cancellation:
 * for Re a ≥ 0, Re √a = √((|a| + Re a)/2) and Im √a = Im a/(2 Re √a); for Re a < 0,
 * |Im √a| = √((|a| − Re a)/2) and Re √a = |Im a|/(2|Im √a|) (finite a with |a| < 1e308).
 * @example csqrt({re: -4, im: 0}) // {re: 0, im: 2}
 */
export function csqrt(a: Complex): Complex {
  if (a.re === 0 && a.im === 0) return { re: 0, im: 0 };
  const r = Math.hypot(a.re, a.im);
  if (a.re >= 0) {
    const sr = Math.sqrt((r + a.re) / 2);
    return { re: sr, im: a.im / (2 * sr) };
  }
  const si = Math.sqrt((r - a.re) / 2);
  return { re: Math.abs(a.im) / (2 * si), im: a.im < 0 ? -si : si };
}
