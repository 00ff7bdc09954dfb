import { ParameterError } from "../core/errors.js";

/** A slice of a selection: shard `index` of `count` (1-based, as in CI matrices and SLURM arrays). */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/**
 * Parses "i/n" (1 ≤ i ≤ n) as given to `--shard`.
 * @throws ParameterError naming --shard, the text and the allowed form.
 */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count) {
    throw new ParameterError("--shard", text, "'i/n' with integers 1 ≤ i ≤ n, e.g. 2/4 (the second of four shards)");
  }
  return { index, count };
}

/**
 * The items of one shard: items are ranked by their id in sorted (code-unit)
 * order and item of rank r belongs to shard (r mod n) + 1. Deterministic and
 * independent of registration order, so every machine of a job array computes
 * the same partition; the returned items keep their input order.
 */
export function shardItems<T extends { readonly id: string }>(items: readonly T[], shard: Shard): T[] {
  const sorted = items.map((item) => item.id).sort();
  const rank = new Map(sorted.map((id, r) => [id, r]));
  return items.filter((item) => rank.get(item.id)! % shard.count === shard.index - 1);
}
