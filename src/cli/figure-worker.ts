import { parentPort, workerData } from "node:worker_threads";
import { findFigure } from "../catalog.js";
import type { FigureSize } from "../core/model.js";

/**
 * Worker-thread entry that generates one figure's data, so the main thread
 * stays free to draw progress and to answer Ctrl-C at once. Posts
 * `{ type: "progress", done, total }` while running and `{ type: "done", data }`
 * (or `{ type: "error", message }`) at the end.
 */
const { id, size } = workerData as { id: string; size: FigureSize };

async function run(): Promise<void> {
  try {
    const data = await findFigure(id).generate(size, (done, total) => parentPort!.postMessage({ type: "progress", done, total }));
    const columns = Object.fromEntries(Object.entries(data.columns).map(([k, v]) => [k, Array.from(v)]));
    parentPort!.postMessage({ type: "done", data: { params: data.params, columns } });
  } catch (error) {
    parentPort!.postMessage({ type: "error", message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
}

void run();
