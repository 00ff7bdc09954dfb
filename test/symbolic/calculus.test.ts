import { evaluate } from "mathjs";
import { describe, expect, it } from "vitest";
import { SymbolicError } from "../../src/core/errors.js";
import { seededRandom } from "../../src/numerics/random.js";
import { definiteIntegral, differentiate, equivalent, integrate, limit, seriesByDerivatives } from "../../src/symbolic/index.js";

/** mathjs evaluation of engine text (not the module's compile), real part; complex results kept whole where asked. */
const real = (text: string, scope: Record<string, number> = {}): number => {
  const v = evaluate(text, scope) as unknown;
  return typeof v === "number" ? v : (v as { re: number }).re;
};
const complex = (text: string): { re: number; im: number } => {
  const v = evaluate(text) as unknown;
  return typeof v === "number" ? { re: v, im: 0 } : (v as { re: number; im: number });
};

/**
 * Derivatives with their known closed forms; `f` is the function written independently
 * in JavaScript for the finite-difference check; the domain keeps every case real.
 */
const derivatives = [
  { name: "sin(x)·e^x", expr: "sin(x)*e^x", known: "e^x*(sin(x)+cos(x))", f: (x: number) => Math.sin(x) * Math.exp(x), min: -2, max: 2 },
  { name: "x^x", expr: "x^x", known: "x^x*(log(x)+1)", f: (x: number) => x ** x, min: 0.2, max: 3 },
  { name: "log(sqrt(x²+1))", expr: "log(sqrt(x^2+1))", known: "x/(x^2+1)", f: (x: number) => Math.log(Math.sqrt(x * x + 1)), min: -3, max: 3 },
  { name: "coth(x)", expr: "coth(x)", known: "-1/sinh(x)^2", f: (x: number) => 1 / Math.tanh(x), min: 0.2, max: 3 },
  {
    name: "Fermi function 1/(e^(b(x−m))+1)",
    expr: "1/(e^(b*(x-m))+1)",
    known: "-b*e^(b*(x-m))/(e^(b*(x-m))+1)^2",
    f: (x: number) => 1 / (Math.exp(1.7 * (x - 0.3)) + 1),
    min: -2,
    max: 2,
  },
] as const;

describe("differentiate: engine derivatives against known results", () => {
  it.each(derivatives)("d/dx $name", ({ expr, known, f, min, max }) => {
    const derived = differentiate(expr, "x");
    const domain = { x: { min, max }, b: { min: 1.7, max: 1.7 }, m: { min: 0.3, max: 0.3 } };
    const check = equivalent(derived, known, { domain, seed: 7 });
    expect(check.numeric.passed, `${derived.text} vs ${known}: max rel. error ${check.numeric.maxRelativeError} at ${JSON.stringify(check.numeric.worstPoint)}`).toBe(true);
    expect(check.equivalent).toBe(true);

    // Central differences of the JavaScript f: truncation h²f‴/6 ≈ 1e-8·|f‴|, rounding ε|f|/h ≈ 1e-12;
    // rtol 1e-6 (+ atol 1e-9 for zeros of f′) is far above both and far below any wrong term.
    const random = seededRandom(11);
    for (let k = 0; k < 5; k++) {
      const x = random.uniform(min, max);
      const h = 1e-4 * Math.max(1, Math.abs(x));
      const difference = (f(x + h) - f(x - h)) / (2 * h);
      const engine = real(derived.text, { x, b: 1.7, m: 0.3 });
      expect(Math.abs(engine - difference), `x=${x}: engine ${engine}, finite difference ${difference}`).toBeLessThanOrEqual(1e-9 + 1e-6 * Math.abs(difference));
    }
  });

  it("second derivative of 1/(1+x²) is (6x²−2)/(1+x²)³", () => {
    const check = equivalent(differentiate("1/(1+x^2)", "x", 2), "(6*x^2-2)/(1+x^2)^3", { domain: { x: { min: -3, max: 3 } }, seed: 3 });
    expect(check.equivalent).toBe(true);
    expect(check.symbolic).toBe("zero");
  });
});

