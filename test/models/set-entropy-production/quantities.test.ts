import { describe, expect, it } from "vitest";
import { resolveParameters } from "../../../src/core/parameters.js";
import { setEntropyProductionModel } from "../../../src/models/set-entropy-production/index.js";

const quantity = (name: string) => {
  const q = setEntropyProductionModel.quantities.find((x) => x.name === name);
  if (!q) throw new Error(`no quantity ${name}`);
  return q;
};
const small = resolveParameters(setEntropyProductionModel.parameters, { KL: 20, KR: 15, t: 3 });

describe("qtherm eval set-entropy-production quantities", () => {
  it("lists observables, observables-log-grid, reference, populations", () => {
    expect(setEntropyProductionModel.quantities.map((q) => q.name)).toEqual(["observables", "observables-log-grid", "reference", "populations"]);
  });

  it("populations: n = 1 + K_L + K_R occupations in [0, 1] summing to the conserved N", () => {
    const pops = quantity("populations").evaluate(small) as number[];
    expect(pops.length).toBe(36);
    expect(pops.every((x) => x >= 0 && x <= 1)).toBe(true);
    const ref = quantity("reference").evaluate(small) as Record<string, number>;
    // N conserved to round-off of 36 terms
    expect(Math.abs(pops.reduce((s, x) => s + x, 0) - ref.particles)).toBeLessThan(1e-12);
    expect(ref.betaRef).toBeGreaterThan(0);
  });

  it("observables: the record satisfies eq. (12) and eq. (14) at t", () => {
    const o = quantity("observables").evaluate(small) as Record<string, number>;
    expect(o.t).toBe(3);
    // identity tolerances as in the claims (≲ 1e-12 nats round-off)
    expect(Math.abs(o.Sigma - (o.ISB + o.ILR + o.IoL + o.IoR + o.DstarEnv))).toBeLessThan(1e-9);
    expect(Math.abs(o.sigma - o.Sigma - o.DeqEnv)).toBeLessThan(1e-9);
  });

  it("observables-log-grid: eleven times Γt = 1e-2 … 1e8", () => {
    const grid = quantity("observables-log-grid").evaluate(small) as Record<string, Record<string, number>>;
    expect(Object.keys(grid)).toHaveLength(11);
    expect(grid["gammaT_1e8"].t).toBeCloseTo(1e8 / 3, 6);
  });
});
