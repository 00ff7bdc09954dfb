import { describe, expect, it } from "vitest";
import { ParameterError } from "../../../src/core/errors.js";
import { propagator } from "../../../src/models/two-site-chain-baths/analytic.js";
import { kernelMasterEquationRates } from "../../../src/models/two-site-chain-baths/analytic-master-equation.js";
import { bandProductRule } from "../../../src/models/two-site-chain-baths/band-product-rule.js";
import { resolveTwoSiteChainBathsParams } from "../../../src/models/two-site-chain-baths/params.js";
import { buildFiniteChainStars, finiteChainSnapshot } from "../../../src/models/two-site-chain-baths/exact.js";
import { exactRates } from "../../../src/models/two-site-chain-baths/exact-master-equation.js";

const POINT = { Omega: 10, Gamma: 0.5, muL: 1.2, muR: 0.3, TL: 0.3, TR: 0.1, M: 1000 };

describe("bandProductRule (Gauss–Legendre in θ, ω = −Ω cos θ)", () => {
  it("the band rule integrates √(Ω² − ω²) to πΩ²/2", () => {
    const r = bandProductRule(10, [1, -2], 5, 16);
    let s = 0;
    for (let i = 0; i < r.nodes.length; i++) s += r.weights[i] * Math.sqrt(100 - r.nodes[i] ** 2);
    // in θ the integrand is Ω² sin²θ, a trigonometric polynomial: exact to round-off (≈ 1e-13 of 50π)
    expect(Math.abs(s - 50 * Math.PI), `∫ = ${s}`).toBeLessThan(1e-12);
  });

  it("has weights summing to the band width 2Ω (the documented example)", () => {
    const w = bandProductRule(10, [], 1, 8).weights.reduce((a, b) => a + b, 0);
    // ∫dω = ∫Ω sin θ dθ = 2Ω; the 8-point rule integrates sin θ on [0, π] to 1e-13
    expect(Math.abs(w - 20), `Σw = ${w}`).toBeLessThan(1e-10);
  });

  it("puts a node cut at every breakpoint inside the band and none outside", () => {
    // breakpoints ω = 1 and −2 (inside), 12 (outside): 5 panels + 2 cuts = 7 pieces of 4 nodes
    const r = bandProductRule(10, [1, -2, 12], 5, 4);
    expect(r.nodes.length).toBe(28);
    expect([...r.nodes].every((w, i) => i === 0 || w > r.nodes[i - 1]), "nodes ascending in ω").toBe(true);
  });

  it("rejects bad sizes naming the parameter", () => {
    expect(() => bandProductRule(1, [], 1, 0)).toThrow(ParameterError);
    expect(() => bandProductRule(1, [], 1, 0)).toThrow(/n/);
    expect(() => bandProductRule(-1, [], 1, 8)).toThrow(/Omega/);
    expect(() => bandProductRule(1, [], 0, 8)).toThrow(/panels/);
  });
});

describe("kernelMasterEquationRates (eqs. (24), (28), (30), (47))", () => {
  const p = resolveTwoSiteChainBathsParams(POINT);

  it("its G_j(t) equals the adaptive band quadrature of (24)", () => {
    const k = kernelMasterEquationRates(p, 2);
    for (const j of [1, 2] as const) {
      const g = propagator(j, 2, p);
      // adaptive quadrature requested to relative 1e-10 of |G| ≤ 1
      expect(Math.hypot(k.propagator[j - 1].re - g.re, k.propagator[j - 1].im - g.im), `G_${j}(2)`).toBeLessThan(2e-10);
    }
  });

  it("the (48) comparison can fail: rates of a different bath (µ_L = 1.3) miss the chain with µ_L = 1.2", () => {
    const wrong = kernelMasterEquationRates(resolveTwoSiteChainBathsParams({ ...POINT, muL: 1.3 }), 8);
    const right = kernelMasterEquationRates(p, 8);
    const r = exactRates(finiteChainSnapshot(buildFiniteChainStars(p), 8));
    const dWrong = Math.hypot(wrong.plus.re[0][1] - r.plus.re[0][1], wrong.plus.im[0][1] - r.plus.im[0][1]);
    const dRight = Math.hypot(right.plus.re[0][1] - r.plus.re[0][1], right.plus.im[0][1] - r.plus.im[0][1]);
    // the claim's tolerance is 1e-8; a 0.1 shift of µ_L changes Λ⁺_12 by O(Γ·0.1·F') ≫ 1e-8
    expect(dWrong, `|ΔΛ⁺_12| wrong bath ${dWrong}, right bath ${dRight}`).toBeGreaterThan(1e-4);
    expect(dRight).toBeLessThan(1e-8);
  });

  it("rejects t ≤ 0 naming t", () => {
    expect(() => kernelMasterEquationRates(p, 0)).toThrow(ParameterError);
    expect(() => kernelMasterEquationRates(p, 0)).toThrow(/t/);
  });
});
