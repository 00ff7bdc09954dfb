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
export function compareCommand(file: string, options: { golden?: string; size?: string; json?: boolean }, io: CliIo): number {
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
