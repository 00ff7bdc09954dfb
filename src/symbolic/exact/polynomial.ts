import { ParameterError } from "../../core/errors.js";
import { bitLength, gcdBig } from "./big-integer.js";
import { GaussianRational } from "./gaussian-rational.js";
import { type MonomialCodec, monomialCodec } from "./monomial-codec.js";
import { Rational } from "./rational.js";
import { type WorkLimit, type WorkMeter, workMeter } from "./work-budget.js";

/** A complex double {re, im}: the value of a generator or polynomial in numeric checks. */
export interface Complex {
  readonly re: number;
  readonly im: number;
}

/** One term of a polynomial: its monomial (generator → exponent ≥ 1) and its nonzero coefficient. */
export interface PolynomialTerm {
  readonly monomial: Readonly<Record<string, number>>;
  readonly coefficient: GaussianRational;
}

/** Names that the printed text would read as constants, so they cannot be generators. */
const RESERVED = new Set(["e", "i", "Infinity", "NaN", "undefined"]);
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A sparse multivariate polynomial with coefficients in Q(i) over named generators
 * (variable names or atom keys). Immutable and canonical: equal polynomials have equal
 * fields and equal text.
 *
 * Representation: the generators that occur (`vars`, sorted by code unit), a flat array
 * of exponent vectors (term t at exponents[t·n … t·n+n−1]) and one nonzero coefficient per
 * term, terms in lexicographic order with vars[0] most significant, highest first — the
 * fixed term order of printing, leading coefficients and division. Products accumulate
 * in Gaussian-integer form over a common denominator with mixed-radix numeric monomial
 * keys (monomial-codec.ts), so the inner loop is two BigInt products and one Map lookup.
 * Every product charges |a|·|b| coefficient operations to a {@link WorkMeter}.
 */
export class Polynomial {
  private static readonly ZERO_POLYNOMIAL = new Polynomial([], new Uint32Array(0), []);
  private static readonly ONE_POLYNOMIAL = new Polynomial([], new Uint32Array(0), [GaussianRational.ONE]);
  private text: string | undefined;

  /** Trusted constructor: use the static constructors or {@link buildPolynomial}. */
  private constructor(
    /** The generators that occur, sorted (internal representation, read-only). */
    readonly vars: readonly string[],
    /** Exponent vectors, term-major (internal representation, read-only). */
    readonly exponents: Uint32Array,
    /** Nonzero coefficients in term order (internal representation, read-only). */
    readonly coefficients: readonly GaussianRational[],
  ) {}

  /**
   * @internal Trusted: canonical input only (see {@link buildPolynomial}).
   * @example Polynomial.fromCanonical(["x"], Uint32Array.of(1), [GaussianRational.ONE]).toText() // "x"
   */
  static fromCanonical(vars: readonly string[], exponents: Uint32Array, coefficients: readonly GaussianRational[]): Polynomial {
    if (coefficients.length === 0) return Polynomial.ZERO_POLYNOMIAL;
    return new Polynomial(vars, exponents, coefficients);
  }

  /**
   * The zero polynomial.
   * @example Polynomial.zero().toText() // "0"
   */
  static zero(): Polynomial {
    return Polynomial.ZERO_POLYNOMIAL;
  }

  /**
   * The polynomial 1.
   * @example Polynomial.one().toText() // "1"
   */
  static one(): Polynomial {
    return Polynomial.ONE_POLYNOMIAL;
  }

  /**
   * A constant: a Gaussian rational, a rational, a bigint or a safe integer. Throws ParameterError for a non-integer number.
   * @example Polynomial.constant(Rational.of(-1n, 2n)).toText() // "-1/2"
   */
  static constant(value: GaussianRational | Rational | bigint | number): Polynomial {
    const c =
      value instanceof GaussianRational ? value : value instanceof Rational ? GaussianRational.real(value) : GaussianRational.fromInteger(value);
    if (c.isZero()) return Polynomial.ZERO_POLYNOMIAL;
    if (c.isOne()) return Polynomial.ONE_POLYNOMIAL;
    return new Polynomial([], new Uint32Array(0), [c]);
  }

