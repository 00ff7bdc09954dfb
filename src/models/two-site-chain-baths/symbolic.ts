import type { IdentityMeasurement } from "../../core/measurement.js";
import { combineIdentities, equivalent, identityMeasurement, substitute, type VariableRange } from "../../symbolic/index.js";

/**
 * Derivations of Sec. III (eqs. (16)–(17), (35)–(37), (45)), performed by the symbolic layer:
 * the engine substitutes, and equivalent() decides each identity by EXACT algebra (the
 * numerator of a − b over a common denominator, src/symbolic/exact) and by mathjs evaluation
 * of both sides at seeded points (an evaluator independent of the algebra). Each function
 * returns the identity measurement for the claim's `identity` criterion (claims-symbolic.ts).
 * Source: 003_3bda4ae6cebee785.txt.
 */

/** Relative tolerance of the numeric half of equivalent() (rational functions of low degree in double precision). */
const NUMERIC_RTOL = 1e-12;

function identity(a: string, b: string, domain: Readonly<Record<string, VariableRange>>, seed: number, label: string): IdentityMeasurement {
  return identityMeasurement(equivalent(a, b, { domain, seed, rtol: NUMERIC_RTOL }), label);
}

/**
 * (16)–(17): the rows of R are ∝ v_1 = (Δ + δ, −g) and v_2 = (g, Δ + δ) (R_1· and R_2· times
 * √(2Δ(Δ + δ)), using √(Δ − δ)√(Δ + δ) = g — typed, see the claim's hand steps), and
 * H_S v_j = E_j v_j with E_{1,2} = h ± Δ/2, H_S = [[h + δ/2, −g/2], [−g/2, h − δ/2]].
 * Δ = √(g² + δ²) is made rational by the parametrization g = 2Dt/(1 + t²), δ = D(1 − t²)/(1 + t²)
 * (t = g/(Δ + δ) ∈ (0, ∞) covers every g > 0): the engine proves g² + δ² = D² (so Δ = D > 0)
 * and then the four components of H_S v_j = E_j v_j, all exactly.
 * Symbols: h, D = Δ, t.
 */
export function deriveRotationEigenvectors(seed: number): IdentityMeasurement {
  const onCircle = { g: "2*D*t/(1+t^2)", d: "D*(1-t^2)/(1+t^2)" };
  const sub = (text: string) => substitute(text, onCircle).text;
  const domain = { h: { min: 0.5, max: 2 }, D: { min: 0.1, max: 1.5 }, t: { min: 0.05, max: 20, scale: "log" as const } };
  const H = [
    ["(h + d/2)", "(-g/2)"],
    ["(-g/2)", "(h - d/2)"],
  ];
  const rows: readonly [readonly [string, string], string][] = [
    [["(D + d)", "(-g)"], "(h + D/2)"],
    [["g", "(D + d)"], "(h - D/2)"],
  ];
  const components = rows.flatMap(([v, E], j) =>
    [0, 1].map((i) => identity(sub(`${H[i][0]}*${v[0]} + ${H[i][1]}*${v[1]}`), sub(`${E}*${v[i]}`), domain, seed, `(H_S v_${j + 1})_${i + 1} = E_${j + 1}(v_${j + 1})_${i + 1}`)),
  );
  return combineIdentities([identity(sub("g^2 + d^2"), "D^2", domain, seed, "g² + δ² = Δ² on the parametrization"), ...components]);
}

/**
 * (45) from (D1) and (37): J(φ_1ϑ_2 − φ_2ϑ_1) with ϑ_j = (cω − E_j)φ_j/J, c = 1 − Γ/2Ω,
 * equals (E_1 − E_2)φ_1φ_2 = Δφ_1φ_2, so J^P_S = (πg²/2Δ)∫JΔφ_1φ_2/J·(f_L − f_R) = ∫T(f_L − f_R)
 * with T = (πg²/2)φ_1φ_2. The engine substitutes E_1 = E_2 + Δ (eq. (17)) into the (D1)
 * integrand with (37); exact algebra cancels J·J⁻¹ and D·D⁻¹.
 * Symbols: c, w = ω, E2, D = Δ, p1, p2 = φ_j(ω), J = J_N(ω), g.
 */
export function deriveTransmissionFromD1(seed: number): IdentityMeasurement {
  const theta = (j: number) => `(c*w - E${j})*p${j}/J`;
  const d1Integrand = substitute(`(pi*g^2/(2*D))*J*(p1*${theta(2)} - p2*${theta(1)})`, { E1: "E2 + D" }).text;
  const domain = { c: { min: 0.9, max: 1 }, w: { min: -2, max: 2 }, E2: { min: 0.1, max: 0.9 }, D: { min: 0.1, max: 1 }, p1: { min: 0, max: 3 }, p2: { min: 0, max: 3 }, J: { min: 0.01, max: 0.1 }, g: { min: 0.1, max: 1 } };
  return identity(d1Integrand, "(pi*g^2/2)*p1*p2", domain, seed, "(D1) integrand with (37) and E_1 = E_2 + Δ = T(ω) of (45)");
}

/**
 * (35)–(36) from (B5), (B9): for ω in the band, G̃_j(0⁺ − iω) = 1/[i(E_j − (1 − Γ/2Ω)ω) + πJ_N(ω)]
 * with πJ_N = (Γ/2)√(1 − ω²/Ω²), so Re G̃ = πφ_j requires
 *   |i(E_j − (1 − Γ/2Ω)ω) + πJ_N(ω)|² = (1 − Γ/Ω)[(ω − E′_j)² + Γ_j²/4]
 * with E′_j, Γ_j of (36). In units of Ω (x = ω/Ω, y = E_j/Ω, r = Γ/Ω) the left side is
 * (y − x(1 − r/2))² + (r²/4)(1 − x²) and the right side (1 − r)[(x − (1 − r/2)sy)² + r²(1 − r − y²)s²/4]
 * with s = 1/(1 − r); the engine substitutes s and exact algebra compares.
 */
export function deriveDistributionDenominator(seed: number): IdentityMeasurement {
  const fromLaplace = "(y - x*(1 - r/2))^2 + (r^2/4)*(1 - x^2)";
  const printed = substitute("(1-r)*((x - (1-r/2)*s*y)^2 + r^2*(1-r-y^2)*s^2/4)", { s: "1/(1-r)" }).text;
  const domain = { x: { min: -1, max: 1 }, y: { min: 0.01, max: 0.5 }, r: { min: 0.001, max: 0.2 } };
  return identity(fromLaplace, printed, domain, seed, "|Laplace denominator|²/Ω² = (1 − Γ/Ω)[(ω − E′_j)² + Γ_j²/4]/Ω² with (36)");
}
