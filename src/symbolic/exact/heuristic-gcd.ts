import { absBig, bitLength, gcdBig, isqrtBig, symmetricRemainder } from "./big-integer.js";
import { divideExactWith } from "./divide-exact.js";
import { GaussianRational } from "./gaussian-rational.js";
import { Polynomial, buildPolynomial, compareNames } from "./polynomial.js";
import { Rational } from "./rational.js";
import type { WorkMeter } from "./work-budget.js";

/**
 * The heuristic gcd GCDHEU of Char, Geddes & Gonnet (J. Symb. Comput. 7, 31 (1989)) for
 * polynomials with Gaussian-integer coefficients, in the recursive form of Liao & Fateman
 * (ISSAC 1995) as in SymPy's `dmp_zz_heu_gcd`: evaluate the first generator at a large
 * integer ξ, take the gcd of the images recursively (a gcd in Z[i] by Euclid with rounded
 * quotients at the bottom), rebuild the gcd from the ξ-adic digits of the image gcd
 * (symmetric digits, real and imaginary parts separately: ξ is a rational integer), and
 * keep it if it divides both inputs — or rebuild a cofactor and divide instead. ξ starts
 * at max(2·min(‖f‖∞, ‖g‖∞) + 29, 2·min(‖f‖/|lc f|, ‖g‖/|lc g|) + 2) (‖·‖∞ over the real and
 * imaginary parts) and grows by ~ξ^{1/4}·2.73 on failure, six tries per level, never
 * beyond 2^15 bits (ξ grows like deg^generators: for many generators the sparse modular
 * gcd is the algorithm). Returns undefined when it gives up (the caller falls back). The
 * caller certifies the result by degree bounds; this kernel only guarantees that what it
 * returns divides both inputs.
 * Work: evaluations and rebuilds are charged by the size of their big integers in 64-bit
 * words ("heuristic gcd"); the trial divisions are charged as exact divisions.
 */

const TRIES_PER_LEVEL = 6;
const MAX_CALLS = 200;
/** ξ beyond this many bits: give up (the integers grow like deg^generators; another algorithm is better there). */
const MAX_XI_BITS = 1 << 15;

interface GcdWithCofactors {
  readonly h: Polynomial;
  readonly cff: Polynomial;
  readonly cfg: Polynomial;
}

/**
 * The gcd of two nonzero polynomials with Gaussian-integer coefficients over generators `vars` (sorted), or undefined.
 * Throws WorkBudgetExceeded when the budget is exhausted.
 * @example heuristicGcd(x^2 − 1, x^2 + 2x + 1, ["x"], meter)?.toText() // "x+1"
 */
export function heuristicGcd(f: Polynomial, g: Polynomial, vars: readonly string[], meter: WorkMeter): Polynomial | undefined {
  const state = { calls: 0 };
  return heuristicLevel(f, g, vars, 0, meter, state)?.h;
}