  /**
   * The generator `name` (a variable name or an atom key). Throws ParameterError for an empty
   * name or one that the text would read as a constant (e, i, Infinity, NaN, undefined).
   * @example Polynomial.generator("x").toText() // "x"
   */
  static generator(name: string): Polynomial {
    if (typeof name !== "string" || name.length === 0 || RESERVED.has(name)) {
      throw new ParameterError("generator", name, "a nonempty name other than e, i, Infinity, NaN, undefined");
    }
    return new Polynomial([name], Uint32Array.of(1), [GaussianRational.ONE]);
  }

  /**
   * The polynomial with the given terms (equal monomials are added; zero coefficients dropped).
   * Throws ParameterError for a negative or non-integer exponent or a reserved generator name.
   * @example Polynomial.fromTerms([{ monomial: { x: 2 }, coefficient: GaussianRational.fromInteger(3) }]).toText() // "3*x^2"
   */
  static fromTerms(terms: Iterable<PolynomialTerm>): Polynomial {
    const list = [...terms];
    const names = new Set<string>();
    for (const term of list) {
      for (const [name, e] of Object.entries(term.monomial)) {
        if (!(Number.isInteger(e) && e >= 0 && e < 2 ** 32)) throw new ParameterError(`exponent of ${name}`, e, "an integer ≥ 0");
        if (RESERVED.has(name) || name.length === 0) throw new ParameterError("generator", name, "a nonempty name other than e, i, Infinity, NaN, undefined");
        if (e > 0) names.add(name);
      }
    }
    const vars = [...names].sort(compareNames);
    const n = vars.length;
    const exps = new Uint32Array(list.length * n);
    list.forEach((term, t) => vars.forEach((name, j) => (exps[t * n + j] = term.monomial[name] ?? 0)));
    return buildPolynomial(
      vars,
      exps,
      list.map((term) => term.coefficient),
      false,
    );
  }

  /**
   * The sum of many polynomials at once (all terms gathered, sorted and collected: n log n, not n² as repeated add).
   * @example Polynomial.sum([Polynomial.generator("x"), Polynomial.one(), Polynomial.generator("x")]).toText() // "2*x+1"
   */
  static sum(list: readonly Polynomial[]): Polynomial {
    const nonzero = list.filter((p) => !p.isZero());
    if (nonzero.length <= 2) return nonzero.reduce((a, b) => a.add(b), Polynomial.ZERO_POLYNOMIAL);
    const names = new Set<string>();
    for (const p of nonzero) for (const name of p.vars) names.add(name);
    const vars = [...names].sort(compareNames);
    const n = vars.length;
    const total = nonzero.reduce((count, p) => count + p.termCount, 0);
    const exps = new Uint32Array(total * n);
    const coefs: GaussianRational[] = [];
    for (const p of nonzero) {
      exps.set(alignedExponents(p, vars), coefs.length * n);
      coefs.push(...p.coefficients);
    }
    return buildPolynomial(vars, exps, coefs, false);
  }

  /**
   * Number of terms.
   * @example Polynomial.generator("x").add(Polynomial.one()).termCount // 2
   */
  get termCount(): number {
    return this.coefficients.length;
  }

  /**
   * True for 0.
   * @example Polynomial.constant(0).isZero() // true
   */
  isZero(): boolean {
    return this.coefficients.length === 0;
  }

  /**
   * True for a constant (including 0).
   * @example Polynomial.generator("x").isConstant() // false
   */
  isConstant(): boolean {
    return this.vars.length === 0;
  }

  /**
   * The value of a constant polynomial, else undefined.
   * @example Polynomial.constant(3).constantValue()?.toText() // "3"
   */
  constantValue(): GaussianRational | undefined {
    if (this.vars.length > 0) return undefined;
    return this.coefficients.length === 0 ? GaussianRational.ZERO : this.coefficients[0];
  }

  /**
   * The generators that occur, sorted by code unit.
   * @example Polynomial.generator("y").mul(Polynomial.generator("x")).generators() // ["x", "y"]
   */
  generators(): string[] {
    return [...this.vars];
  }

