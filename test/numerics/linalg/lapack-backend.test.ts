import { existsSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { ParameterError } from "../../../src/core/errors.js";
import { hermitianEigenvaluesWith, selectedLinalgBackend, weightedGramEigenvaluesWith } from "../../../src/numerics/linalg/hermitian-eigenvalues-backend.js";
import {
  chooseEigenvalueRoutine,
  LAPACK_EIGENVALUE_ROUTES,
  loadLapackBackend,
  openLapackBackend,
} from "../../../src/numerics/linalg/lapack-backend.js";
import { shutdownWorkerPool } from "../../../src/numerics/parallel/worker-pool.js";
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

const lapack = loadLapackBackend();

describe("dense Hermitian eigenvalue backends (QTHERM_LINALG = ts | lapack | auto)", () => {
  it("selection follows QTHERM_LINALG and rejects unknown values", () => {
    expect(selectedLinalgBackend("ts")).toBe("ts");
    expect(selectedLinalgBackend("auto")).toBe(lapack === null ? "ts" : "lapack");
    expect(selectedLinalgBackend("")).toBe(lapack === null ? "ts" : "lapack");
    expect(() => selectedLinalgBackend("mkl")).toThrow(ParameterError);
    if (lapack === null) expect(() => selectedLinalgBackend("lapack")).toThrow(/could not be loaded/);
    else expect(selectedLinalgBackend("lapack")).toBe("lapack");
  });

  it.each([3, 60, 250])("LAPACK zheevd and the TypeScript solver agree to 1e-10 (n = %i), or LAPACK is absent and auto falls back", (n) => {
    const a = randomHermitian(n, 100 + n);
    const ts = hermitianEigenvaluesWith(a, "ts");
    // eigenvalues of a Gaussian Hermitian matrix have trace = Σ a_ii: an independent check of the TS solver
    let trace = 0;
    for (let i = 0; i < n; i++) trace += a.re[i * n + i];
    expect(Math.abs(ts.reduce((s, v) => s + v, 0) - trace)).toBeLessThan(1e-10 * n);
    if (lapack === null) {
      expect(selectedLinalgBackend("auto")).toBe("ts");
      return;
    }
    const lp = hermitianEigenvaluesWith(a, "lapack");
    let worst = 0;
    for (let i = 0; i < n; i++) worst = Math.max(worst, Math.abs(lp[i] - ts[i]));
    // both backward stable: ≲ n·ε·‖A‖ ≈ 250·2.2e-16·32 ≈ 2e-12
    expect(worst, `max |λ_lapack − λ_ts| = ${worst}`).toBeLessThan(1e-10);
  });

  it("weighted Gram spectra X†diag(w)X agree between backends and equal the spectrum of the explicit product", () => {
    const r = seededRandom(5);
    const n = 40;
    const k = 15;
    const x = { rows: n, cols: k, re: new Float64Array(n * k).map(() => r.normal()), im: new Float64Array(n * k).map(() => r.normal()) };
    const w = new Float64Array(n).map(() => r.next());
    const ts = weightedGramEigenvaluesWith(x, w, "ts");
    // trace of X†WX = Σ_l w_l Σ_c |X_lc|²
    let trace = 0;
    for (let l = 0; l < n; l++) for (let c = 0; c < k; c++) trace += w[l] * (x.re[l * k + c] ** 2 + x.im[l * k + c] ** 2);
    expect(Math.abs(ts.reduce((s, v) => s + v, 0) - trace) / trace).toBeLessThan(1e-13);
    expect(Math.min(...ts)).toBeGreaterThan(-1e-12); // positive semidefinite
    if (lapack !== null) {
      const lp = weightedGramEigenvaluesWith(x, w, "lapack");
      let worst = 0;
      for (let i = 0; i < k; i++) worst = Math.max(worst, Math.abs(lp[i] - ts[i]));
      expect(worst, `max difference ${worst}`).toBeLessThan(1e-10);
    }
  });
});

describe("LAPACK availability", () => {
  it("loads whenever the machine has a LAPACK library (.ci/run installs liblapack3, so CI tests both backends)", () => {
    const present = ["/usr/lib/x86_64-linux-gnu/liblapack.so.3", "/usr/lib/x86_64-linux-gnu/libopenblas.so.0"].filter((p) => existsSync(p));
    if (process.env.CI === "true") expect(present, "CI must provide a LAPACK library (see .ci/run)").not.toEqual([]);
    if (present.length > 0) expect(lapack, `LAPACK present at ${present.join(", ")} but the koffi backend did not load it`).not.toBeNull();
    else expect(lapack).toBeNull();
  });
});

/** Free-fermion correlation matrix V diag(f) V† (V the unitary DFT matrix), f ∈ {0, 1}: two clusters. */
function degenerateHermitian(n: number) {
  const re = new Float64Array(n * n);
  const im = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    for (let l = 0; l < n; l++) {
      for (let m = 0; m < n; m += 3) {
        const theta = (2 * Math.PI * m * (j - l)) / n;
        re[j * n + l] += Math.cos(theta) / n;
        im[j * n + l] += Math.sin(theta) / n;
      }
    }
  }
  return { rows: n, cols: n, re, im };
}

