import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { checkSolverProcess } from "../../src/index.js";
import { gone, isRunning, pythonWith } from "../examples/python-interpreter.js";

/**
 * `qtherm check-solver` against misbehaving solvers (test/fixtures/solvers/): each gets a
 * verdict naming the request, the documented exit code, and no process is left behind (every
 * fixture writes its pid to the file given as its first argument). Ctrl-C and SIGTERM during
 * a hung request kill the solver too.
 */
const root = resolve(__dirname, "..", "..");
const fixtures = join(root, "test", "fixtures", "solvers");
const dir = mkdtempSync(join(tmpdir(), "qtherm-check-solver-"));
const python = pythonWith();

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = { out: (s) => void (out += `${s}\n`), err: (s) => void (err += `${s}\n`), interactive: false, columns: 200 };
  const code = await main(["node", "qtherm", ...args], io);
  return { code, out, err };
}

let cases = 0;
/** Runs a fixture through the CLI; returns the result and the solver's pid. */
async function fixture(name: string, extra: readonly string[] = [], ...args: string[]) {
  const pidFile = join(dir, `${name}-${++cases}.pid`);
  const command = [python, join(fixtures, `${name}.py`), pidFile, ...extra].join(" ");
  const r = await run("check-solver", "coupled-tls", "--exec", command, "--runs", "5", ...args);
  const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, "utf8")) : undefined;
  return { ...r, pid };
}

