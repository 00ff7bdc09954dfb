import type { MathNode } from "mathjs";
import { SymbolicError } from "../../core/errors.js";
import { parseTree } from "../syntax-tree.js";
import { divideExactWith } from "./divide-exact.js";
import { ExponentialPolynomial } from "./exponential-polynomial.js";
import {
  type Fraction,
  addFractions,
  constantFraction,
  fractionAsPolynomial,
  fractionAsRationalConstant,
  invertFraction,
  multiplyFractions,
  normalizeFraction,
  polynomialFraction,
  powerFraction,
} from "./fraction-arithmetic.js";
import { GaussianRational } from "./gaussian-rational.js";
import { gcdWith } from "./gcd.js";
import { Polynomial, generatorText } from "./polynomial.js";
import { Rational } from "./rational.js";
import { type WorkLimit, type WorkMeter, workMeter } from "./work-budget.js";

/** An expression as a fraction of exponential polynomials, with its opaque atoms. */
export interface ExactFraction {
  readonly numerator: ExponentialPolynomial;
  readonly denominator: ExponentialPolynomial;
  /**
   * The opaque atoms among the generators: key → canonical text. The key is itself the
   * canonical text (what toText() prints), e.g. "log(x+1)", "sqrt(x)", "pi".
   */
  readonly atoms: ReadonlyMap<string, string>;
}

/** {@link normalForm}'s result: the fraction and the work it took. */
export interface NormalForm extends ExactFraction {
  /** Coefficient operations charged by this call. */
  readonly work: number;
}

/** Functions rewritten as fractions of exponentials: name → (E, F) ↦ [numerator, denominator] with E = e^{kz}, F = e^{−kz}. */
const EXPONENTIAL_FORMS: Readonly<Record<string, { readonly imaginary: boolean; readonly form: (e: Fraction, f: Fraction, sum: Fraction, difference: Fraction) => [Fraction, Fraction] }>> = {
  sin: { imaginary: true, form: (_e, _f, _s, d) => [d, constantFraction(new GaussianRational(Rational.ZERO, Rational.fromInteger(2)))] },
  cos: { imaginary: true, form: (_e, _f, s) => [s, constantFraction(GaussianRational.fromInteger(2))] },
  tan: { imaginary: true, form: (_e, _f, s, d) => [d, multiplyConstant(s, GaussianRational.I)] },
  cot: { imaginary: true, form: (_e, _f, s, d) => [multiplyConstant(s, GaussianRational.I), d] },
  sec: { imaginary: true, form: (_e, _f, s) => [constantFraction(GaussianRational.fromInteger(2)), s] },
  csc: { imaginary: true, form: (_e, _f, _s, d) => [constantFraction(new GaussianRational(Rational.ZERO, Rational.fromInteger(2))), d] },
  sinh: { imaginary: false, form: (_e, _f, _s, d) => [d, constantFraction(GaussianRational.fromInteger(2))] },
  cosh: { imaginary: false, form: (_e, _f, s) => [s, constantFraction(GaussianRational.fromInteger(2))] },
  tanh: { imaginary: false, form: (_e, _f, s, d) => [d, s] },
  coth: { imaginary: false, form: (_e, _f, s, d) => [s, d] },
  sech: { imaginary: false, form: (_e, _f, s) => [constantFraction(GaussianRational.fromInteger(2)), s] },
  csch: { imaginary: false, form: (_e, _f, _s, d) => [constantFraction(GaussianRational.fromInteger(2)), d] },
};

