import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Claim, LegacyClaim, Outcome, VerifyContext } from "../../src/core/claim.js";
import { DomainError, UndecidedError } from "../../src/core/errors.js";
import { tolerance } from "../../src/core/tolerance.js";
import { selectClaims } from "../../src/checks/select.js";
import { propertyRuns, runClaim as runWithLedger, runClaims as runAllWithLedger, type RunOptions } from "../../src/checks/runner.js";
import { expectedStatusOf } from "../../src/core/claim.js";
import { checkProperty } from "../../src/evidence/property.js";

const tol = tolerance(1e-12, 0, "test");

/** These toy claims are not in the package's ledger: their expectation is what they register themselves. */
const ownExpectation: RunOptions["expectation"] = (c) => (expectedStatusOf(c) === "fails" || expectedStatusOf(c) === "erratum-printed" ? { expect: "fails", why: "toy" } : { expect: "holds" });
const runClaim = (c: Claim, options: RunOptions = {}) => runWithLedger(c, { expectation: ownExpectation, ...options });
const runClaims = (cs: readonly Claim[], options: RunOptions = {}) => runAllWithLedger(cs, { expectation: ownExpectation, ...options });

function claim(id: string, outcome: Outcome | LegacyClaim["verify"], extra: Partial<LegacyClaim> = {}): LegacyClaim {
  return {
    id,
    model: id.split("/")[0],
    source: { doc: "test", where: "eq. (0)" },
    statement: id,
    kind: "identity",
    tolerance: tol,
    domain: "everywhere",
    verify: typeof outcome === "function" ? outcome : () => outcome,
    ...extra,
  };
}

const holds: Outcome = { holds: true, measuredError: 1e-15, details: "ok" };
const fails: Outcome = { holds: false, measuredError: 0.3, details: "off by 0.3" };
const erratumPair = (role: "printed" | "corrected") => ({
  erratum: { role, partner: "m/other", printed: "a", corrected: "b", explanation: "sign" },
});

describe("verdicts", () => {
  it.each([
    ["plain claim holds", holds, {}, "holds", false],
    ["plain claim fails", fails, {}, "fails", true],
    ["printed erratum fails as expected", fails, erratumPair("printed"), "erratum-printed", false],
    ["printed erratum unexpectedly holds", holds, erratumPair("printed"), "holds", true],
    ["corrected erratum holds", holds, erratumPair("corrected"), "erratum-corrected", false],
    ["corrected erratum fails", fails, erratumPair("corrected"), "fails", true],
    ["known failure fails", fails, { expectedToFail: { why: "Levy–Kosloff" } }, "fails", false],
    ["known failure holds", holds, { expectedToFail: { why: "Levy–Kosloff" } }, "holds", true],
  ] as const)("%s", async (_name, outcome, extra, status, unexpected) => {
    const verdict = await runClaim(claim("m/c", outcome, extra as Partial<LegacyClaim>));
    expect(verdict.status).toBe(status);
    expect(verdict.unexpected).toBe(unexpected);
    expect(verdict.measuredError).toBe(outcome.measuredError);
  });

  const boom = () => {
    throw new Error("boom");
  };
  const starved = () => {
    throw new UndecidedError("expand", "(x+1)^40", "work budget of 10 coefficient operations exhausted");
  };
  it.each([
    ["a plain claim", {}],
    ["a printed erratum", erratumPair("printed")],
    ["a corrected erratum", erratumPair("corrected")],
    ["a registered failure", { expectedToFail: { why: "Levy–Kosloff" } }],
  ] as const)("a thrown error in %s is 'error', unexpected, never its expected status", async (_name, extra) => {
    const verdict = await runClaim(claim("m/t", boom, extra as Partial<LegacyClaim>));
    expect(verdict.status).toBe("error");
    expect(verdict.unexpected).toBe(true);
    expect(verdict.details).toContain("boom");
  });

  it.each([
    ["a plain claim", {}],
    ["a printed erratum", erratumPair("printed")],
    ["a registered failure", { expectedToFail: { why: "Levy–Kosloff" } }],
  ] as const)("an engine that cannot decide makes %s 'undecided' with the step and reason, unexpected", async (_name, extra) => {
    const verdict = await runClaim(claim("m/u", starved, extra as Partial<LegacyClaim>));
    expect(verdict.status).toBe("undecided");
    expect(verdict.unexpected).toBe(true);
    expect(verdict.undecided).toEqual({ step: "expand", reason: "work budget of 10 coefficient operations exhausted" });
    expect(verdict.details).toMatch(/^undecided at expand: work budget/);
  });

  it("an outcome marked undecided is 'undecided' even for a printed erratum whose holds is false", async () => {
    const verdict = await runClaim(claim("m/p", { ...fails, undecided: { step: "equivalent", reason: "opaque atoms" } }, erratumPair("printed")));
    expect(verdict.status).toBe("undecided");
    expect(verdict.unexpected).toBe(true);
  });

  it("a DomainError thrown by the evidence is an error of the claim, not out-of-domain", async () => {
    const domain = await runClaim(claim("m/d", () => { throw new DomainError("eq. (47)", "T ≫ ω", "T = 0.1"); }));
    expect(domain.status).toBe("error");
    expect(domain.details).toContain("eq. (47)");
  });

  it("an outcome that says it is out of domain is out-of-domain", async () => {
    const domain = await runClaim(claim("m/o", { ...holds, outOfDomain: true }));
    expect(domain.status).toBe("out-of-domain");
  });

  it.each([
    ["a plain claim", {}],
    ["a registered failure", { expectedToFail: { why: "x" } }],
  ] as const)("a NaN measured error in %s is an error", async (_name, extra) => {
    const verdict = await runClaim(claim("m/n", { holds: false, measuredError: NaN, details: "?" }, extra as Partial<LegacyClaim>));
    expect(verdict.status).toBe("error");
    expect(verdict.unexpected).toBe(true);
    expect(verdict.details).toMatch(/NaN/);
  });

  it("runs in order and reports progress", async () => {
    const seen: string[] = [];
    const verdicts = await runClaims([claim("m/a", holds), claim("m/b", fails)], { onVerdict: (v) => seen.push(v.claimId) });
    expect(seen).toEqual(["m/a", "m/b"]);
    expect(verdicts.map((v) => v.status)).toEqual(["holds", "fails"]);
  });
});

