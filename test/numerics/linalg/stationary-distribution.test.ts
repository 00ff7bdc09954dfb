import { describe, expect, it } from "vitest";
import { stationaryDistribution } from "../../../src/numerics/linalg/stationary-distribution.js";

describe("stationaryDistribution", () => {
  it("solves a two-state chain: p ∝ (rate in, rate out)", () => {
    const p = stationaryDistribution([
      [-1, 2],
      [1, -2],
    ]);
    expect(p[0]).toBeCloseTo(2 / 3, 15);
    expect(p[1]).toBeCloseTo(1 / 3, 15);
  });

  it("satisfies detailed balance for a thermal three-level ladder (rates up = e^{−βΔ}·down)", () => {
    const x = Math.exp(-0.7);
    const w = [
      [-x, 1, 0],
      [x, -1 - x, 1],
      [0, x, -1],
    ];
    const p = stationaryDistribution(w);
    const z = 1 + x + x * x;
    [1 / z, x / z, (x * x) / z].forEach((q, i) => expect(p[i]).toBeCloseTo(q, 14));
    const residual = w.map((row) => row.reduce((s, r, j) => s + r * p[j], 0));
    residual.forEach((r) => expect(Math.abs(r)).toBeLessThan(1e-15));
  });

  it("rejects a non-square matrix, naming it", () => {
    expect(() => stationaryDistribution([[1, 2]])).toThrow(/parameter 'w'/);
  });
});
