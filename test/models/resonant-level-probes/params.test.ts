import { describe, expect, it } from "vitest";
import { ParameterError } from "../../../src/core/errors.js";
import {
  RESONANT_LEVEL_DEFAULTS,
  hoppingAmplitude,
  levelEnergies,
  levelSpacing,
  modelGrids,
  resolveResonantLevelParams,
  singleParticleDimension,
} from "../../../src/models/resonant-level-probes/params.js";

describe("resonant-level-probes parameters", () => {
  it("defaults are the Fig. 2 caption values", () => {
    expect(RESONANT_LEVEL_DEFAULTS).toMatchObject({ N: 500, NG: 500, D: 1, epsilonD: 0, GammaL: 0.025, GammaR: 0.025, GammaG: 0.4, beta: 200, muL: 0.2, muR: -0.2, probe: "none", grid: "midpoint" });
  });

  it.each([
    ["N", 1],
    ["N", 10.5],
    ["GammaL", 0],
    ["GammaR", -0.1],
    ["beta", -1],
    ["D", Number.NaN],
    ["t", -5],
    ["probe", "thermal"],
    ["grid", "random"],
    ["reservoir", "G"],
  ])("rejects %s = %s with a ParameterError naming it", (name, value) => {
    try {
      resolveResonantLevelParams({ [name]: value });
      expect.unreachable(`${name} = ${value} was accepted`);
    } catch (error) {
      expect(error).toBeInstanceOf(ParameterError);
      expect((error as ParameterError).parameter).toBe(name);
    }
  });

  it("rejects sizes whose eigenvectors would not fit in memory, naming N", () => {
    expect(() => resolveResonantLevelParams({ N: 3000, NG: 3000, probe: "dephasing" })).toThrow(/parameter 'N'.*dimension 9001/);
    expect(singleParticleDimension({ N: 500, NG: 1500, probe: "dephasing" })).toBe(2501);
  });

  it("midpoint grid: ε_k = −D + (k+½)·2D/N, symmetric about 0, spacing 2D/N", () => {
    const e = levelEnergies(500, 1);
    expect(e[0]).toBeCloseTo(-0.998, 14); // −1 + 0.002
    expect(e[499]).toBeCloseTo(0.998, 14);
    expect(e[250] - e[249]).toBeCloseTo(0.004, 14);
    for (let k = 0; k < 250; k++) expect(e[k] + e[499 - k]).toBeCloseTo(0, 14);
  });

  it("staggered R grid is shifted down by ΔE/2 and stays in [−D, D)", () => {
    const g = modelGrids(resolveResonantLevelParams({ N: 10, grid: "staggered" }));
    for (let k = 0; k < 10; k++) expect(g.L.energies[k] - g.R.energies[k]).toBeCloseTo(0.1, 14);
    expect(g.R.energies[0]).toBe(-1);
  });

  it("hopping reproduces Γ = π v²/ΔE (eq. (7) definition)", () => {
    const v = hoppingAmplitude(0.025, levelSpacing(1, 500));
    expect((Math.PI * v * v) / 0.004).toBeCloseTo(0.025, 15);
  });
});
