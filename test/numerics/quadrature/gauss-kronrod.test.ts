import { describe, expect, it } from "vitest";
import { ConvergenceError, ParameterError } from "../../../src/core/errors.js";
import { integrate, kronrod21 } from "../../../src/numerics/quadrature/gauss-kronrod.js";
import { mapToFiniteRange } from "../../../src/numerics/quadrature/infinite-range.js";

const EPS = Number.EPSILON;

function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("the 21-point Kronrod panel (QUADPACK DQK21 constants)", () => {
  // K21 integrates polynomials of degree ≤ 3·10 + 1 = 31 exactly; a wrong digit in any
  // node or weight breaks this for some degree. Exact value ∫_{-1}^{1} x^k = 2/(k+1) (k even).
  it.each(Array.from({ length: 32 }, (_, k) => k))("is exact for x^%i on [-1, 1]", (k) => {
    const panel = kronrod21((x) => x ** k, -1, 1);
    const exact = k % 2 === 0 ? 2 / (k + 1) : 0;
    // 21 products and sums of terms ≤ 0.15 in magnitude: ≤ 21 roundings of ~0.15·ε each
    expect(Math.abs(panel.value - exact), `x^${k}: ${panel.value} vs ${exact}`).toBeLessThanOrEqual(8 * EPS);
  });

  it("is not exact for x^32 (degree of exactness is exactly 31)", () => {
    const panel = kronrod21((x) => x ** 32, -1, 1);
    // the K21 error for x^32 is ≈ 4.4e-12 (far above round-off 8ε ≈ 2e-15)
    expect(Math.abs(panel.value - 2 / 33)).toBeGreaterThan(1e-13);
  });

  it("embeds the 10-point Gauss rule: |K − G| is at round-off for degree ≤ 19, not for degree 20", () => {
    // the local error estimate is the round-off floor 50ε∫|f| when K and G agree (G10 exact to degree 19)
    const low = kronrod21((x) => x ** 18 + x ** 19, -1, 1);
    expect(low.atRoundoffFloor, `degree 19: error ${low.error}`).toBe(true);
    const high = kronrod21((x) => x ** 20, -1, 1);
    expect(high.atRoundoffFloor, `degree 20: error ${high.error}`).toBe(false);
    expect(high.error).toBeGreaterThan(1e-8); // the estimate for x^20 is ≈ 3.6e-5, far above the floor ≈ 1e-15
  });
});

describe("integrate: finite and infinite ranges", () => {
  it.each([
    ["e^x on [0, 1]", (x: number) => Math.exp(x), 0, 1, Math.E - 1],
    ["1/(1+x²) on ℝ", (x: number) => 1 / (1 + x * x), -Infinity, Infinity, Math.PI],
    ["e^x on (−∞, 0]", (x: number) => Math.exp(x), -Infinity, 0, 1],
    ["e^{−2x} on [1, ∞)", (x: number) => Math.exp(-2 * x), 1, Infinity, Math.exp(-2) / 2],
    ["1/√x on [0, 1] (endpoint singularity)", (x: number) => 1 / Math.sqrt(x), 0, 1, 2],
    ["reversed limits: e^x from 1 to 0", (x: number) => Math.exp(x), 1, 0, 1 - Math.E],
    ["reversed infinite: e^{−x} from ∞ to 0", (x: number) => Math.exp(-x), Infinity, 0, -1],
  ] as const)("%s", (_label, f, a, b, exact) => {
    const r = integrate(f, a, b);
    expect(r.converged).toBe(true);
    // honest error estimate: the true error is within the estimate (or the requested
    // tolerance, which the estimate meets), plus 4ε|I| for rounding of the closed form
    const bound = Math.max(r.errorEstimate, 1e-12, 1e-10 * Math.abs(exact)) + 4 * EPS * Math.abs(exact);
    expect(Math.abs(r.value - exact), `value ${r.value}, error estimate ${r.errorEstimate}`).toBeLessThanOrEqual(bound);
  });

  it("returns exactly 0 with no evaluations for a = b", () => {
    const r = integrate(() => 1, 2, 2);
    expect([r.value, r.evaluations, r.errorEstimate]).toEqual([0, 0, 0]);
  });

  it("splits the range at breakpoints (a step function is integrated exactly)", () => {
    const step = (x: number): number => (x < 0.3 ? 1 : 3);
    const r = integrate(step, 0, 1, { breakpoints: [0.3] });
    // 2 panels, plus 3 graded panels on each side of the breakpoint; no bisection needed
    expect(r.intervals).toBe(8);
    expect(r.evaluations).toBe(21 * 8);
    // two panels of constants: exact to a few roundings
    expect(Math.abs(r.value - (0.3 + 3 * 0.7))).toBeLessThanOrEqual(8 * EPS);
  });

  it("maps breakpoints through the infinite-range transform", () => {
    const map = mapToFiniteRange((x) => x, -Infinity, Infinity);
    for (const x of [-1e6, -2, 0, 0.5, 1e3]) {
      const t = map.toT(x);
      // x = t/(1 − t²) inverts the map to a few ulp of x
      expect(Math.abs(t / (1 - t * t) - x)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(x)));
    }
  });
});