  /**
   * The coefficient of the highest term in lexicographic order (generators sorted); 0 for 0.
   * @example Polynomial.generator("x").scale(GaussianRational.fromInteger(2)).add(Polynomial.one()).leadingCoefficient().toText() // "2"
   */
  leadingCoefficient(): GaussianRational {
    return this.coefficients.length === 0 ? GaussianRational.ZERO : this.coefficients[0];
  }

  /**
   * The terms in term order (highest first).
   * @example Polynomial.generator("x").add(Polynomial.one()).terms().length // 2
   */
  terms(): PolynomialTerm[] {
    const n = this.vars.length;
    return this.coefficients.map((coefficient, t) => {
      const monomial: Record<string, number> = {};
      for (let j = 0; j < n; j++) if (this.exponents[t * n + j] > 0) monomial[this.vars[j]] = this.exponents[t * n + j];
      return { monomial, coefficient };
    });
  }

  /**
   * this + b.
   * @example Polynomial.generator("x").add(Polynomial.one()).toText() // "x+1"
   */
  add(b: Polynomial): Polynomial {
    return addPolynomials(this, b, false);
  }

  /**
   * this − b.
   * @example Polynomial.generator("x").sub(Polynomial.generator("x")).isZero() // true
   */
  sub(b: Polynomial): Polynomial {
    return addPolynomials(this, b, true);
  }

  /**
   * −this.
   * @example Polynomial.generator("x").neg().toText() // "-x"
   */
  neg(): Polynomial {
    if (this.isZero()) return this;
    return new Polynomial(
      this.vars,
      this.exponents,
      this.coefficients.map((c) => c.neg()),
    );
  }

  /**
   * c · this.
   * @example Polynomial.generator("x").scale(GaussianRational.I).toText() // "i*x"
   */
  scale(c: GaussianRational): Polynomial {
    if (c.isZero() || this.isZero()) return Polynomial.ZERO_POLYNOMIAL;
    if (c.isOne()) return this;
    return new Polynomial(
      this.vars,
      this.exponents,
      this.coefficients.map((d) => d.mul(c)),
    );
  }

  /**
   * this · b; charges |this|·|b| operations to the budget ("polynomial product").
   * Throws WorkBudgetExceeded when the budget is exhausted.
   * @example Polynomial.generator("x").sub(Polynomial.one()).mul(Polynomial.generator("x").add(Polynomial.one())).toText() // "x^2-1"
   */
  mul(b: Polynomial, limit?: WorkLimit): Polynomial {
    return multiplyPolynomials(this, b, workMeter(limit));
  }

  /**
   * this^k for an integer k ≥ 0 by repeated multiplication with this (cheaper than squaring
   * for sparse bases); charges every product. Throws ParameterError for a bad k,
   * WorkBudgetExceeded when the budget is exhausted.
   * @example Polynomial.generator("x").add(Polynomial.generator("y")).pow(2).toText() // "x^2+2*x*y+y^2"
   */
  pow(k: number, limit?: WorkLimit): Polynomial {
    if (!(Number.isSafeInteger(k) && k >= 0)) throw new ParameterError("k", k, "an integer ≥ 0");
    const meter = workMeter(limit);
    if (k === 0) return Polynomial.ONE_POLYNOMIAL;
    if (k === 1 || this.isZero()) return this;
    if (this.termCount === 1) {
      const c = this.coefficients[0];
      // the size of the coefficient power in 64-bit words, times the squarings that build it
      const words = Math.ceil((k * (bitLength(c.re.num) + bitLength(c.re.den) + bitLength(c.im.num) + bitLength(c.im.den))) / 64);
      meter.charge("polynomial power", Math.max(1, words * Math.ceil(Math.log2(k + 1))));
      const exps = this.exponents.map((e) => e * k);
      if (exps.some((e, j) => e !== this.exponents[j] * k)) throw new ParameterError("k", k, "a power whose exponents stay below 2^32");
      return new Polynomial(this.vars, exps, [c.pow(k)]);
    }
    let result: Polynomial = this;
    for (let step = 1; step < k; step++) result = multiplyPolynomials(result, this, meter);
    return result;
  }

