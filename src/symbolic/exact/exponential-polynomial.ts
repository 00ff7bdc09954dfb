import { ParameterError } from "../../core/errors.js";
import { GaussianRational } from "./gaussian-rational.js";
import { type Complex, Polynomial, compareNames, multiplyPolynomials } from "./polynomial.js";
import { type WorkLimit, type WorkMeter, workMeter } from "./work-budget.js";

/** One term c·e^E of an exponential polynomial (E = 0: no exponential). */
export interface ExponentialTerm {
  readonly exponent: Polynomial;
  readonly coefficient: Polynomial;
}

/**
 * A finite sum Σ_k c_k·e^{E_k} with polynomial coefficients c_k and distinct polynomial
 * exponents E_k (Q(i) coefficients both), collected by exponent. Immutable and canonical:
 * terms sorted by the canonical text of their exponent, E = 0 last, no zero coefficient.
 *
 * Products add exponents. For distinct polynomial exponents the e^{E_k} are linearly
 * independent over the rational functions Q(i)(generators) (exponentials of distinct
 * polynomials; Lindemann–Weierstrass for the constant parts), so a sum is identically
 * zero iff every collected c_k is the zero polynomial — {@link isZero} decides exactly.
 */
export class ExponentialPolynomial {
  private static readonly ZERO_SUM = new ExponentialPolynomial([]);
  private text: string | undefined;

  private constructor(private readonly list: readonly ExponentialTerm[]) {}

  /**
   * 0.
   * @example ExponentialPolynomial.zero().isZero() // true
   */
  static zero(): ExponentialPolynomial {
    return ExponentialPolynomial.ZERO_SUM;
  }

  /**
   * 1.
   * @example ExponentialPolynomial.one().toText() // "1"
   */
  static one(): ExponentialPolynomial {
    return ExponentialPolynomial.fromPolynomial(Polynomial.one());
  }

  /**
   * The polynomial p (no exponential).
   * @example ExponentialPolynomial.fromPolynomial(Polynomial.generator("x")).toText() // "x"
   */
  static fromPolynomial(p: Polynomial): ExponentialPolynomial {
    return p.isZero() ? ExponentialPolynomial.ZERO_SUM : new ExponentialPolynomial([{ exponent: Polynomial.zero(), coefficient: p }]);
  }

  /**
   * c·e^E (c defaults to 1).
   * @example ExponentialPolynomial.exponential(Polynomial.generator("x")).toText() // "e^(x)"
   */
  static exponential(exponent: Polynomial, coefficient: Polynomial = Polynomial.one()): ExponentialPolynomial {
    return coefficient.isZero() ? ExponentialPolynomial.ZERO_SUM : new ExponentialPolynomial([{ exponent, coefficient }]);
  }

  /**
   * The sum of the given terms (equal exponents are collected).
   * @example ExponentialPolynomial.fromTerms([{ exponent: Polynomial.one(), coefficient: Polynomial.one() }]).toText() // "e^(1)"
   */
  static fromTerms(terms: Iterable<ExponentialTerm>): ExponentialPolynomial {
    const collected = new Map<string, ExponentialTerm>();
    for (const term of terms) addTerm(collected, term.exponent, term.coefficient);
    return fromCollected(collected);
  }

  /**
   * The sum of many exponential polynomials at once (coefficients of each exponent added by {@link Polynomial.sum}).
   * @example ExponentialPolynomial.sum([ExponentialPolynomial.one(), ExponentialPolynomial.one(), ExponentialPolynomial.exponential(Polynomial.generator("x"))]).toText() // "e^(x)+2"
   */
  static sum(list: readonly ExponentialPolynomial[]): ExponentialPolynomial {
    const groups = new Map<string, { exponent: Polynomial; coefficients: Polynomial[] }>();
    for (const item of list) {
      for (const { exponent, coefficient } of item.list) {
        const key = exponent.toText();
        const group = groups.get(key);
        if (group === undefined) groups.set(key, { exponent, coefficients: [coefficient] });
        else group.coefficients.push(coefficient);
      }
    }
    const collected = new Map<string, ExponentialTerm>();
    for (const [key, { exponent, coefficients }] of groups) {
      const coefficient = Polynomial.sum(coefficients);
      if (!coefficient.isZero()) collected.set(key, { exponent, coefficient });
    }
    return fromCollected(collected);
  }

  /**
   * @internal Trusted: terms with distinct exponents, nonzero coefficients, already in canonical order.
   * @example ExponentialPolynomial.fromSortedTerms([]).isZero() // true
   */
  static fromSortedTerms(list: readonly ExponentialTerm[]): ExponentialPolynomial {
    return list.length === 0 ? ExponentialPolynomial.ZERO_SUM : new ExponentialPolynomial(list);
  }

  /**
   * The terms, sorted (E = 0 last).
   * @example ExponentialPolynomial.exponential(Polynomial.generator("x")).add(ExponentialPolynomial.one()).terms().length // 2
   */
  terms(): readonly ExponentialTerm[] {
    return this.list;
  }

