import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seededRandom } from "../src/numerics/random.js";
import { binaryEntropy, fermi, fermiOfArgument } from "../src/numerics/special.js";
import {
  effectiveTemperature,
  grandCanonicalEnergy,
  grandCanonicalEntropy,
  grandCanonicalParticleNumber,
  relativeEntropyToGrandCanonical,
  relativeEntropyTwoLevel,
} from "../src/physics/thermo.js";

/**
 * Properties of the grand-canonical thermodynamics of fermionic modes (src/physics/thermo):
 * the effective (β*, μ*) of eqs. (5)–(6) of 001_06d9cbfd9396c60e.txt recovered from forward
 * E and N with tolerances derived from the conditioning, the Gibbs identity
 * S(π*) − S(ρ) = D(ρ‖π*) linking eqs. (7) and (11), and the entropy kernels against
 * independent formulas.
 */

const EPS = Number.EPSILON;
const RUNS = Number(process.env.QTHERM_PROPERTY_RUNS ?? 60);

const logUniform = (min: number, max: number): fc.Arbitrary<number> =>
  fc.double({ min: Math.log(min), max: Math.log(max), noNaN: true }).map(Math.exp);

/** Neumaier-compensated sum (reference sums independent of the code under test). */
function compensatedSum(values: Iterable<number>): number {
  let sum = 0;
  let c = 0;
  for (const v of values) {
    const t = sum + v;
    c += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return sum + c;
}

describe("grand-canonical thermodynamics", () => {
  // The paper's bath: K = 1000 levels in W = 10 (001_06d9cbfd9396c60e.txt, Sec. IV).
  const levels = Float64Array.from({ length: 1000 }, (_, k) => (k * 10) / 999 - 5);

  it("effective (β*, μ*) recover the (β, μ) that produced E and N, for β from 0.01 to 200 of either sign", () => {
    fc.assert(
      fc.property(logUniform(0.01, 200), fc.boolean(), fc.double({ min: -3, max: 3, noNaN: true }), (magnitude, negative, mu) => {
        const beta = negative ? -magnitude : magnitude;
        const N = grandCanonicalParticleNumber(levels, beta, mu);
        const E = grandCanonicalEnergy(levels, beta, mu);
        const r = effectiveTemperature(levels, E, N);
        // Conditioning, computed here independently: w_k = f_k(1 − f_k), dE/dβ|_N = −Σw(ε − ε_w)².
        let w = 0;
        let we = 0;
        let magnitudeE = 0;
        for (const e of levels) {
          const f = fermi(e, beta, mu);
          w += f * (1 - f);
          we += f * (1 - f) * e;
          magnitudeE += Math.abs(e * f);
        }
        const ew = we / w;
        let variance = 0;
        for (const e of levels) {
          const f = fermi(e, beta, mu);
          variance += f * (1 - f) * (e - ew) ** 2;
        }
        // β*: the energy is known to its round-off ≈ ε·Σ|ε f| (forward sum, then the solver's sum and its
        // own stop at 4ε·Σ|ε f| + ε|E|): 64ε·(Σ|εf| + |E|)/|dE/dβ| bounds the forward error.
        const allowedBeta = (64 * EPS * (magnitudeE + Math.abs(E))) / variance + 1e-14 * Math.abs(beta);
        expect(Math.abs(r.beta - beta), `β = ${beta}, μ = ${mu}: β* = ${r.beta}, allowed ${allowedBeta}`).toBeLessThanOrEqual(allowedBeta);
        // μ*: dμ/dβ|_N = (ε_w − μ)/β carries the β error; N's round-off ≈ ε·N shifts μ by ε·N/(|β|Σw).
        const allowedMu = (allowedBeta * Math.abs(ew - mu)) / Math.abs(beta) + 64 * EPS * (Math.max(1, Math.abs(mu)) + N / (Math.abs(beta) * w));
        expect(Math.abs(r.mu - mu), `β = ${beta}, μ = ${mu}: μ* = ${r.mu}, allowed ${allowedMu}`).toBeLessThanOrEqual(allowedMu);
      }),
      { seed: 80, numRuns: RUNS },
    );
  });

  it("Gibbs: for any occupations with the same E and N, S(π*) − S(ρ) = D(ρ‖π*) ≥ 0", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 3, max: 200 }), (seed, n) => {
        const random = seededRandom(seed);
        const energies = Float64Array.from({ length: n }, () => random.uniform(-3, 3));
        const occupations = Float64Array.from({ length: n }, () => random.next());
        const N = compensatedSum(occupations);
        const E = compensatedSum(Array.from(occupations, (p, k) => p * energies[k]));
        const r = effectiveTemperature(energies, E, N);
        const sRho = compensatedSum(Array.from(occupations, binaryEntropy));
        const sPi = grandCanonicalEntropy(energies, r.beta, r.mu);
        const divergence = relativeEntropyToGrandCanonical(occupations, energies, r.beta, r.mu);
        expect(divergence).toBeGreaterThanOrEqual(0);
        // ΔS − D = β·(E_π − E_ρ) − βμ·(N_π − N_ρ) (the residuals) plus round-off of three sums of
        // n terms ≤ ln 2 + |β(ε − μ)|·f: 16ε·n·(1 + |β|·6)
        const slack = Math.abs(r.beta * r.residualEnergy) + Math.abs(r.betaMu * r.residualParticles) + 16 * EPS * n * (1 + 6 * Math.abs(r.beta));
        expect(Math.abs(sPi - sRho - divergence), `seed ${seed}, n ${n}: ΔS = ${sPi - sRho}, D = ${divergence}, β* = ${r.beta}`).toBeLessThanOrEqual(slack);
      }),
      { seed: 81, numRuns: RUNS },
    );
  });

  it("grand-canonical entropy equals Σ h(f_k) computed from the occupations", () => {
    fc.assert(
      fc.property(logUniform(0.01, 200), fc.boolean(), fc.double({ min: -6, max: 6, noNaN: true }), (magnitude, negative, mu) => {
        const beta = negative ? -magnitude : magnitude;
        const s = grandCanonicalEntropy(levels, beta, mu);
        // h is symmetric, so evaluate it at the minority occupation min(f, 1 − f) = f(|x|), which the sign-split
        // Fermi function gives to a few ulp relative (1 − f itself would carry an absolute ε error)
        const reference = compensatedSum(Array.from(levels, (e) => binaryEntropy(fermiOfArgument(Math.abs(beta * (e - mu))))));
        // per mode: ≈ 4ε·h from the logarithms plus |h′(f)|·δf ≤ 2ε·h from the occupation (h ≈ f(1 + |x|));
        // h via occupations drops tails f < 1e−308 (≤ 1e−300 in total); the plain recursive sum inside
        // grandCanonicalEntropy adds ≤ (n − 1)ε·Σh (Higham, Accuracy and Stability, §4.2)
        expect(Math.abs(s - reference), `β = ${beta}, μ = ${mu}`).toBeLessThanOrEqual((8 + levels.length) * EPS * reference + 1e-300);
      }),
      { seed: 82, numRuns: RUNS },
    );
  });

  it("two-level relative entropy: equals the naive formula where it is safe, ≥ 0, and 0 only at p = q", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), (p, q) => {
        const d = relativeEntropyTwoLevel(p, q);
        const t1 = p * Math.log(p / q);
        const t2 = (1 - p) * Math.log((1 - p) / (1 - q));
        expect(d).toBeGreaterThanOrEqual(0);
        if (p === q) expect(d).toBe(0);
        else expect(d).toBeGreaterThan(0);
        // naive: rounding p/q shifts its logarithm by ≤ ε, i.e. t1 by ≤ p·ε (t2 by ≤ (1 − p)ε), plus
        // ≈ 3 roundings of each term relative to itself; the terms then cancel to D
        expect(Math.abs(d - (t1 + t2)), `p = ${p}, q = ${q}`).toBeLessThanOrEqual(2 * EPS + 8 * EPS * (Math.abs(t1) + Math.abs(t2)));
      }),
      { seed: 83, numRuns: RUNS },
    );
  });
});
