import { evaluate } from "mathjs";
import { describe, expect, it } from "vitest";
import { ParameterError, SymbolicError } from "../../src/core/errors.js";
import {
  Expression,
  denominator,
  differentiate,
  expand,
  factor,
  numerator,
  parse,
  rationalForm,
  simplify,
  substitute,
  variables,
} from "../../src/symbolic/index.js";

/** mathjs evaluation of engine text: an evaluator written by other people than nerdamer's. */
const at = (text: string, scope: Record<string, number>): number => evaluate(text, scope) as number;

describe("parse", () => {
  it("normalises text to nerdamer's form", () => {
    expect(parse("x*x + 2*x + 1").text).toBe("1+2*x+x^2");
    expect(parse("x + 1e-3").text).toBe("1/1000+x"); // decimals become exact rationals
  });

  it("wraps nerdamer's parse error in SymbolicError naming the expression", () => {
    let caught: unknown;
    try {
      parse("x+*/2");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SymbolicError);
    expect((caught as SymbolicError).expression).toBe("x+*/2");
    expect((caught as SymbolicError).message).toMatch(/parse failed on 'x\+\*\/2'/);
  });

  it.each([["sin(("], ["(x+1"]])("rejects the unbalanced %s with SymbolicError", (text) => {
    expect(() => parse(text)).toThrow(SymbolicError);
  });

  it("rejects an equation and an empty string with ParameterError", () => {
    expect(() => parse("x = 1")).toThrow(ParameterError);
    expect(() => parse("  ")).toThrow(ParameterError);
  });

  it("gives LaTeX", () => {
    expect(parse("x^2/y").toTeX()).toBe("\\frac{x^{2}}{y}");
  });

  it("Expression is immutable", () => {
    const e = parse("x+1");
    expect(Object.isFrozen(e)).toBe(true);
    expect(e).toBeInstanceOf(Expression);
  });
});

describe("substitute", () => {
  it("puts expressions and numbers in, simultaneously", () => {
    expect(substitute("x^2+y", { x: "a+1", y: 0.5 }).text).toBe("(1+a)^2+1/2");
    expect(substitute("x+y", { x: "y", y: "x" }).text).toBe("x+y");
  });

  it("replaces the values nerdamer leaves standing at 0 (sinh(0), cosh(0), tan(0))", () => {
    expect(substitute("cosh(x)*y + sinh(x) + tan(x)", { x: 0 }).text).toBe("y");
  });

  it("throws SymbolicError where the input is singular, even when nerdamer returns a number", () => {
    expect(() => substitute("1/x", { x: 0 })).toThrow(/Division by zero/);
    // nerdamer alone returns 0 for x·coth(x) at x = 0; the value is undefined there (the limit is 1)
    expect(() => substitute("x*coth(x)", { x: 0 })).toThrow(/singular|infinite/);
  });

  it("rejects a non-finite number and a bad variable name with ParameterError", () => {
    expect(() => substitute("x", { x: NaN })).toThrow(ParameterError);
    expect(() => substitute("x", { "2x": 1 })).toThrow(ParameterError);
    expect(() => substitute("x", { pi: 1 })).toThrow(ParameterError);
  });
});

describe("expand (exact), simplify, factor keep exact constants", () => {
  // Regression: nerdamer.expand(s) (the API function) turned pi, e, sqrt(2) into rationals; expand is now exact.
  it.each([
    ["pi*(x+1)", "pi*x+pi"],
    ["e^x*(x+1)", "(x+1)*e^(x)"],
    ["sqrt(2)*(x+1)", "sqrt(2)*x+sqrt(2)"],
    ["(x+1)^3", "x^3+3*x^2+3*x+1"],
    ["(x^2-1)/(x-1)", "x+1"],
    ["e^(2*x)*e^(-x) - e^x", "0"],
  ])("expand(%s) = %s", (input, expected) => {
    expect(expand(input).text).toBe(expected);
  });

  it("simplify cancels a common factor", () => {
    expect(simplify("(x^2-1)/(x-1)").text).toBe("1+x");
  });

  it("factor finds the factors of x^2 − 1 (product checked by mathjs)", () => {
    const f = factor("x^2-1");
    expect(f.text).toBe("(-1+x)*(1+x)");
    expect(at(f.text, { x: 3.5 })).toBeCloseTo(3.5 ** 2 - 1, 12); // exact product of two small numbers
  });

  it("expands a fraction to (numerator)/(denominator) with the polynomial gcd cancelled", () => {
    expect(expand("(x^2-1)/(x^2+2*x+1)").text).toBe("(x-1)/(x+1)");
  });
});

describe("differentiate", () => {
  it.each([
    ["x^5", 1, "5*x^4"],
    ["x^5", 3, "60*x^2"],
    ["x^5", 0, "x^5"],
  ])("d^n/dx^n %s (n = %d) = %s", (input, order, expected) => {
    expect(differentiate(input, "x", order).text).toBe(expected);
  });

  it("rejects a bad order and a bad variable with ParameterError", () => {
    expect(() => differentiate("x", "x", 1.5)).toThrow(ParameterError);
    expect(() => differentiate("x", "x", -1)).toThrow(ParameterError);
    expect(() => differentiate("x", "e")).toThrow(ParameterError);
  });
});

describe("rationalForm / numerator / denominator", () => {
  it("puts a sum of fractions over a common denominator", () => {
    const r = rationalForm("(x+1)/(x-1) + 1/y");
    // (x+1)y + (x−1) over (x−1)y, expanded; checked at one point by mathjs against the input
    const scope = { x: 2.3, y: 0.7 };
    expect(at(r.numerator.text, scope) / at(r.denominator.text, scope)).toBeCloseTo((2.3 + 1) / (2.3 - 1) + 1 / 0.7, 12);
    expect(r.numerator.text).toBe("x*y+x+y-1");
    expect(r.denominator.text).toBe("x*y-y");
  });

  it("handles nested fractions and negative powers", () => {
    expect(numerator("1/(a + 1/b)").text).toBe("b");
    expect(denominator("1/(a + 1/b)").text).toBe("a*b+1");
  });

  it("divides a constant denominator into the numerator", () => {
    const r = rationalForm("x/2 + 1/3");
    expect(r.denominator.text).toBe("1");
    expect(at(r.numerator.text, { x: 6 })).toBeCloseTo(3 + 1 / 3, 14);
  });

  it("keeps integers beyond 2^53 exact", () => {
    expect(rationalForm("123456789012345678901234567890*x/(1+x)").numerator.text).toBe("123456789012345678901234567890*x");
  });
});

describe("variables", () => {
  it("lists free variables sorted, without constants", () => {
    expect(variables("z*b + a*y + x + pi + e^k")).toEqual(["a", "b", "k", "x", "y", "z"]);
  });
});
