import { describe, expect, it } from "vitest";
import { ConvergenceError, ParameterError } from "../../../src/core/errors.js";
import { brent } from "../../../src/numerics/roots/brent.js";
import { realCubicRoots } from "../../../src/numerics/roots/cubic.js";
import { newton1d } from "../../../src/numerics/roots/newton.js";
import { newton2d } from "../../../src/numerics/roots/newton2d.js";

const EPS = Number.EPSILON;
/** Dottie number, the root of cos x = x (OEIS A003957). */
const DOTTIE = 0.739085133215160641655312087673873404;
/** Real root of x³ − 2x + 2 (Cardano: −∛(1 + √(19/27)) − ∛(1 − √(19/27))). */
const CYCLE_ROOT = -Math.cbrt(1 + Math.sqrt(19 / 27)) - Math.cbrt(1 - Math.sqrt(19 / 27));

function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("brent", () => {
  it.each([
    ["x² − 2 on [0, 2]", (x: number) => x * x - 2, 0, 2, Math.SQRT2],
    ["cos x − x on [0, 1]", (x: number) => Math.cos(x) - x, 0, 1, DOTTIE],
    ["e^x − 10 on [−5, 5]", (x: number) => Math.exp(x) - 10, -5, 5, Math.LN10],
    ["x³ on [−1, 2] (triple root at 0, xTol 1e-12)", (x: number) => x * x * x, -1, 2, 0],
  ] as const)("%s", (_label, f, a, b, exact) => {
    // a root at exactly 0 needs an absolute tolerance: relative precision there means subnormals
    const r = brent(f, a, b, exact === 0 ? { xTol: 1e-12 } : {});
    // Brent's stop: bracket half-width ≤ 2ε|x| + xTol/2, so |x − root| ≤ 4ε|root| + xTol
    const allowed = exact === 0 ? 1e-12 : 4 * EPS * Math.abs(exact);
    expect(Math.abs(r.root - exact), `root ${r.root}, residual ${r.residual}`).toBeLessThanOrEqual(allowed);
    expect(r.bracket[0]).toBeLessThanOrEqual(r.root);
    expect(r.bracket[1]).toBeGreaterThanOrEqual(r.root);
  });

  it("honours an absolute tolerance with fewer evaluations", () => {
    const loose = brent((x) => Math.cos(x) - x, 0, 1, { xTol: 1e-6 });
    const tight = brent((x) => Math.cos(x) - x, 0, 1);
    expect(Math.abs(loose.root - DOTTIE)).toBeLessThanOrEqual(1e-6);
    expect(loose.evaluations).toBeLessThan(tight.evaluations);
  });

  it("rejects an unbracketed interval naming f(a) and f(b)", () => {
    const error = thrown(() => brent((x) => x * x + 1, -1, 2));
    expect(error).toBeInstanceOf(ParameterError);
    expect((error as ParameterError).parameter).toBe("a, b");
    expect((error as Error).message).toContain("f(a) = 2");
    expect((error as Error).message).toContain("f(b) = 5");
  });

  it("names the point of a non-finite function value", () => {
    const error = thrown(() => brent((x) => (x === 0 ? NaN : x), -1, 1));
    expect(error).toBeInstanceOf(ParameterError);
    expect((error as ParameterError).parameter).toBe("f(0)");
  });

  it("throws ConvergenceError with the bracket width after maxIterations", () => {
    const error = thrown(() => brent((x) => x - 0.3, 0, 1e6, { maxIterations: 2 }));
    expect(error).toBeInstanceOf(ConvergenceError);
    expect((error as ConvergenceError).achievedError).toBeGreaterThan(0);
  });
});

