import { existsSync, readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import { ParameterError } from "../../core/errors.js";
import { compareWithGolden } from "../../goldens/golden-compare.js";
import { readGolden } from "../../goldens/golden-store.js";
import { MAX_USER_FILE_BYTES, assertSortedGrid, parseUserData } from "../../goldens/user-data.js";
import { findFigure } from "../../catalog.js";
import { formatError } from "../../report/format.js";
import { EXIT, type CliIo } from "../io.js";
import { parseSize } from "./figure.js";

/** Options of `qtherm compare`. */
export interface CompareOptions {
  readonly golden?: string;
  readonly size?: string;
  readonly json?: boolean;
  readonly schema?: string;
  /** Fail when a column of the golden is absent from the file (default: compare the columns present). */
  readonly requireAll?: boolean;
  /** CSV delimiter: ',', ';' or 'tab' (default: detected from the header). */
  readonly delimiter?: string;
}

/**
 * `qtherm compare <file> --golden <id> [--size ci|paper]`: checks a user's solver output
 * (JSON or CSV) against a golden: every column of the golden that the file has is compared
 * (a solver need not compute the golden's analytic columns; the others are listed as not
 * compared, `--require-all` makes them required); exit 1 when a compared column is outside
 * the tolerance, 2 for a bad file or id (the message names the line, column and value).
 */
export function compareCommand(file: string | undefined, options: CompareOptions, io: CliIo): number {
  if (options.schema !== undefined) return schemaCommand(options.schema, options, io);
  if (file === undefined) throw new ParameterError("file", "missing", "a .json or .csv file with the golden's columns (or --schema <id> to print them)");
  if (options.golden === undefined) throw new ParameterError("--golden", "missing", "a figure id, e.g. coupled-tls/heat-current-vs-coupling (qtherm figure --list lists them)");
  const figure = findFigure(options.golden); // an unknown id is bad input (exit 2), with the nearest ids
  if (!existsSync(file)) throw new ParameterError("file", file, "an existing .json or .csv file");
  const extension = extname(file).toLowerCase();
  if (extension !== ".json" && extension !== ".csv") throw new ParameterError("file", file, "a .json or .csv file");
  const bytes = statSync(file).size;
  if (bytes > MAX_USER_FILE_BYTES) throw new ParameterError("file", `${file} (${(bytes / 2 ** 20).toFixed(0)} MiB)`, `a file of at most ${MAX_USER_FILE_BYTES / 2 ** 20} MiB (a golden grid has at most a few thousand points; write only those)`);
  const golden = readGolden(figure.id, parseSize(options.size));
  const delimiter = options.delimiter === "tab" ? "\t" : options.delimiter;
  const data = parseUserData(readFileSync(file, "utf8"), extension === ".json" ? "json" : "csv", file, delimiter !== undefined ? { delimiter } : {});
  if (data.columns[golden.grid] === undefined) {
    throw new ParameterError(`${file}: column '${golden.grid}'`, "missing", `the golden's grid column '${golden.grid}' (the file has ${Object.keys(data.columns).join(", ")})`);
  }
  assertSortedGrid(data, golden.grid, file);
  const goldenColumns = golden.columns.map((c) => c.name).filter((n) => n !== golden.grid);
  const present = goldenColumns.filter((n) => data.columns[n] !== undefined);
  const absent = goldenColumns.filter((n) => data.columns[n] === undefined);
  if (absent.length > 0 && options.requireAll) throw new ParameterError(`${file}: columns`, absent.join(", "), `every column of golden '${golden.id}' (--require-all)`);
  if (present.length === 0) throw new ParameterError(`${file}: columns`, Object.keys(data.columns).join(", "), `at least one column of golden '${golden.id}': ${goldenColumns.join(", ")}`);
  const comparison = compareWithGolden(data.columns, golden, { interpolate: true, columns: present });
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
          compared: present,
          notCompared: absent,
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
    if (absent.length > 0) io.out(`not compared (not in your file): ${absent.join(", ")}`);
    io.out(`${comparison.close ? "PASS" : "FAIL"} against ${golden.id} (${golden.size}), ${present.length} of ${goldenColumns.length} columns, with rtol ${golden.tolerance.rtol}, atol ${golden.tolerance.atol}: ${golden.tolerance.reason}`);
  }
  return comparison.close ? EXIT.ok : EXIT.failed;
}

/**
 * `qtherm compare --schema <id> [--size] [--json]`: the documented file format
 * of a golden — column names, units and meanings, the grid column and its
 * points, the tolerance — i.e. what a user's CSV/JSON must contain.
 */
function schemaCommand(id: string, options: { size?: string; json?: boolean }, io: CliIo): number {
  const golden = readGolden(findFigure(id).id, parseSize(options.size));
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
  io.out(`columns (the grid column is required; every other column present is compared, the rest listed as not compared; --require-all makes all required):`);
  for (const c of schema.columns) io.out(`  ${c.name}${c.role === "grid" ? " [grid]" : ""} — unit ${c.unit}: ${c.description}`);
  io.out(`grid: ${golden.grid}, ${grid.length} points, ${spacing}, from ${schema.grid.min} to ${schema.grid.max}: ${grid.join(", ")}`);
  io.out(`  another grid is accepted and linearly interpolated onto this one inside its range (the output says so); interpolation error counts against the tolerance`);
  io.out(`tolerance: rtol ${golden.tolerance.rtol}, atol ${golden.tolerance.atol}: ${golden.tolerance.reason}`);
  io.out(`CSV: ${schema.formats.csv}`);
  io.out(`JSON: ${schema.formats.json}`);
  return EXIT.ok;
}
