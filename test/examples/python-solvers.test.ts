import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { splitCommand } from "../../src/solver-api/solver-process.js";
import { pythonWith } from "./python-interpreter.js";

/**
 * The worked examples of `qtherm check-solver` (examples/python/): independent NumPy solvers
 * and a QuTiP solver pass, the deliberately wrong solver fails with a counterexample whose
 * replay command reproduces it, the Python adapter's own tests pass, and the Julia adapter is
 * checked statically (Julia is not installed on our machines; it is run when `julia` is on the
 * PATH). Each test picks a Python interpreter that has the modules its example needs and fails
 * with the install command when none has.
 */
const root = resolve(__dirname, "..", "..");
const example = (name: string) => join("examples", "python", name);

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = { out: (s) => void (out += `${s}\n`), err: (s) => void (err += `${s}\n`), interactive: false, columns: 200 };
  const code = await main(["node", "qtherm", ...args], io);
  return { code, out, err };
}

describe("Python solvers checked by qtherm check-solver", () => {
  it("the NumPy coupled-tls solver passes every check through the installed bin (default 40 samples per check)", () => {
    expect(existsSync(join(root, "dist", "cli", "main.js")), "dist/ is missing: run `npm run build` (npm test does)").toBe(true);
    const python = pythonWith("numpy");
    const r = spawnSync(process.execPath, [join(root, "bin", "qtherm.js"), "check-solver", "coupled-tls", "--exec", `${python} ${example("coupled_tls_numpy_solver.py")}`], { cwd: root, encoding: "utf8", timeout: 300_000 });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/asked heat-current-A, steady-state; per-request timeout 10 s; seed 20140401, 40 samples per check/);
    for (const id of ["solver-steady-state", "solver-steady-state-physical", "solver-heat-current", "solver-heat-current-second-law"]) expect(r.stdout).toMatch(new RegExp(`coupled-tls/${id} +│ \\w+ +│ holds`));
    expect(r.stdout).toMatch(/PASS: 4 checks hold \(160 requests\)/);
  });

  it("the wrong solver (slide 5's printed J_A) fails agreement with a counterexample, and its replay command reproduces it", async () => {
    const python = pythonWith();
    const r = await run("check-solver", "coupled-tls", "--exec", `${python} ${example("coupled_tls_wrong_solver.py")}`, "--runs", "20", "--json");
    expect(r.code, r.err).toBe(1);
    const report = JSON.parse(r.out);
    const [agreement, secondLaw] = report.verdicts;
    expect(agreement.id).toBe("coupled-tls/solver-heat-current");
    expect(agreement.holds).toBe(false);
    expect(secondLaw.holds, "the printed formula has the right sign").toBe(true);
    expect(agreement.requests).toHaveLength(1);
    expect(agreement.requests[0].params).toEqual(agreement.counterexample);
    expect(agreement.replay).toMatch(/^qtherm check-solver coupled-tls --exec '.*coupled_tls_wrong_solver\.py' --seed 20140401 --path [\d:]+ --quantities heat-current-A$/);
    const argv = splitCommand(agreement.replay)!;
    expect(argv[0]).toBe("qtherm");
    const replay = await run(...argv.slice(1), "--json");
    expect(replay.code).toBe(1);
    const again = JSON.parse(replay.out).verdicts.find((v: { id: string }) => v.id === agreement.id);
    expect(again.holds).toBe(false);
    expect(again.counterexample, "the replay fails at the same shrunk point").toEqual(agreement.counterexample);
    expect(again.details).toContain(agreement.details.split("; ").at(-1));
  });

  it("the QuTiP coupled-tls solver passes every check", async () => {
    const python = pythonWith("numpy", "qutip");
    const r = await run("check-solver", "coupled-tls", "--exec", `${python} ${example("coupled_tls_qutip_solver.py")}`, "--runs", "20");
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toMatch(/solver: coupled_tls_qutip_solver\.py \(QuTiP [\d.]+ steadystate\)/);
    expect(r.out).toMatch(/PASS: 4 checks hold/);
  });

  it.each([
    ["oscillator-mediator", "oscillator_mediator_numpy_solver.py", [], 6],
    ["set-entropy-production", "set_entropy_numpy_solver.py", ["--initial", "thermal"], 2],
    ["resonant-level-probes", "resonant_level_numpy_solver.py", [], 3],
  ])("%s: the NumPy solver %s passes every check", async (model, file, options, checks) => {
    const python = pythonWith("numpy");
    const r = await run("check-solver", model, "--exec", `${python} ${example(file)}`, "--runs", "10", ...options);
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toContain(`PASS: ${checks} checks hold`);
  });
});

describe("the solver adapters", () => {
  it("the Python adapter's unit tests pass (python3 -m unittest in adapters/python)", () => {
    const python = pythonWith();
    const r = spawnSync(python, ["-m", "unittest", "discover", "-s", "adapters/python", "-p", "test_*.py", "-v"], { cwd: root, encoding: "utf8", timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/Ran \d+ tests[\s\S]*OK/);
  });

  it("the Julia adapter and example: run when julia is on the PATH, else checked statically (NOT run)", async () => {
    const adapter = readFileSync(join(root, "adapters", "julia", "QthermSolver.jl"), "utf8");
    expect(adapter).toContain('const PROTOCOL = "qtherm-solver/1"');
    for (const name of ["register!", "serve", "parse_json", "write_json"]) expect(adapter).toContain(`function ${name}(`);
    const exampleJl = join("examples", "julia", "coupled_tls_solver.jl");
    expect(readFileSync(join(root, exampleJl), "utf8")).toMatch(/register!\("heat-current-A"/);
    if (spawnSync("julia", ["--version"], { encoding: "utf8" }).error) {
      console.warn("julia not found: adapters/julia/QthermSolver.jl and examples/julia/coupled_tls_solver.jl were NOT run (checked statically)");
      return;
    }
    const r = await run("check-solver", "coupled-tls", "--exec", `julia ${exampleJl}`, "--runs", "10", "--startup-timeout", "300");
    expect(r.code, r.out + r.err).toBe(0);
  });
});
