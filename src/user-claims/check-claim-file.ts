import { basename } from "node:path";
import { findModel, MODELS } from "../catalog.js";
import { all, close, identity, order, sign, type Criterion, type SignCriterion } from "../core/criterion.js";
import { ParameterError } from "../core/errors.js";
import type { ModelDefinition } from "../core/model.js";
import { suggestion } from "../core/parameters.js";
import { inlineDefinitions, splitComparisons, type ComparisonOperator, type Definition } from "../symbolic/index.js";
import { ProblemList, type DataPath } from "./claim-file-error.js";
import type { UserClaimData } from "./claim-file-schema.js";
import type { ClaimDomain, ParameterPoint } from "./claim-domain.js";
import { preflight, type FormulaAt } from "./preflight.js";
import type { Approach, PreparedClaim } from "./prepared-claim.js";
import { findQuantity, parseQuantityReference, QuantityEvaluator, replaceQuantityReferences, restoreQuantityReferences, type QuantityReference } from "./quantity-reference.js";
import type { ClaimFileSource } from "./read-claim-file.js";
import { readDomain } from "./read-domain.js";
import { prepareFormula, prepareReplaced, readDefinitions, type FormulaScope, type UserFormula } from "./user-formula.js";

/**
 * The semantic check of a claim file, after its structure (read-claim-file.ts): the model
 * exists; every parameter, quantity and symbol is known; domains lie inside the model's
 * parameter domain and satisfy its relations (checked at every corner and 64 seeded points);
 * formulas parse and are finite there (the point is reported); the quantities answer at
 * the domain's centre with a number where the reference points; limits vary a parameter
 * that is not fixed; tolerances are given. Every problem is collected before anything long
 * runs; the result is the claims ready for the evidence (prepared-claim.ts).
 */

/** Seed of the pre-flight random points (fixed: a file is valid or not, whatever the run's seed). */
const PREFLIGHT_SEED = 1;

/**
 * Prepares every claim of a structurally valid claim file.
 * Throws ClaimFileError with every problem found (file, claim, field, line).
 */
export function prepareClaimFile(source: ClaimFileSource): PreparedClaim[] {
  const { data } = source;
  const claimName = (k: number) => (typeof data.claims[k]?.id === "string" ? data.claims[k].id : `claims[${k}]`);
  const problems = new ProblemList(source.file, source.positions, claimName);
  let model: ModelDefinition;
  try {
    model = findModel(data.model);
  } catch (error) {
    if (!(error instanceof ParameterError)) throw error;
    const ids = MODELS.map((m) => m.id);
    problems.add(["model"], `unknown model '${data.model}'${suggestion(data.model, ids)} (models: ${ids.join(", ")}; see 'qtherm eval')`);
    problems.throwIfAny();
    throw error;
  }
  const seen = new Map<string, number>();
  data.claims.forEach((c, k) => {
    const first = seen.get(c.id);
    if (first !== undefined) problems.add(["claims", k, "id"], `the id '${c.id}' is used twice (also claims[${first}]${lineText(problems.lineOf(["claims", first, "id"]))}); each claim needs its own`);
    else seen.set(c.id, k);
  });
  for (const p of readDefinitions(data.define ?? {}, model, new Map()).problems) problems.add(["define", p.key], p.message, { key: true });
  const doc = data.source ?? basename(source.file);
  const quantities = new QuantityEvaluator(model);
  const prepared: PreparedClaim[] = [];
  data.claims.forEach((claim, k) => {
    const p = prepareClaim(claim, k, { source, model, problems, doc, quantities });
    if (p !== undefined) prepared.push(p);
  });
  problems.throwIfAny();
  return prepared;
}

interface FileContext {
  readonly source: ClaimFileSource;
  readonly model: ModelDefinition;
  readonly problems: ProblemList;
  readonly doc: string;
  readonly quantities: QuantityEvaluator;
}

