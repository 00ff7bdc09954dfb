import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The ready-made job files of examples/cluster run as written, locally with n = 2 shards:
 * the SLURM array script (two tasks) and its merge script, and the GitHub Actions matrix
 * (the commands of its two steps, with the matrix values substituted). The merged report
 * has every claim of the selection, exactly once, with the verdicts of a single run.
 */
const root = resolve(__dirname, "..", "..");
const qtherm = `${process.execPath} ${resolve(root, "bin", "qtherm.js")}`;
const PATTERN = "coupled-tls";

function bash(script: string, env: Record<string, string>, cwd: string) {
  const r = spawnSync("bash", ["-c", script], { cwd, encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 1 << 26 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function singleRun(): { id: string; status: string }[] {
  const r = spawnSync(process.execPath, [resolve(root, "bin", "qtherm.js"), "verify", PATTERN, "--json"], { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 });
  return (JSON.parse(r.stdout) as { verdicts: { id: string; status: string }[] }).verdicts.map(({ id, status }) => ({ id, status }));
}

const verdictsOf = (path: string) => (JSON.parse(readFileSync(path, "utf8")) as { verdicts: { id: string; status: string }[] }).verdicts.map(({ id, status }) => ({ id, status }));

describe("cluster job files", () => {
  it("the SLURM array script and merge.sh, with two array tasks", () => {
    const out = mkdtempSync(join(tmpdir(), "qtherm-slurm-"));
    const env = { QTHERM: qtherm, QTHERM_OUT: out, QTHERM_PATTERN: PATTERN, SLURM_ARRAY_TASK_COUNT: "2" };
    for (const task of ["1", "2"]) {
      const r = bash(`bash ${resolve(root, "examples", "cluster", "slurm-array.sh")}`, { ...env, SLURM_ARRAY_TASK_ID: task }, root);
      expect(r.code, r.err).toBe(0);
      expect(existsSync(join(out, `shard-${task}.json`))).toBe(true);
    }
    const merged = bash(`bash ${resolve(root, "examples", "cluster", "merge.sh")}`, env, root);
    expect(merged.code, merged.err).toBe(0);
    expect(existsSync(join(out, "html", "index.html"))).toBe(true);
    expect(verdictsOf(join(out, "report.json"))).toEqual(singleRun());
  }, 300_000);

  it("the GitHub Actions matrix: the shard step twice, then the merge step", () => {
    const workflow = readFileSync(resolve(root, "examples", "cluster", "github-actions.yml"), "utf8");
    const step = (name: string) => {
      const m = workflow.match(new RegExp(`- name: ${name}\\n(?:\\s+[^\\n]*\\n)*?\\s+run: ([^\\n]+)`));
      expect(m, `step '${name}'`).not.toBeNull();
      return m![1].replaceAll("npx qtherm", qtherm);
    };
    expect(workflow).toMatch(/shard: \[1, 2, 3, 4\]/);
    expect(workflow).toMatch(/SHARDS: 4/);
    const dir = mkdtempSync(join(tmpdir(), "qtherm-gha-"));
    mkdirSync(join(dir, "shards"));
    for (const shard of ["1", "2"]) {
      const r = bash(step("verify one shard"), { SHARD: shard, SHARDS: "2", QTHERM_PATTERN: PATTERN }, dir);
      expect(r.code, r.err).toBe(0);
      copyFileSync(join(dir, `shard-${shard}.json`), join(dir, "shards", `shard-${shard}.json`));
    }
    const merged = bash(step("merge the shards"), {}, dir);
    expect(merged.code, merged.err).toBe(0);
    expect(verdictsOf(join(dir, "report.json"))).toEqual(singleRun());
  }, 300_000);
});
