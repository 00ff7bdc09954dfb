import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectedStatusFromLedger, ledgerCoverage, readLedger, type Ledger } from "../../src/checks/ledger.js";
import { runClaim } from "../../src/checks/runner.js";
import { bound, close, sign } from "../../src/core/criterion.js";
import { measure } from "../../src/core/measurement.js";
import { claimsFor } from "../../src/evidence/claim-kit.js";
import { realArbitrary } from "../../src/evidence/arbitraries.js";

/** A fixture catalog: three toy claims of a model "toy", one expected to fail, one erratum pair. */
const kit = claimsFor({ model: "toy", doc: "toy.txt" });
const why = "fixture";
const fixture = [
  kit.claim({ name: "one-is-one", where: "eq. (1)", statement: "1 = 1", kind: "identity", domain: "—", criterion: close({ atol: 1e-15, reason: why }), measure: () => ({ measurement: measure.pair("1", 1, 1) }) }),
  kit.property({
    name: "square-non-negative",
    where: "eq. (2)",
    statement: "x² ≥ 0",
    kind: "invariant",
    domain: "x ∈ [−3, 3]",
    criterion: sign({ sign: "non-negative", slack: 0, reason: why }),
    arbitrary: realArbitrary({ kind: "real", name: "x", description: "x", unit: "1", default: 0 }, { min: -3, max: 3, scale: "linear" }),
    measure: (x) => measure.signed("x²", x * x, 1),
  }),
  kit.claim({ name: "two-below-one", where: "eq. (3)", statement: "2 ≤ 1 (false, registered)", kind: "invariant", domain: "—", criterion: bound({ atMost: 1, reason: why }), measure: () => ({ measurement: measure.value("2", 2) }) }),
  ...kit.erratum(
    { printedName: "half-printed", correctedName: "half", where: "eq. (4)", kind: "identity", domain: "—", criterion: close({ atol: 1e-15, reason: why }), printed: "1/2 = 0.4", corrected: "1/2 = 0.5", printedStatement: "1/2 = 0.4 as printed", correctedStatement: "1/2 = 0.5", why: "misprint" },
    { measure: (form) => ({ measurement: measure.pair("1/2", 1 / 2, form === "printed" ? 0.4 : 0.5) }) },
  ),
];

function ledgerDirectory(lines: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "qtherm-ledger-"));
  writeFileSync(join(dir, "toy.json"), JSON.stringify({ schema: "qtherm-expected-verdicts/1", model: "toy", claims: lines }));
  return dir;
}

const honest = {
  "toy/one-is-one": { expect: "holds" },
  "toy/square-non-negative": { expect: "holds" },
  "toy/two-below-one": { expect: "fails", why: "2 > 1" },
  "toy/half-printed": { expect: "fails", why: "the printed form of an erratum" },
  "toy/half": { expect: "holds" },
};

async function unexpectedUnder(ledger: Ledger): Promise<string[]> {
  const verdicts = await Promise.all(fixture.map((c) => runClaim(c, { expectation: (claim) => ledger.entries.get(claim.id)! })));
  return verdicts.filter((v) => v.unexpected).map((v) => `${v.claimId}: ${v.status} (expected ${v.expectedStatus})`);
}

describe("the expected-verdict ledger", () => {
  it("an honest ledger covers the fixture catalog and every verdict is the expected one", async () => {
    const ledger = readLedger(ledgerDirectory(honest));
    expect(ledgerCoverage(fixture, ledger)).toEqual([]);
    expect(await unexpectedUnder(ledger)).toEqual([]);
  });

  it.each([
    ["toy/one-is-one", { expect: "fails", why: "flipped" }, "toy/one-is-one: holds (expected fails)"],
    ["toy/two-below-one", { expect: "holds" }, "toy/two-below-one: fails (expected holds)"],
    ["toy/half-printed", { expect: "holds" }, "toy/half-printed: erratum-printed (expected holds)"],
    ["toy/half", { expect: "fails", why: "flipped" }, "toy/half: erratum-corrected (expected fails)"],
  ])("flipping the line of %s makes its verdict unexpected", async (id, line, message) => {
    const ledger = readLedger(ledgerDirectory({ ...honest, [id]: line }));
    expect(await unexpectedUnder(ledger)).toEqual([message]);
  });

  it("finds a claim without a ledger line and a ledger line without a claim", () => {
    const { "toy/half": _dropped, ...rest } = honest;
    const ledger = readLedger(ledgerDirectory({ ...rest, "toy/ghost": { expect: "holds" } }));
    expect(ledgerCoverage(fixture, ledger)).toEqual([
      { id: "toy/half", problem: "no ledger line" },
      { id: "toy/ghost", problem: "no such claim" },
    ]);
  });

  it("maps an erratum's role onto the expected status", () => {
    const [printed, corrected] = fixture.slice(3);
    expect(expectedStatusFromLedger(printed, { expect: "fails", why: "x" })).toBe("erratum-printed");
    expect(expectedStatusFromLedger(corrected, { expect: "holds" })).toBe("erratum-corrected");
    expect(expectedStatusFromLedger(fixture[0], { expect: "holds" })).toBe("holds");
  });

  it.each([
    ["a failure without a why", { "toy/a": { expect: "fails" } }, /claim 'toy\/a': field 'why' is required/],
    ["an unknown expectation", { "toy/a": { expect: "maybe" } }, /field 'expect' is "maybe"/],
    ["an unknown field", { "toy/a": { expect: "holds", tolerance: 1 } }, /unknown field 'tolerance'/],
    ["an id of another model", { "other/a": { expect: "holds" } }, /must start with 'toy\/'/],
  ])("rejects %s, naming the file, claim and field", (_name, lines, message) => {
    expect(() => readLedger(ledgerDirectory(lines))).toThrow(message);
  });
});
