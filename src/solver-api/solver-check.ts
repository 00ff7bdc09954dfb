import type fc from "fast-check";
import type { ClaimKind, Outcome } from "../core/claim.js";
import { QthermError } from "../core/errors.js";
import type { QuantityValue } from "../core/model.js";
import type { Tolerance } from "../core/tolerance.js";
import { findModel } from "../catalog.js";
import type { Measurement } from "../evidence/property.js";

/** One check of a user's solver: a property over a parameter domain, like a claim. */
export interface SolverCheck<P> {
  /** "<model>/solver-<name>" */
  readonly id: string;
  readonly statement: string;
  readonly kind: Extract<ClaimKind, "agreement" | "invariant" | "limit">;
  readonly tolerance: Tolerance;
  readonly arbitrary: fc.Arbitrary<P>;
  readonly measure: (params: P) => Measurement;
  readonly describe: (params: P) => string;
}

/** The verdict of one solver check: the property's outcome with the check's identity and tolerance. */
export interface SolverVerdict extends Outcome {
  readonly id: string;
  readonly statement: string;
  readonly kind: SolverCheck<unknown>["kind"];
  readonly tolerance: Tolerance;
}

/**
 * Thrown by a solver when it can no longer answer at all (a solver process that crashed,
 * hung past its timeout or broke the protocol): not a counterexample of the check that
 * was running, so checkSolver stops there, reports the reason and lists the checks it did
 * not run, instead of shrinking against a dead solver.
 */
export class SolverAbort extends QthermError {}

/** The SolverAbort in an error's cause chain, if any. */
export function solverAbortIn(error: unknown): SolverAbort | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 10; e = e.cause, depth++) {
    if (e instanceof SolverAbort) return e;
  }
  return undefined;
}

/**
 * qtherm's reference value of a model quantity (the exact numerics or the
 * source's closed form registered under that name in the catalog).
 * @throws QthermError when the model registers no such quantity.
 */
export function referenceQuantity<P>(modelId: string, name: string): (params: P) => QuantityValue {
  const quantity = findModel(modelId).quantities.find((q) => q.name === name);
  if (!quantity) throw new QthermError(`checkSolver: model '${modelId}' registers no reference quantity '${name}'`);
  return (params: P) => quantity.evaluate(params);
}
