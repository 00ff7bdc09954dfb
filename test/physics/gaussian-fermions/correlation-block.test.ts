import { describe, expect, it } from "vitest";
import { ParameterError } from "../../../src/core/errors.js";
import type { ArrowheadMatrix } from "../../../src/numerics/linalg/arrowhead-eigen.js";
import { hermitianEigenvalues } from "../../../src/numerics/linalg/hermitian-eigenvalues.js";
import { correlationBlock, correlationMatrix } from "../../../src/physics/gaussian-fermions/correlation-block.js";
import { densePropagator } from "../../../src/physics/gaussian-fermions/dense-propagator.js";
import type { Propagator } from "../../../src/physics/gaussian-fermions/propagator.js";
import { starPropagator } from "../../../src/physics/gaussian-fermions/star-propagator.js";
import { arrowheadCase, arrowheadNormBound, denseArrowhead } from "../../numerics/linalg/arrowhead-cases.js";
import { exactPropagator, maxComplexDifference, maxDifference, sandwich } from "./exact-propagator.js";
import { randomCorrelation } from "./random-correlation.js";

const EPS = Number.EPSILON;

const paths: [string, (a: ArrowheadMatrix) => Propagator][] = [
  ["star", (a) => starPropagator(a)],
  ["dense", (a) => densePropagator(denseArrowhead(a))],
];

// A star with an exactly degenerate pair, a tiny coupling and a decoupled mode.
const h: ArrowheadMatrix = {
  apex: 0.1,
  diagonal: Float64Array.of(-1.2, 0.4, 0.4, 0.9, 1.7, -0.3),
  border: Float64Array.of(0.5, 0.3, -0.6, 1e-9, 0.8, 0),
};
const n = 7;
const norm = arrowheadNormBound(h);

describe.each(paths)("%s path: correlation matrix C(t) = e^{iht} C0 e^{−iht}", (_name, build) => {
  const propagator = build(h);
  const { c0, spectrum } = randomCorrelation(n, 17);

  it("equals U†C0U with U from the Padé exponential (dense C0)", () => {
    for (const t of [0.4, 6]) {
      const reference = sandwich(exactPropagator(denseArrowhead(h), t), c0);
      // backward-stable decomposition: error ≲ n·ε·(1 + ‖h‖|t|)·‖C0‖, ‖C0‖ ≤ 1; ×4 for the two factors of U
      const tol = 4 * n * EPS * (1 + norm * Math.abs(t));
      expect(maxComplexDifference(correlationMatrix(propagator, c0, t), reference), `t = ${t}`).toBeLessThanOrEqual(tol);
    }
  });

  it("is Hermitian, keeps the spectrum of C0 (unitary invariance) and the particle number", () => {
    const c = correlationMatrix(propagator, c0, 3.3);
    let defect = 0;
    for (let a = 0; a < n; a++) {
      for (let b = 0; b < n; b++) defect = Math.max(defect, Math.hypot(c.re[a * n + b] - c.re[b * n + a], c.im[a * n + b] + c.im[b * n + a]));
    }
    expect(defect).toBe(0); // the result is returned as its Hermitian part, exactly Hermitian
    const values = hermitianEigenvalues(c);
    // U unitary to ≲ (16 + n)ε, the eigensolver adds O(n·ε); spectrum in [0, 1]
    expect(maxDifference(values, spectrum), `${Array.from(values)} vs ${Array.from(spectrum)}`).toBeLessThanOrEqual(8 * n * EPS);
    let trace = 0;
    let trace0 = 0;
    for (let a = 0; a < n; a++) {
      trace += c.re[a * n + a];
      trace0 += c0.re[a * n + a];
    }
    expect(Math.abs(trace - trace0)).toBeLessThanOrEqual(8 * n * EPS); // same budget
  });

  it("a block equals the same rows and columns of the full matrix, in the requested order", () => {
    const t = 2.2;
    const full = correlationMatrix(propagator, c0, t);
    const indices = [5, 0, 2];
    const block = correlationBlock(propagator, c0, t, indices);
    let worst = 0;
    for (let x = 0; x < 3; x++) {
      for (let y = 0; y < 3; y++) {
        const k = indices[x] * n + indices[y];
        worst = Math.max(worst, Math.hypot(block.re[x * 3 + y] - full.re[k], block.im[x * 3 + y] - full.im[k]));
      }
    }
    // same products, summed in a different order: a few ε per entry (‖C‖ ≤ 1)
    expect(worst).toBeLessThanOrEqual(4 * n * EPS);
  });

  it("diagonal C0: the block at t = 0 is diag(f_A); the diagonal of C(t) is the occupations", () => {
    const f = Float64Array.of(0, 1, 0.25, 0.5, 0.75, 0.1, 0.9);
    const block = correlationBlock(propagator, f, 0, [2, 4, 6]);
    const expected = [0.25, 0, 0, 0, 0.75, 0, 0, 0, 0.9];
    expect(maxDifference(block.re, expected)).toBeLessThanOrEqual(25 * EPS); // VVᵀ = I to (16 + n)ε
    expect(maxDifference(block.im, new Float64Array(9))).toBeLessThanOrEqual(25 * EPS);
    const t = 4.5;
    const c = correlationMatrix(propagator, f, t);
    const occupations = propagator.occupations(t, f);
    const diagonal = Float64Array.from({ length: n }, (_, a) => c.re[a * n + a]);
    // two routes to Σ_l f_l |U_la|² (star: closed-form sums vs explicit columns)
    expect(maxDifference(diagonal, occupations)).toBeLessThanOrEqual(8 * n * EPS * (1 + norm * t));
  });
});

