import { threadId } from "node:worker_threads";
import { ParameterError } from "../../../src/core/errors.js";
import { insideParallelMap, parallelMap, parallelTask } from "../../../src/numerics/parallel/worker-pool.js";

/**
 * Task functions for the worker-pool tests (loaded by the pool's workers through tsx).
 * `harmonicTable` does deterministic floating-point work whose result depends on the
 * order of operations (a sum of sin/exp terms), so any difference between threads shows.
 */
export function harmonicTable(input: { readonly seed: number; readonly length: number }): { table: Float64Array; sum: number; thread: number } {
  const table = new Float64Array(input.length);
  let sum = 0;
  for (let i = 0; i < input.length; i++) {
    const x = Math.sin(input.seed * 1.2345 + i) * Math.exp(-i / 97) + Math.log1p(i * input.seed);
    table[i] = x;
    sum += x / (1 + i);
  }
  return { table, sum, thread: threadId };
}

/** Throws ParameterError for negative inputs, returns the square root otherwise. */
export function strictRoot(x: number): number {
  if (x < 0) throw new ParameterError("x", x, "a number ≥ 0");
  return Math.sqrt(x);
}

export const harmonicTask = parallelTask(import.meta.url, "harmonicTable", harmonicTable);

/**
 * A task that starts a parallelMap of its own (as a dense eigenvalue kernel called from a
 * time-point task does): the sum of harmonicTable sums over `count` seeds, and whether this
 * thread was inside a parallelMap job when it ran.
 */
export function nestedSums(input: { readonly seed: number; readonly count: number }): { sum: number; nested: boolean; thread: number } {
  const nested = insideParallelMap();
  const inner = parallelMap(harmonicTask, Array.from({ length: input.count }, (_, i) => ({ seed: input.seed * 100 + i, length: 500 })), { threads: 2 });
  return { sum: inner.reduce((s, r) => s + r.sum, 0), nested, thread: threadId };
}

export const nestedSumsTask = parallelTask(import.meta.url, "nestedSums", nestedSums);
export const strictRootTask = parallelTask(import.meta.url, "strictRoot", strictRoot);
export const missingTask = parallelTask(import.meta.url, "noSuchExport", strictRoot);