function prepareClaim(claim: UserClaimData, k: number, ctx: FileContext): PreparedClaim | undefined {
  const { model, problems } = ctx;
  const at = (...path: (string | number)[]): DataPath => ["claims", k, ...path];
  const start = problems.problems.length;
  const placeholders: FormulaScope["placeholders"] = new Map();
  const fileDefinitions = readDefinitions(ctx.source.data.define ?? {}, model, placeholders).definitions;
  const own = readDefinitions(claim.define ?? {}, model, placeholders);
  for (const p of own.problems) problems.add(at("define", p.key), p.message, { key: true });
  const scope: FormulaScope = { model, definitions: { ...fileDefinitions, ...own.definitions }, placeholders };
  const limitParameter = claim.kind === "limit" ? claim.limit.parameter : undefined;
  if (limitParameter !== undefined) {
    const def = model.parameters.fields.find((f) => f.name === limitParameter);
    const names = model.parameters.fields.map((f) => f.name);
    if (def === undefined) problems.add(at("limit", "parameter"), `unknown parameter '${limitParameter}' of ${model.id}${suggestion(limitParameter, names)} (parameters: ${names.join(", ")})`);
    else if (def.kind !== "real") problems.add(at("limit", "parameter"), `'${limitParameter}' is a choice parameter; a limit needs a real parameter`);
  }
  const domain = readDomain(model, ctx.source.data, claim, k, problems.problems.length > start ? undefined : limitParameter, scope, problems, (p) => problems.lineOf(p));
  if (domain === undefined || problems.problems.length > start) return undefined;
  const base = {
    file: ctx.source.file,
    doc: ctx.doc,
    model,
    name: claim.id,
    statement: claim.statement,
    where: claim.where ?? "claim file",
    ...(claim.tex !== undefined ? { tex: claim.tex } : {}),
    domain,
    quantities: ctx.quantities,
  };
  const formula = (field: string, value: string | number, quantities: boolean): UserFormula | undefined => {
    const f = prepareFormula(value, scope, { quantities });
    if (typeof f === "string") {
      problems.add(at(field), `'${value}': ${f}`);
      return undefined;
    }
    return f;
  };
  const reference = (field: DataPath, text: string): QuantityReference | undefined => {
    const ref = parseQuantityReference(text);
    if (typeof ref === "string") {
      problems.add(field, ref);
      return undefined;
    }
    return ref;
  };
  const criterion = <C>(field: string, build: () => C): C | undefined => {
    try {
      return build();
    } catch (error) {
      if (!(error instanceof ParameterError)) throw error;
      problems.add(at(...field.split(".")), `${error.parameter.replace(/^\w+\./, "")}: expected ${error.allowed}`);
      return undefined;
    }
  };
  // every reference must name a quantity of the model (those inside formulas included)
  const checkReferences = (against: QuantityReference | undefined) => {
    for (const ref of [...(against ? [against] : []), ...[...placeholders.values()].map((e) => e.reference)]) {
      const q = findQuantity(model, ref.quantity);
      if (typeof q === "string") problems.add(at(fieldOfReference(claim, ref.text)), q);
    }
  };
  let prepared: PreparedClaim | undefined;
  const checks: FormulaAt[] = [];
  switch (claim.kind) {
    case "agreement": {
      const f = formula("formula", claim.formula, true);
      const against = reference(at("against"), claim.against);
      const c = criterion("rtol", () => {
        if (claim.rtol === undefined && claim.atol === undefined) throw new ParameterError("rtol", undefined, "a tolerance: rtol or atol (> 0), with the reason");
        return close({ rtol: claim.rtol, atol: claim.atol, reason: claim.reason });
      });
      if (f && against && c) {
        prepared = { ...base, kind: "agreement", formula: f, against, criterion: c };
        checks.push({ field: "formula", formula: f });
      }
      break;
    }
    case "limit": {
      const f = formula("formula", claim.formula, true);
      const against = reference(at("against"), claim.against);
      const approach = readApproach(claim, scope, (field, message) => problems.add(at("limit", field), message));
      const c = criterion("limit.order", () => order({ expected: claim.limit.order, window: claim.limit.window, monotone: claim.limit.monotone, reason: claim.reason }));
      if (f && against && approach && c) {
        prepared = { ...base, kind: "limit", formula: f, against, approach, criterion: c };
        checks.push({ field: "formula", formula: f });
      }
      break;
    }
    case "invariant":
      prepared = prepareInvariant(claim, base, scope, (field, message) => problems.add(at(field), message), checks);
      break;
    case "identity": {
      const a = formula("formula", claim.formula, false);
      const b = formula("equals", claim.equals, false);
      const c = criterion("rtol", () => identity({ rtol: claim.rtol ?? 1e-9, atol: claim.atol, reason: claim.reason }));
      if (a && b && c) {
        prepared = { ...base, kind: "identity", a, b, aText: exactText(a, domain), bText: exactText(b, domain), criterion: c };
        checks.push({ field: "formula", formula: a }, { field: "equals", formula: b });
      }
      break;
    }
  }
  checkReferences(prepared !== undefined && "against" in prepared ? prepared.against : "against" in claim ? againstOf(claim.against) : undefined);
  if (prepared === undefined || problems.problems.length > start) return undefined;
  // a domain or fixed entry the claim inherits from the file is pointed at where the file has it
  const inherited = (field: readonly (string | number)[]) => (field[0] === "domain" || field[0] === "fixed") && !hasPath(claim, field) && hasPath(ctx.source.data, field);
  preflight(prepared, checks, PREFLIGHT_SEED, (field, message) => problems.add(at(...field), message, inherited(field) ? { positionOf: field } : {}), (ref) => fieldOfReference(claim, ref.text));
  return problems.problems.length > start ? undefined : prepared;
}

