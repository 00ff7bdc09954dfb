import { describe, expect, it } from "vitest";
import { ParameterError } from "../../../src/core/errors.js";
import { buildFiniteChainStars, chainModes, finiteChainCorrelation, finiteChainSnapshot } from "../../../src/models/two-site-chain-baths/exact.js";
import { denseCorrelation } from "../../../src/models/two-site-chain-baths/exact-dense.js";
import { resolveTwoSiteChainBathsParams } from "../../../src/models/two-site-chain-baths/params.js";

describe("exact finite-chain solution", () => {
  it("M = 1: G_j(t) equals the two-level closed form", () => {
    const p = resolveTwoSiteChainBathsParams({ M: 1, Omega: 10, Gamma: 0.5 });
    const s = buildFiniteChainStars(p);
    const { omegas, couplings } = chainModes(p);
    // ω_1 = −Ω cos(π/2) = 0, τ_1 = √(ΓΩ/4)·sin(π/2)
    expect(Math.abs(omegas[0])).toBeLessThan(1e-15);
    expect(couplings[0]).toBeCloseTo(Math.sqrt((0.5 * 10) / 4), 15);
    const E = s.energies[0];
    const tau = couplings[0];
    const t = 2.3;
    // ⟨0|d(t)d†|0⟩ for [[E, τ], [τ, 0]]: e^{−iEt/2}[cos(Rt) − i(E/2R) sin(Rt)], R = √(E²/4 + τ²)
    const R = Math.sqrt((E * E) / 4 + tau * tau);
    const c = Math.cos(R * t);
    const sn = (E / (2 * R)) * Math.sin(R * t);
    const ph = (-E * t) / 2;
    const expected = { re: Math.cos(ph) * c + Math.sin(ph) * sn, im: Math.sin(ph) * c - Math.cos(ph) * sn };
    const got = finiteChainSnapshot(s, t).propagator[0];
    expect(Math.abs(got.re - expected.re), `${got.re} vs ${expected.re}`).toBeLessThan(1e-14);
    expect(Math.abs(got.im - expected.im), `${got.im} vs ${expected.im}`).toBeLessThan(1e-14);
  });

  it("empty baths keep the vacuum empty; full baths keep a full system full", () => {
    // µ far below the band: f = 0 exactly (β(ω − µ) > 745)
    const empty = resolveTwoSiteChainBathsParams({ M: 60, Omega: 10, Gamma: 0.5, muL: -200, muR: -200, TL: 0.1, TR: 0.1 });
    const c0 = finiteChainCorrelation(buildFiniteChainStars(empty), 3.3);
    expect(Math.max(...c0.re.flat().map(Math.abs), ...c0.im.flat().map(Math.abs))).toBe(0);
    const full = resolveTwoSiteChainBathsParams({ M: 60, Omega: 10, Gamma: 0.5, muL: 200, muR: 200, TL: 0.1, TR: 0.1 });
    const one = { re: [[1, 0], [0, 1]], im: [[0, 0], [0, 0]] };
    const c1 = finiteChainCorrelation(buildFiniteChainStars(full), 3.3, one);
    // unitarity of the star propagator: Σ_i |U_0i|² = 1 to O(M ε)
    expect(Math.abs(c1.re[0][0] - 1)).toBeLessThan(1e-13);
    expect(Math.abs(c1.re[1][1] - 1)).toBeLessThan(1e-13);
    expect(Math.hypot(c1.re[0][1], c1.im[0][1])).toBeLessThan(1e-13);
  });

  it("star path equals the dense site-basis path (M = 40, non-equilibrium, C(0) ≠ 0)", () => {
    const p = resolveTwoSiteChainBathsParams({ M: 40, Omega: 8, Gamma: 0.7, muL: 1.3, muR: 0.2, TL: 0.4, TR: 0.15, delta: -0.3 });
    const init = { re: [[0.2, 0.1], [0.1, 0.7]], im: [[0, -0.15], [0.15, 0]] };
    const a = finiteChainCorrelation(buildFiniteChainStars(p), 4.1, init);
    const b = denseCorrelation(p, 4.1, init);
    for (const part of ["re", "im"] as const)
      for (let j = 0; j < 2; j++)
        for (let k = 0; k < 2; k++) {
          // dense backward error O(n ε ‖h‖ t), n = 82
          expect(Math.abs(a[part][j][k] - b[part][j][k]), `${part}[${j}][${k}] ${a[part][j][k]} vs ${b[part][j][k]}`).toBeLessThan(1e-12);
        }
  });

  it("continuity: dN_S/dt = J^P_L + J^P_R at any time (not only on the plateau)", () => {
    const p = resolveTwoSiteChainBathsParams({ M: 200, Omega: 10, Gamma: 0.5, muL: 1.5, muR: 0, TL: 0.2, TR: 0.5 });
    const s = finiteChainSnapshot(buildFiniteChainStars(p), 1.7);
    const dN = s.correlationDerivative.re[0][0] + s.correlationDerivative.re[1][1];
    // continuity of the exact Heisenberg evolution, round-off only
    expect(Math.abs(dN - (s.particleCurrent.L + s.particleCurrent.R)), `dN/dt ${dN}, J_L + J_R ${s.particleCurrent.L + s.particleCurrent.R}`).toBeLessThan(1e-13);
  });

  it("rejects negative times and oversized dense problems naming the parameter", () => {
    const p = resolveTwoSiteChainBathsParams({ M: 400 });
    expect(() => finiteChainCorrelation(buildFiniteChainStars(resolveTwoSiteChainBathsParams({ M: 5 })), -1)).toThrow(ParameterError);
    expect(() => denseCorrelation(p, 1)).toThrow(/parameter 'M' = 400/);
  });
});
