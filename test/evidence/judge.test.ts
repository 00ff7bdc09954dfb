import { describe, expect, it } from "vitest";
import { all, bound, close, describeCriterion, factor, identity, monotone, order, sign, type Criterion } from "../../src/core/criterion.js";
import { ParameterError } from "../../src/core/errors.js";
import { measure, type IdentityMeasurement, type Measurement } from "../../src/core/measurement.js";
import { judge } from "../../src/evidence/judge.js";

const why = "test: the number is the point of the case";

describe("criteria print exactly the rule the judge applies", () => {
  it.each([
    [close({ atol: 1e-12, reason: why }), "|Δ| ≤ 1e-12"],
    [close({ rtol: 1e-9, reason: why }), "|Δ| ≤ 1e-9·max(|a|,|b|)"],
    [close({ rtol: 1e-3, atol: 1e-15, reason: why }), "|Δ| ≤ 1e-15 + 0.001·max(|a|,|b|)"],
    [order({ expected: 1, window: 0.15, reason: why }), "order 1.00 ± 0.15"],
    [order({ expected: 2, window: 0.1, monotone: true, reason: why }), "order 2.00 ± 0.10, errors strictly decreasing"],
    [bound({ atMost: 0.02, reason: why }), "≤ 0.02"],
    [bound({ atLeast: 1.5e-6, reason: why }), "≥ 1.5e-6"],
    [sign({ sign: "non-negative", slack: 1e-13, reason: why }), "≥ −1e-13·scale"],
    [sign({ sign: "positive", slack: 0, reason: why }), "> 0"],
    [factor({ factor: 2, reason: why }), "within a factor 2"],
    [monotone({ direction: "decreasing", reason: why }), "decreasing"],
    [identity({ rtol: 1e-10, reason: why }), "engine: a − b = 0; numeric |Δ| ≤ 1e-10·max(|a|,|b|)"],
    [all({ order: order({ expected: 1, window: 0.1, reason: why }), final: bound({ atMost: 1e-3, reason: why }) }), "order: order 1.00 ± 0.10; final: ≤ 0.001"],
  ] as const)("%o prints as %s", (criterion, text) => {
    expect(describeCriterion(criterion as Criterion)).toBe(text);
  });

  it.each([
    ["negative rtol", () => close({ rtol: -1, reason: why }), /close.rtol/],
    ["both tolerances zero", () => close({ reason: why }), /at least one/],
    ["an empty reason", () => close({ atol: 1, reason: " " }), /close.reason/],
    ["a zero order window", () => order({ expected: 1, window: 0, reason: why }), /order.window/],
    ["a bound on both sides", () => bound({ atMost: 1, atLeast: 0, reason: why }), /exactly one/],
    ["a factor below 1", () => factor({ factor: 0.5, reason: why }), /factor.factor/],
    ["an empty all", () => all({}), /at least one named part/],
  ])("rejects %s with a ParameterError naming the field", (_name, build, message) => {
    expect(build).toThrow(ParameterError);
    expect(build).toThrow(message);
  });
});