  /**
   * Exact equality (same terms, same coefficients).
   * @example Polynomial.generator("x").add(Polynomial.one()).equals(Polynomial.one().add(Polynomial.generator("x"))) // true
   */
  equals(b: Polynomial): boolean {
    if (this === b) return true;
    if (this.coefficients.length !== b.coefficients.length || this.vars.length !== b.vars.length) return false;
    for (let j = 0; j < this.vars.length; j++) if (this.vars[j] !== b.vars[j]) return false;
    for (let k = 0; k < this.exponents.length; k++) if (this.exponents[k] !== b.exponents[k]) return false;
    for (let t = 0; t < this.coefficients.length; t++) if (!this.coefficients[t].equals(b.coefficients[t])) return false;
    return true;
  }

  /**
   * The degree in generator g (0 when g does not occur; −1 for the zero polynomial).
   * @example Polynomial.generator("x").pow(3).degreeIn("x") // 3
   */
  degreeIn(g: string): number {
    if (this.isZero()) return -1;
    const j = this.vars.indexOf(g);
    if (j < 0) return 0;
    const n = this.vars.length;
    let degree = 0;
    for (let t = 0; t < this.coefficients.length; t++) degree = Math.max(degree, this.exponents[t * n + j]);
    return degree;
  }

  /**
   * The total degree (−1 for the zero polynomial).
   * @example Polynomial.generator("x").mul(Polynomial.generator("y")).totalDegree() // 2
   */
  totalDegree(): number {
    if (this.isZero()) return -1;
    const n = this.vars.length;
    let degree = 0;
    for (let t = 0; t < this.coefficients.length; t++) {
      let d = 0;
      for (let j = 0; j < n; j++) d += this.exponents[t * n + j];
      degree = Math.max(degree, d);
    }
    return degree;
  }

  /**
   * The coefficients of this as a polynomial in g: element k is the coefficient of g^k (free of g).
   * @example Polynomial.fromTerms([{ monomial: { x: 2, y: 1 }, coefficient: GaussianRational.ONE }]).coefficientsIn("x").map((c) => c.toText()) // ["0", "0", "y"]
   */
  coefficientsIn(g: string): Polynomial[] {
    if (this.isZero()) return [];
    const j = this.vars.indexOf(g);
    if (j < 0) return [this];
    const n = this.vars.length;
    const degree = this.degreeIn(g);
    const groups: number[][] = Array.from({ length: degree + 1 }, () => []);
    for (let t = 0; t < this.coefficients.length; t++) groups[this.exponents[t * n + j]].push(t);
    const rest = this.vars.filter((_, k) => k !== j);
    return groups.map((terms) => {
      const exps = new Uint32Array(terms.length * (n - 1));
      terms.forEach((t, r) => {
        let k = 0;
        for (let q = 0; q < n; q++) if (q !== j) exps[r * (n - 1) + k++] = this.exponents[t * n + q];
      });
      return buildPolynomial(
        rest,
        exps,
        terms.map((t) => this.coefficients[t]),
        true,
      );
    });
  }

  /**
   * ∂this/∂g.
   * @example Polynomial.generator("x").pow(3).derivative("x").toText() // "3*x^2"
   */
  derivative(g: string): Polynomial {
    const j = this.vars.indexOf(g);
    if (j < 0) return Polynomial.ZERO_POLYNOMIAL;
    const n = this.vars.length;
    const kept: number[] = [];
    for (let t = 0; t < this.coefficients.length; t++) if (this.exponents[t * n + j] > 0) kept.push(t);
    const exps = new Uint32Array(kept.length * n);
    const coefs = kept.map((t, r) => {
      exps.set(this.exponents.subarray(t * n, t * n + n), r * n);
      exps[r * n + j] -= 1;
      return this.coefficients[t].mul(GaussianRational.fromInteger(this.exponents[t * n + j]));
    });
    return buildPolynomial(this.vars, exps, coefs, true);
  }

