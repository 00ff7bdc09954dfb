import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { ParameterError } from "../../../src/core/errors.js";
import { seededRandom } from "../../../src/numerics/random.js";
import { GaussianRational, Polynomial, Rational, divideExact, gcd, lcm, normalForm } from "../../../src/symbolic/exact/index.js";
import { math } from "../../../src/symbolic/syntax-tree.js";
import { complexValue } from "./complex-value.js";

const nerdamer = createRequire(import.meta.url)("nerdamer-prime/all") as (text: string) => { toString(): string };

const x = Polynomial.generator("x");
const y = Polynomial.generator("y");
const one = Polynomial.one();
const c = (n: number): Polynomial => Polynomial.constant(n);
const half = Polynomial.constant(Rational.of(1n, 2n));
const i = Polynomial.constant(GaussianRational.I);
/** A polynomial from text, read by the exact normal form (tests below check that reader separately). */
function poly(text: string): Polynomial {
  const form = normalForm(text);
  const p = form.numerator.asPolynomial();
  if (p === undefined || !form.denominator.equals(normalForm("1").numerator)) throw new Error(`${text} is not a polynomial`);
  return p;
}

describe("Polynomial: products and powers against hand-checked results", () => {
  it.each([
    ["(x+y)^2", "x^2+2*x*y+y^2", () => x.add(y).pow(2)],
    ["(x−1)(x+1)", "x^2-1", () => x.sub(one).mul(x.add(one))],
    ["(x−1/2)^2", "x^2-x+1/4", () => x.sub(half).pow(2)],
    ["(x+i)(x−i)", "x^2+1", () => x.add(i).mul(x.sub(i))],
    ["(1+i·x)^2", "-x^2+2*i*x+1", () => one.add(i.mul(x)).pow(2)],
    ["(x+y) − (y+x)", "0", () => x.add(y).sub(y.add(x))],
    ["(2x)^3", "8*x^3", () => x.scale(GaussianRational.fromInteger(2)).pow(3)],
    ["(x−y)(x^2+xy+y^2)", "x^3-y^3", () => x.sub(y).mul(x.pow(2).add(x.mul(y)).add(y.pow(2)))],
    ["(x+1)^0", "1", () => x.add(one).pow(0)],
    ["0·(x+1)", "0", () => Polynomial.zero().mul(x.add(one))],
    ["(y+x)·x (generators merged and sorted)", "x^2+x*y", () => y.add(x).mul(x)],
  ])("%s = %s", (_label, expected, compute) => {
    expect(compute().toText()).toBe(expected);
  });

  it("(a+b+c)^3 has 10 terms with the multinomial coefficients", () => {
    const p = poly("(a+b+c)^3");
    expect(p.termCount).toBe(10);
    expect(p.toText()).toBe("a^3+3*a^2*b+3*a^2*c+3*a*b^2+6*a*b*c+3*a*c^2+b^3+3*b^2*c+3*b*c^2+c^3");
  });

  it("pow rejects a negative or fractional exponent", () => {
    expect(() => x.pow(-1)).toThrow(ParameterError);
    expect(() => x.pow(1.5)).toThrow(ParameterError);
  });

  it("generator rejects names that text would read as constants", () => {
    for (const name of ["e", "i", "Infinity", ""]) expect(() => Polynomial.generator(name)).toThrow(ParameterError);
  });
});

describe("Polynomial: structure", () => {
  const p = poly("3*x^2*y - x*y^2 + 5*y - 7");
  it("generators, termCount, degreeIn, totalDegree, leadingCoefficient", () => {
    expect(p.generators()).toEqual(["x", "y"]);
    expect(p.termCount).toBe(4);
    expect([p.degreeIn("x"), p.degreeIn("y"), p.degreeIn("z")]).toEqual([2, 2, 0]);
    expect(Polynomial.zero().degreeIn("x")).toBe(-1);
    expect(p.totalDegree()).toBe(3);
    expect(p.leadingCoefficient().toText()).toBe("3");
  });

  it("coefficientsIn(x): index = power of x", () => {
    expect(p.coefficientsIn("x").map((q) => q.toText())).toEqual(["5*y-7", "-y^2", "3*y"]);
    expect(p.coefficientsIn("z").map((q) => q.toText())).toEqual([p.toText()]);
  });

  it.each([
    ["x", "6*x*y-y^2"],
    ["y", "3*x^2-2*x*y+5"],
    ["z", "0"],
  ])("derivative in %s = %s", (g, expected) => {
    expect(p.derivative(g).toText()).toBe(expected);
  });

  it.each([
    ["x → y+1", "x", poly("y+1"), "2*y^3+5*y^2+8*y-7"],
    ["y → 0", "y", Polynomial.zero(), "-7"],
    ["x → x (identity)", "x", x, p.toText()],
    ["z → 2 (absent)", "z", c(2), p.toText()],
  ])("substitute %s", (_label, g, value, expected) => {
    expect(p.substitute(g, value).toText()).toBe(expected);
  });

  it("evaluate at a complex point", () => {
    // x = i, y = 2: 3·(−1)·2 − i·4 + 10 − 7 = −3 − 4i
    const v = p.evaluate({ x: { re: 0, im: 1 }, y: { re: 2, im: 0 } });
    expect(v).toEqual({ re: -3, im: -4 });
    expect(() => p.evaluate({ x: { re: 1, im: 0 } })).toThrow(ParameterError);
  });

  it("equals is exact and independent of construction order", () => {
    expect(poly("(x+1)*(y-1)").equals(poly("x*y - x + y - 1"))).toBe(true);
    expect(poly("(x+1)*(y-1)").equals(poly("x*y - x + y + 1"))).toBe(false);
  });
});

