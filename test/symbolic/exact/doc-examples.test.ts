import { describe, expect, it } from "vitest";
import { absBig, bitLength, gcdBig, isqrtBig, symmetricRemainder } from "../../../src/symbolic/exact/big-integer.js";
import { divideExactWith } from "../../../src/symbolic/exact/divide-exact.js";
import {
  addFractions,
  constantFraction,
  fractionAsPolynomial,
  fractionAsRationalConstant,
  invertFraction,
  multiplyFractions,
  negateFraction,
  normalizeFraction,
  polynomialFraction,
  powerFraction,
} from "../../../src/symbolic/exact/fraction-arithmetic.js";
import { gcdDegreeBounds } from "../../../src/symbolic/exact/gcd-degree-bounds.js";
import { gcdWith } from "../../../src/symbolic/exact/gcd.js";
import { gaussianGcd, heuristicGcd } from "../../../src/symbolic/exact/heuristic-gcd.js";
import {
  DEFAULT_WORK_BUDGET,
  ExponentialPolynomial,
  GaussianRational,
  Polynomial,
  Rational,
  WorkBudgetExceeded,
  WorkMeter,
  cancel,
  divideExact,
  expandToText,
  gcd,
  generatorText,
  lcm,
  normalForm,
  rationalFormText,
  workMeter,
  zeroTest,
} from "../../../src/symbolic/exact/index.js";
import { type MonomialCodec, monomialCodec } from "../../../src/symbolic/exact/monomial-codec.js";
import {
  alignedExponents,
  buildPolynomial,
  columnMaxima,
  compareNames,
  compareRows,
  gaussianOver,
  integerForm,
  mergeVars,
  multiplyPolynomials,
} from "../../../src/symbolic/exact/polynomial.js";
import { degreeModP, gaussianResidue, gcdModP, inverseMod, modularPrime, mulMod, powMod, residue } from "../../../src/symbolic/exact/modular-arithmetic.js";
import { sparseModularGcd } from "../../../src/symbolic/exact/sparse-modular-gcd.js";
import { contentIn, subresultantGcd } from "../../../src/symbolic/exact/subresultant-gcd.js";

const x = Polynomial.generator("x");
const y = Polynomial.generator("y");
const one = Polynomial.one();
const EP = ExponentialPolynomial;
const G = GaussianRational;
const meter = (): WorkMeter => new WorkMeter();
const gcdOf = (p: Polynomial, q: Polynomial): Polynomial => gcd(p, q);
const poly = (text: string): Polynomial => normalForm(text).numerator.asPolynomial() as Polynomial;