describe("check-solver: a misbehaving solver gets a verdict naming the request, exit 1, and is cleaned up", () => {
  it.each([
    ["crash_solver", [], [], "exit", /SOLVER MISBEHAVED \(exit\): the solver exited with code 3 while answering request #1 \(heat-current-A\)[\s\S]*request: \{"id":1,"quantity":"heat-current-A","params":\{"omegaA":[\s\S]*fixture: simulated crash in the solver/],
    ["crash_solver", ["4"], [], "exit", /solver-heat-current +│ agreement │ stopped[\s\S]*solver-heat-current-second-law +│ +│ not run[\s\S]*SOLVER MISBEHAVED \(exit\): the solver exited with code 3 while answering request #5 \(heat-current-A\)/],
    ["hang_solver", [], ["--timeout", "1"], "timeout", /SOLVER MISBEHAVED \(timeout\): the solver did not answer request #1 \(heat-current-A\) within 1 s \(the per-request timeout, a guard against a hung solver; --timeout\)/],
    ["garbage_solver", [], [], "not-json", /SOLVER MISBEHAVED \(not-json\): the solver printed a line that is not JSON: "computing J_A for [\d.e-]+" \(the protocol reserves stdout for JSON lines; write logs to stderr\) in answer to request #1 \(heat-current-A\)/],
    ["wrong_id_solver", [], [], "wrong-id", /SOLVER MISBEHAVED \(wrong-id\): the solver answered request 1 with id 2/],
    ["bad_handshake_solver", [], [], "handshake", /SOLVER MISBEHAVED \(handshake\): the solver's handshake is wrong: the handshake names protocol "qtherm-solver\/0"; qtherm speaks "qtherm-solver\/1"/],
  ] as const)("%s %j: %s", async (name, extra, args, kind, message) => {
    const r = await fixture(name, extra, ...args);
    expect(r.code, r.out + r.err).toBe(1);
    expect(r.out).toMatch(message);
    expect(r.out).toMatch(/FAIL: the solver misbehaved/);
    expect(r.pid, "the fixture wrote its pid").toBeTypeOf("number");
    expect(r.out).toContain(`(${kind})`);
    expect(await gone(r.pid!), `solver process ${r.pid} still running`).toBe(true);
  });

  it("--json: the fault with its kind, request and stderr; --html writes the page", async () => {
    const html = join(dir, "html");
    const r = await fixture("crash_solver", ["1"], "--json", "--html", html);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report).toMatchObject({ model: "coupled-tls", holds: false, protocol: "qtherm-solver/1", timeoutSeconds: 10, requests: 2, fault: { kind: "exit", request: { id: 2, quantity: "heat-current-A" } } });
    expect(report.fault.stderr).toContain("simulated crash");
    expect(report.stopped.check).toBe("coupled-tls/solver-heat-current");
    const page = readFileSync(join(html, "index.html"), "utf8");
    expect(page).toContain("The solver misbehaved: exit");
    expect(page).toContain("stopped (the solver misbehaved)");
    expect(JSON.parse(readFileSync(join(html, "report.json"), "utf8")).fault.kind).toBe("exit");
    expect(await gone(r.pid!)).toBe(true);
  });

  it.each([
    ["nan_solver", "coupled-tls/solver-heat-current", /request #(\d+) \(heat-current-A\): the solver returned heatCurrentA\(params\) = NaN; expected a finite number/, /answer: NaN/],
    ["wrong_shape_solver", "coupled-tls/solver-steady-state", /request #(\d+) \(steady-state\): the solver returned steadyState\(params\)\.re = 3 rows; expected 4 rows/, /answer: \{"re":\[\[1,0,0\]/],
  ] as const)("%s: the check fails at the request, shrunk and replayable", async (name, check, message, answer) => {
    const r = await fixture(name);
    expect(r.code, r.out + r.err).toBe(1);
    expect(r.out).toContain(`${check} FAILS: counterexample`);
    const named = r.out.match(message);
    expect(named, r.out).not.toBeNull();
    // the request named in the verdict is the one listed with its params and answer
    expect(r.out).toMatch(new RegExp(`request #${named![1]}: \\{"id":${named![1]},"quantity":`));
    expect(r.out).toMatch(answer);
    expect(r.out).toMatch(/replay: qtherm check-solver coupled-tls --exec '.*' --seed 20140401 --path [\d:]+ --quantities /);
    expect(await gone(r.pid!)).toBe(true);
  });

  it("a command that cannot start, and a solver that exits before its handshake", async () => {
    const missing = await run("check-solver", "coupled-tls", "--exec", "qtherm-no-such-solver --flag");
    expect(missing.code).toBe(1);
    expect(missing.out).toMatch(/SOLVER MISBEHAVED \(start\): could not start the solver command "qtherm-no-such-solver --flag": spawn qtherm-no-such-solver ENOENT/);
    const early = await run("check-solver", "coupled-tls", "--exec", `${python} -c "import sys; sys.stderr.write('no numpy here\\n'); sys.exit(2)"`);
    expect(early.code).toBe(1);
    expect(early.out).toMatch(/SOLVER MISBEHAVED \(exit\): the solver exited with code 2 before its handshake[\s\S]*no numpy here/);
  });
});

describe("check-solver: usage errors exit 2 (the solver, if started, is cleaned up)", () => {
  it.each([
    [["check-solver", "no-such-model", "--exec", "true"], /'model' = "no-such-model" is not allowed: expected one of 'coupled-tls'/],
    [["check-solver", "coupled-tls", "--exec", "true", "--quantities", "conductance"], /'quantities' = "conductance" .*quantities of coupled-tls: steady-state, heat-current-A/],
    [["check-solver", "coupled-tls", "--exec", "true", "--timeout", "0"], /'--timeout' = "0" .*a number of seconds > 0/],
    [["check-solver", "coupled-tls", "--exec", "true", "--initial", "thermal"], /'initial' = "thermal" .*only with model 'set-entropy-production'/],
    [["check-solver", "coupled-tls"], /required option '--exec <command>' not specified/],
  ])("%j", async (args, message) => {
    const r = await run(...args);
    expect(r.code, r.out + r.err).toBe(2);
    expect(r.err).toMatch(message);
  });

  it("a quantity the solver does not offer is refused after the handshake, and the solver is ended", async () => {
    const r = await fixture("crash_solver", [], "--quantities", "steady-state");
    expect(r.code, r.out + r.err).toBe(2);
    expect(r.err).toMatch(/'quantities' = "steady-state" .*quantities the solver offers: heat-current-A/);
    expect(await gone(r.pid!)).toBe(true);
  });
});

describe("checkSolverProcess (TypeScript API)", () => {
  it("reports the fault with the request, the pid, and leaves no process", async () => {
    const pidFile = join(dir, "api.pid");
    const report = await checkSolverProcess("coupled-tls", `${python} ${join(fixtures, "crash_solver.py")} ${pidFile} 2`, { numRuns: 3 });
    expect(report.holds).toBe(false);
    expect(report.fault).toMatchObject({ kind: "exit", request: { id: 3, quantity: "heat-current-A" } });
    expect(report.fault?.stderr).toContain("simulated crash");
    expect(report.requests).toBe(3);
    expect(report.timeoutSeconds).toBe(10);
    expect(report.stopped?.notRun).toEqual(["coupled-tls/solver-heat-current-second-law"]);
    expect(report.pid).toBe(Number(readFileSync(pidFile, "utf8")));
    expect(await gone(report.pid!)).toBe(true);
  });

  it("an AbortSignal stops a hung request at once and kills the solver", async () => {
    const pidFile = join(dir, "abort.pid");
    const controller = new AbortController();
    const running = checkSolverProcess("coupled-tls", `${python} ${join(fixtures, "hang_solver.py")} ${pidFile}`, { numRuns: 3, timeoutSeconds: 60, signal: controller.signal });
    const pid = await waitForPid(pidFile);
    await new Promise((r) => setTimeout(r, 300));
    controller.abort();
    await expect(running).rejects.toMatchObject({ name: "AbortError" });
    expect(await gone(pid)).toBe(true);
  });
});

async function waitForPid(file: string): Promise<number> {
  for (let i = 0; i < 600 && !(existsSync(file) && readFileSync(file, "utf8") !== ""); i++) await new Promise((r) => setTimeout(r, 50));
  return Number(readFileSync(file, "utf8"));
}

describe("check-solver from the shell: Ctrl-C and SIGTERM during a hung request", () => {
  const bin = join(root, "bin", "qtherm.js");
  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)("%s: qtherm exits %i and the solver is killed", async (signal, exitCode) => {
    expect(existsSync(join(root, "dist", "cli", "main.js")), "dist/ is missing: run `npm run build` (npm test does)").toBe(true);
    const pidFile = join(dir, `${signal}.pid`);
    const child = spawn(process.execPath, [bin, "check-solver", "coupled-tls", "--exec", `${python} ${join(fixtures, "hang_solver.py")} ${pidFile}`, "--timeout", "120"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    child.stderr.on("data", (d) => (err += String(d)));
    const exited = new Promise<number | null>((r) => child.on("close", (code) => r(code)));
    const pid = await waitForPid(pidFile);
    await new Promise((r) => setTimeout(r, 2500)); // the request is sent once the check worker has started
    expect(isRunning(pid)).toBe(true);
    child.kill(signal);
    expect(await exited).toBe(exitCode);
    expect(err).toMatch(/stopped by .*the solver was killed/);
    expect(await gone(pid), `solver ${pid} survived ${signal}`).toBe(true);
  });
});
