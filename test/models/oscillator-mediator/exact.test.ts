import { describe, expect, it } from "vitest";
import { drudeUllersmaBath, finiteBathPlateau, mediatorHessian } from "../../../src/models/oscillator-mediator/exact.js";
import { resolveOscillatorMediatorParams as resolve } from "../../../src/models/oscillator-mediator/params.js";

describe("exact finite-bath layer", () => {
  it("the counter-term Σ C²/ω² of (4) with the couplings (14) equals its closed sum γ̂D coth(πD/Δ) − γ̂Δ/π minus the tail beyond NΔ", () => {
    const gamma = 0.7;
    const D = 2;
    const spacing = 0.05;
    const N = 200000;
    const bath = drudeUllersmaBath(gamma, D, N, spacing);
    const h = mediatorHessian(1, [bath]);
    // Σ_{k≥1} 1/(k²Δ² + D²) = (π/2DΔ)coth(πD/Δ) − 1/2D²; tail Σ_{k>N} ≈ 1/(NΔ²) (1 + O(1/N))
    const full = (2 * gamma * D * D * spacing) / Math.PI * ((Math.PI / (2 * D * spacing)) / Math.tanh((Math.PI * D) / spacing) - 1 / (2 * D * D));
    const tail = (2 * gamma * D * D * spacing) / Math.PI / (N * spacing * spacing);
    expect(h.apex - 1).toBeCloseTo(full - tail, 8); // remainder O(tail/N) ≈ 1e-10
    expect(full).toBeCloseTo(gamma * D - (gamma * spacing) / Math.PI, 12); // coth(πD/Δ) = 1 to 1e-100
  });

  it("arrowhead (O(n²)) and dense (O(n³)) normal modes give the same plateau to 1e-10 (n = 161)", () => {
    const p = resolve({ gamma1: 0.5, gamma2: 0.5, D: 2, T1: 2, T2: 0.5, bathModes: 80, modeSpacing: 0.25, tStart: 10, tEnd: 22, timeSamples: 5 });
    const a = finiteBathPlateau(p, "arrowhead");
    const b = finiteBathPlateau(p, "dense");
    expect(Math.abs(a.current - b.current) / Math.abs(b.current)).toBeLessThan(1e-10);
    expect(Math.abs(a.Tp - b.Tp) / b.Tp).toBeLessThan(1e-10);
  });

  it("energy bookkeeping in the plateau: ⟨P1⟩ + ⟨P2⟩ (power into mediator + interaction) averages to ≈ 0 and J > 0 for T1 > T2", () => {
    const p = resolve({ gamma1: 0.5, gamma2: 0.5, D: 2, T1: 2, T2: 0.5, bathModes: 200, modeSpacing: 0.1, tStart: 30, tEnd: 53, timeSamples: 11 });
    const pl = finiteBathPlateau(p);
    expect(pl.current).toBeGreaterThan(0.2);
    expect(Math.abs(pl.power1 + pl.power2) / pl.current).toBeLessThan(1e-5); // residual transient e^{−Re μ t} at t ≥ 30
    expect(pl.currentSpread / pl.current).toBeLessThan(1e-9);
  });
});
