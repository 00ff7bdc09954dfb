import type { TopLevelSpec } from "vega-lite";
import type { EvidencePlot } from "../../core/claim.js";

/** One plotted point: the series it belongs to and its coordinates. */
export interface PlotRow {
  readonly series: string;
  readonly x: number;
  readonly y: number;
}

/** What the plot had to leave out, so the page can say so instead of hiding it. */
export interface PlotRows {
  readonly rows: readonly PlotRow[];
  /** Points dropped because a coordinate was not finite (NaN/∞, or null from JSON). */
  readonly nonFinite: number;
  /** Points dropped because a log axis cannot show a value ≤ 0. */
  readonly nonPositiveOnLog: number;
}

/**
 * Flattens an evidence plot into rows for Vega-Lite, dropping (and counting)
 * points a plot cannot show: non-finite coordinates, and values ≤ 0 on a log axis.
 */
export function plotRows(plot: EvidencePlot): PlotRows {
  const rows: PlotRow[] = [];
  let nonFinite = 0;
  let nonPositiveOnLog = 0;
  for (const s of plot.series) {
    const n = Math.min(s.x.length, s.y.length);
    for (let i = 0; i < n; i++) {
      const x = s.x[i] as number | null;
      const y = s.y[i] as number | null;
      if (x === null || y === null || !Number.isFinite(x) || !Number.isFinite(y)) {
        nonFinite++;
      } else if ((plot.logX && x <= 0) || (plot.logY && y <= 0)) {
        nonPositiveOnLog++;
      } else {
        rows.push({ series: s.name, x, y });
      }
    }
  }
  return { rows, nonFinite, nonPositiveOnLog };
}

/** Span (max/min of positive data) from which an axis the plot leaves unspecified is drawn logarithmic. */
export const AUTO_LOG_SPAN = 100;

/**
 * Whether an axis is logarithmic: as the plot states, or — when it does not
 * say (logX/logY undefined) — when all its values are positive and span at
 * least AUTO_LOG_SPAN (two decades), as on the log-spaced grids of the figures.
 */
export function useLogAxis(stated: boolean | undefined, values: readonly number[]): boolean {
  if (stated !== undefined) return stated;
  const finite = values.filter((v) => v !== null && Number.isFinite(v));
  if (finite.length < 2 || finite.some((v) => v <= 0)) return false;
  return Math.max(...finite) / Math.min(...finite) >= AUTO_LOG_SPAN;
}

/**
 * The Vega-Lite specification of an evidence plot: per series a line (colour
 * and dash by series name) and hollow markers of a different shape per series,
 * so that coinciding curves ("golden" and "regenerated") both stay visible; log
 * scales where the plot asks for them (or its positive data span two decades);
 * tooltips; zoom and pan bound to the scales. `subtitle` carries e.g. the
 * fitted order of a limit.
 */
export function evidencePlotSpec(plot: EvidencePlot, subtitle?: string): TopLevelSpec {
  const logX = useLogAxis(plot.logX, plot.series.flatMap((s) => [...s.x]));
  const logY = useLogAxis(plot.logY, plot.series.flatMap((s) => [...s.y]));
  const { rows } = plotRows({ ...plot, logX, logY });
  const x = { field: "x", type: "quantitative" as const, title: plot.xLabel, scale: logX ? { type: "log" as const } : { zero: false } };
  const y = { field: "y", type: "quantitative" as const, title: plot.yLabel, scale: logY ? { type: "log" as const } : { zero: false } };
  const legend = { orient: "bottom" as const, title: null };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: subtitle === undefined ? plot.title : { text: plot.title, subtitle },
    width: 440,
    height: 260,
    data: { values: rows.map((r) => ({ ...r })) },
    layer: [
      {
        mark: { type: "line", clip: true },
        params: [{ name: "zoom", select: "interval", bind: "scales" }],
        encoding: { x, y, color: { field: "series", type: "nominal", legend }, strokeDash: { field: "series", type: "nominal", legend: null } },
      },
      {
        mark: { type: "point", filled: false, tooltip: true, clip: true },
        encoding: {
          x,
          y,
          color: { field: "series", type: "nominal", legend: null },
          shape: { field: "series", type: "nominal", legend: null },
          // decreasing marker sizes: a later series drawn on an earlier one leaves its ring visible
          size: { field: "series", type: "nominal", legend: null, scale: { range: [130, 45, 20] } },
        },
      },
    ],
  };
}