  /**
   * this with generator g replaced by the polynomial p (Horner's scheme in g; products charged).
   * Throws WorkBudgetExceeded when the budget is exhausted.
   * @example Polynomial.generator("x").pow(2).substitute("x", Polynomial.generator("y").add(Polynomial.one())).toText() // "y^2+2*y+1"
   */
  substitute(g: string, p: Polynomial, limit?: WorkLimit): Polynomial {
    const meter = workMeter(limit);
    const coefficients = this.coefficientsIn(g);
    if (coefficients.length <= 1 || this.vars.indexOf(g) < 0) return this;
    let result = coefficients[coefficients.length - 1];
    for (let k = coefficients.length - 2; k >= 0; k--) result = multiplyPolynomials(result, p, meter).add(coefficients[k]);
    return result;
  }

  /**
   * The complex double value at a point (generator → {re, im}). Throws ParameterError when a generator has no value.
   * @example Polynomial.generator("x").pow(2).evaluate({ x: { re: 0, im: 1 } }) // { re: -1, im: 0 }
   */
  evaluate(point: Readonly<Record<string, Complex>>): Complex {
    const n = this.vars.length;
    const powers: Complex[][] = this.vars.map((name) => {
      const v = point[name];
      if (v === undefined || typeof v.re !== "number" || typeof v.im !== "number") throw new ParameterError(`point.${name}`, v, "a complex value { re, im }");
      const degree = this.degreeIn(name);
      const list: Complex[] = [{ re: 1, im: 0 }];
      for (let k = 1; k <= degree; k++) {
        const prev = list[k - 1];
        list.push({ re: prev.re * v.re - prev.im * v.im, im: prev.re * v.im + prev.im * v.re });
      }
      return list;
    });
    let re = 0;
    let im = 0;
    for (let t = 0; t < this.coefficients.length; t++) {
      const c = this.coefficients[t];
      let tr = c.re.toNumber();
      let ti = c.im.toNumber();
      for (let j = 0; j < n; j++) {
        const e = this.exponents[t * n + j];
        if (e === 0) continue;
        const v = powers[j][e];
        const r = tr * v.re - ti * v.im;
        ti = tr * v.im + ti * v.re;
        tr = r;
      }
      re += tr;
      im += ti;
    }
    return { re, im };
  }

  /**
   * Canonical text read back by nerdamer and mathjs as the same polynomial: terms highest
   * first in the lexicographic term order, `*` for products, `^` for powers, coefficients
   * such as 3, 1/2, i, (1/2+3*i) in front of the monomial, generators that are not plain
   * names or function calls in parentheses. Same polynomial → same text.
   * @example Polynomial.generator("x").sub(Polynomial.constant(Rational.of(1n, 2n))).pow(2).toText() // "x^2-x+1/4"
   */
  toText(): string {
    if (this.text !== undefined) return this.text;
    if (this.isZero()) return (this.text = "0");
    const n = this.vars.length;
    const names = this.vars.map(generatorText);
    const parts: string[] = [];
    for (let t = 0; t < this.coefficients.length; t++) {
      const factors: string[] = [];
      for (let j = 0; j < n; j++) {
        const e = this.exponents[t * n + j];
        if (e === 1) factors.push(names[j]);
        else if (e > 1) factors.push(`${names[j]}^${e}`);
      }
      const c = this.coefficients[t];
      const sign = c.printSign;
      const magnitude = sign < 0 ? c.neg() : c;
      const monomial = factors.join("*");
      const body = monomial === "" ? magnitude.toText() : magnitude.isOne() ? monomial : `${magnitude.toText()}*${monomial}`;
      parts.push(sign < 0 ? `-${body}` : t === 0 ? body : `+${body}`);
    }
    return (this.text = parts.join(""));
  }

  /**
   * Same as toText().
   * @example String(Polynomial.generator("x").neg()) // "-x"
   */
  toString(): string {
    return this.toText();
  }
}

