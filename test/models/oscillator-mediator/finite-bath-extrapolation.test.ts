import { describe, expect, it } from "vitest";
import { ParameterError } from "../../../src/core/errors.js";
import { richardsonExtrapolation } from "../../../src/models/oscillator-mediator/finite-bath-extrapolation.js";

describe("richardsonExtrapolation", () => {
  it("recovers X(0) of a polynomial in h whose orders it is given (closed form X(0) = 1)", () => {
    const h = [0.1, 0.05, 0.025, 0.0125];
    const x = h.map((v) => 1 + 2 * v - 3 * v * v + 0.5 * v ** 3);
    const r = richardsonExtrapolation(h, x, [1, 2, 3]);
    // exact up to the conditioning of a 4×4 Vandermonde-like solve (h rescaled to ≤ 1): ~1e-13
    expect(Math.abs(r.value - 1), `value ${r.value}`).toBeLessThan(1e-12);
    // one level lower (orders 1, 2 on the finest 3 points) misses the h³ term: X(0) error = 0.5·h1h2h3
    const expectedLower = 1 + 0.5 * 0.05 * 0.025 * 0.0125;
    expect(Math.abs(r.lowerLevel - expectedLower), `lower ${r.lowerLevel} vs ${expectedLower}`).toBeLessThan(1e-13);
    expect(Math.abs(r.remainder - (expectedLower - 1)), `remainder ${r.remainder}`).toBeLessThan(1e-13);
  });

  it("handles non-integer leading orders in 1/ω_max: X = 3 + 5w⁻² − 7w⁻³ (closed form X(∞) = 3)", () => {
    const w = [20, 40, 80];
    const x = w.map((v) => 3 + 5 / v ** 2 - 7 / v ** 3);
    const r = richardsonExtrapolation(w.map((v) => 1 / v), x, [2, 3]);
    expect(Math.abs(r.value - 3), `value ${r.value}`).toBeLessThan(1e-13); // exact model, rounding only
  });

  it("a single level: the remainder is the distance to the finest point", () => {
    const r = richardsonExtrapolation([0.1, 0.05], [1.1, 1.05], [1]);
    expect(Math.abs(r.value - 1)).toBeLessThan(1e-14); // linear data, exact
    expect(Math.abs(r.remainder - 0.05)).toBeLessThan(1e-14);
  });

  it.each([
    [[0.1, 0.05], [1, 2], [1, 2], "h.length"],
    [[0.1, 0.05], [1], [1], "values.length"],
    [[0.1, -0.05], [1, 2], [1], "h[1]"],
    [[0.1, 0.05], [1, Number.NaN], [1], "values[1]"],
    [[0.1], [1], [], "orders.length"],
  ])("rejects bad input naming the parameter (%j, %j, %j → %s)", (h, v, o, name) => {
    expect(() => richardsonExtrapolation(h, v, o)).toThrow(ParameterError);
    expect(() => richardsonExtrapolation(h, v, o)).toThrow(name);
  });
});
