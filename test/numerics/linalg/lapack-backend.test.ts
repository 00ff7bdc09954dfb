import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ParameterError } from "../../../src/core/errors.js";
import { hermitianEigenvaluesWith, selectedLinalgBackend, weightedGramEigenvaluesWith } from "../../../src/numerics/linalg/hermitian-eigenvalues-backend.js";
import { loadLapackBackend } from "../../../src/numerics/linalg/lapack-backend.js";
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
