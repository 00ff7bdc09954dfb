import { describe, expect, it } from "vitest";
import { arrowheadApexRows } from "../../../src/numerics/linalg/arrowhead-apex-row.js";
import { arrowheadFactors } from "../../../src/numerics/linalg/arrowhead-factors.js";
import { symmetricEigen } from "../../../src/numerics/linalg/symmetric-eigen.js";
import { seededRandom } from "../../../src/numerics/random.js";

/** Dense reference: row 0 of V diag(c(λ)) Vᵀ from the dense Householder–QL solver. */
function denseApexRow(apex: number, diagonal: Float64Array, border: Float64Array, c: (lambda: number) => [number, number]) {
  const n = diagonal.length + 1;
  const data = new Float64Array(n * n);
  data[0] = apex;
  for (let j = 0; j < diagonal.length; j++) {
    data[(j + 1) * n + j + 1] = diagonal[j];
    data[j + 1] = border[j];
    data[(j + 1) * n] = border[j];
  }
  const eig = symmetricEigen({ rows: n, cols: n, data });
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const [cr, ci] = c(eig.values[k]);
    const v0 = eig.vectors.data[k];
    for (let i = 0; i < n; i++) {
      re[i] += cr * v0 * eig.vectors.data[i * n + k];
      im[i] += ci * v0 * eig.vectors.data[i * n + k];
    }
  }
  return { re, im };
}

function coefficients(values: Float64Array, c: (lambda: number) => [number, number]) {
  const re = new Float64Array(values.length);
  const im = new Float64Array(values.length);
  values.forEach((l, k) => {
    [re[k], im[k]] = c(l);
  });
  return { re, im };
}

describe("arrowheadApexRows", () => {
  const t = 3.7;
  const propagatorCoefficient = (l: number): [number, number] => [Math.cos(l * t), -Math.sin(l * t)];

  it.each([
    ["distinct poles", Float64Array.from([-1, -0.3, 0.2, 0.9, 1.5]), Float64Array.from([0.3, 0.1, 0.2, 0.25, 0.05])],
    ["degenerate poles and a zero coupling (deflation)", Float64Array.from([-1, 0.2, 0.2, 0.9, 0.9, 1.5]), Float64Array.from([0.3, 0.1, 0.2, 0.25, 0.15, 0])],
  ])("matches the dense solver for row 0 of e^{−iAt} (%s)", (_, diagonal, border) => {
    const f = arrowheadFactors({ apex: 0.4, diagonal, border });
    const [row] = arrowheadApexRows(f, [coefficients(f.values, propagatorCoefficient)]);
    const ref = denseApexRow(0.4, diagonal, border, propagatorCoefficient);
    for (let i = 0; i < ref.re.length; i++) {
      // dense backward error O(n ε ‖A‖) ≈ 1e-15; 1e-13 leaves room for the eigenvector sums
      expect(Math.abs(row.re[i] - ref.re[i]), `re[${i}] ${row.re[i]} vs ${ref.re[i]}`).toBeLessThan(1e-13);
      expect(Math.abs(row.im[i] - ref.im[i]), `im[${i}] ${row.im[i]} vs ${ref.im[i]}`).toBeLessThan(1e-13);
    }
  });

  it("conserves probability: Σ_i |(e^{−iAt})_{0i}|² = 1 for a 2000-mode random star", () => {
    const rng = seededRandom(7);
    const M = 2000;
    const diagonal = Float64Array.from({ length: M }, (_, k) => -1 + (2 * (k + 0.5)) / M);
    const border = Float64Array.from({ length: M }, () => 0.02 * rng.next());
    const f = arrowheadFactors({ apex: 0.1, diagonal, border });
    const [row] = arrowheadApexRows(f, [coefficients(f.values, propagatorCoefficient)]);
    let norm = 0;
    for (let i = 0; i <= M; i++) norm += row.re[i] ** 2 + row.im[i] ** 2;
    // unitarity up to orthogonality of the Gu–Eisenstat vectors, O(n ε) ≈ 1e-12
    expect(Math.abs(norm - 1), `norm ${norm}`).toBeLessThan(1e-11);
  });

  it("names the coefficient vector of the wrong length", () => {
    const f = arrowheadFactors({ apex: 0, diagonal: Float64Array.of(1), border: Float64Array.of(1) });
    expect(() => arrowheadApexRows(f, [{ re: new Float64Array(3), im: new Float64Array(3) }])).toThrow(/coefficients\[0\]\.length/);
  });
});
