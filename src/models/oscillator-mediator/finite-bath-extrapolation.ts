import { ParameterError } from "../../core/errors.js";
import { realFromRows, zerosReal } from "../../numerics/linalg/real-matrix.js";
import { solveReal } from "../../numerics/linalg/lu-solve.js";

/** Result of a Richardson extrapolation h → 0 together with its a-posteriori remainder. */
export interface Extrapolation {
  /** The extrapolated value X(0). */
  readonly value: number;
  /**
   * Remainder estimate |X_k(0) − X_{k−1}(0)|: the change of the extrapolant when the
   * highest-order term (and the coarsest point) is dropped — the standard estimate of the
   * error of the last Richardson level (Numerical Recipes §3.2 `polint`, dy).
   */
  readonly remainder: number;
  /** The lower-level extrapolant X_{k−1}(0) from the finest points without the last order. */
  readonly lowerLevel: number;
}

/**
 * Generalised Richardson extrapolation: fits X(h) = X(0) + Σ_{j<k} c_j h^{p_j} exactly
 * through k+1 points (h_i, X_i) and returns X(0), with the remainder estimate from the
 * same fit one level lower (finest k points, orders p_0 … p_{k−2}).
 * Algorithm: Richardson (1911); Numerical Recipes (3rd ed.) §3.2. The h are rescaled by
 * max h before the (k+1)×(k+1) solve (Vandermonde-like, k ≤ 4 here).
 * Units: h and X in any units; value and remainder in the units of X.
 * @throws ParameterError when the number of points is not orders.length + 1 (≥ 2), or an
 *   h is not finite and > 0, or a value is not finite.
 */
export function richardsonExtrapolation(h: readonly number[], values: readonly number[], orders: readonly number[]): Extrapolation {
  if (orders.length < 1) throw new ParameterError("orders.length", orders.length, "at least 1");
  if (h.length !== orders.length + 1) throw new ParameterError("h.length", h.length, `orders.length + 1 = ${orders.length + 1}`);
  if (values.length !== h.length) throw new ParameterError("values.length", values.length, `h.length = ${h.length}`);
  h.forEach((x, i) => {
    if (!(Number.isFinite(x) && x > 0)) throw new ParameterError(`h[${i}]`, x, "a finite number > 0");
  });
  values.forEach((x, i) => {
    if (!Number.isFinite(x)) throw new ParameterError(`values[${i}]`, x, "a finite number");
  });
  const value = fitAtZero(h, values, orders);
  if (orders.length === 1) {
    // one level only: the remainder estimate is the last difference itself
    const fine = values[indexOfSmallest(h)];
    return { value, remainder: Math.abs(value - fine), lowerLevel: fine };
  }
  const order = [...h.keys()].sort((a, b) => h[b] - h[a]); // coarse → fine
  const keep = order.slice(1);
  const lowerLevel = fitAtZero(keep.map((i) => h[i]), keep.map((i) => values[i]), orders.slice(0, -1));
  return { value, remainder: Math.abs(value - lowerLevel), lowerLevel };
}

function indexOfSmallest(h: readonly number[]): number {
  let k = 0;
  for (let i = 1; i < h.length; i++) if (h[i] < h[k]) k = i;
  return k;
}

function fitAtZero(h: readonly number[], values: readonly number[], orders: readonly number[]): number {
  const scale = Math.max(...h);
  const rows = h.map((x) => [1, ...orders.map((p) => (x / scale) ** p)]);
  const b = zerosReal(h.length, 1);
  values.forEach((v, i) => (b.data[i] = v));
  return solveReal(realFromRows(rows), b).data[0];
}
