/**
 * Compares the verdicts of a `qtherm verify --json` report with a stored snapshot
 * (default test/fixtures/verdicts-616b690.json, the verdicts before the claim kit):
 * every claim of the snapshot must be present with the same status, and its measured
 * error must agree to round-off — |a − b| ≤ 1e-9·max(|a|, |b|) + 1e-14 (measured errors are
 * normalised to O(1) scales, so 1e-14 is a few hundred ulps: the rounding of evaluating the
 * same quantity in another, equal arrangement) — unless the claim is listed in the
 * snapshot's `changed` map with the reason its measure was redefined.
 *
 *   npx tsx scripts/compare-verdicts.ts report.json [snapshot.json]
 *
 * Prints one line per difference and a summary; exits 1 on any unexplained difference.
 */
import { readFileSync } from "node:fs";

interface SnapshotEntry {
  readonly status: string;
  readonly measuredError: number | null;
}

interface Snapshot {
  readonly verdicts: Readonly<Record<string, SnapshotEntry>>;
  /** Claims whose measured error was deliberately redefined, with why. */
  readonly changed?: Readonly<Record<string, string>>;
}

interface ReportEntry {
  readonly id: string;
  readonly status: string;
  readonly measuredError: number | null;
}

/** Round-off agreement of two measured errors (null means ∞ in the JSON report). */
export function sameMeasuredError(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) + 1e-14;
}

/** The differences between a report and a snapshot, one line each. */
export function compareWithSnapshot(report: { verdicts: readonly ReportEntry[] }, snapshot: Snapshot): { readonly differences: string[]; readonly explained: string[] } {
  const byId = new Map(report.verdicts.map((v) => [v.id, v]));
  const differences: string[] = [];
  const explained: string[] = [];
  for (const [id, before] of Object.entries(snapshot.verdicts)) {
    const now = byId.get(id);
    if (now === undefined) {
      differences.push(`${id}: missing from the report`);
      continue;
    }
    if (now.status !== before.status) differences.push(`${id}: status ${before.status} → ${now.status}`);
    else if (!sameMeasuredError(before.measuredError, now.measuredError)) {
      const line = `${id}: measured error ${before.measuredError} → ${now.measuredError}`;
      const why = snapshot.changed?.[id];
      if (why !== undefined) explained.push(`${line} (redefined: ${why})`);
      else differences.push(line);
    }
  }
  return { differences, explained };
}

if (process.argv[1]?.endsWith("compare-verdicts.ts")) {
  const [reportPath, snapshotPath = new URL("../test/fixtures/verdicts-616b690.json", import.meta.url).pathname] = process.argv.slice(2);
  if (reportPath === undefined) {
    console.error("usage: npx tsx scripts/compare-verdicts.ts report.json [snapshot.json]");
    process.exit(2);
  }
  const report = JSON.parse(readFileSync(reportPath, "utf8")) as { verdicts: ReportEntry[] };
  const snapshot = JSON.parse(readFileSync(snapshotPath, "utf8")) as Snapshot;
  const { differences, explained } = compareWithSnapshot(report, snapshot);
  for (const line of explained) console.log(`explained  ${line}`);
  for (const line of differences) console.log(`DIFFERENT  ${line}`);
  const total = Object.keys(snapshot.verdicts).length;
  console.log(`${total} claims compared: ${total - differences.length - explained.length} identical, ${explained.length} with a redefined measure, ${differences.length} different`);
  process.exit(differences.length === 0 ? 0 : 1);
}
