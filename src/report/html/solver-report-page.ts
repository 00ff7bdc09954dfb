import { formatError, formatTolerance } from "../format.js";
import { escapeHtml } from "./escape-html.js";
import { REPORT_CSS } from "./page-assets.js";

/**
 * The HTML page of `qtherm check-solver --html <dir>`: one self-contained file (inline
 * stylesheet, no script, no network) with the solver, the verdict of every check, for each
 * failure the shrunk counterexample, the requests sent there with the answers and the replay
 * command, and the solver's misbehaviour if any. The shape is structural (report/ does not
 * import the solver API): SolverProcessReport fits it.
 */
export interface SolverReportView {
  readonly model: string;
  readonly command: string;
  readonly protocol: string;
  readonly solver?: string;
  readonly pid?: number;
  readonly quantities: readonly string[];
  readonly timeoutSeconds: number;
  readonly seed: number;
  readonly numRuns: number;
  readonly requests: number;
  readonly holds: boolean;
  readonly verdicts: readonly {
    readonly id: string;
    readonly kind: string;
    readonly statement: string;
    readonly holds: boolean;
    readonly measuredError: number;
    readonly details: string;
    readonly tolerance: { readonly rtol: number; readonly atol: number; readonly reason: string };
    readonly counterexample?: unknown;
    readonly requests?: readonly unknown[];
    readonly replay?: string;
  }[];
  readonly fault?: { readonly kind: string; readonly message: string; readonly request?: unknown; readonly stderr?: string };
  readonly stopped?: { readonly check: string; readonly notRun: readonly string[] };
}

/** The page as text. */
export function solverReportHtml(r: SolverReportView): string {
  const e = (x: unknown) => escapeHtml(String(x));
  const json = (x: unknown) => escapeHtml(JSON.stringify(x, null, 1) ?? "undefined");
  const failed = r.verdicts.filter((v) => !v.holds).length;
  const verdict = r.fault ? `<span class="bad">FAIL: the solver misbehaved (${e(r.fault.kind)})</span>` : failed > 0 ? `<span class="bad">FAIL: ${failed} of ${r.verdicts.length} checks fail</span>` : `<span class="ok">PASS: ${r.verdicts.length} checks hold</span>`;
  const rows = r.verdicts
    .map((v) => `<tr${v.holds ? "" : ' class="unexpected"'}><td>${e(v.id)}</td><td>${e(v.kind)}</td><td class="${v.holds ? "status-holds" : "status-fails"}">${v.holds ? "holds" : r.stopped?.check === v.id ? "stopped (the solver misbehaved)" : "fails"}</td><td class="num">${e(formatError(v.measuredError))}</td><td>${e(formatTolerance(v.tolerance))}</td><td class="reason">${e(v.statement)}</td></tr>`)
    .join("\n");
  const failures = r.verdicts
    .filter((v) => !v.holds && r.stopped?.check !== v.id)
    .map(
      (v) => `<section><h3>${e(v.id)}</h3><p>${e(v.details)}</p>
${v.counterexample !== undefined ? `<p>shrunk counterexample:</p><pre class="counterexample">${json(v.counterexample)}</pre>` : ""}
${v.requests && v.requests.length > 0 ? `<p>requests at the counterexample, with the answers:</p><pre class="counterexample">${json(v.requests)}</pre>` : ""}
${v.replay ? `<p>replay: <code>${e(v.replay)}</code></p>` : ""}
<p class="dim">tolerance: ${e(v.tolerance.reason)}</p></section>`,
    )
    .join("\n");
  const fault = r.fault
    ? `<section><h2 class="bad">The solver misbehaved: ${e(r.fault.kind)}</h2><p>${e(r.fault.message)}</p>
${r.fault.request ? `<p>request:</p><pre class="counterexample">${json(r.fault.request)}</pre>` : ""}
${r.fault.stderr ? `<p>the solver's stderr (last lines):</p><pre class="counterexample">${e(r.fault.stderr)}</pre>` : ""}
${r.stopped ? `<p>checks not run: ${e(r.stopped.notRun.join(", ") || "none")}</p>` : ""}</section>`
    : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>qtherm check-solver ${e(r.model)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header><h1>qtherm check-solver ${e(r.model)}</h1><p>${verdict}</p></header>
<main>
<dl class="facts">
<dt>command</dt><dd><code>${e(r.command)}</code></dd>
<dt>solver</dt><dd>${e(r.solver ?? "(unnamed)")}${r.pid !== undefined ? ` (pid ${e(r.pid)})` : ""}</dd>
<dt>protocol</dt><dd>${e(r.protocol)}</dd>
<dt>quantities asked</dt><dd>${e(r.quantities.join(", ") || "none")}</dd>
<dt>per-request timeout</dt><dd>${e(r.timeoutSeconds)} s (a guard against a hung solver, not a verdict)</dd>
<dt>seed, samples per check</dt><dd>${e(r.seed)}, ${e(r.numRuns)}</dd>
<dt>requests sent</dt><dd>${e(r.requests)}</dd>
</dl>
${fault}
${r.verdicts.length > 0 ? `<h2>Checks</h2><table><thead><tr><th>check</th><th>kind</th><th>verdict</th><th>measured error</th><th>tolerance</th><th>statement</th></tr></thead><tbody>\n${rows}\n</tbody></table>` : ""}
${failures ? `<h2>Failures</h2>\n${failures}` : ""}
</main>
</body>
</html>
`;
}
