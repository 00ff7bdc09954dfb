import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { MODELS } from "../../src/catalog.js";
import type { VerifyReport } from "../../src/report/json-report.js";

/**
 * The worked examples of docs/checking-your-formula.md: every file of examples/claims is
 * checked by `qtherm check`, and each claim gets the verdict its `# verdict:` comment
 * documents; a failing property claim replays with the printed --claim/--seed/--path to
 * the same shrunk counterexample.
 */

const root = resolve(__dirname, "..", "..");
const EXAMPLES = join(root, "examples", "claims");
const files = readdirSync(EXAMPLES).filter((f) => f.endsWith(".yaml")).sort();

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = { out: (s) => void (out += `${s}\n`), err: (s) => void (err += `${s}\n`), interactive: false, columns: 200 };
  const code = await main(["node", "qtherm", ...args], io);
  return { code, out, err };
}

/** The documented verdicts of an example file: `# verdict: <status>` directly above each `- id:`. */
function documentedVerdicts(text: string): Map<string, string> {
  const verdicts = new Map<string, string>();
  let pending: string | undefined;
  for (const line of text.split("\n")) {
    const v = /^\s*# verdict: (holds|fails|undecided)\b/.exec(line);
    if (v) pending = v[1];
    const id = /^\s*- id: ([\w-]+)/.exec(line);
    if (id) {
      if (pending === undefined) throw new Error(`claim ${id[1]} has no '# verdict:' comment`);
      verdicts.set(id[1], pending);
      pending = undefined;
    }
  }
  return verdicts;
}

describe("examples/claims", () => {
  it("has a worked example for every model", () => {
    const models = files.map((f) => /^model: (\S+)/m.exec(readFileSync(join(EXAMPLES, f), "utf8"))?.[1]);
    expect(new Set(models)).toEqual(new Set(MODELS.map((m) => m.id)));
  });

  it("documents every kind of claim and verdict the guide promises", () => {
    const texts = files.map((f) => readFileSync(join(EXAMPLES, f), "utf8")).join("\n");
    for (const kind of ["agreement", "limit", "invariant", "identity"]) expect(texts).toContain(`kind: ${kind}`);
    expect(texts).toMatch(/# verdict: fails/);
  });

  it.each(files)("%s gives its documented verdicts, and failing claims replay to the same counterexample", async (file) => {
    const path = join("examples", "claims", file);
    const documented = documentedVerdicts(readFileSync(join(root, path), "utf8"));
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const r = await run("check", path, "--json");
      const report = JSON.parse(r.out) as VerifyReport;
      const got = new Map(report.verdicts.map((v) => [v.id.split("/").slice(1).join("/"), v.status]));
      expect(Object.fromEntries(got), r.err).toEqual(Object.fromEntries(documented));
      const failing = report.verdicts.filter((v) => v.status !== "holds");
      expect(r.code).toBe(failing.some((v) => v.status === "fails") ? 1 : failing.length > 0 ? 4 : 0);
      for (const v of failing.filter((x) => x.path !== undefined)) {
        expect(v.counterexample, v.id).toBeDefined();
        expect(v.replay).toBe(`qtherm check ${path} --claim ${v.id.split("/")[1]} --seed ${v.seed} --path ${v.path}`);
        const replay = await run("check", path, "--claim", v.id.split("/")[1], "--seed", String(v.seed), "--path", v.path!, "--json");
        const again = (JSON.parse(replay.out) as VerifyReport).verdicts;
        expect(again.map((x) => x.id)).toEqual([v.id]);
        expect(again[0].status).toBe("fails");
        expect(again[0].counterexample).toEqual(v.counterexample);
        expect(replay.code).toBe(1);
      }
    } finally {
      process.chdir(cwd);
    }
  });

  it("prints the verdict table, the counterexamples with their replay line and the summary", async () => {
    const r = await run("check", join(EXAMPLES, "two-site-chain-baths.yaml"));
    expect(r.code).toBe(1);
    expect(r.out).toContain("two-site-chain-baths/upper-mode-energy");
    expect(r.out).toMatch(/✗ two-site-chain-baths\/upper-mode-energy-hopping-g: .*shrunk counterexample/);
    expect(r.out).toMatch(/replay: qtherm check \S+two-site-chain-baths\.yaml --claim upper-mode-energy-hopping-g --seed 20140401 --path \S+/);
    expect(r.out).toMatch(/4 claims: 3 holds, 1 fails; 1 unexpected \(seed 20140401/);
  });

  it("writes the HTML report with the plots of every claim (formula vs exact, error vs h with the order, counterexamples)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "qtherm-check-html-"));
    const r = await run("check", join(EXAMPLES, "coupled-tls.yaml"), "--claim", "first-order-claimed-second", "--html", dir, "--out", join(dir, "report.json"));
    expect(r.code).toBe(1);
    const html = readFileSync(join(dir, "index.html"), "utf8");
    expect(html).toContain("coupled-tls/first-order-claimed-second");
    expect(html).toContain("qtherm check");
    expect(html).toContain("--claim first-order-claimed-second");
    const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as VerifyReport;
    const plot = report.verdicts[0].evidence?.plots?.[0];
    expect(plot?.logX && plot.logY).toBe(true);
    expect(plot?.title).toMatch(/fitted order: shrunk counterexample 1\.0\d\d, worst sample 1\.0\d\d; stated 2 ± 0\.15/);
    expect(plot?.series.map((s) => s.name)).toEqual([expect.stringMatching(/^shrunk counterexample/), expect.stringMatching(/^worst sample/), "stated order 2"]);
  });

  it("docs/checking-your-formula.md shows its first example verbatim and lists every example claim with its documented verdict", () => {
    const page = readFileSync(join(root, "docs", "checking-your-formula.md"), "utf8");
    const match = page.match(/<!-- example:begin (\S+) -->\n```yaml\n([\s\S]*?)```\n<!-- example:end -->/);
    expect(match, "the example block").not.toBeNull();
    expect(match![2]).toBe(readFileSync(join(root, match![1]), "utf8"));
    const rows = [...page.matchAll(/^\|\s*(\S*)\s*\|\s*([\w-]+)\s*\|[^|]+\|\s*(holds|fails|undecided)\b/gm)];
    let file = "";
    const listed = rows.map(([, f, id, verdict]) => {
      file = f || file;
      return `${file}/${id}: ${verdict}`;
    });
    const documented = files.flatMap((f) => [...documentedVerdicts(readFileSync(join(EXAMPLES, f), "utf8"))].map(([id, verdict]) => `${f}/${id}: ${verdict}`));
    expect(listed.sort()).toEqual(documented.sort());
  });

  it.runIf(existsSync(join(root, "dist", "cli", "commands", "check.js")))("runs from the built CLI (node bin/qtherm.js check)", () => {
    const r = spawnSync(process.execPath, [join(root, "bin", "qtherm.js"), "check", "examples/claims/resonant-level-probes.yaml"], { cwd: root, encoding: "utf8", timeout: 300_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("every claim holds");
    expect(r.stdout).toMatch(/2 claims: 2 holds; 0 unexpected/);
  });
});
