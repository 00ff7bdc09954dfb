import { describe, expect, it } from "vitest";
import { ParameterError } from "../../src/core/errors.js";
import { closeness, compareArrays, describeArrayCloseness, isClose, tolerance } from "../../src/core/tolerance.js";

const tight = tolerance(1e-8, 0, "test: relative only");
const absolute = tolerance(0, 1e-6, "test: absolute only");

describe("closeness rule |a−b| ≤ atol + rtol·max(|a|,|b|)", () => {
  it.each([
    [1, 1 + 5e-9, tight, true],
    [1, 1 + 2e-8, tight, false],
    [0, 5e-7, absolute, true],
    [0, 2e-6, absolute, false],
    [1e300, 1.000000001e300, tight, true],
    [0, 0, tight, true],
  ])("closeness(%d, %d) is %s", (a, b, tol, expected) => {
    expect(isClose(a, b, tol)).toBe(expected);
  });

  it("is symmetric in its arguments", () => {
    const c1 = closeness(1, 1.5, tolerance(0.3, 0, "t"));
    const c2 = closeness(1.5, 1, tolerance(0.3, 0, "t"));
    expect(c1.close).toBe(c2.close);
    expect(c1.allowed).toBeCloseTo(0.45, 15);
    expect(c1.ratio).toBeCloseTo(0.5 / 0.45, 12);
  });

  it("never calls NaN close", () => {
    expect(isClose(NaN, NaN, tight)).toBe(false);
    expect(isClose(1, NaN, absolute)).toBe(false);
  });

  it("calls equal infinities close and different ones not", () => {
    expect(isClose(Infinity, Infinity, tight)).toBe(true);
    expect(isClose(Infinity, -Infinity, tight)).toBe(false);
  });

  it("rejects bad tolerances, naming the field", () => {
    expect(() => tolerance(-1, 0, "x")).toThrow(/'rtol' = -1/);
    expect(() => tolerance(0, NaN, "x")).toThrow(/'atol' = NaN/);
    expect(() => tolerance(0, 0, "x")).toThrow(ParameterError);
    expect(() => tolerance(1e-3, 0, "  ")).toThrow(/'reason'/);
  });
});

describe("compareArrays", () => {
  it("reports the worst index and counts failures", () => {
    const r = compareArrays([1, 2, 3.1, 4], [1, 2, 3, 4.01], tolerance(0, 0.02, "t"));
    expect(r.close).toBe(false);
    expect(r.failures).toBe(1);
    expect(r.worstIndex).toBe(2);
    expect(r.worstAbsoluteError).toBeCloseTo(0.1, 12);
    expect(describeArrayCloseness(r, tolerance(0, 0.02, "t"))).toContain("worst at index 2");
  });

  it("rejects arrays of different length", () => {
    expect(() => compareArrays([1], [1, 2], tight)).toThrow(/length/);
  });
});
