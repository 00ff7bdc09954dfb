import { existsSync, readFileSync } from "node:fs";
import { ParameterError, QthermError } from "../../core/errors.js";
import type { VerifyReport } from "../../report/json-report.js";
import { mergeReports } from "../../report/merge-reports.js";
import { EXIT, type CliIo } from "../io.js";
import { mergeFigureShards, type FigureShardManifest } from "../../report/figure-shard-manifest.js";
import { emitReport } from "./verify.js";
import { checkWritableDirectory, checkWritableFile } from "../output-paths.js";

/**
 * `qtherm merge <files…> [--json] [--out file] [--html dir]`: combines the
 * partial results of `qtherm verify --shard i/n --out …` into one report; exit 1
 * on any unexpected verdict, as `qtherm verify` would.
 */
export async function mergeCommand(files: readonly string[], options: { json?: boolean; out?: string; html?: string }, io: CliIo): Promise<number> {
  if (options.out !== undefined) checkWritableFile("--out", options.out);
  if (options.html !== undefined) checkWritableDirectory("--html", options.html);
  const parts = files.map((file) => {
    if (!existsSync(file)) throw new ParameterError("file", file, "an existing partial result written by 'qtherm verify --shard i/n --out <file>' or 'qtherm figure --all --shard i/n'");
    let report: VerifyReport;
    try {
      report = JSON.parse(readFileSync(file, "utf8")) as VerifyReport;
    } catch (error) {
      throw new QthermError(`merge: ${file} is not valid JSON`, { cause: error });
    }
    return { origin: file, report };
  });
  const figureShards = parts.filter((p) => (p.report.schema as string) === "qtherm-figure-shard/1");
  if (figureShards.length > 0) {
    if (figureShards.length !== parts.length) throw new QthermError("merge: verify results and figure shards cannot be merged together");
    const merged = mergeFigureShards(parts.map((p) => ({ origin: p.origin, manifest: p.report as unknown as FigureShardManifest })));
    if (options.json) io.out(JSON.stringify(merged, null, 1));
    else io.out(`complete figure shard set (${merged.size}): ${merged.figures.length} figures\n${merged.figures.map((f) => `  ${f.id}: ${f.path} (${f.seconds} s)`).join("\n")}`);
    return EXIT.ok;
  }
  const merged = mergeReports(parts);
  io.err(`merged ${parts.length} shards: ${merged.summary.total} claims`);
  return emitReport(merged, options, io);
}
