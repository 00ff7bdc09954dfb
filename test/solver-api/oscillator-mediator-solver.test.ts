import { describe, expect, it } from "vitest";
import { checkSolver, type OscillatorMediatorSolverParams } from "../../src/index.js";
import * as landauer from "../../examples/typescript/oscillator-mediator-landauer.js";

/**
 * checkSolver on oscillator-mediator solvers. The good solver is independent of
 * qtherm's reference: the Landauer–Caroli transmission form with its own adaptive
 * Gauss–Kronrod quadrature (examples/typescript/oscillator-mediator-landauer.ts),
 * against qtherm's root-sum form of (42)–(43). The wrong ones break it as real bugs do.
 */

const RUNS = 25; // samples per check: the planted bugs below fail on most of the domain (all but measure-zero sets such as γ1 = γ2)
const opts = { numRuns: RUNS, seed: 42 };

describe("checkSolver: oscillator-mediator", () => {
  it("the independent Landauer–Caroli solver passes every check", async () => {
    const report = await checkSolver("oscillator-mediator", { heatCurrent: landauer.heatCurrent, conductance: landauer.conductance }, opts);
    expect(report.verdicts.map((v) => v.id)).toEqual([
      "oscillator-mediator/solver-heat-current",
      "oscillator-mediator/solver-heat-current-antisymmetry",
      "oscillator-mediator/solver-heat-current-hot-to-cold",
      "oscillator-mediator/solver-conductance",
      "oscillator-mediator/solver-conductance-positive",
      "oscillator-mediator/solver-conductance-high-T",
    ]);
    for (const v of report.verdicts) expect(v.holds, `${v.id}: ${v.details}`).toBe(true);
    // two different formulas and quadratures agree far inside the default rtol 1e-7 (measured ≤ 1e-14 relative)
    expect(report.verdicts[0].measuredError, report.verdicts[0].details).toBeLessThan(1e-10);
    expect(report.verdicts[3].measuredError, report.verdicts[3].details).toBeLessThan(1e-10);
    // distance to (47) at T = 10 max|μ_n|: O((|μ|/20T)²·…) ≤ 9.1e-4 on the domain (measured), far from 0 and below the 1e-2 bound
    expect(report.verdicts[5].measuredError).toBeGreaterThan(1e-5);
    expect(report.verdicts[5].measuredError).toBeLessThan(1e-3);
  });

  it("a sign flip of J_th (current from bath 2 to bath 1) fails agreement and hot→cold, not antisymmetry", async () => {
    const report = await checkSolver("oscillator-mediator", { heatCurrent: (p) => -landauer.heatCurrent(p) }, opts);
    const [agreement, antisymmetry, hotToCold] = report.verdicts;
    expect(report.holds).toBe(false);
    expect(agreement.holds).toBe(false);
    expect(antisymmetry.holds, "−J is still antisymmetric").toBe(true);
    expect(hotToCold.holds).toBe(false);
    const c = hotToCold.counterexample as OscillatorMediatorSolverParams;
    expect(c.T1, "a counterexample has unequal temperatures").not.toBe(c.T2);
    expect(hotToCold.details).toMatch(/counterexample .*T1=.*entropy production J\(1\/T2 − 1\/T1\) = -/);
    expect(hotToCold.seed).toBe(42);
    expect(typeof hotToCold.path).toBe("string");
  });

  it("the equal-coupling prefactor γ̂/2 used for unequal couplings (instead of 2γ̂1γ̂2/γ̂) fails agreement at γ1 ≠ γ2 only", async () => {
    const wrong = (p: OscillatorMediatorSolverParams) => landauer.heatCurrent(p) * ((p.gamma1 + p.gamma2) ** 2 / (4 * p.gamma1 * p.gamma2));
    const report = await checkSolver("oscillator-mediator", { heatCurrent: wrong }, opts);
    const [agreement, antisymmetry, hotToCold] = report.verdicts;
    expect(agreement.holds).toBe(false);
    const c = agreement.counterexample as OscillatorMediatorSolverParams;
    // the planted factor γ̂²/(4γ̂1γ̂2) = 1 + (γ1 − γ2)²/(4γ1γ2) must exceed the agreement rtol 1e-7 at the shrunk counterexample
    expect((c.gamma1 + c.gamma2) ** 2 / (4 * c.gamma1 * c.gamma2) - 1, `counterexample γ1 = ${c.gamma1}, γ2 = ${c.gamma2}`).toBeGreaterThan(1e-7);
    expect(agreement.details).toMatch(/yours .* vs qtherm .*rel\. error/);
    expect(antisymmetry.holds && hotToCold.holds, "a positive factor keeps both invariants").toBe(true);
  });

  it("K with 1/π instead of 1/2π fails agreement and the high-T plateau, but stays positive", async () => {
    const report = await checkSolver("oscillator-mediator", { conductance: (p) => 2 * landauer.conductance(p) }, opts);
    const byId = Object.fromEntries(report.verdicts.map((v) => [v.id, v]));
    expect(byId["oscillator-mediator/solver-conductance"].holds).toBe(false);
    expect(byId["oscillator-mediator/solver-conductance-positive"].holds).toBe(true);
    const limit = byId["oscillator-mediator/solver-conductance-high-T"];
    expect(limit.holds).toBe(false);
    expect(limit.measuredError).toBeCloseTo(1, 2); // |2K/K_(47) − 1| → 1 as T grows (K → K_(47) within 1e-3)
    expect(limit.details).toMatch(/counterexample .*ω0=.*\|K\/K_\(47\) − 1\| = /);
  });

  it("replays a counterexample from its seed and path", async () => {
    const first = await checkSolver("oscillator-mediator", { heatCurrent: (p) => -landauer.heatCurrent(p) }, opts);
    const failing = first.verdicts[0];
    const replay = await checkSolver("oscillator-mediator", { heatCurrent: (p) => -landauer.heatCurrent(p) }, { seed: failing.seed, path: failing.path!, numRuns: RUNS });
    expect(replay.verdicts[0].holds).toBe(false);
    expect(replay.verdicts[0].counterexample).toEqual(failing.counterexample);
  });

  it("rejects a solver without methods and a model-specific option of another model", async () => {
    await expect(checkSolver("oscillator-mediator", {})).rejects.toThrow(/'solver'.*heatCurrent, conductance/);
    await expect(checkSolver("oscillator-mediator", { heatCurrent: () => 0 }, { initial: "thermal" })).rejects.toThrow(/'initial'.*set-entropy-production/);
  });

  it("a NaN from the solver fails the check and names the method", async () => {
    const report = await checkSolver("oscillator-mediator", { conductance: () => Number.NaN }, { numRuns: 3, seed: 1 });
    expect(report.verdicts[0].holds).toBe(false);
    expect(report.verdicts[0].details).toMatch(/conductance\(params\)' = NaN is not allowed/);
  });
});
