import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { allClaims } from "../../src/checks/registry.js";
import { criterionOf, type Claim } from "../../src/core/claim.js";
import type { Criterion } from "../../src/core/criterion.js";

/**
 * The same verdict on every machine (issue: verdict stability). Every claim that touches
 * the symbolic layer — an identity criterion (or part), or the kinds identity and limit —
 * is verified once unloaded and once while two busy loops occupy both cores, each run in a
 * fresh process (no memoised derivation carries over); every verdict, measured error and
 * detail must be identical. A budget or limit that depended on time would show here.
 */
const root = resolve(__dirname, "..", "..");
const bin = resolve(root, "bin", "qtherm.js");

const usesIdentity = (c: Criterion): boolean => c.kind === "identity" || (c.kind === "all" && Object.values(c.parts).some(usesIdentity));
const touchesEngine = (c: Claim): boolean => c.kind === "identity" || c.kind === "limit" || usesIdentity(criterionOf(c));
const selected = allClaims().filter(touchesEngine).map((c) => c.id);

interface Entry {
  readonly id: string;
  readonly status: string;
  readonly measuredError: number | null;
  readonly details: string;
}

function verify(): Entry[] {
  const r = spawnSync(process.execPath, [bin, "verify", selected.join(","), "--json"], { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`qtherm verify exited ${r.status}: ${r.stderr.slice(-2000)}`);
  return (JSON.parse(r.stdout) as { verdicts: Entry[] }).verdicts.map(({ id, status, measuredError, details }) => ({ id, status, measuredError, details }));
}

const hogs: ChildProcess[] = [];
afterAll(() => hogs.forEach((h) => h.kill("SIGKILL")));

describe("verdicts under CPU load", () => {
  it("selects the claims that use the symbolic layer", () => {
    expect(existsSync(resolve(root, "dist", "cli", "main.js")), "dist/ is missing: run `npm run build` (npm test does)").toBe(true);
    expect(selected.length).toBeGreaterThan(40);
  });

  it("every verdict, measured error and detail of those claims is the same with both cores busy", () => {
    const unloaded = verify();
    for (let k = 0; k < 2; k++) hogs.push(spawn("sh", ["-c", "while :; do :; done"], { stdio: "ignore" }));
    const loaded = verify();
    hogs.forEach((h) => h.kill("SIGKILL"));
    expect(loaded.map((v) => v.id)).toEqual(unloaded.map((v) => v.id));
    const differing = loaded.flatMap((v, i) => (JSON.stringify(v) === JSON.stringify(unloaded[i]) ? [] : [{ unloaded: unloaded[i], loaded: v }]));
    expect(differing).toEqual([]);
    expect(unloaded.filter((v) => v.status === "undecided" || v.status === "error")).toEqual([]);
  }, 600_000);
});
