import { describe, expect, it } from "vitest";
import { ParameterError } from "../../src/core/errors.js";
import {
  BINARY_ENTROPY_CLIP_TOLERANCE,
  binaryEntropy,
  bose,
  coth,
  fermi,
  fermiDerivative,
  fermiOfArgument,
  log1pExp,
} from "../../src/numerics/special.js";

const EPS = Number.EPSILON;

/** f(1 − f) at argument x, from fermiDerivative with β = 1, μ = 0 (∂f/∂ε = −f(1 − f)). */
const fermiWeight = (x: number): number => -fermiDerivative(x, 1, 0);

const functions: Record<string, (x: number) => number> = {
  fermiArg: fermiOfArgument,
  coth,
  log1pExp,
  binaryEntropy,
  bose: (x) => bose(x, 1),
  fermiWeight,
};

// Reference values: test/numerics/reference/special-reference.py (mpmath, 50 digits),
// each the double nearest to the exact value at the given double argument.
const reference: [string, number, number][] = [
  ["fermiArg", -745, 1.0],
  ["fermiArg", -40, 1.0],
  ["fermiArg", -1, 0.7310585786300049],
  ["fermiArg", -1e-8, 0.5000000025],
  ["fermiArg", 0.5, 0.37754066879814546],
  ["fermiArg", 3, 0.04742587317756678],
  ["fermiArg", 36, 2.3195228302435686e-16],
  ["fermiArg", 700, 9.85967654375977e-305],
  ["coth", 1e-300, 9.999999999999999e+299],
  ["coth", 1e-10, 10000000000.0],
  ["coth", 0.001, 1000.0003333333111],
  ["coth", 0.0624, 16.04643562829531],
  ["coth", 0.0626, 15.995302111838539],
  ["coth", 0.5, 2.163953413738653],
  ["coth", 1, 1.3130352854993312],
  ["coth", 5, 1.0000908039820193],
  ["coth", 18, 1.0000000000000004],
  ["coth", -0.3, -3.432738430321742],
  ["log1pExp", -745, 5e-324],
  ["log1pExp", -700, 9.85967654375977e-305],
  ["log1pExp", -30, 9.357622968839737e-14],
  ["log1pExp", -1e-3, 0.6926473055599401],
  ["log1pExp", 0, 0.6931471805599453],
  ["log1pExp", 1e-3, 0.6936473055599401],
  ["log1pExp", 20, 20.000000002061153],
  ["log1pExp", 40, 40.0],
  ["log1pExp", 800, 800.0],
  ["binaryEntropy", 1e-300, 6.917755278982137e-298],
  ["binaryEntropy", 1e-20, 4.705170185988091e-19],
  ["binaryEntropy", 1e-8, 1.9420680738952367e-07],
  ["binaryEntropy", 0.001, 0.007907255112232087],
  ["binaryEntropy", 0.1, 0.32508297339144826],
  ["binaryEntropy", 0.3, 0.6108643020548935],
  ["binaryEntropy", 0.5, 0.6931471805599453],
  ["binaryEntropy", 0.75, 0.5623351446188084],
  ["binaryEntropy", 0.999, 0.007907255112232094],
  ["bose", 1e-300, 9.999999999999999e+299],
  ["bose", 1e-12, 999999999999.5],
  ["bose", 1e-3, 999.5000833333319],
  ["bose", 0.5, 1.5414940825367982],
  ["bose", 3, 0.05239569649125595],
  ["bose", 40, 4.248354255291589e-18],
  ["bose", 700, 9.85967654375977e-305],
  ["fermiWeight", 0, 0.25],
  ["fermiWeight", 1, 0.19661193324148185],
  ["fermiWeight", -2.5, 0.07010371654510816],
  ["fermiWeight", 30, 9.357622968838423e-14],
  ["fermiWeight", 700, 9.85967654375977e-305],
];

describe("special functions against 50-digit references", () => {
  // 8 ulp: each kernel is a handful of correctly rounded operations (exp/expm1/log1p are
  // faithful to ~1 ulp in V8's fdlibm port), each contributing ≤ 1 ulp of relative error.
  // Subnormal results (log1pExp(−745) = 5e−324) can only be compared absolutely: 1 subnormal ulp.
  it.each(reference)("%s(%s) = %s", (name, x, expected) => {
    const got = functions[name](x);
    const allowed = Math.max(8 * EPS * Math.abs(expected), 5e-324);
    expect(Math.abs(got - expected), `${name}(${x}) = ${got}, expected ${expected}`).toBeLessThanOrEqual(allowed);
  });
});

