import { describe, expect, it } from "vitest";
import { ParameterError } from "../../../src/core/errors.js";
import { MAX_CHAIN_SITES, defaultTwoSiteChainBathsParams, resolveTwoSiteChainBathsParams } from "../../../src/models/two-site-chain-baths/params.js";

describe("two-site-chain-baths parameters", () => {
  it("defaults are the parameters of Fig. 4(a)", () => {
    expect(defaultTwoSiteChainBathsParams).toMatchObject({ Gamma: 0.2, Omega: 100, delta: 0.1, g: 0.5, h: 1, muL: 1, muR: 0, TL: 0.1, TR: 0.1 });
  });

  it.each([
    ["Gamma", { Gamma: -0.1 }],
    ["Gamma", { Gamma: 0 }],
    ["Omega", { Omega: 0 }],
    ["TL", { TL: 0 }],
    ["TR", { TR: Number.NaN }],
    ["g", { g: -0.5 }],
    ["M", { M: 10.5 }],
    ["M", { M: MAX_CHAIN_SITES + 1 }],
    ["t", { t: -1 }],
    ["omega", { omega: Infinity }],
    ["bogus", { bogus: 1 }],
  ])("rejects bad input naming '%s'", (name, partial) => {
    let error: unknown;
    try {
      resolveTwoSiteChainBathsParams(partial);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ParameterError);
    expect((error as ParameterError).parameter).toBe(name);
  });

  it("rejects E_2 ≤ 0 naming h and printing E_2", () => {
    // h = 0.2, g = 0.5, δ = 0.1: E_2 = 0.2 − √0.26/2 = −0.055
    expect(() => resolveTwoSiteChainBathsParams({ h: 0.2 })).toThrow(/parameter 'h'.*E_2 = -0.05/);
  });

  it("rejects condition (34) √(E_1² + ΓΩ) ≥ Ω naming Gamma", () => {
    // Ω = 10, Γ = 9.9, E_1 = 1.255: √(1.575 + 99) = 10.03 ≥ 10
    expect(() => resolveTwoSiteChainBathsParams({ Omega: 10, Gamma: 9.9 })).toThrow(/parameter 'Gamma'.*condition \(34\)/);
    // E_1 = 9.5 + 0.255 inside Ω = 10 but √(95.2 + 10·0.5) ≥ 10
    expect(() => resolveTwoSiteChainBathsParams({ Omega: 10, Gamma: 0.5, h: 9.5 })).toThrow(/condition \(34\)/);
  });
});
