import { describe, expect, it } from "vitest";
import { compareWithGolden } from "../../../src/goldens/golden-compare.js";
import { readGolden } from "../../../src/goldens/golden-store.js";
import { twoSiteChainBathsFigures } from "../../../src/models/two-site-chain-baths/figures.js";

describe("two-site-chain-baths goldens (ci size)", () => {
  it.each(twoSiteChainBathsFigures.map((f) => [f.id, f] as const))("%s regenerates within the golden's tolerance", async (_, figure) => {
    const golden = readGolden(figure.id, "ci");
    const data = await figure.generate("ci");
    const result = compareWithGolden(data.columns, golden);
    const w = result.worst;
    expect(result.close, w ? `${w.column}: worst at grid ${w.worstGridValue}, actual ${w.result.worstActual}, golden ${w.result.worstExpected}` : "no columns").toBe(true);
  });

  it.each(twoSiteChainBathsFigures.map((f) => [f.id] as const))("%s has a paper-size golden", (id) => {
    const golden = readGolden(id, "paper");
    expect(golden.size).toBe("paper");
  });
});
