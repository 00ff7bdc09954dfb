import { describe, expect, it } from "vitest";
import { ParameterError } from "../../../src/core/errors.js";
import { hermitianEigen, hermitianEigenvalues } from "../../../src/numerics/linalg/hermitian-eigenvalues.js";
import { principalSubmatrixEigenvalues } from "../../../src/numerics/linalg/principal-submatrix-eigenvalues.js";
import { seededRandom } from "../../../src/numerics/random.js";

function randomHermitian(n: number, seed: number) {
  const r = seededRandom(seed);
  const re = new Float64Array(n * n);
  const im = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const a = r.normal();
      const b = i === j ? 0 : r.normal();
      re[i * n + j] = a;
      re[j * n + i] = a;
      im[i * n + j] = b;
      im[j * n + i] = -b;
    }
  }
  return { rows: n, cols: n, re, im };
}

function deleteRowColumn(a: { rows: number; re: Float64Array; im: Float64Array }, k: number) {
  const n = a.rows;
  const m = n - 1;
  const re = new Float64Array(m * m);
  const im = new Float64Array(m * m);
  for (let i = 0, x = 0; i < n; i++) {
    if (i === k) continue;
    for (let j = 0, y = 0; j < n; j++) {
      if (j === k) continue;
      re[x * m + y] = a.re[i * n + j];
      im[x * m + y] = a.im[i * n + j];
      y++;
    }
    x++;
  }
  return { rows: m, cols: m, re, im };
}

describe("principalSubmatrixEigenvalues (secular equation of a deleted row/column)", () => {
  it.each([5, 30, 80])("matches the dense spectrum of the submatrix (n = %i)", (n) => {
    const a = randomHermitian(n, n);
    const { values, vectors } = hermitianEigen(a);
    const weights = new Float64Array(n);
    for (let j = 0; j < n; j++) weights[j] = vectors.re[j] ** 2 + vectors.im[j] ** 2; // |Q_0j|²
    const secular = principalSubmatrixEigenvalues(values, weights);
    const dense = hermitianEigenvalues(deleteRowColumn(a, 0));
    expect(secular.length).toBe(n - 1);
    let worst = 0;
    for (let i = 0; i < n - 1; i++) worst = Math.max(worst, Math.abs(secular[i] - dense[i]));
    // both backward stable: ~n·ε·‖A‖ with ‖A‖ ≈ 2√n → ≲ 1e-12 at n = 80
    expect(worst, `max difference ${worst}`).toBeLessThan(1e-11);
  });

  it("two poles with equal weights: the root is the midpoint", () => {
    expect(Array.from(principalSubmatrixEigenvalues([0, 1], [0.5, 0.5]))).toEqual([0.5]);
  });

  it("degenerate poles keep m − 1 copies; zero weights keep all copies (pure Fock spectrum)", () => {
    const v = principalSubmatrixEigenvalues([0, 0, 0, 1, 1], [0.1, 0.2, 0, 0.3, 0.4]);
    // groups: 0 (weight 0.3, multiplicity 3) and 1 (weight 0.7, multiplicity 2) → {0, 0, 1} and the root w₀/(w₀+w₁) = 0.3
    expect(v.length).toBe(4);
    expect(v[0]).toBe(0);
    expect(v[1]).toBe(0);
    expect(Math.abs(v[2] - 0.3)).toBeLessThan(1e-15);
    expect(v[3]).toBe(1);
  });

  it("rejects bad input naming the parameter", () => {
    expect(() => principalSubmatrixEigenvalues([0, 1], [0.5])).toThrow(ParameterError);
    expect(() => principalSubmatrixEigenvalues([0, 1], [-0.5, 1])).toThrow(/weights\[0\]/);
    expect(() => principalSubmatrixEigenvalues([0, Number.NaN], [0.5, 0.5])).toThrow(/poles\[1\]/);
    expect(() => principalSubmatrixEigenvalues([0, 1], [0, 0])).toThrow(/positive total weight/);
  });
});
