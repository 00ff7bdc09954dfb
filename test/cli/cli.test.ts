import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import type { CliIo } from "../../src/cli/io.js";
import { readGolden } from "../../src/goldens/golden-store.js";

/** Runs the CLI in-process and captures its output. */
async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = { out: (s) => void (out += `${s}\n`), err: (s) => void (err += `${s}\n`), interactive: false };
  const code = await main(["node", "qtherm", ...args], io);
  return { code, out, err };
}

const FIGURE = "coupled-tls/heat-current-vs-coupling";

describe("qtherm eval", () => {
  it("lists a model's quantities and parameters", async () => {
    const r = await run("eval", "coupled-tls");
    expect(r.code).toBe(0);
    expect(r.out).toContain("steady-state");
    expect(r.out).toContain("betaA");
    expect(r.out).toContain("one of 'coherent', 'incoherent'");
  });

  it("prints one JSON object with every resolved parameter", async () => {
    const r = await run("eval", "coupled-tls", "heat-current-A", "--set", "epsilon=0.02", "--set", "coupling=incoherent", "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.model).toBe("coupled-tls");
    expect(json.quantity).toBe("heat-current-A");
    expect(json.params.epsilon).toBe(0.02);
    expect(Object.keys(json.params).sort()).toEqual(["betaA", "betaB", "coupling", "epsilon", "gammaA", "gammaB", "omegaA", "omegaB"]);
    // hot A (β_A < β_B) feeds heat into the system: J_A > 0
    expect(json.value).toBeGreaterThan(0);
  });

  it("evaluates at a list of values (name=v1,v2,…) and returns one result per value, equal to single evaluations", async () => {
    const single = async (epsilon: string) =>
      JSON.parse((await run("eval", "coupled-tls", "heat-current-A", "--set", `epsilon=${epsilon}`, "--set", "coupling=incoherent", "--json")).out).value;
    const r = await run("eval", "coupled-tls", "heat-current-A", "--set", "epsilon=0.01,0.02,0.05", "--set", "coupling=incoherent", "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.params.epsilon).toEqual([0.01, 0.02, 0.05]);
    expect(json.value).toEqual([await single("0.01"), await single("0.02"), await single("0.05")]);
  });

  it("rejects a bad value inside a list naming the parameter; two lists give their outer product", async () => {
    const bad = await run("eval", "coupled-tls", "heat-current-A", "--set", "epsilon=0.01,oops");
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/'epsilon' = "oops"/);
    const two = await run("eval", "coupled-tls", "heat-current-A", "--set", "epsilon=0.01,0.02", "--set", "betaA=1,2", "--json");
    expect(two.code).toBe(0);
    expect(JSON.parse(two.out).value).toHaveLength(4);
  });

  it("returns the steady state as a 4×4 complex matrix with unit trace", async () => {
    const r = await run("eval", "coupled-tls", "steady-state", "--json");
    const { value } = JSON.parse(r.out);
    expect(value.re).toHaveLength(4);
    expect(value.im[0]).toHaveLength(4);
    const trace = value.re.reduce((s: number, row: number[], i: number) => s + row[i], 0);
    expect(trace).toBeCloseTo(1, 12);
  });

  it.each([
    [["eval", "no-such-model"], /'model' = "no-such-model".*'coupled-tls'/],
    [["eval", "coupled-tls", "temperature"], /'quantity' = "temperature".*'steady-state'/],
    [["eval", "coupled-tls", "heat-current-A", "--set", "gamma=1"], /'gamma' = "1".*allowed: omegaA/],
    [["eval", "coupled-tls", "heat-current-A", "--set", "betaA=-1"], /'betaA' = -1/],
    [["eval", "coupled-tls", "heat-current-A", "--set", "betaA=hot"], /'betaA' = "hot"/],
    [["eval", "coupled-tls", "heat-current-A", "--set", "coupling=quantum"], /'coupling' = "quantum".*'coherent', 'incoherent'/],
    [["eval", "coupled-tls", "heat-current-A", "--set", "betaA"], /'--set' = "betaA".*name=value/],
    [["eval", "coupled-tls", "heat-current-A", "--set", "coupling=incoherent", "--set", "omegaB=2"], /'omega/],
  ])("rejects %j with exit 2 and a message naming the parameter", async (args, message) => {
    const r = await run(...(args as string[]));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});

describe("qtherm verify, claims, errata", () => {
  it("verifies a selection and exits 0 when every verdict is expected", async () => {
    const r = await run("verify", "coupled-tls/current-sum-rule", "--json", "--runs", "10");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.summary.total).toBe(1);
    expect(report.verdicts[0].status).toBe("holds");
    expect(report.numRuns).toBe(10);
  });

  it("reports a registered failure with its counterexample and replay path", async () => {
    const r = await run("verify", "coupled-tls/coherent-second-law", "--json");
    expect(r.code).toBe(0);
    const v = JSON.parse(r.out).verdicts[0];
    expect(v.status).toBe("fails");
    expect(v.expectedStatus).toBe("fails");
    expect(v.path).toBeDefined();
    expect(v.counterexample).toBeDefined();
  });

  it("rejects a pattern that matches nothing", async () => {
    const r = await run("verify", "no-such-model");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/'pattern' = "no-such-model"/);
  });

  it("lists claims and errata as JSON", async () => {
    const claims = JSON.parse((await run("claims", "coupled-tls", "--json")).out);
    expect(claims.length).toBeGreaterThan(10);
    expect(claims.every((c: { source: { doc: string } }) => c.source.doc === "004_a34d5d2333a6057f.txt")).toBe(true);
    const errata = JSON.parse((await run("errata", "--json")).out);
    expect(errata.some((e: { id: string }) => e.id === "coupled-tls/heat-current-printed")).toBe(true);
  });

  it("rejects unknown commands and options as usage errors", async () => {
    expect((await run("frobnicate")).code).toBe(2);
    expect((await run("verify", "--no-such-option")).code).toBe(2);
  });
});

describe("qtherm figure, golden and compare", () => {
  it("writes figure data as JSON and CSV, never into the goldens", async () => {
    const dir = mkdtempSync(join(tmpdir(), "qtherm-figure-"));
    const r = await run("figure", FIGURE, "--out", dir);
    expect(r.code).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, "coupled-tls", "heat-current-vs-coupling.ci.json"), "utf8"));
    expect(written.id).toBe(FIGURE);
    expect(existsSync(join(dir, "coupled-tls", "heat-current-vs-coupling.ci.csv"))).toBe(true);
    const refused = await run("figure", FIGURE, "--out", "goldens");
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/golden update/);
  });

  it("verifies the stored golden", async () => {
    const r = await run("golden", "verify", FIGURE);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^ok /);
  });

  it("accepts a user's CSV equal to the golden and rejects a perturbed one", async () => {
    const golden = readGolden(FIGURE, "ci");
    const names = golden.columns.map((c) => c.name);
    const csv = (data: Record<string, number[]>) =>
      `${names.join(",")}\n${data[names[0]].map((_, i) => names.map((n) => data[n][i]).join(",")).join("\n")}\n`;
    const dir = mkdtempSync(join(tmpdir(), "qtherm-compare-"));
    writeFileSync(join(dir, "good.csv"), csv(golden.data));
    const good = await run("compare", join(dir, "good.csv"), "--golden", FIGURE);
    expect(good.code).toBe(0);
    expect(good.out).toMatch(/PASS/);

    const column = names.find((n) => n !== golden.grid)!;
    const bad = { ...golden.data, [column]: golden.data[column].map((v, i) => (i === 2 ? v * 1.01 : v)) };
    writeFileSync(join(dir, "bad.csv"), csv(bad));
    const failed = await run("compare", join(dir, "bad.csv"), "--golden", FIGURE, "--json");
    expect(failed.code).toBe(1);
    const report = JSON.parse(failed.out);
    const worst = report.columns.find((c: { column: string }) => c.column === column);
    expect(worst.worstIndex).toBe(2);

    const { [column]: _dropped, ...missing } = golden.data;
    writeFileSync(join(dir, "missing.json"), JSON.stringify({ data: missing }));
    const partial = await run("compare", join(dir, "missing.json"), "--golden", FIGURE);
    expect(partial.code).toBe(0); // the columns present are compared; the absent one is listed
    expect(partial.out).toMatch(new RegExp(`not compared.*${column}`));
    const rejected = await run("compare", join(dir, "missing.json"), "--golden", FIGURE, "--require-all");
    expect(rejected.code).toBe(2);
    expect(rejected.err).toContain(column);
  });
});
