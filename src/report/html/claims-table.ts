import type { VerifyReport } from "../json-report.js";
import { formatError } from "../format.js";
import { escapeHtml } from "./escape-html.js";

/** The anchor of a claim's panel: "claim-" + id (ids contain '/', which fragments allow). */
export function panelAnchor(id: string): string {
  return `claim-${id}`;
}

function options(name: string, values: readonly string[]): string {
  return `<label>${name} <select id="filter-${name}" data-filter="${name}"><option value="">all</option>${values
    .map((v) => `<option value="${escapeHtml(v)}">${escapeHtml(v)}</option>`)
    .join("")}</select></label>`;
}

/**
 * The table of every claim: id (link to its panel), source document and place,
 * kind, verdict, measured error and the criterion the judge applied, and its reason.
 * Rows carry data-model/data-kind/data-status for the filters above the table.
 */
export function claimsTableSection(report: VerifyReport): string {
  const distinct = (f: (v: VerifyReport["verdicts"][number]) => string) => [...new Set(report.verdicts.map(f))].sort();
  const rows = report.verdicts.map((v) => {
    const verdict = v.unexpected ? `${v.status} — UNEXPECTED (expected ${v.expectedStatus})` : v.status === "fails" ? "fails, as registered" : v.status;
    const measured = `${formatError(v.measuredError)} <span class="dim">·</span> ${escapeHtml(v.criterionText)}`;
    return `<tr class="claim-row ${v.unexpected ? "unexpected" : ""}" data-id="${escapeHtml(v.id)}" data-model="${escapeHtml(v.model)}" data-kind="${v.kind}" data-status="${v.status}">
<td><a href="#${escapeHtml(panelAnchor(v.id))}">${escapeHtml(v.id)}</a></td>
<td>${escapeHtml(v.source.citation ?? v.source.where)}<br><span class="dim">${escapeHtml(v.source.doc)}</span></td>
<td>${v.kind}</td><td class="status status-${v.status}">${escapeHtml(verdict)}</td>
<td class="num">${measured}</td><td class="reason">${escapeHtml(v.criterionReason)}</td></tr>`;
  });
  return `<section id="claims">
<h2>Claims</h2>
<div class="filters">${options("model", distinct((v) => v.model))}${options("kind", distinct((v) => v.kind))}${options("status", distinct((v) => v.status))}
<span id="shown-count" aria-live="polite">${report.verdicts.length} of ${report.verdicts.length} claims shown</span></div>
<table class="claims"><thead><tr><th>claim</th><th>source</th><th>kind</th><th>verdict</th><th>measured · criterion</th><th>why this criterion</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody></table>
</section>`;
}
