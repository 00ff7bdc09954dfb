/**
 * The JavaScript that runs inside every worker thread of the pool of worker-pool.ts, kept as
 * a string and started with `new Worker(source, { eval: true })`, so the same code runs from
 * `src/` under vitest/tsx and from the compiled `dist/` (as engine-worker-source.ts does for
 * the symbolic engine).
 *
 * The worker loads task modules by URL on demand and caches them: a `.js` URL by `import()`,
 * a `.ts` URL (sources under vitest/tsx) through tsx's ESM `tsImport` API, whose URL the main
 * thread resolves and passes in workerData (tsx is then a dev dependency that is present).
 * A query or fragment of the URL is dropped (modules loaded by tsImport carry
 * `?tsx-namespace=…` in their import.meta.url).
 *
 * Protocol (one MessagePort per worker, jobs handled strictly one after the other):
 * - in: `{ jobId, moduleUrl, exportName, inputs, next }`, `next` a SharedArrayBuffer holding
 *   one Int32 counter shared by every thread of the job;
 * - the worker claims input indices with `Atomics.add(next, 0, 1)` until they run out, calls
 *   `module[exportName](inputs[index])` and answers `{ jobId, index, ok: true, value }` with
 *   the value's ArrayBuffers (typed arrays found in plain objects and arrays) in the transfer
 *   list, or `{ jobId, index, ok: false, error: { name, message, stack } }`; index −1 reports a
 *   module that failed to load;
 * - after every answer it bumps `pulse[0]` and `Atomics.notify`s it, so the main thread,
 *   blocked in `Atomics.wait`, wakes and reads the answer with `receiveMessageOnPort`;
 * - when the worker exits for any reason it bumps `pulse[1]` (and `pulse[0]`);
 * - once its handlers are in place it bumps `pulse[2]` (workers ready).
 *
 * workerData: `{ port: MessagePort, pulse: SharedArrayBuffer (three Int32), tsxApi: string | null,
 * qthermWorkerPool: true }`.
 */
export const WORKER_POOL_SOURCE = String.raw`
"use strict";
const { workerData } = require("node:worker_threads");
const { port, tsxApi } = workerData;
const pulse = new Int32Array(workerData.pulse);
const modules = new Map();

function bump() {
  Atomics.add(pulse, 0, 1);
  Atomics.notify(pulse, 0);
}
process.on("exit", () => {
  Atomics.add(pulse, 1, 1);
  bump();
});

function describe(error) {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { name: "Error", message: String(error), stack: undefined };
}

function load(moduleUrl) {
  // A module that was itself loaded through tsx's tsImport has a "?tsx-namespace=…" query in
  // its import.meta.url: load the file, not the query.
  const url = moduleUrl.replace(/[?#].*$/, "");
  let loading = modules.get(url);
  if (loading === undefined) {
    if (url.endsWith(".ts") || url.endsWith(".mts")) {
      if (!tsxApi) throw new Error("cannot load the TypeScript module " + url + " in a worker: tsx is not installed");
      loading = import(tsxApi).then((tsx) => tsx.tsImport(url, url));
    } else {
      loading = import(url);
    }
    modules.set(url, loading);
  }
  return loading;
}

/** ArrayBuffers of the typed arrays in plain objects and arrays (not shared, each once). */
function transferables(value, found, depth) {
  if (value === null || typeof value !== "object" || depth > 8) return found;
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer && !found.includes(value.buffer)) found.push(value.buffer);
    return found;
  }
  if (Array.isArray(value)) {
    for (const item of value) transferables(item, found, depth + 1);
    return found;
  }
  const prototype = Object.getPrototypeOf(value);
  if (prototype === Object.prototype || prototype === null) {
    for (const key of Object.keys(value)) transferables(value[key], found, depth + 1);
  }
  return found;
}

async function runJob(job) {
  const next = new Int32Array(job.next);
  const count = job.inputs.length;
  let task;
  try {
    const module = await load(job.moduleUrl);
    task = module[job.exportName];
    if (typeof task !== "function") throw new TypeError(job.moduleUrl + " exports no function '" + job.exportName + "'");
  } catch (error) {
    port.postMessage({ jobId: job.jobId, index: -1, ok: false, error: describe(error) });
    bump();
    return;
  }
  for (;;) {
    const index = Atomics.add(next, 0, 1);
    if (index >= count) break;
    let reply;
    let transfer = [];
    try {
      const value = task(job.inputs[index]);
      transfer = transferables(value, [], 0);
      reply = { jobId: job.jobId, index, ok: true, value };
    } catch (error) {
      reply = { jobId: job.jobId, index, ok: false, error: describe(error) };
    }
    try {
      port.postMessage(reply, transfer);
    } catch (error) {
      port.postMessage({ jobId: job.jobId, index, ok: false, error: describe(error) });
    }
    bump();
  }
}

let queue = Promise.resolve();
port.on("message", (job) => {
  queue = queue.then(() => runJob(job));
});
Atomics.add(pulse, 2, 1);
bump();
`;
