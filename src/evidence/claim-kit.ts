import type fc from "fast-check";
import type { ClaimKind, Erratum, JudgedClaim, Source, VerifyContext } from "../core/claim.js";
import type { Criterion } from "../core/criterion.js";
import { ParameterError } from "../core/errors.js";
import type { Measurement, Observation } from "../core/measurement.js";
import type { ParameterSchema } from "../core/parameters.js";
import { judgedProperty } from "./property.js";

/**
 * The one way to write a claim (DESIGN §1, docs/architecture.md): `claimsFor(model, doc)`
 * gives a kit that fills the id ("<model>/<name>"), the source document and the place,
 * and builds
 * - `claim`: evidence that returns an Observation (a measurement, never a verdict);
 * - `property`: a measurement at every sample of an arbitrary, each judged by the claim's
 *   criterion (fast-check shrinks a failing sample; replay with seed and path);
 * - `erratum`: the printed and the corrected form of a formula, declared once (both
 *   halves share the criterion, the domain and the evidence, which is given the form).
 * Whether a claim is expected to hold is not the claim's business: the expected-verdict
 * ledger (verdicts/<model>.json) says so.
 */

/** What every claim declares besides its evidence. */
export interface ClaimSpec {
  /** Short name: the id is "<model>/<name>". */
  readonly name: string;
  /** Place in the source: "eq. (47)", "slide 5", "Fig. 3 caption", … */
  readonly where: string;
  readonly statement: string;
  /** The statement's formula in TeX, for the HTML report. */
  readonly tex?: string;
  readonly kind: ClaimKind;
  /** The parameter region where the claim is asserted, in words. */
  readonly domain: string;
  /** How the claim is judged: exactly what the judge applies. */
  readonly criterion: Criterion;
  /** Hand steps of a derivation with the check backing each ([] = the engine does every step). */
  readonly handSteps?: readonly string[];
  /** True when the claim cannot fail by construction of the numerics (tests the code, not the paper). */
  readonly solverCheck?: boolean;
}

/** A claim whose evidence is computed once per run. */
export interface ObservedClaimSpec extends ClaimSpec {
  readonly measure: (context: VerifyContext) => Observation | Promise<Observation>;
}

/** A property claim: a measurement at every sample of `arbitrary`. */
export interface PropertyClaimSpec<T> extends ClaimSpec {
  readonly arbitrary: fc.Arbitrary<T>;
  readonly measure: (sample: T) => Measurement;
  /** Describes a sample in the report (default: the kit's parameter description, or JSON). */
  readonly describe?: (sample: T) => string;
  /** Samples checked first, e.g. the point where the source's statement is demonstrated to fail. */
  readonly examples?: readonly T[];
  /** Load-independent text added to the verdict's details (what the property measures). */
  readonly note?: string;
}

/** The two halves of an erratum, declared once. */
export interface ErratumSpec {
  /** Names of the two claims. */
  readonly printedName: string;
  readonly correctedName: string;
  readonly where: string;
  readonly kind: ClaimKind;
  readonly domain: string;
  readonly criterion: Criterion;
  /** The formula as printed and as corrected (text for the errata table). */
  readonly printed: string;
  readonly corrected: string;
  /** The two formulas in TeX, for the HTML report. */
  readonly printedTex?: string;
  readonly correctedTex?: string;
  /** Statements of the two claims. */
  readonly printedStatement: string;
  readonly correctedStatement: string;
  /** Why the printed form is wrong (the evidence, in words). */
  readonly why: string;
  readonly handSteps?: readonly string[];
}

/** Evidence of an erratum: the same measurement for either form. */
export type ErratumEvidence<T> =
  | { readonly measure: (form: "printed" | "corrected", context: VerifyContext) => Observation | Promise<Observation> }
  | {
      readonly arbitrary: fc.Arbitrary<T>;
      readonly measureSample: (form: "printed" | "corrected", sample: T) => Measurement;
      readonly describe?: (sample: T) => string;
      /** Samples checked first, e.g. the point the source states, where the printed form is demonstrated to fail. */
      readonly examples?: readonly T[];
    };

export interface ClaimKit<P> {
  readonly model: string;
  readonly doc: string;
  /** The source record of a place in the document. */
  source(where: string): Source;
  claim(spec: ObservedClaimSpec): JudgedClaim;
  property<T>(spec: PropertyClaimSpec<T>): JudgedClaim;
  erratum<T>(spec: ErratumSpec, evidence: ErratumEvidence<T>): readonly [JudgedClaim, JudgedClaim];
  /** "ω_A=1, Γ_A=0.1, …": a parameter set described from the model's schema (descriptions, 4 digits). */
  describeParams(params: P): string;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9-]*$/;

/**
 * The claim kit of a model.
 * Throws ParameterError for a malformed model id or document.
 * @example claimsFor({ model: "coupled-tls", doc: "004_a34d5d2333a6057f.txt" }).source("slide 5") // { doc: "004_…", where: "slide 5" }
 */
