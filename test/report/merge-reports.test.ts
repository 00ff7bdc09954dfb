import { describe, expect, it } from "vitest";
import type { ReportEntry, VerifyReport } from "../../src/report/json-report.js";
import { mergeReports } from "../../src/report/merge-reports.js";

const SELECTION = ["m/a", "m/b", "m/c"];

function entry(id: string, status: ReportEntry["status"]): ReportEntry {
  return {
    id, model: "m", kind: "invariant", source: { doc: "d", where: "eq. (1)" }, statement: id, status,
    expectedStatus: "holds", unexpected: status !== "holds", measuredError: 0, criterion: { kind: "close", rtol: 0, atol: 1e-12, reason: "r" }, criterionText: "|Δ| ≤ 1e-12", criterionReason: "r", details: "", elapsedMs: 5,
  };
}

function shard(index: number, count: number, ids: string[], overrides: Partial<VerifyReport> = {}): VerifyReport {
  const verdicts = ids.map((id) => entry(id, id === "m/c" ? "fails" : "holds"));
  return {
    schema: "qtherm-report/1", version: "1.0.0", commit: "abc", date: `2026-01-0${index}`, seed: 7, numRuns: 10, pattern: "m", elapsedMs: 100 * index,
    summary: { total: 0, unexpected: 0, byStatus: { holds: 0, fails: 0, "erratum-printed": 0, "erratum-corrected": 0, "out-of-domain": 0, undecided: 0, error: 0 }, errata: 0 },
    verdicts, shard: { index, count, selection: SELECTION }, ...overrides,
  };
}

describe("mergeReports", () => {
  it("combines shards into the selection's order and recomputes the summary", () => {
    const merged = mergeReports([
      { origin: "b.json", report: shard(2, 2, ["m/b"]) },
      { origin: "a.json", report: shard(1, 2, ["m/c", "m/a"]) },
    ]);
    expect(merged.verdicts.map((v) => v.id)).toEqual(SELECTION);
    expect(merged.summary.total).toBe(3);
    expect(merged.summary.byStatus.holds).toBe(2);
    expect(merged.summary.byStatus.fails).toBe(1);
    expect(merged.summary.unexpected).toBe(1);
    expect(merged.elapsedMs).toBe(300); // 100 + 200: the shards' summed run times
    expect(merged.shard).toBeUndefined();
  });

  it("rejects an incomplete set, naming the missing shard and claims", () => {
    expect(() => mergeReports([{ origin: "a.json", report: shard(1, 3, ["m/a"]) }])).toThrow(/incomplete shard set \(1 of 3 given\): missing shards 2\/3, 3\/3; 2 claim\(s\) without a verdict: m\/b, m\/c/);
  });

  it("rejects overlapping shards", () => {
    expect(() => mergeReports([{ origin: "a.json", report: shard(1, 2, ["m/a"]) }, { origin: "a2.json", report: shard(1, 2, ["m/b"]) }])).toThrow(/overlapping shards: a2.json and a.json are both shard 1\/2/);
    expect(() => mergeReports([{ origin: "a.json", report: shard(1, 2, ["m/a", "m/b"]) }, { origin: "b.json", report: shard(2, 2, ["m/b", "m/c"]) }])).toThrow(/claim m\/b appears twice/);
  });

  it("rejects shards of different runs and files that are not shards", () => {
    expect(() => mergeReports([{ origin: "a.json", report: shard(1, 2, ["m/a"]) }, { origin: "b.json", report: shard(2, 2, ["m/b", "m/c"], { seed: 8 }) }])).toThrow(/different runs: seed 8 vs 7/);
    const { shard: _omit, ...plain } = shard(1, 1, SELECTION);
    expect(() => mergeReports([{ origin: "full.json", report: plain }])).toThrow(/full.json is not a shard/);
  });
});