describe("property claims", () => {
  const squareIsNonNegative = (context: { seed: number; numRuns: number; path?: string }) =>
    checkProperty({ arbitrary: fc.double({ min: -10, max: 10, noNaN: true }), measure: (x) => ({ error: Math.max(0, -x * x), holds: x * x >= 0 }) }, context);
  const lessThanThree = (context: { seed: number; numRuns: number; path?: string }) =>
    checkProperty({ arbitrary: fc.integer({ min: 0, max: 100 }), measure: (n) => ({ error: n, holds: n < 3 }) }, context);

  it("a true property holds and reports its seed", () => {
    const outcome = squareIsNonNegative({ seed: 7, numRuns: 50 });
    expect(outcome.holds).toBe(true);
    expect(outcome.seed).toBe(7);
  });

  it("a false property reports the shrunk counterexample and a path that replays it", () => {
    const outcome = lessThanThree({ seed: 7, numRuns: 50 });
    expect(outcome.holds).toBe(false);
    expect(outcome.counterexample).toBe(3); // shrinking reaches the smallest failing integer
    expect(outcome.path).toBeDefined();
    const replay = lessThanThree({ seed: outcome.seed!, numRuns: 50, path: outcome.path });
    expect(replay.counterexample).toBe(3);
  });
});

describe("property claims whose measurement breaks", () => {
  const throwsAbove = (limit: number, error: () => Error) => (context: { seed: number; numRuns: number; path?: string }) =>
    checkProperty(
      {
        arbitrary: fc.integer({ min: 0, max: 100 }),
        measure: (n) => {
          if (n > limit) throw error();
          return { error: 0, holds: true };
        },
      },
      context,
    );

  it("a throwing sample makes the claim an error naming the sample, even when the claim is registered to fail", async () => {
    const verdict = await runClaim(claim("m/p", (c: VerifyContext) => throwsAbove(10, () => new Error("solver diverged"))(c), { expectedToFail: { why: "x" } }));
    expect(verdict.status).toBe("error");
    expect(verdict.details).toMatch(/threw at the sample \d+: Error: solver diverged/);
  });

  it("an undecided sample keeps the claim undecided", async () => {
    const verdict = await runClaim(claim("m/q", (c: VerifyContext) => throwsAbove(10, () => new UndecidedError("limit", "f", "unsupported function"))(c)));
    expect(verdict.status).toBe("undecided");
    expect(verdict.undecided?.reason).toMatch(/^unsupported function \(at the sample \d+\)$/);
  });

  it("a NaN measurement is not a counterexample", () => {
    expect(() => checkProperty({ arbitrary: fc.integer({ min: 0, max: 5 }), measure: () => ({ error: NaN, holds: false }) }, { seed: 1, numRuns: 10 })).toThrow(/NaN/);
  });
});

describe("selection and run counts", () => {
  const claims = [claim("alpha/one", holds), claim("alpha/two", holds), claim("beta/one", holds)];
  it.each([
    ["alpha", ["alpha/one", "alpha/two"]],
    ["alpha/two", ["alpha/two"]],
    ["*/one", ["alpha/one", "beta/one"]],
    ["gamma", []],
    ["beta/one,alpha/two", ["alpha/two", "beta/one"]],
    ["alpha/one,*/one", ["alpha/one", "beta/one"]],
  ])("pattern %s", (pattern, ids) => {
    expect(selectClaims(claims, pattern).map((c) => c.id)).toEqual(ids);
  });

  it("reads QTHERM_PROPERTY_RUNS and rejects nonsense", () => {
    expect(propertyRuns(undefined, { QTHERM_PROPERTY_RUNS: "500" })).toBe(500);
    expect(propertyRuns(12, { QTHERM_PROPERTY_RUNS: "500" })).toBe(12);
    expect(() => propertyRuns(undefined, { QTHERM_PROPERTY_RUNS: "lots" })).toThrow(/QTHERM_PROPERTY_RUNS/);
  });
});

describe("exact ids win over prefixes", () => {
  it("selects only the named claim when another id extends it", () => {
    const claims = [claim("m/second-law-resonant", holds), claim("m/second-law", holds)];
    expect(selectClaims(claims, "m/second-law").map((c) => c.id)).toEqual(["m/second-law"]);
    expect(selectClaims(claims, "m/second").map((c) => c.id)).toEqual(["m/second-law-resonant", "m/second-law"]);
  });
});
