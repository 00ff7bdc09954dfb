import { describe, expect, it } from "vitest";
import { expectedStatusOf, statusOf } from "../../../src/core/claim.js";
import { resonantLevelClaims } from "../../../src/models/resonant-level-probes/claims.js";

/** Every claim of the model produces its registered verdict at the suite's default seed. */
describe("resonant-level-probes claims", () => {
  it("ids are unique and prefixed with the model; erratum pairs point at each other", () => {
    const ids = resonantLevelClaims.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of resonantLevelClaims) {
      expect(c.id.startsWith("resonant-level-probes/")).toBe(true);
      expect(c.tolerance.reason.length).toBeGreaterThan(20);
      if (c.erratum) {
        const partner = resonantLevelClaims.find((x) => x.id === c.erratum!.partner);
        expect(partner?.erratum?.partner).toBe(c.id);
      }
    }
    expect(resonantLevelClaims.filter((c) => c.erratum?.role === "printed").length).toBe(1);
  });
});
