import { describe, expect, it } from "vitest";
import { ParameterError } from "../../../src/core/errors.js";
import { bathLevels, levelSpacing, MAX_MODES, paperCase, resolveSetEntropyParams, SET_ENTROPY_DEFAULTS, tunnelAmplitude } from "../../../src/models/set-entropy-production/params.js";
import { initialOccupations, setHamiltonian } from "../../../src/models/set-entropy-production/system.js";

function parameterOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (error) {
    if (error instanceof ParameterError) return error.parameter;
    throw error;
  }
  return undefined;
}

describe("set-entropy-production parameters (Sec. III–IV of 001_06d9cbfd9396c60e.txt)", () => {
  it("defaults are the paper's case (a), Γ = 3, K = 1000, W = 10", () => {
    expect(SET_ENTROPY_DEFAULTS).toMatchObject({ KL: 1000, KR: 1000, W: 10, gammaL: 3, gammaR: 3, epsilonD: 0, nD: 0, betaL: 10, betaR: 2, muL: 1, muR: -1, initial: "thermal" });
    expect(paperCase("b")).toMatchObject({ muL: 0.5, muR: 0.5 });
  });

  it("grid is exactly ε_k = (k−1)W/(K−1) − W/2 (not a rounded Δε = 0.01)", () => {
    const levels = bathLevels(1000, 10);
    expect(levels[0]).toBe(-5);
    // (K−1)·Δε − W/2 with Δε = 10/999 is 5 up to one rounding of the product (≤ 1 ulp of 10)
    expect(Math.abs(levels[999] - 5)).toBeLessThanOrEqual(2e-15 * 10);
    expect(levelSpacing(1000, 10)).toBe(10 / 999);
    expect(levels[1] - levels[0]).toBeCloseTo(10 / 999, 15);
    expect(levels[1] - levels[0]).not.toBe(0.01);
  });

  it("wide-band coupling t = √(ΓΔε/2π) and star layout (dot, L, R) with K_L ≠ K_R", () => {
    expect(tunnelAmplitude(3, 1000, 10)).toBeCloseTo(Math.sqrt((3 * (10 / 999)) / (2 * Math.PI)), 16);
    const h = setHamiltonian(resolveSetEntropyParams({ KL: 3, KR: 5, gammaL: 1, gammaR: 2, epsilonD: 0.25 }));
    expect(h.apex).toBe(0.25);
    expect(Array.from(h.diagonal)).toEqual([-5, 0, 5, -5, -2.5, 0, 2.5, 5]);
    expect(h.border[0]).toBeCloseTo(Math.sqrt(5 / (2 * Math.PI)), 15);
    expect(h.border[3]).toBeCloseTo(Math.sqrt((2 * 2.5) / (2 * Math.PI)), 15);
  });

  it("thermal C(0) is eq. (20); a pure state is a seeded 0/1 draw below the Fermi function", () => {
    const p = resolveSetEntropyParams({ KL: 3, KR: 3, nD: 0.25, betaL: 1, betaR: 2, muL: 0, muR: 1 });
    const c = initialOccupations(p);
    expect(c[0]).toBe(0.25);
    expect(c[2]).toBeCloseTo(0.5, 15); // ε = 0 = μ_L
    expect(c[4]).toBeCloseTo(1 / (1 + Math.exp(2 * (-5 - 1))), 15);
    const pure = initialOccupations({ ...p, initial: "pure", seed: 7 });
    expect(pure.every((x) => x === 0 || x === 1)).toBe(true);
    expect(Array.from(initialOccupations({ ...p, initial: "pure", seed: 7 }))).toEqual(Array.from(pure));
  });

  it.each([
    [{ KL: 1 }, "KL"],
    [{ KR: 2.5 }, "KR"],
    [{ W: 0 }, "W"],
    [{ gammaL: -1 }, "gammaL"],
    [{ gammaR: Number.NaN }, "gammaR"],
    [{ betaL: 0 }, "betaL"],
    [{ betaR: -2 }, "betaR"],
    [{ nD: 1.5 }, "nD"],
    [{ muL: Number.POSITIVE_INFINITY }, "muL"],
    [{ initial: "mixed" }, "initial"],
    [{ seed: -1 }, "seed"],
    [{ KL: 3000, KR: 3001 }, "KL"],
    [{ K: 100 }, "K"],
  ])("rejects %j naming %s", (partial, name) => {
    expect(parameterOf(() => resolveSetEntropyParams(partial))).toBe(name);
  });

  it("the memory limit is stated in the error", () => {
    expect(() => resolveSetEntropyParams({ KL: MAX_MODES, KR: 10 })).toThrow(/exceeds 6001/);
  });
});
