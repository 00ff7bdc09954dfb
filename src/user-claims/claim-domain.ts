import fc from "fast-check";
import type { ChoiceParameter, ParameterSchema, RealParameter, SamplingRange } from "../core/parameters.js";
import { resolveParameters, samplingRange } from "../core/parameters.js";
import { realArbitrary } from "../evidence/arbitraries.js";
import type { UserFormula } from "./user-formula.js";

/**
 * The parameter region of one claim, as data: sampled parameters with their ranges (or
 * options), parameters held fixed (a number, an option, or a formula of other parameters),
 * and the rest at the model's defaults. The same data gives the fast-check arbitrary of
 * the claim, the corner and random points of the pre-flight checks, the descriptions of
 * samples and the domain in words.
 */

/** A sampled parameter: a real range or a list of options. */
export type SampledParameter =
  | { readonly kind: "real"; readonly def: RealParameter; readonly range: SamplingRange }
  | { readonly kind: "choice"; readonly def: ChoiceParameter; readonly options: readonly string[] };

/** A fixed parameter: a value, or a formula of other parameters (`gammaB: gammaA`). */
export type FixedParameter = { readonly kind: "value"; readonly value: number | string } | { readonly kind: "formula"; readonly formula: UserFormula };

/** A point: every parameter of the model (except a limit's parameter) → its value. */
export type ParameterPoint = Readonly<Record<string, number | string>>;

/** Corners beyond this many are not all visited (64 seeded random points are, always). */
const MAX_CORNERS = 1024;

export class ClaimDomain {
  constructor(
    readonly schema: ParameterSchema<unknown>,
    readonly sampled: ReadonlyMap<string, SampledParameter>,
    readonly fixed: ReadonlyMap<string, FixedParameter>,
    /** A limit claim's parameter: set by the approach, absent from points. */
    readonly limitParameter?: string,
  ) {}

  /** Parameters at their defaults (neither sampled nor fixed nor the limit's). */
  get defaulted(): readonly string[] {
    return this.schema.fields.map((f) => f.name).filter((n) => !this.sampled.has(n) && !this.fixed.has(n) && n !== this.limitParameter);
  }

  /** The full point for sampled values: fixed values, formulas of the others, defaults. */
  point(values: Readonly<Record<string, number | string>>): ParameterPoint {
    const out: Record<string, number | string> = {};
    for (const def of this.schema.fields) {
      if (def.name === this.limitParameter) continue;
      const f = this.fixed.get(def.name);
      if (this.sampled.has(def.name)) out[def.name] = values[def.name];
      else if (f?.kind === "value") out[def.name] = f.value;
      else if (f === undefined) out[def.name] = def.default;
    }
    for (const [name, f] of this.fixed) if (f.kind === "formula") out[name] = f.formula.evaluate(out);
    return out;
  }

  /** The parameters for the model: a point (plus the limit parameter's value), validated. Throws ParameterError. */
  resolve(point: ParameterPoint, limitValue?: number): Record<string, unknown> {
    const full = this.limitParameter !== undefined && limitValue !== undefined ? { ...point, [this.limitParameter]: limitValue } : point;
    return resolveParameters(this.schema, full) as Record<string, unknown>;
  }

  /** The first relation of the model that a point violates, with what is wrong; undefined when none. */
  violatedRelation(params: Readonly<Record<string, unknown>>): { statement: string; problem: string; parameters: readonly string[] } | undefined {
    for (const r of this.schema.relations) {
      const problem = r.check(params);
      if (problem !== null) return { statement: r.statement, problem, parameters: r.parameters };
    }
    return undefined;
  }

  /**
   * The arbitrary of the claim: sampled parameters drawn in their ranges (log-uniform or
   * uniform; options uniformly), the rest completed by {@link point}; draws that violate a
   * relation of the model are filtered out (the pre-flight check makes sure there are few).
   */
  arbitrary(limitValue?: (point: ParameterPoint) => number): fc.Arbitrary<ParameterPoint> {
    const record: Record<string, fc.Arbitrary<number | string>> = {};
    for (const [name, s] of this.sampled) record[name] = s.kind === "real" ? realArbitrary(s.def, s.range) : fc.constantFrom(...s.options);
    return fc
      .record(record)
      .map((values) => this.point(values))
      .filter((p) => {
        try {
          return this.violatedRelation(this.resolve(p, limitValue?.(p))) === undefined;
        } catch {
          return true; // an invalid point is reported by the measurement, not hidden
        }
      });
  }

