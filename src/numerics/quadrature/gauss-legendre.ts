import { ParameterError } from "../../core/errors.js";

/**
 * Fixed Gauss–Legendre rules: the n-point rule on [−1, 1], exact for polynomials of degree
 * ≤ 2n − 1, and a composite rule on [a, b] that applies it on every piece between uniform
 * panel cuts and given breakpoints. A fixed rule (instead of the adaptive Gauss–Kronrod of
 * gauss-kronrod.ts) is what a double sum Σ_i Σ_k w_i w_k f(x_i)K(x_i, x_k)g(x_k) needs: the
 * same nodes serve both integrals.
 * Nodes: Newton iteration on P_n from the guess cos(π(i + ¾)/(n + ½)); weights
 * 2/[(1 − x²)P′_n(x)²] (Numerical Recipes 3rd ed., §4.6.1, routine gauleg).
 */

/** Nodes and weights of a quadrature rule: ∫f ≈ Σ_i weights[i]·f(nodes[i]). */
export interface QuadratureRule {
  readonly nodes: Float64Array;
  readonly weights: Float64Array;
}

/** Largest number of points accepted (the Newton iteration and the weights stay accurate far beyond). */
export const MAX_GAUSS_LEGENDRE_POINTS = 200;

function checkPoints(n: number): void {
  if (!(Number.isInteger(n) && n >= 1 && n <= MAX_GAUSS_LEGENDRE_POINTS)) throw new ParameterError("n", n, `an integer in [1, ${MAX_GAUSS_LEGENDRE_POINTS}]`);
}

/**
 * The n-point Gauss–Legendre nodes x (ascending) and weights w on [−1, 1].
 * @throws ParameterError for n not an integer in [1, 200].
 * @example gaussLegendre(2) // x = [−1/√3, 1/√3], w = [1, 1]
 */
export function gaussLegendre(n: number): { x: Float64Array; w: Float64Array } {
  checkPoints(n);
  const x = new Float64Array(n);
  const w = new Float64Array(n);
  for (let i = 0; i < Math.ceil(n / 2); i++) {
    let z = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let dp = 0;
    for (let iter = 0; iter < 100; iter++) {
      let p0 = 1;
      let p1 = 0;
      for (let k = 1; k <= n; k++) {
        const p2 = p1;
        p1 = p0;
        p0 = ((2 * k - 1) * z * p1 - (k - 1) * p2) / k;
      }
      dp = (n * (z * p0 - p1)) / (z * z - 1);
      const dz = p0 / dp;
      z -= dz;
      if (Math.abs(dz) < 1e-16) break;
    }
    x[i] = -z;
    x[n - 1 - i] = z;
    w[i] = w[n - 1 - i] = 2 / ((1 - z * z) * dp * dp);
  }
  return { x, w };
}

/** Options of {@link compositeGaussLegendre}. */
export interface CompositeGaussLegendreOptions {
  /** Interval [a, b], a < b. */
  readonly a: number;
  readonly b: number;
  /** Points per piece. */
  readonly n: number;
  /** Uniform panels of [a, b] (default 1): cuts at a + (b − a)i/panels. */
  readonly panels?: number;
  /** Further cuts; those outside the open interval (a, b) are ignored, duplicates merged. */
  readonly breakpoints?: readonly number[];
}

/**
 * The composite rule on [a, b]: the interval is cut at the uniform panel points and at the
 * breakpoints, and every piece [c_s, c_{s+1}] gets the n-point rule, nodes
 * (c_s + c_{s+1})/2 + ((c_{s+1} − c_s)/2)x_i and weights ((c_{s+1} − c_s)/2)w_i (ascending).
 * Exact for piecewise polynomials of degree ≤ 2n − 1 between the cuts.
 * @throws ParameterError for non-finite a, b or a ≥ b, panels not an integer ≥ 1, or n outside [1, 200].
 * @example compositeGaussLegendre({ a: 0, b: 2, n: 1, panels: 2 }) // nodes [0.5, 1.5], weights [1, 1]
 */
export function compositeGaussLegendre(options: CompositeGaussLegendreOptions): QuadratureRule {
  const { a, b, n } = options;
  const panels = options.panels ?? 1;
  if (!Number.isFinite(a)) throw new ParameterError("a", a, "a finite number");
  if (!(Number.isFinite(b) && b > a)) throw new ParameterError("b", b, `a finite number > a = ${a}`);
  if (!(Number.isInteger(panels) && panels >= 1)) throw new ParameterError("panels", panels, "an integer ≥ 1");
  const { x, w } = gaussLegendre(n);
  const cuts = new Set<number>([a, b]);
  for (let i = 1; i < panels; i++) cuts.add(a + ((b - a) * i) / panels);
  for (const c of options.breakpoints ?? []) if (c > a && c < b) cuts.add(c);
  const c = [...cuts].sort((p, q) => p - q);
  const pieces = c.length - 1;
  const nodes = new Float64Array(pieces * n);
  const weights = new Float64Array(pieces * n);
  for (let s = 0; s < pieces; s++) {
    const mid = (c[s] + c[s + 1]) / 2;
    const half = (c[s + 1] - c[s]) / 2;
    for (let i = 0; i < n; i++) {
      nodes[s * n + i] = mid + half * x[i];
      weights[s * n + i] = half * w[i];
    }
  }
  return { nodes, weights };
}
