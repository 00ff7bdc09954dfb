import { describe, expect, it } from "vitest";
import { fitConvergenceOrder } from "../../src/evidence/convergence-order.js";

describe("fitConvergenceOrder", () => {
  it("recovers the exponent of an exact power law", () => {
    const h = [1e-1, 3e-2, 1e-2, 3e-3];
    const fit = fitConvergenceOrder(h, h.map((x) => 5 * x ** 2));
    expect(fit.order).toBeCloseTo(2, 12); // exact power law: only rounding error
    expect(fit.prefactor).toBeCloseTo(5, 10);
  });

  it("measures the leading order of e^h − 1 − h ~ h²/2", () => {
    const h = [1e-2, 3e-3, 1e-3];
    const fit = fitConvergenceOrder(h, h.map((x) => Math.expm1(x) - x));
    expect(Math.abs(fit.order - 2)).toBeLessThan(0.01); // next term h³/6 shifts the slope by O(h) ≈ 0.3 %
  });

  it("rejects non-positive values naming the index", () => {
    expect(() => fitConvergenceOrder([1, 2], [1, 0])).toThrow(/error\[1\]/);
    expect(() => fitConvergenceOrder([1], [1])).toThrow(/at least 2/);
  });
});
