import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * End to end through the installed entry point: the `qtherm` bin runs the
 * compiled dist/ (npm test builds it first), in a separate process, as a user
 * scripting from Python or Julia would call it.
 */
const root = resolve(__dirname, "..", "..");
const bin = resolve(root, "bin", "qtherm.js");

function qtherm(...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8", timeout: 600_000 });
}

describe("the qtherm bin", () => {
  it("runs the compiled CLI", () => {
    expect(existsSync(resolve(root, "dist", "cli", "main.js")), "dist/ is missing: run `npm run build` (npm test does)").toBe(true);
    const r = qtherm("--version");
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("evaluates a quantity as JSON for other languages", () => {
    const r = qtherm("eval", "coupled-tls", "heat-current-A", "--set", "coupling=incoherent", "--set", "epsilon=0.001", "--json");
    expect(r.status, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.params.epsilon).toBe(0.001);
    expect(typeof json.value).toBe("number");
  });

  it("exits 2 with the parameter named on bad input", () => {
    const r = qtherm("eval", "coupled-tls", "heat-current-A", "--set", "gammaA=0");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/'gammaA' = 0/);
  });

  it("verifies a claim and exits 0", () => {
    const r = qtherm("verify", "coupled-tls/hot-to-cold", "--runs", "5");
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/1 claims: 1 holds; 0 unexpected/);
  });
});
