import type { LegacyClaim as Claim, Outcome } from "../core/claim.js";
import type { FigureDefinition, FigureSize } from "../core/model.js";
import { compareWithGolden } from "./golden-compare.js";
import { readGolden } from "./golden-store.js";

/**
 * The golden regression of a figure as a claim: regenerated data equal the
 * stored golden within the golden's tolerance.
 */
export function goldenClaim(figure: FigureDefinition, size: FigureSize = "ci"): Claim {
  const [model, name] = figure.id.split("/");
  return {
    id: `${model}/golden-${name}-${size}`,
    model,
    source: figure.source,
    statement: `Regenerated ${size}-size data of '${figure.title}' equal goldens/${figure.id}.${size}.json`,
    kind: "golden",
    tolerance: figure.tolerance,
    domain: `the ${size} parameters stored in the golden`,
    verify: async (): Promise<Outcome> => {
      const golden = readGolden(figure.id, size);
      const data = await figure.generate(size);
      const comparison = compareWithGolden(data.columns, golden);
      const worst = comparison.worst;
      return {
        holds: comparison.close,
        measuredError: worst?.result.worstAbsoluteError ?? 0,
        details: worst
          ? `worst column '${worst.column}' at ${golden.grid} = ${worst.worstGridValue}: |Δ| = ${worst.result.worstAbsoluteError.toExponential(3)} (rel ${worst.result.worstRelativeError.toExponential(3)}), ${comparison.columns.reduce((n, c) => n + c.result.failures, 0)} points outside tolerance`
          : "no data columns",
        evidence: {
          plots: comparison.columns.map((c) => ({
            title: `${figure.id}: ${c.column}`,
            xLabel: golden.grid,
            yLabel: c.column,
            series: [
              { name: "golden", x: golden.data[golden.grid], y: golden.data[c.column] },
              { name: "regenerated", x: data.columns[golden.grid] as number[], y: data.columns[c.column] as number[] },
            ],
          })),
        },
      };
    },
  };
}
