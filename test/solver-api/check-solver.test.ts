import { describe, expect, it } from "vitest";
import { findModel } from "../../src/catalog.js";
import { checkSolver, type ComplexMatrixParts, type TwoSiteChainBathsSolverParams } from "../../src/index.js";
import * as rateEquations from "../../examples/typescript/coupled-tls-rate-equations.js";

/**
 * checkSolver on good and deliberately wrong solvers. The good coupled-tls
 * solver is an independent implementation (the 4-state rate equations of
 * examples/typescript); the wrong ones break it the way real bugs do.
 */

const RUNS = 25; // samples per check: enough for fast-check to find the planted bugs below, which fail on most of the domain

describe("checkSolver: coupled-tls", () => {
  it("an independent rate-equation solver passes every check (incoherent domain)", async () => {
    const report = await checkSolver("coupled-tls", { steadyState: rateEquations.steadyState, heatCurrentA: rateEquations.heatCurrentA }, { coupling: "incoherent", numRuns: RUNS, seed: 42 });
    expect(report.verdicts.map((v) => v.id)).toEqual([
      "coupled-tls/solver-steady-state",
      "coupled-tls/solver-steady-state-physical",
      "coupled-tls/solver-heat-current",
      "coupled-tls/solver-heat-current-second-law",
    ]);
    for (const v of report.verdicts) expect(v.holds, `${v.id}: ${v.details}`).toBe(true);
    expect(report.holds).toBe(true);
    // the two solvers agree far below the default tolerance (round-off of 4×4 vs 16×16 linear algebra)
    expect(report.verdicts[2].measuredError).toBeLessThan(1e-12);
  });

  it("a sign flip of J_A fails agreement and the second law, with a counterexample", async () => {
    const report = await checkSolver("coupled-tls", { heatCurrentA: (p) => -rateEquations.heatCurrentA(p) }, { coupling: "incoherent", numRuns: RUNS, seed: 42 });
    expect(report.holds).toBe(false);
    const [agreement, secondLaw] = report.verdicts;
    expect(agreement.holds).toBe(false);
    expect(secondLaw.holds).toBe(false);
    const c = secondLaw.counterexample as { betaA: number; betaB: number };
    expect(c.betaA, "a counterexample has unequal temperatures").not.toBe(c.betaB);
    expect(secondLaw.details).toMatch(/counterexample .*β_A=.*σ = -/);
    expect(secondLaw.seed).toBe(42);
    expect(typeof secondLaw.path).toBe("string");
  });

  it("a missing factor ω in J_A fails agreement at ω ≠ 1 and still satisfies the second law", async () => {
    const report = await checkSolver("coupled-tls", { heatCurrentA: (p) => rateEquations.heatCurrentA(p) / p.omegaA }, { coupling: "incoherent", numRuns: RUNS, seed: 42 });
    const [agreement, secondLaw] = report.verdicts;
    expect(agreement.holds).toBe(false);
    const c = agreement.counterexample as { omegaA: number };
    expect(Math.abs(c.omegaA - 1), `counterexample ω_A = ${c.omegaA}`).toBeGreaterThan(1e-6);
    expect(secondLaw.holds, "a wrong magnitude with the right sign does not violate σ ≥ 0").toBe(true);
  });

  it("an unnormalized steady state fails the density-matrix check", async () => {
    const report = await checkSolver("coupled-tls", { steadyState: (p) => { const r = rateEquations.steadyState(p); return { re: r.re.map((row) => row.map((x) => 2 * x)), im: r.im }; } }, { coupling: "incoherent", numRuns: RUNS, seed: 42 });
    const physical = report.verdicts.find((v) => v.id === "coupled-tls/solver-steady-state-physical")!;
    expect(physical.holds).toBe(false);
    expect(physical.measuredError).toBeCloseTo(1, 10); // |Tr 2ρ − 1| = 1 exactly
  });

  it("qtherm's own exact quantities pass on the whole domain (coherent and incoherent): the invariants are valid there", async () => {
    const model = findModel("coupled-tls");
    const q = (name: string) => model.quantities.find((x) => x.name === name)!;
    const report = await checkSolver("coupled-tls", { steadyState: (p) => q("steady-state").evaluate(p) as unknown as ComplexMatrixParts, heatCurrentA: (p) => q("heat-current-A").evaluate(p) as number }, { numRuns: RUNS, seed: 7 });
    for (const v of report.verdicts) expect(v.holds, `${v.id}: ${v.details}`).toBe(true);
  });

  it("rejects a solver without methods and an unknown model", async () => {
    await expect(checkSolver("coupled-tls", {})).rejects.toThrow(/'solver'.*steadyState, heatCurrentA/);
    await expect(checkSolver("no-model" as "coupled-tls", {})).rejects.toThrow(/'model' = "no-model"/);
    await expect(checkSolver("coupled-tls", { heatCurrentA: () => 0 }, { numRuns: 0 })).rejects.toThrow(/'numRuns' = 0/);
  });
});

describe("checkSolver: two-site-chain-baths", () => {
  const model = findModel("two-site-chain-baths");
  const q = (name: string) => model.quantities.find((x) => x.name === name)!;
  // plumbing check: qtherm's own reference as the "user's" solver must pass
  const reference = {
    ness: (p: TwoSiteChainBathsSolverParams) => q("ness-site-basis").evaluate(p) as unknown as ComplexMatrixParts,
    particleCurrent: (p: TwoSiteChainBathsSolverParams) => q("particle-current").evaluate(p) as number,
  };

  it("the reference passes, including the reference-free invariants", async () => {
    const report = await checkSolver("two-site-chain-baths", reference, { numRuns: 10, seed: 42 });
    for (const v of report.verdicts) expect(v.holds, `${v.id}: ${v.details}`).toBe(true);
    expect(report.verdicts).toHaveLength(4);
  });

  it("a transposed NESS (⟨c_α′†c_α⟩ instead of ⟨c_α†c_α′⟩) and a current with a factor 2 fail agreement", async () => {
    const report = await checkSolver(
      "two-site-chain-baths",
      {
        ness: (p) => { const c = reference.ness(p); return { re: c.re, im: c.im.map((row) => row.map((x) => -x)) }; },
        particleCurrent: (p) => 2 * reference.particleCurrent(p),
      },
      { numRuns: 10, seed: 42 },
    );
    const byId = Object.fromEntries(report.verdicts.map((v) => [v.id, v]));
    expect(byId["two-site-chain-baths/solver-ness"].holds).toBe(false);
    expect(byId["two-site-chain-baths/solver-ness-physical"].holds, "the transpose is still a valid correlation matrix").toBe(true);
    expect(byId["two-site-chain-baths/solver-particle-current"].holds).toBe(false);
    expect(byId["two-site-chain-baths/solver-particle-current-antisymmetry"].holds, "2J is still antisymmetric").toBe(true);
  });

  it("a current with a sign-broken lead exchange fails the antisymmetry invariant", async () => {
    const report = await checkSolver("two-site-chain-baths", { particleCurrent: (p) => Math.abs(reference.particleCurrent(p)) }, { numRuns: 10, seed: 42 });
    const anti = report.verdicts.find((v) => v.id === "two-site-chain-baths/solver-particle-current-antisymmetry")!;
    expect(anti.holds).toBe(false);
    expect(anti.details).toMatch(/J\(swapped\)/);
  });
});
