import type fc from "fast-check";
import type { JudgedClaim } from "../../core/claim.js";
import { all, bound, order } from "../../core/criterion.js";
import { measure, type Measurement, type Observation, type Pair } from "../../core/measurement.js";
import { parameterArbitrary } from "../../evidence/arbitraries.js";
import { type ClaimSpec, claimsFor } from "../../evidence/claim-kit.js";
import { judgedProperty } from "../../evidence/property.js";
import type { Complex2x2 } from "../../numerics/linalg/complex2x2.js";
import type { ComplexMatrix } from "../../numerics/linalg/types.js";
import { resolveTwoSiteChainBathsParams, twoSiteChainBathsParameterSchema, type TwoSiteChainBathsParams } from "./params.js";

/**
 * Shared vocabulary of the two-site-chain-baths claims (003_3bda4ae6cebee785.txt, Mitchison &
 * Plenio): the claim kit, the limit criterion with what sets its numbers, the measurement
 * builders every claim file uses (entry pairs of 2×2 and Fock-space matrices, error
 * sequences along a limit) and the parameter domains (fast-check arbitraries).
 */

export const kit = claimsFor({ model: "two-site-chain-baths", doc: "003_3bda4ae6cebee785.txt", schema: twoSiteChainBathsParameterSchema });

/** Validated parameters: the defaults (Fig. 4(a)) overridden by `over`. Throws ParameterError like resolveTwoSiteChainBathsParams. */
export function params(over: Partial<Record<keyof TwoSiteChainBathsParams, number>> = {}): TwoSiteChainBathsParams {
  return resolveTwoSiteChainBathsParams(over);
}

// ---------------------------------------------------------------- domains

/** The schema's sampling windows, for closed forms that need neither a chain nor a time (M = 1, t = 0). */
export const closedFormDraws: fc.Arbitrary<TwoSiteChainBathsParams> = parameterArbitrary(twoSiteChainBathsParameterSchema, { fixed: { M: 1, t: 0 } });

/** The same draws with the baths in equilibrium with each other: T_R := T_L, µ_R := µ_L. */
export const equalBathDraws = (draws: fc.Arbitrary<TwoSiteChainBathsParams>): fc.Arbitrary<TwoSiteChainBathsParams> => draws.map((p) => params({ ...p, TR: p.TL, muR: p.muL }));

// ---------------------------------------------------------------- limits

/**
 * A limit h → 0 judged twice: the error at the smallest h below `atMost` (the measured error
 * of the claim) and the fitted order of the error within `expected ± window`.
 */
export function limitCriterion(spec: { readonly atMost: number; readonly finalReason: string; readonly expected: number; readonly window: number; readonly orderReason: string }) {
  return all({
    final: bound({ atMost: spec.atMost, reason: spec.finalReason }),
    order: order({ expected: spec.expected, window: spec.window, reason: spec.orderReason }),
  });
}

/**
 * The observation of a limit claim: the error at the last (smallest) h ("final"), the whole
 * sequence for the order fit ("order"), further parts of the claim's criterion, and the
 * log–log plot.
 */
export function limitObservation(
  h: readonly number[],
  errors: readonly number[],
  labels: { readonly h: string; readonly error: string; readonly title: string },
  more: { readonly note?: string; readonly parts?: Readonly<Record<string, Measurement>> } = {},
): Observation {
  return {
    measurement: measure.parts({
      final: measure.value(`${labels.error} at ${labels.h} = ${h[h.length - 1].toExponential(2)}`, errors[errors.length - 1]),
      order: measure.sequence(h, errors, labels),
      ...more.parts,
    }),
    plots: [{ title: labels.title, xLabel: labels.h, yLabel: labels.error, logX: true, logY: true, series: [{ name: "measured", x: [...h], y: [...errors] }] }],
    ...(more.note !== undefined ? { note: more.note } : {}),
  };
}

// ---------------------------------------------------------------- entry pairs

/** The four real entries X_11, X_22, Re X_12, Im X_12 of two Hermitian 2×2 matrices (X = `symbol`, e.g. "C" or "Λ⁺"). */
export function hermitianEntryPairs(label: string, actual: Complex2x2, expected: Complex2x2, symbol = "C"): Pair[] {
  return [
    { label: `${label} ${symbol}11`, actual: actual.re[0][0], expected: expected.re[0][0] },
    { label: `${label} ${symbol}22`, actual: actual.re[1][1], expected: expected.re[1][1] },
    { label: `${label} Re ${symbol}12`, actual: actual.re[0][1], expected: expected.re[0][1] },
    { label: `${label} Im ${symbol}12`, actual: actual.im[0][1], expected: expected.im[0][1] },
  ];
}

/** Every entry of two 2×2 complex matrices as complex pairs (compared by modulus). */
export function complex2x2Pairs(label: string, actual: Complex2x2, expected: Complex2x2): Pair[] {
  return [0, 1].flatMap((j) => [0, 1].map((k) => ({ label: `${label}[${j}][${k}]`, actual: { re: actual.re[j][k], im: actual.im[j][k] }, expected: { re: expected.re[j][k], im: expected.im[j][k] } })));
}

/** Every entry of two square Fock-space matrices as complex pairs; `expected` null compares with the zero matrix. */
export function operatorPairs(label: string, actual: ComplexMatrix, expected: ComplexMatrix | null): Pair[] {
  return Array.from(actual.re, (re, i) => ({
    label: `${label}[${Math.floor(i / actual.cols)}][${i % actual.cols}]`,
    actual: { re, im: actual.im[i] },
    expected: expected === null ? 0 : { re: expected.re[i], im: expected.im[i] },
  }));
}

// ---------------------------------------------------------------- properties of expensive samples

/**
 * A property claim whose samples are expensive (a chain of O(10³) sites, a 16×16 null
 * space): at most `maxRuns` samples, whatever the run asks for. Each sample is judged by
 * the claim's criterion exactly as in kit.property (evidence/property.ts: judgedProperty).
 */
export function cappedProperty<T>(spec: ClaimSpec & { readonly arbitrary: fc.Arbitrary<T>; readonly measure: (sample: T) => Measurement; readonly describe?: (sample: T) => string }, maxRuns: number): JudgedClaim {
  const { arbitrary, measure: measureSample, describe, ...claim } = spec;
  return kit.claim({
    ...claim,
    measure: (context) => ({
      measurement: judgedProperty(
        { criterion: spec.criterion, arbitrary, measure: measureSample, describe: describe ?? ((sample: T) => kit.describeParams(sample as unknown as TwoSiteChainBathsParams)) },
        { ...context, numRuns: Math.min(context.numRuns, maxRuns) },
      ),
      note: `at most ${maxRuns} samples`,
    }),
  });
}
