import { describe, expect, it } from "vitest";
import { seededRandom } from "../../../src/numerics/random.js";
import { GaussianRational, Polynomial, WorkMeter } from "../../../src/symbolic/exact/index.js";

/**
 * Real-size computations: the determinants behind a stationary state of a 4-state Markov
 * chain with 12 symbolic rates, and a large multinomial power.
 */

type Matrix = Polynomial[][];

/** Determinant by cofactor expansion along the first row. */
function determinant(m: Matrix, meter: WorkMeter): Polynomial {
  const n = m.length;
  if (n === 1) return m[0][0];
  let result = Polynomial.zero();
  for (let j = 0; j < n; j++) {
    if (m[0][j].isZero()) continue;
    const minor = m.slice(1).map((row) => row.filter((_, k) => k !== j));
    const term = m[0][j].mul(determinant(minor, meter), meter);
    result = j % 2 === 0 ? result.add(term) : result.sub(term);
  }
  return result;
}

/** Double-precision determinant by Gaussian elimination with partial pivoting (an independent oracle). */
function numericDeterminant(a: number[][]): number {
  const m = a.map((row) => [...row]);
  const n = m.length;
  let det = 1;
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let r = k + 1; r < n; r++) if (Math.abs(m[r][k]) > Math.abs(m[p][k])) p = r;
    if (p !== k) {
      [m[p], m[k]] = [m[k], m[p]];
      det = -det;
    }
    det *= m[k][k];
    for (let r = k + 1; r < n; r++) {
      const f = m[r][k] / m[k][k];
      for (let c = k; c < n; c++) m[r][c] -= f * m[k][c];
    }
  }
  return det;
}

const STATES = 4;
/** rate(i, j): the rate k_ij of the jump j → i (i ≠ j), 12 symbols. */
const rateName = (i: number, j: number): string => `k${i + 1}${j + 1}`;
/** The generator W: W_ij = k_ij (i ≠ j), W_jj = −Σ_{i≠j} k_ij (columns sum to 0; diagonal entries are sums of 3 symbols). */
const generatorMatrix: Matrix = Array.from({ length: STATES }, (_, i) =>
  Array.from({ length: STATES }, (_, j) => {
    if (i !== j) return Polynomial.generator(rateName(i, j));
    let diagonal = Polynomial.zero();
    for (let r = 0; r < STATES; r++) if (r !== j) diagonal = diagonal.sub(Polynomial.generator(rateName(r, j)));
    return diagonal;
  }),
);

describe("4-state Markov generator with 12 symbolic rates", () => {
  it("det W = 0 exactly (columns sum to zero)", () => {
    expect(determinant(generatorMatrix, new WorkMeter()).toText()).toBe("0");
  });

  it("a principal 3×3 minor is −(the 16 spanning trees rooted at the removed state) (Markov chain tree theorem)", () => {
    const minor = generatorMatrix.slice(1).map((row) => row.slice(1));
    const tree = determinant(minor, new WorkMeter());
    expect(tree.termCount).toBe(16);
    expect(tree.terms().every((t) => t.coefficient.equals(GaussianRational.MINUS_ONE) && Object.values(t.monomial).reduce((s, e) => s + e, 0) === 3)).toBe(true);
    // every tree rooted at state 1 has no jump out of state 1
    expect(tree.generators().filter((g) => g.endsWith("1"))).toEqual([]);
  });

  it("the stationary-state determinant (last row replaced by ones) has 64 terms and matches a numeric determinant", () => {
    const matrix = [...generatorMatrix.slice(0, STATES - 1), Array.from({ length: STATES }, () => Polynomial.one())];
    const meter = new WorkMeter();
    const det = determinant(matrix, meter);
    expect(det.termCount).toBe(64);
    expect(det.generators().length).toBe(12);
    const signs = new Set(det.terms().map((t) => t.coefficient.toText()));
    expect([...signs]).toHaveLength(1);
    const random = seededRandom(2024);
    for (let trial = 0; trial < 5; trial++) {
      const rates: Record<string, number> = {};
      for (let i = 0; i < STATES; i++) for (let j = 0; j < STATES; j++) if (i !== j) rates[rateName(i, j)] = random.uniform(0.1, 3);
      const numeric = numericDeterminant(
        matrix.map((row) => row.map((entry) => entry.evaluate(Object.fromEntries(Object.entries(rates).map(([k, v]) => [k, { re: v, im: 0 }]))).re)),
      );
      const exact = det.evaluate(Object.fromEntries(Object.entries(rates).map(([k, v]) => [k, { re: v, im: 0 }]))).re;
      expect(Math.abs(exact - numeric), `rates ${JSON.stringify(rates)}: exact ${exact}, numeric ${numeric}`).toBeLessThanOrEqual(1e-12 * Math.abs(numeric));
    }
    // the work is a property of the input, not of the machine
    const again = new WorkMeter();
    determinant(matrix, again);
    expect(again.work).toBe(meter.work);
  });
});

describe("a large multinomial power", () => {
  it("(a+b+c+d+f+g)^8 has C(13, 5) = 1287 terms, coefficients summing to 6^8", () => {
    const base = ["a", "b", "c", "d", "f", "g"].map((n) => Polynomial.generator(n)).reduce((s, p) => s.add(p));
    const power = base.pow(8);
    expect(power.termCount).toBe(1287);
    const ones = Object.fromEntries(["a", "b", "c", "d", "f", "g"].map((n) => [n, { re: 1, im: 0 }]));
    expect(power.evaluate(ones).re).toBe(6 ** 8);
    // the coefficient of a²b²c²d² is 8!/(2!)⁴ = 2520
    const term = power.terms().find((t) => t.monomial.a === 2 && t.monomial.b === 2 && t.monomial.c === 2 && t.monomial.d === 2);
    expect(term?.coefficient.toText()).toBe("2520");
  });
});
