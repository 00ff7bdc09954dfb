import type { JudgedClaim } from "../core/claim.js";
import { measure } from "../core/measurement.js";
import { claimsFor } from "../evidence/claim-kit.js";
import { judge } from "../evidence/judge.js";
import { judgedProperty } from "../evidence/property.js";
import type { ParameterPoint } from "./claim-domain.js";
import type { PreparedAgreement } from "./prepared-claim.js";
import { SampleLog, samplePlot } from "./sample-plots.js";

/**
 * An agreement claim of a claim file: formula = quantity within {rtol, atol} at every
 * sample of the domain — a property whose samples the judge decides with the claim's
 * `close` criterion, so that a failing sample is shrunk to a minimal counterexample
 * (replay: seed and path). Plots: both values against the first sampled parameter, and
 * their relative difference, with the counterexample marked.
 */
export function agreementClaim(c: PreparedAgreement): JudgedClaim {
  const kit = claimsFor({ model: c.model.id, doc: c.doc, schema: c.model.parameters });
  const label = `formula vs ${c.against.text}`;
  const values = (point: ParameterPoint) => {
    const params = c.domain.resolve(point);
    const formula = c.formula.evaluate(point, (r) => c.quantities.number(r, params));
    return { formula, quantity: c.quantities.number(c.against, params) };
  };
  return kit.claim({
    name: c.name,
    where: c.where,
    statement: c.statement,
    ...(c.tex !== undefined ? { tex: c.tex } : {}),
    kind: "agreement",
    domain: c.domain.text(),
    criterion: c.criterion,
    measure: (context) => {
      const log = new SampleLog<{ formula: number; quantity: number }>();
      const measurement = judgedProperty(
        {
          criterion: c.criterion,
          arbitrary: c.domain.arbitrary(),
          measure: (point) => {
            const v = values(point);
            const m = measure.pair(label, v.formula, v.quantity);
            log.add(point, v, judge(c.criterion, m).verdict === "holds");
            return m;
          },
          describe: (point) => c.domain.describe(point),
        },
        context,
      );
      log.complete(context.numRuns, (n) => c.domain.randomPoints(n, context.seed), values);
      const shrunk = measurement.counterexample ? { point: measurement.counterexample.value as ParameterPoint, values: values(measurement.counterexample.value as ParameterPoint) } : undefined;
      const relative = (v: { formula: number; quantity: number }) => Math.abs(v.formula - v.quantity) / Math.max(Math.abs(v.formula), Math.abs(v.quantity));
      return {
        measurement,
        plots: [
          samplePlot({ title: `your formula and ${c.against.text} at the samples (seeded points of the domain)`, yLabel: c.against.text }, c.domain, log, { formula: (v) => v.formula, [c.against.text]: (v) => v.quantity }, shrunk),
          samplePlot({ title: "relative difference |formula − quantity|/max(|formula|, |quantity|)", yLabel: "relative difference", logY: true }, c.domain, log, { "relative difference": relative }, shrunk),
        ],
        note: `formula: ${c.formula.source}`,
      };
    },
  });
}
