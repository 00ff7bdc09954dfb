import { describe, expect, it } from "vitest";
import { setEntropyFigures } from "../../../src/models/set-entropy-production/figures.js";
import { setEntropyProductionModel } from "../../../src/models/set-entropy-production/index.js";

describe("set-entropy-production figures (ci size)", () => {
  it("has Figs. 4, 5, 6, 8, 9", () => {
    expect(setEntropyFigures.map((f) => f.id.split("/")[1])).toEqual(["fig4", "fig5", "fig6", "fig8", "fig9"]);
    const claimIds = new Set(setEntropyProductionModel.claims.map((c) => c.id));
    for (const f of setEntropyFigures) expect(claimIds.has(f.claim), `${f.id} → ${f.claim}`).toBe(true);
  });

  it.each(setEntropyFigures.map((f) => [f.id, f] as const))("%s: ci data match the schema, are finite and report progress", async (_id, figure) => {
    let calls = 0;
    let last = [0, 0];
    const data = await figure.generate("ci", (done, total) => {
      calls++;
      last = [done, total];
    });
    const names = Object.keys(data.columns).sort();
    expect(names).toEqual(figure.schema.map((c) => c.name).sort());
    const length = data.columns[figure.grid].length;
    for (const [name, column] of Object.entries(data.columns)) {
      expect(column.length, name).toBe(length);
      expect(column.every(Number.isFinite), name).toBe(true);
    }
    expect(calls).toBeGreaterThan(0);
    expect(last[0]).toBe(last[1]);
  }, 30_000);

  it("Fig. 4 ci: β* start at the initial β_L = 10, β_R = 2 and both baths end near β_ref (case (a), Γ = 3)", async () => {
    const d = await setEntropyFigures[0].generate("ci");
    const c = d.columns;
    // At Γt = 1e-2 the baths have not moved: |Δβ| ≲ Γt·(coupling) ≪ 1e-2
    expect(Math.abs(c.betaL_a3[0] - 10)).toBeLessThan(0.05);
    expect(Math.abs(c.betaR_a3[0] - 2)).toBeLessThan(0.01);
    const last = c.betaL_a3.length - 1;
    // K = 30: regime-III fluctuations and finite-K offsets of ≈ 10% (measured)
    expect(Math.abs(c.betaL_a3[last] - c.betaRef_a3[last]) / c.betaRef_a3[last]).toBeLessThan(0.2);
  });
});