function heuristicLevel(f: Polynomial, g: Polynomial, vars: readonly string[], level: number, meter: WorkMeter, state: { calls: number }): GcdWithCofactors | undefined {
  if (++state.calls > MAX_CALLS) return undefined;
  // skip generators that occur in neither
  while (level < vars.length && !f.vars.includes(vars[level]) && !g.vars.includes(vars[level])) level++;
  if (level >= vars.length) {
    const a = f.coefficients[0];
    const b = g.coefficients[0];
    meter.charge("heuristic gcd", 1 + Math.ceil(Math.max(size(a), size(b)) / 64) ** 2);
    const h = gaussianGcd(a, b);
    return { h: Polynomial.constant(h), cff: Polynomial.constant(a.div(h)), cfg: Polynomial.constant(b.div(h)) };
  }
  const name = vars[level];
  const common = gaussianGcd(content(f), content(g));
  if (!common.isOne()) {
    const inverse = common.inverse();
    f = f.scale(inverse);
    g = g.scale(inverse);
  }
  const fNorm = maxNorm(f);
  const gNorm = maxNorm(g);
  const fLead = componentMax(f.coefficients[0]);
  const gLead = componentMax(g.coefficients[0]);
  const smaller = fNorm < gNorm ? fNorm : gNorm;
  const byLead = fNorm / fLead < gNorm / gLead ? fNorm / fLead : gNorm / gLead;
  let xi = 2n * smaller + 29n;
  if (2n * byLead + 2n > xi) xi = 2n * byLead + 2n;
  for (let attempt = 0; attempt < TRIES_PER_LEVEL; attempt++) {
    if (bitLength(xi) > MAX_XI_BITS) return undefined;
    const ff = evaluateAt(f, name, xi, meter);
    const gg = evaluateAt(g, name, xi, meter);
    if (!ff.isZero() && !gg.isZero()) {
      const image = heuristicLevel(ff, gg, vars, level + 1, meter, state);
      if (image !== undefined) {
        const h = primitive(interpolate(image.h, name, xi, meter));
        const cff = divideExactWith(f, h, meter);
        const cfg = cff === undefined ? undefined : divideExactWith(g, h, meter);
        if (cff !== undefined && cfg !== undefined) return { h: h.scale(common), cff, cfg };
        const cofactorF = interpolate(image.cff, name, xi, meter);
        const hFromF = cofactorF.isZero() ? undefined : divideExactWith(f, cofactorF, meter);
        const cfgFromF = hFromF === undefined ? undefined : divideExactWith(g, hFromF, meter);
        if (hFromF !== undefined && cfgFromF !== undefined) return { h: hFromF.scale(common), cff: cofactorF, cfg: cfgFromF };
        const cofactorG = interpolate(image.cfg, name, xi, meter);
        const hFromG = cofactorG.isZero() ? undefined : divideExactWith(g, cofactorG, meter);
        const cffFromG = hFromG === undefined ? undefined : divideExactWith(f, hFromG, meter);
        if (hFromG !== undefined && cffFromG !== undefined) return { h: hFromG.scale(common), cff: cffFromG, cfg: cofactorG };
      }
    }
    xi = (xi * 73794n * isqrtBig(isqrtBig(xi))) / 27011n;
  }
  return undefined;
}

/** Bits of the larger part of a Gaussian integer. */
function size(c: GaussianRational): number {
  return Math.max(bitLength(c.re.num), bitLength(c.im.num));
}

function componentMax(c: GaussianRational): bigint {
  const re = absBig(c.re.num);
  const im = absBig(c.im.num);
  return re > im ? re : im;
}

function maxNorm(p: Polynomial): bigint {
  let max = 0n;
  for (const c of p.coefficients) {
    const v = componentMax(c);
    if (v > max) max = v;
  }
  return max;
}

/**
 * A gcd in Z[i] (Euclid with quotients rounded to the nearest Gaussian integer, so the
 * norm at least halves per step), with the unit chosen so that re > 0, im ≥ 0; gcd(0, 0) = 0.
 * @example gaussianGcd(GaussianRational.fromInteger(2), new GaussianRational(Rational.ONE, Rational.ONE)).toText() // "(1+i)"
 */
export function gaussianGcd(a: GaussianRational, b: GaussianRational): GaussianRational {
  if (a.isReal && b.isReal) return GaussianRational.real(Rational.fromInteger(gcdBig(a.re.num, b.re.num)));
  let ar = a.re.num;
  let ai = a.im.num;
  let br = b.re.num;
  let bi = b.im.num;
  while (br !== 0n || bi !== 0n) {
    const norm = br * br + bi * bi;
    const qr = roundedQuotient(ar * br + ai * bi, norm);
    const qi = roundedQuotient(ai * br - ar * bi, norm);
    const rr = ar - (qr * br - qi * bi);
    const ri = ai - (qr * bi + qi * br);
    ar = br;
    ai = bi;
    br = rr;
    bi = ri;
  }
  // rotate by a unit into re > 0, im ≥ 0
  for (let k = 0; k < 4 && !(ar > 0n && ai >= 0n) && (ar !== 0n || ai !== 0n); k++) [ar, ai] = [-ai, ar];
  return new GaussianRational(Rational.fromInteger(ar), Rational.fromInteger(ai));
}

