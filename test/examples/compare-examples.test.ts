import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { readGolden } from "../../src/goldens/golden-store.js";

/**
 * The worked examples of `qtherm compare`: independent Python (numpy) and Julia
 * implementations of the coupled-tls figure write a CSV that must pass against
 * the golden. Python with numpy is required (a missing interpreter fails with
 * instructions). Julia is not installable on the CI image: the Julia example is
 * run only when `julia` is on the PATH — the one conditional of the suite —
 * and otherwise only its output format is checked statically.
 */
const root = resolve(__dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "qtherm-examples-"));
const GOLDEN = "coupled-tls/heat-current-vs-coupling";

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = { out: (s) => void (out += `${s}\n`), err: (s) => void (err += `${s}\n`), interactive: false };
  const code = await main(["node", "qtherm", ...args], io);
  return { code, out, err };
}

function python(...args: string[]) {
  const r = spawnSync("python3", [join(root, "examples", "python", "compare_coupled_tls.py"), ...args], { encoding: "utf8", timeout: 30_000 });
  expect(r.error, "python3 not found: install it with 'apt-get install -y python3 python3-numpy'").toBeUndefined();
  expect(r.stderr, "the Python example needs numpy: 'apt-get install -y python3-numpy' or 'pip install numpy'").not.toMatch(/No module named 'numpy'/);
  expect(r.status, r.stderr).toBe(0);
}

describe("worked examples for qtherm compare", () => {
  it("the Python example on the golden's grid passes compare", async () => {
    const csv = join(dir, "python.csv");
    python(csv);
    const r = await run("compare", csv, "--golden", GOLDEN, "--json");
    expect(r.code, r.out + r.err).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.close).toBe(true);
    expect(json.interpolated).toBe(false);
    // an independent implementation agrees far inside the golden's rtol 1e-9 on the exact columns
    for (const c of json.columns) expect(c.worstRelativeError, c.column).toBeLessThan(1e-9);
  });

  it("on a finer grid containing the golden's points it is interpolated (and says so) and still passes", async () => {
    const csv = join(dir, "python-17.csv");
    python(csv, "--points", "17"); // log grid of 17 points ⊃ the 9-point grid
    const r = await run("compare", csv, "--golden", GOLDEN);
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toMatch(/your data were interpolated linearly/);
    expect(r.out).toMatch(/PASS against coupled-tls\/heat-current-vs-coupling/);
  });

  it("a coarser grid cannot meet rtol 1e-9 by linear interpolation: compare fails with per-column worst points", async () => {
    const csv = join(dir, "python-5.csv");
    python(csv, "--points", "5");
    const r = await run("compare", csv, "--golden", GOLDEN);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/FAIL heatCurrentCoherentExact: worst at epsilonOverGamma=/);
  });

  it("the Julia example: run when julia is on the PATH, else its CSV header is checked against the golden's schema", async () => {
    const script = join(root, "examples", "julia", "compare_coupled_tls.jl");
    const header = readGolden(GOLDEN, "ci").columns.map((c) => c.name).join(",");
    expect(readFileSync(script, "utf8")).toContain(`println(f, "${header}")`);
    const julia = spawnSync("julia", ["--version"], { encoding: "utf8" });
    if (julia.error) {
      console.warn("julia not found: examples/julia/compare_coupled_tls.jl was NOT run (header checked only)");
      return;
    }
    const csv = join(dir, "julia.csv");
    const r = spawnSync("julia", [script, csv], { encoding: "utf8", timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const c = await run("compare", csv, "--golden", GOLDEN);
    expect(c.code, c.out).toBe(0);
  });

  it("compare --schema prints the columns, units and grid a file must have", async () => {
    const golden = readGolden(GOLDEN, "ci");
    const r = await run("compare", "--schema", GOLDEN, "--json");
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.out);
    expect(schema.columns.map((c: { name: string }) => c.name)).toEqual(golden.columns.map((c) => c.name));
    expect(schema.columns[0].unit).toBe(golden.columns[0].unit);
    expect(schema.grid).toMatchObject({ column: "epsilonOverGamma", points: 9, min: 0.001, max: 1, spacing: "log-spaced" });
    const text = await run("compare", "--schema", GOLDEN);
    expect(text.out).toMatch(/epsilonOverGamma \[grid\] — unit 1/);
    expect(text.out).toMatch(/9 points, log-spaced, from 0\.001 to 1/);
    const missing = await run("compare");
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/'file' = "missing"/);
  });
});