  /**
   * Total number of polynomial terms over all coefficients.
   * @example ExponentialPolynomial.exponential(Polynomial.generator("x"), Polynomial.generator("y").add(Polynomial.one())).termCount // 2
   */
  get termCount(): number {
    let count = 0;
    for (const term of this.list) count += term.coefficient.termCount;
    return count;
  }

  /**
   * True when the sum is identically 0 (exact: every collected coefficient is 0).
   * @example ExponentialPolynomial.one().isZero() // false
   */
  isZero(): boolean {
    return this.list.length === 0;
  }

  /**
   * The ordinary polynomial this is (no exponential term), else undefined.
   * @example ExponentialPolynomial.exponential(Polynomial.generator("x")).asPolynomial() // undefined
   */
  asPolynomial(): Polynomial | undefined {
    if (this.list.length === 0) return Polynomial.zero();
    if (this.list.length === 1 && this.list[0].exponent.isZero()) return this.list[0].coefficient;
    return undefined;
  }

  /**
   * The generators of the coefficients and of the exponents, sorted.
   * @example ExponentialPolynomial.exponential(Polynomial.generator("x"), Polynomial.generator("y")).generators() // ["x", "y"]
   */
  generators(): string[] {
    const names = new Set<string>();
    for (const term of this.list) {
      for (const name of term.coefficient.vars) names.add(name);
      for (const name of term.exponent.vars) names.add(name);
    }
    return [...names].sort(compareNames);
  }

  /**
   * The generators of the coefficients only, sorted.
   * @example ExponentialPolynomial.exponential(Polynomial.generator("x"), Polynomial.generator("y")).coefficientGenerators() // ["y"]
   */
  coefficientGenerators(): string[] {
    const names = new Set<string>();
    for (const term of this.list) for (const name of term.coefficient.vars) names.add(name);
    return [...names].sort(compareNames);
  }

  /**
   * this + b.
   * @example ExponentialPolynomial.exponential(Polynomial.generator("x")).add(ExponentialPolynomial.one()).toText() // "e^(x)+1"
   */
  add(b: ExponentialPolynomial): ExponentialPolynomial {
    if (b.isZero()) return this;
    if (this.isZero()) return b;
    const collected = collect(this.list);
    for (const term of b.list) addTerm(collected, term.exponent, term.coefficient);
    return fromCollected(collected);
  }

  /**
   * this − b.
   * @example ExponentialPolynomial.exponential(Polynomial.generator("x")).sub(ExponentialPolynomial.exponential(Polynomial.generator("x"))).isZero() // true
   */
  sub(b: ExponentialPolynomial): ExponentialPolynomial {
    return this.add(b.neg());
  }

  /**
   * −this.
   * @example ExponentialPolynomial.one().neg().toText() // "-1"
   */
  neg(): ExponentialPolynomial {
    return new ExponentialPolynomial(this.list.map((t) => ({ exponent: t.exponent, coefficient: t.coefficient.neg() })));
  }

  /**
   * c·this for a polynomial c (charged like a product).
   * @example ExponentialPolynomial.exponential(Polynomial.generator("x")).scale(Polynomial.constant(2)).toText() // "2*e^(x)"
   */
  scale(c: Polynomial, limit?: WorkLimit): ExponentialPolynomial {
    const meter = workMeter(limit);
    if (c.isZero()) return ExponentialPolynomial.ZERO_SUM;
    return new ExponentialPolynomial(this.list.map((t) => ({ exponent: t.exponent, coefficient: multiplyPolynomials(t.coefficient, c, meter) })));
  }

  /**
   * this · b: (Σ c_j e^{E_j})(Σ d_k e^{F_k}) = Σ c_j d_k e^{E_j + F_k}, collected; every coefficient product charged.
   * Throws WorkBudgetExceeded when the budget is exhausted.
   * @example ExponentialPolynomial.exponential(Polynomial.generator("x")).mul(ExponentialPolynomial.exponential(Polynomial.generator("x").neg())).toText() // "1"
   */
  mul(b: ExponentialPolynomial, limit?: WorkLimit): ExponentialPolynomial {
    return multiplyExponential(this, b, workMeter(limit));
  }

  /**
   * this^k for an integer k ≥ 0 (repeated multiplication). Throws ParameterError for a bad k, WorkBudgetExceeded when the budget is exhausted.
   * @example ExponentialPolynomial.exponential(Polynomial.generator("x")).add(ExponentialPolynomial.one()).pow(2).toText() // "e^(2*x)+2*e^(x)+1"
   */
  pow(k: number, limit?: WorkLimit): ExponentialPolynomial {
    if (!(Number.isSafeInteger(k) && k >= 0)) throw new ParameterError("k", k, "an integer ≥ 0");
    const meter = workMeter(limit);
    if (k === 0) return ExponentialPolynomial.one();
    if (this.list.length === 1) {
      const { exponent, coefficient } = this.list[0];
      return ExponentialPolynomial.exponential(exponent.scale(GaussianRational.fromInteger(k)), coefficient.pow(k, meter));
    }
    let result: ExponentialPolynomial = this;
    for (let step = 1; step < k; step++) result = multiplyExponential(result, this, meter);
    return result;
  }

