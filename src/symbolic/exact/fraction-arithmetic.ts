import { divideExactWith } from "./divide-exact.js";
import { ExponentialPolynomial } from "./exponential-polynomial.js";
import { GaussianRational } from "./gaussian-rational.js";
import { Polynomial } from "./polynomial.js";
import type { WorkMeter } from "./work-budget.js";

/**
 * Arithmetic on fractions N/D of exponential polynomials, the values of the normal-form
 * reader (normal-form.ts). Invariants kept by every operation: D ≠ 0; a constant D is 1
 * (divided into N); D is never a single exponential term c·e^E with E ≠ 0 (e^{−E} is
 * moved into N, D becomes c). Fractions are not reduced to lowest terms; two cheap
 * reductions keep them small: a sum over denominators one of which divides the other
 * uses the larger one, and a product cancels a denominator that divides the other
 * numerator exactly (both tested by exact division of ordinary polynomials).
 * Inner kernel: `onZeroDivision` reports a division by an identically zero fraction.
 */
export interface Fraction {
  readonly num: ExponentialPolynomial;
  readonly den: ExponentialPolynomial;
}

const ONE = ExponentialPolynomial.one();

/**
 * The fraction c/1.
 * @example constantFraction(GaussianRational.I).num.toText() // "i"
 */
export function constantFraction(c: GaussianRational): Fraction {
  return { num: ExponentialPolynomial.fromPolynomial(Polynomial.constant(c)), den: ONE };
}

/**
 * The fraction p/1.
 * @example polynomialFraction(Polynomial.generator("x")).den.toText() // "1"
 */
export function polynomialFraction(p: Polynomial): Fraction {
  return { num: ExponentialPolynomial.fromPolynomial(p), den: ONE };
}

/**
 * N/D with the invariants restored (D ≠ 0 is the caller's duty): a single exponential of D moves into N, a constant D is divided in.
 * @example normalizeFraction(ExponentialPolynomial.one(), ExponentialPolynomial.exponential(x), meter).num.toText() // "e^(-x)"
 */
export function normalizeFraction(num: ExponentialPolynomial, den: ExponentialPolynomial, meter: WorkMeter): Fraction {
  if (num.isZero()) return { num, den: ONE };
  const terms = den.terms();
  if (terms.length === 1) {
    const { exponent, coefficient } = terms[0];
    if (!exponent.isZero()) {
      num = num.mul(ExponentialPolynomial.exponential(exponent.neg()), meter);
      den = ExponentialPolynomial.fromPolynomial(coefficient);
    }
    const c = coefficient.constantValue();
    if (c !== undefined) return { num: c.isOne() ? num : num.scale(Polynomial.constant(c.inverse()), meter), den: ONE };
  }
  return { num, den };
}

/**
 * a + b (subtract: a − b) over the larger denominator when one divides the other, else over their product.
 * @example addFractions(invert(x + 1), invert(x + 1), false, meter) // num "2", den "x+1"
 */
export function addFractions(a: Fraction, b: Fraction, subtract: boolean, meter: WorkMeter): Fraction {
  const bNum = subtract ? b.num.neg() : b.num;
  if (b.num.isZero()) return a;
  if (a.num.isZero()) return { num: bNum, den: b.den };
  if (a.den.equals(b.den)) return normalizeFraction(a.num.add(bNum), a.den, meter);
  const aDen = a.den.asPolynomial();
  const bDen = b.den.asPolynomial();
  if (aDen !== undefined && bDen !== undefined) {
    const q = divideExactWith(aDen, bDen, meter);
    if (q !== undefined) return normalizeFraction(a.num.add(bNum.scale(q, meter)), a.den, meter);
    const r = divideExactWith(bDen, aDen, meter);
    if (r !== undefined) return normalizeFraction(a.num.scale(r, meter).add(bNum), b.den, meter);
  }
  return normalizeFraction(a.num.mul(b.den, meter).add(bNum.mul(a.den, meter)), a.den.mul(b.den, meter), meter);
}

/**
 * a · b, cancelling a denominator that divides the other numerator exactly.
 * @example multiplyFractions(x^2 − 1 over 1, 1 over x − 1, meter) // num "x+1", den "1"
 */
export function multiplyFractions(a: Fraction, b: Fraction, meter: WorkMeter): Fraction {
  if (a.num.isZero() || b.num.isZero()) return { num: ExponentialPolynomial.zero(), den: ONE };
  let [aNum, aDen, bNum, bDen] = [a.num, a.den, b.num, b.den];
  // cancel a denominator that divides the other numerator
  [aNum, bDen] = cancelAcross(aNum, bDen, meter);
  [bNum, aDen] = cancelAcross(bNum, aDen, meter);
  const den = aDen.equals(ONE) ? bDen : bDen.equals(ONE) ? aDen : aDen.mul(bDen, meter);
  return normalizeFraction(aNum.mul(bNum, meter), den, meter);
}

function cancelAcross(num: ExponentialPolynomial, den: ExponentialPolynomial, meter: WorkMeter): [ExponentialPolynomial, ExponentialPolynomial] {
  if (den.equals(ONE)) return [num, den];
  const n = num.asPolynomial();
  const d = den.asPolynomial();
  if (n === undefined || d === undefined) return [num, den];
  const q = divideExactWith(n, d, meter);
  return q === undefined ? [num, den] : [ExponentialPolynomial.fromPolynomial(q), ONE];
}

/**
 * 1/a, or undefined when a is identically 0.
 * @example invertFraction(polynomialFraction(Polynomial.zero()), meter) // undefined
 */
export function invertFraction(a: Fraction, meter: WorkMeter): Fraction | undefined {
  if (a.num.isZero()) return undefined;
  return normalizeFraction(a.den, a.num, meter);
}

/**
 * a^k for an integer k (negative: the inverse's power), or undefined for 0^k with k < 0.
 * @example powerFraction(polynomialFraction(x), -2, meter)?.den.toText() // "x^2"
 */
export function powerFraction(a: Fraction, k: number, meter: WorkMeter): Fraction | undefined {
  if (k < 0) {
    const inverse = invertFraction(a, meter);
    return inverse === undefined ? undefined : powerFraction(inverse, -k, meter);
  }
  if (k === 0) return { num: ONE, den: ONE };
  return normalizeFraction(a.num.pow(k, meter), a.den.equals(ONE) ? ONE : a.den.pow(k, meter), meter);
}

/**
 * −a.
 * @example negateFraction(polynomialFraction(x)).num.toText() // "-x"
 */
export function negateFraction(a: Fraction): Fraction {
  return { num: a.num.neg(), den: a.den };
}

/**
 * The ordinary polynomial a is (denominator 1, no exponential), else undefined.
 * @example fractionAsPolynomial(polynomialFraction(x))?.toText() // "x"
 */
export function fractionAsPolynomial(a: Fraction): Polynomial | undefined {
  return a.den.equals(ONE) ? a.num.asPolynomial() : undefined;
}

/**
 * The constant a is, else undefined.
 * @example fractionAsRationalConstant(constantFraction(GaussianRational.I))?.toText() // "i"
 */
export function fractionAsRationalConstant(a: Fraction): GaussianRational | undefined {
  return fractionAsPolynomial(a)?.constantValue();
}
