import { allClaims } from "../../checks/registry.js";
import { selectClaims } from "../../checks/select.js";
import { DEFAULT_SEED, propertyRuns } from "../../checks/runner.js";
import { runClaimsParallel } from "../../checks/parallel-runner.js";
import { parseShard, shardItems } from "../../checks/shard.js";
import { ParameterError } from "../../core/errors.js";
import { writeJsonAtomically } from "../../goldens/golden-store.js";
import { buildVerifyReport, type VerifyReport } from "../../report/json-report.js";
import { modelSummaryTable, summaryLine, unexpectedDetails, verdictTable } from "../../report/tables.js";
import { runEnvironment } from "../environment.js";
import { EXIT, type CliIo } from "../io.js";
import { checkWritableDirectory, checkWritableFile } from "../output-paths.js";
import { createProgress } from "../progress.js";
import { gitCommit, packageVersion } from "../provenance.js";

export interface VerifyOptions {
  readonly json?: boolean;
  readonly seed?: string;
  readonly path?: string;
  readonly runs?: string;
  readonly out?: string;
  readonly html?: string;
  readonly shard?: string;
  readonly jobs?: string;
  /** Print the full verdict table (default: the per-model summary and the unexpected verdicts). */
  readonly verbose?: boolean;
  /** Set by the CLI's SIGINT handler: stops the run (exit 130), writing nothing. */
  readonly signal?: AbortSignal;
}

/**
 * `qtherm verify [pattern]`: runs the selected claims (or one shard of them,
 * `--shard i/n`, on `--jobs` worker threads); exit 1 when any verdict is unexpected.
 */
export async function verifyCommand(pattern: string | undefined, options: VerifyOptions, io: CliIo): Promise<number> {
  const seed = options.seed === undefined ? DEFAULT_SEED : parseInteger("--seed", options.seed);
  const numRuns = propertyRuns(options.runs === undefined ? undefined : parseInteger("--runs", options.runs, 1));
  const jobs = options.jobs === undefined ? 1 : parseInteger("--jobs", options.jobs, 1);
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  // output paths are checked before any claim runs
  if (options.out !== undefined) checkWritableFile("--out", options.out);
  if (options.html !== undefined) checkWritableDirectory("--html", options.html);
  const selection = selectClaims(allClaims(), pattern);
  if (selection.length === 0) {
    throw new ParameterError("pattern", pattern, "a claim id, id prefix (a model) or glob that matches at least one claim; see 'qtherm claims'");
  }
  const claims = shard ? shardItems(selection, shard) : selection;
  if (shard && !options.out && !options.json) {
    throw new ParameterError("--shard", options.shard, "used with --out <file> (or --json): a shard's partial result is what 'qtherm merge' combines");
  }
  const started = performance.now();
  const progress = options.json ? undefined : createProgress(`verify${shard ? ` shard ${shard.index}/${shard.count}` : ""}`, io);
  let verdicts;
  try {
    verdicts = await runClaimsParallel(claims, {
      jobs,
      seed,
      numRuns,
      ...(options.path !== undefined ? { path: options.path } : {}),
      // from the CLI process (signal set) even one job runs on a worker thread, so Ctrl-C stops at once
      ...(options.signal !== undefined ? { signal: options.signal, alwaysWorkers: true } : {}),
      onVerdict: (v, i, n) => {
        progress?.update(i + 1, n);
        if (!options.json && !io.interactive && v.unexpected) io.err(`[${i + 1}/${n}] ${v.claimId}: ${v.status} (UNEXPECTED)`);
      },
    });
  } finally {
    progress?.stop();
  }
  const report: VerifyReport = buildVerifyReport(claims, verdicts, {
    version: packageVersion(),
    commit: gitCommit(),
    date: new Date().toISOString(),
    seed,
    numRuns,
    ...(pattern !== undefined ? { pattern } : {}),
    elapsedMs: performance.now() - started,
    environment: runEnvironment(),
    ...(shard ? { shard: { ...shard, selection: selection.map((c) => c.id) } } : {}),
  });
  return emitReport(report, options, io);
}

/** Writes --out (atomically) and --html, prints the table or --json; the exit code of a report. */
export async function emitReport(report: VerifyReport, options: { json?: boolean; out?: string; html?: string; verbose?: boolean }, io: CliIo): Promise<number> {
  if (options.out) writeJsonAtomically(options.out, report);
  if (options.html) {
    const { writeHtmlReport } = await import("../../report/html/write-html-report.js");
    const files = await writeHtmlReport(report, options.html);
    io.err(`HTML report: ${files.index} (${files.plots} plots; opens from the file system, no server needed)`);
  }
  if (options.json) {
    io.out(JSON.stringify(report, null, 1));
  } else {
    if (options.verbose) io.out(verdictTable(report, io.columns));
    io.out(modelSummaryTable(report, io.columns));
    const details = unexpectedDetails(report);
    if (details) io.out(`\nunexpected verdicts:\n${details}`);
    else if (!options.verbose) io.out("every verdict is the registered one (the full table: --verbose; every claim: docs/claims.md)");
    if (report.environment) io.out(`linear algebra: ${report.environment.linalg === "lapack" ? "LAPACK (system OpenBLAS/LAPACK through koffi)" : "TypeScript solver"}; Node ${report.environment.node} on ${report.environment.platform}`);
    if (report.shard) io.out(`shard ${report.shard.index}/${report.shard.count}: ${report.verdicts.length} of ${report.shard.selection.length} selected claims; combine the shards with 'qtherm merge'`);
    io.out(summaryLine(report));
  }
  return exitCodeOf(report);
}

/**
 * The exit code of a report: 1 when a verdict is unexpected for a reason other than
 * 'undecided' (a failure, an unexpected hold, an error), else 4 when some claim is
 * undecided, else 0.
 */
export function exitCodeOf(report: VerifyReport): number {
  if (report.verdicts.some((v) => v.unexpected && v.status !== "undecided")) return EXIT.failed;
  if (report.verdicts.some((v) => v.status === "undecided")) return EXIT.undecided;
  return EXIT.ok;
}

/** Parses an integer option, naming it in the error. */
export function parseInteger(name: string, text: string, min = 0): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new ParameterError(name, text, `an integer >= ${min}`);
  return value;
}
