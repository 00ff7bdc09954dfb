import { DEFAULT_SEED, propertyRuns } from "../../checks/runner.js";
import { ParameterError } from "../../core/errors.js";
import { writeJsonAtomically } from "../../goldens/golden-store.js";
import { buildVerifyReport, type VerifyReport } from "../../report/json-report.js";
import { summaryLine, unexpectedDetails, verdictTable } from "../../report/tables.js";
import { checkClaims, claimFileSchemaText, ClaimFileError, type ClaimCheck } from "../../user-claims/index.js";
import { runEnvironment } from "../environment.js";
import { EXIT, type CliIo } from "../io.js";
import { checkWritableDirectory, checkWritableFile } from "../output-paths.js";
import { gitCommit, packageVersion } from "../provenance.js";
import { exitCodeOf, parseInteger } from "./verify.js";

export interface CheckOptions {
  readonly json?: boolean;
  readonly html?: string;
  readonly out?: string;
  readonly seed?: string;
  readonly path?: string;
  readonly runs?: string;
  readonly claim?: string;
  readonly schema?: boolean;
}

/**
 * `qtherm check <file…>`: runs the claims of users' claim files (docs/checking-your-formula.md)
 * through the suite's runner and judge, every claim expected to hold; prints the verdict
 * table (or --json), writes --out and --html like `qtherm verify`. Exit 0 when every claim
 * holds, 1 when one fails (or its evidence threw), 2 for a bad file (every problem listed
 * with file, claim, field and line, before anything runs), 4 when the rest hold and some
 * claim is undecided. `--schema` prints the JSON Schema of the format.
 */
export async function checkCommand(files: readonly string[], options: CheckOptions, io: CliIo): Promise<number> {
  if (options.schema) {
    io.out(claimFileSchemaText());
    return EXIT.ok;
  }
  if (files.length === 0) throw new ParameterError("file", files, "at least one claim file (.yaml, .yml or .json); 'qtherm check --schema' prints the format");
  const seed = options.seed === undefined ? DEFAULT_SEED : parseInteger("--seed", options.seed);
  const numRuns = propertyRuns(options.runs === undefined ? undefined : parseInteger("--runs", options.runs, 1));
  if (options.out !== undefined) checkWritableFile("--out", options.out);
  if (options.html !== undefined) checkWritableDirectory("--html", options.html);
  const started = performance.now();
  let result: ClaimCheck;
  try {
    result = await checkClaims(files, {
      seed,
      numRuns,
      ...(options.path !== undefined ? { path: options.path } : {}),
      ...(options.claim !== undefined ? { claim: options.claim } : {}),
      onVerdict: (v, i, n) => {
        if (!options.json) io.err(`[${i + 1}/${n}] ${v.claimId}: ${v.status}`);
      },
    });
  } catch (error) {
    if (!(error instanceof ClaimFileError)) throw error;
    io.err(`error: ${error.message}`);
    return EXIT.usage;
  }
  const report = withReplay(
    buildVerifyReport(result.claims, result.verdicts, {
      version: packageVersion(),
      commit: gitCommit(),
      date: new Date().toISOString(),
      seed,
      numRuns,
      pattern: files.join(" "),
      elapsedMs: performance.now() - started,
      environment: runEnvironment(),
    }),
    result,
  );
  if (options.out) writeJsonAtomically(options.out, report);
  if (options.html) {
    const { writeHtmlReport } = await import("../../report/html/write-html-report.js");
    const written = await writeHtmlReport(report, options.html);
    io.err(`HTML report: ${written.index} (${written.plots} plots; opens from the file system, no server needed)`);
  }
  if (options.json) {
    io.out(JSON.stringify(report, null, 1));
  } else {
    io.out(verdictTable(report, io.columns));
    const details = unexpectedDetails(report);
    io.out(details ? `\nclaims that fail, are undecided or whose evidence threw:\n${details}` : "every claim holds");
    io.out(summaryLine(report));
  }
  return exitCodeOf(report);
}

/** Each property verdict with the command that replays it: the file, the claim, seed and path. */
function withReplay(report: VerifyReport, result: ClaimCheck): VerifyReport {
  return {
    ...report,
    verdicts: report.verdicts.map((v) => {
      const file = result.fileOf.get(v.id);
      if (v.seed === undefined || file === undefined) return v;
      const name = v.id.slice(v.model.length + 1);
      return { ...v, replay: `qtherm check ${quote(file)} --claim ${name} --seed ${v.seed}${v.path !== undefined ? ` --path ${v.path}` : ""}` };
    }),
  };
}

function quote(path: string): string {
  return /^[\w./@:+-]+$/.test(path) ? path : `'${path.replace(/'/g, "'\\''")}'`;
}
