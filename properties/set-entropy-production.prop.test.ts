import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decompositionEq12, decompositionEq23 } from "../src/models/set-entropy-production/analytic.js";
import { evaluateSample, timeSampleArbitrary } from "../src/models/set-entropy-production/claim-support.js";

const runs = Number(process.env.QTHERM_PROPERTY_RUNS ?? 30);
// Sums of ≤ 49 binary entropies with eigenvalue backward error ~50ε (|h′| ≤ 40): ≲ 1e-12 nats; a missing term is ≳ 1e-3.
const ATOL = 1e-9;

describe("set-entropy-production properties (random small baths, random Γt ∈ [1e-2, 1e6])", () => {
  it("thermal: Σ (7) = (12), σ − Σ = D^eq_env (14), every term ≥ 0, total energy and N conserved", () => {
    fc.assert(
      fc.property(timeSampleArbitrary("thermal"), (s) => {
        const e = evaluateSample(s);
        const o = e.observables;
        expect(Math.abs(o.entropyProduction - decompositionEq12(o))).toBeLessThan(ATOL + 1e-10 * o.entropyProduction);
        expect(Math.abs(o.sigma - o.entropyProduction - o.finiteBathEffect)).toBeLessThan(ATOL + 1e-10 * o.sigma);
        for (const v of [o.entropyProduction, o.mutualSB, o.mutualLR, o.intraL, o.intraR, o.localAthermality, o.finiteBathEffect]) expect(v).toBeGreaterThan(-1e-10);
        const h = e.system.hamiltonian;
        let e0 = h.apex * e.system.initialOccupations[0];
        for (let j = 0; j < h.diagonal.length; j++) e0 += h.diagonal[j] * e.system.initialOccupations[j + 1];
        const et = h.apex * o.dotOccupation + o.L.energy + o.R.energy + o.couplingEnergy;
        // O(n²) eigenvector sums, |E| ≤ 250: round-off ≲ 1e-12 relative
        expect(Math.abs(et - e0)).toBeLessThan(1e-10 * (1 + Math.abs(e0)));
        expect(o.occupations.every((x) => x >= -1e-12 && x <= 1 + 1e-12)).toBe(true);
        return true;
      }),
      { seed: 42, numRuns: runs },
    );
  });

  it("pure: Σ = (23) with D*_env(0) and S_SB = 0", () => {
    fc.assert(
      fc.property(timeSampleArbitrary("pure"), (s) => {
        const e = evaluateSample(s);
        const o = e.observables;
        expect(o.totalEntropy).toBe(0);
        expect(Math.abs(o.entropyProduction - decompositionEq23(o))).toBeLessThan(ATOL + 1e-10 * Math.abs(o.entropyProduction));
        return true;
      }),
      { seed: 42, numRuns: runs },
    );
  });
});