describe("limit", () => {
  it.each([
    ["sin(x)/x", "x", 0, "1"],
    ["(1+1/n)^n", "n", Infinity, "e"],
    ["(1+x)^(1/x)", "x", 0, "e"],
    ["(3*x^2+1)/(2*x^2+x)", "x", Infinity, "3/2"],
    ["(3*x^2+1)/(2*x^2+x)", "x", -Infinity, "3/2"],
    ["x^3*e^(-x)", "x", Infinity, "0"],
    ["x*log(x)", "x", 0, "0"],
    ["1/x^2", "x", 0, "Infinity"],
    ["(x^3+1)/(2*x)", "x", -Infinity, "Infinity"], // x²/2
    ["(x^3+1)/(-2*x^2)", "x", -Infinity, "Infinity"], // −x/2
  ] as const)("lim %s as %s → %s is %s", (expr, variable, point, expected) => {
    expect(limit(expr, variable, point).text).toBe(expected);
  });

  it("keeps a symbolic parameter: lim (a x² + 1)/(b x² + x) at ∞ is a/b (nerdamer alone says 0)", () => {
    const result = limit("(a*x^2+1)/(b*x^2+x)", "x", "Infinity");
    expect(real(result.text, { a: 2, b: 5 })).toBeCloseTo(0.4, 14); // exact ratio of two small numbers
  });

  it("refuses to guess the sign of a divergence that depends on a parameter", () => {
    expect(() => limit("a*x^2+1", "x", Infinity)).toThrow(/sign of the leading ratio/);
  });

  it.each([
    ["sin(x)", Infinity, /interval/], // nerdamer answers [-1,1]
    ["1/x", 0, /two-sided limit does not exist/], // nerdamer answers Infinity
    ["e^x-x^2", Infinity, /diverges to \+Infinity/], // nerdamer answers -Infinity
    ["coth(x)-1/x", 0, /converges to 0/], // nerdamer answers -Infinity
  ] as const)("refuses the engine's wrong answer for %s at %s", (expr, point, message) => {
    expect(() => limit(expr, "x", point)).toThrow(message);
  });

  it("refuses nerdamer's Infinity for lim d²/dx²(x·coth x) at 0 (the value is 2/3)", () => {
    expect(() => limit(differentiate("x*coth(x)", "x", 2), "x", 0)).toThrow(SymbolicError);
  });
});

