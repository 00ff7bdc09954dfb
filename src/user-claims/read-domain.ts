import { ParameterError } from "../core/errors.js";
import type { ModelDefinition } from "../core/model.js";
import { describeDomain, suggestion, validateParameter, type ParameterDefinition } from "../core/parameters.js";
import type { DataPath, ProblemList } from "./claim-file-error.js";
import type { RangeData } from "./claim-file-schema.js";
import { ClaimDomain, defaultScale, type FixedParameter, type SampledParameter } from "./claim-domain.js";
import { prepareFormula, type FormulaScope } from "./user-formula.js";

/**
 * Reads the `domain` and `fixed` entries of a claim (the file's, overridden per parameter by
 * the claim's own) into a ClaimDomain, checking each entry against the model's parameter
 * domain: known names, ranges inside the parameter's interval (open ends, integers), options
 * of choice parameters, formulas of other parameters for fixed values, and the limit
 * parameter neither sampled nor fixed by the claim.
 */

export interface DomainEntries {
  readonly domain?: Readonly<Record<string, RangeData>>;
  readonly fixed?: Readonly<Record<string, number | string>>;
}

interface Entry<T> {
  readonly path: DataPath;
  readonly value: T;
  readonly level: "file" | "claim";
}

/**
 * The claim's domain, or undefined when an entry is wrong (each problem added to `problems`).
 * `at(...)` builds the claim's data paths.
 */
export function readDomain(
  model: ModelDefinition,
  file: DomainEntries,
  claim: DomainEntries,
  claimIndex: number,
  limitParameter: string | undefined,
  scope: FormulaScope,
  problems: ProblemList,
  lineOf: (path: DataPath) => number | undefined,
): ClaimDomain | undefined {
  const start = problems.problems.length;
  const fields = new Map(model.parameters.fields.map((f) => [f.name, f]));
  const sampled = new Map<string, Entry<RangeData>>();
  const fixed = new Map<string, Entry<number | string>>();
  const claimPath = (...p: (string | number)[]): DataPath => ["claims", claimIndex, ...p];
  for (const [name, value] of Object.entries(file.domain ?? {})) sampled.set(name, { path: ["domain", name], value, level: "file" });
  for (const [name, value] of Object.entries(file.fixed ?? {})) {
    if (sampled.has(name)) problems.add(["fixed", name], `'${name}' is both sampled (domain.${name}${lineText(lineOf(["domain", name]))}) and fixed; keep one`, { key: true });
    else fixed.set(name, { path: ["fixed", name], value, level: "file" });
  }
  for (const [name, value] of Object.entries(claim.domain ?? {})) {
    fixed.delete(name); // the claim's own entry wins over the file's
    sampled.set(name, { path: claimPath("domain", name), value, level: "claim" });
  }
  for (const [name, value] of Object.entries(claim.fixed ?? {})) {
    if (sampled.get(name)?.level === "claim") {
      problems.add(claimPath("fixed", name), `'${name}' is both sampled (domain.${name}${lineText(lineOf(claimPath("domain", name)))}) and fixed; keep one`, { key: true });
      continue;
    }
    sampled.delete(name);
    fixed.set(name, { path: claimPath("fixed", name), value, level: "claim" });
  }
  if (limitParameter !== undefined) {
    const own = fixed.get(limitParameter)?.level === "claim" ? fixed.get(limitParameter) : sampled.get(limitParameter)?.level === "claim" ? sampled.get(limitParameter) : undefined;
    if (own !== undefined) {
      const how = fixed.has(limitParameter) ? "fixed" : "sampled";
      problems.add(claimPath("limit", "parameter"), `'${limitParameter}' is ${how} (${own.path.slice(2).join(".")}${lineText(lineOf(own.path))}); the limit parameter varies along the approach — remove it from ${how === "fixed" ? "fixed" : "domain"}`);
    }
    // an inherited (file-level) entry gives way to the claim's limit
    fixed.delete(limitParameter);
    sampled.delete(limitParameter);
  }
  const known = [...fields.keys()];
  const unknown = (e: Entry<unknown>, name: string) => problems.add(e.path, `unknown parameter '${name}' of ${model.id}${suggestion(name, known)} (parameters: ${known.join(", ")})`, { key: true });

  const sampledParameters = new Map<string, SampledParameter>();
  for (const [name, e] of sampled) {
    const def = fields.get(name);
    if (def === undefined) unknown(e, name);
    else {
      const s = readRange(def, e, problems);
      if (s !== undefined) sampledParameters.set(name, s);
    }
  }
  const fixedParameters = new Map<string, FixedParameter>();
  for (const [name, e] of fixed) {
    const def = fields.get(name);
    if (def === undefined) {
      unknown(e, name);
      continue;
    }
    const f = readFixed(def, e, problems, scope);
    if (f !== undefined) fixedParameters.set(name, f);
  }
  // a formula of other parameters may use sampled, value-fixed and default parameters — not other formulas or the limit's
  for (const [name, f] of fixedParameters) {
    if (f.kind !== "formula") continue;
    for (const used of f.formula.parameters) {
      if (used === name) problems.add(fixed.get(name)!.path, `'${name}' is defined by a formula of itself`);
      else if (used === limitParameter) problems.add(fixed.get(name)!.path, `uses the limit parameter '${used}', which varies along the approach; write the relation into the formula instead`);
      else if (fixedParameters.get(used)?.kind === "formula") problems.add(fixed.get(name)!.path, `uses '${used}', which is itself fixed by a formula; refer to the sampled parameter directly`);
    }
  }
  if (problems.problems.length > start) return undefined;
  return new ClaimDomain(model.parameters as never, sampledParameters, fixedParameters, limitParameter);
}

