import { spawnSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { threadId } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";
import { ParameterError } from "../../../src/core/errors.js";
import { defaultThreadCount, resolveThreadCount } from "../../../src/numerics/parallel/thread-count.js";
import { insideParallelMap, parallelMap, parallelTask, poolWorkersStarted, shutdownWorkerPool } from "../../../src/numerics/parallel/worker-pool.js";
import { harmonicTable, harmonicTask, missingTask, nestedSums, nestedSumsTask, strictRootTask } from "./pool-tasks.js";

const here = dirname(fileURLToPath(import.meta.url));
const inputs = Array.from({ length: 12 }, (_, i) => ({ seed: i + 1, length: 2000 }));

afterAll(async () => {
  await shutdownWorkerPool();
});

describe("parallelMap", () => {
  it("threads = 1 runs every call inline: no worker is started, results from this thread", () => {
    const before = poolWorkersStarted();
    const results = parallelMap(harmonicTask, inputs, { threads: 1 });
    expect(poolWorkersStarted()).toBe(before);
    expect(results.map((r) => r.thread)).toEqual(inputs.map(() => threadId));
  });

  it("2 workers give results bitwise equal to the serial loop, in input order", () => {
    const serial = inputs.map(harmonicTable);
    const parallel = parallelMap(harmonicTask, inputs, { threads: 2, callerComputes: false });
    // every result came from a worker thread, not from this one
    expect(parallel.filter((r) => r.thread === threadId).length).toBe(0);
    for (let i = 0; i < inputs.length; i++) {
      expect(Object.is(parallel[i].sum, serial[i].sum), `sum ${i}: ${parallel[i].sum} vs ${serial[i].sum}`).toBe(true);
      expect(parallel[i].table).toBeInstanceOf(Float64Array); // transferred, not turned into a plain array
      const differing = parallel[i].table.findIndex((v, j) => !Object.is(v, serial[i].table[j]));
      expect(differing, `first differing table entry of input ${i}`).toBe(-1);
    }
  });

  it("the calling thread and a worker share the work; progress counts every result once", () => {
    const seen: number[] = [];
    const results = parallelMap(harmonicTask, inputs, { threads: 2, onProgress: (done, total) => seen.push(done * 100 + total) });
    expect(seen).toEqual(inputs.map((_, i) => (i + 1) * 100 + inputs.length));
    expect(results.map((r) => r.sum)).toEqual(inputs.map((x) => harmonicTable(x).sum));
  });

  it("an error in a worker reaches the caller as the original error (class and message)", () => {
    let caught: unknown;
    try {
      parallelMap(strictRootTask, [1, 4, -2, 9], { threads: 2, callerComputes: false });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ParameterError);
    expect((caught as Error).message).toBe(new ParameterError("x", -2, "a number ≥ 0").message);
    // the pool stays usable after a failed job
    expect(parallelMap(strictRootTask, [1, 4, 9], { threads: 2, callerComputes: false })).toEqual([1, 2, 3]);
  });

  it("a task the worker cannot find is reported with its name", () => {
    expect(() => parallelMap(missingTask, [1, 4], { threads: 2, callerComputes: false })).toThrow(/noSuchExport/);
  });

  it("loads plain JavaScript task modules (the dist/ path) with import()", () => {
    const task = parallelTask(pathToFileURL(join(here, "pool-task.mjs")).href, "cubeWithThread", (x: number) => ({ value: x * x * x, thread: threadId }));
    const results = parallelMap(task, [1, 2, 3, 4], { threads: 2, callerComputes: false });
    expect(results.map((r) => r.value)).toEqual([1, 8, 27, 64]);
    expect(results.some((r) => r.thread === threadId)).toBe(false);
  });

  it("drops the ?tsx-namespace query of modules that were loaded through tsx's tsImport", () => {
    const task = parallelTask(`${harmonicTask.moduleUrl}?tsx-namespace=test`, "harmonicTable", harmonicTable);
    const results = parallelMap(task, inputs.slice(0, 3), { threads: 2, callerComputes: false });
    expect(results.map((r) => r.sum)).toEqual(inputs.slice(0, 3).map((x) => harmonicTable(x).sum));
  });

  it("a parallelMap inside a task that runs in this thread runs inline, and the outer job keeps every answer", () => {
    // Draining the ports in the nested call used to take, and drop, the outer job's answers.
    const inputs = Array.from({ length: 6 }, (_, i) => ({ seed: i + 1, count: 4 }));
    const serial = inputs.map(nestedSums);
    expect(insideParallelMap()).toBe(false);
    const results = parallelMap(nestedSumsTask, inputs, { threads: 2 });
    expect(insideParallelMap()).toBe(false);
    expect(results.map((r) => r.sum)).toEqual(serial.map((r) => r.sum));
    // calls that ran in this thread saw the outer job; those in a worker are not inside one there
    for (const r of results) expect(r.nested, `thread ${r.thread}`).toBe(r.thread === threadId);
  });

  it("rejects threads < 1 and non-file module URLs", () => {
    expect(() => parallelMap(harmonicTask, inputs, { threads: 0 })).toThrow(ParameterError);
    expect(() => parallelTask("https://example.org/x.js", "f", (x: number) => x)).toThrow(ParameterError);
  });

  it("a process that used the pool exits without shutting it down (workers are unref'ed)", () => {
    const script = [
      `import { parallelMap } from ${JSON.stringify(pathToFileURL(join(here, "../../../src/numerics/parallel/worker-pool.ts")).href)};`,
      `import { harmonicTask } from ${JSON.stringify(pathToFileURL(join(here, "pool-tasks.ts")).href)};`,
      `const r = parallelMap(harmonicTask, [{ seed: 1, length: 10 }, { seed: 2, length: 10 }], { threads: 2, callerComputes: false });`,
      `console.log(r.length);`,
    ].join("\n");
    const started = performance.now();
    const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8", timeout: 20_000 });
    const seconds = (performance.now() - started) / 1000;
    expect(child.error, `child failed after ${seconds.toFixed(1)} s: ${child.stderr}`).toBeUndefined();
    expect(child.status, child.stderr).toBe(0);
    expect(child.stdout.trim()).toBe("2");
  });
});

describe("resolveThreadCount", () => {
  it("default is min(2, availableParallelism)", () => {
    expect(defaultThreadCount()).toBe(Math.min(2, availableParallelism()));
    expect(resolveThreadCount(undefined, undefined)).toBe(Math.min(2, availableParallelism()));
  });

  it("QTHERM_THREADS overrides the caller's preference", () => {
    expect(resolveThreadCount(1, "3")).toBe(3);
    expect(resolveThreadCount(2, "1")).toBe(1);
    expect(resolveThreadCount(1, undefined)).toBe(1);
  });

  it.each(["0", "1.5", "two", "-1"])("rejects QTHERM_THREADS=%s", (value) => {
    expect(() => resolveThreadCount(undefined, value)).toThrow(/QTHERM_THREADS/);
  });
});
