import { VERDICT_STATUSES, type Claim, type Erratum, type Evidence, type Verdict, type VerdictStatus } from "../core/claim.js";
import { criterionReasons, describeCriterion, type Criterion } from "../core/criterion.js";
import { citeSource } from "../core/sources.js";

/** The machine-readable result of `qtherm verify --json`. */
export interface VerifyReport {
  readonly schema: "qtherm-report/1";
  readonly version: string;
  readonly commit: string;
  readonly date: string;
  readonly seed: number;
  readonly numRuns: number;
  readonly pattern: string | null;
  readonly elapsedMs: number;
  readonly summary: {
    readonly total: number;
    readonly unexpected: number;
    readonly byStatus: Readonly<Record<VerdictStatus, number>>;
    readonly errata: number;
  };
  readonly verdicts: readonly ReportEntry[];
  /** Set on a partial result of `qtherm verify --shard i/n`; `qtherm merge` combines the shards. */
  readonly shard?: ShardInfo;
  /** Where the run happened: the linear-algebra backend, Node, the platform. */
  readonly environment?: { readonly linalg: string; readonly node: string; readonly platform: string };
}

/** Which slice of a selection a partial report holds (`--shard index/count`, index 1-based). */
export interface ShardInfo {
  readonly index: number;
  readonly count: number;
  /** Every claim id of the whole selection, sorted: what the complete set of shards must cover. */
  readonly selection: readonly string[];
}

export interface ReportEntry {
  readonly id: string;
  readonly model: string;
  readonly kind: Claim["kind"];
  /** The seed document, the place in it, and its citation ("Usui et al., eq. (10)"). */
  readonly source: Claim["source"] & { readonly citation?: string };
  readonly statement: string;
  /** The statement's formula in TeX, when the claim gives it. */
  readonly tex?: string;
  readonly status: VerdictStatus;
  readonly expectedStatus: VerdictStatus;
  readonly unexpected: boolean;
  readonly measuredError: number | null;
  /** The criterion the judge applied, as data. */
  readonly criterion: Criterion;
  /** The criterion as printed in every table (exactly what the judge used). */
  readonly criterionText: string;
  /** Why the criterion has these numbers (one line per part). */
  readonly criterionReason: string;
  readonly details: string;
  /** Set when the evidence could not decide: the step and the load-independent reason. */
  readonly undecided?: Verdict["undecided"];
  readonly seed?: number;
  readonly path?: string;
  /** The command that replays this claim's run, when it is not `qtherm verify <id> --seed … --path …` (e.g. a claim of a `qtherm check` file). */
  readonly replay?: string;
  readonly counterexample?: unknown;
  readonly order?: Verdict["order"];
  /** Plots and values of the evidence (non-finite numbers become null in JSON). */
  readonly evidence?: Evidence;
  /** The parameter region of the claim, in words. */
  readonly domain?: string;
  /** Set when the claim is one half of an erratum pair. */
  readonly erratum?: Erratum;
  readonly elapsedMs: number;
}

/** Builds the JSON report of a run. Infinite errors become null (JSON has no Infinity). */
export function buildVerifyReport(
  claims: readonly Claim[],
  verdicts: readonly Verdict[],
  meta: { version: string; commit: string; date: string; seed: number; numRuns: number; pattern?: string; elapsedMs: number; shard?: ShardInfo; environment?: VerifyReport["environment"] },
): VerifyReport {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const byStatus = Object.fromEntries(VERDICT_STATUSES.map((s) => [s, 0])) as Record<VerdictStatus, number>;
  for (const v of verdicts) byStatus[v.status]++;
  return {
    schema: "qtherm-report/1",
    version: meta.version,
    commit: meta.commit,
    date: meta.date,
    seed: meta.seed,
    numRuns: meta.numRuns,
    pattern: meta.pattern ?? null,
    elapsedMs: meta.elapsedMs,
    summary: {
      total: verdicts.length,
      unexpected: verdicts.filter((v) => v.unexpected).length,
      byStatus,
      errata: claims.filter((c) => c.erratum?.role === "printed").length,
    },
    ...(meta.shard !== undefined ? { shard: meta.shard } : {}),
    ...(meta.environment !== undefined ? { environment: meta.environment } : {}),
    verdicts: verdicts.map((v) => {
      const claim = byId.get(v.claimId);
      if (!claim) throw new Error(`verdict for unknown claim ${v.claimId}`);
      return {
        id: v.claimId,
        model: claim.model,
        kind: claim.kind,
        source: { ...claim.source, citation: citeSource(claim.source) },
        statement: claim.statement,
        ...(claim.tex !== undefined ? { tex: claim.tex } : {}),
        status: v.status,
        expectedStatus: v.expectedStatus,
        unexpected: v.unexpected,
        measuredError: Number.isFinite(v.measuredError) ? v.measuredError : null,
        criterion: v.criterion,
        criterionText: describeCriterion(v.criterion),
        criterionReason: criterionReasons(v.criterion).join(" | "),
        details: v.details,
        ...(v.undecided !== undefined ? { undecided: v.undecided } : {}),
        ...(v.seed !== undefined ? { seed: v.seed } : {}),
        ...(v.path !== undefined ? { path: v.path } : {}),
        ...(v.counterexample !== undefined ? { counterexample: v.counterexample } : {}),
        ...(v.order !== undefined ? { order: v.order } : {}),
        ...(v.evidence !== undefined ? { evidence: v.evidence } : {}),
        domain: claim.domain,
        ...(claim.erratum !== undefined ? { erratum: claim.erratum } : {}),
        elapsedMs: Math.round(v.elapsedMs),
      };
    }),
  };
}
