import type { Outcome } from "../../core/claim.js";
import type { Tolerance } from "../../core/tolerance.js";
import { closeness } from "../../core/tolerance.js";
import { fitConvergenceOrder } from "../../evidence/convergence-order.js";
import type { TwoSiteChainBathsParams } from "./params.js";
import { resolveTwoSiteChainBathsParams } from "./params.js";

/** Shared pieces of the model's claims: ids, the source, scalar comparisons and order fits. */

export const MODEL_ID = "two-site-chain-baths";
export const DOC = "003_3bda4ae6cebee785.txt";

/** "two-site-chain-baths/<name>" */
export function claimId(name: string): string {
  return `${MODEL_ID}/${name}`;
}

/** Validated parameters: the defaults (Fig. 4(a)) overridden by `over`. */
export function params(over: Partial<Record<keyof TwoSiteChainBathsParams, number>> = {}): TwoSiteChainBathsParams {
  return resolveTwoSiteChainBathsParams(over);
}

/** A named comparison actual ↔ expected. */
export interface Comparison {
  readonly name: string;
  readonly actual: number;
  readonly expected: number;
}

/**
 * Compares every pair under the tolerance; the outcome carries the worst |Δ| and the
 * numbers of the worst pair. `holds` is true when every pair is close.
 */
export function compareAll(comparisons: readonly Comparison[], tol: Tolerance, extra = ""): Outcome {
  let worst = comparisons[0];
  let worstRatio = -1;
  let worstAbs = 0;
  let allClose = true;
  for (const c of comparisons) {
    const r = closeness(c.actual, c.expected, tol);
    if (!r.close) allClose = false;
    if (r.ratio > worstRatio || Number.isNaN(r.ratio)) {
      worstRatio = r.ratio;
      worst = c;
    }
    worstAbs = Math.max(worstAbs, r.absoluteError);
  }
  return {
    holds: allClose,
    measuredError: worstAbs,
    details:
      `${comparisons.length} comparisons; worst ${worst.name}: actual ${worst.actual.toPrecision(12)}, expected ${worst.expected.toPrecision(12)}, ` +
      `|Δ| = ${Math.abs(worst.actual - worst.expected).toExponential(3)} (${worstRatio.toFixed(3)}× allowed)${extra ? `; ${extra}` : ""}`,
    evidence: { values: Object.fromEntries(comparisons.flatMap((c) => [[`${c.name} actual`, c.actual], [`${c.name} expected`, c.expected]])) },
  };
}

/**
 * A limit outcome: errors measured along h → 0; holds when the fitted order is within
 * `orderTolerance` of `expectedOrder` and the smallest error is below `finalError`.
 */
export function limitOutcome(
  h: readonly number[],
  errors: readonly number[],
  expectedOrder: number,
  orderTolerance: number,
  finalError: number,
  labels: { h: string; error: string; title: string },
): Outcome {
  const { order, prefactor } = fitConvergenceOrder(h, errors);
  const last = errors[errors.length - 1];
  const holds = Math.abs(order - expectedOrder) <= orderTolerance && last <= finalError;
  return {
    holds,
    measuredError: last,
    order: { measured: order, expected: expectedOrder },
    details:
      `fitted order ${order.toFixed(3)} (expected ${expectedOrder} ± ${orderTolerance}), prefactor ${prefactor.toExponential(3)}; ` +
      `errors ${errors.map((e) => e.toExponential(2)).join(", ")} at ${labels.h} = ${h.map((x) => x.toExponential(2)).join(", ")}; final error ${last.toExponential(3)} (bound ${finalError})`,
    evidence: {
      plots: [{ title: labels.title, xLabel: labels.h, yLabel: labels.error, logX: true, logY: true, series: [{ name: "measured", x: [...h], y: [...errors] }] }],
    },
  };
}