describe("integrate: failures are loud", () => {
  it("names the point where the integrand is not finite", () => {
    const error = thrown(() => integrate((x) => (x > 0.5 ? NaN : 1), 0, 1));
    expect(error).toBeInstanceOf(ParameterError);
    expect((error as ParameterError).parameter).toMatch(/^f\(0\.[5-9]\d*\)$/);
  });

  it("names the untransformed x for infinite ranges", () => {
    const error = thrown(() => integrate((x) => (x > 10 ? Infinity : Math.exp(-x)), 0, Infinity));
    expect(error).toBeInstanceOf(ParameterError);
    const x = Number(/^f\((.*)\)$/.exec((error as ParameterError).parameter)?.[1]);
    expect(x).toBeGreaterThan(10);
  });

  it("throws ConvergenceError with the achieved error when maxSubdivisions is too small", () => {
    const error = thrown(() => integrate((x) => 1 / Math.sqrt(x), 0, 1, { maxSubdivisions: 3 }));
    expect(error).toBeInstanceOf(ConvergenceError);
    const achieved = (error as ConvergenceError).achievedError;
    expect(achieved).toBeGreaterThan(1e-10); // what 3 panels reach for 1/√x: ≈ 0.5
    expect(Number.isFinite(achieved)).toBe(true);
  });

  it("returns the best estimate with converged = false on request, and its error estimate is honest", () => {
    const r = integrate((x) => 1 / Math.sqrt(x), 0, 1, { maxSubdivisions: 3, onFailure: "return" });
    expect(r.converged).toBe(false);
    expect(r.intervals).toBe(3);
    expect(Math.abs(r.value - 2)).toBeLessThanOrEqual(r.errorEstimate);
  });

  it("gives up with ConvergenceError when the tolerance is below round-off", () => {
    // 50ε ≈ 1.1e-14 relative is the floor of the local estimate; a noisy integrand cannot reach it
    const noisy = (x: number): number => Math.sin(x) + 1e-9 * Math.sin(1e7 * x);
    const error = thrown(() => integrate(noisy, 0, 1, { absTol: 0, relTol: 50 * EPS, maxSubdivisions: 200 }));
    expect(error).toBeInstanceOf(ConvergenceError);
  });

  it.each([
    ["absTol", { absTol: -1 }],
    ["relTol", { relTol: NaN }],
    ["relTol", { absTol: 0, relTol: 1e-17 }],
    ["maxSubdivisions", { maxSubdivisions: 0 }],
    ["maxSubdivisions", { maxSubdivisions: 2.5 }],
    ["breakpoints[1]", { breakpoints: [0.5, 2] }],
    ["breakpoints[0]", { breakpoints: [NaN] }],
  ] as const)("rejects bad option %s", (parameter, options) => {
    const error = thrown(() => integrate(Math.exp, 0, 1, options));
    expect(error).toBeInstanceOf(ParameterError);
    expect((error as ParameterError).parameter).toBe(parameter);
  });

  it("rejects NaN limits", () => {
    expect((thrown(() => integrate(Math.exp, NaN, 1)) as ParameterError).parameter).toBe("a");
    expect((thrown(() => integrate(Math.exp, 0, NaN)) as ParameterError).parameter).toBe("b");
  });
});
