import { availableParallelism } from "node:os";
import { afterAll, describe, expect, it } from "vitest";
import { DomainError } from "../../../src/core/errors.js";
import { loadLapackBackend } from "../../../src/numerics/linalg/lapack-backend.js";
import type { LinalgBackendName } from "../../../src/numerics/linalg/hermitian-eigenvalues-backend.js";
import { paperCase } from "../../../src/models/set-entropy-production/params.js";
import { setSystem } from "../../../src/models/set-entropy-production/system.js";
import {
  entropyPoint,
  entropyPointTask,
  entropyPointThreads,
  PARALLEL_MIN_MODES,
  populationPoint,
  populationPointTask,
} from "../../../src/models/set-entropy-production/time-point-tasks.js";
import { entropyTrajectory, logGammaTimes } from "../../../src/models/set-entropy-production/trajectory.js";
import { parallelMap, shutdownWorkerPool } from "../../../src/numerics/parallel/worker-pool.js";

/** Path of the first value where a and b are not bitwise equal (Object.is per number, per typed-array entry), or undefined. */
function firstDifference(a: unknown, b: unknown, path = "$"): string | undefined {
  if (typeof a === "number" || typeof b === "number") return Object.is(a, b) ? undefined : `${path}: ${String(a)} vs ${String(b)}`;
  if (a instanceof Float64Array && b instanceof Float64Array) {
    if (a.length !== b.length) return `${path}.length: ${a.length} vs ${b.length}`;
    const i = a.findIndex((v, j) => !Object.is(v, b[j]));
    return i < 0 ? undefined : `${path}[${i}]: ${a[i]} vs ${b[i]}`;
  }
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object") {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  return a === b ? undefined : `${path}: ${String(a)} vs ${String(b)}`;
}

const backends: LinalgBackendName[] = loadLapackBackend() === null ? ["ts"] : ["ts", "lapack"];
const times = logGammaTimes(-2, 8, 1).map((gt) => gt / 3);

afterAll(async () => {
  await shutdownWorkerPool();
});

describe("set-entropy time points on worker threads", () => {
  it.each(backends)("all observables from 2 workers are bitwise equal to the serial loop (backend %s, cases a and b)", (backend) => {
    const inputs = (["a", "b"] as const).flatMap((which) => times.map((time) => ({ params: paperCase(which, { KL: 24, KR: 20 }), time, backend })));
    const serial = inputs.map(entropyPoint);
    const parallel = parallelMap(entropyPointTask, inputs, { threads: 2, callerComputes: false });
    expect(firstDifference(parallel, serial)).toBeUndefined();
  });

  it("population observables from 2 workers are bitwise equal to the serial loop (pure state)", () => {
    const params = paperCase("a", { KL: 100, KR: 100, initial: "pure", seed: 1 }); // K = 100: the fig8 ci pure state (smaller K at β_L = 10 freezes into a ground state without β*)
    const inputs = times.map((time) => ({ params, time, backend: "ts" as const }));
    expect(firstDifference(parallelMap(populationPointTask, inputs, { threads: 2, callerComputes: false }), inputs.map(populationPoint))).toBeUndefined();
  });

  it("a DomainError raised in a worker reaches the caller as that DomainError", () => {
    // K = 60 pure state at β_L = 10 (seed 3): bath L is drawn in its ground state, E = min(E) at
    // fixed N, so eqs. (5)–(6) have no finite β* — the serial path throws the same error.
    const params = paperCase("a", { KL: 60, KR: 60, initial: "pure", seed: 3 });
    const inputs = [1, 2].map((time) => ({ params, time, backend: "ts" as const }));
    let serialMessage = "";
    try {
      populationPoint(inputs[0]);
    } catch (error) {
      serialMessage = (error as Error).message;
    }
    expect(serialMessage).toMatch(/outside/);
    expect(() => parallelMap(populationPointTask, inputs, { threads: 2, callerComputes: false })).toThrow(DomainError);
    expect(() => parallelMap(populationPointTask, inputs, { threads: 2, callerComputes: false })).toThrow(serialMessage);
  });

  it("entropyTrajectory gives the same points on 2 threads as on 1", () => {
    const params = paperCase("b", { KL: 16, KR: 16 });
    const grid = logGammaTimes(-2, 8, 1);
    const one = entropyTrajectory(params, grid, { threads: 1, backend: "ts" });
    const two = entropyTrajectory(params, grid, { threads: 2, backend: "ts" });
    expect(firstDifference(two.points, one.points)).toBeUndefined();
  });

  describe("thread choice (measured policy, README \"Parallel time points\")", () => {
    const small = setSystem(paperCase("a", { KL: 30, KR: 30 }));
    const large = setSystem(paperCase("a", { KL: PARALLEL_MIN_MODES / 2, KR: PARALLEL_MIN_MODES / 2 }));
    const two = Math.min(2, availableParallelism());
    it.each([
      ["ts, large", large, 40, "ts", {}, two],
      ["ts, small", small, 40, "ts", {}, 1],
      ["ts, large, one point", large, 1, "ts", {}, 1],
      ["lapack, multithreaded OpenBLAS", large, 40, "lapack", {}, 1],
      ["lapack, OPENBLAS_NUM_THREADS=1", large, 40, "lapack", { OPENBLAS_NUM_THREADS: "1" }, two],
      ["lapack, OMP_NUM_THREADS=1", large, 40, "lapack", { OMP_NUM_THREADS: "1" }, two],
      ["lapack, OPENBLAS_NUM_THREADS=4 wins over OMP=1", large, 40, "lapack", { OPENBLAS_NUM_THREADS: "4", OMP_NUM_THREADS: "1" }, 1],
      ["QTHERM_THREADS=3 overrides", small, 40, "lapack", { QTHERM_THREADS: "3" }, 3],
      ["QTHERM_THREADS=1 overrides", large, 40, "ts", { QTHERM_THREADS: "1" }, 1],
    ] as const)("%s", (_label, system, points, backend, env, expected) => {
      expect(entropyPointThreads(system, points, backend, env)).toBe(expected);
    });
  });
});
