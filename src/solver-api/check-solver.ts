import { ParameterError } from "../core/errors.js";
import type { Tolerance } from "../core/tolerance.js";
import { DEFAULT_SEED, propertyRuns } from "../checks/runner.js";
import { checkProperty } from "../evidence/property.js";
import { coupledTlsChecks } from "./coupled-tls-checks.js";
import type { SolverCheck, SolverVerdict } from "./solver-check.js";
import type { CoupledTlsSolver, SolverInterfaces, SolverModelId, TwoSiteChainBathsSolver } from "./solver-interfaces.js";
import { twoSiteChecks } from "./two-site-chain-baths-checks.js";

/** Options of checkSolver. */
export interface CheckSolverOptions {
  /** Seed of the fast-check runs (default: qtherm verify's default seed). */
  readonly seed?: number;
  /** Samples per check (default: QTHERM_PROPERTY_RUNS or 40). */
  readonly numRuns?: number;
  /** fast-check replay path of a counterexample (with its seed). */
  readonly path?: string;
  /** Agreement tolerance replacing the model's default (state the reason). */
  readonly tolerance?: Tolerance;
  /** coupled-tls only: restrict the domain to one kind of coupling (e.g. a rate-equation solver: 'incoherent'). */
  readonly coupling?: "coherent" | "incoherent";
}

/** What checkSolver returns: a verdict per check, and whether all hold. */
export interface SolverReport {
  readonly model: SolverModelId;
  readonly holds: boolean;
  readonly seed: number;
  readonly numRuns: number;
  readonly verdicts: readonly SolverVerdict[];
}

const MODELS: readonly SolverModelId[] = ["coupled-tls", "two-site-chain-baths"];

/**
 * Checks a user's solver against qtherm: for every method the solver provides,
 * agreement with qtherm's reference (exact numerics or the source's exact
 * closed form) and reference-free invariants (trace, positivity, second law,
 * antisymmetry), each as a seeded fast-check property over the model's
 * parameter domain (the schema's sampling windows). A failing check carries the
 * shrunk counterexample, its seed and replay path.
 * Interfaces: CoupledTlsSolver, TwoSiteChainBathsSolver (solver-interfaces.ts).
 * @throws ParameterError for an unknown model, a solver providing no method, or bad options.
 * @example
 *   const report = await checkSolver("coupled-tls", { heatCurrentA: (p) => mySolver(p) }, { coupling: "incoherent" });
 *   report.holds; report.verdicts[0].counterexample;
 */
export async function checkSolver<M extends SolverModelId>(model: M, solver: SolverInterfaces[M], options: CheckSolverOptions = {}): Promise<SolverReport> {
  if (!MODELS.includes(model)) throw new ParameterError("model", model, `one of ${MODELS.map((m) => `'${m}'`).join(", ")} (models with a solver interface)`);
  if (typeof solver !== "object" || solver === null) throw new ParameterError("solver", String(solver), "an object implementing the model's solver interface");
  if (options.numRuns !== undefined && !(Number.isInteger(options.numRuns) && options.numRuns > 0)) throw new ParameterError("numRuns", options.numRuns, "a positive integer");
  if (options.coupling !== undefined && model !== "coupled-tls") throw new ParameterError("coupling", options.coupling, "only with model 'coupled-tls'");
  const checks = (
    model === "coupled-tls"
      ? coupledTlsChecks(solver as CoupledTlsSolver, { ...(options.tolerance ? { tolerance: options.tolerance } : {}), ...(options.coupling ? { coupling: options.coupling } : {}) })
      : twoSiteChecks(solver as TwoSiteChainBathsSolver, options.tolerance ? { tolerance: options.tolerance } : {})
  ) as SolverCheck<unknown>[];
  if (checks.length === 0) {
    const methods = model === "coupled-tls" ? "steadyState, heatCurrentA" : "ness, particleCurrent";
    throw new ParameterError("solver", Object.keys(solver).join(", ") || "{}", `an object with at least one of the methods ${methods}`);
  }
  const seed = options.seed ?? DEFAULT_SEED;
  const numRuns = propertyRuns(options.numRuns);
  const context = { seed, numRuns, ...(options.path !== undefined ? { path: options.path } : {}) };
  const verdicts = checks.map((check): SolverVerdict => {
    const outcome = checkProperty({ arbitrary: check.arbitrary, measure: check.measure, describe: check.describe }, context);
    return { ...outcome, id: check.id, statement: check.statement, kind: check.kind, tolerance: check.tolerance };
  });
  return { model, holds: verdicts.every((v) => v.holds), seed, numRuns, verdicts };
}
