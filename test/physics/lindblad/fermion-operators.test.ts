import { describe, expect, it } from "vitest";
import { ParameterError } from "../../../src/core/errors.js";
import { conjugateTranspose, multiplyComplex } from "../../../src/numerics/linalg/complex-matrix.js";
import type { ComplexMatrix } from "../../../src/numerics/linalg/types.js";
import { fermionAnnihilators, occupationBasisLabels, occupationIndex } from "../../../src/physics/lindblad/fermion-operators.js";

/** {A, B} = AB + BA as dense arrays of (re, im). */
function anticommutator(a: ComplexMatrix, b: ComplexMatrix): ComplexMatrix {
  const ab = multiplyComplex(a, b);
  const ba = multiplyComplex(b, a);
  return { rows: a.rows, cols: a.cols, re: ab.re.map((v, p) => v + ba.re[p]), im: ab.im.map((v, p) => v + ba.im[p]) };
}

/** max |X − δ·1| over the entries. */
function distanceFromMultipleOfIdentity(x: ComplexMatrix, delta: number): number {
  let worst = 0;
  for (let i = 0; i < x.rows; i++) {
    for (let j = 0; j < x.cols; j++) {
      const target = i === j ? delta : 0;
      worst = Math.max(worst, Math.hypot(x.re[i * x.cols + j] - target, x.im[i * x.cols + j]));
    }
  }
  return worst;
}

describe("fermionAnnihilators (Jordan–Wigner)", () => {
  it.each([1, 2, 3, 4])("satisfies {c_i, c_j†} = δ_ij and {c_i, c_j} = 0 exactly for %i modes", (modes) => {
    const c = fermionAnnihilators(modes);
    expect(c).toHaveLength(modes);
    for (let i = 0; i < modes; i++) {
      for (let j = 0; j < modes; j++) {
        // entries are 0, ±1 and sums of two of them: the algebra is exact in floating point
        expect(distanceFromMultipleOfIdentity(anticommutator(c[i], conjugateTranspose(c[j])), i === j ? 1 : 0), `{c_${i}, c_${j}†}`).toBe(0);
        expect(distanceFromMultipleOfIdentity(anticommutator(c[i], c[j]), 0), `{c_${i}, c_${j}}`).toBe(0);
      }
    }
  });

  it("orders the basis |n_A n_B⟩ with mode A the most significant bit: n_A = diag(0,0,1,1), n_B = diag(0,1,0,1)", () => {
    const [a, b] = fermionAnnihilators(2);
    const nA = multiplyComplex(conjugateTranspose(a), a);
    const nB = multiplyComplex(conjugateTranspose(b), b);
    expect(Array.from(nA.re)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]);
    expect(Array.from(nB.re)).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(occupationBasisLabels(2)).toEqual(["00", "01", "10", "11"]);
  });

  it("puts the Jordan–Wigner string on the later mode: b|11⟩ = −|10⟩, a|11⟩ = +|01⟩", () => {
    const [a, b] = fermionAnnihilators(2);
    // column 3 (|11⟩): b maps it to row 2 (|10⟩) with sign (−1)^{n_A} = −1
    expect(b.re[2 * 4 + 3]).toBe(-1);
    expect(a.re[1 * 4 + 3]).toBe(1);
  });

  it("indexes occupation states as Σ n_j 2^{m−j}", () => {
    expect(occupationIndex([1, 0])).toBe(2);
    expect(occupationIndex([0, 1, 1])).toBe(3);
    expect(() => occupationIndex([2, 0])).toThrow(/occupations\[0\]/);
  });

  it.each([0, 1.5, 11, Number.NaN])("rejects modes = %s naming the parameter", (modes) => {
    expect(() => fermionAnnihilators(modes)).toThrow(ParameterError);
    expect(() => fermionAnnihilators(modes)).toThrow(/'modes'/);
  });
});
