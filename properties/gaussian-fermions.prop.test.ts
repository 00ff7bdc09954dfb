import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hermitianEigenvalues } from "../src/numerics/linalg/hermitian-eigenvalues.js";
import { seededRandom } from "../src/numerics/random.js";
import { blockEntropy } from "../src/physics/gaussian-fermions/block-entropy.js";
import { correlationMatrix } from "../src/physics/gaussian-fermions/correlation-block.js";
import { densePropagator } from "../src/physics/gaussian-fermions/dense-propagator.js";
import { mutualInformation } from "../src/physics/gaussian-fermions/mutual-information.js";
import { starPropagator } from "../src/physics/gaussian-fermions/star-propagator.js";
import { ARROWHEAD_FAMILIES, arrowheadCase, arrowheadNormBound, denseArrowhead } from "../test/numerics/linalg/arrowhead-cases.js";
import { exactPropagator, maxDifference, occupationsFromPropagator } from "../test/physics/gaussian-fermions/exact-propagator.js";
import { randomCorrelation } from "../test/physics/gaussian-fermions/random-correlation.js";

/**
 * Free-fermion invariants over random stars (all arrowhead families: degenerate
 * grids, tiny couplings, clusters, …), random initial states and times
 * t ∈ [−10, 10]. C_ij = ⟨c_i† c_j⟩, C(t) = e^{iht} C0 e^{−iht}
 * (001_06d9cbfd9396c60e.txt, eqs. (18)–(21)).
 *
 * Tolerances (ε = 2⁻⁵², N ≥ ‖h‖₂ the arrowhead norm bound, n modes):
 * - occupations, three routes (star, dense eigen-decomposition, Padé e^{−iht}):
 *   4(16 + n)·ε·(1 + N|t|). Both decompositions are backward stable, so U(t) is
 *   exact for an h perturbed by O(nεN) — an error |t|·nεN in U — and unitary to
 *   their orthogonality (16 + n)ε; n_j is quadratic in U (factor 2) and the test
 *   sums n terms (factor 2). Measured: ≤ 13·ε·(1 + N|t|).
 * - particle number and 0 ≤ n_j ≤ 1: U is unitary to (16 + n)ε per row, so
 *   |Σn − Σf| ≤ 4n(16 + n)ε and n_j ∈ [−4(16+n)ε, 1 + 4(16+n)ε].
 * - entropies: eigenvalues of C carry δ ≲ 8n·ε; h changes by ≤ δ(1 + |ln δ|) per
 *   eigenvalue, so a sum over ≤ n eigenvalues is off by ≤ n·δ(1 + |ln δ|).
 */

const EPS = Number.EPSILON;
const RUNS = Number(process.env.QTHERM_PROPERTY_RUNS ?? 60);

const starArbitrary = fc.record({
  family: fc.constantFrom(...ARROWHEAD_FAMILIES),
  n: fc.integer({ min: 2, max: 30 }),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  time: fc.double({ min: -10, max: 10, noNaN: true }),
});

function occupationsFor(n: number, seed: number, fock: boolean): Float64Array {
  const rnd = seededRandom(seed ^ 0x5bd1e995);
  return Float64Array.from({ length: n }, () => (fock ? (rnd.next() < 0.5 ? 0 : 1) : rnd.next()));
}

function entropyBudget(n: number): number {
  const delta = 8 * n * EPS;
  return n * delta * (1 + Math.abs(Math.log(delta)));
}

describe("gaussian fermions: star path vs dense path vs Padé propagator", () => {
  it("occupations agree; particle number is conserved; 0 ≤ n_j ≤ 1", () => {
    fc.assert(
      fc.property(starArbitrary, fc.boolean(), ({ family, n, seed, time }, fock) => {
        const a = arrowheadCase(family, n, seed);
        const h = denseArrowhead(a);
        const norm = arrowheadNormBound(a);
        const f = occupationsFor(n, seed, fock);
        const star = starPropagator(a).occupations(time, f);
        const dense = densePropagator(h).occupations(time, f);
        const exact = occupationsFromPropagator(exactPropagator(h, time), f);
        const label = `${family} n=${n} seed=${seed} t=${time}`;
        const tol = 4 * (16 + n) * EPS * (1 + norm * Math.abs(time));
        expect(maxDifference(star, dense), `${label}: star vs dense`).toBeLessThanOrEqual(tol);
        expect(maxDifference(star, exact), `${label}: star vs Padé`).toBeLessThanOrEqual(tol);
        expect(maxDifference(dense, exact), `${label}: dense vs Padé`).toBeLessThanOrEqual(tol);

        let total = 0;
        let total0 = 0;
        for (let j = 0; j < n; j++) {
          total += star[j];
          total0 += f[j];
        }
        expect(Math.abs(total - total0), `${label}: Σn(t) − Σn(0)`).toBeLessThanOrEqual(4 * n * (16 + n) * EPS);
        const slack = 4 * (16 + n) * EPS;
        for (let j = 0; j < n; j++) {
          expect(star[j], `${label}: n_${j} ≥ 0`).toBeGreaterThanOrEqual(-slack);
          expect(star[j], `${label}: n_${j} ≤ 1`).toBeLessThanOrEqual(1 + slack);
        }
      }),
      { seed: 42, numRuns: RUNS },
    );
  });

  it("C(t) from a dense Hermitian C0 keeps the spectrum of C0 on the star path", () => {
    fc.assert(
      fc.property(starArbitrary, ({ family, n, seed, time }) => {
        const a = arrowheadCase(family, n, seed);
        const { c0, spectrum } = randomCorrelation(n, seed);
        const values = hermitianEigenvalues(correlationMatrix(starPropagator(a), c0, time));
        // unitarity of U to (16 + n)ε (twice), the Hermitian eigensolver O(nε), ‖C0‖ ≤ 1
        expect(maxDifference(values, spectrum), `${family} n=${n} seed=${seed} t=${time}`).toBeLessThanOrEqual(4 * (16 + n) * EPS);
      }),
      { seed: 43, numRuns: RUNS },
    );
  });
});

describe("gaussian fermions: entropies", () => {
  it("mutual information between random disjoint sets is ≥ 0; a Fock state stays pure", () => {
    fc.assert(
      fc.property(starArbitrary, fc.boolean(), ({ family, n, seed, time }, fock) => {
        const a = arrowheadCase(family, n, seed);
        const f = occupationsFor(n, seed, fock);
        const c = correlationMatrix(starPropagator(a), f, time);
        const rnd = seededRandom(seed);
        const setA: number[] = [];
        const setB: number[] = [];
        for (let i = 0; i < n; i++) {
          const u = rnd.next();
          if (u < 0.4) setA.push(i);
          else if (u < 0.8) setB.push(i);
        }
        const label = `${family} n=${n} seed=${seed} t=${time} fock=${fock}`;
        // three entropies, each within entropyBudget(n)
        expect(mutualInformation(c, setA, setB), `${label}: I(A:B)`).toBeGreaterThanOrEqual(-3 * entropyBudget(n));
        if (fock) expect(blockEntropy(c), `${label}: S of the whole pure state`).toBeLessThanOrEqual(entropyBudget(n));
      }),
      { seed: 44, numRuns: RUNS },
    );
  });
});