const UNSUPPORTED_SYMBOLS = new Set(["Infinity", "NaN", "undefined", "null", "true", "false"]);
/** Numeric literals of 16+ digits: mathjs would round them to doubles, so their text is kept aside. */
const LONG_LITERAL = /(?<![\w.])(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?(?![\w.])/g;
const LITERAL_PREFIX = "qthermExactLiteral";

/**
 * Reads an expression (nerdamer/mathjs syntax) into an exact fraction N/D of exponential
 * polynomials (not necessarily in lowest terms).
 *
 * Rules: numbers exact (decimals such as 0.1 are 1/10; literals of 16+ digits are read
 * from their text); `i` is the coefficient i; `e^(z)`, `exp(z)` and a bare `e` become
 * e^{z} when the normal form of z is an atom-free polynomial; sin, cos, tan, cot, sec,
 * csc and their hyperbolic versions become fractions of e^{±iz} (e^{±z}) under the same
 * condition — sin z = (e^{iz} − e^{−iz})/(2i), tan z = (e^{iz} − e^{−iz})/(i(e^{iz} + e^{−iz})),
 * …; integer powers (negative: into the denominator); a rational power b^(p/q) is
 * (b^(1/q))^p with the root b^(1/q) an atom (sqrt(b) for q = 2, so sqrt(x) and x^(1/2)
 * and x^0.5 are the same atom). Everything else — other powers, log, atan, abs, unknown
 * functions, `pi`, functions whose argument is not an atom-free polynomial — is an opaque
 * ATOM: a generator whose key is canonical text built from the normal forms of its
 * arguments (polynomial fractions reduced by their gcd, denominator monic), so
 * log(1+x) and log(x+1) are the same atom.
 * Throws SymbolicError for text that mathjs cannot parse, unsupported syntax (Infinity,
 * strings, matrices, comparisons, assignments), a division by an identically zero
 * expression or an integer exponent beyond 2^53; WorkBudgetExceeded when the budget is
 * exhausted.
 * @example normalForm("1/(1+x) + x/(1+x)").numerator.toText() // "x+1"
 */
export function normalForm(text: string, limit?: WorkLimit): NormalForm {
  const meter = workMeter(limit, text);
  const start = meter.work;
  const reader = new Reader(text, meter);
  const result = reader.read();
  return { numerator: result.num, denominator: result.den, atoms: reader.atoms, work: meter.work - start };
}

class Reader {
  readonly atoms = new Map<string, string>();
  private readonly literals: string[] = [];

  constructor(
    private readonly text: string,
    private readonly meter: WorkMeter,
  ) {}

  read(): Fraction {
    const protectedText = this.text.replace(LONG_LITERAL, (literal) => {
      if (literal.replace(/[^0-9]/g, "").length < 16 || /[eE]/.test(literal)) return literal;
      return ` ${LITERAL_PREFIX}${this.literals.push(literal) - 1} `;
    });
    return this.visit(parseTree("normal form", protectedText));
  }

  private fail(detail: string): never {
    throw new SymbolicError("normal form", this.text, detail);
  }

  private visit(node: MathNode): Fraction {
    switch (node.type) {
      case "ParenthesisNode":
        return this.visit((node as unknown as { content: MathNode }).content);
      case "ConstantNode":
        return this.constant((node as unknown as { value: unknown }).value);
      case "SymbolNode":
        return this.symbol((node as unknown as { name: string }).name);
      case "OperatorNode":
        return this.operator(node as unknown as { op: string; fn: string; args: MathNode[] });
      case "FunctionNode":
        return this.call(node as unknown as { fn: MathNode; args: MathNode[] });
      default:
        return this.fail(`unsupported syntax: ${node.type} '${node.toString()}'`);
    }
  }

  private constant(value: unknown): Fraction {
    if (typeof value !== "number" || !Number.isFinite(value)) this.fail(`unsupported constant ${String(value)}`);
    return constantFraction(GaussianRational.real(Rational.fromDecimalString(String(value))));
  }

  private symbol(name: string): Fraction {
    if (name === "e") return this.exponential(polynomialFraction(Polynomial.one()));
    if (name === "i") return constantFraction(GaussianRational.I);
    if (name === "pi") return this.atom("pi");
    if (UNSUPPORTED_SYMBOLS.has(name)) this.fail(`unsupported constant ${name}`);
    if (name.startsWith(LITERAL_PREFIX)) {
      const literal = this.literals[Number(name.slice(LITERAL_PREFIX.length))];
      if (literal !== undefined) return constantFraction(GaussianRational.real(Rational.fromDecimalString(literal)));
    }
    return polynomialFraction(Polynomial.generator(name));
  }

  private operator(node: { op: string; fn: string; args: MathNode[] }): Fraction {
    const { op, args } = node;
    if (op === "+" || op === "-") return this.sum(node as unknown as MathNode);
    if ((op === "*" || op === "/") && args.length >= 2) return this.product(node as unknown as MathNode);
    if (op === "^" && args.length === 2) return this.power(args[0], args[1]);
    if (op === "!" && args.length === 1) return this.atom(`factorial(${this.argumentText(this.visit(args[0]))})`);
    return this.fail(`unsupported operator '${op}'`);
  }

  /**
   * A chain of + and − (and unary signs), flattened without recursion along it (long
   * sums are deep trees); summands over the same denominator are added in one batch.
   */
  private sum(root: MathNode): Fraction {
    const summands: { node: MathNode; negative: boolean }[] = [];
    const stack: { node: MathNode; negative: boolean }[] = [{ node: root, negative: false }];
    while (stack.length > 0) {
      const { node, negative } = stack.pop() as { node: MathNode; negative: boolean };
      const inner = unwrap(node);
      const { op, args } = inner as unknown as { op?: string; args?: MathNode[] };
      if (inner.type === "OperatorNode" && (op === "+" || op === "-") && args !== undefined) {
        if (args.length === 1) stack.push({ node: args[0], negative: op === "-" ? !negative : negative });
        else {
          for (let k = args.length - 1; k >= 1; k--) stack.push({ node: args[k], negative: op === "-" ? !negative : negative });
          stack.push({ node: args[0], negative });
        }
      } else summands.push({ node: inner, negative });
    }
    // group by denominator: one batched numerator sum per group, then the groups added pairwise
    const groups = new Map<string, { den: ExponentialPolynomial; nums: ExponentialPolynomial[] }>();
    for (const { node, negative } of summands) {
      const value = this.visit(node);
      if (value.num.isZero()) continue;
      const key = value.den.toText();
      const num = negative ? value.num.neg() : value.num;
      const group = groups.get(key);
      if (group === undefined) groups.set(key, { den: value.den, nums: [num] });
      else group.nums.push(num);
    }
    let result: Fraction = { num: ExponentialPolynomial.zero(), den: ExponentialPolynomial.one() };
    for (const { den, nums } of groups.values()) {
      result = addFractions(result, normalizeFraction(ExponentialPolynomial.sum(nums), den, this.meter), false, this.meter);
    }
    return result;
  }

  /** A chain of * and / (explicit or implicit), flattened without recursion along it. */
  private product(root: MathNode): Fraction {
    const factors: { node: MathNode; inverted: boolean }[] = [];
    const stack: { node: MathNode; inverted: boolean }[] = [{ node: root, inverted: false }];
    while (stack.length > 0) {
      const { node, inverted } = stack.pop() as { node: MathNode; inverted: boolean };
      const inner = unwrap(node);
      const { op, args } = inner as unknown as { op?: string; args?: MathNode[] };
      if (inner.type === "OperatorNode" && (op === "*" || op === "/") && args !== undefined && args.length >= 2) {
        for (let k = args.length - 1; k >= 1; k--) stack.push({ node: args[k], inverted: op === "/" ? !inverted : inverted });
        stack.push({ node: args[0], inverted });
      } else factors.push({ node: inner, inverted });
    }
    let result: Fraction = { num: ExponentialPolynomial.one(), den: ExponentialPolynomial.one() };
    for (const { node, inverted } of factors) {
      const value = this.visit(node);
      result = multiplyFractions(result, inverted ? this.inverse(value, node) : value, this.meter);
    }
    return result;
  }

  private inverse(value: Fraction, node: MathNode): Fraction {
    const inverse = invertFraction(value, this.meter);
    if (inverse === undefined) this.fail(`division by '${node.toString()}', which is identically 0`);
    return inverse;
  }

  private power(baseNode: MathNode, exponentNode: MathNode): Fraction {
    const exponent = this.visit(exponentNode);
    if (unwrap(baseNode).type === "SymbolNode" && (unwrap(baseNode) as unknown as { name: string }).name === "e") return this.exponential(exponent);
    const base = this.visit(baseNode);
    const q = fractionAsRationalConstant(exponent);
    if (q !== undefined && q.isReal) {
      const { num, den } = q.re;
      if (den === 1n) return this.integerPower(base, num, baseNode);
      const root = den === 2n ? this.atom(`sqrt(${this.argumentText(base)})`) : this.atom(`${generatorText(this.argumentText(base))}^(1/${den})`);
      return this.integerPower(root, num, baseNode);
    }
    return this.atom(`${generatorText(this.argumentText(base))}^(${this.argumentText(exponent)})`);
  }

  private integerPower(base: Fraction, k: bigint, baseNode: MathNode): Fraction {
    if (k > 9007199254740991n || k < -9007199254740991n) this.fail(`the integer exponent ${k} is beyond 2^53`);
    const result = powerFraction(base, Number(k), this.meter);
    if (result === undefined) this.fail(`negative power of '${baseNode.toString()}', which is identically 0`);
    return result;
  }

  private call(node: { fn: MathNode; args: MathNode[] }): Fraction {
    if (node.fn.type !== "SymbolNode") this.fail(`unsupported call of '${node.fn.toString()}'`);
    const name = (node.fn as unknown as { name: string }).name;
    const args = node.args.map((arg) => this.visit(arg));
    if (name === "exp" && args.length === 1) return this.exponential(args[0]);
    if (name === "sqrt" && args.length === 1) return this.atom(`sqrt(${this.argumentText(args[0])})`);
    const rewrite = EXPONENTIAL_FORMS[name];
    if (rewrite !== undefined && args.length === 1) {
      const z = this.atomFreePolynomial(args[0]);
      if (z !== undefined) {
        const exponent = rewrite.imaginary ? z.scale(GaussianRational.I) : z;
        const e = this.exponentialTerm(exponent);
        const f = this.exponentialTerm(exponent.neg());
        const sum = addFractions(e, f, false, this.meter);
        const difference = addFractions(e, f, true, this.meter);
        const [numerator, denominator] = rewrite.form(e, f, sum, difference);
        return multiplyFractions(numerator, this.inverse(denominator, node as unknown as MathNode), this.meter);
      }
    }
    return this.atom(`${name}(${args.map((a) => this.argumentText(a)).join(",")})`);
  }

  /** e^z: an exponential when z is an atom-free polynomial, else the atom exp(z). */
  private exponential(z: Fraction): Fraction {
    const polynomial = this.atomFreePolynomial(z);
    return polynomial !== undefined ? this.exponentialTerm(polynomial) : this.atom(`exp(${this.argumentText(z)})`);
  }

  private exponentialTerm(exponent: Polynomial): Fraction {
    return { num: ExponentialPolynomial.exponential(exponent), den: ExponentialPolynomial.one() };
  }

  private atomFreePolynomial(z: Fraction): Polynomial | undefined {
    const p = fractionAsPolynomial(z);
    if (p === undefined || p.vars.some((name) => this.atoms.has(name))) return undefined;
    return p;
  }

  private atom(key: string): Fraction {
    this.atoms.set(key, key);
    return polynomialFraction(Polynomial.generator(key));
  }

  /**
   * Canonical text of an atom's argument: a polynomial fraction reduced by its gcd with a
   * monic denominator; otherwise N or (N)/(D) as they are.
   */
  private argumentText(f: Fraction): string {
    if (f.den.equals(ExponentialPolynomial.one())) return f.num.toText();
    const n = f.num.asPolynomial();
    const d = f.den.asPolynomial();
    if (n === undefined || d === undefined) return `(${f.num.toText()})/(${f.den.toText()})`;
    const g = gcdWith(n, d, this.meter);
    let reducedN = g.isConstant() ? n : (divideExactWith(n, g, this.meter) as Polynomial);
    let reducedD = g.isConstant() ? d : (divideExactWith(d, g, this.meter) as Polynomial);
    const lead = reducedD.leadingCoefficient();
    if (!lead.isOne()) {
      reducedN = reducedN.scale(lead.inverse());
      reducedD = reducedD.scale(lead.inverse());
    }
    return reducedD.isConstant() ? reducedN.toText() : `(${reducedN.toText()})/(${reducedD.toText()})`;
  }
}

function multiplyConstant(f: Fraction, c: GaussianRational): Fraction {
  return { num: f.num.scale(Polynomial.constant(c)), den: f.den };
}

function unwrap(node: MathNode): MathNode {
  let current = node;
  while (current.type === "ParenthesisNode") current = (current as unknown as { content: MathNode }).content;
  return current;
}
