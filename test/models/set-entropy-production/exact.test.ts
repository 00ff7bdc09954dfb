import { describe, expect, it } from "vitest";
import { resolveSetEntropyParams } from "../../../src/models/set-entropy-production/params.js";
import { denseSnapshot, setDensePropagator } from "../../../src/models/set-entropy-production/exact-dense.js";
import { entropyObservables, systemBathInformation } from "../../../src/models/set-entropy-production/entropy-observables.js";
import { initialReference, populationObservables } from "../../../src/models/set-entropy-production/population-observables.js";
import { globalReference } from "../../../src/models/set-entropy-production/reference.js";
import { setSystem } from "../../../src/models/set-entropy-production/system.js";
import { binaryEntropy, fermi } from "../../../src/numerics/special.js";

describe("set-entropy-production exact dynamics", () => {
  const p = resolveSetEntropyParams({ KL: 12, KR: 9, gammaL: 2, gammaR: 4, nD: 0.3, epsilonD: 0.4 });
  const system = setSystem(p);
  const reference = initialReference(system);

  it("short-time expansion n_d(t) = n_d + t² Σ_j t_j²(f_j − n_d) + O(t⁴) (from Ċ = i[𝓗, C])", () => {
    const t = 1e-3;
    let rate = 0;
    for (let j = 1; j < system.size; j++) rate += system.hamiltonian.border[j - 1] ** 2 * (system.initialOccupations[j] - p.nD);
    const expected = p.nD + t * t * rate;
    const actual = populationObservables(system, reference, t).dotOccupation;
    // O(t⁴) remainder ≈ t⁴·‖𝓗‖² Σ t_j² ≲ 1e-12·30·1 ≈ 3e-11
    expect(Math.abs(actual - expected)).toBeLessThan(1e-10);
  });

  it("at t = 0 every term vanishes and the thermal reference is the input (β_ν, μ_ν)", () => {
    const o = entropyObservables(system, reference, 0, "ts");
    for (const v of [o.entropyProduction, o.sigma, o.mutualSB, o.mutualLR, o.intraL, o.intraR, o.localAthermality, o.finiteBathEffect]) {
      // sums of ≤ 22 binary entropies of exact occupations: round-off ≲ 1e-14
      expect(Math.abs(v)).toBeLessThan(1e-12);
    }
    // β* re-solved from E, N equals the input β_L to the solver's round-off (relative ≲ 1e-12)
    expect(Math.abs(o.L.beta - p.betaL) / p.betaL).toBeLessThan(1e-9);
    expect(Math.abs(o.R.mu - p.muR)).toBeLessThan(1e-9);
  });

  it("I_S−B from the secular bath-block spectrum equals S_S + S_B − S_SB of the dense C(t)", () => {
    const t = 7.3;
    const dense = denseSnapshot(system, setDensePropagator(system), t);
    const nd = dense.occupations[0];
    const expected = binaryEntropy(nd) + dense.bathEntropy - dense.totalEntropy;
    // two independent eigen-decompositions, n = 22: agreement ~1e-13 (tolerance 1e-10)
    expect(Math.abs(systemBathInformation(system, t) - expected)).toBeLessThan(1e-10);
  });

  it("pure initial state: S_SB = 0 and I_S−B = 2 S_S (Schmidt decomposition), D*_env(0) > 0", () => {
    const pure = setSystem({ ...resolveSetEntropyParams({ KL: 10, KR: 10, betaL: 0.5, betaR: 0.5, muL: 0.2, muR: -0.2, nD: 0.5 }), initial: "pure", seed: 3 });
    const r = initialReference(pure);
    const o = entropyObservables(pure, r, 2.5, "ts");
    expect(o.totalEntropy).toBe(0);
    // S_B = S_S for a pure global state: secular root w₀ = 1 − n_d, round-off ≲ 1e-14
    expect(Math.abs(o.mutualSB - 2 * o.systemEntropy)).toBeLessThan(1e-12);
    expect(o.initialAthermality).toBeGreaterThan(0.1);
  });

  it("global reference of a decoupled-level-free case equals the thermal input when β_L = β_R, μ_L = μ_R (Appendix B)", () => {
    // Equal baths at (β, μ) = (1, 0.3) and n_d = f(β(ε_d − μ)): the initial state is the uncoupled
    // Gibbs state; the global reference of the coupled 𝓗 differs only by the coupling energy, O(Γ/W·Δε).
    const q = resolveSetEntropyParams({ KL: 200, KR: 200, betaL: 1, betaR: 1, muL: 0.3, muR: 0.3, gammaL: 0.1, gammaR: 0.1, nD: fermi(0, 1, 0.3) });
    const g = globalReference(setSystem(q));
    expect(Math.abs(g.beta - 1)).toBeLessThan(0.02);
    expect(Math.abs(g.mu - 0.3)).toBeLessThan(0.02);
  });
});
