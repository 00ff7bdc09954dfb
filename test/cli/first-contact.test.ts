import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";

/**
 * First contact with the CLI as a physicist meets it: bad input is refused before any work
 * with a message naming the parameter (exit 2), output paths are checked before a run (exit 3),
 * unknown ids come with the nearest valid ones, choices are listable, tables fit the
 * terminal, and JSON output carries units and the linear-algebra backend.
 */
async function run(args: readonly string[], columns = 160): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = { out: (s) => void (out += `${s}\n`), err: (s) => void (err += `${s}\n`), interactive: false, columns };
  const code = await main(["node", "qtherm", ...args], io);
  return { code, out, err };
}

const HEAT = ["eval", "coupled-tls", "heat-current-A"];

describe("--set is strict and names the parameter", () => {
  it.each([
    ["hex", ["--set", "epsilon=0x10"], /parameter 'epsilon' = "0x10".*plain decimal/],
    ["a leading space", ["--set", "epsilon= 0.01"], /parameter 'epsilon' = " 0.01".*without surrounding spaces/],
    ["a repeated parameter", ["--set", "betaA=1", "--set", "betaA=2"], /parameter 'betaA' = "betaA=2".*already given as 'betaA=1'/],
    ["a parameter both set and swept", ["--set", "betaA=1", "--grid", "betaA=1,2"], /parameter 'betaA'.*already given/],
    ["an unknown parameter, with the nearest name", ["--set", "betA=1"], /did you mean 'betaA' or 'betaB'\?/],
    ["an empty list entry", ["--grid", "betaA=1,,2"], /parameter 'betaA'.*none empty/],
    ["a value outside the domain", ["--set", "betaA=-1"], /parameter 'betaA' = -1/],
  ])("refuses %s with exit 2", async (_name, args, message) => {
    const r = await run([...HEAT, ...args]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});

describe("discoverable choices and unknown ids", () => {
  it("qtherm eval without a model lists the five models", async () => {
    const r = await run(["eval"]);
    expect(r.code).toBe(0);
    for (const m of ["coupled-tls", "oscillator-mediator", "resonant-level-probes", "set-entropy-production", "two-site-chain-baths"]) expect(r.out).toContain(m);
  });

  it("qtherm figure --list lists the figures with their goldens", async () => {
    const r = await run(["figure", "--list", "--json"]);
    expect(r.code).toBe(0);
    const figures = JSON.parse(r.out) as { id: string; sizes: string[] }[];
    expect(figures.length).toBeGreaterThanOrEqual(23);
    expect(figures.find((f) => f.id === "coupled-tls/heat-current-vs-coupling")?.sizes).toEqual(["ci", "paper"]);
  });

  it.each([
    ["a model", ["eval", "coupled-tsl"], /did you mean 'coupled-tls'\?/],
    ["a quantity", ["eval", "coupled-tls", "heat-curent-A"], /did you mean 'heat-current-A'/],
    ["a figure", ["figure", "coupled-tls/heat-current-vs-coupleing"], /did you mean 'coupled-tls\/heat-current-vs-coupling'\?/],
    ["a golden to compare with", ["compare", "x.csv", "--golden", "coupled-tls/current-vs-coupling"], /did you mean 'coupled-tls\/heat-current-vs-coupling'\?/],
  ])("an unknown %s is bad input (exit 2) with the nearest valid ids", async (_name, args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/golden update/);
  });
});

describe("output paths are checked before any work, and I/O failures exit 3", () => {
  // a path under a regular file can be written by nobody, root included (the tests run as root here, so permissions would not stop them)
  const file = join(mkdtempSync(join(tmpdir(), "qtherm-io-")), "a-file");
  writeFileSync(file, "x");
  it.each([
    ["verify --html under a regular file", ["verify", "coupled-tls/hot-to-cold", "--html", join(file, "report")], /--html/],
    ["verify --out under a regular file", ["verify", "coupled-tls/hot-to-cold", "--out", join(file, "deeper", "report.json")], /--out/],
    ["verify --html onto an existing file", ["verify", "coupled-tls/hot-to-cold", "--html", file], /--html/],
    ["figure --out under a regular file", ["figure", "coupled-tls/heat-current-vs-coupling", "--out", join(file, "figures")], /--out/],
    ["merge --out under a regular file", ["merge", file, "--out", join(file, "merged.json")], /--out/],
  ])("%s: one line naming the option, exit 3, nothing computed", async (_name, args, message) => {
    const r = await run(args);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.out).toBe(""); // no table: no claim or figure ran
  });
});

describe("tables fit the terminal", () => {
  it.each([["eval", "coupled-tls"], ["claims", "coupled-tls"], ["errata"]])("qtherm %s at 100 columns: every line ≤ 100 characters, words unbroken", async (...args) => {
    const r = await run(args, 100);
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    const columns = (l: string) => [...l.replace(/\p{M}/gu, "")].length; // a combining hat takes no column
    const widest = Math.max(...lines.map(columns));
    expect(widest, lines.find((l) => columns(l) === widest)).toBeLessThanOrEqual(100);
    // a wrapped cell never splits "agreement" or "invariant" (the word-splitting seen before)
    expect(r.out).not.toMatch(/agreeme\s*│\s*nt|invaria\s*│\s*nt/);
  });

  it("verify prints the per-model summary and ends with the greppable summary line", async () => {
    const r = await run(["verify", "coupled-tls"], 100);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split("\n");
    expect(lines[lines.length - 1]).toMatch(/^21 claims: .*; 0 unexpected \(seed 20140401, 40 property runs, [\d.]+ s\)$/);
    expect(r.out).toMatch(/linear algebra: (LAPACK|TypeScript)/);
    expect(r.out).not.toContain("coupled-tls/hot-to-cold"); // the full table only with --verbose
    expect((await run(["verify", "coupled-tls", "--verbose"], 100)).out).toContain("coupled-tls/hot-to-cold");
  });
});

describe("eval --json carries units and the backend; --grid is an outer product", () => {
  it("a single evaluation", async () => {
    const r = await run([...HEAT, "--set", "epsilon=0.01", "--json"]);
    const json = JSON.parse(r.out);
    expect(json.units).toMatchObject({ epsilon: "energy", betaA: "1/energy" });
    expect(["lapack", "ts"]).toContain(json.backend);
  });

  it("--grid betaA=…,… --grid epsilon=…,…,… gives 2 × 3 rows, each equal to a single evaluation", async () => {
    const r = await run([...HEAT, "--grid", "betaA=0.5,1", "--grid", "epsilon=0.001,0.01,0.1", "--json"]);
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out) as { axes: string[]; rows: { params: { betaA: number; epsilon: number }; value: number }[] };
    expect(json.axes).toEqual(["betaA", "epsilon"]);
    expect(json.rows.map((row) => [row.params.betaA, row.params.epsilon])).toEqual([
      [0.5, 0.001],
      [0.5, 0.01],
      [0.5, 0.1],
      [1, 0.001],
      [1, 0.01],
      [1, 0.1],
    ]);
    const single = JSON.parse((await run([...HEAT, "--set", "betaA=1", "--set", "epsilon=0.01", "--json"])).out).value;
    expect(json.rows[4].value).toBe(single);
  });
});

