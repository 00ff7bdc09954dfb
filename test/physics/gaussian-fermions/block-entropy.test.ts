import { describe, expect, it } from "vitest";
import { ParameterError } from "../../../src/core/errors.js";
import type { ComplexMatrix } from "../../../src/numerics/linalg/types.js";
import { blockEntropy } from "../../../src/physics/gaussian-fermions/block-entropy.js";
import { correlationBlock, correlationMatrix } from "../../../src/physics/gaussian-fermions/correlation-block.js";
import { mutualInformation } from "../../../src/physics/gaussian-fermions/mutual-information.js";
import { principalBlock } from "../../../src/physics/gaussian-fermions/principal-block.js";
import { starPropagator } from "../../../src/physics/gaussian-fermions/star-propagator.js";
import { arrowheadCase } from "../../numerics/linalg/arrowhead-cases.js";

const EPS = Number.EPSILON;

/** h(λ) written out independently of the code under test. */
const h = (x: number): number => (x === 0 || x === 1 ? 0 : -x * Math.log(x) - (1 - x) * Math.log(1 - x));

function real(rows: number[][]): ComplexMatrix {
  const n = rows.length;
  return { rows: n, cols: n, re: Float64Array.from(rows.flat()), im: new Float64Array(n * n) };
}

describe("blockEntropy (001_06d9cbfd9396c60e.txt, eq. (21))", () => {
  it("a half-filled mode has entropy ln 2", () => {
    expect(Math.abs(blockEntropy(real([[0.5]])) - Math.LN2)).toBeLessThanOrEqual(2 * EPS); // one rounding of ln 2
  });

  it("a block of a diagonal C0 at t = 0 gives Σ h(f_i)", () => {
    const f = Float64Array.of(0.1, 0.5, 0.93, 0, 1, 0.37);
    const p = starPropagator(arrowheadCase("random", 6, 2));
    const indices = [0, 2, 3, 5];
    const block = correlationBlock(p, f, 0, indices);
    const expected = indices.reduce((s, i) => s + h(f[i]), 0);
    // the block equals diag(f_A) to ≈ 25ε (VVᵀ = I); |h'(λ)| ≤ |ln(λ/(1−λ))| ≈ 2.6 here,
    // and the 4×4 eigensolver adds O(4ε): 1e-13 is generous
    expect(Math.abs(blockEntropy(block) - expected), `${blockEntropy(block)} vs ${expected}`).toBeLessThanOrEqual(1e-13);
  });

  it("a Fock (pure product) state: every block has entropy 0 at t = 0, the whole system stays pure at t > 0", () => {
    const a = arrowheadCase("two-grids", 21, 4);
    const p = starPropagator(a);
    const f = Float64Array.from({ length: 21 }, (_, i) => (i % 2 === 0 ? 1 : 0));
    // the block is diag(1, 0, 1, 1) to δ ≲ 25ε; each eigenvalue contributes h(δ) ≈ δ(1 − ln δ) ≲ 2e-13
    expect(blockEntropy(correlationBlock(p, f, 0, [0, 3, 4, 10]))).toBeLessThanOrEqual(4 * 2e-13);
    const c = correlationMatrix(p, f, 8);
    // eigenvalues are 0 or 1 up to δ ≲ 8n·ε ≈ 4e-14 (unitarity of U, eigensolver); each
    // contributes h(δ) ≈ δ(1 − ln δ) ≲ 1.3e-12 (measured total 2.3e-13)
    expect(blockEntropy(c)).toBeLessThanOrEqual(21 * 1.3e-12);
    expect(blockEntropy(c, [0, 1, 2]), "a sub-block is entangled with the rest").toBeGreaterThan(1e-3);
  });

  it("an eigenvalue clearly outside [0, 1] is not a fermionic correlation matrix", () => {
    expect(() => blockEntropy(real([[1.5]]))).toThrow(ParameterError);
  });
});

describe("mutualInformation", () => {
  it("one particle shared by two modes, (|10⟩ + |01⟩)/√2: S_A = S_B = ln 2, S_AB = 0, I = 2 ln 2", () => {
    const c = real([
      [0.5, 0.5],
      [0.5, 0.5],
    ]);
    // eigenvalues 0 and 1 up to ε: h(ε) ≈ 8e-15; ln 2 terms: a few roundings
    expect(Math.abs(mutualInformation(c, [0], [1]) - 2 * Math.LN2)).toBeLessThanOrEqual(1e-13);
    expect(Math.abs(blockEntropy(c))).toBeLessThanOrEqual(1e-13);
  });

  it("a product (diagonal) state has zero mutual information", () => {
    const c = real([
      [0.2, 0, 0],
      [0, 0.6, 0],
      [0, 0, 0.9],
    ]);
    // S_A + S_B − S_AB of the same three h values: cancellation of O(1) numbers, a few ε
    expect(Math.abs(mutualInformation(c, [0, 2], [1]))).toBeLessThanOrEqual(8 * EPS);
  });

  it("is positive between the dot and the baths after the quench", () => {
    const a = arrowheadCase("two-grids", 15, 1);
    const f = Float64Array.from({ length: 15 }, (_, i) => (i === 0 ? 0 : i < 8 ? 0.8 : 0.2));
    const c = correlationMatrix(starPropagator(a), f, 3);
    const baths = Array.from({ length: 14 }, (_, i) => i + 1);
    expect(mutualInformation(c, [0], baths)).toBeGreaterThan(1e-3);
  });

  it("rejects overlapping sets", () => {
    expect(() => mutualInformation(real([[0.5, 0], [0, 0.5]]), [0, 1], [1])).toThrow(ParameterError);
  });
});

describe("principalBlock", () => {
  it("picks rows and columns in the requested order", () => {
    const c: ComplexMatrix = { rows: 3, cols: 3, re: Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9), im: Float64Array.of(0, 1, 2, 3, 4, 5, 6, 7, 8) };
    const b = principalBlock(c, [2, 0]);
    expect(Array.from(b.re)).toEqual([9, 7, 3, 1]);
    expect(Array.from(b.im)).toEqual([8, 6, 2, 0]);
  });
  it("rejects a non-square matrix and duplicate indices", () => {
    expect(() => principalBlock({ rows: 1, cols: 2, re: new Float64Array(2), im: new Float64Array(2) }, [0])).toThrow(ParameterError);
    expect(() => principalBlock(real([[1, 0], [0, 1]]), [1, 1])).toThrow("indices[1]");
  });
});
