import type { JudgedClaim } from "../core/claim.js";
import { close } from "../core/criterion.js";
import { QthermError } from "../core/errors.js";
import type { Pair } from "../core/measurement.js";
import type { FigureDefinition, FigureSize } from "../core/model.js";
import { readGolden } from "./golden-store.js";

/**
 * The golden regression of a figure as a claim: regenerated data equal the stored golden,
 * every point of every column, under the figure's tolerance (the criterion). A stored
 * golden whose tolerance is not the figure's is an error (regenerate it with
 * `qtherm golden update`), so the criterion printed is always the one the golden carries.
 */
export function goldenClaim(figure: FigureDefinition, size: FigureSize = "ci"): JudgedClaim {
  const [model, name] = figure.id.split("/");
  const criterion = close({ rtol: figure.tolerance.rtol, atol: figure.tolerance.atol, reason: figure.tolerance.reason });
  return {
    id: `${model}/golden-${name}-${size}`,
    model,
    source: figure.source,
    statement: `Regenerated ${size}-size data of '${figure.title}' equal goldens/${figure.id}.${size}.json`,
    kind: "golden",
    domain: `the ${size} parameters stored in the golden`,
    criterion,
    measure: async () => {
      const golden = readGolden(figure.id, size);
      if (golden.tolerance.rtol !== criterion.rtol || golden.tolerance.atol !== criterion.atol) {
        throw new QthermError(
          `goldens/${figure.id}.${size}.json has tolerance rtol ${golden.tolerance.rtol}, atol ${golden.tolerance.atol} but the figure declares rtol ${criterion.rtol}, atol ${criterion.atol}: regenerate it with 'qtherm golden update ${figure.id} --size ${size}'`,
        );
      }
      const data = await figure.generate(size);
      const grid = golden.grid;
      const gridValues = golden.data[grid];
      const pairs: Pair[] = [];
      for (const column of golden.columns.map((c) => c.name).filter((c) => c !== grid)) {
        const regenerated = data.columns[column];
        if (regenerated === undefined || regenerated.length !== gridValues.length) {
          throw new QthermError(`figure ${figure.id} (${size}) did not regenerate column '${column}' on the golden's ${gridValues.length}-point grid`);
        }
        golden.data[column].forEach((stored, i) => pairs.push({ label: `${column} at ${grid} = ${gridValues[i]}`, actual: regenerated[i], expected: stored }));
      }
      return {
        measurement: { kind: "pairs", pairs },
        plots: golden.columns
          .filter((c) => c.name !== grid)
          .map((c) => ({
            title: `${figure.id}: ${c.name}`,
            xLabel: grid,
            yLabel: c.name,
            series: [
              { name: "golden", x: gridValues, y: golden.data[c.name] },
              { name: "regenerated", x: data.columns[grid] as number[], y: data.columns[c.name] as number[] },
            ],
          })),
      };
    },
  };
}
