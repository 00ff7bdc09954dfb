import { ParameterError } from "../../core/errors.js";
import type { LinalgBackendName } from "../../numerics/linalg/hermitian-eigenvalues-backend.js";
import { selectedLinalgBackend } from "../../numerics/linalg/hermitian-eigenvalues-backend.js";
import type { EntropyObservables } from "./entropy-observables.js";
import type { SetEntropyParams } from "./params.js";
import { initialReference, type InitialReference, type PopulationObservables } from "./population-observables.js";
import { globalReference, type GlobalReference } from "./reference.js";
import { setSystem, type SetSystem } from "./system.js";
import { entropyPoints, populationPoints } from "./time-point-tasks.js";

/**
 * Time evolution of the single-electron transistor on a grid of Γt values (Γ = (Γ_L + Γ_R)/2,
 * the paper's Γ for symmetric coupling), with the population observables at every point
 * (O(n²) each) and, on request, every entropy term (adds two dense K×K spectra per point).
 * Source: 001_06d9cbfd9396c60e.txt, Sec. IV (log time axis Γt ∈ [10⁻², 10⁸], Figs. 4–9).
 */
export interface Trajectory<T extends PopulationObservables = PopulationObservables> {
  readonly system: SetSystem;
  readonly reference: InitialReference;
  readonly global: GlobalReference;
  /** Γt of each point (dimensionless). */
  readonly gammaTimes: readonly number[];
  readonly points: readonly T[];
}

/**
 * Log grid of Γt from 10^fromExponent to 10^toExponent with `perDecade` points per decade
 * (both ends included). Throws ParameterError for a non-increasing range or perDecade < 1.
 * @example logGammaTimes(-2, 0, 1) // [0.01, 0.1, 1]
 */
export function logGammaTimes(fromExponent: number, toExponent: number, perDecade: number): number[] {
  if (!(Number.isFinite(fromExponent) && Number.isFinite(toExponent) && toExponent >= fromExponent)) {
    throw new ParameterError("toExponent", toExponent, `a finite number ≥ fromExponent (${fromExponent})`);
  }
  if (!(Number.isInteger(perDecade) && perDecade >= 1)) throw new ParameterError("perDecade", perDecade, "an integer ≥ 1");
  const count = Math.round((toExponent - fromExponent) * perDecade);
  return Array.from({ length: count + 1 }, (_, i) => 10 ** (fromExponent + i / perDecade));
}

/** Γ of the paper's time axis: (Γ_L + Γ_R)/2 (= Γ for symmetric coupling). */
export function meanGamma(p: SetEntropyParams): number {
  return (p.gammaL + p.gammaR) / 2;
}

/**
 * Population observables along the grid (O(n²) per point); serial unless `threads` or
 * QTHERM_THREADS ask for worker threads (time-point-tasks.ts).
 */
export function populationTrajectory(
  p: SetEntropyParams,
  gammaTimes: readonly number[],
  onProgress?: (done: number, total: number) => void,
  threads?: number,
): Trajectory<PopulationObservables> {
  const system = setSystem(p);
  const reference = initialReference(system);
  const gamma = meanGamma(p);
  const points = populationPoints(system, gammaTimes.map((gt) => gt / gamma), { onProgress, threads });
  return { system, reference, global: globalReference(system), gammaTimes, points };
}

/**
 * All observables, entropy terms included, along the grid. The time points are spread over
 * threads where that measurably helps (time-point-tasks.ts: K_L + K_R ≥ 600 with the
 * TypeScript eigensolver or single-threaded BLAS; QTHERM_THREADS or `threads` override); results are identical to the serial loop.
 */
export function entropyTrajectory(
  p: SetEntropyParams,
  gammaTimes: readonly number[],
  options: { readonly backend?: LinalgBackendName; readonly threads?: number; readonly onProgress?: (done: number, total: number) => void } = {},
): Trajectory<EntropyObservables> {
  const system = setSystem(p);
  const reference = initialReference(system);
  const gamma = meanGamma(p);
  const backend = options.backend ?? selectedLinalgBackend();
  const points = entropyPoints(system, gammaTimes.map((gt) => gt / gamma), backend, { threads: options.threads, onProgress: options.onProgress });
  return { system, reference, global: globalReference(system), gammaTimes, points };
}

/** Mean of f over the points with Γt in [from, to] (the paper's regime-III window is [10⁵, 10⁸]). Throws ParameterError when no point lies in it. */
export function windowMean<T extends PopulationObservables>(trajectory: Trajectory<T>, from: number, to: number, f: (point: T) => number): number {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < trajectory.points.length; i++) {
    const gt = trajectory.gammaTimes[i];
    if (gt >= from * (1 - 1e-12) && gt <= to * (1 + 1e-12)) {
      sum += f(trajectory.points[i]);
      count++;
    }
  }
  if (count === 0) throw new ParameterError("window", [from, to], "a Γt window containing grid points");
  return sum / count;
}
