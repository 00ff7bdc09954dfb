import { ParameterError } from "../core/errors.js";

/**
 * Straight-line least-squares fit y ≈ intercept + slope·x (ordinary least squares, equal weights):
 *   slope = Σ(x_i − x̄)(y_i − ȳ) / Σ(x_i − x̄)²,  intercept = ȳ − slope·x̄.
 * Source: standard linear regression (e.g. Press et al., "Numerical Recipes", 3rd ed., §15.2,
 * without measurement errors). Units: slope in units of y per unit of x.
 * @example leastSquaresLine([0, 1, 2], [1, 3, 5]) // { slope: 2, intercept: 1 }
 * @throws ParameterError for arrays of different lengths, fewer than two points, a non-finite
 *   value, or all x equal (the slope is undetermined).
 */
export function leastSquaresLine(x: readonly number[], y: readonly number[]): { slope: number; intercept: number } {
  if (x.length !== y.length) throw new ParameterError("y.length", y.length, `the length of x (${x.length})`);
  if (x.length < 2) throw new ParameterError("x.length", x.length, "at least 2 points");
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(x[i])) throw new ParameterError(`x[${i}]`, x[i], "a finite number");
    if (!Number.isFinite(y[i])) throw new ParameterError(`y[${i}]`, y[i], "a finite number");
  }
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
  }
  if (sxx === 0) throw new ParameterError("x", x, "at least two distinct values");
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
}
