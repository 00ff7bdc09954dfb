import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Determinism: two runs of the same selection — serially, again serially, and on two
 * worker threads — give bit-identical JSON reports apart from the times and the date
 * (the only load-dependent fields). The selection covers every model, property claims,
 * symbolic derivations, limits and a golden.
 */
const root = resolve(__dirname, "..", "..");
const bin = resolve(root, "bin", "qtherm.js");
const SELECTION = [
  "coupled-tls",
  "two-site-chain-baths/symbolic-*",
  "oscillator-mediator/symbolic-*",
  "resonant-level-probes/f2-derivation",
  "set-entropy-production/clausius-to-eq7",
  "oscillator-mediator/golden-fig2-ci",
].join(",");

function report(...args: string[]): string {
  const r = spawnSync(process.execPath, [bin, "verify", SELECTION, "--json", "--runs", "15", ...args], { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 });
  expect(r.status, r.stderr.slice(-2000)).toBe(0);
  const parsed = JSON.parse(r.stdout) as Record<string, unknown> & { verdicts: Record<string, unknown>[] };
  const { date: _date, elapsedMs: _elapsed, ...rest } = parsed;
  return JSON.stringify({ ...rest, verdicts: parsed.verdicts.map(({ elapsedMs: _t, ...v }) => v) });
}

describe("reports are deterministic", () => {
  it("serial, serial again and --jobs 2 give identical reports apart from times and date", () => {
    const first = report();
    expect(JSON.parse(first).verdicts.length).toBeGreaterThan(25);
    expect(report()).toBe(first);
    expect(report("--jobs", "2")).toBe(first);
  }, 600_000);
});
