import { describe, expect, it } from "vitest";
import { readLedger } from "../../../src/checks/ledger.js";
import { runClaim } from "../../../src/checks/runner.js";
import { dynamicsClaims } from "../../../src/models/resonant-level-probes/claims-dynamics.js";

describe("resonant-level-probes Fig. 3 inset readings", () => {
  it("the natural reading (|dD/dt| falls) is the paper's claim and holds; the constant log-rate is a separate, labelled finding", async () => {
    const slow = dynamicsClaims.find((c) => c.id === "resonant-level-probes/fig3-inset-slow-down")!;
    const finding = dynamicsClaims.find((c) => c.id === "resonant-level-probes/fig3-inset-log-rate-constant")!;
    expect(readLedger().entries.get(slow.id)?.expect).toBe("holds");
    expect(finding.statement.startsWith("FINDING")).toBe(true);
    const o = await runClaim(slow);
    // the statement itself: late/early speed ratio below 1
    expect(o.measuredError, o.details).toBeLessThan(1);
  });
});
