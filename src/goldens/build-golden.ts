import type { FigureData, FigureDefinition, FigureSize } from "../core/model.js";
import { ParameterError } from "../core/errors.js";
import { GOLDEN_SCHEMA, type GoldenFile } from "./golden-file.js";

/** Provenance stamped on generated data: package version, git commit, date, Node version. */
export interface Provenance {
  readonly version: string;
  readonly commit: string;
  readonly date: string;
  readonly node: string;
}

/**
 * Assembles a golden file from freshly generated figure data, checking that
 * every schema column is present, equally long and finite.
 * @throws ParameterError naming the offending column.
 */
export function buildGolden(figure: FigureDefinition, size: FigureSize, data: FigureData, provenance: Provenance): GoldenFile {
  const columns = figure.schema.map((c) => c.name);
  if (!columns.includes(figure.grid)) throw new ParameterError(`grid of ${figure.id}`, figure.grid, `one of its columns: ${columns.join(", ")}`);
  const length = data.columns[figure.grid]?.length;
  const out: Record<string, number[]> = {};
  for (const name of columns) {
    const column = data.columns[name];
    if (column === undefined) throw new ParameterError(`column '${name}' of ${figure.id}`, "missing", "every column of the figure's schema");
    if (column.length !== length) throw new ParameterError(`column '${name}' of ${figure.id}`, column.length, `the grid length ${length}`);
    column.forEach((v, i) => {
      if (!Number.isFinite(v)) throw new ParameterError(`${figure.id} ${name}[${i}]`, v, "a finite number (the generator produced a non-finite value)");
    });
    out[name] = Array.from(column);
  }
  return {
    schema: GOLDEN_SCHEMA,
    id: figure.id,
    size,
    title: figure.title,
    claim: figure.claim,
    source: { ...figure.source },
    generator: `qtherm figure ${figure.id} --size ${size}`,
    params: { ...data.params },
    grid: figure.grid,
    columns: figure.schema.map((c) => ({ ...c })),
    tolerance: { ...figure.tolerance },
    provenance: { ...provenance },
    data: out,
  };
}
