import { ParameterError } from "../../core/errors.js";
import { absBig, bitLength, gcdBig } from "./big-integer.js";

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
const FRACTION = /^([+-]?\d+)\s*\/\s*([+-]?\d+)$/;

/**
 * An exact rational number num/den on BigInt, always normalized: gcd(num, den) = 1 and
 * den > 0 (so equal values have equal fields, and 0 is 0/1). Immutable.
 */
export class Rational {
  static readonly ZERO = new Rational(0n, 1n);
  static readonly ONE = new Rational(1n, 1n);
  static readonly MINUS_ONE = new Rational(-1n, 1n);

  /** Trusted constructor: the caller guarantees normalization (use {@link Rational.of} otherwise). */
  private constructor(
    readonly num: bigint,
    readonly den: bigint,
  ) {}

  /**
   * num/den normalized. Throws ParameterError when den = 0.
   * @example Rational.of(6n, -4n).toText() // "-3/2"
   */
  static of(num: bigint, den = 1n): Rational {
    if (den === 0n) throw new ParameterError("denominator", "0", "a nonzero integer");
    if (den === 1n) return Rational.fromInteger(num);
    if (den < 0n) {
      num = -num;
      den = -den;
    }
    const g = gcdBig(num, den);
    return g === 1n ? new Rational(num, den) : new Rational(num / g, den / g);
  }

  /**
   * The integer n (a JavaScript integer or a bigint). Throws ParameterError for a non-integer number.
   * @example Rational.fromInteger(-7).toText() // "-7"
   */
  static fromInteger(n: bigint | number): Rational {
    if (typeof n === "number") {
      if (!Number.isSafeInteger(n)) throw new ParameterError("n", n, "a safe integer (or a bigint)");
      n = BigInt(n);
    }
    if (n === 0n) return Rational.ZERO;
    if (n === 1n) return Rational.ONE;
    return new Rational(n, 1n);
  }

