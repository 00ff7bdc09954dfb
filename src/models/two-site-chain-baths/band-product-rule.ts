import { ParameterError } from "../../core/errors.js";

/**
 * A fixed composite Gauss–Legendre rule on the band ω ∈ [−Ω, Ω] in the variable θ
 * (ω = −Ω cos θ, dω = Ω sin θ dθ, θ ∈ [0, π], as in band-integral.ts): the square-root
 * band edges of J_N become smooth sin θ factors. The θ-interval is cut at `breakpoints`
 * (given as frequencies) and at `panels` uniform panels; every piece gets the n-point
 * Gauss–Legendre rule. A fixed rule (instead of the adaptive one) is what double sums
 * ∫dω∫dω′ f(ω)K(ω, ω′)g(ω′) need: the same nodes serve both integrals.
 * Nodes: Newton iteration on P_n from the Chebyshev guess cos(π(i − ¼)/(n + ½))
 * (Numerical Recipes 3rd ed., §4.6.1, routine gauleg); weights 2/[(1 − x²)P′_n(x)²].
 * Units: nodes in energy, weights in energy (they include Ω sin θ).
 */
export interface BandRule {
  readonly nodes: Float64Array;
  readonly weights: Float64Array;
}

/**
 * Gauss–Legendre nodes and weights on [−1, 1].
 * @throws ParameterError for n not an integer in [1, 200].
 * @example gaussLegendre(2) // nodes ±1/√3, weights 1, 1
 */
export function gaussLegendre(n: number): { x: Float64Array; w: Float64Array } {
  if (!(Number.isInteger(n) && n >= 1 && n <= 200)) throw new ParameterError("n", n, "an integer in [1, 200]");
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

/**
 * The composite rule on [−Ω, Ω] described above.
 * @throws ParameterError for Ω ≤ 0, panels < 1 or n outside [1, 200].
 */
export function bandProductRule(Omega: number, breakpoints: readonly number[], panels: number, n: number): BandRule {
  if (!(Omega > 0 && Number.isFinite(Omega))) throw new ParameterError("Omega", Omega, "a finite number > 0");
  if (!(Number.isInteger(panels) && panels >= 1)) throw new ParameterError("panels", panels, "an integer ≥ 1");
  const { x, w } = gaussLegendre(n);
  const cuts = new Set<number>([0, Math.PI]);
  for (let i = 1; i < panels; i++) cuts.add((Math.PI * i) / panels);
  for (const b of breakpoints) if (b > -Omega && b < Omega) cuts.add(Math.acos(-b / Omega));
  const c = [...cuts].sort((a, b) => a - b);
  const pieces = c.length - 1;
  const nodes = new Float64Array(pieces * n);
  const weights = new Float64Array(pieces * n);
  for (let s = 0; s < pieces; s++) {
    const mid = (c[s] + c[s + 1]) / 2;
    const half = (c[s + 1] - c[s]) / 2;
    for (let i = 0; i < n; i++) {
      const theta = mid + half * x[i];
      nodes[s * n + i] = -Omega * Math.cos(theta);
      weights[s * n + i] = half * w[i] * Omega * Math.sin(theta);
    }
  }
  return { nodes, weights };
}
