import { fitConvergenceOrder } from "../../evidence/convergence-order.js";
import type { FiniteBathPlateau } from "./exact.js";
import { finiteBathPlateau } from "./exact.js";
import { richardsonExtrapolation } from "./finite-bath-extrapolation.js";
import type { CouplingScenario, OscillatorMediatorParams } from "./params.js";
import { resolveOscillatorMediatorParams as resolve } from "./params.js";

/**
 * The continuum limit (Δ → 0, ω_max → ∞) of the exact finite-bath plateaus, with an error
 * budget built from the measured convergence of the runs themselves.
 *
 * Reference point (chosen for short transients, so that the plateau fits before the
 * recurrence time 2π/Δ at CI sizes): ω0 = 1, γ1 = γ2 = 0.5, D = 2, T1 = 2, T2 = 0.5;
 * Re μ_n ≥ 0.5, so the current transient (∝ e^{−2 Re μ t}) is below 1e-13 after t = 30.
 */
export const EXACT_REFERENCE = { omega0: 1, gamma1: 0.5, gamma2: 0.5, D: 2, T1: 2, T2: 0.5 } as const;

/** Window start after the transient; window end at 85% of the recurrence time. */
const WINDOW_START = 30;

/**
 * Parameters of one finite-bath run at spacing Δ and band edge ω_max = NΔ
 * (window [30, 0.85·2π/Δ], `samples` equally spaced times).
 */
export function finiteBathRun(spacing: number, bandEdge: number, scenario: CouplingScenario = "simultaneous", samples = 11): OscillatorMediatorParams {
  return resolve({
    ...EXACT_REFERENCE,
    bathModes: Math.round(bandEdge / spacing),
    modeSpacing: spacing,
    tStart: WINDOW_START,
    tEnd: 0.85 * ((2 * Math.PI) / spacing),
    timeSamples: samples,
    scenario,
  });
}

const cache = new Map<string, FiniteBathPlateau>();
/** Memoised plateau (several claims share runs within one process). */
export function cachedPlateau(p: OscillatorMediatorParams): FiniteBathPlateau {
  const key = JSON.stringify(p);
  let v = cache.get(key);
  if (v === undefined) {
    v = finiteBathPlateau(p);
    cache.set(key, v);
  }
  return v;
}

/** Mode spacings of the Δ → 0 sequence (band edge 20 = 10D). */
export const SPACINGS = [0.1, 0.05, 0.025, 0.0125] as const;
/** Band edges of the ω_max → ∞ sequence (Δ = 0.1). */
export const BAND_EDGES = [10, 20, 40, 80] as const;
/** The band edge of the Δ → 0 sequence. */
export const BAND_EDGE = 20;

/** Observables of the plateau that are extrapolated. */
export type PlateauObservable = "current" | "Tx" | "Tp";

/**
 * Leading order p of the band-edge tail X(ω_max) − X(∞) ∝ ω_max^{−p}:
 * current and T_x feel the missing modes through Re Σ(ω) − Re Σ(0) ∝ γ̂D²ω²/ω_max³ (the
 * counter-term is summed over the same finite bath), p = 3; the vacuum part of ⟨p²⟩ has the
 * tail ∫_{ω_max} dω γ̂D²/ω³ ∝ ω_max⁻², p = 2.
 */
export const BAND_TAIL_ORDER: Readonly<Record<PlateauObservable, number>> = { current: 3, Tx: 3, Tp: 2 };

/** Continuum estimate of one plateau observable, its error budget and the measured orders. */
export interface ContinuumEstimate {
  /** X(Δ → 0, ω_max → ∞). */
  readonly value: number;
  /** Sum of the remainder estimates below (units of X). */
  readonly budget: number;
  readonly parts: {
    /** Richardson remainder of X(Δ → 0) at ω_max = 20 (orders 1, 2, 3 vs 1, 2). */
    readonly spacing: number;
    /** Richardson remainder of d(Δ → 0), d = X(ω_max = 20) − X(ω_max = 40) (orders 1, 2 vs 1). */
    readonly bandDifference: number;
    /** 3 × remainder of the tail extrapolation in 1/ω_max at Δ = 0.1 (orders p…p+2 vs p, p+1); 3 = weight of T(Δ) errors in 2T(0.05) − T(0.1). */
    readonly bandTail: number;
    /** Second-order remainder of the linear Δ → 0 extrapolation of the tail, scaled from the measured second-order part of d(Δ). */
    readonly tailSpacing: number;
  };
  /** Fitted order of the successive differences X(Δ) − X(Δ/2) at ω_max = 20. */
  readonly spacingOrder: number;
  /** Fitted order (in 1/ω_max) of the successive differences X(ω_max) − X(2ω_max) at Δ = 0.1. */
  readonly bandOrder: number;
  /** The raw plateau values used (for the details and the README). */
  readonly atBandEdge20: readonly number[];
  readonly atSpacing01: readonly number[];
}

