import type { EvidencePlot, JudgedClaim } from "../core/claim.js";
import { QthermError } from "../core/errors.js";
import { measure, type SequenceMeasurement } from "../core/measurement.js";
import { claimsFor } from "../evidence/claim-kit.js";
import { fitConvergenceOrder } from "../evidence/convergence-order.js";
import { judge } from "../evidence/judge.js";
import { judgedProperty } from "../evidence/property.js";
import type { ParameterPoint } from "./claim-domain.js";
import type { PreparedLimit } from "./prepared-claim.js";

/**
 * A limit claim of a claim file: as the parameter approaches its limit (h log-spaced over
 * the span), the relative error |formula − quantity|/|quantity| falls with the stated
 * order — the `order` criterion on the sequence (h, error), fitted by least squares of
 * log error against log h, at every sample of the rest of the domain (a property: a
 * failing sample is shrunk). The plot shows the error against h at the worst sample (and
 * the counterexample) with a line of the stated order.
 */
export function limitClaim(c: PreparedLimit): JudgedClaim {
  const kit = claimsFor({ model: c.model.id, doc: c.doc, schema: c.model.parameters });
  const { approach } = c;
  const errorLabel = `|formula − ${c.against.text}|/|${c.against.text}|`;
  const sequence = (point: ParameterPoint): SequenceMeasurement => {
    const errors = approach.h.map((h) => {
      const value = approach.valueAt(point, h);
      const params = c.domain.resolve(point, value);
      const quantity = c.quantities.number(c.against, params);
      const formula = c.formula.evaluate({ ...point, [approach.parameter]: value }, (r) => c.quantities.number(r, params));
      const error = Math.abs(formula - quantity) / Math.abs(quantity);
      if (!(error > 0 && Number.isFinite(error))) {
        throw new QthermError(
          `the relative error at h = ${h.toPrecision(3)} (${approach.parameter} = ${value.toPrecision(6)}) is ${error} (formula ${formula}, ${c.against.text} ${quantity}): ` +
            (error === 0 ? "exact to round-off, so no order can be fitted — choose a span where the error stays above round-off" : "the quantity vanishes there — choose a domain where it does not"),
        );
      }
      return error;
    });
    return measure.sequence(approach.h, errors, { h: approach.hLabel, error: errorLabel });
  };
  return kit.claim({
    name: c.name,
    where: c.where,
    statement: c.statement,
    ...(c.tex !== undefined ? { tex: c.tex } : {}),
    kind: "limit",
    domain: `${c.domain.text()}; ${approach.text}`,
    criterion: c.criterion,
    measure: (context) => {
      let worst: { point: ParameterPoint; s: SequenceMeasurement; deviation: number } | undefined;
      const measurement = judgedProperty(
        {
          criterion: c.criterion,
          arbitrary: c.domain.arbitrary((p) => approach.valueAt(p, approach.h[0])),
          measure: (point) => {
            const s = sequence(point);
            const deviation = judge(c.criterion, s).measuredError;
            if (worst === undefined || deviation > worst.deviation) worst = { point, s, deviation };
            return s;
          },
          describe: (point) => c.domain.describe(point),
        },
        context,
      );
      const shown: { name: string; s: SequenceMeasurement }[] = [];
      if (measurement.counterexample) {
        const point = measurement.counterexample.value as ParameterPoint;
        shown.push({ name: `shrunk counterexample (${c.domain.describe(point)})`, s: sequence(point) });
      }
      if (worst !== undefined) shown.push({ name: `worst sample (${c.domain.describe(worst.point)})`, s: worst.s });
      return { measurement, plots: shown.length > 0 ? [orderPlot(c, shown)] : [], values: { "stated order": c.criterion.expected, ...fittedValues(shown) } };
    },
  });
}

function fittedValues(shown: readonly { name: string; s: SequenceMeasurement }[]): Record<string, number> {
  return Object.fromEntries(shown.map(({ name, s }) => [`fitted order, ${name.split(" (")[0]}`, fitConvergenceOrder(s.series[0].h, s.series[0].errors).order]));
}

function orderPlot(c: PreparedLimit, shown: readonly { name: string; s: SequenceMeasurement }[]): EvidencePlot {
  const first = shown[0].s.series[0];
  const h0 = first.h[0];
  const e0 = first.errors[0];
  const fitted = shown.map(({ name, s }) => `${name.split(" (")[0]} ${fitConvergenceOrder(s.series[0].h, s.series[0].errors).order.toFixed(3)}`).join(", ");
  return {
    title: `relative error along the approach (fitted order: ${fitted}; stated ${c.criterion.expected} ± ${c.criterion.window})`,
    xLabel: c.approach.hLabel,
    yLabel: shown[0].s.errorLabel,
    logX: true,
    logY: true,
    series: [
      ...shown.map(({ name, s }) => ({ name, x: s.series[0].h, y: s.series[0].errors })),
      { name: `stated order ${c.criterion.expected}`, x: first.h, y: first.h.map((h) => e0 * (h / h0) ** c.criterion.expected) },
    ],
  };
}
