import { ParameterError } from "../../core/errors.js";
import { Rational } from "./rational.js";

/**
 * An element re + im·i of the field Q(i), with exact rational parts. Immutable; equal
 * values have equal parts (the parts are normalized rationals). The coefficient field of
 * every polynomial of the exact engine.
 */
export class GaussianRational {
  static readonly ZERO = new GaussianRational(Rational.ZERO, Rational.ZERO);
  static readonly ONE = new GaussianRational(Rational.ONE, Rational.ZERO);
  static readonly MINUS_ONE = new GaussianRational(Rational.MINUS_ONE, Rational.ZERO);
  /** The imaginary unit. */
  static readonly I = new GaussianRational(Rational.ZERO, Rational.ONE);

  constructor(
    readonly re: Rational,
    readonly im: Rational = Rational.ZERO,
  ) {}

  /**
   * The real number q.
   * @example GaussianRational.real(Rational.of(1n, 2n)).toText() // "1/2"
   */
  static real(q: Rational): GaussianRational {
    return q.isZero() ? GaussianRational.ZERO : q.isOne() ? GaussianRational.ONE : new GaussianRational(q, Rational.ZERO);
  }

  /**
   * The integer n (a safe JavaScript integer or a bigint). Throws ParameterError for a non-integer number.
   * @example GaussianRational.fromInteger(-3).toText() // "-3"
   */
  static fromInteger(n: bigint | number): GaussianRational {
    return GaussianRational.real(Rational.fromInteger(n));
  }

  /**
   * True when the imaginary part is 0.
   * @example GaussianRational.I.isReal // false
   */
  get isReal(): boolean {
    return this.im.num === 0n;
  }

  /**
   * this + b.
   * @example GaussianRational.ONE.add(GaussianRational.I).toText() // "(1+i)"
   */
  add(b: GaussianRational): GaussianRational {
    if (this.im.num === 0n && b.im.num === 0n) return GaussianRational.real(this.re.add(b.re));
    return new GaussianRational(this.re.add(b.re), this.im.add(b.im));
  }

  /**
   * this − b.
   * @example GaussianRational.ONE.sub(GaussianRational.I).toText() // "(1-i)"
   */
  sub(b: GaussianRational): GaussianRational {
    if (this.im.num === 0n && b.im.num === 0n) return GaussianRational.real(this.re.sub(b.re));
    return new GaussianRational(this.re.sub(b.re), this.im.sub(b.im));
  }

  /**
   * this · b: (a + bi)(c + di) = (ac − bd) + (ad + bc)i.
   * @example GaussianRational.I.mul(GaussianRational.I).toText() // "-1"
   */
  mul(b: GaussianRational): GaussianRational {
    if (this.im.num === 0n && b.im.num === 0n) return GaussianRational.real(this.re.mul(b.re));
    const re = this.re.mul(b.re).sub(this.im.mul(b.im));
    const im = this.re.mul(b.im).add(this.im.mul(b.re));
    return re.isZero() && im.isZero() ? GaussianRational.ZERO : new GaussianRational(re, im);
  }

  /**
   * this / b = this · conj(b) / |b|². Throws ParameterError when b = 0.
   * @example GaussianRational.ONE.div(GaussianRational.I).toText() // "-i"
   */
  div(b: GaussianRational): GaussianRational {
    if (b.isZero()) throw new ParameterError("divisor", "0", "a nonzero Gaussian rational");
    if (b.im.num === 0n) {
      const inverse = b.re.inverse();
      return this.im.num === 0n ? GaussianRational.real(this.re.mul(inverse)) : new GaussianRational(this.re.mul(inverse), this.im.mul(inverse));
    }
    const norm = b.re.mul(b.re).add(b.im.mul(b.im));
    const product = this.mul(b.conj());
    return new GaussianRational(product.re.div(norm), product.im.div(norm));
  }

  /**
   * 1/this. Throws ParameterError when this = 0.
   * @example new GaussianRational(Rational.ONE, Rational.ONE).inverse().toText() // "(1/2-1/2*i)"
   */
  inverse(): GaussianRational {
    return GaussianRational.ONE.div(this);
  }

  /**
   * −this.
   * @example GaussianRational.I.neg().toText() // "-i"
   */
  neg(): GaussianRational {
    return new GaussianRational(this.re.neg(), this.im.neg());
  }

  /**
   * The complex conjugate re − im·i.
   * @example new GaussianRational(Rational.ONE, Rational.of(2n)).conj().toText() // "(1-2*i)"
   */
  conj(): GaussianRational {
    return this.im.num === 0n ? this : new GaussianRational(this.re, this.im.neg());
  }

  /**
   * this^k for an integer k (binary powering; negative k inverts). Throws ParameterError for 0^k, k < 0.
   * @example new GaussianRational(Rational.ONE, Rational.ONE).pow(4).toText() // "-4"
   */
  pow(k: number): GaussianRational {
    if (k < 0) return this.inverse().pow(-k);
    if (this.im.num === 0n) return GaussianRational.real(this.re.pow(k));
    let result = GaussianRational.ONE;
    let base: GaussianRational = this;
    for (let e = k; e > 0; e = Math.floor(e / 2)) {
      if (e % 2 === 1) result = result.mul(base);
      if (e > 1) base = base.mul(base);
    }
    return result;
  }

  /**
   * True for 0.
   * @example GaussianRational.I.sub(GaussianRational.I).isZero() // true
   */
  isZero(): boolean {
    return this.re.num === 0n && this.im.num === 0n;
  }

  /**
   * True for 1.
   * @example GaussianRational.I.mul(GaussianRational.I).neg().isOne() // true
   */
  isOne(): boolean {
    return this.im.num === 0n && this.re.isOne();
  }

  /**
   * Exact equality.
   * @example GaussianRational.I.mul(GaussianRational.I).equals(GaussianRational.MINUS_ONE) // true
   */
  equals(b: GaussianRational): boolean {
    return this.re.equals(b.re) && this.im.equals(b.im);
  }

  /**
   * −1 or 1: the sign used to print a term (the sign of the real part, or of the imaginary part when re = 0); 0 for 0.
   * @example new GaussianRational(Rational.ZERO, Rational.MINUS_ONE).printSign // -1
   */
  get printSign(): -1 | 0 | 1 {
    return this.re.num !== 0n ? this.re.sign : this.im.sign;
  }

  /**
   * Text that nerdamer and mathjs read back as the same value, with `i` the imaginary unit:
   * "3", "-1/2", "i", "-1/2*i", or "(1/2+3*i)" when both parts are nonzero.
   * @example new GaussianRational(Rational.of(1n, 2n), Rational.of(3n)).toText() // "(1/2+3*i)"
   */
  toText(): string {
    if (this.im.num === 0n) return this.re.toText();
    const imaginary = imaginaryText(this.im);
    if (this.re.num === 0n) return imaginary;
    return `(${this.re.toText()}${this.im.sign < 0 ? imaginary : `+${imaginary}`})`;
  }

  /**
   * Same as toText().
   * @example String(GaussianRational.I) // "i"
   */
  toString(): string {
    return this.toText();
  }

  /**
   * The nearest complex double.
   * @example new GaussianRational(Rational.of(1n, 4n), Rational.MINUS_ONE).toComplex() // { re: 0.25, im: -1 }
   */
  toComplex(): { re: number; im: number } {
    return { re: this.re.toNumber(), im: this.im.toNumber() };
  }
}

function imaginaryText(q: Rational): string {
  if (q.isOne()) return "i";
  if (q.num === -1n && q.den === 1n) return "-i";
  return `${q.toText()}*i`;
}
