import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import { runSolverChecks, type CheckSolverOptions } from "./check-solver.js";
import { bridgeCall, remoteSolver, type TracedRequest } from "./remote-solver.js";
import type { SolverModelId } from "./solver-interfaces.js";

/**
 * Worker-thread entry of checkSolverProcess: runs exactly checkSolver's checks
 * (runSolverChecks) on the remote solver of remote-solver.ts, and posts the report
 * `{ type: "done", report }` (or `{ type: "error", message }`). A failed check's verdict
 * carries the requests of its last measurement — the one at the shrunk counterexample — so
 * the report names the request that failed.
 */
interface CheckWorkerData {
  readonly model: SolverModelId;
  readonly options: CheckSolverOptions;
  /** Protocol quantity name → the solver's own name. */
  readonly asked: readonly (readonly [string, string])[];
  readonly port: MessagePort;
  readonly signal: SharedArrayBuffer;
}

const data = workerData as CheckWorkerData;
let tracing: TracedRequest[] | undefined;
const solver = remoteSolver(data.model, new Map(data.asked), bridgeCall(data.port, data.signal), (request) => tracing?.push(request));

try {
  const report = runSolverChecks(data.model, solver, data.options, {
    onMeasure: () => void (tracing = []),
    // the last measurement of a failed check is at its shrunk counterexample: its requests
    annotateFailure: () => ({ requests: tracing ?? [] }),
  });
  parentPort!.postMessage({ type: "done", report });
} catch (error) {
  parentPort!.postMessage({ type: "error", message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
}
