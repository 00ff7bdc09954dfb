import { describe, expect, it } from "vitest";
import { allClaims } from "../../src/checks/registry.js";
import { ledgerCoverage, readLedger } from "../../src/checks/ledger.js";
import { runClaim } from "../../src/checks/runner.js";

/**
 * The table-driven ledger test (one per model file so that vitest runs the models in
 * parallel): every claim of the catalog is run with the default seed and property runs,
 * and its status must be the one its line in verdicts/<model>.json registers; a claim
 * without a line, or a line without a claim, fails.
 */
export function ledgerSuite(model: string): void {
  const claims = allClaims().filter((c) => c.model === model);
  describe(`${model}: every claim gives the verdict the ledger registers`, () => {
    it("has claims, each with a ledger line, and no ledger line without a claim", () => {
      expect(claims.length).toBeGreaterThan(0);
      expect(ledgerCoverage(claims, readLedger(), [model])).toEqual([]);
    });
    it.each(claims.map((c) => [c.id, c] as const))("%s", async (_id, claim) => {
      const verdict = await runClaim(claim);
      expect(verdict.status, `${claim.id}: ${verdict.details} (measured ${verdict.measuredError})`).toBe(verdict.expectedStatus);
    });
  });
}
