import { describe, expect, it } from "vitest";
import { ParameterError } from "../../../src/core/errors.js";
import { fermiOfArgument } from "../../../src/numerics/special.js";
import { modelGrids, resolveResonantLevelParams } from "../../../src/models/resonant-level-probes/params.js";
import {
  dephasingProbeOccupation,
  interpolateOccupations,
  probeState,
  voltageProbeMuFermi,
  voltageProbeMuGrid,
} from "../../../src/models/resonant-level-probes/probes.js";
import { denseHamiltonian, exactEnergy, exactModel, exactOccupations, exactPopulations, exactReservoirBlock, starHamiltonian } from "../../../src/models/resonant-level-probes/exact.js";
import { probeCurrentDensity, qlePopulations, qleSystem } from "../../../src/models/resonant-level-probes/analytic.js";
import { qleWithRestarts } from "../../../src/models/resonant-level-probes/restarts.js";

describe("probe conditions", () => {
  it("the dephasing occupation makes i_G(ε) vanish at every energy", () => {
    const p = resolveResonantLevelParams({ GammaL: 0.03, GammaR: 0.01 });
    for (const e of [-0.3, -0.2, 0, 0.19, 0.25]) {
      const fL = fermiOfArgument(p.beta * (e - p.muL));
      const fR = fermiOfArgument(p.beta * (e - p.muR));
      const fG = dephasingProbeOccupation(fL, fR, p);
      expect(Math.abs(probeCurrentDensity(e, fG, fL, fR, p))).toBeLessThan(1e-17);
      // closed form (Γ_R f_R + Γ_L f_L)/(Γ_L + Γ_R) with Γ_L = 3Γ_R
      expect(fG).toBeCloseTo((3 * fL + fR) / 4, 15);
    }
  });

  it("voltage probe: μ_G = (μ_L + μ_R)/2 in the particle–hole symmetric setup (ε_d = 0, Γ_L = Γ_R)", () => {
    const s = voltageProbeMuFermi(resolveResonantLevelParams({}));
    expect(Math.abs(s.muG)).toBeLessThan(1e-12);
  });

  it("voltage probe: μ_G moves toward the better-coupled grain and lies between μ_R and μ_L", () => {
    const p = resolveResonantLevelParams({ GammaL: 0.1, GammaR: 0.01 });
    const mu = voltageProbeMuFermi(p).muG;
    expect(mu).toBeGreaterThan(0.1);
    expect(mu).toBeLessThan(p.muL);
  });

  it("grid-sum condition agrees with the quadrature condition on a fine grid (midpoint rule, O(ΔE²))", () => {
    const p = resolveResonantLevelParams({ N: 2000, GammaL: 0.04, GammaR: 0.015, epsilonD: 0.07, beta: 50 });
    const g = modelGrids(p);
    const fromGrid = voltageProbeMuGrid(p, g.L.energies.map((e) => fermiOfArgument(p.beta * (e - p.muL))), g.R.energies.map((e) => fermiOfArgument(p.beta * (e - p.muR))), 0).muG;
    const fromQuadrature = voltageProbeMuFermi(p).muG;
    // midpoint error ΔE²/24·|f″| with ΔE = 1e-3, β = 50: ≈ 1e-7·β² ≈ 3e-4 relative in the integrals → ~1e-5 in μ_G
    expect(Math.abs(fromGrid - fromQuadrature), `${fromGrid} vs ${fromQuadrature}`).toBeLessThan(2e-5);
  });

  it("rejects a voltage probe at β = 0 and probe occupations without a probe, naming the parameter", () => {
    expect(() => voltageProbeMuFermi(resolveResonantLevelParams({ beta: 0, probe: "voltage" }))).toThrow(/parameter 'beta'/);
    expect(() => probeState(resolveResonantLevelParams({ probe: "none" }))).toThrow(/parameter 'probe'/);
  });

  it("interpolation is exact on grid points and linear between them", () => {
    const grid = Float64Array.of(0, 1, 2);
    const values = Float64Array.of(1, 0.5, 0);
    expect(Array.from(interpolateOccupations(grid, values, Float64Array.of(0, 0.5, 2, 3)))).toEqual([1, 0.75, 0, 0]);
  });
});

