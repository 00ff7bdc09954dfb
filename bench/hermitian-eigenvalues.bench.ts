/**
 * Eigenvalues of a weighted Gram matrix G = X† diag(w) X at the size of the correlation
 * blocks C_LL, C_RR of set-entropy-production (K = 1000 per bath: X is 2001 × 1000), all
 * in one run: each LAPACK eigenvalue route on G (koffi; the time includes the column-major
 * copy of G, ≈ 5–10 ms, the same for every route), the LAPACK path the models call (zherk +
 * the chosen route), and the TypeScript path (blocked Gram + Householder + QL) on one thread
 * and on two (the calling thread and a pool worker), with its two phases (Gram; Householder
 * reduction + QL) timed apart.
 *
 * Every repetition runs every variant once, one after the other, so that a change of load
 * hits all of them; the TypeScript/LAPACK ratios are taken per repetition (paired) and
 * summarised by their median and quartiles. The machine's load average is printed with the
 * numbers: on the shared 2-core machine a neighbour's process takes a core, and timings move
 * by ±30 % between repetitions.
 *
 * Requirement: TypeScript on two threads ≤ 4× the LAPACK path, in the upper quartile of the
 * paired ratios (three repetitions out of four meet it: a median just under 4 with the
 * measured spread around it does not pass). Env: HERM_BENCH_K (columns, default 1000),
 * HERM_BENCH_REPS (repetitions, default 7).
 */
import { loadavg } from "node:os";
import { weightedGramEigenvaluesWith } from "../src/numerics/linalg/hermitian-eigenvalues-backend.js";
import { eigenvaluesOfUpper, scaleUpperIntoRange } from "../src/numerics/linalg/hermitian-eigenvalues.js";
import { loadLapackBackend, type LapackEigenvalueRoute } from "../src/numerics/linalg/lapack-backend.js";
import { weightedGramUpper } from "../src/numerics/linalg/weighted-gram-matrix.js";
import { seededRandom } from "../src/numerics/random.js";
import type { ComplexMatrix } from "../src/numerics/linalg/types.js";
import { median, type BenchReport } from "./bench-report.js";

const TARGET = 4;

/** Quantile q ∈ [0, 1] of a non-empty list (linear interpolation between order statistics). */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = q * (sorted.length - 1);
  const low = Math.floor(at);
  const high = Math.min(sorted.length - 1, low + 1);
  return sorted[low] + (at - low) * (sorted[high] - sorted[low]);
}

/** "median ms [q1–q3, min–max]". */
function summary(times: readonly number[]): string {
  const f = (x: number) => x.toFixed(0);
  return `${f(median(times)).padStart(5)} ms [IQR ${f(quantile(times, 0.25))}–${f(quantile(times, 0.75))}, range ${f(Math.min(...times))}–${f(Math.max(...times))}]`;
}

const load = () => loadavg().map((x) => x.toFixed(1)).join(" ");

function wall<T>(task: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = task();
  return { value, ms: performance.now() - start };
}

/** Runs `task` with QTHERM_THREADS = threads (restored afterwards). */
function withThreads<T>(threads: number, task: () => T): T {
  const before = process.env.QTHERM_THREADS;
  process.env.QTHERM_THREADS = String(threads);
  try {
    return task();
  } finally {
    if (before === undefined) delete process.env.QTHERM_THREADS;
    else process.env.QTHERM_THREADS = before;
  }
}

/** X (n × k, n = 2k + 1) with Gaussian entries of variance 1/n, Fermi-like weights w ∈ (0, 1): G ≈ a correlation block. */
function problem(k: number): { x: ComplexMatrix; w: Float64Array } {
  const n = 2 * k + 1;
  const r = seededRandom(2001);
  const s = 1 / Math.sqrt(2 * n);
  const x = { rows: n, cols: k, re: Float64Array.from({ length: n * k }, () => s * r.normal()), im: Float64Array.from({ length: n * k }, () => s * r.normal()) };
  const w = Float64Array.from({ length: n }, (_, l) => 1 / (1 + Math.exp(8 * (l / n - 0.5))));
  return { x, w };
}

