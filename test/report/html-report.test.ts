import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { EvidencePlot } from "../../src/core/claim.js";
import { evidencePlotSpec, plotRows, useLogAxis } from "../../src/report/html/evidence-spec.js";
import { renderSvg } from "../../src/report/html/render-svg.js";
import { writeHtmlReport } from "../../src/report/html/write-html-report.js";
import type { VerifyReport } from "../../src/report/json-report.js";

const plot: EvidencePlot = {
  title: "error vs h",
  xLabel: "h",
  yLabel: "error",
  logX: true,
  logY: true,
  series: [
    { name: "measured", x: [0.1, 0.01, 0.001, 0], y: [1e-2, 1e-4, 0, 1e-8] },
    { name: "bad", x: [1, 2], y: [NaN, null as unknown as number] },
  ],
};

describe("evidence plots", () => {
  it("keeps drawable points and counts what a log plot cannot show", () => {
    const { rows, nonFinite, nonPositiveOnLog } = plotRows(plot);
    expect(rows).toEqual([
      { series: "measured", x: 0.1, y: 1e-2 },
      { series: "measured", x: 0.01, y: 1e-4 },
    ]);
    expect(nonFinite).toBe(2); // NaN and null (JSON's form of a non-finite number)
    expect(nonPositiveOnLog).toBe(2); // y = 0 and x = 0 on log axes
  });

  it("renders a log–log Vega-Lite plot to SVG in Node, with title, subtitle and axis labels", async () => {
    const spec = evidencePlotSpec(plot, "fitted order 2.000 (source: 2)");
    expect(spec).toMatchObject({ layer: [{ encoding: { x: { scale: { type: "log" } }, y: { scale: { type: "log" } } } }, {}] });
    const svg = await renderSvg(spec);
    expect(svg.startsWith("<svg")).toBe(true);
    for (const text of ["error vs h", "fitted order 2.000 (source: 2)", "error", "measured"]) expect(svg).toContain(text);
  });
});

describe("useLogAxis", () => {
  it("follows the plot when it says, else goes logarithmic for positive data spanning two decades", () => {
    expect(useLogAxis(false, [1e-3, 1])).toBe(false);
    expect(useLogAxis(true, [1, 2])).toBe(true);
    expect(useLogAxis(undefined, [1e-3, 0.5, 1])).toBe(true); // span 1000
    expect(useLogAxis(undefined, [0.02, 1])).toBe(false); // span 50 < 100
    expect(useLogAxis(undefined, [0, 1e-3, 1])).toBe(false); // a zero cannot sit on a log axis
  });
});

describe("writeHtmlReport", () => {
  it("writes index.html, errata.html and local assets, escaping claim text", async () => {
    const report: VerifyReport = {
      schema: "qtherm-report/1", version: "9.9.9", commit: "c0ffee", date: "2026-01-01T00:00:00Z", seed: 1, numRuns: 3, pattern: null, elapsedMs: 1500,
      summary: { total: 1, unexpected: 0, byStatus: { holds: 1, fails: 0, "erratum-printed": 0, "erratum-corrected": 0, "out-of-domain": 0, undecided: 0, error: 0 }, errata: 0 },
      verdicts: [{
        id: "m/a", model: "m", kind: "limit", source: { doc: "d.txt", where: "eq. (1)" }, statement: "x < y & <script>alert(1)</script>", tex: "J_A = \\frac{\\varepsilon\\omega(x_A - x_B)}{(1 + x_A)(1 + x_B)}", status: "holds", expectedStatus: "holds",
        unexpected: false, measuredError: 1e-5, criterion: { kind: "close", rtol: 1e-3, atol: 0, reason: "O(h²)" }, criterionText: "|Δ| ≤ 0.001·max(|a|,|b|)", criterionReason: "O(h²)", details: "ok", order: { measured: 1.98, expected: 2 }, evidence: { plots: [plot] }, elapsedMs: 3,
      }],
    };
    const dir = mkdtempSync(join(tmpdir(), "qtherm-html-unit-"));
    const files = await writeHtmlReport(report, dir);
    expect(files.plots).toBe(1);
    for (const f of [files.index, files.errata, ...files.assets]) expect(existsSync(f), f).toBe(true);
    const html = readFileSync(files.index, "utf8");
    expect(html).toContain("x &lt; y &amp; &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script>alert(1)");
    // no network resource: the only URLs are SVG namespace names, which are never fetched
    expect([...new Set(html.match(/https?:\/\/[^"\s)]+/g))].sort()).toEqual(["http://www.w3.org/1999/xlink", "http://www.w3.org/2000/svg"]);
    expect(html).toContain('data-summary="all:holds">1<');
    expect(html).toContain("fitted order 1.980 (source: 2)");
    expect(readFileSync(files.errata, "utf8")).toContain("No erratum among the verified claims.");
    // the formula is typeset by KaTeX (HTML in the page, its stylesheet and fonts in assets/)
    expect(html).toMatch(/<span class="katex">/);
    expect(html).toContain('<link rel="stylesheet" href="assets/katex.min.css">');
    expect(files.assets.some((f) => f.endsWith("katex.min.css"))).toBe(true);
    expect(files.assets.filter((f) => f.endsWith(".woff2")).length).toBeGreaterThan(10);
  });

  it("shows a formula KaTeX cannot parse as its TeX source, not a broken page", async () => {
    const { renderTex } = await import("../../src/report/html/math.js");
    expect(renderTex("\\frac{1}{")).toBe('<code class="tex">\\frac{1}{</code>');
    expect(renderTex("x^2")).toMatch(/class="katex"/);
  });
});