/**
 * Code-unit order of generator names (the order of `vars`).
 * @example ["y", "x", "log(x)"].sort(compareNames) // ["log(x)", "x", "y"]
 */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A generator as printed: itself when it is a plain name or a single function call, else in parentheses.
 * @example generatorText("x^(1/3)") // "(x^(1/3))"
 */
export function generatorText(name: string): string {
  if (IDENTIFIER.test(name)) return name;
  const open = name.indexOf("(");
  if (open > 0 && IDENTIFIER.test(name.slice(0, open)) && name.endsWith(")")) {
    let depth = 0;
    for (let k = open; k < name.length; k++) {
      if (name[k] === "(") depth++;
      else if (name[k] === ")" && --depth === 0) return k === name.length - 1 ? name : `(${name})`;
    }
  }
  return `(${name})`;
}

/**
 * The polynomial with the given terms over `vars` (sorted): sorts the terms into term order
 * unless `sorted` (then they must already be strictly descending), adds equal monomials,
 * drops zero coefficients and generators that no longer occur. Inner kernel: trusts its input.
 * @example buildPolynomial(["x", "y"], Uint32Array.of(0, 1, 1, 0, 0, 1), [one, one, one], false).toText() // "x+2*y"
 */
export function buildPolynomial(vars: readonly string[], exps: Uint32Array, coefs: readonly GaussianRational[], sorted: boolean): Polynomial {
  const n = vars.length;
  let order: number[] = coefs.map((_, t) => t);
  if (!sorted) {
    order.sort((a, b) => compareRows(exps, b, exps, a, n));
    // merge equal monomials (adjacent after sorting)
    const merged: number[] = [];
    const sums = new Map<number, GaussianRational>();
    for (const t of order) {
      const last = merged[merged.length - 1];
      if (last !== undefined && compareRows(exps, last, exps, t, n) === 0) sums.set(last, (sums.get(last) ?? coefs[last]).add(coefs[t]));
      else merged.push(t);
    }
    order = merged;
    if (sums.size > 0) {
      const full = [...coefs];
      for (const [t, c] of sums) full[t] = c;
      coefs = full;
    }
  }
  const kept = order.filter((t) => !coefs[t].isZero());
  // generators that still occur
  const used = new Array<boolean>(n).fill(false);
  for (const t of kept) for (let j = 0; j < n; j++) if (exps[t * n + j] > 0) used[j] = true;
  const columns = used.flatMap((u, j) => (u ? [j] : []));
  const m = columns.length;
  const out = new Uint32Array(kept.length * m);
  kept.forEach((t, r) => {
    for (let k = 0; k < m; k++) out[r * m + k] = exps[t * n + columns[k]];
  });
  return Polynomial.fromCanonical(
    m === n ? vars : columns.map((j) => vars[j]),
    out,
    kept.map((t) => coefs[t]),
  );
}

/**
 * Lexicographic comparison of row ta of ea with row tb of eb (both with n columns): > 0 when row ta is higher.
 * @example compareRows(Uint32Array.of(1, 0, 0, 2), 0, Uint32Array.of(1, 0, 0, 2), 1, 2) // 1
 */
export function compareRows(ea: Uint32Array, ta: number, eb: Uint32Array, tb: number, n: number): number {
  const oa = ta * n;
  const ob = tb * n;
  for (let j = 0; j < n; j++) {
    const d = ea[oa + j] - eb[ob + j];
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The sorted union of two sorted generator lists.
 * @example mergeVars(["a", "x"], ["b", "x"]) // ["a", "b", "x"]
 */
export function mergeVars(a: readonly string[], b: readonly string[]): readonly string[] {
  if (sameVars(a, b)) return a;
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i] < b[j])) out.push(a[i++]);
    else if (i >= a.length || b[j] < a[i]) out.push(b[j++]);
    else {
      out.push(a[i++]);
      j++;
    }
  }
  return out;
}

function sameVars(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let j = 0; j < a.length; j++) if (a[j] !== b[j]) return false;
  return true;
}

