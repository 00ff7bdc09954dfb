/**
 * All three roots of a cubic with real coefficients, in closed form (trigonometric or
 * Cardano), made robust by exact power-of-two scaling and one Newton polish per root.
 */
import { ParameterError } from "../../core/errors.js";

/** A complex number with split real and imaginary parts. */
export interface ComplexNumber {
  readonly re: number;
  readonly im: number;
}

/**
 * Roots of a·x³ + b·x² + c·x + d = 0 (real coefficients, a ≠ 0) as complex numbers.
 *
 * Algorithm: divide by a (x³ + Ax² + Bx + C), rescale x = s·y with s a power of two
 * ≈ max(|A|, |B|^{1/2}, |C|^{1/3}) (exact, and keeps A³, R², Q³ from overflowing), then
 * with Q = (A² − 3B)/9, R = (2A³ − 9AB + 27C)/54 (Press et al., Numerical Recipes,
 * 3rd ed., §5.6):
 *  - R² < Q³: three real roots −2√Q·cos((θ + 2πk)/3) − A/3, θ = acos(R/√Q³);
 *  - otherwise: S = −sign(R)·∛(|R| + √(R² − Q³)), T = Q/S (0 if S = 0); one real root
 *    S + T − A/3 and the pair −(S+T)/2 − A/3 ± i(√3/2)(S − T).
 * The real root found (the largest in magnitude when all three are real) is polished by
 * up to three Newton steps and deflated with Vieta's relations (q = −C/x₁, and the sum of
 * the other two roots from whichever of A + x₁ or (q − B)/x₁ cancels less); the
 * quadratic factor is solved with the cancellation-free formula. Each root then gets one
 * Newton step on the original polynomial (complex Newton for the pair), kept only if it
 * lowers |p|. The pair is
 * returned exactly conjugate (the second is built from the first). Backward stable in
 * practice: |p(r)| ≲ c·ε·Σₖ|coefₖ||r|ᵏ with c of order 10 (tested); multiple roots carry
 * the usual ε^{1/m} forward error.
 *
 * Order: if all roots are real (imaginary parts exactly 0), ascending by value;
 * otherwise [real root, pair with im > 0, its conjugate].
 *
 * @param a cubic coefficient (≠ 0; a polynomial of lower degree needs another solver)
 * @param b, c, d remaining coefficients, finite
 * @throws ParameterError if a = 0, a coefficient is not finite, or b/a, c/a, d/a overflow
 * @example realCubicRoots(1, -6, 11, -6) // [{re: 1, im: 0}, {re: 2, im: 0}, {re: 3, im: 0}] (to rounding)
 * @example realCubicRoots(1, 0, 0, -1) // [{re: 1, im: 0}, {re: -0.5, im: 0.8660254037844386}, {re: -0.5, im: -0.8660254037844386}]
 */
