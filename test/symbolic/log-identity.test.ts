import { describe, expect, it } from "vitest";
import { SymbolicError } from "../../src/core/errors.js";
import { WorkBudgetExceeded } from "../../src/symbolic/exact/index.js";
import { decideLogIdentity, equivalent, logArgumentsAt } from "../../src/symbolic/index.js";

/** The relative entropy of two Fermi distributions p = f(x₁), q = f(x₀) against −Δs + x₀(p − q) (eq. (14) of 001_06d9cbfd9396c60e.txt per mode). */
const FERMI = (x: string) => `(1/(1+exp(${x})))`;
const ENTROPY = (x: string) => `(${x})*${FERMI(x)}+log(1+exp(-(${x})))`;
const X1 = "b1*(eps-m1)";
const X0 = "b0*(eps-m0)";
const RELATIVE_ENTROPY = `${FERMI(X1)}*log(${FERMI(X1)}/${FERMI(X0)})+(1-${FERMI(X1)})*log((1-${FERMI(X1)})/(1-${FERMI(X0)}))`;
const EQ14_RIGHT = `-((${ENTROPY(X1)})-(${ENTROPY(X0)}))+${X0}*(${FERMI(X1)}-${FERMI(X0)})`;

describe("decideLogIdentity", () => {
  it.each([
    ["ln(1 + e^x) − x − ln(1 + e^{−x}) (constant log coefficients: the plain derivative route)", "log(1+e^x) - x - log(1+e^(-x))"],
    ["ln 2 + ln 3 − ln 6 (no variables: prime exponents 1 + 0 − 1, 0 + 1 − 1)", "log(2)+log(3)-log(6)"],
    ["ln 4 − 2 ln 2", "log(4)-2*log(2)"],
    ["x ln(1 + e^x) − x ln(1 + e^{−x}) − x² (the coefficient x vanishes at the only point with e^x = 1: plain derivatives first)", "x*log(1+e^x) - x*log(1+e^(-x)) - x^2"],
    ["the relative entropy of two Fermi distributions (eq. (14) per mode; log coefficients p, 1 − p, ±1)", `(${RELATIVE_ENTROPY})-(${EQ14_RIGHT})`],
  ])("%s is identically 0", (_name, text) => {
    const r = decideLogIdentity(text);
    expect(r.verdict, r.detail).toBe("zero");
    expect(r.detail).toMatch(/region ℝ\^\d/);
  });

  it.each([
    ["ln(1 + e^x) − ln(1 + e^{−x}) (= x, not 0)", "log(1+e^x) - log(1+e^(-x))", /log-free derivative/],
    ["ln 2 − ln 3 (prime 2 has exponent 1)", "log(2)-log(3)", /≠ 0 at the point/],
    ["1 + ln 2 − ln 2 (the rational part)", "1+log(2)-log(2)", /log-free/],
    ["x ln(1 + e^x) − x ln(1 + e^{−x}) − x² − 10⁻⁹ (≠ 0 at x = 0)", "x*log(1+e^x) - x*log(1+e^(-x)) - x^2 - 1e-9", /≠ 0 at x=0/],
    ["eq. (14) off by 10⁻¹²·ε (seen only through a derivative)", `(${RELATIVE_ENTROPY})-(${EQ14_RIGHT})+1e-12*eps`, /depth 1/],
  ])("%s is provably not 0", (_name, text, why) => {
    const r = decideLogIdentity(text);
    expect(r.verdict, r.detail).toBe("nonzero");
    expect(r.detail).toMatch(why);
  });

  it.each([
    ["ln x: the argument is not a one-signed exponential sum (no region)", "log(x) - x", /log\(x\)/],
    ["ln(e^x − 1): negative for x < 0", "log(e^x - 1)", /not a sum of exponentials with constant coefficients of one sign/],
    ["ln(1 + e^x)²: nonlinear in the log", "log(1+e^x)^2 - 1", /nonlinearly/],
    ["√(1 + e^x): not a logarithm", "sqrt(1+e^x) - 1", /not a logarithm/],
    ["ln(ln(1 + e^x)): a log of a log", "log(log(1+e^x))", /atoms of its own|not a sum/],
    ["e^{x+1} ln(1 + e^x): no rational point with every exponent 0", "e^(x+1)*log(1+e^x)", /no rational point/],
  ])("%s → unknown with the reason", (_name, text, why) => {
    const r = decideLogIdentity(text);
    expect(r.verdict).toBe("unknown");
    expect(r.detail).toMatch(why);
  });

  it("charges its work to the budget and throws WorkBudgetExceeded when it runs out", () => {
    expect(() => decideLogIdentity(`(${RELATIVE_ENTROPY})-(${EQ14_RIGHT})`, { budget: 1000 })).toThrow(WorkBudgetExceeded);
  });

  it("throws SymbolicError for unreadable text", () => {
    expect(() => decideLogIdentity("log(1+")).toThrow(SymbolicError);
  });
});

describe("equivalent() passes an 'unknown' caused by logarithms to the log decision", () => {
  const domain = { eps: { min: -3, max: 3 }, b0: { min: 0.1, max: 3 }, m0: { min: -1, max: 1 }, b1: { min: 0.1, max: 3 }, m1: { min: -1, max: 1 } };

  it("eq. (14) per mode: engine 'zero' and the numbers agree", () => {
    const r = equivalent(RELATIVE_ENTROPY, EQ14_RIGHT, { domain, seed: 5, points: 12, rtol: 1e-8, atol: 1e-10 });
    expect(r.symbolic, r.symbolicDetail).toBe("zero");
    expect(r.symbolicDetail).toMatch(/exact log decision/);
    expect(r.numeric.passed).toBe(true);
    expect(r.agree).toBe(true);
  });

  it("log(xy) = log x + log y on negative x, y stays 'unknown' (the log decision does not apply) and the numbers show it false", () => {
    const r = equivalent("log(x*y)", "log(x)+log(y)", { domain: { x: { min: -2, max: -0.5 }, y: { min: -2, max: -0.5 } }, seed: 3 });
    expect(r.symbolic).toBe("unknown");
    expect(r.symbolicDetail).toMatch(/log decision does not apply/);
    expect(r.numeric.passed).toBe(false);
  });
});

describe("logArgumentsAt", () => {
  it("is the smallest log argument over the points", () => {
    expect(logArgumentsAt("log(1+e^x) + log(3+x)", [{ x: 0 }, { x: -1 }])).toBeCloseTo(1 + Math.exp(-1), 14);
    expect(logArgumentsAt("log(x)", [{ x: -1 }, { x: 3 }])).toBe(-1);
  });

  it("is Infinity without a log atom (the example of its doc comment: 2)", () => {
    expect(logArgumentsAt("x^2", [{ x: 1 }])).toBe(Infinity);
    expect(logArgumentsAt("log(1+e^x)", [{ x: 0 }])).toBe(2);
  });
});
