import { afterAll, describe, expect, it } from "vitest";
import { zerosComplex } from "../../../src/numerics/linalg/complex-matrix.js";
import { eigenvaluesOfUpper, hermitianEigenvalues, PARALLEL_MIN_ORDER } from "../../../src/numerics/linalg/hermitian-eigenvalues.js";
import {
  gangResult,
  hermitianTridiagonalGangTask,
  reduceHermitianTridiagonal,
  SOLO_BELOW,
  tridiagonalGangInput,
} from "../../../src/numerics/linalg/hermitian-tridiagonal.js";
import { parallelMap, shutdownWorkerPool } from "../../../src/numerics/parallel/worker-pool.js";
import { seededRandom } from "../../../src/numerics/random.js";
import type { ComplexMatrix } from "../../../src/numerics/linalg/types.js";

/**
 * The Householder reduction behind the TypeScript Hermitian eigenvalues: spectra against
 * closed forms (circulants V diag(λ) V† with the DFT matrix V, degenerate λ included), tiny
 * and odd orders, and bitwise equality of one and two threads.
 */

const EPS = 2 ** -52;

afterAll(async () => {
  await shutdownWorkerPool();
});

/** Hermitian circulant A = V diag(λ) V†, V_jm = e^{2πijm/n}/√n: A_jl = (1/n) Σ_m λ_m e^{2πim(j−l)/n}. */
function circulant(lambda: readonly number[]): ComplexMatrix {
  const n = lambda.length;
  const cRe = new Float64Array(n);
  const cIm = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    for (let m = 0; m < n; m++) {
      const theta = (2 * Math.PI * m * s) / n;
      cRe[s] += (lambda[m] * Math.cos(theta)) / n;
      cIm[s] += (lambda[m] * Math.sin(theta)) / n;
    }
  }
  const a = zerosComplex(n, n);
  for (let j = 0; j < n; j++) {
    for (let l = 0; l < n; l++) {
      const s = (j - l + n) % n;
      a.re[j * n + l] = cRe[s];
      a.im[j * n + l] = cIm[s];
    }
  }
  return a;
}

function randomHermitian(n: number, seed: number): ComplexMatrix {
  const r = seededRandom(seed);
  const a = zerosComplex(n, n);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const x = r.normal();
      const y = i === j ? 0 : r.normal();
      a.re[i * n + j] = x;
      a.re[j * n + i] = x;
      a.im[i * n + j] = y;
      a.im[j * n + i] = -y;
    }
  }
  return a;
}

/** Upper triangle of a in fresh (optionally shared) split arrays. */
function upper(a: ComplexMatrix, shared: boolean): { wr: Float64Array; wi: Float64Array } {
  const n = a.rows;
  const make = () => new Float64Array(shared ? new SharedArrayBuffer(8 * n * n) : new ArrayBuffer(8 * n * n));
  const wr = make();
  const wi = make();
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      wr[i * n + j] = a.re[i * n + j];
      wi[i * n + j] = a.im[i * n + j];
    }
  }
  return { wr, wi };
}

function worstDifference(actual: Float64Array, expected: readonly number[]): { worst: number; at: number } {
  let worst = 0;
  let at = -1;
  for (let i = 0; i < expected.length; i++) {
    const d = Math.abs(actual[i] - expected[i]);
    if (d > worst) {
      worst = d;
      at = i;
    }
  }
  return { worst, at };
}

/** Runs a two-thread reduction through the gang task; returns the roles and the tridiagonal. */
function gangReduction(a: ComplexMatrix, stopAt?: number) {
  const n = a.rows;
  const { wr, wi } = upper(a, true);
  const input = tridiagonalGangInput(wr, wi, n, stopAt);
  const roles = parallelMap(hermitianTridiagonalGangTask, [input, input], { threads: 2 });
  return { roles: [...roles].sort(), ...gangResult(input) };
}

