import Table from "cli-table3";
import { criterionOf, type Claim } from "../core/claim.js";
import { criterionReasons, describeCriterion } from "../core/criterion.js";
import type { VerifyReport } from "./json-report.js";
import { formatError } from "./format.js";

/** Terminal tables for `qtherm verify`, `qtherm claims` and `qtherm errata`. */

const STATUS_MARK: Record<string, string> = {
  holds: "holds",
  fails: "FAILS",
  "erratum-printed": "erratum (printed fails)",
  "erratum-corrected": "erratum (corrected holds)",
  "out-of-domain": "out of domain",
  undecided: "UNDECIDED",
  error: "ERROR",
};

/** The verdict table: id, kind, verdict (with the expected one when they differ), measured error, criterion. */
export function verdictTable(report: VerifyReport, width = process.stdout.columns ?? 160): string {
  const table = new Table({
    head: ["claim", "kind", "source", "verdict", "measured", "criterion"],
    style: { head: [], border: [] },
    wordWrap: true,
    wrapOnWordBoundary: false,
    colWidths: columnWidths(width, [0.34, 0.08, 0.15, 0.2, 0.09, 0.14]),
  });
  for (const v of report.verdicts) {
    const verdict = v.unexpected
      ? `${STATUS_MARK[v.status]} — UNEXPECTED, expected ${STATUS_MARK[v.expectedStatus]}`
      : v.status === "fails"
        ? "fails, as registered (counterexample in --json)"
        : STATUS_MARK[v.status];
    table.push([v.id, v.kind, v.source.where, verdict, formatError(v.measuredError), v.criterionText]);
  }
  const s = report.summary;
  const counts = Object.entries(s.byStatus)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${status}`)
    .join(", ");
  return `${table.toString()}\n${s.total} claims: ${counts}; ${s.unexpected} unexpected (seed ${report.seed}, ${report.numRuns} property runs, ${(report.elapsedMs / 1000).toFixed(1)} s)`;
}

/** Details of the unexpected verdicts (counterexamples, seeds, replay paths). */
export function unexpectedDetails(report: VerifyReport): string {
  return report.verdicts
    .filter((v) => v.unexpected)
    .map((v) => {
      const replay = v.path !== undefined ? `\n    replay: qtherm verify ${v.id} --seed ${v.seed} --path ${v.path}` : "";
      return `✗ ${v.id}: ${v.details}${replay}`;
    })
    .join("\n");
}

/** The claims list: id, kind, source and statement. */
export function claimsTable(claims: readonly Claim[], width = process.stdout.columns ?? 160): string {
  const table = new Table({
    head: ["claim", "kind", "source", "statement", "criterion (reason)"],
    style: { head: [], border: [] },
    wordWrap: true,
    wrapOnWordBoundary: false,
    colWidths: columnWidths(width, [0.25, 0.08, 0.17, 0.3, 0.2]),
  });
  for (const c of claims) {
    table.push([c.id, c.kind, `${c.source.doc.slice(0, 3)} ${c.source.where}`, c.statement, `${describeCriterion(criterionOf(c))}: ${criterionReasons(criterionOf(c)).join(" | ")}`]);
  }
  return table.toString();
}

/** The errata: printed form, corrected form, explanation. */
export function errataTable(claims: readonly Claim[], width = process.stdout.columns ?? 160): string {
  const table = new Table({
    head: ["erratum", "source", "printed", "corrected", "why"],
    style: { head: [], border: [] },
    wordWrap: true,
    wrapOnWordBoundary: false,
    colWidths: columnWidths(width, [0.2, 0.12, 0.22, 0.22, 0.24]),
  });
  for (const c of claims.filter((c) => c.erratum?.role === "printed")) {
    const e = c.erratum!;
    table.push([c.id, `${c.source.doc.slice(0, 3)} ${c.source.where}`, e.printed, e.corrected, e.explanation]);
  }
  return table.toString();
}

function columnWidths(total: number, fractions: number[]): number[] {
  const usable = Math.max(100, Math.min(total, 220)) - fractions.length - 1;
  return fractions.map((f) => Math.max(8, Math.floor(usable * f)));
}
