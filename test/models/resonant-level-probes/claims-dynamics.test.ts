import { describe, expect, it } from "vitest";
import { expectedStatusOf, statusOf } from "../../../src/core/claim.js";
import { dynamicsClaims } from "../../../src/models/resonant-level-probes/claims-dynamics.js";

/** Each claim produces its registered verdict at the suite's default seed (seed 20140401, 40 property runs). */
describe("resonant-level-probes relaxation and restart claims", () => {
  it.each(dynamicsClaims.map((c) => [c.id, c] as const))("%s has its expected verdict", async (_id, claim) => {
    const outcome = await claim.verify({ seed: 20140401, numRuns: 40 });
    expect(statusOf(claim, outcome), `${claim.id}: measured ${outcome.measuredError}; ${outcome.details}`).toBe(expectedStatusOf(claim));
    expect(Number.isFinite(outcome.measuredError)).toBe(true);
  });
});

describe("resonant-level-probes Fig. 3 inset readings", () => {
  it("the natural reading (|dD/dt| falls) is the paper's claim and holds; the constant log-rate is a separate, labelled finding", async () => {
    const slow = dynamicsClaims.find((c) => c.id === "resonant-level-probes/fig3-inset-slow-down")!;
    const finding = dynamicsClaims.find((c) => c.id === "resonant-level-probes/fig3-inset-log-rate-constant")!;
    expect(slow.expectedToFail).toBeUndefined();
    expect(finding.statement.startsWith("FINDING")).toBe(true);
    const o = await slow.verify({ seed: 20140401, numRuns: 40 });
    // the statement itself: late/early speed ratio below 1
    expect(o.measuredError, o.details).toBeLessThan(1);
  });
});
