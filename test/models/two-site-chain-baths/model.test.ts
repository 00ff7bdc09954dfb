import { describe, expect, it } from "vitest";
import { resolveParameters } from "../../../src/core/parameters.js";
import { twoSiteChainBathsModel } from "../../../src/models/two-site-chain-baths/index.js";

const quantity = (name: string) => {
  const q = twoSiteChainBathsModel.quantities.find((x) => x.name === name);
  if (!q) throw new Error(`missing quantity ${name}`);
  return q;
};

describe("two-site-chain-baths model definition", () => {
  it("lists the quantities the issue asks for", () => {
    for (const name of ["energies", "transmission", "particle-current", "energy-current", "ness", "rate-matrix-plus", "nu-infinity", "exact-correlation"]) {
      expect(twoSiteChainBathsModel.quantities.some((q) => q.name === name), name).toBe(true);
    }
  });

  it("energies at h = 1, g = δ = 0.5 are 1 ± √0.5/2", () => {
    const p = resolveParameters(twoSiteChainBathsModel.parameters, { h: 1, g: 0.5, delta: 0.5, Omega: 10 });
    const e = quantity("energies").evaluate(p) as { E1: number; E2: number };
    expect(e.E1).toBeCloseTo(1 + Math.SQRT1_2 / 2, 14);
    expect(e.E2).toBeCloseTo(1 - Math.SQRT1_2 / 2, 14);
  });

  it("exact-correlation at small M is a Hermitian 2×2 matrix with 0 ≤ C_jj ≤ 1", () => {
    const p = resolveParameters(twoSiteChainBathsModel.parameters, { M: 50, t: 2, Omega: 10, Gamma: 0.5 });
    const c = quantity("exact-correlation").evaluate(p) as { re: number[][]; im: number[][] };
    expect(c.re[0][1]).toBe(c.re[1][0]);
    expect(c.im[0][1]).toBe(-c.im[1][0]);
    for (const j of [0, 1]) {
      expect(c.re[j][j]).toBeGreaterThanOrEqual(0);
      expect(c.re[j][j]).toBeLessThanOrEqual(1);
    }
  });

  it("particle current (43) equals g·Im C_12 of the ness quantity", () => {
    const p = resolveParameters(twoSiteChainBathsModel.parameters, { Omega: 10, Gamma: 0.5, muL: 1.2, muR: 0.3 });
    const J = quantity("particle-current").evaluate(p) as number;
    const C = quantity("ness").evaluate(p) as { im: number[][] };
    // both from band quadrature with relative tolerance 1e-10
    expect(Math.abs(J - 0.5 * C.im[0][1])).toBeLessThan(1e-12);
  });

  it("every figure has its grid among its columns and a tolerance with a reason", () => {
    for (const f of twoSiteChainBathsModel.figures) {
      expect(f.schema.map((c) => c.name)).toContain(f.grid);
      expect(f.tolerance.reason.length).toBeGreaterThan(10);
      expect(twoSiteChainBathsModel.claims.some((c) => c.id === f.claim), `${f.id} → ${f.claim}`).toBe(true);
    }
  });

  it("exact-currents-plateau: the averaged boundary particle currents cancel, J^P_L ≈ −J^P_R ≈ J^P_S", () => {
    // M = 300, Ω = 10: window [15, 30] ends at the transit time M/Ω = 30
    const p = resolveParameters(twoSiteChainBathsModel.parameters, { M: 300, Omega: 10, Gamma: 0.5, t: 30, muL: 1.2, muR: 0.3 });
    const a = quantity("exact-currents-plateau").evaluate(p) as { particleL: number; particleR: number; internal: number };
    // residual transient at Γt ≥ 7.5, averaged (≈ e^{−Γt/2} ~ 2e-2 of the current at worst)
    expect(Math.abs(a.particleL + a.particleR), `${a.particleL} vs ${a.particleR}`).toBeLessThan(1e-3 * Math.abs(a.particleL));
    expect(Math.abs(a.particleL - a.internal), `${a.particleL} vs ${a.internal}`).toBeLessThan(1e-3 * Math.abs(a.particleL));
  });
});
