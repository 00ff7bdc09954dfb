import { describe, expect, it } from "vitest";
import { mergeFigureShards, type FigureShardManifest } from "../../src/report/figure-shard-manifest.js";

const SELECTION = ["a/f1", "a/f2", "b/f1"];

function manifest(index: number, count: number, ids: string[], size: "ci" | "paper" = "paper"): FigureShardManifest {
  return {
    schema: "qtherm-figure-shard/1", size, version: "1.0.0", commit: "abc",
    shard: { index, count, selection: SELECTION },
    figures: ids.map((id) => ({ id, path: `/out/${id}.${size}.json`, seconds: 1 })),
  };
}

describe("mergeFigureShards", () => {
  it("lists every figure of a complete set in the selection's order", () => {
    const merged = mergeFigureShards([
      { origin: "2.json", manifest: manifest(2, 2, ["a/f2"]) },
      { origin: "1.json", manifest: manifest(1, 2, ["b/f1", "a/f1"]) },
    ]);
    expect(merged.figures.map((f) => f.id)).toEqual(SELECTION);
    expect(merged.size).toBe("paper");
  });

  it("names missing shards and figures, overlaps, and mixed runs", () => {
    expect(() => mergeFigureShards([{ origin: "1.json", manifest: manifest(1, 3, ["a/f1"]) }])).toThrow(/\(1 of 3 given\): missing 2\/3, 3\/3; figures not written: a\/f2, b\/f1/);
    expect(() => mergeFigureShards([{ origin: "1.json", manifest: manifest(1, 2, ["a/f1"]) }, { origin: "1b.json", manifest: manifest(1, 2, ["a/f2"]) }])).toThrow(/overlapping shards: 1b.json and 1.json/);
    expect(() => mergeFigureShards([{ origin: "1.json", manifest: manifest(1, 2, ["a/f1"]) }, { origin: "2.json", manifest: manifest(2, 2, ["a/f2", "b/f1"], "ci") }])).toThrow(/different figure runs/);
  });
});
