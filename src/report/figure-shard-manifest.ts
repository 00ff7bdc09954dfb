import { QthermError } from "../core/errors.js";
import type { ShardInfo } from "./json-report.js";

/** The partial result of `qtherm figure --all --shard i/n`: which figures this shard wrote, where. */
export interface FigureShardManifest {
  readonly schema: "qtherm-figure-shard/1";
  readonly size: "ci" | "paper";
  readonly version: string;
  readonly commit: string;
  readonly shard: ShardInfo;
  readonly figures: readonly { readonly id: string; readonly path: string; readonly seconds: number }[];
}

/** Every figure of a complete shard set, in the selection's order. */
export interface MergedFigures {
  readonly size: "ci" | "paper";
  readonly figures: readonly { readonly id: string; readonly path: string; readonly seconds: number }[];
}

/**
 * Checks that figure-shard manifests form one complete, non-overlapping set
 * (same size, selection, shard count, version and commit) and lists every
 * figure written. The figure files themselves need no merging.
 * @throws QthermError naming overlapping or missing shards and figures.
 */
export function mergeFigureShards(parts: readonly { readonly origin: string; readonly manifest: FigureShardManifest }[]): MergedFigures {
  if (parts.length === 0) throw new QthermError("merge: no figure shards given");
  const first = parts[0].manifest;
  const byIndex = new Map<number, string>();
  const figures = new Map<string, FigureShardManifest["figures"][number]>();
  for (const { origin, manifest } of parts) {
    const m = manifest;
    if (m.size !== first.size || m.shard.count !== first.shard.count || m.version !== first.version || m.commit !== first.commit || m.shard.selection.join("\n") !== first.shard.selection.join("\n")) {
      throw new QthermError(`merge: ${origin} and ${parts[0].origin} come from different figure runs (size, shard count, selection, version or commit differ)`);
    }
    const previous = byIndex.get(m.shard.index);
    if (previous !== undefined) throw new QthermError(`merge: overlapping shards: ${origin} and ${previous} are both shard ${m.shard.index}/${m.shard.count}`);
    byIndex.set(m.shard.index, origin);
    for (const f of m.figures) {
      if (figures.has(f.id)) throw new QthermError(`merge: overlapping shards: figure ${f.id} appears twice (again in ${origin})`);
      figures.set(f.id, f);
    }
  }
  const missingShards = Array.from({ length: first.shard.count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  const missing = first.shard.selection.filter((id) => !figures.has(id));
  if (missingShards.length > 0 || missing.length > 0) {
    throw new QthermError(
      `merge: incomplete figure shard set (${parts.length} of ${first.shard.count} given): ${missingShards.length > 0 ? `missing ${missingShards.map((i) => `${i}/${first.shard.count}`).join(", ")}` : "every shard present"}${missing.length > 0 ? `; figures not written: ${missing.join(", ")}` : ""}`,
    );
  }
  return { size: first.size, figures: first.shard.selection.map((id) => figures.get(id)!) };
}
