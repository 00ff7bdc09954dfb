import { describe, expect, it } from "vitest";
import { ParameterError } from "../../../src/core/errors.js";
import { principalValue } from "../../../src/numerics/quadrature/principal-value.js";

const EPS = Number.EPSILON;

function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("principal value against closed forms", () => {
  it("PV∫_{-1}^{1} dx/(x − 1/2) = −ln 3 (documented example)", () => {
    const r = principalValue(() => 1, 0.5, -1, 1);
    // error estimate + rounding of ln 3
    expect(Math.abs(r.value + Math.log(3))).toBeLessThanOrEqual(r.errorEstimate + 4 * EPS);
  });

  it.each([
    // PV∫_a^b x²/(x−c) dx = (b² − a²)/2 + c(b − a) + c² ln((b−c)/(c−a))
    [-1, 1, 0.3],
    [0, 5, 4.999],
    [-2, 7, -1.9],
  ])("PV∫_%s^%s x²/(x − %s) dx", (a, b, c) => {
    const exact = (b * b - a * a) / 2 + c * (b - a) + c * c * Math.log((b - c) / (c - a));
    const r = principalValue((x) => x * x, c, a, b);
    // honest estimate, or the default tolerance max(1e-12, 1e-10|I|) per piece; 8ε·scale rounding of the closed form
    const bound = Math.max(r.errorEstimate, 2e-12, 1e-10 * Math.abs(exact)) + 8 * EPS * (b * b + Math.abs(c * c * Math.log(Math.abs(b - c))));
    expect(Math.abs(r.value - exact), `PV = ${r.value}, exact ${exact}`).toBeLessThanOrEqual(bound);
  });

  it("semi-infinite range: PV∫_0^∞ e^{−x}/(x − c) dx = −e^{−c} Ei(c) is matched by two routes", () => {
    // Independent route: PV∫_0^∞ e^{−x}/(x−c) = e^{−c}·PV∫_{−c}^{∞} e^{−u}/u du = −e^{−c}·Ei(c),
    // with Ei(1) = 1.8951178163559367554665209343316342 (A&S Table 5.1).
    const r = principalValue((x) => Math.exp(-x), 1, 0, Infinity);
    const exact = -Math.exp(-1) * 1.8951178163559367554665209343316342;
    expect(Math.abs(r.value - exact), `PV = ${r.value}`).toBeLessThanOrEqual(Math.max(r.errorEstimate, 2e-12) + 4 * EPS);
  });
});

describe("principal value: bad input", () => {
  it.each([
    ["c", () => principalValue(() => 1, 2, -1, 1)],
    ["c", () => principalValue(() => 1, -1, -1, 1)],
    ["c", () => principalValue(() => 1, NaN, -1, 1)],
    ["a, b", () => principalValue(() => 1, 0, 1, -1)],
    ["breakpoints[0]", () => principalValue(() => 1, 0, -1, 1, { breakpoints: [3] })],
  ] as const)("names %s", (parameter, call) => {
    const error = thrown(call);
    expect(error).toBeInstanceOf(ParameterError);
    expect((error as ParameterError).parameter).toBe(parameter);
  });

  it("names the point where the numerator is not finite", () => {
    const error = thrown(() => principalValue((x) => (x > 0.9 ? NaN : x), 0, -1, 1));
    expect(error).toBeInstanceOf(ParameterError);
    expect((error as ParameterError).parameter).toMatch(/^f\(0\.9/);
  });
});
