import { describe, expect, it } from "vitest";
import { parseShard, shardItems } from "../../src/checks/shard.js";

const items = ["m/e", "m/a", "m/d", "m/c", "m/b", "n/a", "m/f"].map((id) => ({ id }));

describe("parseShard", () => {
  it.each([
    ["1/1", 1, 1],
    ["2/4", 2, 4],
    [" 3 / 3 ", 3, 3],
  ])("reads %j", (text, index, count) => {
    expect(parseShard(text)).toEqual({ index, count });
  });

  it.each(["0/2", "3/2", "1/0", "1", "a/b", "1/2/3", "-1/2", "1.5/2"])("rejects %j naming --shard", (text) => {
    expect(() => parseShard(text)).toThrow(/'--shard'.*1 ≤ i ≤ n/);
  });
});

describe("shardItems", () => {
  it("partitions: every item in exactly one shard, shard sizes differ by at most one", () => {
    for (const n of [1, 2, 3, 7, 10]) {
      const shards = Array.from({ length: n }, (_, i) => shardItems(items, { index: i + 1, count: n }));
      const all = shards.flat().map((x) => x.id).sort();
      expect(all, `n=${n}`).toEqual(items.map((x) => x.id).sort());
      const sizes = shards.map((s) => s.length);
      expect(Math.max(...sizes) - Math.min(...sizes), `sizes ${sizes}`).toBeLessThanOrEqual(1);
    }
  });

  it("assigns by rank in sorted id order, independent of the input order", () => {
    // sorted: m/a m/b m/c m/d m/e m/f n/a → ranks 0..6; shard 2/3 takes ranks 1 and 4
    expect(shardItems(items, { index: 2, count: 3 }).map((x) => x.id).sort()).toEqual(["m/b", "m/e"]);
    expect(shardItems([...items].reverse(), { index: 2, count: 3 }).map((x) => x.id).sort()).toEqual(["m/b", "m/e"]);
  });

  it("keeps the input order inside a shard", () => {
    expect(shardItems(items, { index: 1, count: 3 }).map((x) => x.id)).toEqual(["m/a", "m/d", "n/a"]) // input order: m/e, m/a, m/d, …, n/a;
  });
});
