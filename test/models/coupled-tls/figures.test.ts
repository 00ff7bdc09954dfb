import { describe, expect, it } from "vitest";
import { couplingGrid, heatCurrentVsCouplingFigure } from "../../../src/models/coupled-tls/figures.js";

describe("figure coupled-tls/heat-current-vs-coupling", () => {
  it("generates the ci size: 9 log-spaced points from 1e-3 to 1, one column per schema entry", async () => {
    const data = await heatCurrentVsCouplingFigure.generate("ci");
    const names = heatCurrentVsCouplingFigure.schema.map((c) => c.name);
    expect(Object.keys(data.columns).sort()).toEqual([...names].sort());
    for (const name of names) expect(data.columns[name], name).toHaveLength(9);
    const grid = data.columns.epsilonOverGamma;
    expect(grid[0]).toBeCloseTo(1e-3, 15);
    expect(grid[8]).toBeCloseTo(1, 15);
    expect(couplingGrid(41)).toHaveLength(41);
    expect(heatCurrentVsCouplingFigure.schema.every((c) => c.unit.length > 0 && c.description.length > 10)).toBe(true);
  });

  it("shows the physics: corrected first order meets the exact incoherent current as ε/Γ → 0, the printed one misses by (1 + x_A)(1 + x_B)", async () => {
    const { columns } = await heatCurrentVsCouplingFigure.generate("ci");
    const [xA, xB] = [Math.exp(-0.5), Math.exp(-2)];
    const relative = Math.abs(columns.heatCurrentFirstOrder[0] / columns.heatCurrentIncoherentExact[0] - 1);
    // O(ε/Γ): (ε/Γ)(2 + x_A + x_B)/((1 + x_A)(1 + x_B)) = 1.5e-3 at ε/Γ = 1e-3
    expect(relative).toBeCloseTo((1e-3 * (2 + xA + xB)) / ((1 + xA) * (1 + xB)), 5);
    expect(columns.heatCurrentPrinted[4] / columns.heatCurrentFirstOrder[4]).toBeCloseTo((1 + xA) * (1 + xB), 12);
    // coherent hopping: J_A ∝ ε² at weak coupling — slope 2 on the first decade
    const slope = Math.log(columns.heatCurrentCoherentExact[3] / columns.heatCurrentCoherentExact[0]) / Math.log(columns.epsilonOverGamma[3] / columns.epsilonOverGamma[0]);
    expect(slope).toBeCloseTo(2, 2);
  });

  it("reports progress once per point", async () => {
    const calls: number[] = [];
    await heatCurrentVsCouplingFigure.generate("ci", (done) => calls.push(done));
    expect(calls).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
