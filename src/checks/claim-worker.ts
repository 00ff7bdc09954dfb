import { parentPort, workerData } from "node:worker_threads";
import { allClaims } from "./registry.js";
import { runClaim, type RunOptions } from "./runner.js";

/**
 * Worker-thread entry of the parallel runner: receives claim ids one at a time,
 * verifies each with the run's seed, replay path and property runs (exactly as
 * the serial runner does) and posts the verdict back. Message protocol:
 * in `{ index, id }`, out `{ index, verdict }`; the parent ends the worker.
 */
const options = workerData as Pick<RunOptions, "seed" | "path" | "numRuns">;
const claims = new Map(allClaims().map((c) => [c.id, c]));

parentPort!.on("message", async (message: { index: number; id: string }) => {
  const claim = claims.get(message.id);
  if (!claim) {
    parentPort!.postMessage({ index: message.index, error: `worker: no claim '${message.id}' registered` });
    return;
  }
  const verdict = await runClaim(claim, options);
  parentPort!.postMessage({ index: message.index, verdict });
});