export function realCubicRoots(a: number, b: number, c: number, d: number): ComplexNumber[] {
  for (const [name, v] of [["a", a], ["b", b], ["c", c], ["d", d]] as const) {
    if (!Number.isFinite(v)) throw new ParameterError(name, v, "a finite number");
  }
  if (a === 0) throw new ParameterError("a", a, "a non-zero cubic coefficient (use a quadratic solver for a = 0)");
  const A0 = b / a;
  const B0 = c / a;
  const C0 = d / a;
  if (![A0, B0, C0].every(Number.isFinite)) {
    throw new ParameterError("a", a, `|a| large enough that b/a, c/a, d/a are finite (got ${A0}, ${B0}, ${C0})`);
  }
  // x = s·y with s a power of two: y³ + (A0/s) y² + (B0/s²) y + C0/s³ (exact scaling).
  const magnitude = Math.max(Math.abs(A0), Math.sqrt(Math.abs(B0)), Math.cbrt(Math.abs(C0)));
  const s = magnitude > 0 ? 2 ** Math.floor(Math.log2(magnitude)) : 1;
  const A = A0 / s;
  const B = B0 / s / s;
  const C = C0 / s / s / s;

  const Q = (A * A - 3 * B) / 9;
  const R = (2 * A * A * A - 9 * A * B + 27 * C) / 54;
  const shift = A / 3;
  // One real root y1 of the scaled cubic: the largest of the three when all are real.
  let y1: number;
  if (R * R < Q * Q * Q) {
    const sq = Math.sqrt(Q);
    const theta = Math.acos(Math.max(-1, Math.min(1, R / (sq * sq * sq))));
    const candidates = [0, 1, -1].map((k) => -2 * sq * Math.cos((theta + 2 * Math.PI * k) / 3) - shift);
    y1 = candidates.reduce((m, v) => (Math.abs(v) > Math.abs(m) ? v : m));
  } else {
    const S = -Math.sign(R) * Math.cbrt(Math.abs(R) + Math.sqrt(R * R - Q * Q * Q));
    const T = S === 0 ? 0 : Q / S;
    y1 = S + T - shift;
  }
  // Polish y1 (up to 3 Newton steps on the scaled monic cubic), then deflate:
  // y³ + Ay² + By + C = (y − y1)(y² + p y + q), q = y2·y3, p = −(y2 + y3).
  for (let k = 0; k < 3; k++) {
    const next = polishReal(1, A, B, C, y1);
    if (next === y1) break;
    y1 = next;
  }
  // Vieta: q = −C/y1 (relative accuracy); p either A + y1 (forward) or (q − B)/y1
  // (backward), whichever suffers less cancellation.
  let p: number;
  let q: number;
  if (y1 === 0) {
    p = A;
    q = B;
  } else {
    q = -C / y1;
    const forwardError = Math.max(Math.abs(A), Math.abs(y1));
    const backwardError = Math.max(Math.abs(q), Math.abs(B)) / Math.abs(y1);
    p = forwardError <= backwardError ? A + y1 : (q - B) / y1;
  }
  const half = -0.5 * p;
  const disc = half * half - q;
  let roots: ComplexNumber[];
  if (disc >= 0) {
    // Stable quadratic formula: the larger root without cancellation, the smaller from q.
    const big = half + (half >= 0 ? 1 : -1) * Math.sqrt(disc);
    const small = big === 0 ? 0 : q / big;
    roots = [y1, big, small].map((y) => ({ re: polishReal(a, b, c, d, y * s), im: 0 }));
    return roots.sort((u, v) => u.re - v.re);
  }
  const pair = polishComplex(a, b, c, d, { re: half * s, im: Math.sqrt(-disc) * s });
  return [{ re: polishReal(a, b, c, d, y1 * s), im: 0 }, pair, { re: pair.re, im: -pair.im }];
}

function polishReal(a: number, b: number, c: number, d: number, x: number): number {
  const p = ((a * x + b) * x + c) * x + d;
  const dp = (3 * a * x + 2 * b) * x + c;
  if (p === 0 || dp === 0) return x;
  const next = x - p / dp;
  const pn = ((a * next + b) * next + c) * next + d;
  return Number.isFinite(next) && Math.abs(pn) < Math.abs(p) ? next : x;
}

/** One complex Newton step z − p(z)/p′(z), kept if it lowers |p| (Horner in split real/imaginary parts). */
function polishComplex(a: number, b: number, c: number, d: number, z: ComplexNumber): ComplexNumber {
  const evalAt = (re: number, im: number): [number, number, number, number] => {
    // p = ((a z + b) z + c) z + d and p' = (3 a z + 2 b) z + c
    let pr = a * re + b;
    let pi = a * im;
    [pr, pi] = [pr * re - pi * im + c, pr * im + pi * re];
    [pr, pi] = [pr * re - pi * im + d, pr * im + pi * re];
    let qr = 3 * a * re + 2 * b;
    let qi = 3 * a * im;
    [qr, qi] = [qr * re - qi * im + c, qr * im + qi * re];
    return [pr, pi, qr, qi];
  };
  const [pr, pi, qr, qi] = evalAt(z.re, z.im);
  const den = qr * qr + qi * qi;
  if (den === 0 || (pr === 0 && pi === 0)) return z;
  const re = z.re - (pr * qr + pi * qi) / den;
  const im = z.im - (pi * qr - pr * qi) / den;
  const [nr, ni] = evalAt(re, im);
  if (!(Number.isFinite(re) && Number.isFinite(im)) || Math.hypot(nr, ni) >= Math.hypot(pr, pi)) return z;
  return { re, im: Math.abs(im) };
}
