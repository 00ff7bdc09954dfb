import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * --jobs through the installed bin: the workers load the compiled
 * dist/checks/claim-worker.js (npm test builds dist/ first), and their
 * verdicts equal a serial run's.
 */
const root = resolve(__dirname, "..", "..");
const bin = resolve(root, "bin", "qtherm.js");

function verify(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, "verify", "coupled-tls/c*", "--runs", "10", "--json", ...args], { cwd: root, encoding: "utf8", timeout: 600_000 });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { verdicts: Array<Record<string, unknown>> };
}

describe("qtherm verify --jobs (bin)", () => {
  it("runs claims on worker threads from dist/ with the serial run's verdicts", () => {
    expect(existsSync(resolve(root, "dist", "checks", "claim-worker.js")), "dist/ is stale or missing: run `npm run build` (npm test does)").toBe(true);
    const strip = (v: Record<string, unknown>) => ({ ...v, elapsedMs: 0 });
    const serial = verify().verdicts.map(strip);
    const parallel = verify("--jobs", "2").verdicts.map(strip);
    expect(serial.length).toBeGreaterThanOrEqual(6);
    expect(parallel).toEqual(serial);
  });
});
