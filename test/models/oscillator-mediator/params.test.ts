import { describe, expect, it } from "vitest";
import { ParameterError } from "../../../src/core/errors.js";
import { finiteBathSeries } from "../../../src/models/oscillator-mediator/exact.js";
import { oscillatorMediatorModel } from "../../../src/models/oscillator-mediator/index.js";
import { MAX_BATH_MODES, resolveOscillatorMediatorParams, transportPrefactor } from "../../../src/models/oscillator-mediator/params.js";

function parameterOf(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(ParameterError);
    return (error as ParameterError).parameter;
  }
  throw new Error("expected a ParameterError");
}

describe("oscillator-mediator parameters", () => {
  it("defaults are the paper's figure parameters: ω0τ_p = 10, Dτ_p = 100 (Fig. 4), T1 = ω0, T2 = 2ω0 (Fig. 2(d))", () => {
    const p = resolveOscillatorMediatorParams();
    expect((p.gamma1 + p.gamma2) / p.omega0).toBe(0.1);
    expect(p.D / (p.gamma1 + p.gamma2)).toBeCloseTo(100, 12);
    expect([p.T1, p.T2, p.T]).toEqual([1, 2, 1]);
    expect(transportPrefactor(p)).toBeCloseTo(0.05, 15); // = γ̂/2 = 1/(2τ_p) for γ1 = γ2
  });

  it.each([
    ["T1", { T1: -1 }],
    ["T2", { T2: 0 }],
    ["T", { T: Number.NaN }],
    ["gamma1", { gamma1: -0.1 }],
    ["gamma2", { gamma2: 0 }],
    ["D", { D: 0 }],
    ["D", { D: -3 }],
    ["omega0", { omega0: Infinity }],
    ["bathModes", { bathModes: MAX_BATH_MODES + 1 }],
    ["bathModes", { bathModes: 10.5 }],
    ["scenario", { scenario: "later" }],
    ["tStart", { tStart: 50, tEnd: 40 }],
    ["gamma", { gamma: 1 }],
  ])("rejects bad input naming '%s'", (name, partial) => {
    expect(parameterOf(() => resolveOscillatorMediatorParams(partial as Record<string, unknown>))).toBe(name);
  });

  it("the exact layer rejects a window beyond the recurrence time and a band edge below D", () => {
    const late = resolveOscillatorMediatorParams({ bathModes: 100, modeSpacing: 0.5, D: 2, tStart: 5, tEnd: 13 }); // 2π/Δ = 12.57
    expect(parameterOf(() => finiteBathSeries(late))).toBe("tEnd");
    const narrow = resolveOscillatorMediatorParams({ bathModes: 10, modeSpacing: 0.1, D: 2, tStart: 1, tEnd: 2 }); // NΔ = 1 < D
    expect(parameterOf(() => finiteBathSeries(narrow))).toBe("bathModes");
  });

  it("the error message names the value and the allowed range", () => {
    expect(() => resolveOscillatorMediatorParams({ T1: -1 })).toThrow(/'T1' = -1 .*\(0, ∞\)/);
  });

  it("every quantity of `qtherm eval` evaluates at small sizes", () => {
    const p = resolveOscillatorMediatorParams({ gamma1: 0.5, gamma2: 0.5, D: 2, T1: 2, T2: 0.5, bathModes: 100, modeSpacing: 0.1, tStart: 20, tEnd: 50, timeSamples: 5, chainSubsystems: 3 });
    const names = oscillatorMediatorModel.quantities.map((q) => q.name);
    for (const required of ["roots", "heat-current", "conductance", "conductance-high-T", "conductance-low-T", "qtb-heat-current", "qtb-conductance", "tx", "tp", "finite-bath-heat-current"]) {
      expect(names).toContain(required);
    }
    for (const q of oscillatorMediatorModel.quantities) {
      const v = q.evaluate(p);
      expect(JSON.stringify(v), q.name).not.toMatch(/null|NaN/);
    }
  });
});
