import { VERDICT_STATUSES, type VerdictStatus } from "../core/claim.js";
import { QthermError } from "../core/errors.js";
import type { ReportEntry, VerifyReport } from "./json-report.js";

/**
 * Combines the partial reports of `qtherm verify --shard i/n` into the report
 * of the whole selection. The result lists verdicts in the selection's order
 * and recomputes the summary; its elapsedMs is the sum of the shards' run
 * times (machine time, not wall time).
 * @throws QthermError when a file is not a shard, the shards disagree (seed,
 * property runs, selection, shard count, qtherm version, commit), overlap (a shard index
 * or claim twice), or are incomplete (names the missing shards and claims).
 */
export function mergeReports(parts: readonly { readonly origin: string; readonly report: VerifyReport }[]): VerifyReport {
  if (parts.length === 0) throw new QthermError("merge: no partial reports given");
  for (const { origin, report } of parts) {
    if (report.schema !== "qtherm-report/1") throw new QthermError(`merge: ${origin} is not a qtherm report (schema '${String(report.schema)}')`);
    if (report.shard === undefined) throw new QthermError(`merge: ${origin} is not a shard (written without --shard i/n); only partial results of one sharded run can be merged`);
  }
  const first = parts[0];
  const s0 = first.report.shard!;
  for (const { origin, report } of parts.slice(1)) {
    const s = report.shard!;
    const differences = [
      report.seed !== first.report.seed && `seed ${report.seed} vs ${first.report.seed}`,
      report.numRuns !== first.report.numRuns && `property runs ${report.numRuns} vs ${first.report.numRuns}`,
      report.version !== first.report.version && `qtherm version ${report.version} vs ${first.report.version}`,
      report.commit !== first.report.commit && `commit ${report.commit} vs ${first.report.commit}`,
      (report.pattern ?? null) !== (first.report.pattern ?? null) && `pattern '${report.pattern}' vs '${first.report.pattern}'`,
      s.count !== s0.count && `shard count ${s.count} vs ${s0.count}`,
      s.selection.join("\n") !== s0.selection.join("\n") && `claim selection (${s.selection.length} vs ${s0.selection.length} claims)`,
    ].filter((d): d is string => typeof d === "string");
    if (differences.length > 0) throw new QthermError(`merge: ${origin} and ${first.origin} come from different runs: ${differences.join("; ")}`);
  }
  const byIndex = new Map<number, string>();
  const entries = new Map<string, ReportEntry>();
  for (const { origin, report } of parts) {
    const previous = byIndex.get(report.shard!.index);
    if (previous !== undefined) throw new QthermError(`merge: overlapping shards: ${origin} and ${previous} are both shard ${report.shard!.index}/${s0.count}`);
    byIndex.set(report.shard!.index, origin);
    for (const v of report.verdicts) {
      if (entries.has(v.id)) throw new QthermError(`merge: overlapping shards: claim ${v.id} appears twice (again in ${origin})`);
      if (!s0.selection.includes(v.id)) throw new QthermError(`merge: ${origin} holds claim ${v.id}, which is not in the run's selection`);
      entries.set(v.id, v);
    }
  }
  const missingShards = Array.from({ length: s0.count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  const missingClaims = s0.selection.filter((id) => !entries.has(id));
  if (missingShards.length > 0 || missingClaims.length > 0) {
    const shards = missingShards.length > 0 ? `missing shard${missingShards.length > 1 ? "s" : ""} ${missingShards.map((i) => `${i}/${s0.count}`).join(", ")}` : "every shard present";
    const claims = missingClaims.length > 0 ? `; ${missingClaims.length} claim(s) without a verdict: ${missingClaims.slice(0, 10).join(", ")}${missingClaims.length > 10 ? ", …" : ""}` : "";
    throw new QthermError(`merge: incomplete shard set (${parts.length} of ${s0.count} given): ${shards}${claims}`);
  }
  const verdicts = s0.selection.map((id) => entries.get(id)!);
  const byStatus = Object.fromEntries(VERDICT_STATUSES.map((s) => [s, 0])) as Record<VerdictStatus, number>;
  for (const v of verdicts) byStatus[v.status]++;
  const dates = parts.map((p) => p.report.date).sort();
  return {
    schema: "qtherm-report/1",
    version: first.report.version,
    commit: first.report.commit,
    date: dates[dates.length - 1],
    seed: first.report.seed,
    numRuns: first.report.numRuns,
    pattern: first.report.pattern ?? null,
    elapsedMs: parts.reduce((t, p) => t + p.report.elapsedMs, 0),
    summary: {
      total: verdicts.length,
      unexpected: verdicts.filter((v) => v.unexpected).length,
      byStatus,
      errata: verdicts.filter((v) => v.erratum?.role === "printed").length,
    },
    verdicts,
  };
}
