import { describe, expect, it } from "vitest";
import { ParameterError, SymbolicError } from "../../src/core/errors.js";
import { compile, compileComplex, numericValue, parse } from "../../src/symbolic/index.js";

const EPS = Number.EPSILON;

describe("compile", () => {
  it.each([
    ["e^x", (x: number) => Math.exp(x)],
    ["sqrt(x)", (x: number) => Math.sqrt(x)],
    ["abs(x - 2)", (x: number) => Math.abs(x - 2)],
    ["log(x)", (x: number) => Math.log(x)],
    ["pi*x", (x: number) => Math.PI * x],
    ["x*coth(x)", (x: number) => x / Math.tanh(x)],
    ["1/(e^(3*(x-1))+1)", (x: number) => 1 / (Math.exp(3 * (x - 1)) + 1)],
  ] as const)("%s agrees with Math.* to a few ulps", (text, f) => {
    const g = compile(parse(text), ["x"]);
    for (const x of [0.3, 1.7, 4.2]) {
      // same elementary functions, possibly different association: ≤ 8 roundings
      expect(Math.abs(g(x) - f(x)), `${text} at ${x}`).toBeLessThanOrEqual(8 * EPS * Math.abs(f(x)));
    }
  });

  it("takes arguments in the given order", () => {
    const f = compile("x - 2*y", ["y", "x"]);
    expect(f(1, 10)).toBe(8);
  });

  it("throws SymbolicError instead of returning NaN, infinities or complex numbers", () => {
    const f = compile("x*coth(x)", ["x"]);
    expect(() => f(0)).toThrow(/NaN at \(x=0\)/);
    expect(() => compile("1/x", ["x"])(0)).toThrow(/Infinity/);
    expect(() => compile("sqrt(x)", ["x"])(-1)).toThrow(/not real/);
    expect(() => compile("log(x)", ["x"])(-1)).toThrow(SymbolicError);
  });

  it("checks arguments and variables", () => {
    expect(() => compile("x*y", ["x"])).toThrow(/missing: y/);
    expect(() => compile("x", ["x", "x"])).toThrow(ParameterError);
    expect(() => compile("x", ["x"])(1, 2)).toThrow(ParameterError);
  });

  it("throws SymbolicError for a function the numeric evaluator does not know", () => {
    expect(() => compile("Si(x)", ["x"])).toThrow(/function 'Si' is not known/);
  });

  it("is fast: a million evaluations of a short expression well under a few seconds", () => {
    const f = compile("x^2*sin(y) + e^x", ["x", "y"]);
    const start = performance.now();
    let sum = 0;
    for (let k = 0; k < 100_000; k++) sum += f(k * 1e-5, 0.3);
    const microseconds = ((performance.now() - start) * 1000) / 100_000;
    expect(Number.isFinite(sum)).toBe(true);
    expect(microseconds).toBeLessThan(50); // ~1 µs measured; 50 µs leaves room for a loaded CI machine
  });
});

describe("compileComplex and numericValue", () => {
  it("evaluates e^{ix} on the unit circle", () => {
    const z = compileComplex("e^(i*x)", ["x"])(Math.PI / 2);
    expect(Math.abs(z.re)).toBeLessThanOrEqual(2 * EPS); // cos(π/2) in double precision
    expect(z.im).toBe(1);
  });

  it("accepts complex arguments", () => {
    const z = compileComplex("x^2", ["x"])({ re: 0, im: 1 });
    expect(z).toEqual({ re: -1, im: 0 });
  });

  it("gives the value of a constant expression", () => {
    expect(numericValue("pi/4")).toBe(Math.PI / 4);
    expect(() => numericValue("x")).toThrow(ParameterError);
  });
});
