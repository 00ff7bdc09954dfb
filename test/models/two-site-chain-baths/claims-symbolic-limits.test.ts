import { afterAll, describe, expect, it } from "vitest";
import { shutdownSymbolicEngine } from "../../../src/symbolic/engine.js";
import { expectedStatusOf, statusOf } from "../../../src/core/claim.js";
import { symbolicLimitClaims } from "../../../src/models/two-site-chain-baths/claims-symbolic-limits.js";

/** The verdict test of every claim in claims-symbolic-limits.ts: seed 20140401, 40 property runs. */
const context = { seed: 20140401, numRuns: 40 };

describe("two-site-chain-baths claims: claims-symbolic-limits", () => {
  afterAll(() => shutdownSymbolicEngine());
  it.each(symbolicLimitClaims.map((c) => [c.id, c] as const))("%s produces its expected verdict", async (_, claim) => {
    const outcome = await claim.verify(context);
    const status = statusOf(claim, outcome);
    expect(status, `${claim.id}: ${outcome.details} (measured ${outcome.measuredError})`).toBe(expectedStatusOf(claim));
    expect(Number.isFinite(outcome.measuredError)).toBe(true);
    if (claim.kind === "limit") expect(outcome.order, `${claim.id} reports its order`).toBeDefined();
  });
});
