import { describe, expect, it } from "vitest";
import { expectedStatusOf, statusOf } from "../../../src/core/claim.js";
import { setEntropyClaims } from "../../../src/models/set-entropy-production/claims.js";

// Fast claims (symbolic, properties at small K, errata (10), (22)); the K = 1000 physics claims are in claims-physics.test.ts.
const FAST = setEntropyClaims.filter((c) => !/thermalization|heat-up|thermoelectric|regimes|overestimates|typicality|threshold|regime-III|classical-bound|finite-bath-effect-largest|coupling-insensitivity|settles-early/.test(c.id));

describe("set-entropy-production claims (identities, invariants, errata, symbolic)", () => {
  it("covers every claim id exactly once across the two test files", () => {
    expect(new Set(setEntropyClaims.map((c) => c.id)).size).toBe(setEntropyClaims.length);
    expect(FAST.length).toBeGreaterThanOrEqual(12);
  });

  it.each(FAST.map((c) => [c.id, c] as const))("%s has its expected verdict", async (_id, claim) => {
    const outcome = await claim.verify({ seed: 20140401, numRuns: 40 });
    expect(statusOf(claim, outcome), `${claim.id}: ${outcome.details} (measured ${outcome.measuredError})`).toBe(expectedStatusOf(claim));
  }, 30_000);
});