/**
 * The exponent vectors of p over a superset `vars` of its generators (term-major).
 * @example alignedExponents(Polynomial.generator("y"), ["x", "y"]) // Uint32Array [0, 1]
 */
export function alignedExponents(p: Polynomial, vars: readonly string[]): Uint32Array {
  if (sameVars(p.vars, vars)) return p.exponents;
  const n = p.vars.length;
  const m = vars.length;
  const position = p.vars.map((name) => vars.indexOf(name));
  const out = new Uint32Array(p.termCount * m);
  for (let t = 0; t < p.termCount; t++) for (let j = 0; j < n; j++) out[t * m + position[j]] = p.exponents[t * n + j];
  return out;
}

/**
 * Largest exponent of each column (term-major exps with n columns, `terms` rows).
 * @example columnMaxima(Uint32Array.of(2, 0, 1, 3), 2, 2) // [2, 3]
 */
export function columnMaxima(exps: Uint32Array, terms: number, n: number): number[] {
  const max = new Array<number>(n).fill(0);
  for (let t = 0; t < terms; t++) for (let j = 0; j < n; j++) if (exps[t * n + j] > max[j]) max[j] = exps[t * n + j];
  return max;
}

function addPolynomials(a: Polynomial, b: Polynomial, subtract: boolean): Polynomial {
  if (b.isZero()) return a;
  if (a.isZero()) return subtract ? b.neg() : b;
  const vars = mergeVars(a.vars, b.vars);
  const n = vars.length;
  const ea = alignedExponents(a, vars);
  const eb = alignedExponents(b, vars);
  const na = a.termCount;
  const nb = b.termCount;
  const exps = new Uint32Array((na + nb) * n);
  const coefs: GaussianRational[] = [];
  let i = 0;
  let j = 0;
  let r = 0;
  while (i < na || j < nb) {
    const d = i >= na ? -1 : j >= nb ? 1 : compareRows(ea, i, eb, j, n);
    let c: GaussianRational;
    if (d > 0) {
      exps.set(ea.subarray(i * n, i * n + n), r * n);
      c = a.coefficients[i++];
    } else if (d < 0) {
      exps.set(eb.subarray(j * n, j * n + n), r * n);
      c = subtract ? b.coefficients[j++].neg() : b.coefficients[j++];
    } else {
      exps.set(ea.subarray(i * n, i * n + n), r * n);
      c = subtract ? a.coefficients[i++].sub(b.coefficients[j++]) : a.coefficients[i++].add(b.coefficients[j++]);
      if (c.isZero()) continue;
    }
    coefs.push(c);
    r++;
  }
  return buildPolynomial(vars, exps.subarray(0, r * n), coefs, true);
}

/** A polynomial's coefficients as Gaussian integers (re, im) over one common denominator. */
export interface IntegerForm {
  readonly re: bigint[];
  /** null when every coefficient is real. */
  readonly im: bigint[] | null;
  readonly den: bigint;
}

/**
 * The coefficients of p in Gaussian-integer form over their least common denominator.
 * @example integerForm(x/2 + 1/3) // { re: [3n, 2n], im: null, den: 6n }
 */
export function integerForm(p: Polynomial): IntegerForm {
  let den = 1n;
  let complex = false;
  for (const c of p.coefficients) {
    if (c.re.den !== 1n) den = (den / gcdBig(den, c.re.den)) * c.re.den;
    if (c.im.num !== 0n) {
      complex = true;
      if (c.im.den !== 1n) den = (den / gcdBig(den, c.im.den)) * c.im.den;
    }
  }
  const scale = (q: Rational): bigint => (q.den === den ? q.num : q.num * (den / q.den));
  return {
    re: p.coefficients.map((c) => scale(c.re)),
    im: complex ? p.coefficients.map((c) => scale(c.im)) : null,
    den,
  };
}

/**
 * (re + im·i)/den as a normalized Gaussian rational.
 * @example gaussianOver(2n, 4n, 8n).toText() // "(1/4+1/2*i)"
 */
