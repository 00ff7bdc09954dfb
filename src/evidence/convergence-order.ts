import { ParameterError } from "../core/errors.js";

/**
 * Order of convergence from errors measured along a sequence approaching a limit:
 * least-squares fit of log(error) = log(C) + p·log(h).
 * Source: standard a-posteriori order estimate (e.g. Roache, "Verification and
 * Validation in Computational Science", 1998, §5).
 * @example fitConvergenceOrder([0.1, 0.01], [1e-2, 1e-4]).order // 2
 * @throws ParameterError for fewer than two points, non-positive h or error.
 */
export function fitConvergenceOrder(h: readonly number[], error: readonly number[]): { order: number; prefactor: number } {
  if (h.length !== error.length) throw new ParameterError("error.length", error.length, `the length of h (${h.length})`);
  if (h.length < 2) throw new ParameterError("h.length", h.length, "at least 2 points");
  for (let i = 0; i < h.length; i++) {
    if (!(h[i] > 0 && Number.isFinite(h[i]))) throw new ParameterError(`h[${i}]`, h[i], "a finite number > 0");
    if (!(error[i] > 0 && Number.isFinite(error[i]))) throw new ParameterError(`error[${i}]`, error[i], "a finite number > 0");
  }
  const x = h.map(Math.log);
  const y = error.map(Math.log);
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
  }
  if (sxx === 0) throw new ParameterError("h", h, "at least two distinct values");
  const order = sxy / sxx;
  return { order, prefactor: Math.exp(my - order * mx) };
}
