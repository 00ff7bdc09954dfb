import { describe, expect, it } from "vitest";
import { ParameterError } from "../../src/core/errors.js";
import { describeDomain, nearestNames, parseParameterValue, resolveParameters, samplingRange, type ParameterSchema } from "../../src/core/parameters.js";

interface Toy {
  readonly beta: number;
  readonly n: number;
  readonly kind: "a" | "b";
  readonly lower: number;
  readonly upper: number;
}

const schema: ParameterSchema<Toy> = {
  fields: [
    { kind: "real", name: "beta", description: "inverse temperature", unit: "1/energy", default: 2, min: 0, minInclusive: false },
    { kind: "real", name: "n", description: "size", unit: "count", default: 10, min: 1, max: 100, integer: true },
    { kind: "choice", name: "kind", description: "variant", default: "a", options: ["a", "b"] },
    { kind: "real", name: "lower", description: "lower edge", unit: "energy", default: -1 },
    { kind: "real", name: "upper", description: "upper edge", unit: "energy", default: 1 },
  ],
  relations: [{ statement: "upper > lower", parameters: ["upper", "lower"], check: (p) => (p.upper > p.lower ? null : `upper = ${p.upper} ≤ lower = ${p.lower}`) }],
};

describe("resolveParameters", () => {
  it("fills defaults and keeps given values", () => {
    expect(resolveParameters(schema, { beta: 5 })).toEqual({ beta: 5, n: 10, kind: "a", lower: -1, upper: 1 });
  });

  it.each([
    [{ beta: -1 }, "beta", /'beta' = -1 .*\(0, ∞\)/],
    [{ beta: 0 }, "beta", /\(0, ∞\)/],
    [{ beta: NaN }, "beta", /'beta' = NaN/],
    [{ n: 2.5 }, "n", /an integer in \[1, 100\]/],
    [{ n: 101 }, "n", /'n' = 101/],
    [{ kind: "c" }, "kind", /one of 'a', 'b'/],
    [{ gamma: 1 }, "gamma", /known parameter name; allowed: beta, n, kind, lower, upper/],
    [{ lower: 2 }, "upper", /upper > lower \(upper = 1 ≤ lower = 2\)/],
  ])("rejects %j naming %s", (partial, name, message) => {
    try {
      resolveParameters(schema, partial);
      expect.unreachable("should have thrown");
    } catch (error) {
      expect(error).toBeInstanceOf(ParameterError);
      expect((error as ParameterError).parameter).toBe(name);
      expect((error as Error).message).toMatch(message);
    }
  });

  it("returns a frozen object", () => {
    expect(Object.isFrozen(resolveParameters(schema))).toBe(true);
  });
});

describe("parseParameterValue", () => {
  it("parses numbers in any notation and keeps choices verbatim", () => {
    expect(parseParameterValue(schema, "beta", "1e-3")).toBe(0.001);
    expect(parseParameterValue(schema, "kind", "b")).toBe("b");
  });

  it("rejects unparsable numbers and unknown names", () => {
    expect(() => parseParameterValue(schema, "beta", "hot")).toThrow(/'beta' = "hot"/);
    expect(() => parseParameterValue(schema, "beta", "")).toThrow(ParameterError);
    expect(() => parseParameterValue(schema, "temperature", "1")).toThrow(/allowed: beta, n/);
  });

  it.each([
    ["hex", "0x10", /plain decimal number/],
    ["binary", "0b11", /plain decimal number/],
    ["Infinity", "Infinity", /plain decimal number/],
    ["a leading space", " 0.01", /without surrounding spaces/],
    ["a trailing space", "0.01 ", /without surrounding spaces/],
    ["two numbers", "1 2", /without surrounding spaces|plain decimal/],
  ])("rejects %s (%j), naming the parameter", (_name, text, message) => {
    expect(() => parseParameterValue(schema, "beta", text)).toThrow(/parameter 'beta'/);
    expect(() => parseParameterValue(schema, "beta", text)).toThrow(message);
  });

  it.each([["+1"], ["-2.5"], [".5"], ["5."], ["1E+3"]])("accepts the plain decimal %s", (text) => {
    expect(parseParameterValue(schema, "beta", text)).toBe(Number(text));
  });

  it("rejects a choice outside the options and suggests the nearest", () => {
    expect(() => parseParameterValue(schema, "kind", "c")).toThrow(/one of 'a', 'b'/);
    expect(() => parseParameterValue(schema, "bta", "1")).toThrow(/did you mean 'beta'\?/);
  });
});

describe("domain descriptions and sampling", () => {
  it("describes open and closed bounds", () => {
    expect(describeDomain(schema.fields[0])).toBe("a finite number in (0, ∞)");
    expect(describeDomain(schema.fields[1])).toBe("an integer in [1, 100]");
  });

  it("samples positive parameters log-uniformly inside the domain", () => {
    const range = samplingRange(schema.fields[0] as never);
    expect(range.scale).toBe("log");
    expect(range.min).toBeCloseTo(0.2, 12);
    expect(range.max).toBeCloseTo(20, 12);
  });
});

describe("nearestNames", () => {
  it.each([
    ["coupled-tsl", ["coupled-tls", "two-site-chain-baths"], ["coupled-tls"]],
    ["coupled-tls/current-vs-coupling", ["coupled-tls/heat-current-vs-coupling", "oscillator-mediator/fig2"], ["coupled-tls/heat-current-vs-coupling"]],
    ["xyz", ["coupled-tls", "oscillator-mediator"], []],
  ])("%s → %j", (value, candidates, near) => {
    expect(nearestNames(value, candidates)).toEqual(near);
  });
});