/** The field a reference was written in (for messages): against, formula, scale or define. */
function fieldOfReference(claim: UserClaimData, text: string): string {
  if ("against" in claim && claim.against.trim() === text) return "against";
  if (claim.kind === "invariant" && claim.scale !== undefined && String(claim.scale).includes(`Q(${text})`)) return "scale";
  if (String(claim.formula).includes(`Q(${text})`)) return "formula";
  return "define";
}

function prepareInvariant(
  claim: Extract<UserClaimData, { kind: "invariant" }>,
  base: Omit<PreparedClaim, "kind" | "criterion">,
  scope: FormulaScope,
  report: (field: string, message: string) => void,
  checks: FormulaAt[],
): PreparedClaim | undefined {
  const text = String(claim.formula);
  const replaced = replaceQuantityReferences(text, scope.placeholders);
  if (typeof replaced === "string") {
    report("formula", replaced);
    return undefined;
  }
  let chain;
  try {
    chain = splitComparisons(replaced.text);
  } catch (error) {
    report("formula", `'${text}': ${error instanceof ParameterError ? `expected ${error.allowed}` : (error as Error).message.replace(/^symbolic parse failed on '.*?': /s, "")}`);
    return undefined;
  }
  if (chain.operators.length === 0) {
    report("formula", `'${text}' is not a comparison: an invariant reads e.g. '-betaA*Q(heat-current-A) - betaB*Q(heat-current-B) >= 0' or '0 <= Q(x) <= 1'`);
    return undefined;
  }
  const sides: UserFormula[] = [];
  for (const side of chain.sides) {
    const f = prepareReplaced(restoreQuantityReferences(side, scope.placeholders), side, scope, { quantities: true });
    if (typeof f === "string") {
      report("formula", `'${text}': ${f}`);
      return undefined;
    }
    sides.push(f);
  }
  const equality = chain.operators.includes("==");
  if (equality && chain.operators.length > 1) {
    report("formula", "== cannot be chained with other comparisons: write one invariant per comparison");
    return undefined;
  }
  let scale: UserFormula | undefined;
  if (claim.scale !== undefined) {
    const f = prepareFormula(claim.scale, scope, { quantities: true });
    if (typeof f === "string") {
      report("scale", `'${claim.scale}': ${f}`);
      return undefined;
    }
    scale = f;
  }
  let criterion: Criterion;
  try {
    if (equality) {
      if (claim.slack !== undefined || claim.scale !== undefined) throw new ParameterError(claim.slack !== undefined ? "slack" : "scale", claim.slack ?? claim.scale, "rtol and/or atol for an equality (== is judged by |a − b| ≤ atol + rtol·max(|a|,|b|)); slack and scale belong to inequalities");
      if (claim.rtol === undefined && claim.atol === undefined) throw new ParameterError("rtol", undefined, "a tolerance for the equality: rtol or atol (> 0), with the reason");
      criterion = close({ rtol: claim.rtol, atol: claim.atol, reason: claim.reason });
    } else {
      if (claim.rtol !== undefined || claim.atol !== undefined) throw new ParameterError(claim.rtol !== undefined ? "rtol" : "atol", claim.rtol ?? claim.atol, "slack (with scale) for an inequality; rtol and atol belong to == and agreement claims");
      const signs = chain.operators.map((op) => sign({ sign: SIGN_OF[op as Exclude<ComparisonOperator, "==">], slack: claim.slack ?? 0, reason: claim.reason }));
      criterion = signs.length === 1 ? signs[0] : all(Object.fromEntries(signs.map((s, i) => [`c${i + 1}`, s])));
    }
  } catch (error) {
    if (!(error instanceof ParameterError)) throw error;
    report(error.parameter.replace(/^\w+\./, ""), `expected ${error.allowed}`);
    return undefined;
  }
  sides.forEach((f) => checks.push({ field: "formula", formula: f }));
  if (scale) checks.push({ field: "scale", formula: scale, positive: true });
  return { ...base, kind: "invariant", sides, operators: chain.operators, ...(scale !== undefined ? { scale } : {}), criterion, source: text } as PreparedClaim;
}

