/**
 * What a benchmark module (bench/*.bench.ts) hands to bench/run.ts: each module
 * exports `runBench(): Promise<BenchReport> | BenchReport`.
 */
export interface BenchReport {
  /** Short name for the summary table. */
  readonly name: string;
  /** Human-readable result lines (timings, ratios, accuracies). */
  readonly lines: readonly string[];
  /** Whether the benchmark met its stated requirement (e.g. a minimum speed ratio). */
  readonly passed: boolean;
  /** The requirement in words, e.g. "arrowhead ≥ 50× faster than dense at n = 2001". */
  readonly requirement: string;
}

/** Median of a non-empty list of timings. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : 0.5 * (sorted[middle - 1] + sorted[middle]);
}

/** Runs `task` `repetitions` times; returns the last result and the median wall time in ms. */
export function timed<T>(task: () => T, repetitions: number): { result: T; milliseconds: number } {
  const times: number[] = [];
  let result: T | undefined;
  for (let r = 0; r < repetitions; r++) {
    const start = performance.now();
    result = task();
    times.push(performance.now() - start);
  }
  return { result: result as T, milliseconds: median(times) };
}
