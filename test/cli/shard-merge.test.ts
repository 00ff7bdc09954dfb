import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import type { ReportEntry, VerifyReport } from "../../src/report/json-report.js";
import { allFigures } from "../../src/catalog.js";

/**
 * Sharded and parallel runs through the CLI, in-process: the shards of a
 * selection merged back give the verdicts of one serial run, and so does
 * --jobs 2 (worker threads loading the TypeScript sources through tsx here,
 * dist/ in the installed bin).
 */
async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = { out: (s) => void (out += `${s}\n`), err: (s) => void (err += `${s}\n`), interactive: false };
  const code = await main(["node", "qtherm", ...args], io);
  return { code, out, err };
}

// six fast claims (no symbolic derivation): seeded properties and an erratum pair
const PATTERN = "coupled-tls/c*";
const dir = mkdtempSync(join(tmpdir(), "qtherm-shards-"));

/** A verdict without its wall time (the only field allowed to differ between runs). */
function comparable(v: ReportEntry): Omit<ReportEntry, "elapsedMs"> {
  const { elapsedMs: _ignored, ...rest } = v;
  return rest;
}

function readReport(path: string): VerifyReport {
  return JSON.parse(readFileSync(path, "utf8")) as VerifyReport;
}

describe("qtherm verify --shard / merge / --jobs", () => {
  it("merged shards equal one serial run, and so does --jobs 2", async () => {
    const serial = await run("verify", PATTERN, "--runs", "10", "--out", join(dir, "serial.json"));
    expect(serial.code, serial.err).toBe(0);
    const full = readReport(join(dir, "serial.json"));
    expect(full.verdicts.length, "the pattern selects enough claims to shard").toBeGreaterThanOrEqual(6);
    expect(full.verdicts.filter((v) => v.seed !== undefined).length, "seeded property claims are among them").toBeGreaterThanOrEqual(3);

    for (const i of [1, 2, 3]) {
      const r = await run("verify", PATTERN, "--runs", "10", "--shard", `${i}/3`, "--out", join(dir, `shard-${i}.json`));
      expect(r.code, r.err).toBe(0);
      expect(r.out).toContain(`shard ${i}/3:`);
    }
    const sizes = [1, 2, 3].map((i) => readReport(join(dir, `shard-${i}.json`)).verdicts.length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(full.verdicts.length);

    const merged = await run("merge", join(dir, "shard-3.json"), join(dir, "shard-1.json"), join(dir, "shard-2.json"), "--out", join(dir, "merged.json"), "--html", join(dir, "html"));
    expect(merged.code, merged.err).toBe(0);
    const m = readReport(join(dir, "merged.json"));
    expect(m.verdicts.map(comparable)).toEqual(full.verdicts.map(comparable));
    expect(m.summary).toEqual(full.summary);
    expect(existsSync(join(dir, "html", "index.html"))).toBe(true);

    const parallel = await run("verify", PATTERN, "--runs", "10", "--jobs", "2", "--out", join(dir, "parallel.json"));
    expect(parallel.code, parallel.err).toBe(0);
    const p = readReport(join(dir, "parallel.json"));
    expect(p.verdicts.map(comparable)).toEqual(full.verdicts.map(comparable));
  }, 60_000);

  it("refuses an incomplete or overlapping shard set with exit 1 and says what is missing", async () => {
    const missing = await run("merge", join(dir, "shard-1.json"), join(dir, "shard-3.json"));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/incomplete shard set \(2 of 3 given\): missing shard 2\/3; \d+ claim\(s\) without a verdict/);
    const twice = await run("merge", join(dir, "shard-1.json"), join(dir, "shard-1.json"), join(dir, "shard-2.json"));
    expect(twice.code).toBe(1);
    expect(twice.err).toMatch(/overlapping shards/);
    const notShard = await run("merge", join(dir, "serial.json"));
    expect(notShard.code).toBe(1);
    expect(notShard.err).toMatch(/is not a shard/);
  });

  it("rejects bad --shard and --jobs values with exit 2", async () => {
    const shard = await run("verify", PATTERN, "--shard", "4/3", "--out", join(dir, "x.json"));
    expect(shard.code).toBe(2);
    expect(shard.err).toMatch(/'--shard' = "4\/3"/);
    const noOut = await run("verify", PATTERN, "--shard", "1/3");
    expect(noOut.code).toBe(2);
    expect(noOut.err).toMatch(/--out/);
    const jobs = await run("verify", PATTERN, "--jobs", "0");
    expect(jobs.code).toBe(2);
    expect(jobs.err).toMatch(/'--jobs' = "0"/);
  });

  it("figure --all --shard writes one slice and a manifest; merge checks the set is complete", async () => {
    // with n = number of figures each shard holds exactly one figure; pick the fast coupled-tls one
    const ids = allFigures().map((f) => f.id).sort();
    const n = ids.length;
    const index = ids.indexOf("coupled-tls/heat-current-vs-coupling") + 1;
    const out = join(dir, "figures");
    const r = await run("figure", "--all", "--shard", `${index}/${n}`, "--out", out);
    expect(r.code, r.err).toBe(0);
    expect(existsSync(join(out, "coupled-tls", "heat-current-vs-coupling.ci.json"))).toBe(true);
    const manifest = join(out, `figures-shard-${index}-of-${n}.ci.json`);
    const m = JSON.parse(readFileSync(manifest, "utf8"));
    expect(m.figures.map((f: { id: string }) => f.id)).toEqual(["coupled-tls/heat-current-vs-coupling"]);
    expect(m.shard.selection).toHaveLength(n);
    const merge = await run("merge", manifest);
    if (n > 1) {
      expect(merge.code).toBe(1);
      expect(merge.err).toMatch(new RegExp(`incomplete figure shard set \\(1 of ${n} given\\)`));
    }
    const noAll = await run("figure", "coupled-tls/heat-current-vs-coupling", "--shard", "1/2", "--out", out);
    expect(noAll.code).toBe(2);
    expect(noAll.err).toMatch(/with --all/);
  });
});