  /**
   * The exact value of a decimal ("0.125", "-2.5e-3", "3", ".5") or fraction ("1/1000") text.
   * Throws ParameterError for any other text and for a zero denominator.
   * @example Rational.fromDecimalString("-2.5e-3").toText() // "-1/400"
   */
  static fromDecimalString(text: string): Rational {
    const trimmed = text.trim();
    const fraction = FRACTION.exec(trimmed);
    if (fraction !== null) {
      const den = BigInt(fraction[2]);
      if (den === 0n) throw new ParameterError("text", text, "a fraction with a nonzero denominator");
      return Rational.of(BigInt(fraction[1]), den);
    }
    const match = DECIMAL.exec(trimmed);
    if (match === null || (match[2] === "" && (match[3] ?? "") === "")) {
      throw new ParameterError("text", text, "a decimal number such as 0.125, -2.5e-3 or 3, or a fraction such as 1/1000");
    }
    const [, sign, whole, fractional = "", exponentText = "0"] = match;
    const exponent = Number(exponentText) - fractional.length;
    if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > 100_000) throw new ParameterError("text", text, "a decimal exponent of magnitude ≤ 100000");
    let num = BigInt(`${whole}${fractional}` || "0");
    if (sign === "-") num = -num;
    return exponent >= 0 ? Rational.fromInteger(num * 10n ** BigInt(exponent)) : Rational.of(num, 10n ** BigInt(-exponent));
  }

  /**
   * True when the value is an integer.
   * @example Rational.of(4n, 2n).isInteger // true
   */
  get isInteger(): boolean {
    return this.den === 1n;
  }

  /**
   * this + b.
   * @example Rational.of(1n, 2n).add(Rational.of(1n, 3n)).toText() // "5/6"
   */
  add(b: Rational): Rational {
    if (this.den === 1n && b.den === 1n) return Rational.fromInteger(this.num + b.num);
    if (this.num === 0n) return b;
    if (b.num === 0n) return this;
    return Rational.of(this.num * b.den + b.num * this.den, this.den * b.den);
  }

  /**
   * this − b.
   * @example Rational.of(1n, 2n).sub(Rational.of(1n, 3n)).toText() // "1/6"
   */
  sub(b: Rational): Rational {
    if (this.den === 1n && b.den === 1n) return Rational.fromInteger(this.num - b.num);
    return this.add(b.neg());
  }

  /**
   * this · b.
   * @example Rational.of(2n, 3n).mul(Rational.of(3n, 4n)).toText() // "1/2"
   */
  mul(b: Rational): Rational {
    if (this.den === 1n && b.den === 1n) return Rational.fromInteger(this.num * b.num);
    if (this.num === 0n || b.num === 0n) return Rational.ZERO;
    // cross-cancel first: the result is then normalized without a gcd of the products
    const g1 = gcdBig(this.num, b.den);
    const g2 = gcdBig(b.num, this.den);
    return new Rational((this.num / g1) * (b.num / g2), (this.den / g2) * (b.den / g1));
  }

  /**
   * this / b. Throws ParameterError when b = 0.
   * @example Rational.of(1n, 2n).div(Rational.of(-3n, 4n)).toText() // "-2/3"
   */
  div(b: Rational): Rational {
    if (b.num === 0n) throw new ParameterError("divisor", "0", "a nonzero rational");
    return this.mul(b.inverse());
  }

  /**
   * 1/this. Throws ParameterError when this = 0.
   * @example Rational.of(-2n, 3n).inverse().toText() // "-3/2"
   */
  inverse(): Rational {
    if (this.num === 0n) throw new ParameterError("divisor", "0", "a nonzero rational");
    return this.num < 0n ? new Rational(-this.den, -this.num) : new Rational(this.den, this.num);
  }

  /**
   * −this.
   * @example Rational.of(1n, 2n).neg().toText() // "-1/2"
   */
  neg(): Rational {
    return this.num === 0n ? this : new Rational(-this.num, this.den);
  }

  /**
   * this^k for an integer k (negative k inverts). Throws ParameterError for 0^k with k < 0.
   * @example Rational.of(-2n, 3n).pow(-3).toText() // "-27/8"
   */
  pow(k: number): Rational {
    if (k < 0) return this.inverse().pow(-k);
    if (k === 0) return Rational.ONE;
    const e = BigInt(k);
    return new Rational(this.num ** e, this.den ** e);
  }

  /**
   * −1, 0 or 1 as this <, =, > b.
   * @example Rational.of(1n, 3n).compare(Rational.of(1n, 2n)) // -1
   */
  compare(b: Rational): -1 | 0 | 1 {
    const d = this.num * b.den - b.num * this.den;
    return d < 0n ? -1 : d > 0n ? 1 : 0;
  }

  /**
   * −1, 0 or 1: the sign.
   * @example Rational.of(-1n, 3n).sign // -1
   */
  get sign(): -1 | 0 | 1 {
    return this.num < 0n ? -1 : this.num > 0n ? 1 : 0;
  }

  /**
   * True for 0.
   * @example Rational.of(0n, 5n).isZero() // true
   */
  isZero(): boolean {
    return this.num === 0n;
  }

  /**
   * True for 1.
   * @example Rational.of(3n, 3n).isOne() // true
   */
  isOne(): boolean {
    return this.num === 1n && this.den === 1n;
  }

  /**
   * Exact equality.
   * @example Rational.of(2n, 4n).equals(Rational.of(1n, 2n)) // true
   */
  equals(b: Rational): boolean {
    return this.num === b.num && this.den === b.den;
  }

  /**
   * |this|.
   * @example Rational.of(-1n, 2n).abs().toText() // "1/2"
   */
  abs(): Rational {
    return this.num < 0n ? this.neg() : this;
  }

  /**
   * Text "p" or "p/q" (q > 1), read back by nerdamer and mathjs as the same value.
   * @example Rational.of(-1n, 2n).toText() // "-1/2"
   */
  toText(): string {
    return this.den === 1n ? this.num.toString() : `${this.num}/${this.den}`;
  }

  /**
   * Same as toText().
   * @example String(Rational.of(1n, 2n)) // "1/2"
   */
  toString(): string {
    return this.toText();
  }

  /**
   * The nearest double (correct rounding except in the subnormal range; ±Infinity beyond the double range).
   * @example Rational.of(1n, 3n).toNumber() // 0.3333333333333333
   */
  toNumber(): number {
    const { num, den } = this;
    if (absBig(num) < 9007199254740992n && den < 9007199254740992n) return Number(num) / Number(den);
    // a quotient of 65–66 bits with a sticky bit for the remainder, rounded once by Number()
    const shift = 65 - (bitLength(num) - bitLength(den));
    const scaledNum = shift > 0 ? absBig(num) << BigInt(shift) : absBig(num);
    const scaledDen = shift < 0 ? den << BigInt(-shift) : den;
    let quotient = scaledNum / scaledDen;
    if (quotient * scaledDen !== scaledNum) quotient |= 1n;
    let value = Number(quotient);
    let exponent = -shift;
    while (exponent > 1000) {
      value *= 2 ** 1000;
      exponent -= 1000;
    }
    while (exponent < -1000) {
      value *= 2 ** -1000;
      exponent += 1000;
    }
    value *= 2 ** exponent;
    return num < 0n ? -value : value;
  }
}
