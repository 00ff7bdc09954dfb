import { existsSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import type { VerifyReport } from "../../src/report/json-report.js";

/**
 * The HTML report as a user sees it: `qtherm verify coupled-tls --html <dir>`,
 * then the page opened from file:// in headless Chromium (Debian's package,
 * driven by playwright-core; no browser download, no server, no network).
 * A missing Chromium is a failure with install instructions, never a skip.
 */

const CHROMIUM = process.env.QTHERM_CHROMIUM ?? "/usr/bin/chromium";
const ARTIFACTS = resolve(__dirname, "..", "..", "test-artifacts");
const dir = mkdtempSync(join(tmpdir(), "qtherm-html-"));
let report: VerifyReport;
let context: BrowserContext | undefined;
const requests: string[] = [];
const pageErrors: string[] = [];

const MISSING = `Chromium not found at ${CHROMIUM}: install it with 'apt-get update && apt-get install -y chromium' (Debian; .ci/run does this), or set QTHERM_CHROMIUM to a Chromium binary`;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) return; // every test below then fails with MISSING
  let err = "";
  const io: CliIo = { out: () => {}, err: (s) => void (err += s), interactive: false };
  const code = await main(["node", "qtherm", "verify", "coupled-tls", "--runs", "8", "--html", dir, "--out", join(dir, "run.json")], io);
  expect(code, err).toBe(0);
  report = JSON.parse(readFileSync(join(dir, "run.json"), "utf8")) as VerifyReport;
  context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "qtherm-chromium-")), {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  context.on("request", (r) => requests.push(r.url()));
}, 90_000);

afterAll(async () => {
  await context?.close();
});

async function open(file: string, fragment = "") {
  expect(context, MISSING).toBeDefined();
  const page = await context!.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") pageErrors.push(m.text());
  });
  await page.goto(`${pathToFileURL(join(dir, file)).href}${fragment}`);
  return page;
}

describe("the HTML report in Chromium", () => {
  it("has Chromium to open the report in", () => {
    expect(existsSync(CHROMIUM), MISSING).toBe(true);
  });

  it("shows the same summary numbers as the JSON report", async () => {
    const page = await open("index.html");
    const summary = async (key: string) => (await page.locator(`[data-summary="${key}"]`).textContent())?.trim();
    expect(await summary("total")).toBe(String(report.summary.total));
    expect(await summary("unexpected")).toBe(String(report.summary.unexpected));
    expect(await summary("errata")).toBe(String(report.summary.errata));
    expect(await summary("seed")).toBe(String(report.seed));
    expect(await summary("version")).toBe(report.version);
    expect(await summary("commit")).toBe(report.commit);
    for (const [status, n] of Object.entries(report.summary.byStatus)) {
      expect(await summary(`all:${status}`), status).toBe(String(n));
      const forModel = report.verdicts.filter((v) => v.model === "coupled-tls" && v.status === status).length;
      expect(await summary(`coupled-tls:${status}`), `coupled-tls ${status}`).toBe(String(forModel));
    }
    expect(await page.locator("tr.claim-row").count()).toBe(report.verdicts.length);
    await page.close();
  });

  it("filters the claims table by verdict and kind", async () => {
    const page = await open("index.html");
    const printed = report.verdicts.filter((v) => v.status === "erratum-printed");
    expect(printed.length, "coupled-tls registers printed errata").toBeGreaterThan(0);
    await page.selectOption("#filter-status", "erratum-printed");
    expect(await page.locator("tr.claim-row:visible").count()).toBe(printed.length);
    expect(await page.locator("#shown-count").textContent()).toBe(`${printed.length} of ${report.verdicts.length} claims shown`);
    const visibleIds = await page.locator("tr.claim-row:visible").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-id")));
    expect(visibleIds.sort()).toEqual(printed.map((v) => v.id).sort());
    await page.selectOption("#filter-kind", "limit");
    const both = printed.filter((v) => v.kind === "limit").length;
    expect(await page.locator("tr.claim-row:visible").count()).toBe(both);
    await page.selectOption("#filter-status", "");
    await page.selectOption("#filter-kind", "");
    expect(await page.locator("tr.claim-row:visible").count()).toBe(report.verdicts.length);
    await page.close();
  });

  it("opens a limit claim and renders its log–log error plot", async () => {
    const id = "coupled-tls/heat-current-first-order";
    const entry = report.verdicts.find((v) => v.id === id);
    expect(entry?.evidence?.plots?.length, `${id} carries an evidence plot`).toBeGreaterThan(0);
    const page = await open("index.html");
    const panel = page.locator(`[id="claim-${id}"]`);
    expect(await panel.isVisible()).toBe(false);
    await page.click(`tr.claim-row[data-id="${id}"] a`);
    expect(await panel.isVisible()).toBe(true);
    // the bundled vega runtime replaces the static SVG by an interactive one
    await page.waitForSelector(`[id="claim-${id}"] figure[data-interactive="true"]`, { timeout: 60_000 });
    const svg = panel.locator("figure.plot svg").first();
    expect(await svg.isVisible()).toBe(true);
    // one drawn path per series at least, and the fitted order in the subtitle
    expect(await svg.locator("path").count()).toBeGreaterThan(entry!.evidence!.plots![0].series.length);
    expect(await svg.textContent()).toContain(`fitted order ${entry!.order!.measured.toFixed(3)}`);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, "html-report-claim.png"), fullPage: true });
    await page.close();
  });

  it("overlays the regenerated figure data on the golden", async () => {
    const id = "coupled-tls/golden-heat-current-vs-coupling-ci";
    const page = await open("index.html", `#claim-${id}`);
    const panel = page.locator(`[id="claim-${id}"]`);
    expect(await panel.isVisible()).toBe(true);
    const text = await panel.locator("figure.plot svg").first().textContent();
    expect(text).toContain("golden");
    expect(text).toContain("regenerated");
    await page.close();
  });

  it("lists every erratum with printed and corrected forms and both discrepancies", async () => {
    const page = await open("errata.html");
    const rows = page.locator("tr.erratum-row");
    expect(await rows.count()).toBe(report.summary.errata);
    const printed = report.verdicts.find((v) => v.erratum?.role === "printed")!;
    const row = page.locator(`tr.erratum-row[data-id="${printed.id}"]`);
    const text = (await row.textContent()) ?? "";
    expect(text).toContain(printed.erratum!.printed);
    expect(text).toContain(printed.erratum!.corrected);
    expect(text).toMatch(/printed: .*erratum-printed/);
    await page.close();
  });

  it("takes a screenshot of the report and loads nothing from the network", async () => {
    const page = await open("index.html");
    mkdirSync(ARTIFACTS, { recursive: true });
    const path = join(ARTIFACTS, "html-report.png");
    await page.screenshot({ path, fullPage: false });
    expect(readFileSync(path).subarray(1, 4).toString()).toBe("PNG");
    await page.close();
    expect(requests.filter((u) => !u.startsWith("file://"))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