/**
 * Continuum limit of a plateau observable of the exact finite-bath dynamics:
 *   X∞ = C20 − D0 − T0, where
 *   C20 = Richardson_Δ→0 of X(Δ, 20) at Δ = 0.1 … 0.0125 with orders 1, 2, 3 (the sum over
 *         k ≥ 1 misses half of the ω = 0 term: an expansion in integer powers of Δ);
 *   D0  = Richardson_Δ→0 of d(Δ) = X(Δ, 20) − X(Δ, 40) at Δ = 0.1, 0.05, 0.025 (orders 1, 2);
 *   T(Δ) = X(Δ, 40) − X(Δ, ∞) with X(Δ, ∞) from Richardson in 1/ω_max at ω_max = 20, 40, 80
 *         (orders p, p+1 of {@link BAND_TAIL_ORDER}), at Δ = 0.1 and 0.05;
 *   T0  = 2T(0.05) − T(0.1) (the tail depends on Δ at first order, like d).
 * The budget adds the a-posteriori remainder of every extrapolation step (see
 * {@link ContinuumEstimate.parts}). Runs: 10 finite-bath plateaus, n ≤ 3201 (≈ 8 s in total).
 * Source of the model: 002_1f8d4f9374398bb6.txt, eqs. (1)–(4), (14); extrapolation:
 * Richardson (1911), Numerical Recipes §3.2.
 */
export function continuumPlateau(observable: PlateauObservable): ContinuumEstimate {
  const X = (spacing: number, bandEdge: number, samples = 11) => cachedPlateau(finiteBathRun(spacing, bandEdge, "simultaneous", samples))[observable];
  // plateaus are flat to 1e-13 (currentSpread), so the extra runs average 3 samples only
  const atBandEdge20 = SPACINGS.map((d) => X(d, BAND_EDGE));
  const c20 = richardsonExtrapolation([...SPACINGS], atBandEdge20, [1, 2, 3]);

  const s3 = SPACINGS.slice(0, 3);
  const d = s3.map((s) => X(s, 20) - X(s, 40, s === 0.1 ? 11 : 3));
  const d0 = richardsonExtrapolation(s3, d, [1, 2]);

  const p = BAND_TAIL_ORDER[observable];
  const tail = (spacing: number, samples: (w: number) => number) => {
    const w3 = [20, 40, 80];
    const x = w3.map((w) => X(spacing, w, samples(w)));
    return x[1] - richardsonExtrapolation(w3.map((w) => 1 / w), x, [p, p + 1]).value;
  };
  const t01 = tail(0.1, () => 11);
  const t005 = tail(0.05, (w) => (w === 20 ? 11 : 3));
  const t0 = 2 * t005 - t01;

  const atSpacing01 = BAND_EDGES.map((w) => X(0.1, w));
  const band4 = richardsonExtrapolation(BAND_EDGES.map((w) => 1 / w), atSpacing01, [p, p + 1, p + 2]);
  // second-order part of d(Δ): linear extrapolation from (0.1, 0.05) minus the quadratic one
  const q = Math.abs(2 * d[1] - d[0] - d0.value) / Math.abs(d[1] - d[0]);
  const parts = {
    spacing: c20.remainder,
    bandDifference: d0.remainder,
    bandTail: 3 * band4.remainder,
    tailSpacing: q * Math.abs(t005 - t01),
  };
  const diffs = (v: readonly number[]) => v.slice(1).map((y, i) => Math.abs(v[i] - y));
  return {
    value: c20.value - d0.value - t0,
    budget: parts.spacing + parts.bandDifference + parts.bandTail + parts.tailSpacing,
    parts,
    spacingOrder: fitConvergenceOrder(SPACINGS.slice(0, -1), diffs(atBandEdge20)).order,
    bandOrder: fitConvergenceOrder(BAND_EDGES.slice(0, -1).map((w) => 1 / w), diffs(atSpacing01)).order,
    atBandEdge20,
    atSpacing01,
  };
}