describe("the judge applies the declared criterion and nothing else", () => {
  it.each<[string, Criterion, Measurement, string, number]>([
    ["close holds at the allowance", close({ atol: 1e-12, reason: why }), measure.pair("x", 1, 1 + 0.5e-12), "holds", 0.5e-12],
    ["close fails just beyond it", close({ atol: 1e-12, reason: why }), measure.pair("x", 1, 1 + 2e-12), "fails", 2e-12],
    ["relative close measures relative error", close({ rtol: 1e-3, reason: why }), measure.pair("x", 100, 100.05), "holds", 0.05 / 100.05],
    ["complex pairs by modulus", close({ atol: 1e-9, reason: why }), measure.pair("z", { re: 1, im: 1e-8 }, { re: 1, im: 0 }), "fails", 1e-8],
    ["bound at-most", bound({ atMost: 0.02, reason: why }), measure.value("v", 0.021), "fails", 0.021],
    ["bound at-least", bound({ atLeast: 0.015, reason: why }), measure.value("v", 0.016), "holds", 0.016],
    ["sign within round-off", sign({ sign: "non-negative", slack: 1e-13, reason: why }), measure.signed("σ", -5e-14, 1), "holds", 5e-14],
    ["sign violated", sign({ sign: "non-negative", slack: 1e-13, reason: why }), measure.signed("σ", -4.4e-4, 1), "fails", 4.4e-4],
    ["positive needs more than the slack", sign({ sign: "positive", slack: 1e-12, reason: why }), measure.signed("K", 1e-13, 1), "fails", 0],
    ["factor", factor({ factor: 2, reason: why }), measure.pair("rate", 3, 1.6), "holds", 3 / 1.6],
    ["factor refuses opposite signs", factor({ factor: 2, reason: why }), measure.pair("rate", -1, 1), "fails", Infinity],
    ["monotone decreasing", monotone({ direction: "decreasing", reason: why }), measure.series([1, 2, 3], [3, 2, 2], 1, { x: "x", y: "y" }), "holds", 0],
    ["monotone broken", monotone({ direction: "decreasing", reason: why }), measure.series([1, 2, 3], [3, 2, 2.5], 1, { x: "x", y: "y" }), "fails", 0.5],
  ])("%s", (_name, criterion, m, verdict, measured) => {
    const j = judge(criterion, m);
    expect(j.verdict, j.detail).toBe(verdict);
    expect(j.measuredError).toBeCloseTo(measured, 14);
  });

  it("fits the order and judges it against the window, measuring the deviation", () => {
    const h = [1e-1, 1e-2, 1e-3];
    const first = measure.sequence(h, h.map((x) => 3 * x), { h: "h", error: "error" });
    const j = judge(order({ expected: 1, window: 0.05, reason: why }), first);
    expect(j.verdict).toBe("holds");
    expect(j.order?.measured).toBeCloseTo(1, 12);
    expect(judge(order({ expected: 2, window: 0.05, reason: why }), first).verdict).toBe("fails");
    const bumpy = measure.sequence([1e-1, 1e-2, 1e-3, 1e-4], [1e-1, 2e-2, 1e-3, 1e-4], { h: "h", error: "error" });
    expect(judge(order({ expected: 1, window: 0.5, reason: why }), bumpy).verdict).toBe("holds");
    const rising = measure.sequence([1e-1, 1e-2, 1e-3], [1e-1, 1e-2, 2e-2], { h: "h", error: "error" });
    expect(judge(order({ expected: 0.5, window: 0.6, monotone: true, reason: why }), rising).verdict).toBe("fails");
  });

  it("an all criterion fails when one part fails, even if another is undecided", () => {
    const c = all({ value: bound({ atMost: 1, reason: why }), engine: identity({ rtol: 1e-10, reason: why }) });
    const unknown: IdentityMeasurement = { kind: "identity", engine: "unknown", engineDetail: "opaque atoms", points: 1, samples: [{ point: { x: 1 }, a: { re: 1, im: 0 }, b: { re: 1, im: 0 } }] };
    expect(judge(c, measure.parts({ value: measure.value("v", 2), engine: unknown })).verdict).toBe("fails");
    const undecided = judge(c, measure.parts({ value: measure.value("v", 0.5), engine: unknown }));
    expect(undecided.verdict).toBe("undecided");
    expect(undecided.undecided?.step).toBe("engine: identity: engine");
    expect(() => judge(c, measure.parts({ value: measure.value("v", 0.5) }))).toThrow(/missing: engine/);
  });

  describe("identities: both halves must say equal", () => {
    const samples = (d: number) => [1, 2, 3, 4].map((x) => ({ point: { x }, a: { re: x, im: 0 }, b: { re: x * (1 + d), im: 0 } }));
    const c = identity({ rtol: 1e-10, reason: why });
    it.each([
      ["engine zero, numbers agree", "zero", 0, "holds"],
      ["engine nonzero", "nonzero", 0, "fails"],
      ["numbers disagree, engine unknown", "unknown", 1e-3, "undecided"],
      ["engine unknown, numbers agree: undecided, never holds", "unknown", 0, "undecided"],
      ["engine zero but the numbers disagree: an evaluator is wrong", "zero", 1e-3, "error"],
    ] as const)("%s", (_name, engine, d, verdict) => {
      const j = judge(c, { kind: "identity", engine, engineDetail: "test", points: 4, samples: samples(d) });
      expect(j.verdict, j.detail).toBe(verdict);
    });
    it("needs at least half the points evaluated", () => {
      const few = [{ point: { x: 1 }, a: { re: 1, im: 0 }, b: { re: 1, im: 0 } }, ...[2, 3, 4].map((x) => ({ point: { x }, a: null, b: null }))];
      expect(judge(c, { kind: "identity", engine: "zero", engineDetail: "t", points: 4, samples: few }).verdict).toBe("error");
    });
  });

  it("refuses a measurement that does not fit the criterion", () => {
    expect(() => judge(close({ atol: 1, reason: why }), measure.value("v", 1))).toThrow(/'pairs' for a close criterion/);
    expect(() => judge(bound({ atMost: 1, reason: why }), measure.value("v", NaN))).toThrow(/NaN/);
  });
});
