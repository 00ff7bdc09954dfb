import { ParameterError } from "../core/errors.js";
import type { Tolerance } from "../core/tolerance.js";
import type { Measurement } from "../evidence/property.js";
import { DEFAULT_SEED, propertyRuns } from "../checks/runner.js";
import { checkProperty } from "../evidence/property.js";
import { coupledTlsChecks } from "./coupled-tls-checks.js";
import { oscillatorMediatorChecks } from "./oscillator-mediator-checks.js";
import { resonantLevelChecks } from "./resonant-level-probes-checks.js";
import { setEntropyChecks } from "./set-entropy-production-checks.js";
import { solverAbortIn, type SolverCheck, type SolverVerdict } from "./solver-check.js";
import type { SolverInterfaces, SolverModelId } from "./solver-interfaces.js";
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
  /** set-entropy-production only: restrict the populations checks to one kind of initial bath state (e.g. a solver without qtherm's seeded Fock-state draw: 'thermal'); the observables checks always use thermal states. */
  readonly initial?: "thermal" | "pure";
}

/** What checkSolver returns: a verdict per check, and whether all hold. */
export interface SolverReport {
  readonly model: SolverModelId;
  readonly holds: boolean;
  readonly seed: number;
  readonly numRuns: number;
  readonly verdicts: readonly SolverVerdict[];
  /** Set when the solver stopped answering (it threw SolverAbort, e.g. a solver process that crashed): why, in which check, and the checks not run. */
  readonly stopped?: SolverStop;
}

/** Why a check run stopped early: the solver could no longer answer. */
export interface SolverStop {
  readonly reason: string;
  /** The check that was running. */
  readonly check: string;
  /** Checks that did not run. */
  readonly notRun: readonly string[];
}

/** Hooks of {@link runSolverChecks} (the any-language bridge uses them; checkSolver passes none). */
export interface SolverCheckHooks<X extends object> {
  /** Called as every measurement of the solver begins (the last one of a failed check is at its shrunk counterexample). */
  readonly onMeasure?: () => void;
  /** Called after a check fails with its shrunk counterexample; what it returns is merged into the verdict. */
  readonly annotateFailure?: (check: SolverCheck<unknown>, counterexample: unknown) => X;
}

/** Per model: the checks of a solver, the methods it may provide, the model-specific options it accepts. */
const MODELS: { readonly [M in SolverModelId]: { build: (solver: SolverInterfaces[M], options: CheckSolverOptions) => SolverCheck<unknown>[]; methods: string; options: readonly ("coupling" | "initial")[] } } = {
  "coupled-tls": {
    build: (s, o) => coupledTlsChecks(s, { ...(o.tolerance ? { tolerance: o.tolerance } : {}), ...(o.coupling ? { coupling: o.coupling } : {}) }) as SolverCheck<unknown>[],
    methods: "steadyState, heatCurrentA",
    options: ["coupling"],
  },
  "two-site-chain-baths": { build: (s, o) => twoSiteChecks(s, o.tolerance ? { tolerance: o.tolerance } : {}) as SolverCheck<unknown>[], methods: "ness, particleCurrent", options: [] },
  "oscillator-mediator": { build: (s, o) => oscillatorMediatorChecks(s, o.tolerance ? { tolerance: o.tolerance } : {}) as SolverCheck<unknown>[], methods: "heatCurrent, conductance", options: [] },
  "set-entropy-production": {
    build: (s, o) => setEntropyChecks(s, { ...(o.tolerance ? { tolerance: o.tolerance } : {}), ...(o.initial ? { initial: o.initial } : {}) }) as SolverCheck<unknown>[],
    methods: "populations, observables",
    options: ["initial"],
  },
  "resonant-level-probes": { build: (s, o) => resonantLevelChecks(s, o.tolerance ? { tolerance: o.tolerance } : {}) as SolverCheck<unknown>[], methods: "populationsExact", options: [] },
};

const MODEL_IDS = Object.keys(MODELS) as SolverModelId[];

/**
 * Checks a user's solver against qtherm: for every method the solver provides,
 * agreement with qtherm's reference (exact numerics or the source's exact
 * closed form) and reference-free invariants (trace, positivity, conservation,
 * second law, antisymmetry, limits), each as a seeded fast-check property over
 * the model's parameter domain (the schema's sampling windows). A failing check
 * carries the shrunk counterexample, its seed and replay path.
 * Interfaces (solver-interfaces.ts): CoupledTlsSolver, TwoSiteChainBathsSolver,
 * OscillatorMediatorSolver, SetEntropyProductionSolver, ResonantLevelProbesSolver.
 * An exception thrown by the solver, or a value of the wrong shape or a NaN, fails the
 * check with the message in `details`.
 * @throws ParameterError for an unknown model, a solver providing no method, or bad options.
 * @example
 *   const report = await checkSolver("coupled-tls", { heatCurrentA: (p) => mySolver(p) }, { coupling: "incoherent" });
 *   report.holds; report.verdicts[0].counterexample;
 */