export function claimsFor<P = Record<string, unknown>>(spec: { readonly model: string; readonly doc: string; readonly schema?: ParameterSchema<P> }): ClaimKit<P> {
  if (!/^[a-z0-9-]+$/.test(spec.model)) throw new ParameterError("model", spec.model, "a model id of lower-case letters, digits and '-'");
  if (spec.doc.trim() === "") throw new ParameterError("doc", spec.doc, "the seed document's file name");
  const source = (where: string): Source => {
    if (where.trim() === "") throw new ParameterError("where", where, "a place in the source (equation, figure, slide, section)");
    return { doc: spec.doc, where };
  };
  const base = (s: ClaimSpec, erratum?: Erratum) => {
    if (!NAME.test(s.name)) throw new ParameterError("name", s.name, "a short name of letters, digits and '-'");
    if (s.statement.trim() === "") throw new ParameterError(`${s.name}.statement`, s.statement, "the source's statement in words");
    if (s.domain.trim() === "") throw new ParameterError(`${s.name}.domain`, s.domain, "the region where the claim is asserted, in words");
    return {
      id: `${spec.model}/${s.name}`,
      model: spec.model,
      source: source(s.where),
      statement: s.statement,
      ...(s.tex !== undefined ? { tex: s.tex } : {}),
      kind: s.kind,
      domain: s.domain,
      criterion: s.criterion,
      ...(erratum !== undefined ? { erratum } : {}),
      ...(s.handSteps !== undefined ? { handSteps: s.handSteps } : {}),
      ...(s.solverCheck ? { solverCheck: true } : {}),
    };
  };
  const describeParams = (params: P): string => {
    const fields = spec.schema?.fields ?? [];
    if (fields.length === 0) return JSON.stringify(params);
    const record = params as unknown as Record<string, unknown>;
    return fields
      .filter((f) => f.name in record)
      .map((f) => {
        const v = record[f.name];
        return `${f.name}=${typeof v === "number" ? (Number.isInteger(v) ? String(v) : v.toPrecision(4)) : String(v)}`;
      })
      .join(", ");
  };
  const propertyMeasure = <T>(criterion: Criterion, arbitrary: fc.Arbitrary<T>, measure: (sample: T) => Measurement, describe: ((sample: T) => string) | undefined, examples: readonly T[] | undefined, note: string | undefined) =>
    (context: VerifyContext): Observation => {
      const measurement = judgedProperty({ criterion, arbitrary, measure, describe: describe ?? ((s: T) => describeParams(s as unknown as P)), ...(examples !== undefined ? { examples } : {}) }, context);
      return { measurement, ...(note !== undefined ? { note } : {}) };
    };
  return {
    model: spec.model,
    doc: spec.doc,
    source,
    describeParams,
    claim: (s) => Object.freeze({ ...base(s), measure: s.measure }),
    property: <T>(s: PropertyClaimSpec<T>) => Object.freeze({ ...base(s), measure: propertyMeasure(s.criterion, s.arbitrary, s.measure, s.describe, s.examples, s.note) }),
    erratum: <T>(s: ErratumSpec, evidence: ErratumEvidence<T>) => {
      const printedId = `${spec.model}/${s.printedName}`;
      const correctedId = `${spec.model}/${s.correctedName}`;
      const erratum = (role: "printed" | "corrected"): Erratum => ({
        role,
        partner: role === "printed" ? correctedId : printedId,
        printed: s.printed,
        corrected: s.corrected,
        ...(s.printedTex !== undefined ? { printedTex: s.printedTex } : {}),
        ...(s.correctedTex !== undefined ? { correctedTex: s.correctedTex } : {}),
        explanation: s.why,
      });
      const measureFor = (form: "printed" | "corrected") =>
        "measure" in evidence
          ? (context: VerifyContext) => evidence.measure(form, context)
          : propertyMeasure(s.criterion, evidence.arbitrary, (sample: T) => evidence.measureSample(form, sample), evidence.describe, evidence.examples, undefined);
      const half = (form: "printed" | "corrected"): JudgedClaim =>
        Object.freeze({
          ...base(
            {
              name: form === "printed" ? s.printedName : s.correctedName,
              where: s.where,
              statement: form === "printed" ? s.printedStatement : s.correctedStatement,
              ...((form === "printed" ? s.printedTex : s.correctedTex) !== undefined ? { tex: (form === "printed" ? s.printedTex : s.correctedTex) as string } : {}),
              kind: s.kind,
              domain: s.domain,
              criterion: s.criterion,
              ...(s.handSteps !== undefined ? { handSteps: s.handSteps } : {}),
            },
            erratum(form),
          ),
          measure: measureFor(form),
        });
      return [half("printed"), half("corrected")] as const;
    },
  };
}
