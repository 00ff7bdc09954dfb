import type { ReportEntry, VerifyReport } from "../json-report.js";
import { formatError } from "../format.js";
import { panelAnchor } from "./claims-table.js";
import { escapeHtml } from "./escape-html.js";
import { renderTex } from "./math.js";

/**
 * The errata table: for each printed formula that fails, its printed form, the
 * corrected form, why, and the measured discrepancy of both (the printed form's
 * error must exceed the tolerance, the corrected form's must not).
 */
export function errataTable(report: VerifyReport): string {
  const byId = new Map(report.verdicts.map((v) => [v.id, v]));
  const printed = report.verdicts.filter((v) => v.erratum?.role === "printed");
  if (printed.length === 0) return `<p class="dim">No erratum among the verified claims.</p>`;
  const measured = (v: ReportEntry | undefined) =>
    v === undefined ? `<span class="dim">not in this run</span>` : `${formatError(v.measuredError)} <span class="dim">(${v.status}; ${escapeHtml(v.criterionText)})</span>`;
  const link = (id: string, present: boolean) => (present ? `<a href="index.html#${escapeHtml(panelAnchor(id))}">${escapeHtml(id)}</a>` : escapeHtml(id));
  const rows = printed.map((p) => {
    const e = p.erratum!;
    const corrected = byId.get(e.partner);
    return `<tr class="erratum-row" data-id="${escapeHtml(p.id)}"><td>${link(p.id, true)}<br>${link(e.partner, corrected !== undefined)}</td>
<td>${escapeHtml(p.source.citation ?? p.source.where)}<br><span class="dim">${escapeHtml(p.source.doc)}</span></td>
<td>${e.printedTex !== undefined ? renderTex(e.printedTex) : escapeHtml(e.printed)}</td><td>${e.correctedTex !== undefined ? renderTex(e.correctedTex) : escapeHtml(e.corrected)}</td>
<td class="num">printed: ${measured(p)}<br>corrected: ${measured(corrected)}</td><td>${escapeHtml(e.explanation)}</td></tr>`;
  });
  return `<table class="errata"><thead><tr><th>claims (printed / corrected)</th><th>source</th><th>printed</th><th>corrected</th><th>measured discrepancy</th><th>why</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody></table>`;
}
