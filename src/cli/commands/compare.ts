import { existsSync, readFileSync } from "node:fs";
import { extname } from "node:path";
import { ParameterError } from "../../core/errors.js";
import { compareWithGolden } from "../../goldens/golden-compare.js";
import { readGolden } from "../../goldens/golden-store.js";
import { parseUserData } from "../../goldens/user-data.js";
import { formatError } from "../../report/format.js";
import { EXIT, type CliIo } from "../io.js";
import { parseSize } from "./figure.js";

/**
 * `qtherm compare <file> --golden <id> [--size ci|paper]`: checks a user's solver
 * output (JSON or CSV) against a golden; exit 1 when outside tolerance.
 */
export function compareCommand(file: string | undefined, options: { golden?: string; size?: string; json?: boolean; schema?: string }, io: CliIo): number {
  if (options.schema !== undefined) return schemaCommand(options.schema, options, io);
  if (file === undefined) throw new ParameterError("file", "missing", "a .json or .csv file with the golden's columns (or --schema <id> to print them)");
  if (options.golden === undefined) throw new ParameterError("--golden", "missing", "a figure id, e.g. coupled-tls/heat-current-vs-coupling");
  if (!existsSync(file)) throw new ParameterError("file", file, "an existing .json or .csv file");
  const extension = extname(file).toLowerCase();
  if (extension !== ".json" && extension !== ".csv") throw new ParameterError("file", file, "a .json or .csv file");
  const golden = readGolden(options.golden, parseSize(options.size));
  const data = parseUserData(readFileSync(file, "utf8"), extension === ".json" ? "json" : "csv", file);
  const comparison = compareWithGolden(data, golden, { interpolate: true });
  if (options.json) {
    io.out(
      JSON.stringify(
        {
          golden: golden.id,
          size: golden.size,
          close: comparison.close,
          interpolated: comparison.interpolated,
          skippedPoints: comparison.skippedPoints,
          tolerance: comparison.tolerance,
          columns: comparison.columns.map((c) => ({ column: c.column, ...c.result, worstGridValue: c.worstGridValue })),
        },
        null,
        1,
      ),
    );
  } else {
    if (comparison.interpolated) {
      io.out(`note: your grid differs from the golden's; your data were interpolated linearly onto it (${comparison.skippedPoints} golden points outside your range skipped)`);
    }
    for (const c of comparison.columns) {
      io.out(
        `${c.result.close ? "ok  " : "FAIL"} ${c.column}: worst at ${golden.grid}=${c.worstGridValue}: yours ${c.result.worstActual}, golden ${c.result.worstExpected}, |Δ|=${formatError(c.result.worstAbsoluteError)} (rel ${formatError(c.result.worstRelativeError)}); ${c.result.failures}/${c.result.length} points outside tolerance`,
      );
    }
    io.out(`${comparison.close ? "PASS" : "FAIL"} against ${golden.id} (${golden.size}) with rtol ${golden.tolerance.rtol}, atol ${golden.tolerance.atol}: ${golden.tolerance.reason}`);
  }
  return comparison.close ? EXIT.ok : EXIT.failed;
}

/**
 * `qtherm compare --schema <id> [--size] [--json]`: the documented file format
 * of a golden — column names, units and meanings, the grid column and its
 * points, the tolerance — i.e. what a user's CSV/JSON must contain.
 */
function schemaCommand(id: string, options: { size?: string; json?: boolean }, io: CliIo): number {
  const golden = readGolden(id, parseSize(options.size));
  const grid = golden.data[golden.grid];
  const ratio = grid.length > 1 && grid[0] > 0 ? grid[1] / grid[0] : NaN;
  const logSpaced = grid.length > 2 && grid.every((x, i) => i === 0 || Math.abs(x / grid[i - 1] - ratio) <= 1e-9 * ratio);
  const spacing = logSpaced ? "log-spaced" : grid.length > 2 && grid.every((x, i) => i === 0 || Math.abs(x - grid[i - 1] - (grid[1] - grid[0])) <= 1e-9 * Math.abs(grid[1] - grid[0])) ? "evenly spaced" : "irregular";
  const schema = {
    golden: golden.id,
    size: golden.size,
    title: golden.title,
    source: golden.source,
    grid: { column: golden.grid, points: grid.length, min: Math.min(...grid), max: Math.max(...grid), spacing, values: grid },
    columns: golden.columns.map((c) => ({ ...c, role: c.name === golden.grid ? "grid" : "compared" })),
    params: golden.params,
    tolerance: golden.tolerance,
    formats: {
      csv: `header line '${golden.columns.map((c) => c.name).join(",")}', then one row per grid point; lines starting with '#' are comments`,
      json: `{ "data": { "<column>": [numbers…] } } or a plain object of equally long number arrays`,
    },
  };
  if (options.json) {
    io.out(JSON.stringify(schema, null, 1));
    return EXIT.ok;
  }
  io.out(`${golden.id} (${golden.size}): ${golden.title}`);
  io.out(`source: ${golden.source.doc}, ${golden.source.where}; parameters: ${Object.entries(golden.params).map(([k, v]) => `${k}=${String(v)}`).join(", ")}`);
  io.out(`columns (all required; the grid column first is customary):`);
  for (const c of schema.columns) io.out(`  ${c.name}${c.role === "grid" ? " [grid]" : ""} — unit ${c.unit}: ${c.description}`);
  io.out(`grid: ${golden.grid}, ${grid.length} points, ${spacing}, from ${schema.grid.min} to ${schema.grid.max}: ${grid.join(", ")}`);
  io.out(`  another grid is accepted and linearly interpolated onto this one inside its range (the output says so); interpolation error counts against the tolerance`);
  io.out(`tolerance: rtol ${golden.tolerance.rtol}, atol ${golden.tolerance.atol}: ${golden.tolerance.reason}`);
  io.out(`CSV: ${schema.formats.csv}`);
  io.out(`JSON: ${schema.formats.json}`);
  return EXIT.ok;
}
