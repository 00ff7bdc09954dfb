import { describe, expect, it } from "vitest";
import { runClaim } from "../../../src/checks/runner.js";
import { limitClaim, orderOfMagnitude, ratioPair } from "../../../src/models/oscillator-mediator/claims-support.js";

/** The shared builders of the oscillator-mediator claims: what they measure and that the judge can fail them. */
const holds = () => ({ expect: "holds" as const });
const sequence = { name: "test-limit", where: "test", statement: "a test limit of the builder", domain: "h = 0.1 … 0.0125", why: "a test", h: [0.1, 0.05, 0.025, 0.0125], hLabel: "h", what: "error" };

describe("oscillator-mediator claim builders", () => {
  it("ratioPair compares a/b with 1 and orderOfMagnitude measures |log10(a/b)|", () => {
    expect(ratioPair("x", 3, 2)).toEqual({ label: "x (ratio)", actual: 1.5, expected: 1 });
    expect(orderOfMagnitude("a/b", 2e3, 2).value).toBeCloseTo(3, 14);
    expect(orderOfMagnitude("a/b", 2, 2e3).value).toBeCloseTo(3, 14);
  });

  it.each([
    [2, 2, "holds"],
    [2, 1, "fails"],
    [1, 1, "holds"],
  ] as const)("an error ∝ h^%d judged against order %d %s", async (actual, expected, status) => {
    const verdict = await runClaim(limitClaim({ ...sequence, expected, error: (h) => 3 * h ** actual }), { expectation: holds });
    expect(verdict.status, verdict.details).toBe(status);
    expect(verdict.measuredError).toBeCloseTo(Math.abs(actual - expected), 10);
    expect(verdict.order).toEqual({ measured: expect.closeTo(actual, 10), expected });
  });

  it("a limit whose errors do not decrease strictly fails even at the right fitted order", async () => {
    const errors = new Map([[0.1, 1e-2], [0.05, 2.6e-3], [0.025, 2.6e-3], [0.0125, 1.6e-4]]);
    const verdict = await runClaim(limitClaim({ ...sequence, expected: 2, window: 0.5, error: (h) => errors.get(h)! }), { expectation: holds });
    expect(verdict.status, verdict.details).toBe("fails");
    expect(verdict.details).toMatch(/NOT strictly decreasing/);
  });
});
