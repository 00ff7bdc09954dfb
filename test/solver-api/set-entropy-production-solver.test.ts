import { describe, expect, it } from "vitest";
import { findModel } from "../../src/catalog.js";
import { checkSolver, type SetEntropyObservables, type SetEntropyProductionSolverParams } from "../../src/index.js";
import * as dense from "../../examples/typescript/set-entropy-dense-solver.js";

/**
 * checkSolver on set-entropy-production solvers. The good populations solver is
 * independent of qtherm (dense ml-matrix evolution of the paper's Sec. III model,
 * examples/typescript/set-entropy-dense-solver.ts) against qtherm's O(n²) star
 * propagator; it handles thermal initial states, hence `initial: "thermal"`. For
 * `observables`, Σ needs the effective β*, μ* of eqs. (5)–(6), which the example does
 * not implement: E_ν, N_ν, n_d, ⟨V̂⟩ come from the independent dense solver and Σ
 * from qtherm's own `observables` quantity through a thin adapter (so Σ's agreement
 * is plumbing; its invariants Σ ≥ 0, Σ(0) = 0 are still reference-free).
 */

const RUNS = 15; // samples per check: every planted bug below fails on most of the domain; 15 keeps the file ≈ 5 s
const opts = { numRuns: RUNS, seed: 42, initial: "thermal" as const };

const observablesQuantity = findModel("set-entropy-production").quantities.find((q) => q.name === "observables")!;
const qthermSigma = (p: SetEntropyProductionSolverParams, t: number) => (observablesQuantity.evaluate({ ...p, t }) as { Sigma: number }).Sigma;
const observables = (p: SetEntropyProductionSolverParams, t: number): SetEntropyObservables => ({ ...dense.bathObservables(p, t), Sigma: qthermSigma(p, t) });

describe("checkSolver: set-entropy-production", () => {
  it("the independent dense solver passes every check (thermal initial states)", async () => {
    const report = await checkSolver("set-entropy-production", { populations: dense.populations, observables }, opts);
    expect(report.verdicts.map((v) => v.id)).toEqual([
      "set-entropy-production/solver-populations",
      "set-entropy-production/solver-populations-conservation",
      "set-entropy-production/solver-observables",
      "set-entropy-production/solver-observables-conservation",
      "set-entropy-production/solver-observables-second-law",
    ]);
    for (const v of report.verdicts) expect(v.holds, `${v.id}: ${v.details}`).toBe(true);
    // dense vs star path at t ≤ 1e4: phase errors ≲ 3e-9 predicted, measured ~1e-12; well inside atol 1e-8
    expect(report.verdicts[0].measuredError, report.verdicts[0].details).toBeLessThan(1e-9);
  });

  it("the R block before the L block (wrong index order) fails agreement with the worst mode named; conservation still holds", async () => {
    const swapped = (p: SetEntropyProductionSolverParams, t: number) => {
      const n = dense.populations(p, t);
      return [n[0], ...n.slice(1 + p.KL), ...n.slice(1, 1 + p.KL)];
    };
    const report = await checkSolver("set-entropy-production", { populations: swapped }, opts);
    const [agreement, conservation] = report.verdicts;
    expect(agreement.holds).toBe(false);
    expect(agreement.details).toMatch(/counterexample .*K_L=.*worst mode j = \d+: yours .* vs qtherm/);
    expect(agreement.seed).toBe(42);
    expect(typeof agreement.path).toBe("string");
    expect(conservation.holds, "a permutation conserves Σn").toBe(true);
  });

  it("t_ν = √(Γ_νΔε_ν/π) (a factor 2 missing in 2π) fails agreement", async () => {
    const report = await checkSolver("set-entropy-production", { populations: (p, t) => dense.populations({ ...p, gammaL: 2 * p.gammaL, gammaR: 2 * p.gammaR }, t) }, opts);
    expect(report.verdicts[0].holds).toBe(false);
    // shrinking moves to early times, where the wrong coupling has acted least; the error there still exceeds atol + rtol = 1.1e-7
    expect(report.verdicts[0].measuredError, report.verdicts[0].details).toBeGreaterThan(1.1e-7);
    expect(report.verdicts[0].details).toMatch(/worst mode j = \d+/);
    expect(report.verdicts[1].holds).toBe(true);
  });

  it("forgetting ⟨V̂⟩ breaks energy conservation; a sign-flipped Σ breaks the second law", async () => {
    const report = await checkSolver(
      "set-entropy-production",
      { observables: (p, t) => ({ ...observables(p, t), couplingEnergy: 0 }) },
      opts,
    );
    const byId = Object.fromEntries(report.verdicts.map((v) => [v.id, v]));
    expect(byId["set-entropy-production/solver-observables"].holds).toBe(false);
    expect(byId["set-entropy-production/solver-observables-conservation"].holds).toBe(false);
    expect(byId["set-entropy-production/solver-observables-conservation"].details).toMatch(/ΔE_total = /);
    expect(byId["set-entropy-production/solver-observables-second-law"].holds).toBe(true);

    const flipped = await checkSolver("set-entropy-production", { observables: (p, t) => ({ ...observables(p, t), Sigma: -qthermSigma(p, t) }) }, opts);
    const secondLaw = flipped.verdicts.find((v) => v.id === "set-entropy-production/solver-observables-second-law")!;
    expect(secondLaw.holds).toBe(false);
    expect(secondLaw.details).toMatch(/Σ\(t\) = -/);
  });

  it("qtherm's own quantities through a thin adapter pass on the whole domain (populations: thermal and pure): the invariants are valid there", async () => {
    const model = findModel("set-entropy-production");
    const q = (name: string) => model.quantities.find((x) => x.name === name)!;
    const report = await checkSolver(
      "set-entropy-production",
      { populations: (p, t) => q("populations").evaluate({ ...p, t }) as number[], observables: (p, t) => q("observables").evaluate({ ...p, t }) as unknown as SetEntropyObservables },
      { numRuns: 10, seed: 7 },
    );
    expect(report.verdicts).toHaveLength(5);
    for (const v of report.verdicts) expect(v.holds, `${v.id}: ${v.details}`).toBe(true);
  });

  it("the same dense solver fails on pure initial states: it throws, and the failure says so", async () => {
    const report = await checkSolver("set-entropy-production", { populations: dense.populations }, { numRuns: 5, seed: 42, initial: "pure" });
    expect(report.verdicts[0].holds).toBe(false);
    expect(report.verdicts[0].details).toMatch(/thermal initial states only/);
  });

  it("rejects a wrong-length result with the length expected", async () => {
    const report = await checkSolver("set-entropy-production", { populations: (p, t) => dense.populations(p, t).slice(1) }, { ...opts, numRuns: 2 });
    expect(report.verdicts[0].holds).toBe(false);
    expect(report.verdicts[0].details).toMatch(/'populations\(params, .*\)\.length' = \d+ .*expected \d+/);
  });
});