function readRange(def: ParameterDefinition, e: Entry<RangeData>, problems: ProblemList): SampledParameter | undefined {
  const v = e.value;
  if (def.kind === "choice") {
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) {
      problems.add(e.path, `'${def.name}' is a choice parameter: list the options to sample, e.g. [${def.options.join(", ")}]`);
      return undefined;
    }
    const options = v as string[];
    const bad = options.find((o) => !def.options.includes(o));
    if (bad !== undefined) {
      problems.add(e.path, `'${bad}' is not an option of '${def.name}'${suggestion(bad, def.options)} (options: ${def.options.join(", ")})`);
      return undefined;
    }
    return { kind: "choice", def, options: [...new Set(options)] };
  }
  if (Array.isArray(v) && v.some((x) => typeof x === "string")) {
    problems.add(e.path, `'${def.name}' is a real parameter: write [min, max] or { min, max, scale }`);
    return undefined;
  }
  const [min, max, scale] = Array.isArray(v) ? [v[0] as number, v[1] as number, undefined] : [(v as { min: number }).min, (v as { max: number }).max, (v as { scale?: "linear" | "log" }).scale];
  if (!(min < max)) {
    problems.add(e.path, `[${min}, ${max}] is not a range: min < max is needed (to hold '${def.name}' at one value, put it under fixed)`);
    return undefined;
  }
  for (const [end, x] of [["min", min], ["max", max]] as const) {
    try {
      validateParameter(def, x);
    } catch (error) {
      if (!(error instanceof ParameterError)) throw error;
      problems.add(e.path, `${end} = ${x} lies outside the model's domain of '${def.name}': ${describeDomain(def)}`);
      return undefined;
    }
  }
  if (scale === "log" && !(min > 0)) {
    problems.add(e.path, `a log-scaled range needs min > 0 (min = ${min})`);
    return undefined;
  }
  return { kind: "real", def, range: { min, max, scale: scale ?? defaultScale(def, min) } };
}

function readFixed(def: ParameterDefinition, e: Entry<number | string>, problems: ProblemList, scope: FormulaScope): FixedParameter | undefined {
  const v = e.value;
  if (def.kind === "choice") {
    if (typeof v !== "string" || !def.options.includes(v)) {
      problems.add(e.path, `${JSON.stringify(v)} is not an option of '${def.name}'${typeof v === "string" ? suggestion(v, def.options) : ""} (options: ${def.options.join(", ")})`);
      return undefined;
    }
    return { kind: "value", value: v };
  }
  if (typeof v === "number") {
    try {
      validateParameter(def, v);
    } catch (error) {
      if (!(error instanceof ParameterError)) throw error;
      problems.add(e.path, `${v} lies outside the model's domain of '${def.name}': ${describeDomain(def)}`);
      return undefined;
    }
    return { kind: "value", value: v };
  }
  const formula = prepareFormula(v, scope, { quantities: false });
  if (typeof formula === "string") {
    problems.add(e.path, `'${v}': ${formula}`);
    return undefined;
  }
  return { kind: "formula", formula };
}

function lineText(line: number | undefined): string {
  return line === undefined ? "" : `, line ${line}`;
}
