import { join } from "node:path";
import { writeTextAtomically } from "../../core/atomic-file.js";
import { ParameterError } from "../../core/errors.js";
import { formatError, formatTolerance } from "../../report/format.js";
import { solverReportHtml } from "../../report/html/solver-report-page.js";
import { renderTable } from "../../report/terminal-table.js";
import { checkSolverProcess, type CheckSolverProcessOptions, type SolverProcessReport } from "../../solver-api/check-solver-process.js";
import { DEFAULT_REQUEST_TIMEOUT_S, DEFAULT_STARTUP_TIMEOUT_S } from "../../solver-api/solver-protocol.js";
import { EXIT, type CliIo } from "../io.js";
import { EXIT_INTERRUPTED, isInterrupted } from "../interrupt.js";
import { checkWritableDirectory } from "../output-paths.js";
import { parseInteger } from "./verify.js";

/** Exit code of a run stopped by SIGTERM (128 + 15), as shells report it. */
export const EXIT_TERMINATED = 143;

export interface CheckSolverCommandOptions {
  readonly exec: string;
  readonly quantities?: string;
  readonly runs?: string;
  readonly seed?: string;
  readonly path?: string;
  readonly timeout?: string;
  readonly startupTimeout?: string;
  readonly coupling?: string;
  readonly initial?: string;
  readonly json?: boolean;
  readonly html?: string;
  /** The CLI's Ctrl-C signal. */
  readonly signal?: AbortSignal;
}

/**
 * `qtherm check-solver <model> --exec "<command>"`: runs checkSolver's checks on a solver in
 * any language over the JSON-lines protocol (docs/python-and-julia.md). Exit 0 when every
 * check holds; 1 when a check fails or the solver misbehaved (crash, hang, not JSON, wrong
 * id, bad handshake); 2 bad usage; 3 the --html directory cannot be written; 130 Ctrl-C,
 * 143 SIGTERM (the solver is killed in every case).
 */
export async function checkSolverCommand(model: string, options: CheckSolverCommandOptions, io: CliIo): Promise<number> {
  const processOptions: CheckSolverProcessOptions = {
    ...(options.seed !== undefined ? { seed: parseInteger("--seed", options.seed) } : {}),
    ...(options.runs !== undefined ? { numRuns: parseInteger("--runs", options.runs, 1) } : {}),
    ...(options.path !== undefined ? { path: options.path } : {}),
    ...(options.quantities !== undefined ? { quantities: options.quantities.split(",").map((q) => q.trim()).filter((q) => q !== "") } : {}),
    ...(options.timeout !== undefined ? { timeoutSeconds: parseSeconds("--timeout", options.timeout) } : {}),
    ...(options.startupTimeout !== undefined ? { startupTimeoutSeconds: parseSeconds("--startup-timeout", options.startupTimeout) } : {}),
    ...(options.coupling !== undefined ? { coupling: choice("--coupling", options.coupling, ["coherent", "incoherent"] as const) } : {}),
    ...(options.initial !== undefined ? { initial: choice("--initial", options.initial, ["thermal", "pure"] as const) } : {}),
  };
  const html = options.html !== undefined ? checkWritableDirectory("--html", options.html) : undefined;
  // SIGTERM stops the run like Ctrl-C does (the solver is killed first), with its own exit code
  const terminated = new AbortController();
  const onTerm = () => terminated.abort();
  process.on("SIGTERM", onTerm);
  let report: SolverProcessReport;
  try {
    report = await checkSolverProcess(model, options.exec, { ...processOptions, signal: options.signal ? AbortSignal.any([options.signal, terminated.signal]) : terminated.signal });
  } catch (error) {
    if (!isInterrupted(error)) throw error;
    io.err(`stopped by ${terminated.signal.aborted ? "SIGTERM" : "Ctrl-C (SIGINT)"}: the solver was killed; no report`);
    return terminated.signal.aborted ? EXIT_TERMINATED : EXIT_INTERRUPTED;
  } finally {
    process.off("SIGTERM", onTerm);
  }
  if (html !== undefined) {
    writeTextAtomically(join(html, "report.json"), `${JSON.stringify(report, null, 1)}\n`);
    writeTextAtomically(join(html, "index.html"), solverReportHtml(report));
    io.err(`HTML report: ${join(html, "index.html")}`);
  }
  if (options.json) io.out(JSON.stringify(report, null, 1));
  else printReport(report, io);
  return report.holds ? EXIT.ok : EXIT.failed;
}