/** The integer nearest to x/n for n > 0 (halves rounded up). */
function roundedQuotient(x: bigint, n: bigint): bigint {
  const twice = 2n * x + n;
  const d = 2n * n;
  const q = twice / d;
  return twice < 0n && q * d !== twice ? q - 1n : q;
}

/** The Gaussian gcd of the coefficients. */
function content(p: Polynomial): GaussianRational {
  let g = GaussianRational.ZERO;
  for (const c of p.coefficients) {
    g = gaussianGcd(g, c);
    if (g.isOne()) return g;
  }
  return g;
}

/** p divided by the gcd of its coefficients. */
function primitive(p: Polynomial): Polynomial {
  if (p.isZero()) return p;
  const c = content(p);
  return c.isOne() ? p : p.scale(c.inverse());
}

/** p with generator `name` replaced by the integer ξ. */
function evaluateAt(p: Polynomial, name: string, xi: bigint, meter: WorkMeter): Polynomial {
  const j = p.vars.indexOf(name);
  if (j < 0) return p;
  const n = p.vars.length;
  const degree = p.degreeIn(name);
  meter.charge("heuristic gcd", p.termCount * (1 + Math.ceil((degree * bitLength(xi)) / 64)));
  const powers = [1n];
  for (let k = 1; k <= degree; k++) powers.push(powers[k - 1] * xi);
  const rest = p.vars.filter((_, k) => k !== j);
  const exps = new Uint32Array(p.termCount * (n - 1));
  const coefs: GaussianRational[] = [];
  for (let t = 0; t < p.termCount; t++) {
    let k = 0;
    for (let q = 0; q < n; q++) if (q !== j) exps[t * (n - 1) + k++] = p.exponents[t * n + q];
    const power = powers[p.exponents[t * n + j]];
    const c = p.coefficients[t];
    coefs.push(gaussianInteger(c.re.num * power, c.im.num * power));
  }
  return buildPolynomial(rest, exps, coefs, false);
}

function gaussianInteger(re: bigint, im: bigint): GaussianRational {
  return im === 0n ? GaussianRational.real(Rational.fromInteger(re)) : new GaussianRational(Rational.fromInteger(re), Rational.fromInteger(im));
}

/** The polynomial in `name` (and the generators of h) whose symmetric ξ-adic digits are the coefficients of h. */
function interpolate(h: Polynomial, name: string, xi: bigint, meter: WorkMeter): Polynomial {
  const vars = [...h.vars, name].sort(compareNames);
  const position = vars.indexOf(name);
  const n = h.vars.length;
  const m = vars.length;
  const rows: number[] = [];
  const coefs: GaussianRational[] = [];
  const words = Math.ceil(bitLength(xi) / 64);
  for (let t = 0; t < h.termCount; t++) {
    let re = h.coefficients[t].re.num;
    let im = h.coefficients[t].im.num;
    meter.charge("heuristic gcd", 1 + Math.ceil(size(h.coefficients[t]) / 64) * words);
    for (let k = 0; re !== 0n || im !== 0n; k++) {
      const digitRe = symmetricRemainder(re, xi);
      const digitIm = symmetricRemainder(im, xi);
      if (digitRe !== 0n || digitIm !== 0n) {
        for (let q = 0, s = 0; q < m; q++) rows.push(q === position ? k : h.exponents[t * n + s++]);
        coefs.push(gaussianInteger(digitRe, digitIm));
      }
      re = (re - digitRe) / xi;
      im = (im - digitIm) / xi;
    }
  }
  return buildPolynomial(vars, Uint32Array.from(rows), coefs, false);
}