/** Every `@example` in the doc comments of src/symbolic/exact/, executed with the value it states. */
describe("doc examples of src/symbolic/exact", () => {
  it.each([
    // big-integer.ts
    ["absBig(-3n)", () => absBig(-3n), 3n],
    ["gcdBig(12n, -18n)", () => gcdBig(12n, -18n), 6n],
    ["bitLength(255n)", () => bitLength(255n), 8],
    ["isqrtBig(99n)", () => isqrtBig(99n), 9n],
    ["symmetricRemainder(7n, 5n), (8n, 5n)", () => [symmetricRemainder(7n, 5n), symmetricRemainder(8n, 5n)], [2n, -2n]],
    // rational.ts
    ["Rational.of(6n, -4n)", () => Rational.of(6n, -4n).toText(), "-3/2"],
    ["Rational.fromInteger(-7)", () => Rational.fromInteger(-7).toText(), "-7"],
    ['Rational.fromDecimalString("-2.5e-3")', () => Rational.fromDecimalString("-2.5e-3").toText(), "-1/400"],
    ["Rational.of(4n, 2n).isInteger", () => Rational.of(4n, 2n).isInteger, true],
    ["1/2 + 1/3", () => Rational.of(1n, 2n).add(Rational.of(1n, 3n)).toText(), "5/6"],
    ["1/2 − 1/3", () => Rational.of(1n, 2n).sub(Rational.of(1n, 3n)).toText(), "1/6"],
    ["2/3 · 3/4", () => Rational.of(2n, 3n).mul(Rational.of(3n, 4n)).toText(), "1/2"],
    ["1/2 ÷ −3/4", () => Rational.of(1n, 2n).div(Rational.of(-3n, 4n)).toText(), "-2/3"],
    ["inverse(−2/3)", () => Rational.of(-2n, 3n).inverse().toText(), "-3/2"],
    ["neg(1/2)", () => Rational.of(1n, 2n).neg().toText(), "-1/2"],
    ["(−2/3)^−3", () => Rational.of(-2n, 3n).pow(-3).toText(), "-27/8"],
    ["compare(1/3, 1/2)", () => Rational.of(1n, 3n).compare(Rational.of(1n, 2n)), -1],
    ["sign(−1/3)", () => Rational.of(-1n, 3n).sign, -1],
    ["isZero(0/5)", () => Rational.of(0n, 5n).isZero(), true],
    ["isOne(3/3)", () => Rational.of(3n, 3n).isOne(), true],
    ["2/4 equals 1/2", () => Rational.of(2n, 4n).equals(Rational.of(1n, 2n)), true],
    ["abs(−1/2)", () => Rational.of(-1n, 2n).abs().toText(), "1/2"],
    ["toText(−1/2)", () => Rational.of(-1n, 2n).toText(), "-1/2"],
    ["String(1/2)", () => String(Rational.of(1n, 2n)), "1/2"],
    ["toNumber(1/3)", () => Rational.of(1n, 3n).toNumber(), 0.3333333333333333],
    // gaussian-rational.ts
    ["real(1/2)", () => G.real(Rational.of(1n, 2n)).toText(), "1/2"],
    ["fromInteger(−3)", () => G.fromInteger(-3).toText(), "-3"],
    ["I.isReal", () => G.I.isReal, false],
    ["1 + i", () => G.ONE.add(G.I).toText(), "(1+i)"],
    ["1 − i", () => G.ONE.sub(G.I).toText(), "(1-i)"],
    ["i · i", () => G.I.mul(G.I).toText(), "-1"],
    ["1 / i", () => G.ONE.div(G.I).toText(), "-i"],
    ["1/(1+i)", () => new G(Rational.ONE, Rational.ONE).inverse().toText(), "(1/2-1/2*i)"],
    ["−i", () => G.I.neg().toText(), "-i"],
    ["conj(1+2i)", () => new G(Rational.ONE, Rational.of(2n)).conj().toText(), "(1-2*i)"],
    ["(1+i)^4", () => new G(Rational.ONE, Rational.ONE).pow(4).toText(), "-4"],
    ["i − i is zero", () => G.I.sub(G.I).isZero(), true],
    ["−(i·i) is one", () => G.I.mul(G.I).neg().isOne(), true],
    ["i·i equals −1", () => G.I.mul(G.I).equals(G.MINUS_ONE), true],
    ["printSign(−i)", () => new G(Rational.ZERO, Rational.MINUS_ONE).printSign, -1],
    ["toText(1/2 + 3i)", () => new G(Rational.of(1n, 2n), Rational.of(3n)).toText(), "(1/2+3*i)"],
    ["String(i)", () => String(G.I), "i"],
    ["toComplex(1/4 − i)", () => new G(Rational.of(1n, 4n), Rational.MINUS_ONE).toComplex(), { re: 0.25, im: -1 }],
    // work-budget.ts
    ["DEFAULT_WORK_BUDGET", () => new WorkMeter().budget === DEFAULT_WORK_BUDGET, true],
    [
      "meter.charge then work",
      () => {
        const m = new WorkMeter({ budget: 10 });
        m.charge("product", 4);
        return m.work;
      },
      4,
    ],
    ["new WorkMeter().work", () => new WorkMeter().work, 0],
    [
      "charge beyond the budget throws",
      () => {
        try {
          new WorkMeter({ budget: 3 }).charge("product", 4);
          return "no error";
        } catch (error) {
          return error instanceof WorkBudgetExceeded;
        }
      },
      true,
    ],
    ["workMeter({ budget: 100 }).budget", () => workMeter({ budget: 100 }).budget, 100],
    // monomial-codec.ts
    ["monomialCodec([2, 3]).encode([1, 2])", () => (monomialCodec([2, 3]) as MonomialCodec<number>).encode(Uint32Array.of(1, 2), 0), 6],
    // polynomial.ts
    ["Polynomial.zero()", () => Polynomial.zero().toText(), "0"],
    ["Polynomial.one()", () => Polynomial.one().toText(), "1"],
    ["Polynomial.constant(−1/2)", () => Polynomial.constant(Rational.of(-1n, 2n)).toText(), "-1/2"],
    ['Polynomial.generator("x")', () => x.toText(), "x"],
    ["Polynomial.sum", () => Polynomial.sum([x, one, x]).toText(), "2*x+1"],
    ["fromCanonical", () => Polynomial.fromCanonical(["x"], Uint32Array.of(1), [G.ONE]).toText(), "x"],
    ["fromTerms 3x^2", () => Polynomial.fromTerms([{ monomial: { x: 2 }, coefficient: G.fromInteger(3) }]).toText(), "3*x^2"],
    ["termCount(x+1)", () => x.add(one).termCount, 2],
    ["isZero(0)", () => Polynomial.constant(0).isZero(), true],
    ["isConstant(x)", () => x.isConstant(), false],
    ["constantValue(3)", () => Polynomial.constant(3).constantValue()?.toText(), "3"],
    ["generators(y·x)", () => y.mul(x).generators(), ["x", "y"]],
    ["leadingCoefficient(2x+1)", () => x.scale(G.fromInteger(2)).add(one).leadingCoefficient().toText(), "2"],
    ["terms(x+1).length", () => x.add(one).terms().length, 2],
    ["x + 1", () => x.add(one).toText(), "x+1"],
    ["x − x", () => x.sub(x).isZero(), true],
    ["−x", () => x.neg().toText(), "-x"],
    ["i·x", () => x.scale(G.I).toText(), "i*x"],
    ["(x−1)(x+1)", () => x.sub(one).mul(x.add(one)).toText(), "x^2-1"],
    ["(x+y)^2", () => x.add(y).pow(2).toText(), "x^2+2*x*y+y^2"],
    ["x+1 equals 1+x", () => x.add(one).equals(one.add(x)), true],
    ["degreeIn(x^3)", () => x.pow(3).degreeIn("x"), 3],
    ["totalDegree(x·y)", () => x.mul(y).totalDegree(), 2],
    ["coefficientsIn x of x^2·y", () => Polynomial.fromTerms([{ monomial: { x: 2, y: 1 }, coefficient: G.ONE }]).coefficientsIn("x").map((c) => c.toText()), ["0", "0", "y"]],
    ["derivative x^3", () => x.pow(3).derivative("x").toText(), "3*x^2"],
    ["substitute x → y+1 in x^2", () => x.pow(2).substitute("x", y.add(one)).toText(), "y^2+2*y+1"],
    ["evaluate x^2 at i", () => x.pow(2).evaluate({ x: { re: 0, im: 1 } }), { re: -1, im: 0 }],
    ["toText (x−1/2)^2", () => x.sub(Polynomial.constant(Rational.of(1n, 2n))).pow(2).toText(), "x^2-x+1/4"],
    ["String(−x)", () => String(x.neg()), "-x"],
    ["compareNames sort", () => ["y", "x", "log(x)"].sort(compareNames), ["log(x)", "x", "y"]],
    ['generatorText("x^(1/3)")', () => generatorText("x^(1/3)"), "(x^(1/3))"],
    ["buildPolynomial x+2y", () => buildPolynomial(["x", "y"], Uint32Array.of(0, 1, 1, 0, 0, 1), [G.ONE, G.ONE, G.ONE], false).toText(), "x+2*y"],
    ["compareRows", () => Math.sign(compareRows(Uint32Array.of(1, 0, 0, 2), 0, Uint32Array.of(1, 0, 0, 2), 1, 2)), 1],
    ["mergeVars", () => mergeVars(["a", "x"], ["b", "x"]), ["a", "b", "x"]],
    ["alignedExponents(y, [x, y])", () => [...alignedExponents(y, ["x", "y"])], [0, 1]],
    ["columnMaxima", () => columnMaxima(Uint32Array.of(2, 0, 1, 3), 2, 2), [2, 3]],
    ["integerForm(x/2 + 1/3)", () => integerForm(poly("x/2 + 1/3")), { re: [3n, 2n], im: null, den: 6n }],
    ["gaussianOver(2, 4, 8)", () => gaussianOver(2n, 4n, 8n).toText(), "(1/4+1/2*i)"],
    ["multiplyPolynomials(x, x)", () => multiplyPolynomials(x, x, meter()).toText(), "x^2"],
    // divide-exact.ts, gcd.ts and its kernels
    ["divideExact(x^2−1, x+1)", () => divideExact(x.pow(2).sub(one), x.add(one))?.toText(), "x-1"],
    ["divideExactWith(x·y, y)", () => divideExactWith(x.mul(y), y, meter())?.toText(), "x"],
    ["gcd(x^2−1, x^2+2x+1)", () => gcd(x.pow(2).sub(one), x.pow(2).add(x.scale(G.fromInteger(2))).add(one)).toText(), "x+1"],
    ["gcdWith(x·y, y)", () => gcdWith(x.mul(y), y, meter()).toText(), "y"],
    ["lcm(x^2−1, x−1)", () => lcm(x.pow(2).sub(one), x.sub(one)).toText(), "x^2-1"],
    ["gcdDegreeBounds(x^2·y − y, x·y + y)", () => gcdDegreeBounds(poly("x^2*y - y"), poly("x*y + y"), ["x", "y"], 2, 1, meter()), [1, 1]],
    ["heuristicGcd(x^2−1, x^2+2x+1)", () => heuristicGcd(poly("x^2-1"), poly("x^2+2*x+1"), ["x"], meter())?.toText(), "x+1"],
    ["gaussianGcd(2, 1+i)", () => gaussianGcd(G.fromInteger(2), new G(Rational.ONE, Rational.ONE)).toText(), "(1+i)"],
    [
      "subresultantGcd(x^2−1, x^2+2x+1) ~ x+1",
      () => {
        const g = subresultantGcd(poly("x^2-1"), poly("x^2+2*x+1"), gcdOf, meter());
        return g.scale(g.leadingCoefficient().inverse()).toText();
      },
      "x+1",
    ],
    [
      "sparseModularGcd(x^2·y − y, x·y + y)",
      () => sparseModularGcd(poly("x^2*y - y"), poly("x*y + y"), ["x", "y"], [1, 1], gcdOf, meter(), 1)?.toText(),
      "x*y+y",
    ],
    // modular-arithmetic.ts
    ["modularPrime(0).p", () => modularPrime(0).p, 67108837],
    ["mulMod(40000000, 3, 67108837)", () => mulMod(40000000, 3, 67108837), 52891163],
    ["powMod(3, 4, 7)", () => powMod(3, 4, 7), 4],
    ["inverseMod(3, 7)", () => inverseMod(3, 7), 5],
    ["residue(-1n, 7)", () => residue(-1n, 7), 6],
    ["gaussianResidue(1 + i, p = 5, r = 2)", () => gaussianResidue(1n, 1n, 1n, 5, 2), 3],
    ["degreeModP([1, 0, 3, 0])", () => degreeModP([1, 0, 3, 0]), 2],
    ["gcdModP(x²+5x+6, x+2) mod 7", () => gcdModP([6, 5, 1], [2, 1], 7), [2, 1]],
    ["contentIn(x·y + y, x)", () => contentIn(poly("x*y + y"), "x", gcdOf).toText(), "y"],
    // exponential-polynomial.ts
    ["EP.zero().isZero()", () => EP.zero().isZero(), true],
    ["EP.one()", () => EP.one().toText(), "1"],
    ["EP.fromPolynomial(x)", () => EP.fromPolynomial(x).toText(), "x"],
    ["EP.exponential(x)", () => EP.exponential(x).toText(), "e^(x)"],
    ["EP.fromTerms e^1", () => EP.fromTerms([{ exponent: one, coefficient: one }]).toText(), "e^(1)"],
    ["EP.sum", () => EP.sum([EP.one(), EP.one(), EP.exponential(x)]).toText(), "e^(x)+2"],
    ["EP.fromSortedTerms([])", () => EP.fromSortedTerms([]).isZero(), true],
    ["terms(e^x + 1).length", () => EP.exponential(x).add(EP.one()).terms().length, 2],
    ["termCount((y+1)e^x)", () => EP.exponential(x, y.add(one)).termCount, 2],
    ["EP.one().isZero()", () => EP.one().isZero(), false],
    ["asPolynomial(e^x)", () => EP.exponential(x).asPolynomial(), undefined],
    ["generators(y·e^x)", () => EP.exponential(x, y).generators(), ["x", "y"]],
    ["coefficientGenerators(y·e^x)", () => EP.exponential(x, y).coefficientGenerators(), ["y"]],
    ["e^x + 1", () => EP.exponential(x).add(EP.one()).toText(), "e^(x)+1"],
    ["e^x − e^x", () => EP.exponential(x).sub(EP.exponential(x)).isZero(), true],
    ["−1", () => EP.one().neg().toText(), "-1"],
    ["2·e^x", () => EP.exponential(x).scale(Polynomial.constant(2)).toText(), "2*e^(x)"],
    ["e^x·e^(−x)", () => EP.exponential(x).mul(EP.exponential(x.neg())).toText(), "1"],
    ["(e^x + 1)^2", () => EP.exponential(x).add(EP.one()).pow(2).toText(), "e^(2*x)+2*e^(x)+1"],
    ["1 equals 1", () => EP.one().equals(EP.fromPolynomial(one)), true],
    ["e^x at 0", () => EP.exponential(x).evaluate({ x: { re: 0, im: 0 } }), { re: 1, im: 0 }],
    ["toText −2e^(−x) + 1", () => EP.exponential(x.neg(), Polynomial.constant(-2)).add(EP.one()).toText(), "-2*e^(-x)+1"],
    ["String(1)", () => String(EP.one()), "1"],
    // fraction-arithmetic.ts
    ["constantFraction(i)", () => constantFraction(G.I).num.toText(), "i"],
    ["polynomialFraction(x).den", () => polynomialFraction(x).den.toText(), "1"],
    ["normalizeFraction(1, e^x)", () => normalizeFraction(EP.one(), EP.exponential(x), meter()).num.toText(), "e^(-x)"],
    [
      "addFractions(1/(x+1), 1/(x+1))",
      () => {
        const inverse = invertFraction(polynomialFraction(x.add(one)), meter());
        if (inverse === undefined) return undefined;
        const sum = addFractions(inverse, inverse, false, meter());
        return [sum.num.toText(), sum.den.toText()];
      },
      ["2", "x+1"],
    ],
    [
      "multiplyFractions(x^2−1, 1/(x−1))",
      () => {
        const product = multiplyFractions(polynomialFraction(poly("x^2-1")), invertFraction(polynomialFraction(poly("x-1")), meter()) ?? polynomialFraction(one), meter());
        return [product.num.toText(), product.den.toText()];
      },
      ["x+1", "1"],
    ],
    ["invertFraction(0)", () => invertFraction(polynomialFraction(Polynomial.zero()), meter()), undefined],
    ["powerFraction(x, −2).den", () => powerFraction(polynomialFraction(x), -2, meter())?.den.toText(), "x^2"],
    ["negateFraction(x)", () => negateFraction(polynomialFraction(x)).num.toText(), "-x"],
    ["fractionAsPolynomial(x)", () => fractionAsPolynomial(polynomialFraction(x))?.toText(), "x"],
    ["fractionAsRationalConstant(i)", () => fractionAsRationalConstant(constantFraction(G.I))?.toText(), "i"],
    // normal-form.ts and its helpers
    ['normalForm("1/(1+x) + x/(1+x)").numerator', () => normalForm("1/(1+x) + x/(1+x)").numerator.toText(), "x+1"],
    ['zeroTest("sin(x)^2 + cos(x)^2 - 1").verdict', () => zeroTest("sin(x)^2 + cos(x)^2 - 1").verdict, "zero"],
    ['expandToText("(x+1)^3")', () => expandToText("(x+1)^3"), "x^3+3*x^2+3*x+1"],
    [
      'rationalFormText("(x+1)/(x-1) + 1/y")',
      () => {
        const r = rationalFormText("(x+1)/(x-1) + 1/y");
        return [r.numerator, r.denominator, r.terms];
      },
      ["x*y+x+y-1", "x*y-y", 6],
    ],
    ['cancel(normalForm("(x^2-1)/(1-x)")).numerator', () => cancel(normalForm("(x^2-1)/(1-x)")).numerator.toText(), "-x-1"],
  ] as const)("%s", (_, run, expected) => {
    expect((run as () => unknown)()).toEqual(expected);
  });
});