const lapackIt = lapack === null ? it.skip : it;

afterAll(async () => {
  await shutdownWorkerPool();
});

describe("LAPACK eigenvalue routes (JOBZ = 'N'): the chosen one, the fallback, and agreement with zheevd", () => {
  it("the default is zheevd_2stage when the library has it, else zheevd", () => {
    expect(chooseEigenvalueRoutine(LAPACK_EIGENVALUE_ROUTES)).toBe("zheevd_2stage");
    expect(chooseEigenvalueRoutine(["zheevd", "zheevr", "zhetrd+dsterf"])).toBe("zheevd");
    if (lapack !== null) expect(lapack.eigenvalueRoutine).toBe(chooseEigenvalueRoutine(lapack.routes));
  });

  lapackIt("a library without the 2-stage routines falls back to zheevd, says so, and rejects the missing route", () => {
    const old = openLapackBackend(lapack!.library, ["zheevd_2stage", "zhetrd_2stage"]);
    expect(old).not.toBeNull();
    expect(old!.eigenvalueRoutine).toBe("zheevd");
    expect(old!.routes).not.toContain("zheevd_2stage");
    expect(() => old!.hermitianEigenvaluesBy("zheevd_2stage", randomHermitian(3, 1))).toThrow(ParameterError);
    const a = randomHermitian(40, 2);
    const values = old!.hermitianEigenvalues(a);
    const reference = lapack!.hermitianEigenvaluesBy("zheevd", a);
    expect(values.findIndex((v, i) => !Object.is(v, reference[i])), "the fallback is zheevd itself").toBe(-1);
  });

  const cases = [
    ...[1, 2, 3, 57, 300].map((n) => [`random, n = ${n}`, () => randomHermitian(n, 900 + n)] as const),
    ["two clusters {0, 1}, n = 120", () => degenerateHermitian(120)] as const,
  ];
  lapackIt.each(cases)("every route agrees with zheevd to 1e-12·‖A‖₂ (%s)", (_label, make) => {
    const a = make();
    const reference = lapack!.hermitianEigenvaluesBy("zheevd", a);
    const norm = Math.max(Math.abs(reference[0]), Math.abs(reference[reference.length - 1]), Number.MIN_VALUE);
    expect(lapack!.routes).toEqual(expect.arrayContaining(["zheevd"]));
    for (const route of lapack!.routes) {
      const values = lapack!.hermitianEigenvaluesBy(route, a);
      expect(values.length, route).toBe(reference.length);
      let worst = 0;
      for (let i = 0; i < values.length; i++) worst = Math.max(worst, Math.abs(values[i] - reference[i]));
      expect(worst / norm, `${route}: max |Δλ|/‖A‖₂ = ${(worst / norm).toExponential(2)}`).toBeLessThanOrEqual(1e-12);
    }
  });

  lapackIt("the Gram path (zherk + the chosen routine) and the TypeScript path agree to 1e-10 at k = 320 (two threads), and one thread gives the same bits", () => {
    const r = seededRandom(8);
    const n = 500;
    const k = 320;
    const x = { rows: n, cols: k, re: new Float64Array(n * k).map(() => r.normal()), im: new Float64Array(n * k).map(() => r.normal()) };
    const w = new Float64Array(n).map((_, l) => (l % 9 === 0 ? 0 : r.next()));
    const lp = weightedGramEigenvaluesWith(x, w, "lapack");
    const before = process.env.QTHERM_THREADS;
    try {
      process.env.QTHERM_THREADS = "2";
      const two = weightedGramEigenvaluesWith(x, w, "ts");
      process.env.QTHERM_THREADS = "1";
      const one = weightedGramEigenvaluesWith(x, w, "ts");
      expect(two.findIndex((v, i) => !Object.is(v, one[i])), "first eigenvalue that differs between 1 and 2 threads").toBe(-1);
      let worst = 0;
      for (let i = 0; i < k; i++) worst = Math.max(worst, Math.abs(lp[i] - two[i]));
      // both backward stable: ≲ k·ε·‖G‖ ≈ 320 · 2.2e-16 · 1.6e3 ≈ 1e-10 at worst; measured 9e-12
      expect(worst, `max |λ_lapack − λ_ts| = ${worst} (‖G‖ = ${lp[k - 1]})`).toBeLessThan(1e-10);
    } finally {
      if (before === undefined) delete process.env.QTHERM_THREADS;
      else process.env.QTHERM_THREADS = before;
    }
  });
});
