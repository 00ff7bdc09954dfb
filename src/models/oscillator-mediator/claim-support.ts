import type { LegacyClaim as Claim, ClaimKind, Erratum, Outcome, Source } from "../../core/claim.js";
import type { Tolerance } from "../../core/tolerance.js";
import { fitConvergenceOrder } from "../../evidence/convergence-order.js";
import { parameterArbitrary } from "../../evidence/arbitraries.js";
import type { OscillatorMediatorParams } from "./params.js";
import { oscillatorMediatorParameterSchema, resolveOscillatorMediatorParams } from "./params.js";

/**
 * Shared vocabulary of the oscillator-mediator claims: ids, sources, the property
 * arbitrary of the physical domain, and the verdict of a limit from its measured order.
 */

export const MODEL_ID = "oscillator-mediator";
export const SEED_DOC = "002_1f8d4f9374398bb6.txt";

/** Source record for an equation or section of the seed paper. */
export function source(where: string): Source {
  return { doc: SEED_DOC, where };
}

/** Builds a claim with the model's id prefix. */
export function claim(fields: {
  name: string;
  where: string;
  statement: string;
  kind: ClaimKind;
  tolerance: Tolerance;
  domain: string;
  erratum?: Erratum;
  expectedToFail?: { why: string };
  verify: Claim["verify"];
}): Claim {
  return {
    id: `${MODEL_ID}/${fields.name}`,
    model: MODEL_ID,
    source: source(fields.where),
    statement: fields.statement,
    kind: fields.kind,
    tolerance: fields.tolerance,
    domain: fields.domain,
    ...(fields.erratum ? { erratum: fields.erratum } : {}),
    ...(fields.expectedToFail ? { expectedToFail: fields.expectedToFail } : {}),
    verify: fields.verify,
  };
}

/** The discretisation fields are irrelevant for analytic properties: held at their defaults. */
const DISCRETISATION_FIXED = { bathModes: 100, modeSpacing: 0.1, tStart: 10, tEnd: 20, timeSamples: 5, chainSubsystems: 10 } as const;

/**
 * Arbitrary of physical parameter sets: ω0, γ1, γ2, D, T1, T2, T log-uniform over the
 * schema's sampling windows (ω0 ∈ [0.3, 3], γ ∈ [0.01, 10], D ∈ [0.1, 100], T ∈ [0.05, 20]),
 * with optional fixed fields (e.g. equal couplings are imposed by `equalCouplings`).
 */
export function physicalArbitrary(options: { fixed?: Partial<Record<keyof OscillatorMediatorParams, number>>; equalCouplings?: boolean } = {}) {
  const arb = parameterArbitrary(oscillatorMediatorParameterSchema, { fixed: { ...DISCRETISATION_FIXED, ...(options.fixed ?? {}) } });
  return options.equalCouplings ? arb.map((p) => resolveOscillatorMediatorParams({ ...p, gamma2: p.gamma1 })) : arb;
}

/** Short description of a parameter set for counterexamples. */
export function describeParams(p: OscillatorMediatorParams): string {
  return `ω0=${fmt(p.omega0)}, γ1=${fmt(p.gamma1)}, γ2=${fmt(p.gamma2)}, D=${fmt(p.D)}, T1=${fmt(p.T1)}, T2=${fmt(p.T2)}, T=${fmt(p.T)}`;
}

export function fmt(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toPrecision(4);
}

/**
 * Verdict of a limit claim: the errors along the sequence h → 0 are fitted to C·h^p and the
 * claim holds when |p − expectedOrder| ≤ tolerance.atol and the errors decrease monotonically.
 * measuredError = |p − expectedOrder|.
 */
export function limitOutcome(args: {
  h: readonly number[];
  errors: readonly number[];
  expectedOrder: number;
  tolerance: Tolerance;
  hLabel: string;
  what: string;
}): Outcome {
  const abs = args.errors.map(Math.abs);
  const { order } = fitConvergenceOrder(args.h, abs);
  const monotone = abs.every((e, i) => i === 0 || e < abs[i - 1]);
  const deviation = Math.abs(order - args.expectedOrder);
  return {
    holds: monotone && deviation <= args.tolerance.atol,
    measuredError: deviation,
    order: { measured: order, expected: args.expectedOrder },
    details:
      `${args.what}: errors ${abs.map((e) => e.toExponential(2)).join(", ")} at ${args.hLabel} = ${args.h.map(fmt).join(", ")}; ` +
      `fitted order ${order.toFixed(3)} (expected ${args.expectedOrder})${monotone ? "" : "; errors NOT monotonically decreasing"}`,
    evidence: {
      plots: [
        {
          title: args.what,
          xLabel: args.hLabel,
          yLabel: "|relative error|",
          logX: true,
          logY: true,
          series: [{ name: "measured", x: [...args.h], y: abs }],
        },
      ],
    },
  };
}

/** Outcome of a scalar comparison a ≈ b under a tolerance (relative error reported). */
export function scalarOutcome(actual: number, expected: number, tol: Tolerance, what: string): Outcome {
  const scale = Math.max(Math.abs(actual), Math.abs(expected));
  const abs = Math.abs(actual - expected);
  const allowed = tol.atol + tol.rtol * scale;
  return {
    holds: abs <= allowed,
    measuredError: scale === 0 ? 0 : abs / scale,
    details: `${what}: ${actual.toPrecision(10)} vs ${expected.toPrecision(10)}, |Δ| = ${abs.toExponential(3)} (relative ${(scale === 0 ? 0 : abs / scale).toExponential(3)}; allowed ${allowed.toExponential(3)})`,
  };
}