/** The full Hermitian G from its upper triangle. */
function hermitianFromUpper(g: ComplexMatrix): ComplexMatrix {
  const k = g.rows;
  const re = Float64Array.from(g.re);
  const im = Float64Array.from(g.im);
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      re[b * k + a] = re[a * k + b];
      im[b * k + a] = -im[a * k + b];
    }
  }
  return { rows: k, cols: k, re, im };
}

/**
 * The TypeScript branch of weightedGramEigenvaluesWith, phase by phase (the same calls with
 * the thread count made explicit; the bench checks that the eigenvalues are its bits).
 */
function tsPhases(x: ComplexMatrix, w: Float64Array, threads: number): { values: Float64Array; gramMs: number; eigenMs: number } {
  const k = x.cols;
  const gram = wall(() => weightedGramUpper(x, w, { threads, shared: threads > 1 }));
  const g = gram.value;
  const eigen = wall(() => eigenvaluesOfUpper(g.re, g.im, k, scaleUpperIntoRange(g.re, g.im, k), threads));
  return { values: eigen.value, gramMs: gram.ms, eigenMs: eigen.ms };
}

function maxDifference(a: Float64Array, b: Float64Array): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
  return worst;
}

export function runBench(): BenchReport {
  const k = Number(process.env.HERM_BENCH_K ?? 1000);
  const reps = Math.max(5, Number(process.env.HERM_BENCH_REPS ?? 7));
  const name = `hermitian eigenvalues (k = ${k})`;
  const lines: string[] = [];
  const { x, w } = problem(k);
  lines.push(`G = X† diag(w) X, X ${x.rows} × ${k}; ${reps} repetitions, every variant once per repetition; load at start ${load()}`);

  // warm-up: starts the pool worker and compiles the kernels (in the worker too)
  const ts1 = withThreads(1, () => weightedGramEigenvaluesWith(x, w, "ts"));
  const ts2 = withThreads(2, () => weightedGramEigenvaluesWith(x, w, "ts"));
  let sameBits = ts2.findIndex((v, i) => !Object.is(v, ts1[i])) === -1;

  const lapack = loadLapackBackend();
  if (lapack === null) {
    const times = Array.from({ length: reps }, () => withThreads(2, () => wall(() => weightedGramEigenvaluesWith(x, w, "ts")).ms));
    lines.push(`LAPACK unavailable (koffi or the library missing): TypeScript, 2 threads ${summary(times)} [load ${load()}]`);
    return { name, lines, passed: true, requirement: `TS ≤ ${TARGET}× LAPACK not measured: LAPACK unavailable` };
  }
  lines.push(`LAPACK: ${lapack.library}, OPENBLAS_NUM_THREADS=${process.env.OPENBLAS_NUM_THREADS ?? "unset"}; routes ${lapack.routes.join(", ")}; chosen: ${lapack.eigenvalueRoutine}`);

  const g = hermitianFromUpper(weightedGramUpper(x, w));
  const routeTimes = new Map<LapackEigenvalueRoute, number[]>(lapack.routes.map((r) => [r, []]));
  const routeValues = new Map<LapackEigenvalueRoute, Float64Array>();
  const pathTimes: number[] = [];
  const serialTimes: number[] = [];
  const parallelTimes: number[] = [];
  const ratioSerial: number[] = [];
  const ratioParallel: number[] = [];
  let lapackValues: Float64Array = new Float64Array(0);
  const phases = { gram: [[], []] as number[][], eigen: [[], []] as number[][] };
  const loads: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    loads.push(loadavg()[0]);
    for (const route of lapack.routes) {
      const run = wall(() => lapack.hermitianEigenvaluesBy(route, g));
      routeTimes.get(route)!.push(run.ms);
      routeValues.set(route, run.value);
    }
    const path = wall(() => weightedGramEigenvaluesWith(x, w, "lapack"));
    lapackValues = path.value;
    const [one, two] = [1, 2].map((threads) => {
      const values = tsPhases(x, w, threads);
      phases.gram[threads - 1].push(values.gramMs);
      phases.eigen[threads - 1].push(values.eigenMs);
      if (values.values.findIndex((v, i) => !Object.is(v, ts1[i])) !== -1) sameBits = false;
      return values.gramMs + values.eigenMs;
    });
    pathTimes.push(path.ms);
    serialTimes.push(one);
    parallelTimes.push(two);
    ratioSerial.push(one / path.ms);
    ratioParallel.push(two / path.ms);
  }
  loads.push(loadavg()[0]);
  const loadRange = `load (1-min) ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} during the runs`;

  const reference = routeValues.get("zheevd")!;
  const norm = Math.max(Math.abs(reference[0]), Math.abs(reference[k - 1]));
  const chosenMedian = median(routeTimes.get(lapack.eigenvalueRoutine)!);
  lines.push(`LAPACK eigenvalue routes on G (JOBZ = 'N', all ${k} eigenvalues), ${loadRange}:`);
  for (const route of lapack.routes) {
    const t = routeTimes.get(route)!;
    const agreement = route === "zheevd" ? "reference" : `max|Δλ|/‖G‖ vs zheevd ${(maxDifference(routeValues.get(route)!, reference) / norm).toExponential(1)}`;
    lines.push(`  ${route.padEnd(22)} ${summary(t)}  ×${(median(t) / chosenMedian).toFixed(2)} of ${lapack.eigenvalueRoutine}; ${agreement}`);
  }
  const pathMedian = median(pathTimes);
  lines.push(`LAPACK path (zherk + ${lapack.eigenvalueRoutine})  ${summary(pathTimes)} (zherk + copies ≈ ${(pathMedian - chosenMedian).toFixed(0)} ms)`);
  const ratios = (r: number[]) => `ratio to the LAPACK path ${median(r).toFixed(2)} [IQR ${quantile(r, 0.25).toFixed(2)}–${quantile(r, 0.75).toFixed(2)}, range ${Math.min(...r).toFixed(2)}–${Math.max(...r).toFixed(2)}] (paired)`;
  lines.push(`TypeScript, 1 thread   ${summary(serialTimes)}; ${ratios(ratioSerial)}`);
  lines.push(`  Gram ${summary(phases.gram[0])}, reduction + QL ${summary(phases.eigen[0])}`);
  lines.push(`TypeScript, 2 threads  ${summary(parallelTimes)}; ${ratios(ratioParallel)}; speed-up over 1 thread ${(median(serialTimes) / median(parallelTimes)).toFixed(2)}`);
  lines.push(`  Gram ${summary(phases.gram[1])} (×${(median(phases.gram[0]) / median(phases.gram[1])).toFixed(2)}), reduction + QL ${summary(phases.eigen[1])} (×${(median(phases.eigen[0]) / median(phases.eigen[1])).toFixed(2)})`);
  const tsError = maxDifference(ts1, lapackValues);
  lines.push(`agreement: TypeScript vs LAPACK max|Δλ| = ${tsError.toExponential(2)} (‖G‖ = ${norm.toFixed(3)}); 1 and 2 threads bitwise equal: ${sameBits}; load at end ${load()}`);

  const upper = quantile(ratioParallel, 0.75);
  const routesAgree = lapack.routes.every((r) => maxDifference(routeValues.get(r)!, reference) <= 1e-12 * norm);
  const passed = upper <= TARGET && sameBits && tsError <= 1e-10 && routesAgree;
  return {
    name,
    lines,
    passed,
    requirement: `TS (2 threads) ≤ ${TARGET}× LAPACK (zherk + ${lapack.eigenvalueRoutine}) in the upper quartile of ${reps} paired runs: median ${median(ratioParallel).toFixed(2)}, upper quartile ${upper.toFixed(2)}; bitwise 1 = 2 threads; routes agree to 1e-12‖G‖`,
  };
}