describe("seriesByDerivatives", () => {
  const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));
  // x·coth x = Σ 2^{2n} B_{2n} x^{2n} / (2n)!, B_0 = 1, B_2 = 1/6, B_4 = −1/30, B_6 = 1/42 (Abramowitz & Stegun 4.5.67, 23.2)
  const bernoulli = [1, 1 / 6, -1 / 30, 1 / 42];
  const xCothX = [0, 1, 2, 3, 4, 5, 6].map((k) => (k % 2 === 1 ? 0 : (2 ** k * bernoulli[k / 2]) / factorial(k)));

  it.each([
    ["e^x", [0, 1, 2, 3, 4, 5, 6].map((k) => 1 / factorial(k)), "derivatives"],
    ["1/(1-x)", [1, 1, 1, 1, 1, 1, 1], "derivatives"],
    ["x*coth(x)", xCothX, "quotient"],
  ] as const)("Taylor coefficients of %s at 0 to order 6", (expr, expected, method) => {
    const series = seriesByDerivatives(expr, "x", 0, 6);
    expect(series.method).toBe(method);
    expect(series.coefficients).toHaveLength(7);
    series.coefficients.forEach((c, k) => {
      // exact rationals evaluated in double precision: one rounding each side
      expect(Math.abs(real(c.text) - expected[k]), `c_${k} = ${c.text}, expected ${expected[k]}`).toBeLessThanOrEqual(4 * Number.EPSILON * Math.abs(expected[k]));
    });
  });

  it("x·coth(x) coefficients are exact: 1, 0, 1/3, 0, −1/45, 0, 2/945", () => {
    expect(seriesByDerivatives("x*coth(x)", "x", 0, 6).coefficients.map(String)).toEqual(["1", "0", "1/3", "0", "-1/45", "0", "2/945"]);
  });

  it("keeps parameters: x·coth(a x) = 1/a + a x²/3 − a³x⁴/45 + …", () => {
    const series = seriesByDerivatives("x*coth(a*x)", "x", 0, 4);
    const expected = ["1/a", "0", "a/3", "0", "-a^3/45"];
    series.coefficients.forEach((c, k) => {
      expect(equivalent(c, expected[k], { domain: { a: { min: 0.1, max: 10, scale: "log" } }, seed: 5 }).equivalent, `c_${k} = ${c.text}`).toBe(true);
    });
  });

  it("expands about a point other than 0: log x about 1", () => {
    const series = seriesByDerivatives("log(x)", "x", 1, 3);
    expect(series.coefficients.map(String)).toEqual(["0", "1", "-1/2", "1/3"]);
    // the truncated series at x = 1.1 differs from log(1.1) by about the next term −(0.1)⁴/4
    expect(Math.abs(real(series.polynomial.text, { x: 1.1 }) - Math.log(1.1))).toBeLessThan(1.1 * 0.1 ** 4 / 4);
  });

  it("throws SymbolicError at a pole", () => {
    expect(() => seriesByDerivatives("1/x", "x", 0, 2)).toThrow(/pole/);
  });
});

describe("integrate and definiteIntegral", () => {
  it("antiderivative of x·e^{iax} differentiates back to the integrand", () => {
    const F = integrate("x*e^(i*a*x)", "x");
    const back = equivalent(differentiate(F, "x"), "x*e^(i*a*x)", { domain: { x: { min: -2, max: 2 }, a: { min: 0.5, max: 3 } }, seed: 2 });
    expect(back.equivalent).toBe(true);
  });

  it.each([
    ["e^(i*x)", 0, "pi", { re: 0, im: 2 }], // ∫_0^π e^{ix} dx = 2i
    ["e^(-x)", 0, Infinity, { re: 1, im: 0 }],
    ["x*e^(-2*x)", 0, Infinity, { re: 1 / 4, im: 0 }], // Γ(2)/2²
    ["e^(-(1+3*i)*t)", 0, Infinity, { re: 1 / 10, im: -3 / 10 }], // 1/(1+3i)
  ] as const)("∫ %s from %s to %s", (expr, a, b, expected) => {
    const variable = expr.includes("t") ? "t" : "x";
    const value = complex(definiteIntegral(expr, variable, a, b).text);
    // closed forms of exact rationals: a few roundings
    expect(Math.hypot(value.re - expected.re, value.im - expected.im)).toBeLessThanOrEqual(8 * Number.EPSILON);
  });

  it("keeps symbols in finite bounds: ∫_0^T e^{−(g+iw)t} dt = (1 − e^{−(g+iw)T})/(g+iw)", () => {
    const value = definiteIntegral("e^(-(g+i*w)*t)", "t", 0, "T");
    const check = equivalent(value, "(1-e^(-(g+i*w)*T))/(g+i*w)", {
      domain: { g: { min: 0.1, max: 2 }, w: { min: -3, max: 3 }, T: { min: 0, max: 5 } },
      seed: 4,
    });
    expect(check.equivalent).toBe(true);
  });

  it("throws SymbolicError when the engine cannot integrate or cannot decide a limit at ∞", () => {
    expect(() => integrate("x^x", "x")).toThrow(/unevaluated integrate/);
    // the limit of e^{−ax} at ∞ depends on the sign of a
    expect(() => definiteIntegral("e^(-a*x)", "x", 0, Infinity)).toThrow(SymbolicError);
  });
});
