import type { VerifyReport } from "../json-report.js";
import { escapeHtml } from "./escape-html.js";

/**
 * The HTML document around a page's body: title, navigation between the
 * report's pages, the local stylesheet and scripts (assets/, no network).
 * `scripts` are paths relative to the page.
 */
export function pageLayout(title: string, report: VerifyReport, body: string, scripts: readonly string[]): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self' file: data: blob: 'unsafe-inline' 'unsafe-eval'; connect-src 'none'">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="assets/katex.min.css">
<link rel="stylesheet" href="assets/report.css">
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<nav><a href="index.html#summary">summary</a><a href="index.html#claims">claims</a><a href="errata.html">errata (${report.summary.errata})</a><a href="assets/report.json">JSON report</a></nav>
<p class="dim">qtherm ${escapeHtml(report.version)}, commit ${escapeHtml(report.commit)}, ${escapeHtml(report.date)}</p>
</header>
<main>
${body}
</main>
${scripts.map((s) => `<script src="${escapeHtml(s)}"></script>`).join("\n")}
</body>
</html>
`;
}
