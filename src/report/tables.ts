import { criterionOf, type Claim } from "../core/claim.js";
import { criterionReasons, describeCriterion } from "../core/criterion.js";
import { citeSource } from "../core/sources.js";
import type { VerifyReport } from "./json-report.js";
import { DEFAULT_WIDTH, renderTable } from "./terminal-table.js";
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

/** The verdict of one entry as the tables print it (with the expected one when they differ). */
function verdictText(v: VerifyReport["verdicts"][number]): string {
  if (v.unexpected) return `${STATUS_MARK[v.status]} — UNEXPECTED, expected ${STATUS_MARK[v.expectedStatus]}`;
  return v.status === "fails" ? "fails, as registered" : STATUS_MARK[v.status];
}

/** The full verdict table (`qtherm verify --verbose`): id, kind, source, verdict, measured error, criterion. */
export function verdictTable(report: VerifyReport, width = DEFAULT_WIDTH): string {
  return renderTable(
    ["claim", "kind", "source", "verdict", "measured", "criterion"],
    report.verdicts.map((v) => [v.id, v.kind, v.source.citation ?? v.source.where, verdictText(v), formatError(v.measuredError), v.criterionText]),
    width,
    { whole: [0] },
  );
}

/** Claims by model and verdict, with the unexpected, undecided and error counts. */
export function modelSummaryTable(report: VerifyReport, width = DEFAULT_WIDTH): string {
  const models = [...new Set(report.verdicts.map((v) => v.model))];
  const count = (m: string, f: (v: VerifyReport["verdicts"][number]) => boolean) => String(report.verdicts.filter((v) => v.model === m && f(v)).length);
  return renderTable(
    ["model", "claims", "hold", "fail as registered", "errata (printed / corrected)", "unexpected", "undecided", "error"],
    models.map((m) => [
      m,
      count(m, () => true),
      count(m, (v) => v.status === "holds"),
      count(m, (v) => v.status === "fails" && !v.unexpected),
      `${count(m, (v) => v.status === "erratum-printed")} / ${count(m, (v) => v.status === "erratum-corrected")}`,
      count(m, (v) => v.unexpected),
      count(m, (v) => v.status === "undecided"),
      count(m, (v) => v.status === "error"),
    ]),
    width,
  );
}

/** The last line of `qtherm verify`: counts by verdict, unexpected, seed, runs, time (stable for grep). */
export function summaryLine(report: VerifyReport): string {
  const s = report.summary;
  const counts = Object.entries(s.byStatus)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${status}`)
    .join(", ");
  return `${s.total} claims: ${counts}; ${s.unexpected} unexpected (seed ${report.seed}, ${report.numRuns} property runs, ${(report.elapsedMs / 1000).toFixed(1)} s)`;
}

/** Details of the unexpected verdicts (counterexamples, seeds, replay paths). */
export function unexpectedDetails(report: VerifyReport): string {
  return report.verdicts
    .filter((v) => v.unexpected)
    .map((v) => {
      const replay = v.path !== undefined ? `\n    replay: ${v.replay ?? `qtherm verify ${v.id} --seed ${v.seed} --path ${v.path}`}` : "";
      return `✗ ${v.id}: ${v.details}${replay}`;
    })
    .join("\n");
}

/** The claims list: id, kind, source, statement, criterion and its reason. */
export function claimsTable(claims: readonly Claim[], width = DEFAULT_WIDTH): string {
  return renderTable(
    ["claim", "kind", "source", "statement", "criterion (reason)"],
    claims.map((c) => [c.id, c.kind, citeSource(c.source), c.statement, `${describeCriterion(criterionOf(c))}: ${criterionReasons(criterionOf(c)).join(" | ")}`]),
    width,
    { whole: [0] },
  );
}

/** The errata: printed form, corrected form, explanation. */
export function errataTable(claims: readonly Claim[], width = DEFAULT_WIDTH): string {
  return renderTable(
    ["erratum", "source", "printed", "corrected", "why"],
    claims.filter((c) => c.erratum?.role === "printed").map((c) => [c.id, citeSource(c.source), c.erratum!.printed, c.erratum!.corrected, c.erratum!.explanation]),
    width,
    { whole: [0] },
  );
}
