import type { EvidencePlot } from "./claim.js";

/**
 * What a claim's evidence measures — numbers, never a verdict (DESIGN §1). The judge
 * (evidence/judge.ts) applies the claim's criterion (core/criterion.ts) to a measurement.
 * Which measurement fits which criterion:
 *   close, factor  ← pairs        bound    ← value        sign     ← signed
 *   order          ← sequence     monotone ← series       identity ← identity
 *   all            ← parts (one measurement per named part of the criterion)
 * and any criterion ← property (samples of a property, each judged by the same criterion;
 * produced by the claim kit's property runner, evidence/claim-kit.ts).
 */

/** A complex number as split parts. */
export interface ComplexParts {
  readonly re: number;
  readonly im: number;
}

/** One compared pair: the measured (or formula) value and the one it must equal. */
export interface Pair {
  /** What the pair is, e.g. "J_A at ε/Γ = 1e-4" or "ρ[1][2]". */
  readonly label: string;
  readonly actual: number | ComplexParts;
  readonly expected: number | ComplexParts;
}

export interface PairsMeasurement {
  readonly kind: "pairs";
  readonly pairs: readonly Pair[];
}

/** A single number compared with a bound. */
export interface ValueMeasurement {
  readonly kind: "value";
  readonly value: number;
  /** What the value is, e.g. "μ_R − μ_L at Γt = 10³". */
  readonly label: string;
}

/** A number whose sign is judged, with the scale its round-off allowance is relative to. */
export interface SignedMeasurement {
  readonly kind: "signed";
  readonly value: number;
  /** Natural size of the value's terms (e.g. (β_A + β_B)(Γ_Aω_A + Γ_Bω_B) for σ); > 0. */
  readonly scale: number;
  readonly label: string;
}

/** Errors along one approach h → 0 (e.g. at one parameter point). */
export interface ErrorSequence {
  readonly label: string;
  readonly h: readonly number[];
  readonly errors: readonly number[];
}

/** Errors along one or more sequences h → 0, for an order fit of each (all must satisfy the criterion). */
export interface SequenceMeasurement {
  readonly kind: "sequence";
  readonly series: readonly ErrorSequence[];
  readonly hLabel: string;
  readonly errorLabel: string;
}

/** y against x, for a monotonicity judgement; `scale` sets the round-off allowance. */
export interface SeriesMeasurement {
  readonly kind: "series";
  readonly x: readonly number[];
  readonly y: readonly number[];
  readonly scale: number;
  readonly xLabel: string;
  readonly yLabel: string;
}

/** One numeric sample of an identity: both sides at a point (null where a side is not finite). */
export interface IdentitySample {
  readonly point: Readonly<Record<string, number>>;
  readonly a: ComplexParts | null;
  readonly b: ComplexParts | null;
}

/** Both halves of an identity: what exact algebra / the engine said, and the numeric samples. */
export interface IdentityMeasurement {
  readonly kind: "identity";
  /** 'zero': a − b reduces to 0; 'nonzero': provably not 0; 'unknown': the engine could not decide. */
  readonly engine: "zero" | "nonzero" | "unknown";
  /** How the engine decided (or why it could not) — load-independent text. */
  readonly engineDetail: string;
  /** Number of points drawn (some may be skipped where neither side is finite). */
  readonly points: number;
  readonly samples: readonly IdentitySample[];
}

/** One measurement per named part of an `all` criterion. */
export interface PartsMeasurement {
  readonly kind: "parts";
  readonly parts: Readonly<Record<string, Measurement>>;
}

/** A judged sample of a property: its description and what the judge found. */
export interface JudgedSample {
  readonly description: string;
  readonly verdict: "holds" | "fails";
  readonly measuredError: number;
  readonly detail: string;
}

/**
 * The outcome of a property run (made by the claim kit, which judges every sample with
 * the claim's criterion inside the fast-check predicate so that shrinking works).
 */
export interface PropertyMeasurement {
  readonly kind: "property";
  readonly runs: number;
  readonly seed: number;
  /** The sample with the largest measured error over the run (for a failure: the demonstrated violation). */
  readonly worst: JudgedSample | null;
  /** The shrunk counterexample, when a sample failed. */
  readonly counterexample?: JudgedSample & { readonly value: unknown; readonly path: string | undefined; readonly shrinks: number };
}

export type Measurement =
  | PairsMeasurement
  | ValueMeasurement
  | SignedMeasurement
  | SequenceMeasurement
  | SeriesMeasurement
  | IdentityMeasurement
  | PartsMeasurement
  | PropertyMeasurement;

/**
 * What a claim's `measure` returns: a measurement, with optional load-independent notes,
 * plots and values for the report. There is no field for a verdict: the judge decides.
 */
export interface Observation {
  readonly measurement: Measurement;
  /** What was measured, in words and numbers (no timings: reports must not depend on load). */
  readonly note?: string;
  readonly plots?: readonly EvidencePlot[];
  readonly values?: Readonly<Record<string, number | string>>;
  /** Set when the requested parameters lie outside the claim's domain: the claim makes no statement there. */
  readonly outOfDomain?: string;
}

/** Builders, so that claim code reads as what it measures. */
export const measure = {
  pairs: (pairs: readonly Pair[]): PairsMeasurement => ({ kind: "pairs", pairs }),
  pair: (label: string, actual: number | ComplexParts, expected: number | ComplexParts): PairsMeasurement => ({ kind: "pairs", pairs: [{ label, actual, expected }] }),
  value: (label: string, value: number): ValueMeasurement => ({ kind: "value", value, label }),
  signed: (label: string, value: number, scale: number): SignedMeasurement => ({ kind: "signed", value, scale, label }),
  sequence: (h: readonly number[], errors: readonly number[], labels: { readonly h: string; readonly error: string }): SequenceMeasurement => ({
    kind: "sequence",
    series: [{ label: labels.error, h, errors }],
    hLabel: labels.h,
    errorLabel: labels.error,
  }),
  sequences: (series: readonly ErrorSequence[], labels: { readonly h: string; readonly error: string }): SequenceMeasurement => ({
    kind: "sequence",
    series,
    hLabel: labels.h,
    errorLabel: labels.error,
  }),
  series: (x: readonly number[], y: readonly number[], scale: number, labels: { readonly x: string; readonly y: string }): SeriesMeasurement => ({
    kind: "series",
    x,
    y,
    scale,
    xLabel: labels.x,
    yLabel: labels.y,
  }),
  parts: (parts: Readonly<Record<string, Measurement>>): PartsMeasurement => ({ kind: "parts", parts }),
};