describe("compare accepts what an external solver has", () => {
  it("compares the columns present and lists the others as not compared; --require-all restores the old rule", async () => {
    const out = mkdtempSync(join(tmpdir(), "qtherm-compare-"));
    expect((await run(["figure", "coupled-tls/heat-current-vs-coupling", "--out", out])).code).toBe(0);
    const csv = join(out, "coupled-tls", "heat-current-vs-coupling.ci.csv");
    expect(existsSync(csv)).toBe(true);
    // keep the grid and the exact columns only (what a solver computes)
    const { readFileSync } = await import("node:fs");
    const rows = readFileSync(csv, "utf8").trim().split("\n").map((l) => l.split(","));
    const keep = rows[0].map((name, j) => (name === "epsilonOverGamma" || /Exact$/.test(name) ? j : -1)).filter((j) => j >= 0);
    const solver = join(out, "solver.csv");
    writeFileSync(solver, `${rows.map((r) => keep.map((j) => r[j]).join(";")).join("\r\n")}\r\n`);
    const r = await run(["compare", solver, "--golden", "coupled-tls/heat-current-vs-coupling"]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/not compared \(not in your file\): .*Printed/);
    const strict = await run(["compare", solver, "--golden", "coupled-tls/heat-current-vs-coupling", "--require-all"]);
    expect(strict.code).toBe(2);
    expect(strict.err).toMatch(/--require-all/);
  });
});
