import { describe, expect, it } from "vitest";
import { DomainError } from "../../../src/core/errors.js";
import { resolveParameters } from "../../../src/core/parameters.js";
import { resonantLevelProbesModel } from "../../../src/models/resonant-level-probes/index.js";

const quantity = (name: string) => {
  const q = resonantLevelProbesModel.quantities.find((x) => x.name === name);
  if (!q) throw new Error(`quantity ${name} missing`);
  return q;
};
const params = (partial: Record<string, unknown>) => resolveParameters(resonantLevelProbesModel.parameters, partial);

describe("resonant-level-probes model definition and `qtherm eval` quantities", () => {
  it("exposes the quantities and parameters the issue asks for", () => {
    const names = resonantLevelProbesModel.quantities.map((q) => q.name);
    for (const n of ["populations-qle", "populations-exact", "current", "probe-mu", "recurrence-time"]) expect(names).toContain(n);
    const fields = resonantLevelProbesModel.parameters.fields.map((f) => f.name);
    for (const f of ["N", "NG", "D", "epsilonD", "GammaL", "GammaR", "GammaG", "beta", "muL", "muR", "probe", "grid", "t"]) expect(fields).toContain(f);
    expect(resonantLevelProbesModel.figures.map((f) => f.id)).toEqual(["fig2a", "fig2b", "fig2c", "fig3", "fig3-inset", "fig4", "fig5"].map((f) => `resonant-level-probes/${f}`));
  });

  it("recurrence-time = πN/D; probe-mu = 0 in the symmetric setup", () => {
    expect(quantity("recurrence-time").evaluate(params({ N: 100, D: 2 }))).toBeCloseTo(50 * Math.PI, 12);
    expect(Math.abs(quantity("probe-mu").evaluate(params({ probe: "voltage" })) as number)).toBeLessThan(1e-12);
  });

  it("populations-qle and populations-exact agree within O(Γ/D) below τ⁰_rec and return the grid energies", () => {
    const p = params({ N: 100, t: 150, reservoir: "R" });
    const q = quantity("populations-qle").evaluate(p) as { energies: number[]; occupations: number[] };
    const x = quantity("populations-exact").evaluate(p) as { energies: number[]; occupations: number[] };
    expect(q.energies).toEqual(x.energies);
    expect(q.energies[0]).toBeCloseTo(-0.99, 14);
    const worst = Math.max(...q.occupations.map((v, i) => Math.abs(v - x.occupations[i])));
    // O(Γ/D) Markov error times the change Δp ≲ 0.5 at t ≈ τ⁰_rec/2 (claim qle-markov-order): ≤ 0.05·0.5
    expect(worst).toBeLessThan(0.025);
  });

  it("populations-qle refuses t beyond τ⁰_rec with a DomainError; populations-restarted does not", () => {
    expect(() => quantity("populations-qle").evaluate(params({ N: 100, t: 400 }))).toThrow(DomainError);
    const r = quantity("populations-restarted").evaluate(params({ N: 100, t: 400, probe: "dephasing", NG: 100 })) as { occupations: number[] };
    expect(r.occupations.length).toBe(100);
    expect(r.occupations.every((v) => v >= 0 && v <= 1)).toBe(true);
  });

  it("current: the three forms agree in the quasi-steady state at the paper's parameters", () => {
    const c = quantity("current").evaluate(params({ t: 750 })) as { fromPopulations: number; standard: number; quasiSteady: number };
    // sum-rule claim: relative difference ≲ 1e-3 (band-limited δ); QSS transient e^{−Γt} = e^{−37}
    expect(Math.abs(c.fromPopulations - c.standard) / Math.abs(c.standard)).toBeLessThan(1e-3);
    expect(c.standard).toBeCloseTo(c.quasiSteady, 12);
    expect(c.standard).toBeLessThan(0); // L loses particles
  });
});
