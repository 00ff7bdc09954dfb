import { ParameterError } from "../core/errors.js";
import { leastSquaresLine } from "../numerics/least-squares.js";

/**
 * Order of convergence from errors measured along a sequence approaching a limit:
 * least-squares fit of log(error) = log(C) + p·log(h).
 * Source: standard a-posteriori order estimate (e.g. Roache, "Verification and
 * Validation in Computational Science", 1998, §5).
 * @example fitConvergenceOrder([0.1, 0.01], [1e-2, 1e-4]).order // 2
 * The line fit is numerics/least-squares.ts (one implementation for every slope in qtherm).
 * @throws ParameterError for fewer than two points, non-positive h or error, or all h equal.
 */
export function fitConvergenceOrder(h: readonly number[], error: readonly number[]): { order: number; prefactor: number } {
  if (h.length !== error.length) throw new ParameterError("error.length", error.length, `the length of h (${h.length})`);
  if (h.length < 2) throw new ParameterError("h.length", h.length, "at least 2 points");
  for (let i = 0; i < h.length; i++) {
    if (!(h[i] > 0 && Number.isFinite(h[i]))) throw new ParameterError(`h[${i}]`, h[i], "a finite number > 0");
    if (!(error[i] > 0 && Number.isFinite(error[i]))) throw new ParameterError(`error[${i}]`, error[i], "a finite number > 0");
  }
  const { slope, intercept } = leastSquaresLine(h.map(Math.log), error.map(Math.log));
  return { order: slope, prefactor: Math.exp(intercept) };
}
