import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { probeSizeDomain, qleAgreementDomain } from "../../../src/models/resonant-level-probes/claims-random.js";
import { MARKOV_CONSTANT, MARKOV_REGIME_MAX } from "../../../src/models/resonant-level-probes/markov-error.js";
import { recurrenceTime } from "../../../src/models/resonant-level-probes/analytic.js";
import { levelSpacing } from "../../../src/models/resonant-level-probes/params.js";

/** The tolerances stay meaningful over the whole sampled domain (audit finding #4: no unbounded growth). */
describe("resonant-level-probes random agreement domains", () => {
  it("qle-vs-exact-random samples only Γ/D ≤ 0.15 and t ≤ 0.8 τ⁰_rec, so the allowed normalised discrepancy c·Γ/D stays ≤ 0.15", () => {
    const samples = fc.sample(qleAgreementDomain, { seed: 42, numRuns: 200 });
    let worstAllowed = 0;
    for (const p of samples) {
      const g = (p.GammaL + p.GammaR + (p.probe === "none" ? 0 : p.GammaG)) / p.D;
      // 1e-12: rounding of t = u·τ⁰_rec and of the division back
      expect(p.t / recurrenceTime(p), `t/τ = ${p.t / recurrenceTime(p)}`).toBeLessThanOrEqual(0.8 + 1e-12);
      expect(g, `Γ/D = ${g}`).toBeLessThanOrEqual(MARKOV_REGIME_MAX);
      worstAllowed = Math.max(worstAllowed, MARKOV_CONSTANT * g);
    }
    // 0.15 = c·(Γ/D)_max = 1·0.15: the cap on the allowed normalised discrepancy, well below 1
    expect(worstAllowed, `largest allowed normalised discrepancy ${worstAllowed}`).toBeLessThanOrEqual(0.15);
  });

  it("probe-size-independence-random samples only t ≤ 0.8 of the probe's recurrence 2π/ΔE_G", () => {
    for (const p of fc.sample(probeSizeDomain, { seed: 42, numRuns: 200 })) {
      const u = (p.t * levelSpacing(p.D, p.NG)) / (2 * Math.PI);
      // 1e-12: rounding of t = u·2π/ΔE_G
      expect(u, `t/(2π/ΔE_G) = ${u}`).toBeLessThanOrEqual(0.8 + 1e-12);
    }
  });
});