describe("divideExact", () => {
  it.each([
    ["(x^2−1)/(x+1)", "x-1", "x^2-1", "x+1"],
    ["(x^3·y − x·y^3)/(x−y)", "x^2*y+x*y^2", "x^3*y - x*y^3", "x-y"],
    ["x^2·y/(x·y)", "x", "x^2*y", "x*y"],
    ["(x^2+2x+1)/2", "1/2*x^2+x+1/2", "x^2+2*x+1", "2"],
    ["((a+b+c)^3)/(a+b+c)", "a^2+2*a*b+2*a*c+b^2+2*b*c+c^2", "(a+b+c)^3", "a+b+c"],
    ["((x−i)(x+2))/(x−i)", "x+2", "(x-i)*(x+2)", "x-i"],
    ["0/(x+1)", "0", "0", "x+1"],
  ])("%s = %s", (_label, expected, a, b) => {
    expect(divideExact(poly(a), poly(b))?.toText()).toBe(expected);
  });

  it.each([
    ["(x^2+1)/(x+1)", "x^2+1", "x+1"],
    ["x/y", "x", "y"],
    ["(x+1)/(x^2)", "x+1", "x^2"],
    ["(x^2·y+1)/(x·y)", "x^2*y+1", "x*y"],
    ["((x+1)^2·(y−2) + 1)/(x+1)", "(x+1)^2*(y-2) + 1", "x+1"],
  ])("%s does not divide: undefined", (_label, a, b) => {
    expect(divideExact(poly(a), poly(b))).toBeUndefined();
  });

  it("divideExact(a·b, b) = a on a 3-variable product", () => {
    const a = poly("(x+2*y-z)^3 + x*y*z - 4");
    const b = poly("x^2 - y*z + 3*z + 1/3");
    expect(divideExact(a.mul(b), b)?.equals(a)).toBe(true);
  });

  it("division by the zero polynomial throws ParameterError", () => {
    expect(() => divideExact(x, Polynomial.zero())).toThrow(ParameterError);
  });
});

describe("gcd (leading coefficient 1 in the lexicographic term order)", () => {
  it.each([
    ["gcd((x+1)^2(y−2), (x+1)(y−2)^3)", "x*y-2*x+y-2", "(x+1)^2*(y-2)", "(x+1)*(y-2)^3"],
    ["coprime: gcd(x+1, y−1)", "1", "x+1", "y-1"],
    ["coprime: gcd(x^2+y^2+1, x^2−y)", "1", "x^2+y^2+1", "x^2-y"],
    ["gcd(x^2−1, x^2+2x+1)", "x+1", "x^2-1", "x^2+2*x+1"],
    ["gcd(6x^2−6, 4x−4) (constants dropped)", "x-1", "6*x^2-6", "4*x-4"],
    ["gcd(x^2·y, x·y^3) (monomials)", "x*y", "x^2*y", "x*y^3"],
    ["gcd(x^2·y + x·y, x·y^2)", "x*y", "x^2*y + x*y", "x*y^2"],
    ["Q(i): gcd((x−i)(x+2), (x−i)(x−3))", "x-i", "(x-i)*(x+2)", "(x-i)*(x-3)"],
    ["Q(i): gcd(x^2+1, x−i)", "x-i", "x^2+1", "x-i"],
    ["rational: gcd((x−1/2)(y+1/3), (2x−1)^2)", "x-1/2", "(x-1/2)*(y+1/3)", "(2*x-1)^2"],
    ["gcd(0, 2x+2)", "x+1", "0", "2*x+2"],
    ["gcd(x+1, 3)", "1", "x+1", "3"],
    ["gcd(p, p)", "x*y+2", "2*x*y + 4", "2*x*y + 4"],
  ])("%s = %s", (_label, expected, a, b) => {
    expect(gcd(poly(a), poly(b)).toText()).toBe(expected);
  });

  it("a gcd in 4 variables with degree 3", () => {
    const f = poly("a^2*b + c*d^2 - 3*a + 1");
    const g = poly("(a + b + c + d)^2 + 1");
    const h = poly("a*c - b*d + 2");
    const result = gcd(f.mul(g), f.mul(h));
    expect(result.toText()).toBe(f.toText());
    expect(result.totalDegree()).toBe(3);
  });

  it("a gcd in 4 variables with complex coefficients", () => {
    const f = poly("a*b - i*c*d + 2");
    const g = poly("(a - i*b + c)^2 + d");
    const h = poly("a*c + i*b*d - 1");
    expect(gcd(f.mul(g), f.mul(h)).toText()).toBe(f.toText());
  });

  it("a gcd in 12 variables (a sparse common factor of multilinear-like polynomials)", () => {
    const f = poly("k1*k2*k3 + k4*k5 - 2*k6*k7*k8 + k9 - k10*k11*k12 + 3");
    const g = poly("k1*k4*k7 + k2*k5*k8 - k3*k6*k9 + k10 + k11*k12 - 1");
    const h = poly("k1*k12 - k2*k11 + k3*k10 - k4*k9 + 5*k5*k8 + k6*k7");
    expect(gcd(f.mul(g), f.mul(h)).toText()).toBe(f.toText());
    expect(gcd(g, h).toText()).toBe("1");
  });

  it("lcm(x^2−1, x−1) = x^2−1, lcm(x, y) = x·y", () => {
    expect(lcm(poly("x^2-1"), poly("x-1")).toText()).toBe("x^2-1");
    expect(lcm(x, y).toText()).toBe("x*y");
  });
});

