import { describe, expect, it } from "vitest";
import { boseDifference, conductance, heatCurrent, laplacePropagator, propagatorOfTime, propagatorRoots, transmission } from "../../../src/models/oscillator-mediator/analytic.js";
import { chainSteadyStateNonlinear } from "../../../src/models/oscillator-mediator/analytic-chain.js";
import { conductanceHighTemperatureWideBand, conductanceStrongCoupling, qtbHeatCurrent } from "../../../src/models/oscillator-mediator/analytic-limits.js";
import { mediatorTemperatures, mediatorTemperaturesSpectral, oscillatorEnergy, vacuumIntegralCorrected, vacuumIntegralLog } from "../../../src/models/oscillator-mediator/analytic-virial.js";
import { seleniumEstimate, stmCoEstimate } from "../../../src/models/oscillator-mediator/estimates.js";
import { resolveOscillatorMediatorParams as resolve } from "../../../src/models/oscillator-mediator/params.js";

describe("roots and residues (19)–(21)", () => {
  it("reduce to ±iω0 and D as γ̂ → 0 (closed form of the uncoupled cubic (μ − D)(μ² + ω0²))", () => {
    const r = propagatorRoots(resolve({ omega0: 1.5, gamma1: 1e-9, gamma2: 1e-9, D: 3 }));
    expect(r.mu[0].im).toBeCloseTo(-1.5, 8); // tolerance 1e-8: first-order shift O(γ̂) = 2e-9
    expect(r.mu[1].im).toBeCloseTo(1.5, 8);
    expect(r.mu[2].re).toBeCloseTo(3, 8);
    expect(r.g[0].im).toBeCloseTo(-1 / 3, 8); // −i/(2ω0): the corrected pairing of (70)
  });

  it("g(t) = Σ g_n e^{−μ_n t} is the damped oscillator response: g(0) = 0, ġ(0) = 1 (finite difference, step 1e-6 → error 1e-6)", () => {
    const r = propagatorRoots(resolve({ omega0: 1, gamma1: 0.3, gamma2: 0.2, D: 4 }));
    expect(Math.abs(propagatorOfTime(0, r))).toBeLessThan(1e-15);
    expect(propagatorOfTime(1e-6, r) / 1e-6).toBeCloseTo(1, 5);
  });

  it("g̃(z) at z = 0 is 1/ω0² (static response of (20))", () => {
    const v = laplacePropagator({ re: 0, im: 0 }, resolve({ omega0: 2, D: 3 }));
    expect(v.re).toBeCloseTo(0.25, 15);
    expect(v.im).toBe(0);
  });
});

describe("heat current and conductance", () => {
  it("vanish at equal temperatures and obey the one-channel quantum bound K ≤ π²k_B²T/3h = πT/6 (𝒯 ≤ 1)", () => {
    const p = resolve({ gamma1: 0.5, gamma2: 0.5, D: 5, T1: 1.3, T2: 1.3, T: 1.3 });
    expect(heatCurrent(p)).toBe(0);
    const K = conductance(p);
    expect(K).toBeGreaterThan(0);
    expect(K).toBeLessThan((Math.PI * 1.3) / 6);
    for (const w of [0.1, 0.5, 1, 2, 10]) expect(transmission(w, p)).toBeLessThanOrEqual(1 + 1e-15);
  });

  it("approaches the classical plateau γ̂/4 (48) for T ≫ D ≫ ω0, with the finite-D factor 1/(1 + ω0²/D² + γ̂/2D) of (47)", () => {
    const p = resolve({ omega0: 0.3, gamma1: 0.25, gamma2: 0.25, D: 20, T: 2000 });
    const ratio = conductance(p) / conductanceHighTemperatureWideBand(p);
    // remaining corrections: O((D/T)²) = 1e-4 from the quantum window, O(γ̂²/D²) = 6e-4 beyond the first order
    expect(Math.abs(ratio - (1 - 0.3 ** 2 / 400 - 0.5 / 40))).toBeLessThan(1e-3);
  });

  it("strong-coupling limit K_∞ of a fully transmitting channel cut at D: K_∞ → π T/6 as D → ∞", () => {
    const p = resolve({ D: 1e5, T: 1 });
    expect(conductanceStrongCoupling(p) / (Math.PI / 6)).toBeCloseTo(1, 4); // corrections O(T/D) = 1e-5
  });

  it("QTB current (61) is positive from hot to cold and equals (42) at D = 1e4 within O(1/D)", () => {
    const p = resolve({ gamma1: 0.3, gamma2: 0.3, D: 1e4, T1: 2, T2: 1 });
    expect(qtbHeatCurrent(p)).toBeGreaterThan(0);
    expect(heatCurrent(p) / qtbHeatCurrent(p)).toBeCloseTo(1, 3);
  });
});

