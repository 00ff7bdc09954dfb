import { describe, expect, it } from "vitest";
import { ParameterError, SymbolicError } from "../../src/core/errors.js";
import { differentiate, engineWorkersStarted, expand, limit, parse, shutdownSymbolicEngine, simplify } from "../../src/symbolic/index.js";

describe("symbolic engine worker: time limits and recovery", () => {
  it("stops a runaway call: expand((a+b+c+d+f)^7) (~20 s in nerdamer) with a 200 ms limit", () => {
    parse("x"); // warm worker, so the limit measures the call and not the start
    const before = engineWorkersStarted();
    const start = performance.now();
    let caught: unknown;
    try {
      expand("(a+b+c+d+f)^7", { timeoutMs: 200 });
    } catch (error) {
      caught = error;
    }
    const elapsed = performance.now() - start;
    expect(caught).toBeInstanceOf(SymbolicError);
    expect((caught as SymbolicError).message).toMatch(/timed out after 200 ms/);
    expect((caught as SymbolicError).expression).toBe("(a+b+c+d+f)^7");
    expect(elapsed).toBeLessThan(2000); // 200 ms + terminate; generous for a loaded machine
    // the next call works, on a new worker
    expect(differentiate("e^x*x", "x").text).toBe("e^x+e^x*x");
    expect(engineWorkersStarted()).toBe(before + 1);
  });

  it("a call whose time is used up before the engine is reached throws 'timed out'", () => {
    expect(() => simplify("(x^2-1)/(x-1)", { timeoutMs: 0.001 })).toThrow(/timed out/);
  });

  it("rejects a time limit that is not a positive number", () => {
    expect(() => parse("x", { timeoutMs: 0 })).toThrow(ParameterError);
    expect(() => parse("x", { timeoutMs: NaN })).toThrow(ParameterError);
  });

  it("keeps e exact after nerdamer threw inside a limit (its PARSE2NUMBER setting is restored)", () => {
    expect(() => limit("-1/x+1/x^2", "x", 0)).toThrow(/\(-Infinity\)\+\(Infinity\)/);
    expect(differentiate("e^x", "x").text).toBe("e^x");
    expect(expand("e^x*(x+1)").text).toBe("e^x+e^x*x");
  });

  it("shuts down and starts again on demand", () => {
    shutdownSymbolicEngine();
    const before = engineWorkersStarted();
    expect(parse("2*x+x").text).toBe("3*x");
    expect(engineWorkersStarted()).toBe(before + 1);
  });
});
