import { describe, expect, it } from "vitest";
import { checkSolver, type ResonantLevelPopulations, type ResonantLevelProbesSolverParams } from "../../src/index.js";
import * as dense from "../../examples/typescript/resonant-level-dense-solver.js";

/**
 * checkSolver on resonant-level-probes solvers (no probe). The good solver is
 * independent of qtherm: dense ml-matrix evolution of the star Hamiltonian built from
 * the paper's model (examples/typescript/resonant-level-dense-solver.ts), against
 * qtherm's O(n²) star propagator. The wrong ones break it as real bugs do.
 */

const RUNS = 12; // samples per check: each planted bug fails on most of the domain; N ≤ 80 dense evolutions keep the file ≈ 10 s
const opts = { numRuns: RUNS, seed: 42 };

describe("checkSolver: resonant-level-probes", () => {
  it("the independent dense solver passes every check", async () => {
    const report = await checkSolver("resonant-level-probes", { populationsExact: dense.populationsExact }, opts);
    expect(report.verdicts.map((v) => v.id)).toEqual([
      "resonant-level-probes/solver-populations-exact",
      "resonant-level-probes/solver-populations-conservation",
      "resonant-level-probes/solver-zero-bias",
    ]);
    for (const v of report.verdicts) expect(v.holds, `${v.id}: ${v.details}`).toBe(true);
    // dense vs star propagator, t ≤ 300: predicted ≲ 2e-11, measured ~3e-14
    expect(report.verdicts[0].measuredError, report.verdicts[0].details).toBeLessThan(1e-11);
  });

  it("grains L and R exchanged in the output fail agreement and zero bias at Γ_L ≠ Γ_R, but conserve particles", async () => {
    const swapped = (p: ResonantLevelProbesSolverParams, t: number): ResonantLevelPopulations => {
      const n = dense.populationsExact(p, t);
      return { dot: n.dot, L: n.R, R: n.L };
    };
    const report = await checkSolver("resonant-level-probes", { populationsExact: swapped }, opts);
    const [agreement, conservation, zeroBias] = report.verdicts;
    expect(agreement.holds).toBe(false);
    expect(agreement.details).toMatch(/counterexample .*Γ_L=.*worst grain level [LR]\[\d+\]: yours .* vs qtherm/);
    expect(conservation.holds).toBe(true);
    expect(zeroBias.holds).toBe(false);
    const c = zeroBias.counterexample as ResonantLevelProbesSolverParams;
    expect(c.GammaL, "only unequal couplings reveal the swap at zero bias").not.toBe(c.GammaR);
    expect(zeroBias.details).toMatch(/charge moved L→R .* = -?\d/);
  });

  it("v_ν = √(Γ_νΔE/2π) (Γ read as 2πv²/ΔE) fails agreement", async () => {
    const report = await checkSolver("resonant-level-probes", { populationsExact: (p, t) => dense.populationsExact({ ...p, GammaL: p.GammaL / 2, GammaR: p.GammaR / 2 }, t) }, opts);
    expect(report.verdicts[0].holds).toBe(false);
    expect(report.verdicts[1].holds).toBe(true);
    expect(report.verdicts[2].holds, "halving both couplings keeps the zero-bias symmetry").toBe(true);
  });

  it("ignoring the staggered grid fails agreement with a staggered counterexample", async () => {
    const report = await checkSolver("resonant-level-probes", { populationsExact: (p, t) => dense.populationsExact({ ...p, grid: "midpoint" }, t) }, opts);
    const agreement = report.verdicts[0];
    expect(agreement.holds).toBe(false);
    expect((agreement.counterexample as ResonantLevelProbesSolverParams).grid).toBe("staggered");
    expect(agreement.details).toMatch(/staggered/);
  });
});
