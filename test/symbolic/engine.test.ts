import { afterEach, describe, expect, it } from "vitest";
import { ParameterError, UndecidedError } from "../../src/core/errors.js";
import { ENGINE_INPUT_BUDGET, engineGuardMs, runEngine, symbolicBudgetScale } from "../../src/symbolic/engine.js";
import { differentiate, engineWorkersStarted, expand, limit, parse, shutdownSymbolicEngine } from "../../src/symbolic/index.js";

describe("symbolic engine worker: load-independent budgets, the guard, recovery", () => {
  afterEach(() => {
    delete process.env.QTHERM_ENGINE_GUARD_MS;
    delete process.env.QTHERM_SYMBOLIC_BUDGET_SCALE;
  });

  it("refuses an input beyond the engine's input budget as undecided, before calling the engine", () => {
    const big = "x+".repeat(ENGINE_INPUT_BUDGET / 2) + "x";
    const before = engineWorkersStarted();
    expect(() => runEngine("parse", [big], big)).toThrow(UndecidedError);
    expect(() => runEngine("parse", [big], big)).toThrow(/input budget is 40000 characters and this parse needs 40001/);
    expect(engineWorkersStarted()).toBe(before);
  });

  it("the budget scale (test hook) starves the engine deterministically", () => {
    process.env.QTHERM_SYMBOLIC_BUDGET_SCALE = "0.0001";
    expect(symbolicBudgetScale()).toBe(0.0001);
    expect(() => parse("x+y+z+w")).toThrow(/input budget is 4 characters and this parse needs 7/);
    process.env.QTHERM_SYMBOLIC_BUDGET_SCALE = "0";
    expect(() => symbolicBudgetScale()).toThrow(ParameterError);
  });

  it("stops a runaway call at the guard (nerdamer's expand((a+b+c+d+f)^7) takes ~20 s; guard shortened to 200 ms by the test hook), undecided, and recovers", () => {
    parse("x"); // warm worker
    const before = engineWorkersStarted();
    process.env.QTHERM_ENGINE_GUARD_MS = "200";
    expect(engineGuardMs()).toBe(200);
    let caught: unknown;
    try {
      runEngine("expand", ["(a+b+c+d+f)^7"], "(a+b+c+d+f)^7");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UndecidedError);
    expect((caught as UndecidedError).reason).toBe("the engine did not answer within the 0.2 s guard against a hung engine (worker terminated)");
    delete process.env.QTHERM_ENGINE_GUARD_MS;
    // the next call works, on a new worker
    expect(differentiate("e^x*x", "x").text).toBe("e^x+e^x*x");
    expect(engineWorkersStarted()).toBe(before + 1);
  });

  it("rejects a guard that is not a positive number", () => {
    expect(() => engineGuardMs({ QTHERM_ENGINE_GUARD_MS: "0" })).toThrow(ParameterError);
    expect(() => engineGuardMs({ QTHERM_ENGINE_GUARD_MS: "soon" })).toThrow(/QTHERM_ENGINE_GUARD_MS/);
  });

  it("keeps e exact after nerdamer threw inside a limit (its PARSE2NUMBER setting is restored)", () => {
    expect(() => limit("-1/x+1/x^2", "x", 0)).toThrow(/\(-Infinity\)\+\(Infinity\)/);
    expect(differentiate("e^x", "x").text).toBe("e^x");
    expect(expand("e^x*(x+1)").text).toBe("(x+1)*e^(x)");
  });

  it("shuts down and starts again on demand", () => {
    shutdownSymbolicEngine();
    const before = engineWorkersStarted();
    expect(parse("2*x+x").text).toBe("3*x");
    expect(engineWorkersStarted()).toBe(before + 1);
  });
});
