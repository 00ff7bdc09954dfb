import { VERDICT_STATUSES, type VerdictStatus } from "../../core/claim.js";
import type { VerifyReport } from "../json-report.js";
import { escapeHtml } from "./escape-html.js";

/** The verdict columns of the summary, in reading order. */
export const STATUS_ORDER: readonly VerdictStatus[] = VERDICT_STATUSES;

/**
 * The summary: claims by model and verdict (with totals), unexpected verdicts,
 * errata count, run time, version, commit, seed and property runs. Every number
 * carries a `data-summary` attribute so a test can read it back.
 */
export function summarySection(report: VerifyReport): string {
  const models = [...new Set(report.verdicts.map((v) => v.model))].sort();
  const count = (model: string | undefined, status: VerdictStatus) =>
    report.verdicts.filter((v) => (model === undefined || v.model === model) && v.status === status).length;
  const rows = models.map((m) => {
    const cells = STATUS_ORDER.map((s) => `<td data-summary="${escapeHtml(`${m}:${s}`)}">${count(m, s)}</td>`).join("");
    const total = report.verdicts.filter((v) => v.model === m).length;
    return `<tr><th scope="row">${escapeHtml(m)}</th>${cells}<td data-summary="${escapeHtml(`${m}:total`)}">${total}</td></tr>`;
  });
  const totals = STATUS_ORDER.map((s) => `<td data-summary="all:${s}">${report.summary.byStatus[s]}</td>`).join("");
  const s = report.summary;
  const facts: Array<[string, string, string]> = [
    ["claims", "total", String(s.total)],
    ["unexpected verdicts", "unexpected", String(s.unexpected)],
    ["errata (printed formulas that fail, with a verified correction)", "errata", String(s.errata)],
    ["run time", "elapsed", `${(report.elapsedMs / 1000).toFixed(1)} s`],
    ["qtherm version", "version", report.version],
    ["commit", "commit", report.commit],
    ["seed", "seed", String(report.seed)],
    ["property runs per claim", "numRuns", String(report.numRuns)],
    ["date", "date", report.date],
    ["selection", "pattern", report.pattern ?? "all claims"],
  ];
  const registeredFails = report.verdicts.filter((v) => v.status === "fails" && !v.unexpected).length;
  const verdictLine =
    (s.unexpected === 0
      ? `<p class="ok">Every verdict is the registered one.</p>`
      : `<p class="bad">${s.unexpected} verdict${s.unexpected === 1 ? " differs" : "s differ"} from the registered one — see the rows marked UNEXPECTED.</p>`) +
    (registeredFails > 0
      ? `<p class="dim">${registeredFails} claim${registeredFails === 1 ? " is" : "s are"} registered to fail: statements of a source that do not hold, each shown with its counterexample.</p>`
      : "");
  return `<section id="summary">
<h2>Summary</h2>
${verdictLine}
<dl class="facts">${facts.map(([label, key, value]) => `<dt>${escapeHtml(label)}</dt><dd data-summary="${key}">${escapeHtml(value)}</dd>`).join("")}</dl>
<table class="summary"><thead><tr><th>model</th>${STATUS_ORDER.map((st) => `<th>${st}</th>`).join("")}<th>total</th></tr></thead>
<tbody>${rows.join("\n")}</tbody>
<tfoot><tr><th scope="row">all models</th>${totals}<td data-summary="all:total">${s.total}</td></tr></tfoot></table>
</section>`;
}
