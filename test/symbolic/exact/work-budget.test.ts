import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ParameterError, SymbolicError } from "../../../src/core/errors.js";
import { Polynomial, WorkBudgetExceeded, WorkMeter, gcd, normalForm, rationalFormText, zeroTest } from "../../../src/symbolic/exact/index.js";

const sum = (...names: string[]): Polynomial => names.map((n) => Polynomial.generator(n)).reduce((a, b) => a.add(b));

/** Work of (x+y+z)^10 by repeated multiplication with the base: Σ_{j=1}^{9} C(j+2, 2)·3 coefficient products. */
const POWER_WORK = 3 * [1, 2, 3, 4, 5, 6, 7, 8, 9].reduce((s, j) => s + ((j + 1) * (j + 2)) / 2, 0);

describe("WorkMeter and WorkBudgetExceeded", () => {
  it("a product beyond a tiny budget throws WorkBudgetExceeded naming the step, budget and work", () => {
    let caught: unknown;
    try {
      sum("x", "y", "z").pow(10, { budget: 100 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(WorkBudgetExceeded);
    expect(caught).toBeInstanceOf(SymbolicError);
    const error = caught as WorkBudgetExceeded;
    expect(error.step).toBe("polynomial product");
    expect(error.budget).toBe(100);
    expect(error.work).toBeLessThanOrEqual(100);
    expect(error.work + error.requested).toBeGreaterThan(100);
    expect(error.message).toMatch(/polynomial product.*work budget of 100/);
  });

  it("the same call with a larger budget succeeds and reports the same work every time", () => {
    const works = [1, 2, 3].map(() => {
      const meter = new WorkMeter({ budget: 10_000 });
      const p = sum("x", "y", "z").pow(10, meter);
      expect(p.termCount).toBe(66);
      return meter.work;
    });
    expect(works).toEqual([POWER_WORK, POWER_WORK, POWER_WORK]);
  });

  it("a budget exactly equal to the work suffices; one less does not", () => {
    expect(() => sum("x", "y", "z").pow(10, { budget: POWER_WORK })).not.toThrow();
    expect(() => sum("x", "y", "z").pow(10, { budget: POWER_WORK - 1 })).toThrow(WorkBudgetExceeded);
  });

  it("entry points on text name the expression and stop at the budget", () => {
    expect(() => zeroTest("(a+b+c+d)^12 - 1", { budget: 1000 })).toThrow(/\(a\+b\+c\+d\)\^12/);
    expect(() => rationalFormText("1/(a+b)^9 + 1/(a-b)^9", { budget: 50 })).toThrow(WorkBudgetExceeded);
  });

  it("gcd stops at the budget", () => {
    const f = sum("a", "b", "c").pow(3);
    const g = sum("a", "b", "c", "d").pow(3);
    expect(() => gcd(f.mul(g), f.mul(sum("a", "d")), { budget: 10 })).toThrow(WorkBudgetExceeded);
  });

  it("normalForm, zeroTest and rationalFormText report deterministic work", () => {
    const text = "(x+1)^5/(x-y)^2 - sin(x)*cosh(y)";
    const works = [1, 2, 3].map(() => [normalForm(text).work, zeroTest(text).work, rationalFormText(text).work]);
    expect(works[1]).toEqual(works[0]);
    expect(works[2]).toEqual(works[0]);
    expect(works[0][0]).toBeGreaterThan(0);
  });

  it("a shared meter accumulates the work of several calls", () => {
    const meter = new WorkMeter();
    sum("x", "y").pow(3, meter);
    const first = meter.work;
    sum("x", "y").pow(3, meter);
    expect(meter.work).toBe(2 * first);
  });

  it.each([[0], [-1], [Number.NaN]])("rejects budget %d with ParameterError", (budget) => {
    expect(() => new WorkMeter({ budget })).toThrow(ParameterError);
  });
});

describe("no clocks in the exact engine", () => {
  const folder = resolve(__dirname, "..", "..", "..", "src", "symbolic", "exact");
  it.each(readdirSync(folder).filter((f) => f.endsWith(".ts")))("%s uses no timer", (file) => {
    const text = readFileSync(join(folder, file), "utf8");
    expect(text).not.toMatch(/Date\.now|performance\.now|new Date\(|setTimeout|setInterval|process\.hrtime|Math\.random/);
  });
});
