import { describe, expect, it } from "vitest";
import { ParameterError } from "../../../src/core/errors.js";
import { propagatorRoots } from "../../../src/models/oscillator-mediator/analytic.js";
import { closedFormsA110A111, latticeSumsA107A108, phaseShift } from "../../../src/models/oscillator-mediator/analytic-appendix.js";
import { chainRelaxation, fourierRelaxationRate, linearChainRelaxationRate } from "../../../src/models/oscillator-mediator/analytic-chain-dynamics.js";
import { resolveOscillatorMediatorParams as resolve } from "../../../src/models/oscillator-mediator/params.js";

describe("Appendix closed forms (44), (A107)–(A111)", () => {
  it("phaseShift inverts (44): ν = kΔ − (Δ/π)φ with φ ∈ (0, π]", () => {
    const spacing = 0.1;
    for (const [k, phi] of [[3, 0.4], [10, 2.9], [1, 1.5]] as const) {
      const nu = k * spacing - (spacing / Math.PI) * phi;
      expect(phaseShift(nu, spacing)).toBeCloseTo(phi, 10); // rounding of kΔ − ν: 1e-15/Δ·π
    }
  });

  it("the lattice sum (A107) equals its exact value including the decaying term, from Σcos(ix)/(i² − a²) (Gradshteyn–Ryzhik 1.445.6)", () => {
    // F1 = (π/2)/(D² + ν²)·[−ν cos(ν(t − π/Δ))/sin(πν/Δ) + D cosh(D(t − π/Δ))/sinh(πD/Δ)], 0 ≤ t ≤ 2π/Δ:
    // partial fractions of ω²/[(D² + ω²)(ω² − ν²)] and the two textbook lattice sums (the Δ/2 constants cancel).
    const p = resolve({ omega0: 1, gamma1: 0.5, gamma2: 0.5, D: 2 });
    const roots = propagatorRoots(p);
    const spacing = 0.05;
    const nu = 0.8123;
    for (const t of [0.5, 2, 7]) {
      const h = Math.PI / spacing;
      const exact = ((Math.PI / 2) / (p.D ** 2 + nu ** 2)) * ((-nu * Math.cos(nu * (t - h))) / Math.sin(Math.PI * nu / spacing) + (p.D * Math.cosh(p.D * (t - h))) / Math.sinh(p.D * h));
      const sum = latticeSumsA107A108(nu, t, p.D, spacing, roots, 400_000).F1;
      expect(Math.abs(sum - exact), `t = ${t}: ${sum} vs ${exact}`).toBeLessThan(1e-6); // lattice tail beyond ω = 2·10⁴: O(1/(ω²Δt)) ≤ 1e-7
    }
  });

  it("the lattice sums approach (A110)–(A111) once e^{−Dt}, e^{−μ_n t} have decayed (t = 40, Re μ = 0.5)", () => {
    const p = resolve({ omega0: 1, gamma1: 0.5, gamma2: 0.5, D: 2 });
    const roots = propagatorRoots(p);
    const nu = 1.2345;
    const phi = phaseShift(nu, 0.05);
    const sums = latticeSumsA107A108(nu, 40, p.D, 0.05, roots, 40_000);
    const printed = closedFormsA110A111(nu, phi, 40, p.D, roots);
    const amplitude = ((Math.PI / 2) * nu) / ((p.D * p.D + nu * nu) * Math.abs(Math.sin(phi)));
    expect(Math.abs(sums.F1 - printed.F1) / amplitude).toBeLessThan(1e-6); // lattice tail beyond ω = 2000
    expect(Math.abs(sums.F2 - printed.F2)).toBeLessThan(1e-7); // e^{−0.5·40} = 2e-9 times an O(1) prefactor
  });

  it("rejects a non-positive frequency or spacing, naming it", () => {
    expect(() => phaseShift(0, 0.1)).toThrow(ParameterError);
    expect(() => phaseShift(0, 0.1)).toThrow(/nu/);
    expect(() => phaseShift(1, -0.1)).toThrow(/spacing/);
  });
});

describe("Fourier chain dynamics (80)–(83)", () => {
  const p = resolve({ T: 1 });

  it("the discrete rate of (81) tends to the continuum rate of (83) as 1 − θ²/12 (θ = π/(N + 1))", () => {
    for (const N of [7, 15, 63]) {
      const theta = Math.PI / (N + 1);
      const expected = 1 - theta ** 2 / 12 + theta ** 4 / 360; // 4sin²(θ/2)/θ² to O(θ⁴)
      expect(linearChainRelaxationRate(p, N) / fourierRelaxationRate(p, N)).toBeCloseTo(expected, 6); // next term θ⁶/20160 ≤ 1.7e-7 for N ≥ 7
    }
  });

  it("conserves the energy flux balance: with equal reservoirs and ε = 0 nothing moves", () => {
    const r = chainRelaxation(p, { subsystems: 3, amplitude: 0, time: 1000, steps: 2 });
    for (const T of r.temperatures) expect(T).toBeCloseTo(1, 12); // Φ differences of equal temperatures are exactly 0
  });

  it("rejects bad chain lengths, amplitudes, times and steps, naming them", () => {
    expect(() => chainRelaxation(p, { subsystems: 0, amplitude: 1e-3, time: 1, steps: 1 })).toThrow(/subsystems/);
    expect(() => chainRelaxation(p, { subsystems: 3, amplitude: 0.7, time: 1, steps: 1 })).toThrow(/amplitude/);
    expect(() => chainRelaxation(p, { subsystems: 3, amplitude: 1e-3, time: -1, steps: 1 })).toThrow(/time/);
    expect(() => chainRelaxation(p, { subsystems: 3, amplitude: 1e-3, time: 1, steps: 0.5 })).toThrow(/steps/);
  });
});
