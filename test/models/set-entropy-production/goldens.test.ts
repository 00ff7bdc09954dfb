import { describe, expect, it } from "vitest";
import { compareWithGolden } from "../../../src/goldens/golden-compare.js";
import { readGolden } from "../../../src/goldens/golden-store.js";
import { setEntropyFigures } from "../../../src/models/set-entropy-production/figures.js";

describe("set-entropy-production ci goldens (regenerated and compared under each figure's tolerance)", () => {
  it.each(setEntropyFigures.map((f) => [f.id, f] as const))("%s matches goldens/…/ci", async (_id, figure) => {
    const golden = readGolden(figure.id, "ci");
    const data = await figure.generate("ci");
    const comparison = compareWithGolden(data.columns, golden);
    const worst = comparison.worst;
    expect(comparison.close, `${figure.id}: worst column ${worst?.column} (${JSON.stringify(worst?.result)})`).toBe(true);
  }, 30_000);

  it("a perturbed value is detected (the regression can fail)", async () => {
    const figure = setEntropyFigures[4];
    const golden = readGolden(figure.id, "ci");
    const data = await figure.generate("ci");
    const column = Object.keys(data.columns).find((c) => c !== figure.grid) as string;
    const perturbed = { ...data.columns, [column]: data.columns[column].map((v, i) => (i === 3 ? v * (1 + 1e-5) : v)) };
    expect(compareWithGolden(perturbed, golden).close).toBe(false);
  });
});
