import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { allFigures, findFigure } from "../../catalog.js";
import { writeTextAtomically } from "../../core/atomic-file.js";
import { ParameterError } from "../../core/errors.js";
import type { FigureDefinition, FigureSize } from "../../core/model.js";
import { buildGolden } from "../../goldens/build-golden.js";
import { GOLDENS_DIRECTORY, goldenPath, writeJsonAtomically } from "../../goldens/golden-store.js";
import { citeSource } from "../../core/sources.js";
import { renderTable } from "../../report/terminal-table.js";
import { EXIT, type CliIo } from "../io.js";
import { checkWritableDirectory } from "../output-paths.js";
import { createProgress } from "../progress.js";
import { generateFigureData } from "../generate-in-worker.js";
import { currentProvenance, gitCommit, packageVersion } from "../provenance.js";
import { parseShard, shardItems } from "../../checks/shard.js";
import type { FigureShardManifest } from "../../report/figure-shard-manifest.js";

export interface FigureOptions {
  readonly size?: string;
  readonly out?: string;
  readonly all?: boolean;
  readonly shard?: string;
  /** List the figures (ids, titles, sizes with goldens, measured paper-size times) instead of generating. */
  readonly list?: boolean;
  readonly json?: boolean;
  /** Set by the CLI's SIGINT handler: figures are then generated on a worker thread and Ctrl-C stops at once. */
  readonly signal?: AbortSignal;
}

/** Validates the --size option. */
export function parseSize(text: string | undefined): FigureSize {
  const size = text ?? "ci";
  if (size !== "ci" && size !== "paper") throw new ParameterError("--size", size, "'ci' or 'paper'");
  return size;
}

/**
 * `qtherm figure <id> [--size ci|paper] [--out dir]`: regenerates figure data
 * and writes <out>/<model>/<figure>.<size>.json and .csv (default out: out/figures).
 * Refuses to write into the goldens directory: only `qtherm golden update` does that.
 */
export async function figureCommand(id: string | undefined, options: FigureOptions, io: CliIo): Promise<number> {
  if (options.list) return listFigures(options.json, io);
  const size = parseSize(options.size);
  const out = resolve(options.out ?? join("out", "figures"));
  if (out === GOLDENS_DIRECTORY) {
    throw new ParameterError("--out", options.out, "a directory other than the goldens (use 'qtherm golden update <id>' to rewrite a golden)");
  }
  const selection = selectFigures(id, options.all);
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  checkWritableDirectory("--out", out);
  if (shard && !options.all) throw new ParameterError("--shard", options.shard, "used with --all (a shard is a slice of every figure)");
  const figures = shard ? shardItems(selection, shard) : selection;
  const written: FigureShardManifest["figures"][number][] = [];
  for (const figure of figures) {
    const { path, seconds } = await generateFigureFile(figure, size, out, io, options.signal);
    written.push({ id: figure.id, path, seconds: Number(seconds.toFixed(2)) });
    io.out(`${figure.id} (${size}): ${path} in ${seconds.toFixed(1)} s`);
  }
  if (shard) {
    const manifest: FigureShardManifest = {
      schema: "qtherm-figure-shard/1",
      size,
      version: packageVersion(),
      commit: gitCommit(),
      shard: { ...shard, selection: selection.map((f) => f.id) },
      figures: written,
    };
    const path = join(out, `figures-shard-${shard.index}-of-${shard.count}.${size}.json`);
    writeJsonAtomically(path, manifest);
    io.out(`shard ${shard.index}/${shard.count}: ${written.length} of ${selection.length} figures; partial result ${path} (check the set with 'qtherm merge')`);
  }
  return EXIT.ok;
}

/** The figures named by an id or --all. */
export function selectFigures(id: string | undefined, all: boolean | undefined): FigureDefinition[] {
  if (all) return allFigures();
  if (id === undefined) throw new ParameterError("figure", "none", `a figure id or --all (qtherm figure --list lists them); known: ${allFigures().map((f) => f.id).join(", ")}`);
  return [findFigure(id)];
}

/**
 * Measured paper-size generation times (seconds), goldens/figure-times.json, written by
 * `npm run figures:time` on our 2-core machine; a figure not measured shows "—".
 */
function paperTimes(): Record<string, number> {
  const path = join(GOLDENS_DIRECTORY, "figure-times.json");
  if (!existsSync(path)) return {};
  const data = JSON.parse(readFileSync(path, "utf8")) as { seconds?: Record<string, number> };
  return data.seconds ?? {};
}

function listFigures(json: boolean | undefined, io: CliIo): number {
  const times = paperTimes();
  const entries = allFigures().map((f) => ({
    id: f.id,
    title: f.title,
    source: citeSource(f.source),
    sizes: (["ci", "paper"] as const).filter((s) => existsSync(goldenPath(f.id, s))),
    paperSeconds: times[f.id] ?? null,
  }));
  if (json) {
    io.out(JSON.stringify(entries, null, 1));
    return EXIT.ok;
  }
  io.out(renderTable(["figure", "source", "goldens", "paper size", "title"], entries.map((e) => [e.id, e.source, e.sizes.join(", "), e.paperSeconds === null ? "—" : `${e.paperSeconds} s`, e.title]), io.columns));
  io.out(`${entries.length} figures; qtherm figure <id> --size ci|paper [--out dir] regenerates one (times: our 2-core machine, docs/figures-and-benchmarks.md)`);
  return EXIT.ok;
}

/** Generates one figure with progress and writes JSON (golden format) and CSV. */
export async function generateFigureFile(figure: FigureDefinition, size: FigureSize, directory: string, io: CliIo, signal?: AbortSignal): Promise<{ path: string; seconds: number }> {
  const progress = createProgress(`${figure.id} (${size})`, io);
  const started = performance.now();
  let data;
  try {
    data = await generateFigureData(figure, size, (done, total) => progress.update(done, total), signal);
  } finally {
    progress.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  const golden = buildGolden(figure, size, data, currentProvenance());
  const [model, name] = figure.id.split("/");
  const path = join(directory, model, `${name}.${size}.json`);
  writeJsonAtomically(path, { ...golden, generatedInSeconds: Number(seconds.toFixed(2)) });
  writeCsv(join(dirname(path), `${name}.${size}.csv`), golden.columns.map((c) => c.name), golden.data);
  return { path, seconds };
}

function writeCsv(path: string, names: readonly string[], data: Readonly<Record<string, readonly number[]>>): void {
  const rows = data[names[0]].map((_, i) => names.map((n) => String(data[n][i])).join(","));
  writeTextAtomically(path, `${names.join(",")}\n${rows.join("\n")}\n`);
}
