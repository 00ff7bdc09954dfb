import { describe, expect, it } from "vitest";
import { expectedStatusOf, statusOf } from "../../../src/core/claim.js";
import { setEntropyClaims } from "../../../src/models/set-entropy-production/claims.js";

// The paper's physical claims at K = 1000 (population path) and K = 200 (dense bath spectra).
const PHYSICS = setEntropyClaims.filter((c) => /thermalization|heat-up|thermoelectric|regimes|overestimates|typicality|threshold|regime-III|classical-bound|finite-bath-effect-largest|coupling-insensitivity|settles-early/.test(c.id));

describe("set-entropy-production physical claims (Sec. IV, App. A)", () => {
  it("selects the fourteen physical claims", () => {
    expect(PHYSICS.length).toBe(14);
  });

  it.each(PHYSICS.map((c) => [c.id, c] as const))("%s has its expected verdict", async (_id, claim) => {
    const outcome = await claim.verify({ seed: 20140401, numRuns: 40 });
    expect(statusOf(claim, outcome), `${claim.id}: ${outcome.details} (measured ${outcome.measuredError})`).toBe(expectedStatusOf(claim));
  }, 60_000);
});