export function gaussianOver(re: bigint, im: bigint, den: bigint): GaussianRational {
  if (im === 0n) {
    if (re === 0n) return GaussianRational.ZERO;
    return GaussianRational.real(den === 1n ? Rational.fromInteger(re) : Rational.of(re, den));
  }
  return den === 1n ? new GaussianRational(Rational.fromInteger(re), Rational.fromInteger(im)) : new GaussianRational(Rational.of(re, den), Rational.of(im, den));
}

/**
 * The product kernel (see {@link Polynomial.mul}): charges |a|·|b| ("polynomial product"). Throws WorkBudgetExceeded.
 * @example multiplyPolynomials(Polynomial.generator("x"), Polynomial.generator("x"), new WorkMeter()).toText() // "x^2"
 */
export function multiplyPolynomials(a: Polynomial, b: Polynomial, meter: WorkMeter): Polynomial {
  if (a.isZero() || b.isZero()) return Polynomial.zero();
  meter.charge("polynomial product", a.termCount * b.termCount);
  if (a.isConstant()) return b.scale(a.coefficients[0]);
  if (b.isConstant()) return a.scale(b.coefficients[0]);
  const vars = mergeVars(a.vars, b.vars);
  if (a.termCount === 1 && b.termCount === 1) {
    const exps = alignedExponents(a, vars).slice();
    const eb = alignedExponents(b, vars);
    for (let j = 0; j < vars.length; j++) exps[j] += eb[j];
    return Polynomial.fromCanonical(vars, exps, [a.coefficients[0].mul(b.coefficients[0])]);
  }
  const n = vars.length;
  const ea = alignedExponents(a, vars);
  const eb = alignedExponents(b, vars);
  const maxA = columnMaxima(ea, a.termCount, n);
  const maxB = columnMaxima(eb, b.termCount, n);
  const codec = monomialCodec(maxA.map((m, j) => m + maxB[j]));
  return productKernel(vars, ea, a, eb, b, codec as MonomialCodec<unknown>);
}

function productKernel<K>(vars: readonly string[], ea: Uint32Array, a: Polynomial, eb: Uint32Array, b: Polynomial, codec: MonomialCodec<K>): Polynomial {
  const n = vars.length;
  const na = a.termCount;
  const nb = b.termCount;
  const ka: K[] = [];
  for (let t = 0; t < na; t++) ka.push(codec.encode(ea, t * n));
  const kb: K[] = [];
  for (let t = 0; t < nb; t++) kb.push(codec.encode(eb, t * n));
  const fa = integerForm(a);
  const fb = integerForm(b);
  const slots = new Map<K, number>();
  const keys: K[] = [];
  const accRe: bigint[] = [];
  const complex = fa.im !== null || fb.im !== null;
  const accIm: bigint[] = [];
  for (let i = 0; i < na; i++) {
    const ki = ka[i];
    const ar = fa.re[i];
    const ai = fa.im === null ? 0n : fa.im[i];
    for (let j = 0; j < nb; j++) {
      const key = codec.multiply(ki, kb[j]);
      let slot = slots.get(key);
      if (slot === undefined) {
        slot = keys.length;
        slots.set(key, slot);
        keys.push(key);
        accRe.push(0n);
        if (complex) accIm.push(0n);
      }
      const br = fb.re[j];
      if (!complex) {
        accRe[slot] += ar * br;
      } else {
        const bi = fb.im === null ? 0n : fb.im[j];
        accRe[slot] += ar * br - ai * bi;
        accIm[slot] += ar * bi + ai * br;
      }
    }
  }
  const order = keys.map((_, s) => s).sort((s, t) => codec.compare(keys[t], keys[s]));
  const den = fa.den * fb.den;
  const exps = new Uint32Array(order.length * n);
  const coefs: GaussianRational[] = [];
  let r = 0;
  for (const s of order) {
    const c = gaussianOver(accRe[s], complex ? accIm[s] : 0n, den);
    if (c.isZero()) continue;
    codec.decode(keys[s], exps, r * n);
    coefs.push(c);
    r++;
  }
  return buildPolynomial(vars, exps.subarray(0, r * n), coefs, true);
}
