import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { seededRandom } from "../../../src/numerics/random.js";
import { ExponentialPolynomial, GaussianRational, Polynomial, Rational } from "../../../src/symbolic/exact/index.js";
import { math } from "../../../src/symbolic/syntax-tree.js";
import { complexValue } from "./complex-value.js";

const nerdamer = createRequire(import.meta.url)("nerdamer-prime/all") as (text: string) => { toString(): string };

const x = Polynomial.generator("x");
const y = Polynomial.generator("y");
const exp = (e: Polynomial, c: Polynomial = Polynomial.one()): ExponentialPolynomial => ExponentialPolynomial.exponential(e, c);
const poly = (p: Polynomial): ExponentialPolynomial => ExponentialPolynomial.fromPolynomial(p);
const one = ExponentialPolynomial.one();
const ix = x.scale(GaussianRational.I);

describe("ExponentialPolynomial: products add exponents, sums collect them", () => {
  it.each([
    ["e^x·e^(−x)", "1", () => exp(x).mul(exp(x.neg()))],
    ["e^x·e^y − e^(x+y)", "0", () => exp(x).mul(exp(y)).sub(exp(x.add(y)))],
    ["(e^x + 1)^2", "e^(2*x)+2*e^(x)+1", () => exp(x).add(one).pow(2)],
    ["(e^(ix) + e^(−ix))^2", "e^(-2*i*x)+e^(2*i*x)+2", () => exp(ix).add(exp(ix.neg())).pow(2)],
    ["x·e^x − e^x·x", "0", () => exp(x, x).sub(exp(x).mul(poly(x)))],
    ["(x+1)·e^x", "(x+1)*e^(x)", () => exp(x).mul(poly(x.add(Polynomial.one())))],
    ["−2·e^(−x) + 1", "-2*e^(-x)+1", () => exp(x.neg(), Polynomial.constant(-2)).add(one)],
    ["(e^x)^3", "e^(3*x)", () => exp(x).pow(3)],
    ["e^(1)·e^(−1)", "1", () => exp(Polynomial.one()).mul(exp(Polynomial.constant(-1)))],
  ])("%s = %s", (_label, expected, compute) => {
    expect(compute().toText()).toBe(expected);
  });

  it.each([
    ["e^x − e^(2x)", exp(x).sub(exp(x.scale(GaussianRational.fromInteger(2)))), false],
    ["e^x − e^x", exp(x).sub(exp(x)), true],
    ["e·e^x − e^(x+1)", exp(Polynomial.one()).mul(exp(x)).sub(exp(x.add(Polynomial.one()))), true],
    ["e^x − x·e^x", exp(x).sub(exp(x, x)), false],
  ])("isZero(%s) = %s", (_label, value, zero) => {
    expect(value.isZero()).toBe(zero);
  });

  it("generators, asPolynomial, termCount", () => {
    const value = exp(x, y).add(poly(x.add(y)));
    expect(value.generators()).toEqual(["x", "y"]);
    expect(value.asPolynomial()).toBeUndefined();
    expect(value.termCount).toBe(3);
    expect(poly(x).asPolynomial()?.toText()).toBe("x");
  });

  it("evaluate: e^(ix) at x = π/2 is i", () => {
    const v = exp(ix).evaluate({ x: { re: Math.PI / 2, im: 0 } });
    expect(Math.hypot(v.re - 0, v.im - 1)).toBeLessThan(1e-15);
  });

  const printed: [string, ExponentialPolynomial, string][] = [
    ["(x+1/2)·e^(ix) − 3·e^(−y) + x^2", exp(ix, x.add(Polynomial.constant(Rational.of(1n, 2n)))).sub(exp(y.neg(), Polynomial.constant(3))).add(poly(x.pow(2))), "(x+1/2)*exp(i*x)-3*exp(-y)+x^2"],
    ["−i·x·e^(2x+y)", exp(x.scale(GaussianRational.fromInteger(2)).add(y), ix.neg()), "-i*x*exp(2*x+y)"],
  ];

  it.each(printed)("toText of %s round-trips through mathjs", (_label, value) => {
    const random = seededRandom(3);
    const compiled = math.compile(value.toText());
    for (let k = 0; k < 6; k++) {
      const xv = { re: random.uniform(-2, 2), im: random.uniform(-1, 1) };
      const yv = { re: random.uniform(-2, 2), im: random.uniform(-1, 1) };
      const expected = value.evaluate({ x: xv, y: yv });
      const actual = complexValue(compiled.evaluate({ x: math.complex(xv.re, xv.im), y: math.complex(yv.re, yv.im) }));
      const error = Math.hypot(actual.re - expected.re, actual.im - expected.im);
      expect(error, `${value.toText()} at x=${xv.re}+${xv.im}i`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.hypot(expected.re, expected.im)));
    }
  });

  it.each(printed)("toText of %s round-trips through nerdamer", (_label, value, reference) => {
    expect(nerdamer(`expand((${value.toText()})-(${reference}))`).toString()).toBe("0");
  });
});
