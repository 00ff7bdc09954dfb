import type { EvidencePlot, EvidenceSeries } from "../core/claim.js";
import type { ClaimDomain, ParameterPoint } from "./claim-domain.js";

/**
 * The plots of a user's claim, from the samples its property measured: values against one
 * sampled parameter (the first real one in the file, else the sample's number), with the
 * shrunk counterexample marked. Only seeded samples enter, so the plots are as
 * load-independent as the verdict.
 */

/** Samples kept for the plots. */
const MAX_SAMPLES = 400;

/**
 * The values measured at the property's samples, in the order they were drawn, up to and
 * including the first failing one (after it, fast-check only tries shrink candidates; the
 * shrunk counterexample is plotted on its own).
 */
export class SampleLog<V> {
  readonly samples: { readonly point: ParameterPoint; readonly values: V }[] = [];
  private closed = false;

  add(point: ParameterPoint, values: V, holds: boolean): void {
    if (this.closed || this.samples.length >= MAX_SAMPLES) return;
    this.samples.push({ point, values });
    if (!holds) this.closed = true;
  }

  /**
   * Completes a run that stopped early (at its first failing sample) with seeded points of
   * the domain, measured for the plot only, so that the plot shows the formula over the
   * domain and not a single point. Points where the measurement throws are left out.
   */
  complete(target: number, points: (n: number) => readonly ParameterPoint[], measure: (point: ParameterPoint) => V): void {
    const missing = Math.min(target, MAX_SAMPLES) - this.samples.length;
    if (missing <= 0) return;
    for (const point of points(missing)) {
      try {
        this.samples.push({ point, values: measure(point) });
      } catch {
        // outside the model's relations, or the evidence breaks there: the verdict's details say so if it matters
      }
    }
  }
}

/** The parameter the plots use as abscissa: the first real sampled one, or undefined (then: sample number). */
export function abscissaOf(domain: ClaimDomain): string | undefined {
  for (const [name, s] of domain.sampled) if (s.kind === "real") return name;
  return undefined;
}

/**
 * Series y_k(sample) against the abscissa, sorted by it, one per named component of the
 * values, plus the counterexample's components (when there is one).
 */
export function samplePlot<V>(
  spec: { readonly title: string; readonly yLabel: string; readonly logY?: boolean },
  domain: ClaimDomain,
  log: SampleLog<V>,
  components: Readonly<Record<string, (v: V) => number>>,
  counterexample?: { readonly point: ParameterPoint; readonly values: V },
): EvidencePlot {
  const x = abscissaOf(domain);
  const xOf = (point: ParameterPoint, k: number) => (x === undefined ? k + 1 : (point[x] as number));
  const ordered = log.samples.map((s, k) => ({ x: xOf(s.point, k), values: s.values })).sort((a, b) => a.x - b.x);
  const series: EvidenceSeries[] = Object.entries(components).map(([name, f]) => ({ name, x: ordered.map((s) => s.x), y: ordered.map((s) => f(s.values)) }));
  if (counterexample !== undefined) {
    const single = Object.keys(components).length === 1;
    for (const [name, f] of Object.entries(components)) {
      series.push({ name: single ? "shrunk counterexample" : `shrunk counterexample: ${name}`, x: [xOf(counterexample.point, 0)], y: [f(counterexample.values)] });
    }
  }
  return {
    title: spec.title,
    xLabel: x ?? "sample",
    yLabel: spec.yLabel,
    ...(spec.logY !== undefined ? { logY: spec.logY } : {}),
    series,
  };
}
