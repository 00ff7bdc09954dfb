import { describe, expect, it } from "vitest";
import { runClaim } from "../../../src/checks/runner.js";
import { criterionOf } from "../../../src/core/claim.js";
import { describeCriterion } from "../../../src/core/criterion.js";
import { measure } from "../../../src/core/measurement.js";
import { judge } from "../../../src/evidence/judge.js";
import { ACCEPTED, ENTROPY_IDENTITY, timeSampleObservation } from "../../../src/models/set-entropy-production/claim-support.js";
import { setEntropyClaims } from "../../../src/models/set-entropy-production/claims.js";

const claim = (name: string) => {
  const c = setEntropyClaims.find((x) => x.id === `set-entropy-production/${name}`);
  if (c === undefined) throw new Error(`no claim ${name}`);
  return c;
};

/** The claims built on the random time samples (their criterion carries the accepted-fraction part). */
const TIME_SAMPLE_CLAIMS = [
  "eq12-decomposition",
  "eq10-intrabath-printed",
  "eq14-finite-bath-effect",
  "eq23-pure-state-decomposition",
  "fig4-distance-identity",
  "conservation",
  "star-dense-agreement",
  "information-terms-dense",
  "bath-block-spectrum-secular",
  "second-law-and-positivity",
];

describe("set-entropy-production claims (claim kit, one judge)", () => {
  it.each(TIME_SAMPLE_CLAIMS)("%s judges its samples and requires ≥ half of the draws accepted", (name) => {
    const c = criterionOf(claim(name));
    expect(c.kind).toBe("all");
    if (c.kind !== "all") return;
    expect(Object.keys(c.parts)).toEqual(["samples", "accepted"]);
    expect(describeCriterion(c.parts.accepted)).toBe("≥ 0.5");
  });

  it("the accepted-fraction part fails below one half (a filter that rejects most draws leaves the domain untested)", () => {
    expect(judge(ACCEPTED, measure.value("accepted fraction", 0.49)).verdict).toBe("fails");
    expect(judge(ACCEPTED, measure.value("accepted fraction", 0.5)).verdict).toBe("holds");
  });

  it("a property over thermal and pure draws is one property measurement: runs added, the smallest accepted fraction", () => {
    const o = timeSampleObservation(["thermal", "pure"], ENTROPY_IDENTITY, () => measure.pair("x", 1, 1), { seed: 7, numRuns: 6 });
    expect(o.measurement.kind).toBe("parts");
    if (o.measurement.kind !== "parts") return;
    const samples = o.measurement.parts.samples;
    const accepted = o.measurement.parts.accepted;
    expect(samples.kind === "property" && samples.runs).toBe(12);
    expect(accepted.kind === "value" && accepted.value).toBeGreaterThan(0.5);
    expect(accepted.kind === "value" && accepted.value).toBeLessThan(1); // pure draws are filtered at seed 7
    expect(o.note).toMatch(/thermal draws: 6 in the domain and checked, 0 rejected/);
    expect(o.note).toMatch(/pure draws: 6 in the domain and checked, [1-9]\d* rejected/);
  });

  it("eq14-single-mode is decided by the exact log decision (not 'undecided'), with the log arguments positive at the spot-check points", async () => {
    const v = await runClaim(claim("eq14-single-mode"));
    expect(v.status, v.details).toBe("holds");
    expect(v.details).toMatch(/engine: zero \(identically 0 by the exact log decision/);
    expect(v.details).toMatch(/logArguments holds/);
    expect(v.measuredError).toBeLessThan(1e-10);
  });

  it("the printed eq. (10) fails on the shared domain by far more than round-off, the corrected form holds", async () => {
    const [printed, corrected] = await Promise.all([runClaim(claim("eq10-intrabath-printed"), { numRuns: 10 }), runClaim(claim("eq12-decomposition"), { numRuns: 10 })]);
    expect(printed.status).toBe("erratum-printed");
    expect(printed.measuredError).toBeGreaterThan(1e-3); // nats: K_ν·I_oν − I_oν
    expect(corrected.status).toBe("erratum-corrected");
    expect(corrected.measuredError).toBeLessThan(1e-9);
  });
});
