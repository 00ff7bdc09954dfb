import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { pythonWith } from "../examples/python-interpreter.js";

/**
 * The Python client of `qtherm serve` (clients/python/qtherm.py) is tested from Python: this
 * runs its unittest suite (clients/python/test_qtherm.py: eval, outer-product and zipped
 * sweeps, a pipelined sweep of 400 points, errors as exceptions naming the parameter, claims
 * and verify, shutdown with no process left) against the compiled bin, so CI runs it.
 */
const root = resolve(__dirname, "..", "..");

describe("Python client of qtherm serve", () => {
  it("python3 -m unittest clients/python passes", () => {
    expect(existsSync(join(root, "dist", "cli", "main.js")), "dist/ is missing: run `npm run build` (npm test does)").toBe(true);
    const python = pythonWith(); // the client needs the standard library only
    const r = spawnSync(python, ["-m", "unittest", "discover", "-s", "clients/python", "-p", "test_*.py", "-v"], {
      cwd: root,
      encoding: "utf8",
      timeout: 300_000,
      env: { ...process.env, QTHERM_SERVE_COMMAND: `${JSON.stringify(process.execPath)} ${JSON.stringify(join(root, "bin", "qtherm.js"))} serve` },
    });
    expect(r.error).toBeUndefined();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/test_sweep_is_the_outer_product_first_list_slowest .* ok/);
    expect(r.stderr).toMatch(/test_errors_are_exceptions_with_qtherms_message .* ok/);
    expect(r.stderr).toMatch(/test_leaving_the_with_block_ends_the_process .* ok/);
    expect(r.stderr).toMatch(/Ran \d+ tests[\s\S]*\nOK/);
  });
});
