import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parameterArbitrary } from "../src/evidence/arbitraries.js";
import { distributionNormalisation } from "../src/models/two-site-chain-baths/analytic.js";
import { nonMarkovianity, rateMatrixPlus } from "../src/models/two-site-chain-baths/analytic-rates.js";
import { landauerCurrents, steadyStateCorrelation, transmission } from "../src/models/two-site-chain-baths/analytic-steady.js";
import { entropyProductionLimit } from "../src/models/two-site-chain-baths/analytic-local.js";
import { spohnProduction } from "../src/models/two-site-chain-baths/bath-generator.js";
import { randomCorrelation } from "../src/models/two-site-chain-baths/random-correlation.js";
import { hermitianEigenvalues2x2 } from "../src/numerics/linalg/complex2x2.js";
import { seededRandom } from "../src/numerics/random.js";
import { buildFiniteChainStars, finiteChainSnapshot } from "../src/models/two-site-chain-baths/exact.js";
import { resolveTwoSiteChainBathsParams, twoSiteChainBathsParameterSchema } from "../src/models/two-site-chain-baths/params.js";

/**
 * Invariants of the two-site-chain-baths model over random parameters that respect
 * E_j > 0 and condition (34) (the schema's relations filter the draws).
 * QTHERM_PROPERTY_RUNS scales the number of runs.
 */
const runs = (n: number) => Math.max(1, Math.round(n * Number(process.env.QTHERM_PROPERTY_RUNS ?? 1)));
const analyticParams = parameterArbitrary(twoSiteChainBathsParameterSchema, { fixed: { M: 1, t: 0 } });

describe("two-site-chain-baths invariants", () => {
  it("∫φ_j = 1 under condition (34) (eq. (26))", () => {
    fc.assert(
      fc.property(analyticParams, (p) => {
        for (const j of [1, 2] as const) {
          const n = distributionNormalisation(j, p).value;
          // band quadrature, relative tolerance 1e-10
          expect(Math.abs(n - 1), `∫φ_${j} = ${n}`).toBeLessThan(1e-9);
        }
      }),
      { seed: 42, numRuns: runs(30) },
    );
  });

  it("0 ≤ C(∞) ≤ 1 and 0 ≤ T(ω) ≤ 1 (eqs. (32), (45))", () => {
    fc.assert(
      fc.property(analyticParams, fc.double({ min: -1, max: 1, noNaN: true }), (p, x) => {
        const ev = hermitianEigenvalues2x2(steadyStateCorrelation(p));
        // quadrature error 1e-10 relative
        expect(ev[0], `eigenvalues ${ev}`).toBeGreaterThanOrEqual(-1e-12);
        expect(ev[1], `eigenvalues ${ev}`).toBeLessThanOrEqual(1 + 1e-12);
        const T = transmission(x * p.Omega, p);
        expect(T).toBeGreaterThanOrEqual(0);
        expect(T, `T = ${T}`).toBeLessThanOrEqual(1 + 1e-12);
      }),
      { seed: 42, numRuns: runs(30) },
    );
  });

  it("Landauer second law −Σ_α β_α J^Q_α ≥ 0 (eq. (2))", () => {
    fc.assert(
      fc.property(analyticParams, (p) => {
        const { particle, energy } = landauerCurrents(p);
        const sigma = -(energy - p.muL * particle) / p.TL - (-energy + p.muR * particle) / p.TR;
        // quadrature error of the currents ~1e-10 relative, times β ≤ 50
        expect(sigma, `σ = ${sigma}`).toBeGreaterThanOrEqual(-1e-12);
      }),
      { seed: 42, numRuns: runs(30) },
    );
  });

  it("Λ⁺ of (55) is Hermitian with non-negative diagonal, and ν∞ = 0 for equal baths", () => {
    fc.assert(
      fc.property(analyticParams, (p) => {
        const L = rateMatrixPlus(p);
        expect(L.re[0][1]).toBe(L.re[1][0]);
        expect(L.im[0][1]).toBe(-L.im[1][0]);
        expect(L.re[0][0]).toBeGreaterThanOrEqual(0);
        const eq = resolveTwoSiteChainBathsParams({ ...p, TR: p.TL, muR: p.muL });
        expect(nonMarkovianity(eq).nu).toBe(0);
        expect(nonMarkovianity(p).nu).toBeGreaterThanOrEqual(0);
      }),
      { seed: 42, numRuns: runs(30) },
    );
  });

  it("exact finite chain: 0 ≤ C(t) ≤ 1 and continuity dN_S/dt = J^P_L + J^P_R at any t", () => {
    const exactParams = parameterArbitrary(twoSiteChainBathsParameterSchema, { fixed: { M: 120 } });
    fc.assert(
      fc.property(exactParams, (p) => {
        const s = finiteChainSnapshot(buildFiniteChainStars(p), p.t);
        const ev = hermitianEigenvalues2x2(s.correlation);
        // round-off of O(M) sums
        expect(ev[0], `eigenvalues ${ev}`).toBeGreaterThanOrEqual(-1e-12);
        expect(ev[1], `eigenvalues ${ev}`).toBeLessThanOrEqual(1 + 1e-12);
        const dN = s.correlationDerivative.re[0][0] + s.correlationDerivative.re[1][1];
        const J = s.particleCurrent.L + s.particleCurrent.R;
        expect(Math.abs(dN - J), `dN/dt ${dN} vs J_L + J_R ${J}`).toBeLessThan(1e-12 * Math.max(1, p.Omega));
      }),
      { seed: 42, numRuns: runs(30) },
    );
  });

  it("second law (64): σ₀ ≥ 0 for all bath temperatures and chemical potentials", () => {
    fc.assert(
      fc.property(analyticParams, (p) => {
        const sigma = entropyProductionLimit(p);
        // closed form, a sum of covariances ≥ 0; round-off of order-one terms
        expect(sigma, `σ₀ = ${sigma}`).toBeGreaterThanOrEqual(-1e-15);
      }),
      { seed: 42, numRuns: runs(100) },
    );
  });

  it("Spohn inequality (63) for each bath generator at random Gaussian states", () => {
    fc.assert(
      fc.property(analyticParams, fc.integer({ min: 0, max: 2 ** 30 }), (p, seed) => {
        const C = randomCorrelation(seededRandom(seed));
        for (const alpha of ["L", "R"] as const) {
          const v = spohnProduction(alpha, p, C);
          // 4×4 Fock-space products of logarithms ≲ 5 with rates ≲ 1: round-off ~1e-15
          expect(v, `Tr[(ln r_${alpha} − ln ρ)L_${alpha}ρ] = ${v}`).toBeGreaterThanOrEqual(-1e-14);
        }
      }),
      { seed: 42, numRuns: runs(15) },
    );
  });
});