describe("documented examples return the documented values", () => {
  it.each([
    ["fermiOfArgument(0)", () => fermiOfArgument(0), 0.5],
    ["fermiOfArgument(800)", () => fermiOfArgument(800), 0],
    ["fermi(0, 1)", () => fermi(0, 1), 0.5],
    ["fermi(1, 1)", () => fermi(1, 1), 0.2689414213699951],
    ["fermi(1e4, 1)", () => fermi(1e4, 1), 0],
    ["fermi(-1e4, 1)", () => fermi(-1e4, 1), 1],
    ["fermiDerivative(0, 4)", () => fermiDerivative(0, 4), -1],
    ["fermiDerivative(1, 1)", () => fermiDerivative(1, 1), -0.19661193324148188],
    ["bose(1, 1)", () => bose(1, 1), 0.5819767068693265],
    ["bose(1e-8, 1)", () => bose(1e-8, 1), 99999999.49999999],
    ["coth(1)", () => coth(1), 1.3130352854993312],
    ["coth(1e-10)", () => coth(1e-10), 10000000000],
    ["coth(-50)", () => coth(-50), -1],
    ["log1pExp(0)", () => log1pExp(0), 0.6931471805599453],
    ["log1pExp(1000)", () => log1pExp(1000), 1000],
    ["log1pExp(-800)", () => log1pExp(-800), 0],
    ["log1pExp(-700)", () => log1pExp(-700), 9.85967654375977e-305],
    ["binaryEntropy(0.5)", () => binaryEntropy(0.5), 0.6931471805599453],
    ["binaryEntropy(0.1)", () => binaryEntropy(0.1), 0.3250829733914482],
    ["binaryEntropy(1)", () => binaryEntropy(1), 0],
  ] as const)("%s", (_label, evaluate, expected) => {
    expect(evaluate()).toBe(expected);
  });
});

describe("special values and limits", () => {
  it("fermi is exactly 0 and 1 far from μ, at any finite β, never NaN", () => {
    for (const beta of [1, 200, 1e300]) {
      expect(fermi(1e4, beta)).toBe(0);
      expect(fermi(-1e4, beta)).toBe(1);
    }
    // β·(ε − μ) overflows to ±Infinity: still exact limits, no NaN.
    expect(fermi(1e300, 1e300)).toBe(0);
    expect(fermi(-1e300, 1e300)).toBe(1);
    // negative β inverts the population
    expect(fermi(1e4, -1)).toBe(1);
    expect(fermi(0.3, 0, 7)).toBe(0.5);
    expect(fermi(2, 5, 2)).toBe(0.5);
  });

  it("fermiDerivative vanishes (not NaN) far in the tails and is −β/4 at μ", () => {
    expect(fermiDerivative(1e4, 200)).toBe(-0);
    expect(fermiDerivative(-1e4, 200)).toBe(-0);
    expect(fermiDerivative(0.25, 200, 0.25)).toBe(-50);
  });

  it("binaryEntropy(0) = binaryEntropy(1) = 0 and round-off outside [0, 1] is clipped", () => {
    expect(binaryEntropy(0)).toBe(0);
    expect(binaryEntropy(1)).toBe(0);
    expect(binaryEntropy(-BINARY_ENTROPY_CLIP_TOLERANCE)).toBe(0);
    expect(binaryEntropy(1 + BINARY_ENTROPY_CLIP_TOLERANCE)).toBe(0);
  });

  it("coth of tiny arguments follows the Laurent series 1/x + x/3", () => {
    for (const x of [1e-300, 1e-100, 1e-8, -3e-5]) {
      const series = 1 / x + x / 3;
      // 2 ulp: the series is evaluated here in one division and one addition
      expect(Math.abs(coth(x) - series), `coth(${x}) = ${coth(x)}`).toBeLessThanOrEqual(2 * EPS * Math.abs(series));
    }
  });

  it("coth is exactly ±1 for large |x| and bose is exactly 0 for huge βω", () => {
    expect(coth(40)).toBe(1);
    expect(coth(-40)).toBe(-1);
    expect(bose(800, 1)).toBe(0);
  });
});

describe("error paths name the parameter", () => {
  it.each([
    ["fermi energy NaN", () => fermi(NaN, 1), "energy"],
    ["fermi beta Infinity", () => fermi(0, Infinity), "beta"],
    ["fermi mu -Infinity", () => fermi(0, 1, -Infinity), "mu"],
    ["fermiDerivative beta NaN", () => fermiDerivative(0, NaN), "beta"],
    ["bose omega 0", () => bose(0, 1), "omega"],
    ["bose omega negative", () => bose(-1, 1), "omega"],
    ["bose beta 0", () => bose(1, 0), "beta"],
    ["bose overflow", () => bose(1e-200, 1e-200), "beta*omega"],
    ["coth 0", () => coth(0), "x"],
    ["coth NaN", () => coth(NaN), "x"],
    ["coth overflow", () => coth(1e-320), "x"],
    ["log1pExp Infinity", () => log1pExp(Infinity), "x"],
    ["binaryEntropy NaN", () => binaryEntropy(NaN), "lambda"],
    ["binaryEntropy below slack", () => binaryEntropy(-1e-9), "lambda"],
    ["binaryEntropy above slack", () => binaryEntropy(1 + 1e-9), "lambda"],
  ] as const)("%s", (_label, call, parameter) => {
    let caught: unknown;
    try {
      call();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ParameterError);
    expect((caught as ParameterError).parameter).toBe(parameter);
  });
});