describe("T_x, T_p (64)–(65)", () => {
  it("the corrected I_n equals −Log(μ̂²)/[2(1 − μ̂²)] in all four quadrants", () => {
    for (const m of [{ re: 0.3, im: 2 }, { re: 0.3, im: -2 }, { re: 2, im: 0.1 }, { re: 0.01, im: 5 }]) {
      const a = vacuumIntegralCorrected(m);
      const b = vacuumIntegralLog(m);
      expect(Math.hypot(a.re - b.re, a.im - b.im)).toBeLessThan(1e-14);
    }
  });

  it("agree with the spectral (FDT) form, satisfy the uncertainty bound T_xT_p ≥ ω0²/4 and approach U(T) at equal temperatures and weak coupling", () => {
    const p = resolve({ omega0: 1, gamma1: 0.002, gamma2: 0.002, D: 10, T1: 0.7, T2: 0.7 });
    const t = mediatorTemperatures(p);
    const s = mediatorTemperaturesSpectral(p);
    expect(t.Tx / s.Tx).toBeCloseTo(1, 9);
    expect(t.Tp / s.Tp).toBeCloseTo(1, 9);
    expect(t.Tx * t.Tp).toBeGreaterThanOrEqual(0.25);
    expect(t.Tx / oscillatorEnergy(1, 0.7)).toBeCloseTo(1, 2); // O(γ̂) = 4e-3
  });
});

describe("Fourier chain and SI estimates", () => {
  it("the chain profile is monotone between the reservoirs and its entropy production is positive", () => {
    const c = chainSteadyStateNonlinear(resolve({ gamma1: 0.5, gamma2: 0.5, D: 2, T1: 2, T2: 0.5, chainSubsystems: 6 }));
    expect(c.temperatures).toHaveLength(8);
    c.temperatures.slice(1).forEach((T, i) => expect(T).toBeLessThan(c.temperatures[i]));
    expect(c.entropyProduction).toBeCloseTo(c.current * (1 / 0.5 - 1 / 2), 12);
  });

  it("STM/CO: ħω0/k_B for 480 cm⁻¹ is 690.6 K (hc·ν̃/k_B with CODATA constants: 1.438777 cm K × 480)", () => {
    const e = stmCoEstimate();
    expect(e.mediatorTemperature).toBeCloseTo(1.438776877 * 480, 4);
    expect(e.couplingRatio).toBeCloseTo((Math.PI / Math.SQRT2) * (1.438776877 * 480) / 165, 6);
  });

  it("selenium: γ̂ = 4ℓ0κ/k_B with κ = 0.5 W/(m K), ℓ0 = 5e-10 m; ω_D = k_B·250 K/ħ", () => {
    const s = seleniumEstimate();
    expect(s.coupling / ((4 * 5e-10 * 0.5) / 1.380649e-23)).toBeCloseTo(1, 12);
    expect(s.debyeFrequency / ((1.380649e-23 * 250) / 1.054571817e-34)).toBeCloseTo(1, 8); // ħ here to 10 digits (CODATA: 1.054571817…e-34)
  });
});

describe("boseDifference", () => {
  it.each([
    [0.3, 1, 2],
    [5, 0.7, 0.2],
    [1e-6, 3, 1],
    [40, 1, 1.5],
    [100, 19.99, 0.05], // n_2 underflows: the difference is n_1
    [100, 0.05, 19.99],
  ])("n(ω=%f, T1=%f) − n(ω, T2=%f) equals the naive difference where that has no cancellation", (w, T1, T2) => {
    const naive = 1 / Math.expm1(w / T1) - 1 / Math.expm1(w / T2);
    expect(boseDifference(w, T1, T2) / naive).toBeCloseTo(1, 12); // naive form: a few ulp of the larger occupation
  });
});