describe("reduceHermitianTridiagonal + QL: spectra with closed forms", () => {
  it("n = 0, 1, 2: the matrix itself, α₀ = conj(a₀₁) (doc example)", () => {
    expect(reduceHermitianTridiagonal(new Float64Array(0), new Float64Array(0), 0).d.length).toBe(0);
    expect(Array.from(reduceHermitianTridiagonal(Float64Array.of(-3.5), Float64Array.of(0), 1).d)).toEqual([-3.5]);
    const t = reduceHermitianTridiagonal(Float64Array.of(2, 1, 0, 2), Float64Array.of(0, 1, 0, 0), 2);
    expect(Array.from(t.d)).toEqual([2, 2]);
    expect(Array.from(t.alphaRe)).toEqual([1, 0]);
    expect(Array.from(t.alphaIm)).toEqual([-1, 0]);
  });

  it.each([1, 2, 3, 4, 5, 7, 31, 64, 101, SOLO_BELOW + 3])("circulant of order %i with a random spectrum: eigenvalues to 10·n·ε·‖A‖", (n) => {
    const r = seededRandom(1000 + n);
    const lambda = Array.from({ length: n }, () => 4 * r.next() - 2);
    const values = hermitianEigenvalues(circulant(lambda), { threads: 1 });
    const expected = [...lambda].sort((x, y) => x - y);
    const norm = Math.max(...expected.map(Math.abs));
    const { worst, at } = worstDifference(values, expected);
    // the circulant's own O(n·ε) rounding (the DFT sum) counts as well: 10·n·ε·‖A‖ covers both
    expect(worst, `n = ${n}: |λ − λ_exact| = ${worst.toExponential(2)} at index ${at}`).toBeLessThanOrEqual(10 * n * EPS * Math.max(norm, 1));
  });

  it.each([
    ["two clusters {0, 1} (free-fermion correlation matrix)", (m: number) => (m % 3 === 0 ? 1 : 0)],
    ["one eigenvalue 5 of multiplicity n − 1", (m: number) => (m === 0 ? -1 : 5)],
    ["all equal (A = 2I)", () => 2],
  ] as const)("degenerate spectrum, n = 157: %s", (_label, value) => {
    const n = 157;
    const lambda = Array.from({ length: n }, (_, m) => value(m));
    const values = hermitianEigenvalues(circulant(lambda), { threads: 1 });
    const expected = [...lambda].sort((x, y) => x - y);
    const { worst, at } = worstDifference(values, expected);
    expect(worst, `|λ − λ_exact| = ${worst.toExponential(2)} at index ${at}`).toBeLessThanOrEqual(10 * n * EPS * 5);
  });

  it("eigenvaluesOfUpper undoes the power-of-two scaling it is given", () => {
    const a = circulant([1, 2, 3, 4, 5]);
    const { wr, wi } = upper(a, false);
    for (let i = 0; i < 25; i++) {
      wr[i] *= 2 ** 10;
      wi[i] *= 2 ** 10;
    }
    const { worst } = worstDifference(eigenvaluesOfUpper(wr, wi, 5, 10, 1), [1, 2, 3, 4, 5]);
    expect(worst).toBeLessThanOrEqual(50 * 5 * EPS);
  });
});

describe("two threads: bitwise the serial reduction", () => {
  it.each([SOLO_BELOW + 40, 301, 400])("n = %i: d and α of the gang (leader + partner) equal the serial run bit for bit", (n) => {
    const a = randomHermitian(n, 77 + n);
    const { wr, wi } = upper(a, false);
    const serial = reduceHermitianTridiagonal(wr, wi, n, { threads: 1 });
    // the first job starts the worker (under tsx it compiles the module graph, longer than
    // the leader waits): repeat until the partner took part
    let gang = gangReduction(a);
    for (let attempt = 0; attempt < 20 && !gang.roles.includes("partner"); attempt++) gang = gangReduction(a);
    expect(gang.roles).toEqual(["leader", "partner"]);
    for (const key of ["d", "alphaRe", "alphaIm"] as const) {
      const differing = gang[key].findIndex((v, i) => !Object.is(v, serial[key][i]));
      expect(differing, `${key}: first differing index ${differing} (${gang[key][differing]} vs ${serial[key][differing]})`).toBe(-1);
    }
  });

  it.each([3, 40, 97])("the leader ending the gang at step %i (as when its partner keeps it waiting) finishes alone with the same bits", (stopAt) => {
    const n = 260;
    const a = randomHermitian(n, 31);
    const { wr, wi } = upper(a, false);
    const serial = reduceHermitianTridiagonal(wr, wi, n, { threads: 1 });
    let gang = gangReduction(a, stopAt);
    for (let attempt = 0; attempt < 20 && !gang.roles.includes("partner"); attempt++) gang = gangReduction(a, stopAt);
    expect(gang.roles).toEqual(["leader", "partner"]);
    for (const key of ["d", "alphaRe", "alphaIm"] as const) {
      const differing = gang[key].findIndex((v, i) => !Object.is(v, serial[key][i]));
      expect(differing, `${key}: first differing index ${differing}`).toBe(-1);
    }
  });

  it("hermitianEigenvalues with threads = 2 returns the serial eigenvalues bit for bit (n ≥ PARALLEL_MIN_ORDER)", () => {
    const n = PARALLEL_MIN_ORDER + 17;
    const a = randomHermitian(n, 5);
    const serial = hermitianEigenvalues(a, { threads: 1 });
    const parallel = hermitianEigenvalues(a, { threads: 2 });
    const differing = parallel.findIndex((v, i) => !Object.is(v, serial[i]));
    expect(differing, `first differing eigenvalue ${differing}`).toBe(-1);
  });

  it("a gang whose partner never comes is finished by the leader alone, with the same result", () => {
    const n = SOLO_BELOW + 20;
    const a = randomHermitian(n, 9);
    const { wr, wi } = upper(a, false);
    const serial = reduceHermitianTridiagonal(wr, wi, n, { threads: 1 });
    const shared = upper(a, true);
    const input = tridiagonalGangInput(shared.wr, shared.wi, n);
    // threads = 1: both inputs run in this thread one after the other (leader alone, then late)
    expect(parallelMap(hermitianTridiagonalGangTask, [input, input], { threads: 1 })).toEqual(["leader", "late"]);
    const { d } = gangResult(input);
    expect(d.findIndex((v, i) => !Object.is(v, serial.d[i]))).toBe(-1);
  });
});
