import type { ReportEntry } from "../json-report.js";
import { formatError } from "../format.js";
import { panelAnchor } from "./claims-table.js";
import { escapeHtml } from "./escape-html.js";
import { renderTex } from "./math.js";

/** A rendered evidence plot: its static SVG, the key of its interactive spec, and what it omitted. */
export interface RenderedPlot {
  readonly key: string;
  readonly svg: string;
  readonly note: string;
}

/**
 * The panel of one claim: statement, source, domain, verdict and measurement,
 * fitted order (limits), seed/replay path and counterexample (properties),
 * evidence values, and every evidence plot as a static SVG that the page's
 * script upgrades to an interactive vega view (zoom, tooltips) when opened.
 * Shown when its anchor is the URL fragment (CSS :target, so it works without JS).
 */
export function claimPanel(entry: ReportEntry, plots: readonly RenderedPlot[]): string {
  const rows: Array<[string, string]> = [
    ["statement", escapeHtml(entry.statement)],
    ...(entry.tex !== undefined ? ([["formula", `<span class="formula">${renderTex(entry.tex)}</span>`]] as Array<[string, string]>) : []),
    ["source", `${escapeHtml(entry.source.citation ?? entry.source.where)} <span class="dim">(${escapeHtml(entry.source.doc)})</span>`],
    ["kind", entry.kind],
    ["domain", escapeHtml(entry.domain ?? "—")],
    ["verdict", `${entry.status}${entry.unexpected ? ` — UNEXPECTED, expected ${entry.expectedStatus}` : ""}`],
    ["measured error", formatError(entry.measuredError)],
    ["criterion", `${escapeHtml(entry.criterionText)}: ${escapeHtml(entry.criterionReason)}`],
    ["details", escapeHtml(entry.details)],
  ];
  if (entry.order) rows.push(["order of convergence", `fitted ${entry.order.measured.toFixed(3)}, stated by the source ${entry.order.expected}`]);
  if (entry.seed !== undefined) {
    rows.push(["replay", `<code>${entry.replay !== undefined ? escapeHtml(entry.replay) : `qtherm verify ${escapeHtml(entry.id)} --seed ${entry.seed}${entry.path !== undefined ? ` --path ${escapeHtml(entry.path)}` : ""}`}</code>`]);
  }
  if (entry.erratum) {
    rows.push(["erratum", `${entry.erratum.role} form; printed: ${escapeHtml(entry.erratum.printed)}; corrected: ${escapeHtml(entry.erratum.corrected)}; why: ${escapeHtml(entry.erratum.explanation)}`]);
  }
  rows.push(["time", `${entry.elapsedMs} ms`]);
  const counterexample =
    entry.counterexample !== undefined
      ? `<h4>Counterexample (shrunk)</h4><pre class="counterexample">${escapeHtml(JSON.stringify(entry.counterexample, null, 1))}</pre>`
      : "";
  const values = entry.evidence?.values;
  const valuesHtml = values
    ? `<h4>Evidence values</h4><table class="values">${Object.entries(values)
        .map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(typeof v === "number" ? formatValue(v) : String(v))}</td></tr>`)
        .join("")}</table>`
    : "";
  const plotsHtml =
    plots.length > 0
      ? plots
          .map((p) => `<figure class="plot" data-plot="${p.key}"><div class="plot-view">${p.svg}</div>${p.note ? `<figcaption>${escapeHtml(p.note)}</figcaption>` : ""}</figure>`)
          .join("\n")
      : `<p class="dim">This claim records no plot; its evidence is the measurement above${entry.counterexample !== undefined ? " and the counterexample below" : ""}.</p>`;
  return `<section class="panel" id="${escapeHtml(panelAnchor(entry.id))}" data-claim="${escapeHtml(entry.id)}">
<h3>${escapeHtml(entry.id)} <a class="close" href="#claims">back to the table</a></h3>
<table class="facts">${rows.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join("")}</table>
${plotsHtml}
${counterexample}
${valuesHtml}
</section>`;
}

function formatValue(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  return Number.isInteger(v) ? String(v) : v.toPrecision(6);
}
