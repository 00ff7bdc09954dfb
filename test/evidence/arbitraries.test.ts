import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ParameterSchema, RealParameter } from "../../src/core/parameters.js";
import { parameterArbitrary, realArbitrary } from "../../src/evidence/arbitraries.js";

const beta: RealParameter = { kind: "real", name: "beta", description: "", unit: "1/energy", default: 1, min: 0, minInclusive: false, sampling: { min: 0.1, max: 10, scale: "log" } };
const energy: RealParameter = { kind: "real", name: "energy", description: "", unit: "energy", default: 0, sampling: { min: -1, max: 1, scale: "linear" } };

describe("arbitraries from parameter domains", () => {
  it("sample log-uniformly: each decade of [0.1, 10] gets about half of the draws", () => {
    const draws = fc.sample(realArbitrary(beta), { seed: 3, numRuns: 4000 });
    const lowerDecade = draws.filter((x) => x < 1).length / draws.length;
    // binomial standard deviation √(0.25/4000) ≈ 0.008: 0.45…0.55 is ±6σ
    expect(lowerDecade).toBeGreaterThan(0.45);
    expect(lowerDecade).toBeLessThan(0.55);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0.1);
    expect(Math.max(...draws)).toBeLessThanOrEqual(10);
  });

  it("sample linear ranges uniformly (mean ≈ centre, quartiles filled)", () => {
    const draws = fc.sample(realArbitrary(energy), { seed: 5, numRuns: 4000 });
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    expect(Math.abs(mean)).toBeLessThan(0.05); // σ of the mean = 0.577/√4000 ≈ 0.009
    expect(draws.filter((x) => x > 0.5).length / draws.length).toBeGreaterThan(0.2); // expected 0.25
  });

  it("respect relations between parameters and return validated objects", () => {
    const schema: ParameterSchema<{ beta: number; energy: number }> = {
      fields: [beta, energy],
      relations: [{ statement: "beta·energy < 1", parameters: ["beta"], check: (p) => (p.beta * p.energy < 1 ? null : "too large") }],
    };
    const draws = fc.sample(parameterArbitrary(schema, { fixed: { energy: 0.5 } }), { seed: 1, numRuns: 200 });
    expect(draws.every((p) => p.energy === 0.5 && p.beta * p.energy < 1)).toBe(true);
    expect(Object.isFrozen(draws[0])).toBe(true);
  });
});
