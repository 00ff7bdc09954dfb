import { describe, expect, it } from "vitest";
import { ParameterError } from "../../../src/core/errors.js";
import { Rational } from "../../../src/symbolic/exact/index.js";

const q = (num: bigint, den = 1n): Rational => Rational.of(num, den);

describe("Rational: normalization (gcd 1, positive denominator)", () => {
  it.each([
    [6n, 4n, "3/2", 3n, 2n],
    [6n, -4n, "-3/2", -3n, 2n],
    [-6n, -4n, "3/2", 3n, 2n],
    [0n, -7n, "0", 0n, 1n],
    [10n, 5n, "2", 2n, 1n],
    [-1n, 2n, "-1/2", -1n, 2n],
  ])("%d/%d → %s", (num, den, text, n, d) => {
    const r = q(num, den);
    expect(r.toText()).toBe(text);
    expect([r.num, r.den]).toEqual([n, d]);
  });

  it("equal values have equal fields", () => {
    expect(q(2n, 4n).equals(q(-3n, -6n))).toBe(true);
  });
});

describe("Rational: decimal and fraction text", () => {
  it.each([
    ["0.125", "1/8"],
    ["3", "3"],
    ["-2.5e-3", "-1/400"],
    ["1/1000", "1/1000"],
    ["-6/-4", "3/2"],
    [".5", "1/2"],
    ["2.", "2"],
    ["1E3", "1000"],
    ["+0.1", "1/10"],
    ["123456789012345678901234567890", "123456789012345678901234567890"],
    ["1e-20", "1/100000000000000000000"],
  ])("%s → %s", (text, expected) => {
    expect(Rational.fromDecimalString(text).toText()).toBe(expected);
  });

  it.each([["1/0"], ["abc"], ["."], ["1.2.3"], ["e5"], [""]])("rejects %j with ParameterError", (text) => {
    expect(() => Rational.fromDecimalString(text)).toThrow(ParameterError);
  });
});

describe("Rational: arithmetic", () => {
  it.each([
    ["1/2 + 1/3", q(1n, 2n).add(q(1n, 3n)), "5/6"],
    ["1/2 − 1/3", q(1n, 2n).sub(q(1n, 3n)), "1/6"],
    ["2/3 · 3/4", q(2n, 3n).mul(q(3n, 4n)), "1/2"],
    ["1/2 ÷ (−3/4)", q(1n, 2n).div(q(-3n, 4n)), "-2/3"],
    ["−(1/2)", q(1n, 2n).neg(), "-1/2"],
    ["(−2/3)^−3", q(-2n, 3n).pow(-3), "-27/8"],
    ["1/6 + 1/3 (normalizes to 1/2)", q(1n, 6n).add(q(1n, 3n)), "1/2"],
    ["7 · 0", q(7n).mul(Rational.ZERO), "0"],
  ])("%s = %s", (_label, value, expected) => {
    expect(value.toText()).toBe(expected);
  });

  it.each([
    [q(1n, 3n), q(1n, 2n), -1],
    [q(1n, 2n), q(2n, 4n), 0],
    [q(-1n, 2n), q(-2n, 3n), 1],
  ])("compare(%s, %s) = %d", (a, b, expected) => {
    expect(a.compare(b)).toBe(expected);
  });

  it("division by zero throws ParameterError (div, inverse, of)", () => {
    expect(() => q(1n).div(Rational.ZERO)).toThrow(ParameterError);
    expect(() => Rational.ZERO.inverse()).toThrow(ParameterError);
    expect(() => Rational.of(1n, 0n)).toThrow(ParameterError);
  });

  it("isZero and fromInteger", () => {
    expect(Rational.fromInteger(0).isZero()).toBe(true);
    expect(Rational.fromInteger(-7).toText()).toBe("-7");
    expect(() => Rational.fromInteger(0.5)).toThrow(ParameterError);
  });
});

describe("Rational: toNumber", () => {
  it.each([
    [q(1n, 3n), 1 / 3],
    [q(-2n, 7n), -2 / 7],
    [q(10n ** 30n, 3n), 1e30 / 3],
    [q(1n, 10n ** 30n), 1e-30],
    [q(10n ** 400n + 1n, 10n ** 399n), 10],
    [q(1n, 10n ** 320n), 1e-320],
    [q(10n ** 400n), Infinity],
  ])("%s → %d", (r, expected) => {
    expect(r.toNumber()).toBe(expected);
  });

  it("is correctly rounded for big operands (compared with the exact decimal expansion)", () => {
    // (2^60 + 1)/3: exact value 384307168202282325.666…, nearest double 384307168202282304
    expect(q(2n ** 60n + 1n, 3n).toNumber()).toBe(384307168202282304);
  });
});