function printReport(r: SolverProcessReport, io: CliIo): void {
  io.out(`check-solver ${r.model}: ${r.command}`);
  io.out(`solver: ${r.solver ?? "(unnamed)"}; protocol ${r.protocol}${r.pid !== undefined ? `, pid ${r.pid}` : ""}; asked ${r.quantities.join(", ") || "nothing"}; per-request timeout ${r.timeoutSeconds} s; seed ${r.seed}, ${r.numRuns} samples per check`);
  if (r.verdicts.length > 0) {
    const rows = r.verdicts.map((v) => [v.id, v.kind, v.holds ? "holds" : r.stopped?.check === v.id ? "stopped" : "FAILS", r.stopped?.check === v.id ? "—" : formatError(v.measuredError), formatTolerance(v.tolerance)]);
    for (const id of r.stopped?.notRun ?? []) rows.push([id, "", "not run", "—", ""]);
    io.out(renderTable(["check", "kind", "verdict", "measured error", "tolerance"], rows, io.columns));
  }
  for (const v of r.verdicts.filter((x) => !x.holds && x.replay !== undefined)) {
    io.out(`\n${v.id} FAILS: ${v.details}`);
    for (const q of v.requests ?? []) io.out(`  request #${q.id ?? "?"}: ${JSON.stringify({ id: q.id, quantity: q.quantity, params: q.params })}\n    answer: ${answerOf(q)}`);
    io.out(`  replay: ${v.replay}`);
  }
  if (r.fault) {
    io.out(`\nSOLVER MISBEHAVED (${r.fault.kind}): ${r.fault.message}`);
    if (r.fault.request) io.out(`  request: ${JSON.stringify(r.fault.request)}`);
    if (r.fault.stderr) io.out(`  solver's stderr (last lines):\n${r.fault.stderr.split("\n").map((l) => `    ${l}`).join("\n")}`);
  }
  const failed = r.verdicts.filter((v) => !v.holds).length;
  const verdict = r.fault ? "FAIL: the solver misbehaved" : failed > 0 ? `FAIL: ${failed} of ${r.verdicts.length} checks fail` : `PASS: ${r.verdicts.length} checks hold`;
  io.out(`${verdict} (${r.requests} requests)`);
}

function answerOf(q: { value?: unknown; error?: string; fault?: string }): string {
  if (q.fault !== undefined) return `none — ${q.fault}`;
  if (q.error !== undefined) return `error ${JSON.stringify(q.error)}`;
  const text = showJson(q.value);
  return text.length > 300 ? `${text.slice(0, 297)}…` : text;
}

/** JSON with NaN and infinities written as such (a solver's NaN is shown as NaN, not null). */
function showJson(value: unknown): string {
  const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? `\u0000${v}` : v));
  return text === undefined ? "undefined" : text.replace(/"\\u0000(NaN|-?Infinity)"/g, "$1");
}

function parseSeconds(option: string, text: string): number {
  const value = Number(text);
  if (!(Number.isFinite(value) && value > 0)) throw new ParameterError(option, text, "a number of seconds > 0");
  return value;
}

function choice<T extends string>(option: string, text: string, options: readonly T[]): T {
  if (!(options as readonly string[]).includes(text)) throw new ParameterError(option, text, options.map((o) => `'${o}'`).join(" or "));
  return text as T;
}

/** Defaults shown in --help. */
export const CHECK_SOLVER_DEFAULTS = { timeout: DEFAULT_REQUEST_TIMEOUT_S, startupTimeout: DEFAULT_STARTUP_TIMEOUT_S } as const;
