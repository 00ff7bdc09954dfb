import { describe, expect, it } from "vitest";
import { runClaim } from "../../../src/checks/runner.js";
import { DomainError } from "../../../src/core/errors.js";
import { seededRandom } from "../../../src/numerics/random.js";
import { effectiveTemperature } from "../../../src/physics/thermo/effective-temperature.js";
import { hasFiniteEffectiveTemperature, MIN_ACCEPTED_FRACTION } from "../../../src/models/set-entropy-production/claim-support.js";
import { entropyModulus } from "../../../src/models/set-entropy-production/claims-information.js";
import { setEntropyClaims } from "../../../src/models/set-entropy-production/claims.js";
import { bathLevels } from "../../../src/models/set-entropy-production/params.js";

const h = (x: number) => (x <= 0 || x >= 1 ? 0 : -x * Math.log(x) - (1 - x) * Math.log(1 - x));
const claim = (id: string) => {
  const c = setEntropyClaims.find((x) => x.id === `set-entropy-production/${id}`);
  if (c === undefined) throw new Error(`no claim ${id}`);
  return c;
};

describe("entropyModulus ω(λ, δ) = max_{|x−λ|≤δ} |h(x) − h(λ)|", () => {
  it("is h(δ) at the ends of [0, 1] (closed form)", () => {
    for (const d of [1e-12, 1e-9, 1e-3]) {
      expect(entropyModulus(0, d)).toBeCloseTo(h(d), 15);
      // at λ = 1 the end 1 − δ is rounded: δ carries a relative error ≤ ε/δ ≤ 2.2e-4 (δ = 1e-12)
      expect(Math.abs(entropyModulus(1, d) - h(d)) / h(d)).toBeLessThan(1e-3);
    }
  });

  it("is |h′(λ)|·δ = |ln(λ/(1−λ))|·δ to first order inside (0, 1)", () => {
    for (const l of [0.05, 0.3, 0.8]) {
      const d = 1e-6;
      const slope = Math.abs(Math.log(l / (1 - l))) * d;
      // second-order term |h″|δ²/2 = δ²/(2λ(1−λ)) ≤ 1e-11, i.e. ≤ 1e-5 relative to the slope term
      expect(Math.abs(entropyModulus(l, d) - slope) / slope).toBeLessThan(1e-4);
    }
  });

  it("is ln 2 − h(½ ± δ) at λ = ½ (flat maximum: second order)", () => {
    const d = 1e-3;
    expect(entropyModulus(0.5, d)).toBeCloseTo(Math.LN2 - h(0.5 + d), 15);
    expect(entropyModulus(0.5, d)).toBeLessThan(3 * d * d); // ≈ 2δ²
  });
});

describe("hasFiniteEffectiveTemperature (domain filter of pure draws)", () => {
  const levels = bathLevels(8, 10);

  it("rejects empty, full, ground and highest Fock states", () => {
    const ground = [1, 1, 1, 0, 0, 0, 0, 0];
    const highest = [0, 0, 0, 0, 0, 1, 1, 1];
    expect(hasFiniteEffectiveTemperature(levels, new Array(8).fill(0), 10)).toBe(false);
    expect(hasFiniteEffectiveTemperature(levels, new Array(8).fill(1), 10)).toBe(false);
    expect(hasFiniteEffectiveTemperature(levels, ground, 10)).toBe(false);
    expect(hasFiniteEffectiveTemperature(levels, highest, 10)).toBe(false);
    expect(hasFiniteEffectiveTemperature(levels, [1, 1, 0, 1, 0, 0, 0, 0], 10)).toBe(true);
  });

  it("agrees with whether the eqs. (5)–(6) solver finds a finite β*, μ* on 400 random Fock states", () => {
    const r = seededRandom(7);
    let rejected = 0;
    for (let trial = 0; trial < 400; trial++) {
      const K = 8 + Math.floor(r.next() * 17);
      const W = 2 + 18 * r.next();
      const lv = bathLevels(K, W);
      const fill = r.next();
      // low-energy-biased Fock states so that ground states occur often
      const occ = Array.from(lv, (_, k) => (r.next() < fill * (1 - k / K) * 1.5 ? 1 : 0));
      let energy = 0;
      let particles = 0;
      for (let k = 0; k < K; k++) {
        energy += lv[k] * occ[k];
        particles += occ[k];
      }
      let solvable = true;
      try {
        effectiveTemperature(lv, energy, particles);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        solvable = false;
      }
      if (!solvable) rejected++;
      expect(hasFiniteEffectiveTemperature(lv, occ, W), `K=${K} W=${W} occ=${occ.join("")}`).toBe(solvable);
    }
    expect(rejected).toBeGreaterThan(20); // the comparison must exercise both branches
  });
});

describe("skipped samples are counted, never passed", () => {
  it("eq23 reports checked and rejected draws and keeps ≥ the required fraction", async () => {
    const outcome = await runClaim(claim("eq23-pure-state-decomposition"), { numRuns: 40 });
    const m = outcome.details.match(/draws: (\d+) in the domain and checked, (\d+) rejected/);
    expect(m, outcome.details).not.toBeNull();
    const [checked, rejected] = [Number(m![1]), Number(m![2])];
    expect(checked).toBe(40);
    expect(rejected).toBeGreaterThan(0); // the filter is active on pure draws (β_ν ≤ 1: ~20 % ground states)
    expect(checked / (checked + rejected)).toBeGreaterThanOrEqual(MIN_ACCEPTED_FRACTION);
    expect(outcome.status).toBe("holds");
  });

  it("thermal property claims reject nothing", async () => {
    const outcome = await runClaim(claim("second-law-and-positivity"), { numRuns: 20 });
    expect(outcome.details).toMatch(/draws: 20 in the domain and checked, 0 rejected/);
  });
});

describe("information terms against the dense path", () => {
  it("information-terms-dense holds with the worst |ΔI| well inside its Weyl budget", async () => {
    const outcome = await runClaim(claim("information-terms-dense"), { numRuns: 30 });
    expect(outcome.status, outcome.details).toBe("holds");
    // measured ≈ 0.05 of the budget at numRuns 40; ≤ 0.5 leaves room and still asserts slack
    expect(outcome.measuredError).toBeLessThan(0.5);
  });
});