describe("newton1d", () => {
  it("converges on cos x = x (documented example)", () => {
    const r = newton1d((x) => Math.cos(x) - x, (x) => -Math.sin(x) - 1, 1);
    // quadratic convergence to the default relative step 4ε
    expect(Math.abs(r.root - DOTTIE)).toBeLessThanOrEqual(4 * EPS);
  });

  it("damping rescues atan from x0 = 3, where plain Newton diverges", () => {
    const r = newton1d(Math.atan, (x) => 1 / (1 + x * x), 3);
    // root at 0; the last full step is below 4ε|x| or lands on f = 0 exactly
    expect(Math.abs(r.root)).toBeLessThanOrEqual(1e-15);
  });

  it("escapes the 0 ↔ 1 cycle of x³ − 2x + 2 (plain Newton cycles forever)", () => {
    const r = newton1d((x) => x ** 3 - 2 * x + 2, (x) => 3 * x * x - 2, 0);
    expect(Math.abs(r.root - CYCLE_ROOT), `root ${r.root}`).toBeLessThanOrEqual(8 * EPS * Math.abs(CYCLE_ROOT));
  });

  it("stays inside a given bracket and uses it as a fallback", () => {
    // f' vanishes at the start: a bracketed search bisects instead of failing
    const r = newton1d((x) => x ** 3 - 8, (x) => 3 * x * x, 0, { bracket: [0, 5] });
    expect(Math.abs(r.root - 2)).toBeLessThanOrEqual(8 * EPS);
  });

  it("stops at |f| ≤ fTol", () => {
    const r = newton1d((x) => x - 1, () => 1, 0.5, { fTol: 0.6 });
    expect(r.root).toBe(0.5);
    expect(r.iterations).toBe(0);
  });

  it("throws ConvergenceError with |f| at a zero derivative and no bracket", () => {
    const error = thrown(() => newton1d((x) => x * x + 1, (x) => 2 * x, 0));
    expect(error).toBeInstanceOf(ConvergenceError);
    expect((error as ConvergenceError).achievedError).toBe(1);
  });

  it.each([
    ["x0", () => newton1d((x) => x, () => 1, NaN)],
    ["x0", () => newton1d((x) => x, () => 1, 3, { bracket: [-1, 1] })],
    ["bracket", () => newton1d((x) => x * x + 1, () => 1, 0, { bracket: [-1, 1] })],
    ["bracket", () => newton1d((x) => x, () => 1, 0, { bracket: [1, -1] })],
    ["fTol", () => newton1d((x) => x, () => 1, 0, { fTol: -1 })],
    ["df(1)", () => newton1d((x) => x - 2, () => NaN, 1)],
  ] as const)("names %s", (parameter, call) => {
    const error = thrown(call);
    expect(error).toBeInstanceOf(ParameterError);
    expect((error as ParameterError).parameter).toBe(parameter);
  });
});

describe("newton2d", () => {
  it("finds the intersection of the unit circle with the diagonal (documented example)", () => {
    const r = newton2d((x, y) => [x * x + y * y - 1, x - y], (x, y) => [[2 * x, 2 * y], [1, -1]], [1, 0.5]);
    // default relative step tolerance 1e-12; quadratic convergence makes the error ~ its square
    expect(Math.abs(r.root[0] - Math.SQRT1_2)).toBeLessThanOrEqual(1e-15);
    expect(Math.abs(r.root[1] - Math.SQRT1_2)).toBeLessThanOrEqual(1e-15);
    expect(r.residual).toBeLessThanOrEqual(4 * EPS);
  });

  it("solves the Rosenbrock system [10(y − x²), 1 − x] from (−1.2, 1)", () => {
    const r = newton2d((x, y) => [10 * (y - x * x), 1 - x], (x) => [[-20 * x, 10], [-1, 0]], [-1.2, 1]);
    expect(Math.abs(r.root[0] - 1)).toBeLessThanOrEqual(1e-14);
    expect(Math.abs(r.root[1] - 1)).toBeLessThanOrEqual(1e-14);
  });

  it("reports the achieved residual when there is no root", () => {
    // x² + 1 = 0 has no real solution; ‖F‖ ≥ 1 everywhere
    const error = thrown(() => newton2d((x, y) => [x * x + 1, y], (x) => [[2 * x, 0], [0, 1]], [0.5, 0.5], { maxIterations: 50 }));
    expect(error).toBeInstanceOf(ConvergenceError);
    expect((error as ConvergenceError).achievedError).toBeGreaterThanOrEqual(1);
  });

  it.each([
    ["x0", () => newton2d(() => [0, 0], () => [[1, 0], [0, 1]], [NaN, 0])],
    ["F(0, 0)", () => newton2d(() => [NaN, 0], () => [[1, 0], [0, 1]], [0, 0])],
    ["J(0, 0)", () => newton2d(() => [1, 0], () => [[Infinity, 0], [0, 1]], [0, 0])],
    ["maxIterations", () => newton2d(() => [1, 0], () => [[1, 0], [0, 1]], [0, 0], { maxIterations: 0 })],
  ] as const)("names %s", (parameter, call) => {
    const error = thrown(call);
    expect(error).toBeInstanceOf(ParameterError);
    expect((error as ParameterError).parameter).toBe(parameter);
  });
});

