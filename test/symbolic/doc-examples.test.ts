import { describe, expect, it } from "vitest";
import {
  compile,
  compileComplex,
  definiteIntegral,
  denominator,
  differentiate,
  equivalent,
  expand,
  factor,
  integrate,
  limit,
  numerator,
  numericValue,
  parse,
  rationalForm,
  seriesByDerivatives,
  simplify,
  solveLinearSystem,
  substitute,
  variables,
} from "../../src/symbolic/index.js";
import { replaceSpecialValues } from "../../src/symbolic/special-values.js";

/** Every `@example` in the doc comments of src/symbolic/, executed with the value it states. */
describe("doc examples of src/symbolic", () => {
  it.each([
    ['parse("x*x + 2*x + 1")', () => parse("x*x + 2*x + 1").toString(), "1+2*x+x^2"],
    ['parse("(x+1)^2")', () => parse("(x+1)^2").toString(), "(1+x)^2"],
    ['parse("x^2/y").toTeX()', () => parse("x^2/y").toTeX(), "\\frac{x^{2}}{y}"],
    ['substitute("x^2+y", { x: "a+1" })', () => substitute("x^2+y", { x: "a+1" }).toString(), "(1+a)^2+y"],
    ['differentiate("sin(x)*e^x", "x")', () => differentiate("sin(x)*e^x", "x").toString(), "cos(x)*e^x+e^x*sin(x)"],
    ['expand("(x+1)^3")', () => expand("(x+1)^3").toString(), "x^3+3*x^2+3*x+1"],
    ['simplify("(x^2-1)/(x-1)")', () => simplify("(x^2-1)/(x-1)").toString(), "1+x"],
    ['factor("x^2-1")', () => factor("x^2-1").toString(), "(-1+x)*(1+x)"],
    ['variables("z*b + a*y + x")', () => variables("z*b + a*y + x"), ["a", "b", "x", "y", "z"]],
    ['compile("e^x*sqrt(y)", ["x", "y"])(1, 4)', () => compile("e^x*sqrt(y)", ["x", "y"])(1, 4), 5.43656365691809],
    ['compileComplex("e^(i*x)", ["x"])(Math.PI / 2)', () => compileComplex("e^(i*x)", ["x"])(Math.PI / 2), { re: 6.123233995736766e-17, im: 1 }],
    ['numericValue("pi/4")', () => numericValue("pi/4"), 0.7853981633974483],
    [
      'equivalent("(x+1)^2", "x^2+2*x+1", …).equivalent',
      () => equivalent("(x+1)^2", "x^2+2*x+1", { domain: { x: { min: -2, max: 2 } }, seed: 1 }).equivalent,
      true,
    ],
    ['integrate("x*e^(i*a*x)", "x")', () => integrate("x*e^(i*a*x)", "x").toString(), "((-i*a*x+1)*e^(i*a*x))/(a^2)"],
    ['definiteIntegral("e^(i*x)", "x", 0, "pi")', () => definiteIntegral("e^(i*x)", "x", 0, "pi").toString(), "2*i"],
    ['limit("sin(x)/x", "x", 0)', () => limit("sin(x)/x", "x", 0).toString(), "1"],
    ['limit("(1+1/n)^n", "n", Infinity)', () => limit("(1+1/n)^n", "n", Infinity).toString(), "e"],
    [
      'rationalForm("(x+1)/(x-1) + 1/y")',
      () => {
        const r = rationalForm("(x+1)/(x-1) + 1/y");
        return [r.numerator.text, r.denominator.text];
      },
      ["x*y+x+y-1", "x*y-y"],
    ],
    ['numerator("1/(a + 1/b)")', () => numerator("1/(a + 1/b)").toString(), "b"],
    ['denominator("1/(a + 1/b)")', () => denominator("1/(a + 1/b)").toString(), "a*b+1"],
    [
      'seriesByDerivatives("x*coth(x)", "x", 0, 4).coefficients',
      () => seriesByDerivatives("x*coth(x)", "x", 0, 4).coefficients.map(String),
      ["1", "0", "1/3", "0", "-1/45"],
    ],
    [
      'solveLinearSystem(["x + y = 2", "x - y = a"], ["x", "y"]).unknowns.x.value',
      () => solveLinearSystem(["x + y = 2", "x - y = a"], ["x", "y"]).unknowns.x.value.toString(),
      "1/2*a+1",
    ],
    ['replaceSpecialValues("cosh(0)*x+sinh(0)").text', () => replaceSpecialValues("cosh(0)*x+sinh(0)").text, "1*x+0"],
  ] as const)("%s", (_, run, expected) => {
    expect(run()).toEqual(expected);
  });
});
