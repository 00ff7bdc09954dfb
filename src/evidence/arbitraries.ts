import fc from "fast-check";
import type { ParameterSchema, RealParameter, SamplingRange } from "../core/parameters.js";
import { resolveParameters, samplingRange } from "../core/parameters.js";

/**
 * fast-check arbitraries generated from a model's parameter schema: the same
 * domain data that validates input decides where properties sample.
 */

/** Options narrowing a schema's arbitrary: fixed values and sampling windows per field. */
export interface ArbitraryOptions<P> {
  /** Fields held fixed at these values. */
  readonly fixed?: Partial<Record<keyof P & string, number | string>>;
  /** Sampling windows replacing the schema's, per field. */
  readonly sampling?: Partial<Record<keyof P & string, SamplingRange>>;
}

/** Resolution of the uniform draws below: 2³¹ − 1 equally spaced points on [0, 1]. */
const UNIFORM_STEPS = 2 ** 31 - 1;

/**
 * Uniform on [0, 1]. fc.double is not used here: it draws uniformly over the
 * *representable* doubles, so nearly all its draws in [0, 1] are tiny and a
 * mapped range would be sampled almost only at its lower end; noBias switches
 * off fast-check's preference for small and extreme integers.
 */
export function unitUniform(): fc.Arbitrary<number> {
  return fc.noBias(fc.integer({ min: 0, max: UNIFORM_STEPS })).map((k) => k / UNIFORM_STEPS);
}

/** An arbitrary over one real parameter's sampling window (log-uniform for scale "log", else uniform). */
export function realArbitrary(def: RealParameter, range: SamplingRange = samplingRange(def)): fc.Arbitrary<number> {
  if (def.integer) {
    return fc.integer({ min: Math.ceil(range.min), max: Math.floor(range.max) });
  }
  const clip = (x: number) => Math.min(range.max, Math.max(range.min, x));
  if (range.scale === "log") {
    const lo = Math.log(range.min);
    const hi = Math.log(range.max);
    return unitUniform().map((u) => clip(Math.exp(lo + u * (hi - lo))));
  }
  return unitUniform().map((u) => clip(range.min + u * (range.max - range.min)));
}

/**
 * An arbitrary of complete, validated parameter objects. Draws that violate a
 * relation of the schema are filtered out (keep relations loose enough that
 * most draws pass, or fix the related fields).
 */
export function parameterArbitrary<P>(schema: ParameterSchema<P>, options: ArbitraryOptions<P> = {}): fc.Arbitrary<P> {
  const fixed = (options.fixed ?? {}) as Record<string, number | string>;
  const sampling = (options.sampling ?? {}) as Record<string, SamplingRange>;
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const def of schema.fields) {
    if (def.name in fixed) record[def.name] = fc.constant(fixed[def.name]);
    else if (def.kind === "choice") record[def.name] = fc.constantFrom(...def.options);
    else record[def.name] = realArbitrary(def, sampling[def.name]);
  }
  return fc
    .record(record)
    .filter((candidate) => schema.relations.every((r) => r.check(candidate as P) === null))
    .map((candidate) => resolveParameters(schema, candidate));
}