describe("exact evolution (10) on the star", () => {
  it("star Hamiltonian: apex ε_d, diagonal L then R levels, border v_ν (index order dot, L, R, G)", () => {
    const p = resolveResonantLevelParams({ N: 3, probe: "dephasing", NG: 2, epsilonD: 0.05 });
    const h = starHamiltonian(p);
    expect(h.apex).toBe(0.05);
    expect(Array.from(h.diagonal)).toEqual([...modelGrids(p).L.energies, ...modelGrids(p).R.energies, ...modelGrids(p).G!.energies]);
    expect(h.border[0]).toBeCloseTo(Math.sqrt((0.025 * (2 / 3)) / Math.PI), 15);
    expect(h.border[6]).toBeCloseTo(Math.sqrt((0.4 * 1) / Math.PI), 15);
  });

  it("star and dense propagators give the same occupations at paper-like parameters with coincident grids (deflated pairs)", () => {
    const p = resolveResonantLevelParams({ N: 150, t: 400 });
    const star = exactOccupations(exactModel(p), p.t);
    const dense = exactOccupations(exactModel(p, { method: "dense" }), p.t);
    let worst = 0;
    for (let i = 0; i < star.length; i++) worst = Math.max(worst, Math.abs(star[i] - dense[i]));
    // two eigen-algorithms: backward error n·ε·‖h‖·t ≈ 300·2e-16·400 ≈ 3e-11
    expect(worst).toBeLessThan(1e-10);
  });

  it("initial state: empty dot, Fermi grains, probe at its condition; energy Tr(hC(0)) = Σ ε f", () => {
    const p = resolveResonantLevelParams({ N: 40, NG: 30, probe: "dephasing" });
    const m = exactModel(p);
    expect(m.initial[0]).toBe(0);
    const h = starHamiltonian(p);
    let e = 0;
    for (let j = 1; j < m.initial.length; j++) e += h.diagonal[j - 1] * m.initial[j];
    expect(exactEnergy(m, 0)).toBeCloseTo(e, 12);
  });

  it("the diagonal of the L block equals the L occupations; the block is Hermitian", () => {
    const p = resolveResonantLevelParams({ N: 30 });
    const m = exactModel(p);
    const B = exactReservoirBlock(m, "L", 70);
    const occ = exactPopulations(m, "L", 70);
    for (let i = 0; i < 30; i++) {
      expect(B.re[i * 30 + i]).toBeCloseTo(occ[i], 13);
      for (let j = 0; j < 30; j++) {
        expect(B.re[i * 30 + j]).toBeCloseTo(B.re[j * 30 + i], 14);
        expect(B.im[i * 30 + j]).toBeCloseTo(-B.im[j * 30 + i], 14);
      }
    }
  });

  it("the dense cross-check refuses large sizes, naming the method", () => {
    expect(() => exactModel(resolveResonantLevelParams({ N: 700 }), { method: "dense" })).toThrow(/parameter 'method'/);
    expect(denseHamiltonian(resolveResonantLevelParams({ N: 2 })).rows).toBe(5);
  });
});

describe("QLE restarts", () => {
  it("a single segment reproduces the plain QLE; the next segment starts from the diagonal populations", () => {
    const p = resolveResonantLevelParams({ N: 60, probe: "dephasing", NG: 60 });
    const r = qleWithRestarts(p, { segmentLength: 150, times: [100, 150, 250] });
    const s = qleSystem(p, { G: probeState(p).occupations });
    expect(Array.from(r.L[0])).toEqual(Array.from(qlePopulations(s, "L", 100)));
    const pL = qlePopulations(s, "L", 150);
    const pR = qlePopulations(s, "R", 150);
    const s2 = qleSystem(p, { L: pL, R: pR, G: probeState(p, pL, pR).occupations });
    expect(Array.from(r.R[2])).toEqual(Array.from(qlePopulations(s2, "R", 100)));
    expect(r.muG).toEqual([null, null]);
  });

  it("rejects a segment longer than τ⁰_rec and negative times, naming them", () => {
    const p = resolveResonantLevelParams({ N: 60 });
    expect(() => qleWithRestarts(p, { segmentLength: 200, times: [1] })).toThrow(/parameter 'segmentLength'/);
    expect(() => qleWithRestarts(p, { segmentLength: 100, times: [-1] })).toThrow(/parameter 'times\[0\]'/);
  });
});
