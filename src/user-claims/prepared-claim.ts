import type { CloseCriterion, Criterion, IdentityCriterion, OrderCriterion } from "../core/criterion.js";
import type { ModelDefinition } from "../core/model.js";
import type { ComparisonOperator } from "../symbolic/index.js";
import type { ClaimDomain, ParameterPoint } from "./claim-domain.js";
import type { QuantityEvaluator, QuantityReference } from "./quantity-reference.js";
import type { UserFormula } from "./user-formula.js";

/**
 * A claim of a claim file after every check: its formulas prepared, its domain as data and
 * its criterion built — everything the evidence needs, nothing left to validate.
 */

export interface PreparedBase {
  /** The claim file it comes from. */
  readonly file: string;
  /** The document named as source (the file's `source`, or the file's name). */
  readonly doc: string;
  readonly model: ModelDefinition;
  /** The claim's short name (its id is "<model>/<name>"). */
  readonly name: string;
  readonly statement: string;
  readonly where: string;
  readonly tex?: string;
  readonly domain: ClaimDomain;
  readonly quantities: QuantityEvaluator;
}

export interface PreparedAgreement extends PreparedBase {
  readonly kind: "agreement";
  readonly formula: UserFormula;
  readonly against: QuantityReference;
  readonly criterion: CloseCriterion;
}

/** How a limit is approached: h runs log-spaced over `h`, the parameter follows. */
export interface Approach {
  readonly parameter: string;
  readonly to: number | "infinity" | "-infinity";
  /** The values of h, decreasing. */
  readonly h: readonly number[];
  /** The parameter's value at h for a point of the rest of the domain. */
  valueAt(point: ParameterPoint, h: number): number;
  /** "|epsilon − 0|/(gammaA)", "(D + omega0)/T": what h is, for labels. */
  readonly hLabel: string;
  /** The approach in words, for the domain text. */
  readonly text: string;
}

export interface PreparedLimit extends PreparedBase {
  readonly kind: "limit";
  readonly formula: UserFormula;
  readonly against: QuantityReference;
  readonly approach: Approach;
  readonly criterion: OrderCriterion;
}

export interface PreparedInvariant extends PreparedBase {
  readonly kind: "invariant";
  /** The sides of the comparison chain (sides.length = operators.length + 1). */
  readonly sides: readonly UserFormula[];
  readonly operators: readonly ComparisonOperator[];
  /** The scale of the round-off allowance of inequalities (absent: 1). */
  readonly scale?: UserFormula;
  readonly criterion: Criterion;
  /** The formula as written, for labels. */
  readonly source: string;
}

export interface PreparedIdentity extends PreparedBase {
  readonly kind: "identity";
  readonly a: UserFormula;
  readonly b: UserFormula;
  /** The two sides as text for exact algebra: fixed and default parameters substituted, sampled ones free. */
  readonly aText: string;
  readonly bText: string;
  readonly criterion: IdentityCriterion;
}

export type PreparedClaim = PreparedAgreement | PreparedLimit | PreparedInvariant | PreparedIdentity;
