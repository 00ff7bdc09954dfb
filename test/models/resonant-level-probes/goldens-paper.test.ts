import { describe, expect, it } from "vitest";
import { compareWithGolden } from "../../../src/goldens/golden-compare.js";
import { readGolden } from "../../../src/goldens/golden-store.js";
import { resonantLevelFigures } from "../../../src/models/resonant-level-probes/figures.js";

/** Golden regression of Figs. 2–5 at the paper size (all regenerate in a few seconds). */
describe("resonant-level-probes goldens (paper size)", () => {
  it.each(resonantLevelFigures.map((f) => [f.id, f] as const))("%s regenerates within the golden's tolerance", async (_, figure) => {
    const golden = readGolden(figure.id, "paper");
    expect(golden.size).toBe("paper");
    const data = await figure.generate("paper");
    const result = compareWithGolden(data.columns, golden);
    const w = result.worst;
    expect(result.close, w ? `${w.column}: worst at grid ${w.worstGridValue}, actual ${w.result.worstActual}, golden ${w.result.worstExpected}` : "no columns").toBe(true);
  });
});
