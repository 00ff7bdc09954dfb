import { describe, expect, it } from "vitest";
import { ParameterError } from "../../../src/core/errors.js";
import { GaussianRational, Rational } from "../../../src/symbolic/exact/index.js";

const q = (num: bigint, den = 1n): Rational => Rational.of(num, den);

describe("GaussianRational: the field Q(i)", () => {
  const g = (re: Rational, im: Rational = Rational.ZERO): GaussianRational => new GaussianRational(re, im);
  it.each([
    ["i·i", GaussianRational.I.mul(GaussianRational.I), "-1"],
    ["(1+i)^4", g(q(1n), q(1n)).pow(4), "-4"],
    ["1/i", GaussianRational.ONE.div(GaussianRational.I), "-i"],
    ["1/(1+i)", g(q(1n), q(1n)).inverse(), "(1/2-1/2*i)"],
    ["(1+2i)(3−i)", g(q(1n), q(2n)).mul(g(q(3n), q(-1n))), "(5+5*i)"],
    ["(1+2i) + (−1−2i)", g(q(1n), q(2n)).add(g(q(-1n), q(-2n))), "0"],
    ["(1+2i) − i", g(q(1n), q(2n)).sub(GaussianRational.I), "(1+i)"],
    ["conj(1+2i)", g(q(1n), q(2n)).conj(), "(1-2*i)"],
    ["−i", GaussianRational.I.neg(), "-i"],
    ["1/2 + 3i", g(q(1n, 2n), q(3n)), "(1/2+3*i)"],
    ["−1/2·i", g(Rational.ZERO, q(-1n, 2n)), "-1/2*i"],
    ["3", g(q(3n)), "3"],
    ["(2+i)/(1−i)", g(q(2n), q(1n)).div(g(q(1n), q(-1n))), "(1/2+3/2*i)"],
  ])("%s = %s", (_label, value, expected) => {
    expect(value.toText()).toBe(expected);
  });

  it("equals, isZero, division by zero", () => {
    expect(GaussianRational.I.mul(GaussianRational.I).equals(GaussianRational.MINUS_ONE)).toBe(true);
    expect(g(q(1n), q(1n)).sub(g(q(1n), q(1n))).isZero()).toBe(true);
    expect(() => GaussianRational.ONE.div(GaussianRational.ZERO)).toThrow(ParameterError);
  });
});
