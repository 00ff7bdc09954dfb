import { describe, expect, it } from "vitest";
import { ParameterError } from "../../../src/core/errors.js";
import { compositeGaussLegendre, gaussLegendre } from "../../../src/numerics/quadrature/gauss-legendre.js";

/** Exact for degree ≤ 2n − 1, weights summing to the interval length, validated sizes. */

const sum = (xs: Float64Array) => xs.reduce((s, x) => s + x, 0);
/** The parameter a ParameterError names (undefined when nothing or something else is thrown). */
function rejectedParameter(f: () => unknown): string | undefined {
  try {
    f();
  } catch (error) {
    return error instanceof ParameterError ? error.parameter : undefined;
  }
  return undefined;
}
/** ∫_{-1}^{1} x^k dx. */
const moment = (k: number) => (k % 2 === 1 ? 0 : 2 / (k + 1));

describe("gaussLegendre", () => {
  it.each([1, 2, 3, 5, 8, 16, 24, 50])("the %i-point rule integrates every monomial of degree ≤ 2n − 1 exactly (round-off only)", (n) => {
    const { x, w } = gaussLegendre(n);
    for (let k = 0; k <= 2 * n - 1; k++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += w[i] * x[i] ** k;
      // |x| ≤ 1, Σw = 2: round-off of n terms ≲ n·2e-16
      expect(Math.abs(s - moment(k)), `n = ${n}, ∫x^${k}: ${s} vs ${moment(k)}`).toBeLessThan(1e-14);
    }
  });

  it("is not exact at degree 2n (the rule is no better than its order)", () => {
    const n = 4;
    const { x, w } = gaussLegendre(n);
    let s = 0;
    for (let i = 0; i < n; i++) s += w[i] * x[i] ** (2 * n);
    expect(Math.abs(s - moment(2 * n)), `Σ w x^8 = ${s}`).toBeGreaterThan(1e-3);
  });

  it("has ascending nodes symmetric about 0 and positive weights summing to 2", () => {
    const { x, w } = gaussLegendre(7);
    for (let i = 0; i < 7; i++) {
      expect(x[i] + x[6 - i]).toBeCloseTo(0, 15);
      expect(w[i]).toBeGreaterThan(0);
      if (i > 0) expect(x[i]).toBeGreaterThan(x[i - 1]);
    }
    expect(Math.abs(sum(w) - 2)).toBeLessThan(1e-15);
  });

  it("gives ±1/√3 with unit weights for n = 2 (the documented example)", () => {
    const { x, w } = gaussLegendre(2);
    expect(x[1]).toBeCloseTo(1 / Math.sqrt(3), 15);
    expect(w[0]).toBeCloseTo(1, 15);
  });

  it.each([0, -1, 2.5, 201, Number.NaN])("rejects n = %s naming the parameter n", (n) => {
    expect(rejectedParameter(() => gaussLegendre(n))).toBe("n");
  });
});

describe("compositeGaussLegendre", () => {
  it.each([
    [0, 1, 1, []],
    [-2, 3, 4, [0.3, 1]],
    [0, Math.PI, 7, [0.1, 3]],
  ] as const)("weights on [%s, %s] with %i panels sum to the interval length", (a, b, panels, breakpoints) => {
    const r = compositeGaussLegendre({ a, b, n: 6, panels, breakpoints });
    expect(Math.abs(sum(r.weights) - (b - a)), `Σw = ${sum(r.weights)}`).toBeLessThan(1e-14 * (b - a));
    expect(r.nodes.length).toBe(6 * (panels + breakpoints.length));
  });

  it("integrates a piecewise cubic with a kink at a breakpoint exactly, but not without the cut", () => {
    // f = |x − 0.3|³ on [−1, 1]: a cubic on each side of 0.3
    const f = (x: number) => Math.abs(x - 0.3) ** 3;
    const exact = (1.3 ** 4 + 0.7 ** 4) / 4;
    const withCut = compositeGaussLegendre({ a: -1, b: 1, n: 2, breakpoints: [0.3] });
    const withoutCut = compositeGaussLegendre({ a: -1, b: 1, n: 2 });
    const integral = (r: typeof withCut) => r.nodes.reduce((s, x, i) => s + r.weights[i] * f(x), 0);
    expect(Math.abs(integral(withCut) - exact), `with the cut: ${integral(withCut)} vs ${exact}`).toBeLessThan(1e-15);
    expect(Math.abs(integral(withoutCut) - exact), `without: ${integral(withoutCut)}`).toBeGreaterThan(1e-3);
  });

  it("ignores breakpoints outside (a, b) and merges duplicates", () => {
    const r = compositeGaussLegendre({ a: 0, b: 2, n: 1, panels: 2, breakpoints: [1, 1, -1, 2, 5] });
    expect([...r.nodes]).toEqual([0.5, 1.5]);
    expect([...r.weights]).toEqual([1, 1]);
  });

  it("rejects a bad interval, panels or n naming the parameter", () => {
    expect(rejectedParameter(() => compositeGaussLegendre({ a: 1, b: 1, n: 4 }))).toBe("b");
    expect(rejectedParameter(() => compositeGaussLegendre({ a: Number.NaN, b: 1, n: 4 }))).toBe("a");
    expect(rejectedParameter(() => compositeGaussLegendre({ a: 0, b: 1, n: 4, panels: 0 }))).toBe("panels");
    expect(rejectedParameter(() => compositeGaussLegendre({ a: 0, b: 1, n: 0 }))).toBe("n");
  });
});
