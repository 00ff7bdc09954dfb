import { describe, expect, it } from "vitest";
import { ParameterError } from "../../src/core/errors.js";
import { leastSquaresLine } from "../../src/numerics/least-squares.js";
import { seededRandom } from "../../src/numerics/random.js";

describe("leastSquaresLine", () => {
  it("returns the documented example exactly", () => {
    expect(leastSquaresLine([0, 1, 2], [1, 3, 5])).toEqual({ slope: 2, intercept: 1 });
  });

  it("reproduces a line exactly up to rounding, whatever the order of the points", () => {
    const x = [4500, 0, 1500, 3000, 250, 750];
    const y = x.map((t) => -7.8e-4 * t + 0.25);
    const fit = leastSquaresLine(x, y);
    // sums of ≤ 6 terms of size ≤ 4500·3.5: rounding ≲ 1e-15 relative in the slope
    expect(Math.abs(fit.slope + 7.8e-4), `slope ${fit.slope}`).toBeLessThan(1e-15);
    expect(Math.abs(fit.intercept - 0.25), `intercept ${fit.intercept}`).toBeLessThan(1e-12);
  });

  it("has zero mean residual and residuals orthogonal to x (the normal equations)", () => {
    const random = seededRandom(7);
    const x = Array.from({ length: 30 }, () => random.uniform(-3, 5));
    const y = x.map((v) => 1.5 - 0.3 * v + random.normal());
    const { slope, intercept } = leastSquaresLine(x, y);
    const residual = x.map((v, i) => y[i] - intercept - slope * v);
    const sum = residual.reduce((a, b) => a + b, 0);
    const moment = residual.reduce((a, r, i) => a + r * x[i], 0);
    // 30 terms of size ≲ 5·3: rounding of the sums ≲ 1e-13
    expect(Math.abs(sum), `Σ r = ${sum}`).toBeLessThan(1e-12);
    expect(Math.abs(moment), `Σ r·x = ${moment}`).toBeLessThan(1e-12);
  });

  it.each([
    ["different lengths", [0, 1], [1]],
    ["one point", [0], [1]],
    ["a non-finite y", [0, 1], [1, Number.NaN]],
    ["all x equal", [2, 2, 2], [1, 2, 3]],
  ] as const)("rejects %s with a ParameterError", (_label, x, y) => {
    expect(() => leastSquaresLine(x, y)).toThrow(ParameterError);
  });
});
