import { seededRandom } from "../../numerics/random.js";
import { degreeModP as degreeOf, gcdModP, modularPrime, mulMod } from "./modular-arithmetic.js";
import { type Polynomial, alignedExponents, columnMaxima, integerForm } from "./polynomial.js";
import type { WorkMeter } from "./work-budget.js";

/**
 * Upper bounds on deg_x gcd(a, b) for every generator x, from modular images — the
 * certificate of the gcd (polynomial-gcd.ts).
 *
 * Map Z[i] → Z_p with a prime p ≡ 1 (mod 4) and i ↦ r, r² ≡ −1 (a ring homomorphism),
 * and every generator except x to a value in Z_p. If the leading coefficient in x of a
 * (or of b) does not vanish at that point, the image G* of G = gcd(a, b) keeps its degree
 * in x (lc_x G divides lc_x a), and G* divides both images, so
 * deg_x G ≤ deg gcd(a*, b*) (univariate gcd over Z_p). The minimum over a few points is
 * the bound; it equals deg_x G unless every point was unlucky (probability ~deg/p each).
 * Primes are below 2^26, so products of residues are exact doubles. Points come from a
 * fixed seed: the bounds, and the work charged, are the same on every run.
 */

/**
 * For each generator of vars, an upper bound on the degree of gcd(a, b) in it (a, b nonzero,
 * over Q(i)); `tries` modular images per generator. Charges |a| + |b| per image ("gcd degree bound").
 * Throws WorkBudgetExceeded when the budget is exhausted.
 * @example gcdDegreeBounds(x^2·y − y, x·y + y, ["x", "y"], 2, 1, meter) // [1, 1] (the gcd is y·(x+1))
 */
export function gcdDegreeBounds(a: Polynomial, b: Polynomial, vars: readonly string[], tries: number, seed: number, meter: WorkMeter): number[] {
  const ea = alignedExponents(a, vars);
  const eb = alignedExponents(b, vars);
  const n = vars.length;
  const degA = columnMaxima(ea, a.termCount, n);
  const degB = columnMaxima(eb, b.termCount, n);
  const fa = integerForm(a);
  const fb = integerForm(b);
  const random = seededRandom(seed);
  return vars.map((_, x) => {
    let bound = Math.min(degA[x], degB[x]);
    for (let attempt = 0; attempt < tries && bound > 0; attempt++) {
      const { p, r } = modularPrime((attempt + x) % 8);
      const point = vars.map(() => 1 + Math.floor(random.next() * (p - 1)));
      meter.charge("gcd degree bound", a.termCount + b.termCount);
      const imageA = univariateImage(ea, fa.re, fa.im, n, x, degA, point, p, r);
      const imageB = univariateImage(eb, fb.re, fb.im, n, x, degB, point, p, r);
      const degreeA = degreeOf(imageA);
      const degreeB = degreeOf(imageB);
      if (degreeA < 0 || degreeB < 0) continue;
      if (degreeA !== degA[x] && degreeB !== degB[x]) continue; // both leading coefficients vanish: unusable point
      bound = Math.min(bound, degreeOf(gcdModP(imageA, imageB, p)));
    }
    return bound;
  });
}

/** The image in Z_p[x] (dense, index = power of generator x) of a polynomial in integer form. */
function univariateImage(
  exps: Uint32Array,
  re: bigint[],
  im: bigint[] | null,
  n: number,
  x: number,
  degrees: number[],
  point: number[],
  p: number,
  r: number,
): number[] {
  const P = BigInt(p);
  const powers = degrees.map((d, j) => {
    const list = [1];
    for (let k = 1; k <= d; k++) list.push(mulMod(list[k - 1], point[j], p));
    return list;
  });
  const image = new Array<number>(degrees[x] + 1).fill(0);
  for (let t = 0; t < re.length; t++) {
    let c = Number(((re[t] % P) + P) % P);
    if (im !== null && im[t] !== 0n) c = (c + mulMod(Number(((im[t] % P) + P) % P), r, p)) % p;
    for (let j = 0; j < n; j++) if (j !== x) c = mulMod(c, powers[j][exps[t * n + j]], p);
    const e = exps[t * n + x];
    image[e] = (image[e] + c) % p;
  }
  return image;
}

