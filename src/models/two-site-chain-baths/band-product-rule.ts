import { ParameterError } from "../../core/errors.js";
import { compositeGaussLegendre, type QuadratureRule } from "../../numerics/quadrature/gauss-legendre.js";

/**
 * A fixed composite Gauss–Legendre rule on the band ω ∈ [−Ω, Ω] in the band variable θ
 * (ω = −Ω cos θ, dω = Ω sin θ dθ, θ ∈ [0, π], as in band-integral.ts; θ is the wave number
 * q of eq. (13) in the continuum): the square-root band edges of J_N become smooth sin θ
 * factors. The θ-interval is cut at `panels` uniform panels and at the `breakpoints` (given
 * as frequencies), and every piece gets the n-point rule (numerics/quadrature/gauss-legendre.ts).
 * The same nodes serve both integrals of the double sums ∫dω∫dω′ f(ω)K(ω, ω′)g(ω′) of
 * analytic-master-equation.ts.
 * Units: nodes in energy, weights in energy (they include Ω sin θ).
 * Source: 003_3bda4ae6cebee785.txt, eqs. (13), (19).
 */
export type BandRule = QuadratureRule;

/**
 * The composite rule on [−Ω, Ω] described above.
 * @throws ParameterError for Ω ≤ 0, panels < 1 or n outside [1, 200].
 * @example bandProductRule(10, [], 1, 8).weights.reduce((s, w) => s + w, 0) // 20 (= 2Ω, to round-off)
 */
export function bandProductRule(Omega: number, breakpoints: readonly number[], panels: number, n: number): BandRule {
  if (!(Omega > 0 && Number.isFinite(Omega))) throw new ParameterError("Omega", Omega, "a finite number > 0");
  const thetaBreakpoints = breakpoints.filter((b) => b > -Omega && b < Omega).map((b) => Math.acos(-b / Omega));
  const rule = compositeGaussLegendre({ a: 0, b: Math.PI, n, panels, breakpoints: thetaBreakpoints });
  const nodes = new Float64Array(rule.nodes.length);
  const weights = new Float64Array(rule.nodes.length);
  for (let k = 0; k < rule.nodes.length; k++) {
    const theta = rule.nodes[k];
    nodes[k] = -Omega * Math.cos(theta);
    weights[k] = rule.weights[k] * Omega * Math.sin(theta);
  }
  return { nodes, weights };
}
