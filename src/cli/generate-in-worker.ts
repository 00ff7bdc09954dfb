import { Worker } from "node:worker_threads";
import { workerSource } from "../checks/worker-source.js";
import { QthermError } from "../core/errors.js";
import type { FigureData, FigureDefinition, FigureSize } from "../core/model.js";

/** The error an interrupted run rejects with (name "AbortError"). */
export function interruptedError(what: string): Error {
  return Object.assign(new Error(`${what} interrupted`), { name: "AbortError" });
}

/**
 * Generates a figure's data on a worker thread (same generator, same data as
 * calling figure.generate here), forwarding progress. With a signal, aborting
 * terminates the worker and rejects with an AbortError: nothing has been
 * written, since files are written by the caller after the data arrive.
 * @throws QthermError when the generator fails in the worker.
 */
export async function generateInWorker(
  figure: FigureDefinition,
  size: FigureSize,
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<FigureData> {
  if (signal?.aborted) throw interruptedError(figure.id);
  const entry = workerSource(import.meta.url, "figure-worker");
  const worker = new Worker(entry.source, { eval: entry.eval, workerData: { id: figure.id, size } });
  try {
    return await new Promise<FigureData>((resolve, reject) => {
      signal?.addEventListener("abort", () => reject(interruptedError(figure.id)), { once: true });
      worker.on("message", (m: { type: string; done?: number; total?: number; data?: FigureData; message?: string }) => {
        if (m.type === "progress") onProgress(m.done!, m.total!);
        else if (m.type === "done") resolve(m.data!);
        else reject(new QthermError(`generating ${figure.id} (${size}) failed: ${m.message}`));
      });
      worker.on("error", (error) => reject(new QthermError(`figure worker for ${figure.id} failed: ${error.message}`, { cause: error })));
      worker.on("exit", (code) => reject(new QthermError(`figure worker for ${figure.id} exited with code ${code} before finishing`)));
    });
  } finally {
    await worker.terminate();
  }
}

/**
 * Generates a figure's data: on a worker thread when the run is interruptible
 * (a signal is given: the CLI process), else in this thread (in-process use).
 */
export async function generateFigureData(
  figure: FigureDefinition,
  size: FigureSize,
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<FigureData> {
  return signal ? generateInWorker(figure, size, onProgress, signal) : figure.generate(size, onProgress);
}
