import { describe, expect, it } from "vitest";
import { compile, formulaStructure, inlineDefinitions, isReservedName, splitComparisons } from "../../src/symbolic/index.js";

/** Users' formulas at the text level: definitions inlined syntactically, comparisons split, structure read. */

const DEFINITIONS = {
  x: { argument: "b", body: "exp(-b*w)" },
  f: { argument: "b", body: "x(b)/(1 + x(b))" },
  w: { body: "omegaA" },
};

describe("inlineDefinitions", () => {
  it("replaces symbols and one-argument helpers, recursively, and the result evaluates like the definitions", () => {
    const text = inlineDefinitions("f(betaA) - f(2*betaB)", DEFINITIONS);
    expect(formulaStructure(text)).toEqual({ symbols: ["betaA", "betaB", "omegaA"], functions: ["exp"] });
    const fermi = (b: number, w: number) => 1 / (1 + Math.exp(b * w));
    expect(compile(text, ["betaA", "betaB", "omegaA"])(0.5, 0.7, 1.3)).toBeCloseTo(fermi(0.5, 1.3) - fermi(1.4, 1.3), 14);
  });

  it("lets a helper's argument shadow a definition of the same name", () => {
    expect(inlineDefinitions("g(3)", { g: { argument: "w", body: "w^2" }, w: { body: "omegaA" } })).toBe("((3) ^ 2)");
  });

  it("keeps every inlined body in parentheses, so that precedence never depends on the evaluator", () => {
    expect(inlineDefinitions("2^g(a) - k", { g: { argument: "w", body: "w^2" }, k: { body: "a - b" } })).toBe("2 ^ ((a) ^ 2) - (a - b)");
  });

  it.each([
    ["a cycle", "a", { a: { body: "b + 1" }, b: { body: "2*a" } }, /define\.a.*a → b → a/],
    ["a helper with two arguments", "x(1, 2)", DEFINITIONS, /exactly one argument in a call of x\(b\)/],
    ["a helper used as a symbol", "x + 1", DEFINITIONS, /a call x\(…\) with one argument/],
    ["a symbol called as a function", "w(2)", DEFINITIONS, /'w' used as a symbol/],
  ])("refuses %s", (_name, text, definitions, message) => {
    expect(() => inlineDefinitions(text, definitions)).toThrow(message);
  });
});

describe("splitComparisons", () => {
  it.each([
    ["-betaA*J >= 0", ["-betaA * J", "0"], [">="]],
    ["0 <= p <= 1", ["0", "p", "1"], ["<=", "<="]],
    ["a == b", ["a", "b"], ["=="]],
    ["(a < b)", ["a", "b"], ["<"]],
    ["a + b", ["a + b"], []],
  ])("%s", (text, sides, operators) => {
    expect(splitComparisons(text)).toEqual({ sides, operators });
  });

  it.each([
    ["a = b", /'=' assigns: write '==' for equality/],
    ["a + b = 0", /'=' assigns/],
    ["a != b", /not !=/],
    ["x[1] > 0", /index or property access/],
    ["2 +", /does not parse: Unexpected end of expression/],
  ])("refuses %s", (text, message) => {
    expect(() => splitComparisons(text)).toThrow(message);
  });
});

describe("isReservedName", () => {
  it.each([["e", true], ["E", true], ["pi", true], ["exp", true], ["coth", true], ["betaA", false], ["w", false]])("%s → %s", (name, reserved) => {
    expect(isReservedName(name)).toBe(reserved);
  });
});
