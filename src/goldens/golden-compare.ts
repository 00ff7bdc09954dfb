import { ParameterError } from "../core/errors.js";
import { compareArrays, type ArrayCloseness, type Tolerance } from "../core/tolerance.js";
import type { GoldenFile } from "./golden-file.js";

/**
 * Column-by-column comparison of data against a golden under the golden's
 * tolerance, reporting the worst point of each column.
 */

export interface ColumnComparison {
  readonly column: string;
  readonly result: ArrayCloseness;
  /** Grid value at the worst point. */
  readonly worstGridValue: number;
}

export interface GoldenComparison {
  readonly id: string;
  readonly close: boolean;
  readonly tolerance: Tolerance;
  readonly columns: readonly ColumnComparison[];
  /** The column with the largest error/allowed ratio. */
  readonly worst: ColumnComparison | undefined;
  /** Set when the data were interpolated onto the golden's grid. */
  readonly interpolated: boolean;
  /** Golden grid points outside the data's grid range (not compared). */
  readonly skippedPoints: number;
}

/**
 * Compares `data` (columns by name, including the grid column) with a golden.
 * With `interpolate`, data on a different grid are linearly interpolated onto the
 * golden's grid inside their range; otherwise the grids must be equal point by point.
 * @throws ParameterError for a missing column, a length mismatch, a non-finite value or an unsorted grid.
 */
export function compareWithGolden(
  data: Readonly<Record<string, readonly number[]>>,
  golden: GoldenFile,
  options: { interpolate?: boolean; columns?: readonly string[] } = {},
): GoldenComparison {
  const grid = golden.grid;
  const wanted = options.columns ?? golden.columns.map((c) => c.name).filter((name) => name !== grid);
  for (const name of [grid, ...wanted]) {
    const column = data[name];
    if (column === undefined) {
      throw new ParameterError(`column '${name}'`, "missing", `the columns of golden '${golden.id}': ${golden.columns.map((c) => c.name).join(", ")}`);
    }
    column.forEach((v, i) => {
      if (!Number.isFinite(v)) throw new ParameterError(`${name}[${i}]`, v, "a finite number");
    });
    if (column.length !== data[grid].length) {
      throw new ParameterError(`column '${name}' length`, column.length, `the grid length ${data[grid].length}`);
    }
  }
  const goldenGrid = golden.data[grid];
  const userGrid = data[grid];
  const sameGrid = userGrid.length === goldenGrid.length && userGrid.every((x, i) => Math.abs(x - goldenGrid[i]) <= 1e-12 * Math.max(1, Math.abs(goldenGrid[i])));
  if (!sameGrid && !options.interpolate) {
    throw new ParameterError(
      `grid '${grid}'`,
      `${userGrid.length} points [${userGrid[0]} … ${userGrid[userGrid.length - 1]}]`,
      `the golden's ${goldenGrid.length} points [${goldenGrid[0]} … ${goldenGrid[goldenGrid.length - 1]}] (or allow interpolation)`,
    );
  }
  let keep = goldenGrid.map((_, i) => i);
  if (!sameGrid) {
    assertStrictlyMonotone(userGrid, grid);
    const lo = Math.min(userGrid[0], userGrid[userGrid.length - 1]);
    const hi = Math.max(userGrid[0], userGrid[userGrid.length - 1]);
    keep = keep.filter((i) => goldenGrid[i] >= lo && goldenGrid[i] <= hi);
    if (keep.length === 0) throw new ParameterError(`grid '${grid}'`, `[${lo}, ${hi}]`, "a range that overlaps the golden's grid");
  }
  const columns: ColumnComparison[] = wanted.map((name) => {
    const expected = keep.map((i) => golden.data[name][i]);
    const actual = sameGrid ? data[name].slice() : keep.map((i) => interpolateLinear(userGrid, data[name], goldenGrid[i]));
    const result = compareArrays(actual, expected, golden.tolerance);
    return { column: name, result, worstGridValue: goldenGrid[keep[result.worstIndex]] };
  });
  const worst = columns.reduce<ColumnComparison | undefined>((w, c) => (w === undefined || c.result.worstRatio > w.result.worstRatio ? c : w), undefined);
  return {
    id: golden.id,
    close: columns.every((c) => c.result.close),
    tolerance: golden.tolerance,
    columns,
    worst,
    interpolated: !sameGrid,
    skippedPoints: goldenGrid.length - keep.length,
  };
}

/** Piecewise-linear interpolation of (x, y) at x0; x strictly monotone, x0 inside its range. */
export function interpolateLinear(x: readonly number[], y: readonly number[], x0: number): number {
  const increasing = x[x.length - 1] > x[0];
  let lo = 0;
  let hi = x.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (x[mid] <= x0 === increasing) lo = mid;
    else hi = mid;
  }
  if (x[hi] === x[lo]) return y[lo];
  const w = (x0 - x[lo]) / (x[hi] - x[lo]);
  return y[lo] + w * (y[hi] - y[lo]);
}

function assertStrictlyMonotone(x: readonly number[], name: string): void {
  if (x.length < 2) throw new ParameterError(`grid '${name}'`, x.length, "at least 2 points to interpolate");
  const sign = Math.sign(x[1] - x[0]);
  for (let i = 1; i < x.length; i++) {
    if (Math.sign(x[i] - x[i - 1]) !== sign || sign === 0) {
      throw new ParameterError(`grid '${name}'`, `${x[i - 1]}, ${x[i]} at index ${i}`, "a strictly monotone grid");
    }
  }
}