describe("toText round-trips through mathjs and nerdamer", () => {
  /** [label, polynomial, an independent text of the same polynomial for nerdamer (null: not a nerdamer polynomial)] */
  const cases: [string, Polynomial, string | null][] = [
    ["(x + 1/2·y − i)^3", x.add(y.mul(half)).sub(i).pow(3), "(x+1/2*y-i)^3"],
    ["(a+b+c)^3", poly("(a+b+c)^3"), "(a+b+c)^3"],
    ["−x^2 + 1 (leading minus before a power)", x.pow(2).neg().add(one), "1-x^2"],
    ["(1/3 − 2i)·x·y^2 − 7/5", poly("(1/3 - 2*i)*x*y^2 - 7/5"), "(1/3-2*i)*x*y^2-7/5"],
    ["atom generators: log(x+1)^2·(x^(1/3)) − sqrt(y)", Polynomial.generator("log(x+1)").pow(2).mul(Polynomial.generator("x^(1/3)")).sub(Polynomial.generator("sqrt(y)")), null],
  ];

  it.each(cases)("%s: mathjs evaluates toText() to the polynomial's own value", (_label, p) => {
    const random = seededRandom(11);
    const text = p.toText();
    const compiled = math.compile(text);
    for (let k = 0; k < 8; k++) {
      const xv = math.complex(random.uniform(-2, 2), random.uniform(-2, 2));
      const yv = math.complex(random.uniform(-2, 2), random.uniform(-2, 2));
      const scope: Record<string, unknown> = { x: xv, y: yv, a: math.complex(random.uniform(-2, 2), 0), b: xv, c: yv };
      const point: Record<string, { re: number; im: number }> = {};
      for (const [name, value] of Object.entries(scope)) point[name] = complexValue(value);
      for (const atom of ["log(x+1)", "x^(1/3)", "sqrt(y)"]) point[atom] = complexValue(math.evaluate(atom, scope));
      const expected = p.evaluate(point);
      const { re, im } = complexValue(compiled.evaluate(scope));
      const size = Math.max(1, Math.hypot(expected.re, expected.im));
      expect(Math.hypot(re - expected.re, im - expected.im), `${text} at point ${k}: mathjs ${re}+${im}i, evaluate ${expected.re}+${expected.im}i`).toBeLessThanOrEqual(1e-12 * size);
    }
  });

  it.each(cases.filter((row) => row[2] !== null))("%s: nerdamer reads toText() as the same polynomial", (_label, p, reference) => {
    expect(nerdamer(`expand((${p.toText()})-(${reference}))`).toString()).toBe("0");
  });

  it("same polynomial → same text, whatever the construction", () => {
    const a = x.add(y).pow(3).sub(y.pow(3));
    const b = x.pow(3).add(x.pow(2).mul(y).scale(GaussianRational.fromInteger(3))).add(y.pow(2).mul(x).scale(GaussianRational.fromInteger(3)));
    expect(a.toText()).toBe(b.toText());
    expect(a.toText()).toBe("x^3+3*x^2*y+3*x*y^2");
  });
});
