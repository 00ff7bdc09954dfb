import { writeFileSync } from "node:fs";
import { allClaims } from "../../checks/registry.js";
import { selectClaims } from "../../checks/select.js";
import { DEFAULT_SEED, propertyRuns, runClaims } from "../../checks/runner.js";
import { ParameterError } from "../../core/errors.js";
import { buildVerifyReport } from "../../report/json-report.js";
import { unexpectedDetails, verdictTable } from "../../report/tables.js";
import { EXIT, type CliIo } from "../io.js";
import { gitCommit, packageVersion } from "../provenance.js";

export interface VerifyOptions {
  readonly json?: boolean;
  readonly seed?: string;
  readonly path?: string;
  readonly runs?: string;
  readonly out?: string;
}

/** `qtherm verify [pattern]`: runs the selected claims; exit 1 when any verdict is unexpected. */
export async function verifyCommand(pattern: string | undefined, options: VerifyOptions, io: CliIo): Promise<number> {
  const seed = options.seed === undefined ? DEFAULT_SEED : parseInteger("--seed", options.seed);
  const numRuns = propertyRuns(options.runs === undefined ? undefined : parseInteger("--runs", options.runs, 1));
  const claims = selectClaims(allClaims(), pattern);
  if (claims.length === 0) {
    throw new ParameterError("pattern", pattern, "a claim id, id prefix (a model) or glob that matches at least one claim; see 'qtherm claims'");
  }
  const started = performance.now();
  const verdicts = await runClaims(claims, {
    seed,
    numRuns,
    ...(options.path !== undefined ? { path: options.path } : {}),
    onVerdict: (v, i, n) => {
      if (!options.json && io.interactive) io.err(`[${i + 1}/${n}] ${v.claimId}: ${v.status}${v.unexpected ? " (UNEXPECTED)" : ""}`);
    },
  });
  const report = buildVerifyReport(claims, verdicts, {
    version: packageVersion(),
    commit: gitCommit(),
    date: new Date().toISOString(),
    seed,
    numRuns,
    ...(pattern !== undefined ? { pattern } : {}),
    elapsedMs: performance.now() - started,
  });
  if (options.out) writeFileSync(options.out, `${JSON.stringify(report, null, 1)}\n`);
  if (options.json) {
    io.out(JSON.stringify(report, null, 1));
  } else {
    io.out(verdictTable(report));
    const details = unexpectedDetails(report);
    if (details) io.out(details);
  }
  return report.summary.unexpected === 0 ? EXIT.ok : EXIT.failed;
}

/** Parses an integer option, naming it in the error. */
export function parseInteger(name: string, text: string, min = 0): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new ParameterError(name, text, `an integer >= ${min}`);
  return value;
}
