import type { EvidencePlot, JudgedClaim } from "../../core/claim.js";
import { bound, order, type OrderCriterion } from "../../core/criterion.js";
import { measure, type Measurement, type Observation, type Pair, type ValueMeasurement } from "../../core/measurement.js";
import { parameterArbitrary } from "../../evidence/arbitraries.js";
import { claimsFor } from "../../evidence/claim-kit.js";
import { oscillatorMediatorParameterSchema, resolveOscillatorMediatorParams, type OscillatorMediatorParams } from "./params.js";

/**
 * Shared vocabulary of the oscillator-mediator claims (002_1f8d4f9374398bb6.txt): the claim
 * kit, the criteria used by several files with what sets their numbers, the physical domain
 * (fast-check arbitrary), and the builders of the measurements that recur (an order of
 * convergence along h → 0, a ratio against 1, an order of magnitude).
 */

/** The seed paper of the model. */
export const SEED_DOC = "002_1f8d4f9374398bb6.txt";

export const kit = claimsFor({ model: "oscillator-mediator", doc: SEED_DOC, schema: oscillatorMediatorParameterSchema });

// ---------------------------------------------------------------- domains

/** The discretisation fields are irrelevant for analytic properties: held at their defaults. */
const DISCRETISATION_FIXED = { bathModes: 100, modeSpacing: 0.1, tStart: 10, tEnd: 20, timeSamples: 5, chainSubsystems: 10 } as const;

/**
 * Arbitrary of physical parameter sets: ω0, γ1, γ2, D, T1, T2, T log-uniform over the
 * schema's sampling windows (ω0 ∈ [0.3, 3], γ ∈ [0.01, 10], D ∈ [0.1, 100], T ∈ [0.05, 20]),
 * with optional fixed fields; `equalCouplings` sets γ2 := γ1.
 */
export function physicalArbitrary(options: { fixed?: Partial<Record<keyof OscillatorMediatorParams, number>>; equalCouplings?: boolean } = {}) {
  const arbitrary = parameterArbitrary(oscillatorMediatorParameterSchema, { fixed: { ...DISCRETISATION_FIXED, ...(options.fixed ?? {}) } });
  return options.equalCouplings ? arbitrary.map((p) => resolveOscillatorMediatorParams({ ...p, gamma2: p.gamma1 })) : arbitrary;
}

/** The domain of the property claims in words. */
export const PHYSICAL_DOMAIN = "ω0 ∈ [0.3, 3], γ1, γ2 ∈ [0.01, 10], D ∈ [0.1, 100], T1, T2, T ∈ [0.05, 20] (log-uniform)";

/** Short description of a parameter set for the worst sample and counterexamples. */
export function describeParams(p: OscillatorMediatorParams): string {
  return `ω0=${fmt(p.omega0)}, γ1=${fmt(p.gamma1)}, γ2=${fmt(p.gamma2)}, D=${fmt(p.D)}, T1=${fmt(p.T1)}, T2=${fmt(p.T2)}, T=${fmt(p.T)}`;
}

/** A number in labels: integers as they are, else 4 significant digits. */
export function fmt(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toPrecision(4);
}

// ---------------------------------------------------------------- criteria

/**
 * A fitted order of convergence with strictly decreasing errors along h → 0: |p − expected| ≤
 * window (0.25 unless the claim states otherwise), for the reason `why`.
 */
export function convergenceOrder(expected: number, why: string, window = 0.25): OrderCriterion {
  return order({ expected, window, monotone: true, reason: `allowed deviation of the fitted order from the expected one: ${why}` });
}

/**
 * One reading of "~" for every order-of-magnitude statement of Secs. VI–VIII: a ~ b means
 * |log10(a/b)| ≤ 1 (the same order of magnitude). Estimates printed with a mantissa
 * ("3·10¹³", "≈ 9") are read to their significant digit instead.
 */
export const ORDER_OF_MAGNITUDE = bound({ atMost: 1, reason: "'~' read as 'the same order of magnitude': |log10(a/b)| ≤ 1" });

/** Symbolic identities: exact algebra decides derived − printed = 0; both sides are also compared at seeded points. */
export const SYMBOLIC_REASON =
  "exact algebra (symbolic/exact) must reduce derived − printed to 0; both sides are also evaluated at 8 seeded points per identity, " +
  "log-uniform over the physical sampling windows, in complex double precision: round-off only (measured ≤ 3e-15)";

// ---------------------------------------------------------------- measurements

/** |log10(a/b)| as a value, for {@link ORDER_OF_MAGNITUDE}. */
export function orderOfMagnitude(label: string, a: number, b: number): ValueMeasurement {
  return measure.value(`|log10(${label})|`, Math.abs(Math.log10(a / b)));
}

/** The ratio a/b against 1, for criteria on |a/b − 1| (the relative deviation from a reference b ≠ 0). */
export function ratioPair(label: string, a: number, b: number): Pair {
  return { label: `${label} (ratio)`, actual: a / b, expected: 1 };
}

/** A convergence sequence with its log–log plot. */
export function convergence(h: readonly number[], errors: readonly number[], labels: { readonly h: string; readonly error: string }, note?: string): Observation {
  const plot: EvidencePlot = { title: labels.error, xLabel: labels.h, yLabel: "|error|", logX: true, logY: true, series: [{ name: "measured", x: [...h], y: errors.map(Math.abs) }] };
  return { measurement: measure.sequence(h, errors, labels), plots: [plot], ...(note !== undefined ? { note } : {}) };
}

/** What every limit claim declares: the sequence h → 0 and the error at each h. */
export interface LimitSpec {
  readonly name: string;
  readonly where: string;
  readonly statement: string;
  readonly domain: string;
  /** The order the error must fall with, the reason, and the window (default 0.25). */
  readonly expected: number;
  readonly why: string;
  readonly window?: number;
  readonly h: readonly number[];
  readonly hLabel: string;
  /** What the error is, e.g. "K(43)/K(47) − 1". */
  readonly what: string;
  readonly error: (h: number) => number;
}

/** A limit claim decided by the fitted order of its errors along h → 0. */
export function limitClaim(spec: LimitSpec): JudgedClaim {
  return kit.claim({
    name: spec.name,
    where: spec.where,
    statement: spec.statement,
    kind: "limit",
    domain: spec.domain,
    criterion: convergenceOrder(spec.expected, spec.why, spec.window),
    measure: () => convergence(spec.h, spec.h.map(spec.error), { h: spec.hLabel, error: spec.what }),
  });
}

/** An observation of several named parts, for an `all` criterion (notes joined). */
export function partsObservation(parts: Readonly<Record<string, Measurement>>, note?: string, extra: Omit<Observation, "measurement" | "note"> = {}): Observation {
  return { measurement: measure.parts(parts), ...(note !== undefined ? { note } : {}), ...extra };
}