describe("star and dense paths agree on blocks (diagonal and dense C0)", () => {
  it.each([["two-grids", 31], ["clustered", 25], ["random", 18]] as const)("%s star, n = %d", (family, size) => {
    const a = arrowheadCase(family, size, 5);
    const star = starPropagator(a);
    const dense = densePropagator(denseArrowhead(a));
    const { c0 } = randomCorrelation(size, 9);
    const f = Float64Array.from({ length: size }, (_, i) => (i % 3) / 2);
    const indices = [0, 1, size - 1, Math.floor(size / 2)];
    const t = 2.5;
    const tol = 4 * size * EPS * (1 + arrowheadNormBound(a) * t); // both backward stable, see above
    expect(maxComplexDifference(correlationBlock(star, c0, t, indices), correlationBlock(dense, c0, t, indices))).toBeLessThanOrEqual(tol);
    expect(maxComplexDifference(correlationBlock(star, f, t, indices), correlationBlock(dense, f, t, indices))).toBeLessThanOrEqual(tol);
  });
});

describe("correlationBlock: input validation", () => {
  const p = starPropagator(h);
  it("rejects a non-Hermitian C0", () => {
    const { c0 } = randomCorrelation(n, 1);
    const bad = { ...c0, im: c0.im.map((x, i) => (i === 1 ? x + 1e-6 : x)) };
    expect(() => correlationBlock(p, bad, 1, [0])).toThrow(ParameterError);
    expect(() => correlationBlock(p, bad, 1, [0])).toThrow("Hermitian");
  });
  it("rejects a C0 of the wrong size and occupations outside [0, 1]", () => {
    const { c0 } = randomCorrelation(3, 1);
    expect(() => correlationBlock(p, c0, 1, [0])).toThrow("initial.rows×cols");
    expect(() => correlationBlock(p, new Float64Array(n).fill(-0.1), 1, [0])).toThrow("initial[0]");
  });
  it("rejects bad indices and times", () => {
    expect(() => correlationBlock(p, new Float64Array(n), 1, [7])).toThrow("indices[0]");
    expect(() => correlationBlock(p, new Float64Array(n), Number.NaN, [0])).toThrow("time");
  });
});