describe("realCubicRoots", () => {
  it("returns the documented roots", () => {
    const roots = realCubicRoots(1, -6, 11, -6);
    roots.forEach((r, i) => {
      expect(Math.abs(r.re - (i + 1))).toBeLessThanOrEqual(4 * EPS * 3); // a few ulp of 3
      expect(r.im).toBe(0);
    });
    const unity = realCubicRoots(1, 0, 0, -1);
    expect(unity[0]).toEqual({ re: 1, im: 0 });
    expect(Math.abs(unity[1].re + 0.5)).toBeLessThanOrEqual(2 * EPS);
    expect(Math.abs(unity[1].im - Math.sqrt(3) / 2)).toBeLessThanOrEqual(2 * EPS);
  });

  it("returns an exactly conjugate pair", () => {
    const [, z, w] = realCubicRoots(3, -1, 2, 7);
    expect(w.re).toBe(z.re);
    expect(w.im).toBe(-z.im);
    expect(z.im).toBeGreaterThan(0);
  });

  it("handles a triple root, a double root and a zero root", () => {
    expect(realCubicRoots(2, -6, 6, -2)).toEqual([{ re: 1, im: 0 }, { re: 1, im: 0 }, { re: 1, im: 0 }]);
    const double = realCubicRoots(1, 0, -3, 2); // (x − 1)²(x + 2)
    expect(Math.abs(double[0].re + 2)).toBeLessThanOrEqual(4 * EPS * 2);
    // a double root is only determined to ≈ √ε (forward error of a multiple root)
    expect(Math.abs(double[1].re - 1)).toBeLessThanOrEqual(3 * Math.sqrt(EPS));
    expect(realCubicRoots(1, -1, -2, 0).map((r) => r.re)).toEqual([-1, 0, 2]);
  });

  it("survives coefficients near the overflow threshold (power-of-two scaling)", () => {
    // roots 1e100, 2e100, 3e100: x³ − 6e100 x² + 11e200 x − 6e300
    const roots = realCubicRoots(1, -6e100, 11e200, -6e300);
    roots.forEach((r, i) => {
      expect(Math.abs(r.re - (i + 1) * 1e100) / ((i + 1) * 1e100)).toBeLessThanOrEqual(1e-14); // coefficient rounding ≈ ε, amplified by root separation ~1
    });
  });

  it.each([
    ["a", () => realCubicRoots(0, 1, 2, 3)],
    ["b", () => realCubicRoots(1, NaN, 2, 3)],
    ["d", () => realCubicRoots(1, 1, 2, Infinity)],
    ["a", () => realCubicRoots(1e-320, 1e300, 0, 0)],
  ] as const)("names %s", (parameter, call) => {
    const error = thrown(call);
    expect(error).toBeInstanceOf(ParameterError);
    expect((error as ParameterError).parameter).toBe(parameter);
  });
});
