import { ParameterError, QthermError } from "../core/errors.js";
import type { ParameterPoint } from "./claim-domain.js";
import { formatValue } from "./claim-domain.js";
import type { PreparedClaim } from "./prepared-claim.js";
import type { QuantityReference } from "./quantity-reference.js";
import type { UserFormula } from "./user-formula.js";

/**
 * The checks of a prepared claim that need numbers but no long computation, run before any
 * claim of the file is measured: at every corner of the domain and 64 seeded points, the
 * parameters are valid for the model (fixed formulas included), the model's relations hold,
 * a limit's approach stays inside the parameter's domain, and every formula of the
 * parameters alone is finite (a scale positive); at the domain's centre, every quantity
 * reference reaches a number and the formulas with quantities are finite. Each problem
 * names the point.
 */

/** A formula to check, the field it was written in, and whether it must be positive (a scale). */
export interface FormulaAt {
  readonly field: string;
  readonly formula: UserFormula;
  readonly positive?: boolean;
}

/** Random points visited besides the corners. */
const RANDOM_POINTS = 64;

export function preflight(
  claim: PreparedClaim,
  checks: readonly FormulaAt[],
  seed: number,
  report: (field: readonly (string | number)[], message: string) => void,
  fieldOf: (ref: QuantityReference) => string,
): void {
  const { domain } = claim;
  const reported = new Set<string>();
  const once = (key: string, field: readonly (string | number)[], message: string) => {
    if (reported.has(key)) return;
    reported.add(key);
    report(field, message);
  };
  const points = [...domain.corners().map((p) => ({ p, where: "a corner of the domain" })), ...domain.randomPoints(RANDOM_POINTS, seed).map((p) => ({ p, where: "a sampled point" }))];
  const approach = claim.kind === "limit" ? claim.approach : undefined;
  const hs = approach ? [approach.h[0], approach.h[approach.h.length - 1]] : [undefined];
  for (const { p, where } of points) {
    for (const h of hs) {
      let point: ParameterPoint = p;
      let limitValue: number | undefined;
      const at = () => `${domain.describe(p)}${h !== undefined ? `, h = ${formatValue(h)}` : ""} (${where})`;
      try {
        if (approach && h !== undefined) {
          limitValue = approach.valueAt(p, h);
          point = { ...p, [approach.parameter]: limitValue };
        }
      } catch (error) {
        once("scale", ["limit", "scale"], `the scale cannot be evaluated at ${at()}: ${(error as Error).message}`);
        continue;
      }
      let violated: ReturnType<typeof domain.violatedRelation>;
      try {
        violated = domain.violatedRelation(point);
      } catch {
        violated = undefined; // a relation that cannot judge invalid values: the field check below names them
      }
      if (violated !== undefined) {
        const defaulted = violated.parameters.filter((n) => domain.defaulted.includes(n));
        once(
          "relation",
          ["domain"],
          `the model's relation "${violated.statement}" fails at ${at()}: ${violated.problem}` +
            `${defaulted.length > 0 ? ` (${defaulted.map((n) => `${n} is at its default ${formatValue(point[n])}`).join(", ")})` : ""}; restrict the domain, or fix the related parameters (e.g. by a formula of the sampled ones)`,
        );
        continue;
      }
      let params: Record<string, unknown>;
      try {
        params = domain.resolve(p, limitValue);
      } catch (error) {
        if (!(error instanceof ParameterError)) throw error;
        if (approach && error.parameter === approach.parameter) once("approach", ["limit", "span"], `the approach leaves the domain of '${approach.parameter}': at ${at()} ${approach.parameter} = ${formatValue(error.value as number)}, expected ${error.allowed}`);
        else if (domain.fixed.get(error.parameter)?.kind === "formula") once(`fixed.${error.parameter}`, ["fixed", error.parameter], `gives ${error.parameter} = ${formatValue(error.value as number)} at ${at()}: expected ${error.allowed}`);
        else once("domain", ["domain"], `at ${at()} the model rejects the parameters: ${error.message}`);
        continue;
      }
      for (const c of checks) {
        if (c.formula.references.length > 0) continue;
        check(c, point, at(), once);
      }
    }
  }
  if (reported.size > 0) return;
  // quantities: once, at the centre (each evaluation may take a while)
  const centre = domain.centre();
  const limitValue = approach ? approach.valueAt(centre, approach.h[0]) : undefined;
  const point = approach && limitValue !== undefined ? { ...centre, [approach.parameter]: limitValue } : centre;
  const params = domain.resolve(centre, limitValue);
  const refs = new Map<string, QuantityReference>();
  if ("against" in claim) refs.set(claim.against.text, claim.against);
  for (const c of checks) for (const r of c.formula.references) refs.set(r.text, r);
  const where = `the domain's centre (${domain.describe(centre)}${approach ? `, h = ${formatValue(approach.h[0])}` : ""})`;
  const numbers = new Map<string, number>();
  for (const ref of refs.values()) {
    try {
      const x = claim.quantities.number(ref, params);
      if (!Number.isFinite(x)) throw new QthermError(`${ref.text} is ${x}`);
      numbers.set(ref.text, x);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      once(`ref ${ref.text}`, [fieldOf(ref)], error instanceof QthermError && message.startsWith(ref.text) ? message : `the quantity '${ref.quantity}' cannot be evaluated at ${where}: ${message}`);
    }
  }
  if (reported.size > 0) return;
  for (const c of checks) if (c.formula.references.length > 0) check(c, point, where, once, (r) => numbers.get(r.text)!);
}

function check(
  c: FormulaAt,
  point: ParameterPoint,
  where: string,
  once: (key: string, field: readonly (string | number)[], message: string) => void,
  quantity?: (ref: QuantityReference) => number,
): void {
  let value: number;
  try {
    value = c.formula.evaluate(point, quantity);
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^symbolic evaluate failed on '.*?': /s, "").replace(/ at \(.*\)$/s, "") : String(error);
    once(`formula ${c.field} ${c.formula.source}`, [c.field], `'${c.formula.source}' cannot be evaluated at ${where}: ${detail}`);
    return;
  }
  if (c.positive && !(value > 0)) once(`positive ${c.field}`, [c.field], `'${c.formula.source}' = ${value} at ${where}; a scale must be positive`);
}
