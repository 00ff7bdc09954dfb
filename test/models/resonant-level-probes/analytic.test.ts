import { describe, expect, it } from "vitest";
import { DomainError, ParameterError } from "../../../src/core/errors.js";
import { resolveResonantLevelParams } from "../../../src/models/resonant-level-probes/params.js";
import { fermiOccupations } from "../../../src/models/resonant-level-probes/initial-state.js";
import {
  qleCurrentFromPopulations,
  qleDotOccupation,
  qlePopulations,
  qlePopulationsAt,
  qleSystem,
  quasiSteadyCurrent,
  recurrenceTime,
  standardCurrent,
} from "../../../src/models/resonant-level-probes/analytic.js";
import { f2Printed, f3TermPrinted } from "../../../src/models/resonant-level-probes/qle-kernels.js";

describe("QLE populations (9) and currents", () => {
  const p = resolveResonantLevelParams({ N: 60, t: 100 });

  it("τ⁰_rec = 2π/ΔE = πN/D (500π ≈ 1570.8 at the paper's N = 500, D = 1)", () => {
    expect(recurrenceTime({ N: 500, D: 1 })).toBeCloseTo(500 * Math.PI, 10);
  });

  it("p(ε_l, t0) = f_l: the populations start at the Fermi distribution (8)", () => {
    const s = qleSystem(p);
    const p0 = qlePopulations(s, "L", 0);
    const f = fermiOccupations(s.reservoirs[0].energies, p.beta, p.muL);
    for (let i = 0; i < f.length; i++) expect(p0[i]).toBe(f[i]);
  });

  it("array populations equal the literal printed F2 + Σ_k′ F3 terms (sum over L and R, including k′ = l)", () => {
    const s = qleSystem(resolveResonantLevelParams({ N: 12, grid: "staggered" }));
    const t = 37.5;
    const pl = qlePopulations(s, "R", t);
    const r = s.reservoirs[1];
    for (let l = 0; l < r.energies.length; l++) {
      const el = r.energies[l];
      const v2 = r.hopping ** 2;
      let f3 = 0;
      for (const src of s.reservoirs) {
        for (let k = 0; k < src.energies.length; k++) {
          const ek = src.energies[k];
          f3 += src.hopping ** 2 * src.occupations[k] * f3TermPrinted(t, s.epsilonD - el, s.epsilonD - ek, el - ek, s.Gamma);
        }
      }
      const literal = r.occupations[l] + f2Printed(t, v2, r.occupations[l], s.epsilonD - el, s.Gamma) + v2 * f3;
      // staggered grid: |ε_lk′ t| ≥ (ΔE/2)·t ≈ 3 or exactly 0 (k′ = l, limit branch): the literal form loses no digits; 1e-12 covers 24-term sums
      expect(Math.abs(pl[l] - literal), `level ${l}: ${pl[l]} vs ${literal}`).toBeLessThan(1e-12);
    }
  });

  it("the QSS limit of the standard current equals the Landauer form (transient e^{−Γt} gone at Γt = 25)", () => {
    const s = qleSystem(p);
    const t = 25 / s.Gamma;
    // e^{−25} ≈ 1e-11 relative transient
    expect(standardCurrent(s, "L", t)).toBeCloseTo(quasiSteadyCurrent(s, "L"), 12);
    expect(quasiSteadyCurrent(s, "L")).toBeCloseTo(-quasiSteadyCurrent(s, "R"), 14);
  });

  it("current from d/dt Σ p_l equals a central difference of Σ p_l", () => {
    const s = qleSystem(p);
    const sum = (t: number) => qlePopulations(s, "L", t).reduce((a, b) => a + b, 0);
    const h = 1e-2;
    const fd = (sum(80 + h) - sum(80 - h)) / (2 * h);
    // truncation h²/6·|N‴| with |N‴| ≲ N·(D)³ ~ 1: ≲ 2e-5 absolute on a current ~ 1e-2 — use 1e-6 since N‴ is far smaller here
    expect(Math.abs(qleCurrentFromPopulations(s, "L", 80) - fd)).toBeLessThan(1e-6);
  });

  it("dot occupation of the QLE is 0 at t0 and ≈ (1/π)[atan((μ−ε_d)/Γ) + atan((D+ε_d)/Γ)] averaged over L, R in the QSS", () => {
    const q = resolveResonantLevelParams({ N: 2000, beta: 5000 });
    const s = qleSystem(q);
    expect(qleDotOccupation(s, 0)).toBe(0);
    const G = q.GammaL + q.GammaR;
    const nd = (mu: number) => (Math.atan((mu - q.epsilonD) / G) + Math.atan((q.D + q.epsilonD) / G)) / Math.PI;
    const expected = 0.5 * nd(q.muL) + 0.5 * nd(q.muR);
    // midpoint sums with ΔE = 0.001 of a Lorentzian of width 0.05 (error ~ (ΔE/Γ)²/24 ≈ 2e-5) and β = 5000 smoothing (~(π/βΓ)²/6 ≈ 6e-5)
    expect(Math.abs(qleDotOccupation(s, 30 / G) - expected)).toBeLessThan(3e-4);
  });

  it("the validity window is enforced: DomainError beyond τ⁰_rec and for ΔE ≥ Γ, ParameterError for t < 0 and unknown reservoir", () => {
    const q = resolveResonantLevelParams({ N: 60, t: 200 });
    expect(() => qlePopulationsAt(q, qleSystem(q), "L")).toThrow(DomainError);
    expect(() => qlePopulationsAt(q, qleSystem(q), "L", { allowBeyondRecurrence: true })).not.toThrow();
    expect(() => qlePopulations(qleSystem(q), "L", -1)).toThrow(/parameter 't'/);
    const sparse = resolveResonantLevelParams({ N: 20, t: 10 }); // ΔE = 0.1 > Γ = 0.05
    expect(() => qlePopulationsAt(sparse, qleSystem(sparse), "L")).toThrow(/ΔE = 2D\/N < Γ/);
    expect(() => qlePopulations(qleSystem(q), "G", 1)).toThrow(ParameterError);
  });
});
