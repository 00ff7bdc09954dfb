import { describe, expect, it } from "vitest";
import {
  type Complex2x2,
  add2x2,
  copy2x2,
  dagger2x2,
  hermitian2x2,
  hermitianEigen2x2,
  hermitianEigenvalues2x2,
  maxAbsDifference2x2,
  multiply2x2,
  rotate2x2,
  rotateBack2x2,
  scale2x2,
  zero2x2,
} from "../../../src/numerics/linalg/complex2x2.js";

/** 2×2 complex algebra against hand-computed products and the Hermitian eigen-decomposition contract. */

const A: Complex2x2 = { re: [[1, 2], [3, 4]], im: [[0.5, -1], [2, 0]] };
const B: Complex2x2 = { re: [[0, 1], [-1, 2]], im: [[1, 0], [0.5, -0.5]] };
const H: Complex2x2 = { re: [[0.3, 0.1], [0.1, 0.6]], im: [[0, 0.2], [-0.2, 0]] };
const IDENTITY: Complex2x2 = { re: [[1, 0], [0, 1]], im: [[0, 0], [0, 0]] };

describe("complex 2×2 algebra", () => {
  it("multiplies as Σ_l A_jl B_lk with complex entries", () => {
    const c = multiply2x2(A, B);
    // (AB)_11 = (1 + 0.5i)(0 + i) + (2 − i)(−1 + 0.5i) = (−0.5 + i) + (−1.5 + 2i) = −2 + 3i
    expect(c.re[0][0]).toBeCloseTo(-2, 15);
    expect(c.im[0][0]).toBeCloseTo(3, 15);
    // (AB)_21 = (3 + 2i)(i) + 4(−1 + 0.5i) = (−2 + 3i) + (−4 + 2i) = −6 + 5i
    expect(c.re[1][0]).toBeCloseTo(-6, 15);
    expect(c.im[1][0]).toBeCloseTo(5, 15);
    expect(maxAbsDifference2x2(multiply2x2(IDENTITY, A), A)).toBe(0);
  });

  it("adds, scales and takes the adjoint, (AB)† = B†A†", () => {
    expect(maxAbsDifference2x2(add2x2(A, scale2x2(A, -1)), zero2x2())).toBe(0);
    expect(dagger2x2(A).im[0][1]).toBe(-A.im[1][0]);
    expect(maxAbsDifference2x2(dagger2x2(multiply2x2(A, B)), multiply2x2(dagger2x2(B), dagger2x2(A)))).toBeLessThan(1e-15);
  });

  it("maxAbsDifference2x2 is the largest entry modulus of A − B", () => {
    const shifted = copy2x2(A);
    shifted.re[1][1] += 3;
    shifted.im[1][1] += 4;
    expect(maxAbsDifference2x2(A, shifted)).toBeCloseTo(5, 14);
  });

  it("hermitian2x2 fills the lower triangle with the conjugate of the upper one (the documented example)", () => {
    const calls: string[] = [];
    const m = hermitian2x2((j, k) => {
      calls.push(`${j}${k}`);
      return { re: j + k, im: j === k ? 0 : 1 };
    });
    expect(calls).toEqual(["00", "11", "01"]);
    expect(m.re).toEqual([[0, 1], [1, 2]]);
    expect(m.im).toEqual([[0, 1], [-1, 0]]);
  });

  it("eigenvalues of σ_x are ∓1 (the documented example)", () => {
    expect(hermitianEigenvalues2x2({ re: [[0, 1], [1, 0]], im: [[0, 0], [0, 0]] })).toEqual([-1, 1]);
  });

  it("eigenvalues of a Hermitian matrix: ascending, with the trace and determinant of the matrix", () => {
    const [l1, l2] = hermitianEigenvalues2x2(H);
    expect(l1).toBeLessThan(l2);
    expect(l1 + l2).toBeCloseTo(0.9, 15);
    // det = 0.3·0.6 − |0.1 + 0.2i|² = 0.18 − 0.05
    expect(l1 * l2).toBeCloseTo(0.13, 15);
  });

  it.each<[string, Complex2x2]>([
    ["with coherence", H],
    ["diagonal, sorted", { re: [[0.2, 0], [0, 0.7]], im: [[0, 0], [0, 0]] }],
    ["diagonal, swapped", { re: [[0.7, 0], [0, 0.2]], im: [[0, 0], [0, 0]] }],
  ])("eigen-decomposition %s: U unitary and U diag(λ) U† = A", (_name, m) => {
    const { values, vectors: U } = hermitianEigen2x2(m);
    const D: Complex2x2 = { re: [[values[0], 0], [0, values[1]]], im: [[0, 0], [0, 0]] };
    expect(maxAbsDifference2x2(multiply2x2(dagger2x2(U), U), IDENTITY), "U†U = 1").toBeLessThan(1e-15);
    expect(maxAbsDifference2x2(multiply2x2(multiply2x2(U, D), dagger2x2(U)), m), "U Λ U† = A").toBeLessThan(1e-15);
  });

  it("rotate2x2 (R A Rᵀ) and rotateBack2x2 (Rᵀ A R) are inverse for an orthogonal R", () => {
    const c = Math.cos(0.4);
    const s = Math.sin(0.4);
    const R = [[c, -s], [s, c]];
    expect(maxAbsDifference2x2(rotateBack2x2(R, rotate2x2(R, A)), A)).toBeLessThan(1e-15);
    // R diag(1, 2) Rᵀ has off-diagonal (1 − 2)·c·s·(−1)·… = c·s
    const rotated = rotate2x2(R, { re: [[1, 0], [0, 2]], im: [[0, 0], [0, 0]] });
    expect(rotated.re[0][1]).toBeCloseTo(-c * s, 15);
  });
});
