import { describe, expect, it } from "vitest";
import { twoSiteChainBathsClaims } from "../../../src/models/two-site-chain-baths/claims.js";

describe("two-site-chain-baths claims", () => {
  it("have unique ids under the model prefix, sources and reasons", () => {
    const ids = twoSiteChainBathsClaims.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of twoSiteChainBathsClaims) {
      expect(c.id.startsWith("two-site-chain-baths/")).toBe(true);
      expect(c.source.doc).toBe("003_3bda4ae6cebee785.txt");
      expect(c.tolerance.reason.length).toBeGreaterThan(10);
    }
  });

  it("erratum pairs point at each other", () => {
    const byId = new Map(twoSiteChainBathsClaims.map((c) => [c.id, c]));
    const errata = twoSiteChainBathsClaims.filter((c) => c.erratum);
    expect(errata.length).toBe(8);
    for (const c of errata) {
      const partner = byId.get(c.erratum!.partner);
      expect(partner?.erratum?.partner).toBe(c.id);
      expect(partner?.erratum?.role).not.toBe(c.erratum!.role);
    }
  });

});
