import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { writeTextAtomically } from "../../core/atomic-file.js";
import type { VerifyReport } from "../json-report.js";
import { claimPanel, type RenderedPlot } from "./claim-panel.js";
import { claimsTableSection } from "./claims-table.js";
import { errataTable } from "./errata-page.js";
import { jsonForScript } from "./escape-html.js";
import { evidencePlotSpec, plotRows } from "./evidence-spec.js";
import { REPORT_CSS, REPORT_SCRIPT } from "./page-assets.js";
import { copyKatexAssets } from "./math.js";
import { pageLayout } from "./page-layout.js";
import { compileToVega, renderSvg } from "./render-svg.js";
import { summarySection } from "./summary-section.js";

/** The files of an HTML report, as written. */
export interface HtmlReportFiles {
  readonly index: string;
  readonly errata: string;
  readonly assets: readonly string[];
  /** Number of evidence plots rendered. */
  readonly plots: number;
}

/** Path of vega's browser bundle in node_modules (copied next to the report: no CDN). */
export function vegaBrowserBundle(): string {
  const entry = createRequire(import.meta.url).resolve("vega");
  return join(dirname(entry), "vega.min.js");
}

/**
 * Writes a self-contained HTML report of a verification run into `directory`:
 * index.html (summary, filterable claims table, one panel per claim with its
 * evidence plots), errata.html, and assets/ (stylesheet, script, vega's browser
 * bundle, the compiled plot specifications and the JSON report). Plots are
 * rendered to SVG here in Node, so the page shows them even without scripts;
 * the bundled vega runtime makes them interactive. Opens from file:// with no
 * server and no network. Every file is written atomically (temporary + rename).
 */
export async function writeHtmlReport(report: VerifyReport, directory: string): Promise<HtmlReportFiles> {
  const dir = resolve(directory);
  const assets = join(dir, "assets");
  mkdirSync(assets, { recursive: true });
  const specs: Record<string, unknown> = {};
  const panels: string[] = [];
  let plotCount = 0;
  for (const [i, entry] of report.verdicts.entries()) {
    const rendered: RenderedPlot[] = [];
    for (const [k, plot] of (entry.evidence?.plots ?? []).entries()) {
      const subtitle = entry.order && plot.logX && plot.logY ? `fitted order ${entry.order.measured.toFixed(3)} (source: ${entry.order.expected})` : undefined;
      const spec = evidencePlotSpec(plot, subtitle);
      const key = `p${i}-${k}`;
      specs[key] = compileToVega(spec);
      const { nonFinite, nonPositiveOnLog } = plotRows(plot);
      const notes = [];
      if (nonFinite > 0) notes.push(`${nonFinite} non-finite point(s) not drawn`);
      if (nonPositiveOnLog > 0) notes.push(`${nonPositiveOnLog} point(s) ≤ 0 not drawn on the log axis`);
      rendered.push({ key, svg: await renderSvg(spec), note: notes.join("; ") });
      plotCount++;
    }
    panels.push(claimPanel(entry, rendered));
  }
  const title = `qtherm verification report${report.pattern ? ` — ${report.pattern}` : ""}`;
  const scripts = ["assets/vega.min.js", "assets/specs.js", "assets/report.js"];
  const index = pageLayout(title, report, `${summarySection(report)}\n${claimsTableSection(report)}\n<section id="panels">\n${panels.join("\n")}\n</section>`, scripts);
  const errata = pageLayout(`${title} — errata`, report, `<section id="errata"><h2>Errata</h2>\n${errataTable(report)}</section>`, []);

  writeAtomically(join(assets, "report.css"), REPORT_CSS);
  writeAtomically(join(assets, "report.js"), REPORT_SCRIPT);
  writeAtomically(join(assets, "specs.js"), `window.QTHERM_SPECS = ${jsonForScript(specs)};\n`);
  writeAtomically(join(assets, "report.json"), `${JSON.stringify(report, null, 1)}\n`);
  writeAtomically(join(assets, "vega.min.js"), readFileSync(vegaBrowserBundle(), "utf8"));
  const katexFiles = copyKatexAssets(assets);
  writeAtomically(join(dir, "errata.html"), errata);
  writeAtomically(join(dir, "index.html"), index);
  return {
    index: join(dir, "index.html"),
    errata: join(dir, "errata.html"),
    assets: [...["report.css", "report.js", "specs.js", "report.json", "vega.min.js"].map((f) => join(assets, f)), ...katexFiles],
    plots: plotCount,
  };
}

const writeAtomically = writeTextAtomically;