  /** Every corner of the sampled box (options: each one), at most 1024 of them. */
  corners(): ParameterPoint[] {
    let combos: Record<string, number | string>[] = [{}];
    for (const [name, s] of this.sampled) {
      const values = s.kind === "real" ? [s.range.min, s.range.max] : s.options;
      const next: Record<string, number | string>[] = [];
      for (const c of combos) for (const v of values) next.push({ ...c, [name]: v });
      combos = next.slice(0, MAX_CORNERS);
    }
    return combos.map((c) => this.point(c));
  }

  /** The centre of the box (log-centre for log ranges, the first option of choices): where quantities are probed first. */
  centre(): ParameterPoint {
    const values: Record<string, number | string> = {};
    for (const [name, s] of this.sampled) {
      if (s.kind === "choice") values[name] = s.options[0];
      else {
        const { min, max, scale } = s.range;
        const c = scale === "log" ? Math.sqrt(min * max) : (min + max) / 2;
        values[name] = s.def.integer ? Math.round(c) : c;
      }
    }
    return this.point(values);
  }

  /** `n` seeded points drawn like the property draws them (before the relation filter). */
  randomPoints(n: number, seed: number): ParameterPoint[] {
    const record: Record<string, fc.Arbitrary<number | string>> = {};
    for (const [name, s] of this.sampled) record[name] = s.kind === "real" ? realArbitrary(s.def, s.range) : fc.constantFrom(...s.options);
    return fc.sample(fc.record(record), { seed, numRuns: n }).map((v) => this.point(v));
  }

  /** "betaA=0.5123, betaB=2.345": the sampled parameters of a point (4 digits). */
  describe(point: ParameterPoint): string {
    const names = [...this.sampled.keys()];
    if (names.length === 0) return "the fixed point";
    return names.map((n) => `${n}=${formatValue(point[n])}`).join(", ");
  }

  /** The domain in words, for the report. */
  text(): string {
    const parts: string[] = [];
    const sampled = [...this.sampled].map(([name, s]) => (s.kind === "real" ? `${name} ∈ [${s.range.min}, ${s.range.max}]${s.range.scale === "log" ? " (log)" : ""}` : `${name} ∈ {${s.options.join(", ")}}`));
    if (sampled.length > 0) parts.push(sampled.join(", "));
    const fixed = [...this.fixed].map(([name, f]) => `${name} = ${f.kind === "value" ? f.value : f.formula.source}`);
    if (fixed.length > 0) parts.push(`fixed ${fixed.join(", ")}`);
    const defaults = this.defaulted;
    if (defaults.length > 0) {
      const byName = new Map(this.schema.fields.map((f) => [f.name, f.default]));
      parts.push(`defaults ${defaults.map((n) => `${n} = ${byName.get(n)}`).join(", ")}`);
    }
    return parts.join("; ");
  }

  /** Sampling ranges of the real sampled parameters (for the numeric half of an identity). */
  realRanges(): Record<string, { min: number; max: number; scale: "linear" | "log" }> {
    const out: Record<string, { min: number; max: number; scale: "linear" | "log" }> = {};
    for (const [name, s] of this.sampled) if (s.kind === "real") out[name] = { min: s.range.min, max: s.range.max, scale: s.range.scale };
    return out;
  }
}

/** The sampling scale of a parameter when the file does not say: the model's (log needs min > 0). */
export function defaultScale(def: RealParameter, min: number): "linear" | "log" {
  const scale = def.sampling?.scale ?? samplingRange(def).scale;
  return scale === "log" && min > 0 ? "log" : "linear";
}

export function formatValue(v: number | string | undefined): string {
  if (typeof v !== "number") return String(v);
  return Number.isInteger(v) ? String(v) : v.toPrecision(4);
}
