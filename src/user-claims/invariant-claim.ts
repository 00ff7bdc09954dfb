import type { JudgedClaim } from "../core/claim.js";
import { measure, type Measurement } from "../core/measurement.js";
import { claimsFor } from "../evidence/claim-kit.js";
import { judge } from "../evidence/judge.js";
import { judgedProperty } from "../evidence/property.js";
import type { ParameterPoint } from "./claim-domain.js";
import type { PreparedInvariant } from "./prepared-claim.js";
import { SampleLog, samplePlot } from "./sample-plots.js";

/**
 * An invariant claim of a claim file: a comparison of expressions of quantities that must
 * hold at every sample of the domain. An inequality (≥, >, ≤, <) is judged by the `sign`
 * criterion on its margin — the greater side minus the smaller, ≥ 0 (> 0 when strict) with
 * the round-off allowance slack·scale; a chain
 * a ≤ b ≤ c by one sign criterion per comparison (`all`); an equality lhs == rhs by `close`
 * with {rtol, atol}. A failing sample is shrunk to a minimal counterexample. The plot shows
 * margin/scale of every comparison against the first sampled parameter.
 */
export function invariantClaim(c: PreparedInvariant): JudgedClaim {
  const kit = claimsFor({ model: c.model.id, doc: c.doc, schema: c.model.parameters });
  const equality = c.operators[0] === "==";
  const values = (point: ParameterPoint) => {
    const params = c.domain.resolve(point);
    const q = (r: Parameters<typeof c.quantities.number>[0]) => c.quantities.number(r, params);
    return { sides: c.sides.map((s) => s.evaluate(point, q)), scale: c.scale === undefined ? 1 : c.scale.evaluate(point, q) };
  };
  const comparison = (k: number) => `${c.sides[k].source} ${c.operators[k]} ${c.sides[k + 1].source}`;
  // the margin of a comparison: greater side minus smaller side (≥ 0 when it holds)
  const greaterFirst = (k: number) => c.operators[k] === ">=" || c.operators[k] === ">";
  const margin = (v: { sides: number[] }, k: number) => (greaterFirst(k) ? v.sides[k] - v.sides[k + 1] : v.sides[k + 1] - v.sides[k]);
  const marginLabel = (k: number) => (greaterFirst(k) ? difference(c.sides[k].source, c.sides[k + 1].source) : difference(c.sides[k + 1].source, c.sides[k].source));
  const toMeasurement = (v: { sides: number[]; scale: number }): Measurement => {
    if (equality) return measure.pair(`${c.sides[0].source} vs ${c.sides[1].source}`, v.sides[0], v.sides[1]);
    const signed = c.operators.map((_, k) => measure.signed(marginLabel(k), margin(v, k), v.scale));
    return signed.length === 1 ? signed[0] : measure.parts(Object.fromEntries(signed.map((s, k) => [`c${k + 1}`, s])));
  };
  return kit.claim({
    name: c.name,
    where: c.where,
    statement: c.statement,
    ...(c.tex !== undefined ? { tex: c.tex } : {}),
    kind: "invariant",
    domain: c.domain.text(),
    criterion: c.criterion,
    measure: (context) => {
      const log = new SampleLog<{ sides: number[]; scale: number }>();
      const measurement = judgedProperty(
        {
          criterion: c.criterion,
          arbitrary: c.domain.arbitrary(),
          measure: (point) => {
            const v = values(point);
            const m = toMeasurement(v);
            log.add(point, v, judge(c.criterion, m).verdict === "holds");
            return m;
          },
          describe: (point) => c.domain.describe(point),
        },
        context,
      );
      log.complete(context.numRuns, (n) => c.domain.randomPoints(n, context.seed), values);
      const shrunk = measurement.counterexample ? { point: measurement.counterexample.value as ParameterPoint, values: values(measurement.counterexample.value as ParameterPoint) } : undefined;
      const components = Object.fromEntries(
        c.operators.map((_, k) => [
          equality ? "(lhs − rhs)/max(|lhs|, |rhs|)" : c.operators.length === 1 ? "margin/scale" : `c${k + 1}: ${comparison(k)}`,
          (v: { sides: number[]; scale: number }) => (equality ? (v.sides[0] - v.sides[1]) / (Math.max(Math.abs(v.sides[0]), Math.abs(v.sides[1])) || 1) : margin(v, k) / v.scale),
        ]),
      );
      return {
        measurement,
        plots: [samplePlot({ title: `${c.source} at the samples (seeded points of the domain)`, yLabel: equality ? "relative difference" : "margin/scale (≥ 0 where it holds)" }, c.domain, log, components, shrunk)],
        note: `invariant: ${c.source}${c.scale !== undefined ? `, scale ${c.scale.source}` : ""}`,
      };
    },
  });
}

/** "lhs − rhs" as a label ("lhs" when rhs is 0). */
function difference(lhs: string, rhs: string): string {
  return rhs.trim() === "0" ? lhs : lhs.trim() === "0" ? `−(${rhs})` : `(${lhs}) − (${rhs})`;
}
