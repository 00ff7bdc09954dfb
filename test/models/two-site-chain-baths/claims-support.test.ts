import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { close } from "../../../src/core/criterion.js";
import { measure } from "../../../src/core/measurement.js";
import { judge } from "../../../src/evidence/judge.js";
import { cappedProperty, hermitianEntryPairs, limitCriterion, limitObservation, operatorPairs } from "../../../src/models/two-site-chain-baths/claims-support.js";
import { identityComplex, zerosComplex } from "../../../src/numerics/linalg/complex-matrix.js";

/** The measurement builders the model's claims share: what they measure, and that the judge can fail them. */

const LIMIT = limitCriterion({ atMost: 0.01, finalReason: "final error of a test sequence", expected: 1, window: 0.15, orderReason: "order one test sequence" });

describe("limitObservation under limitCriterion", () => {
  it("reports the error at the smallest h as the measured error and fits the order", () => {
    const h = [0.04, 0.02, 0.01, 0.005];
    const j = judge(LIMIT, limitObservation(h, h.map((x) => 0.5 * x), { h: "Γ", error: "e", title: "t" }).measurement);
    expect(j.verdict, j.detail).toBe("holds");
    expect(j.measuredError).toBe(0.0025);
    expect(j.order?.measured).toBeCloseTo(1, 12);
  });

  it("fails a sequence of the wrong order even when its last error is small", () => {
    const h = [0.04, 0.02, 0.01, 0.005];
    const j = judge(LIMIT, limitObservation(h, h.map((x) => x * x), { h: "Γ", error: "e", title: "t" }).measurement);
    expect(j.verdict, j.detail).toBe("fails");
  });

  it("fails a sequence of the right order whose last error exceeds the bound", () => {
    const h = [0.04, 0.02, 0.01, 0.005];
    const j = judge(LIMIT, limitObservation(h, h.map((x) => 10 * x), { h: "Γ", error: "e", title: "t" }).measurement);
    expect(j.verdict, j.detail).toBe("fails");
    expect(j.measuredError).toBeCloseTo(0.05, 15);
  });
});

describe("entry pairs", () => {
  it("hermitianEntryPairs compares C11, C22, Re C12, Im C12", () => {
    const a = { re: [[1, 2], [2, 3]], im: [[0, 4], [-4, 0]] };
    const b = { re: [[1, 2], [2, 3]], im: [[0, 4.5], [-4.5, 0]] };
    const pairs = hermitianEntryPairs("x", a, b);
    expect(pairs.map((p) => p.label)).toEqual(["x C11", "x C22", "x Re C12", "x Im C12"]);
    expect(judge(close({ atol: 0.1, reason: "test tolerance" }), measure.pairs(pairs)).measuredError).toBe(0.5);
  });

  it("operatorPairs compares every entry by modulus, against zero when no expectation is given", () => {
    const one = identityComplex(4);
    expect(operatorPairs("1", one, null)).toHaveLength(16);
    expect(judge(close({ atol: 1e-12, reason: "test tolerance" }), measure.pairs(operatorPairs("1 vs 0", one, zerosComplex(4, 4)))).measuredError).toBe(1);
  });
});

describe("cappedProperty", () => {
  it("runs at most its cap of samples, whatever the run asks for", async () => {
    let calls = 0;
    const claim = cappedProperty(
      {
        name: "test-capped",
        where: "a test",
        statement: "a property with a cap on its samples",
        kind: "invariant",
        domain: "x in [0, 1]",
        criterion: close({ atol: 1e-12, reason: "test tolerance" }),
        arbitrary: fc.double({ min: 0, max: 1, noNaN: true }),
        describe: (x) => String(x),
        measure: (x) => {
          calls++;
          return measure.pair("x − x", x - x, 0);
        },
      },
      5,
    );
    const observation = await claim.measure({ seed: 1, numRuns: 40 });
    expect(observation.measurement.kind).toBe("property");
    expect(calls).toBe(5);
  });
});
