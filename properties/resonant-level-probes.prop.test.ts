import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runClaim } from "../src/checks/runner.js";
import { parameterArbitrary } from "../src/evidence/arbitraries.js";
import { resonantLevelParameterSchema } from "../src/models/resonant-level-probes/params.js";
import { initialQleSystem, qleCurrentFromPopulations, qlePopulations, recurrenceTime } from "../src/models/resonant-level-probes/analytic.js";
import { fermiOccupations } from "../src/models/resonant-level-probes/initial-state.js";
import { dephasingProbeOccupation, voltageProbeMuFermi } from "../src/models/resonant-level-probes/probes.js";
import { f3TermPrinted, f3TermStable, targetConstants } from "../src/models/resonant-level-probes/qle-kernels.js";
import { invariantClaims } from "../src/models/resonant-level-probes/claims-invariants.js";
import { randomAgreementClaims } from "../src/models/resonant-level-probes/claims-random.js";
import { fermiOfArgument } from "../src/numerics/special.js";

/** Property runs: 30 by default, scaled by QTHERM_PROPERTY_RUNS. */
const runs = Number(process.env.QTHERM_PROPERTY_RUNS ?? 30);
const settings = { seed: 42, numRuns: runs };
const params = parameterArbitrary(resonantLevelParameterSchema, { fixed: { reservoir: "L" } });

describe("resonant-level-probes invariants over random parameters", () => {
  it.each([...invariantClaims, ...randomAgreementClaims].map((c) => [c.id, c] as const))("%s holds over random parameters (seed 42)", async (_id, claim) => {
    const v = await runClaim(claim, { seed: 42, numRuns: runs });
    expect(v.status, `${claim.id}: ${v.details} (seed ${v.seed}, path ${v.path})`).toBe(v.expectedStatus);
  });

  it("QLE populations start at the initial distribution: p(ε, t0) = f", () => {
    fc.assert(
      fc.property(params, (p) => {
        const s = initialQleSystem(p);
        const p0 = qlePopulations(s, "R", 0);
        const f = fermiOccupations(s.reservoirs[1].energies, p.beta, p.muR);
        // F2 = F3 = 0 at t0 exactly (symbolic claim f2-f3-vanish-at-contact); in floating point the
        // kernels leave O(ε) residues and f + F2 + v²F3 adds two roundings: |Δ| ≤ 4ε (p ≤ 1), ε = 2⁻⁵²
        return p0.every((x, i) => Math.abs(x - f[i]) <= 4 * Number.EPSILON);
      }),
      settings,
    );
  });

  it("the stable F3 kernel equals the printed one wherever the printed one is well conditioned (|ε_lk′ t| ≥ 0.1)", () => {
    const energy = fc.double({ min: -0.5, max: 0.5, noNaN: true });
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 1500, noNaN: true }), fc.double({ min: 0.01, max: 0.5, noNaN: true }), energy, energy, energy, (t, G, ed, el, ek) => {
        fc.pre(Math.abs((el - ek) * t) >= 0.1);
        const printed = f3TermPrinted(t, ed - el, ed - ek, el - ek, G);
        const stable = f3TermStable(t, el - ek, ed - ek, G, targetConstants(t, ed - el, G));
        // printed form loses ≈ ε/|ε_lk′ t| ≤ 2e-15 relative per term; terms ≲ (t/Γ)²: 1e-11 relative to that scale
        const scale = Math.max(Math.abs(printed), ((t / G) ** 2) / (G * G + (ed - ek) ** 2) * 1e-3, 1);
        expect(Math.abs(printed - stable) / scale, `t=${t} Γ=${G} εd=${ed} εl=${el} εk=${ek}: ${printed} vs ${stable}`).toBeLessThan(1e-11);
      }),
      settings,
    );
  });

  it("the QLE current d/dt Σ p_l equals a central difference of Σ p_l (t below τ⁰_rec)", () => {
    fc.assert(
      fc.property(params, (p) => {
        const s = initialQleSystem(p);
        const t = Math.min(p.t, 0.9 * recurrenceTime(p)) + 1;
        const h = 1e-2;
        const sum = (x: number) => qlePopulations(s, "L", x).reduce((a, b) => a + b, 0);
        const fd = (sum(t + h) - sum(t - h)) / (2 * h);
        const rate = qleCurrentFromPopulations(s, "L", t);
        // truncation h²/6·|N‴| with |N‴| ≲ Σ_l |d³p_l/dt³| ≲ N·(2D)³·max|Δp| ≤ 80·64: 1e-4·… — observed ≪ 1e-5
        expect(Math.abs(rate - fd), `${rate} vs ${fd}`).toBeLessThan(1e-5);
      }),
      { ...settings, numRuns: Math.min(runs, 15) },
    );
  });

  it("dephasing occupation lies between f_L and f_R; voltage μ_G lies between μ_R and μ_L", () => {
    fc.assert(
      fc.property(params, (p) => {
        for (const e of [-0.3, -0.1, 0, 0.15]) {
          const fL = fermiOfArgument(p.beta * (e - p.muL));
          const fR = fermiOfArgument(p.beta * (e - p.muR));
          const fG = dephasingProbeOccupation(fL, fR, p);
          expect(fG).toBeGreaterThanOrEqual(Math.min(fL, fR) - 1e-16);
          expect(fG).toBeLessThanOrEqual(Math.max(fL, fR) + 1e-16);
        }
        if (p.beta > 0 && Math.abs(p.muL - p.muR) > 1e-3) {
          const mu = voltageProbeMuFermi(p).muG;
          // strict bracket: i_G(μ_R) and i_G(μ_L) have opposite signs for equal β; Newton's xTol 1e-14
          expect(mu).toBeGreaterThan(Math.min(p.muL, p.muR) - 1e-12);
          expect(mu).toBeLessThan(Math.max(p.muL, p.muR) + 1e-12);
        }
      }),
      { ...settings, numRuns: Math.min(runs, 20) },
    );
  });
});