/** lhs OP rhs is judged on its margin, the greater side minus the smaller (invariant-claim.ts): ≥ 0, or > 0 for a strict comparison. */
const SIGN_OF: Record<Exclude<ComparisonOperator, "==">, SignCriterion["sign"]> = { ">=": "non-negative", ">": "positive", "<=": "non-negative", "<": "positive" };

function readApproach(claim: Extract<UserClaimData, { kind: "limit" }>, scope: FormulaScope, report: (field: string, message: string) => void): Approach | undefined {
  const { parameter, to, side = "above", span = [0.1, 0.001], points = 6 } = claim.limit;
  if (span[0] === span[1]) {
    report("span", `[${span[0]}, ${span[1]}] is not a span: h runs from span[0] down to span[1]`);
    return undefined;
  }
  const [hMax, hMin] = span[0] > span[1] ? span : [span[1], span[0]];
  let scale: UserFormula | number = 1;
  if (claim.limit.scale !== undefined) {
    const f = prepareFormula(claim.limit.scale, scope, { quantities: false });
    if (typeof f === "string") {
      report("scale", `'${claim.limit.scale}': ${f}`);
      return undefined;
    }
    if (f.parameters.includes(parameter)) {
      report("scale", `the scale may not depend on the limit parameter '${parameter}'`);
      return undefined;
    }
    scale = f.parameters.length === 0 ? f.evaluate({}) : f;
  }
  const h = Array.from({ length: points }, (_, i) => hMax * (hMin / hMax) ** (i / (points - 1)));
  const s = (point: ParameterPoint) => (typeof scale === "number" ? scale : scale.evaluate(point));
  const scaleText = claim.limit.scale === undefined ? "" : String(claim.limit.scale);
  const finite = typeof to === "number";
  const direction = side === "below" ? -1 : 1;
  const hLabel = finite ? `|${parameter} − ${to}|${scaleText ? `/(${scaleText})` : ""}` : `${scaleText ? `(${scaleText})` : "1"}/|${parameter}|`;
  return {
    parameter,
    to,
    h,
    hLabel,
    valueAt: (point, hh) => (finite ? (to as number) + direction * hh * s(point) : (to === "infinity" ? 1 : -1) * (s(point) / hh)),
    text: `${parameter} → ${to}${finite ? ` from ${side}` : ""}: h = ${hLabel} from ${hMax} to ${hMin} (${points} log-spaced values)`,
  };
}

/**
 * A side of an identity as text for exact algebra: parameters that are not sampled are
 * replaced by their fixed or default values (fixed formulas by their text), sampled ones stay free.
 */
function exactText(f: UserFormula, domain: ClaimDomain): string {
  const substitutions: Record<string, Definition> = {};
  const defaults = new Map(domain.schema.fields.map((d) => [d.name, d.default]));
  for (const name of domain.schema.fields.map((d) => d.name)) {
    if (domain.sampled.has(name)) continue;
    const fixed = domain.fixed.get(name);
    if (fixed?.kind === "formula") substitutions[name] = { body: fixed.formula.text };
    else {
      const v = fixed?.kind === "value" ? fixed.value : defaults.get(name);
      if (typeof v === "number") substitutions[name] = { body: String(v) };
    }
  }
  return Object.keys(substitutions).length === 0 ? f.text : inlineDefinitions(f.text, substitutions);
}

function hasPath(data: unknown, path: readonly (string | number)[]): boolean {
  let v: unknown = data;
  for (const part of path) {
    if (v === null || typeof v !== "object" || !Object.hasOwn(v, part)) return false;
    v = (v as Record<string | number, unknown>)[part];
  }
  return true;
}

function againstOf(text: string): QuantityReference | undefined {
  const ref = parseQuantityReference(text);
  return typeof ref === "string" ? undefined : ref;
}

function lineText(line: number | undefined): string {
  return line === undefined ? "" : `, line ${line}`;
}