  /**
   * Exact equality.
   * @example ExponentialPolynomial.one().equals(ExponentialPolynomial.fromPolynomial(Polynomial.one())) // true
   */
  equals(b: ExponentialPolynomial): boolean {
    if (this.list.length !== b.list.length) return false;
    return this.list.every((t, k) => t.exponent.equals(b.list[k].exponent) && t.coefficient.equals(b.list[k].coefficient));
  }

  /**
   * The complex double value at a point (generator → {re, im}). Throws ParameterError when a generator has no value.
   * @example ExponentialPolynomial.exponential(Polynomial.generator("x")).evaluate({ x: { re: 0, im: 0 } }) // { re: 1, im: 0 }
   */
  evaluate(point: Readonly<Record<string, Complex>>): Complex {
    let re = 0;
    let im = 0;
    for (const { exponent, coefficient } of this.list) {
      const c = coefficient.evaluate(point);
      if (exponent.isZero()) {
        re += c.re;
        im += c.im;
        continue;
      }
      const e = exponent.evaluate(point);
      const modulus = Math.exp(e.re);
      const er = modulus * Math.cos(e.im);
      const ei = modulus * Math.sin(e.im);
      re += c.re * er - c.im * ei;
      im += c.re * ei + c.im * er;
    }
    return { re, im };
  }

  /**
   * Canonical text read back by nerdamer and mathjs as the same function: terms
   * `c*e^(E)` (c = 1 omitted, c with several terms in parentheses) in the order of their
   * exponent texts, the exponent-free part last.
   * @example ExponentialPolynomial.exponential(Polynomial.generator("x").neg(), Polynomial.constant(-2)).add(ExponentialPolynomial.one()).toText() // "-2*e^(-x)+1"
   */
  toText(): string {
    if (this.text !== undefined) return this.text;
    if (this.list.length === 0) return (this.text = "0");
    const parts = this.list.map(({ exponent, coefficient }, k) => {
      if (exponent.isZero()) {
        const text = coefficient.toText();
        return k === 0 || text.startsWith("-") ? text : `+${text}`;
      }
      const power = `e^(${exponent.toText()})`;
      let body: string;
      let negative = false;
      if (coefficient.termCount === 1) {
        const lead = coefficient.leadingCoefficient();
        negative = lead.printSign < 0;
        const magnitude = negative ? coefficient.neg() : coefficient;
        body = magnitude.isConstant() && magnitude.leadingCoefficient().isOne() ? power : `${magnitude.toText()}*${power}`;
      } else {
        body = `(${coefficient.toText()})*${power}`;
      }
      return negative ? `-${body}` : k === 0 ? body : `+${body}`;
    });
    return (this.text = parts.join(""));
  }

  /**
   * Same as toText().
   * @example String(ExponentialPolynomial.one()) // "1"
   */
  toString(): string {
    return this.toText();
  }
}

function collect(terms: readonly ExponentialTerm[]): Map<string, ExponentialTerm> {
  const collected = new Map<string, ExponentialTerm>();
  for (const term of terms) collected.set(term.exponent.toText(), term);
  return collected;
}

function addTerm(collected: Map<string, ExponentialTerm>, exponent: Polynomial, coefficient: Polynomial): void {
  if (coefficient.isZero()) return;
  const key = exponent.toText();
  const old = collected.get(key);
  if (old === undefined) collected.set(key, { exponent, coefficient });
  else {
    const sum = old.coefficient.add(coefficient);
    if (sum.isZero()) collected.delete(key);
    else collected.set(key, { exponent, coefficient: sum });
  }
}

function fromCollected(collected: Map<string, ExponentialTerm>): ExponentialPolynomial {
  const keys = [...collected.keys()].sort((a, b) => (a === "0" ? 1 : b === "0" ? -1 : compareNames(a, b)));
  return ExponentialPolynomial.fromSortedTerms(keys.map((k) => collected.get(k) as ExponentialTerm));
}

/** The product kernel (see {@link ExponentialPolynomial.mul}). */
function multiplyExponential(a: ExponentialPolynomial, b: ExponentialPolynomial, meter: WorkMeter): ExponentialPolynomial {
  if (a.isZero() || b.isZero()) return ExponentialPolynomial.zero();
  const collected = new Map<string, ExponentialTerm>();
  for (const s of a.terms()) {
    for (const t of b.terms()) addTerm(collected, s.exponent.add(t.exponent), multiplyPolynomials(s.coefficient, t.coefficient, meter));
  }
  return fromCollected(collected);
}
