import { existsSync } from "node:fs";
import type { FigureSize } from "../../core/model.js";
import { buildGolden } from "../../goldens/build-golden.js";
import { compareWithGolden } from "../../goldens/golden-compare.js";
import { goldenPath, readGolden, removeStaleTemporaries, writeGoldenAtomically } from "../../goldens/golden-store.js";
import { formatError } from "../../report/format.js";
import { EXIT, type CliIo } from "../io.js";
import { createProgress } from "../progress.js";
import { generateFigureData } from "../generate-in-worker.js";
import { currentProvenance } from "../provenance.js";
import { parseSize, selectFigures } from "./figure.js";

/** `qtherm golden verify [id]`: regenerates and compares with the stored goldens; exit 1 on any difference beyond tolerance. */
export async function goldenVerifyCommand(id: string | undefined, options: { size?: string; signal?: AbortSignal }, io: CliIo): Promise<number> {
  const size = parseSize(options.size);
  const figures = selectFigures(id, id === undefined);
  let failed = 0;
  for (const figure of figures) {
    const golden = readGolden(figure.id, size);
    const progress = createProgress(`${figure.id} (${size})`, io);
    const data = await generateFigureData(figure, size, (d, t) => progress.update(d, t), options.signal).finally(() => progress.stop());
    const comparison = compareWithGolden(data.columns, golden);
    const w = comparison.worst;
    io.out(
      `${comparison.close ? "ok  " : "FAIL"} ${figure.id} (${size}): worst ${w ? `'${w.column}' at ${golden.grid}=${w.worstGridValue}: |Δ|=${formatError(w.result.worstAbsoluteError)}, rel ${formatError(w.result.worstRelativeError)}` : "—"} (rtol ${golden.tolerance.rtol}, atol ${golden.tolerance.atol})`,
    );
    if (!comparison.close) failed++;
  }
  return failed === 0 ? EXIT.ok : EXIT.failed;
}

/**
 * `qtherm golden update <id>|--all [--size]`: the only way a golden is rewritten.
 * Writes atomically and prints how the data changed against the previous file.
 */
export async function goldenUpdateCommand(id: string | undefined, options: { size?: string; all?: boolean; signal?: AbortSignal }, io: CliIo): Promise<number> {
  const size: FigureSize = parseSize(options.size);
  const figures = selectFigures(id, options.all);
  for (const stale of removeStaleTemporaries()) io.err(`removed ${stale}, left behind by an interrupted write`);
  for (const figure of figures) {
    const previous = existsSync(goldenPath(figure.id, size)) ? readGolden(figure.id, size) : undefined;
    const progress = createProgress(`${figure.id} (${size})`, io);
    const started = performance.now();
    const data = await generateFigureData(figure, size, (d, t) => progress.update(d, t), options.signal).finally(() => progress.stop());
    const seconds = (performance.now() - started) / 1000;
    const golden = buildGolden(figure, size, data, currentProvenance());
    const { path, written } = writeGoldenAtomically(golden);
    io.out(written ? `wrote ${path} (${seconds.toFixed(1)} s)` : `unchanged ${path} (${seconds.toFixed(1)} s): the data, tolerance and parameters equal the stored golden; file left as it was`);
    if (previous === undefined) {
      io.out("  new golden (no previous file)");
      continue;
    }
    try {
      const diff = compareWithGolden(golden.data, previous);
      for (const c of diff.columns) {
        io.out(`  ${c.column}: max |Δ| ${formatError(c.result.worstAbsoluteError)} at ${previous.grid}=${c.worstGridValue} (rel ${formatError(c.result.worstRelativeError)}), ${c.result.failures} points beyond the old tolerance`);
      }
    } catch (error) {
      io.out(`  not comparable with the previous golden: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return EXIT.ok;
}
