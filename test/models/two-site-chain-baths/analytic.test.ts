import { describe, expect, it } from "vitest";
import { DomainError } from "../../../src/core/errors.js";
import {
  energyDistribution,
  epaErrorFunctionU,
  hilbertTransformClosedForm,
  levelWidth,
  newnsSpectralDensity,
  propagator,
  rotationMatrix,
  shiftedEnergy,
  systemEnergies,
} from "../../../src/models/two-site-chain-baths/analytic.js";
import { landauerCurrents, transmission } from "../../../src/models/two-site-chain-baths/analytic-steady.js";
import { resolveTwoSiteChainBathsParams } from "../../../src/models/two-site-chain-baths/params.js";

const fig3 = resolveTwoSiteChainBathsParams({ h: 1, g: 0.5, delta: 0.5, Omega: 10, Gamma: 0.2 });

describe("closed forms against hand-computed values", () => {
  it("E_{1,2} = h ± √(g² + δ²)/2 and R for g = δ = 0.5", () => {
    const e = systemEnergies(fig3);
    // √0.5/2 = 0.35355339059327373
    expect(e.E1).toBeCloseTo(1.3535533905932737, 14);
    expect(e.E2).toBeCloseTo(0.6464466094067263, 14);
    // R_11 = √((Δ+δ)/2Δ) = √((0.7071+0.5)/1.4142) = 0.9238795325112867 (cos π/8)
    expect(rotationMatrix(fig3)[0][0]).toBeCloseTo(Math.cos(Math.PI / 8), 14);
    expect(rotationMatrix(fig3)[0][1]).toBeCloseTo(-Math.sin(Math.PI / 8), 14);
  });

  it("J_N at band centre, edge and outside", () => {
    expect(newnsSpectralDensity(0, fig3)).toBeCloseTo(0.2 / (2 * Math.PI), 15);
    expect(newnsSpectralDensity(10, fig3)).toBe(0);
    expect(newnsSpectralDensity(-11, fig3)).toBe(0);
  });

  it("(36): E′ and Γ_j reduce to E_j and 2πJ_N(E_j) as Γ/Ω → 0", () => {
    const p = resolveTwoSiteChainBathsParams({ ...fig3, Gamma: 1e-8 });
    const E1 = systemEnergies(p).E1;
    // corrections O(Γ/Ω) = 1e-9
    expect(Math.abs(shiftedEnergy(1, p) - E1)).toBeLessThan(1e-8);
    expect(Math.abs(levelWidth(1, p) / (2 * Math.PI * newnsSpectralDensity(E1, p)) - 1)).toBeLessThan(1e-8);
  });

  it("φ_j(E′_j) = J_N(E′_j)/((1 − Γ/Ω)Γ_j²/4) and T(E′_1) > 0", () => {
    const j = 1;
    const Ep = shiftedEnergy(j, fig3);
    const G = levelWidth(j, fig3);
    // φ(E′) = J_N(E′)/((1 − Γ/Ω)Γ_j²/4)
    const expected = newnsSpectralDensity(Ep, fig3) / ((1 - 0.02) * (G * G) / 4);
    expect(energyDistribution(j, Ep, fig3)).toBeCloseTo(expected, 12);
    expect(transmission(Ep, fig3)).toBeGreaterThan(0);
  });

  it("(37) vanishes where (1 − Γ/2Ω)ω = E_j and throws DomainError outside the band", () => {
    const w0 = systemEnergies(fig3).E1 / (1 - 0.2 / 20);
    expect(Math.abs(hilbertTransformClosedForm(1, w0, fig3))).toBeLessThan(1e-13);
    expect(() => hilbertTransformClosedForm(1, 12, fig3)).toThrow(DomainError);
  });

  it("G_j(0) = 1 (normalisation (26) through (24))", () => {
    const g = propagator(2, 0, fig3);
    expect(Math.abs(g.re - 1)).toBeLessThan(1e-10);
    expect(Math.abs(g.im)).toBeLessThan(1e-12);
  });

  it("u(0) of (E6) is (√2π)^{-1}∫√sin = 0.5393526…", () => {
    // ∫_0^π √(sin θ) dθ = √π Γ(3/4)/Γ(5/4) = 2.3962804694711844
    expect(epaErrorFunctionU(0)).toBeCloseTo(2.3962804694711844 / (Math.SQRT2 * Math.PI), 10);
  });

  it("Landauer current vanishes for equal baths and flows from high to low µ", () => {
    const eq = landauerCurrents(resolveTwoSiteChainBathsParams({ muL: 0.5, muR: 0.5, TL: 0.3, TR: 0.3 }));
    expect(eq.particle).toBe(0);
    const biased = landauerCurrents(resolveTwoSiteChainBathsParams({ muL: 1.5, muR: 0.5 }));
    expect(biased.particle).toBeGreaterThan(0);
  });
});
