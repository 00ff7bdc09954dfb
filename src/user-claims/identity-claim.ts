import type { JudgedClaim } from "../core/claim.js";
import { claimsFor } from "../evidence/claim-kit.js";
import { equivalent, identityMeasurement } from "../symbolic/index.js";
import type { PreparedIdentity } from "./prepared-claim.js";

/**
 * An identity claim of a claim file: two formulas equal, decided twice by the `identity`
 * criterion — exact algebra of a − b (symbolic/equivalent.ts: the engine half) and numeric
 * evaluation of both sides at seeded points of the domain (as many as the run's property
 * samples). Both must say equal for 'holds'; an engine that cannot decide gives
 * 'undecided', never 'fails'. The plot shows both sides at the numeric points.
 */
export function identityClaim(c: PreparedIdentity): JudgedClaim {
  const kit = claimsFor({ model: c.model.id, doc: c.doc, schema: c.model.parameters });
  const ranges = c.domain.realRanges();
  const variables = [...new Set([...c.a.parameters, ...c.b.parameters])].filter((v) => v in ranges);
  const domain = Object.fromEntries(variables.map((v) => [v, ranges[v]]));
  const x = variables[0];
  return kit.claim({
    name: c.name,
    where: c.where,
    statement: c.statement,
    ...(c.tex !== undefined ? { tex: c.tex } : {}),
    kind: "identity",
    domain: c.domain.text(),
    criterion: c.criterion,
    measure: (context) => {
      const result = equivalent(c.aText, c.bText, { domain, seed: context.seed, points: context.numRuns, rtol: c.criterion.numeric.rtol, atol: c.criterion.numeric.atol });
      const samples = result.numeric.samples
        .map((s, k) => ({ x: x === undefined ? k + 1 : s.point[x], a: s.a?.re ?? NaN, b: s.b?.re ?? NaN }))
        .sort((p, q) => p.x - q.x);
      return {
        measurement: identityMeasurement(result, `${c.a.source} = ${c.b.source}`),
        plots: [
          {
            title: "both sides at the numeric points",
            xLabel: x ?? "point",
            yLabel: "value",
            series: [
              { name: `formula: ${c.a.source}`, x: samples.map((s) => s.x), y: samples.map((s) => s.a) },
              { name: `equals: ${c.b.source}`, x: samples.map((s) => s.x), y: samples.map((s) => s.b) },
            ],
          },
        ],
        note: `exact algebra of a − b with a = ${c.aText}, b = ${c.bText}`,
      };
    },
  });
}