export async function checkSolver<M extends SolverModelId>(model: M, solver: SolverInterfaces[M], options: CheckSolverOptions = {}): Promise<SolverReport> {
  return runSolverChecks(model, solver, options);
}

/**
 * Checks `options` for `model` as checkSolver does, before anything runs.
 * @throws ParameterError for an unknown model, numRuns that is not a positive integer, or a model-specific option given for another model.
 */
export function validateCheckSolverOptions(model: string, options: CheckSolverOptions): asserts model is SolverModelId {
  if (!MODEL_IDS.includes(model as SolverModelId)) throw new ParameterError("model", model, `one of ${MODEL_IDS.map((m) => `'${m}'`).join(", ")} (models with a solver interface)`);
  if (options.numRuns !== undefined && !(Number.isInteger(options.numRuns) && options.numRuns > 0)) throw new ParameterError("numRuns", options.numRuns, "a positive integer");
  const entry = MODELS[model as SolverModelId];
  for (const name of ["coupling", "initial"] as const) {
    if (options[name] !== undefined && !entry.options.includes(name)) {
      const owner = MODEL_IDS.find((m) => MODELS[m].options.includes(name));
      throw new ParameterError(name, options[name], `only with model '${owner}'`);
    }
  }
}

/**
 * checkSolver with hooks, synchronously (one implementation of the checks for solvers in
 * TypeScript and, through the any-language bridge, in other processes). A solver that
 * throws SolverAbort stops the run: the check that was running is reported as not decided
 * (holds: false, the reason in its details) and `stopped` lists the checks that did not run.
 * @throws ParameterError as checkSolver.
 */
export function runSolverChecks<M extends SolverModelId, X extends object = object>(
  model: M,
  solver: SolverInterfaces[M],
  options: CheckSolverOptions = {},
  hooks: SolverCheckHooks<X> = {},
): SolverReport & { readonly verdicts: readonly (SolverVerdict & Partial<X>)[] } {
  validateCheckSolverOptions(model, options);
  if (typeof solver !== "object" || solver === null) throw new ParameterError("solver", String(solver), "an object implementing the model's solver interface");
  const entry = MODELS[model];
  const checks = entry.build(solver, options);
  if (checks.length === 0) throw new ParameterError("solver", Object.keys(solver).join(", ") || "{}", `an object with at least one of the methods ${entry.methods}`);
  const seed = options.seed ?? DEFAULT_SEED;
  const numRuns = propertyRuns(options.numRuns);
  const context = { seed, numRuns, ...(options.path !== undefined ? { path: options.path } : {}) };
  const verdicts: (SolverVerdict & Partial<X>)[] = [];
  let stopped: SolverStop | undefined;
  for (const [index, check] of checks.entries()) {
    const identity = { id: check.id, statement: check.statement, kind: check.kind, tolerance: check.tolerance };
    let outcome;
    try {
      const measure = solverFailuresFail(check.measure);
      const observed = hooks.onMeasure ? (p: unknown) => (hooks.onMeasure!(), measure(p)) : measure;
      outcome = checkProperty({ arbitrary: check.arbitrary, measure: observed, describe: check.describe }, context);
    } catch (error) {
      const abort = solverAbortIn(error);
      if (abort === undefined) throw error;
      verdicts.push({ ...identity, holds: false, measuredError: Infinity, details: `not decided: the solver stopped answering: ${abort.message}`, seed } as SolverVerdict & Partial<X>);
      stopped = { reason: abort.message, check: check.id, notRun: checks.slice(index + 1).map((c) => c.id) };
      break;
    }
    const extra = !outcome.holds && outcome.counterexample !== undefined && hooks.annotateFailure ? hooks.annotateFailure(check, outcome.counterexample) : undefined;
    verdicts.push({ ...outcome, ...identity, ...extra } as SolverVerdict & Partial<X>);
  }
  return { model, holds: stopped === undefined && verdicts.every((v) => v.holds), seed, numRuns, verdicts, ...(stopped ? { stopped } : {}) };
}

/**
 * A measurement in which the user's solver throws, returns NaN or a value of the wrong
 * shape: that is the solver failing the check (a counterexample, shrunk and replayable),
 * not broken evidence of qtherm's.
 */
function solverFailuresFail<P>(measure: (params: P) => Measurement): (params: P) => Measurement {
  return (params) => {
    try {
      return measure(params);
    } catch (error) {
      if (solverAbortIn(error)) throw error; // not a counterexample: the run stops (runSolverChecks)
      return { error: Infinity, holds: false, note: `the solver failed: ${error instanceof Error ? error.message : String(error)}` };
    }
  };
}
