import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parameterArbitrary } from "../src/evidence/arbitraries.js";
import { conductance, conductanceTransmission, heatCurrent, heatCurrentTransmission, propagatorRoots, residueMoment, transmission } from "../src/models/oscillator-mediator/analytic.js";
import { chainLinkCurrents, entropyProductionOfChain } from "../src/models/oscillator-mediator/analytic-chain.js";
import { conductanceHighTemperature, conductanceHighTemperatureSum } from "../src/models/oscillator-mediator/analytic-limits.js";
import { mediatorTemperatures } from "../src/models/oscillator-mediator/analytic-virial.js";
import { oscillatorMediatorParameterSchema, type OscillatorMediatorParams } from "../src/models/oscillator-mediator/params.js";

/**
 * Invariants and sum rules of the oscillator-mediator model over random physical
 * parameters (schema sampling windows: ω0 ∈ [0.3, 3], γ ∈ [0.01, 10], D ∈ [0.1, 100],
 * T ∈ [0.05, 20], log-uniform). QTHERM_PROPERTY_RUNS scales the number of runs.
 */

const RUNS = Number(process.env.QTHERM_PROPERTY_RUNS ?? 60);
const params: fc.Arbitrary<OscillatorMediatorParams> = parameterArbitrary(oscillatorMediatorParameterSchema, {
  fixed: { bathModes: 100, modeSpacing: 0.1, tStart: 10, tEnd: 20, timeSamples: 5, chainSubsystems: 5 },
});
const opts = { seed: 42, numRuns: RUNS };

describe("oscillator-mediator properties", () => {
  it("sum rules Σ g_n μ_n^k = 0, −1, 0 for k = 0, 1, 2 (rounding ≤ 1e-10 of the largest term)", () => {
    fc.assert(
      fc.property(params, (p) => {
        const r = propagatorRoots(p);
        [0, 1, 2].forEach((k) => {
          const s = residueMoment(r, k);
          const scale = Math.max(1, ...r.mu.map((m, n) => Math.hypot(r.g[n].re, r.g[n].im) * Math.hypot(m.re, m.im) ** k));
          expect(Math.hypot(s.re - ((-1) ** k - 1) / 2, s.im) / scale, `k = ${k}`).toBeLessThan(1e-10);
        });
      }),
      opts,
    );
  });

  it("Re μ_n > 0: no bound state (Routh–Hurwitz for positive ω0, γ̂, D)", () => {
    fc.assert(fc.property(params, (p) => propagatorRoots(p).mu.every((m) => m.re > 0)), opts);
  });

  it("J is antisymmetric under T1 ↔ T2, flows from hot to cold and equals the Landauer–Caroli form (1e-7: two quadratures)", () => {
    fc.assert(
      fc.property(params, (p) => {
        const j = heatCurrent(p);
        const swapped = heatCurrent({ ...p, T1: p.T2, T2: p.T1 });
        expect(Math.abs(j + swapped)).toBeLessThanOrEqual(1e-8 * Math.abs(j)); // two quadratures to relative 1e-10 each; their error estimates are not strict bounds (observed 1e-9)
        if (p.T1 !== p.T2) expect(j * (p.T1 - p.T2)).toBeGreaterThan(0);
        expect(Math.abs(j - heatCurrentTransmission(p))).toBeLessThanOrEqual(1e-7 * Math.abs(j));
      }),
      opts,
    );
  });

  it("0 < K ≤ πT/6 (one channel: transmission ≤ 1) and K of (43) equals the transmission form", () => {
    fc.assert(
      fc.property(params, (p) => {
        const k = conductance(p);
        expect(k).toBeGreaterThan(0);
        expect(k).toBeLessThanOrEqual((Math.PI * p.T) / 6);
        expect(Math.abs(k - conductanceTransmission(p))).toBeLessThanOrEqual(1e-7 * k);
        for (const w of [0.1 * p.omega0, p.omega0, p.D]) expect(transmission(w, p)).toBeLessThanOrEqual(1 + 1e-12);
      }),
      opts,
    );
  });

  it("(45) = (47) for unequal couplings too (1e-9: rounding of roots)", () => {
    fc.assert(fc.property(params, (p) => Math.abs(conductanceHighTemperatureSum(p) / conductanceHighTemperature(p) - 1) < 1e-9), opts);
  });

  it("T_x T_p ≥ ω0²/4 (uncertainty ⟨x²⟩⟨p²⟩ ≥ ħ²/4) and T_x, T_p > 0", () => {
    fc.assert(
      fc.property(params, (p) => {
        const t = mediatorTemperatures(p);
        expect(t.Tx).toBeGreaterThan(0);
        expect(t.Tp).toBeGreaterThan(0);
        expect(t.Tx * t.Tp).toBeGreaterThanOrEqual((p.omega0 ** 2 / 4) * (1 - 1e-9));
      }),
      { ...opts, numRuns: Math.max(10, Math.floor(RUNS / 3)) },
    );
  });

  it("entropy production of any chain profile is ≥ 0", () => {
    const profile = fc.array(fc.double({ min: Math.log(0.05), max: Math.log(20), noNaN: true }), { minLength: 2, maxLength: 6 });
    fc.assert(
      fc.property(params, profile, (p, logs) => {
        const temps = logs.map(Math.exp);
        const sigma = entropyProductionOfChain(temps, chainLinkCurrents(p, temps));
        expect(sigma).toBeGreaterThanOrEqual(-1e-15);
      }),
      { ...opts, numRuns: Math.max(10, Math.floor(RUNS / 3)) },
    );
  });
});
