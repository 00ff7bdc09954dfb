import { describe, expect, it } from "vitest";
import { ParameterError } from "../../src/core/errors.js";
import { equivalent } from "../../src/symbolic/index.js";

const onLine = { x: { min: -2, max: 2 } };

describe("equivalent", () => {
  it("(x+1)² and x²+2x+1: symbolic zero, numeric pass, agree", () => {
    const r = equivalent("(x+1)^2", "x^2+2*x+1", { domain: onLine, seed: 1 });
    expect(r.symbolic).toBe("zero");
    expect(r.numeric.passed).toBe(true);
    expect(r.numeric.points).toBe(20);
    expect(r.numeric.evaluated).toBe(20);
    expect(r.numeric.maxRelativeError).toBeLessThanOrEqual(1e-9); // the default rtol
    expect(r.agree).toBe(true);
    expect(r.equivalent).toBe(true);
  });

  it("x and x + 1e-3: symbolic nonzero, numeric fail at the size of the offset", () => {
    const r = equivalent("x", "x+1e-3", { domain: { x: { min: 0.1, max: 10, scale: "log" } }, seed: 1 });
    expect(r.symbolic).toBe("nonzero");
    expect(r.symbolicDetail).toMatch(/-1\/1000/);
    expect(r.numeric.passed).toBe(false);
    // relative error 1e-3/(x + 1e-3) lies between 1e-4 (x = 10) and ~1e-2 (x = 0.1)
    expect(r.numeric.maxRelativeError).toBeGreaterThan(1e-4);
    expect(r.numeric.maxRelativeError).toBeLessThan(1e-2);
    const worstX = r.numeric.worstPoint?.x as number;
    expect(worstX).toBeGreaterThanOrEqual(0.1);
    expect(worstX).toBeLessThanOrEqual(10);
    expect(r.agree).toBe(true);
    expect(r.equivalent).toBe(false);
  });

  it("cosh² − sinh² and 1: exact algebra decides it (hyperbolic functions as exponentials), and so do the numbers", () => {
    const r = equivalent("cosh(x)^2 - sinh(x)^2", "1", { domain: onLine, seed: 2 });
    expect(r.symbolic).toBe("zero");
    expect(r.numeric.passed).toBe(true);
    expect(r.agree).toBe(true);
    expect(r.equivalent).toBe(true);
  });

  it("log(xy) = log x + log y: logarithms are opaque atoms, so exact algebra cannot decide (unknown) — and the numbers show it false for negative x, y", () => {
    const r = equivalent("log(x*y)", "log(x)+log(y)", { domain: { x: { min: -2, max: -0.5 }, y: { min: -2, max: -0.5 } }, seed: 3 });
    expect(r.symbolic).toBe("unknown");
    expect(r.symbolicDetail).toMatch(/opaque atoms 'log\(x\)', 'log\(x\*y\)', 'log\(y\)'/);
    expect(r.numeric.passed).toBe(false); // log x + log y = log(xy) + 2πi here
    expect(r.numeric.worstValues?.b?.im).toBeCloseTo(2 * Math.PI, 12); // arg(x) + arg(y) = π + π
    expect(r.equivalent).toBe(false);
  });

  it("e^{ix} = cos x + i sin x is decided exactly (Euler's formula is how the exact engine reads cos and sin)", () => {
    expect(equivalent("e^(i*x)", "cos(x)+i*sin(x)", { domain: onLine, seed: 4 }).symbolic).toBe("zero");
  });

  it("compares complex-valued expressions: e^{ix} = cos x + i sin x", () => {
    const r = equivalent("e^(i*x)", "cos(x)+i*sin(x)", { domain: onLine, seed: 4 });
    expect(r.numeric.passed).toBe(true);
    expect(r.equivalent).toBe(true);
  });

  it("replays: same seed, same points and errors", () => {
    const a = equivalent("x", "x+1e-3", { domain: onLine, seed: 9, points: 5 });
    const b = equivalent("x", "x+1e-3", { domain: onLine, seed: 9, points: 5 });
    expect(b.numeric.worstPoint).toEqual(a.numeric.worstPoint);
    expect(b.numeric.maxRelativeError).toBe(a.numeric.maxRelativeError);
  });

  it("atol loosens the numeric check, but a symbolic 'nonzero' still decides: sin(x) vs sin(x) + 1e-14", () => {
    const domain = { x: { min: -1e-6, max: 1e-6 } };
    const strict = equivalent("sin(x)", "sin(x) + 1e-14", { domain, seed: 5 });
    expect(strict.numeric.passed).toBe(false); // relative error ~1e-8 where |sin x| ~ 1e-6
    // atol 1e-12 is above the offset 1e-14: numerically the two now count as equal …
    const loose = equivalent("sin(x)", "sin(x) + 1e-14", { domain, seed: 5, atol: 1e-12 });
    expect(loose.numeric.passed).toBe(true);
    // … but the engine finds the difference −1e-14 exactly, so the disagreement is reported
    expect(loose.symbolic).toBe("nonzero");
    expect(loose.agree).toBe(false);
    expect(loose.equivalent).toBe(false);
  });

  it("rejects a domain that misses a variable or is malformed", () => {
    expect(() => equivalent("x*y", "y*x", { domain: onLine, seed: 1 })).toThrow(ParameterError);
    expect(() => equivalent("x", "x", { domain: { x: { min: 0, max: 1, scale: "log" } }, seed: 1 })).toThrow(ParameterError);
    expect(() => equivalent("x", "x", { domain: { x: { min: 2, max: 1 } }, seed: 1 })).toThrow(ParameterError);
    expect(() => equivalent("x", "x", { domain: onLine, seed: 1, points: 0 })).toThrow(ParameterError);
  });
});
