import { expand, substitute } from "../../symbolic/algebra.js";
import { compile } from "../../symbolic/compile.js";
import { seededRandom } from "../../numerics/random.js";

/**
 * Symbolic derivations of the model's closed forms, performed by the engine (nerdamer
 * through src/symbolic) and spot-checked numerically with mathjs-compiled functions
 * (an evaluator independent of nerdamer).
 *
 * A difference that must vanish is tested as `1 + difference` → "1": the engine's numeric
 * guard compares relative differences and rejects an exact 0 against a round-off residue
 * of the input (reported to the symbolic layer's owner).
 * Source: 003_3bda4ae6cebee785.txt.
 */

/** The result of one derivation. */
export interface SymbolicDerivation {
  readonly name: string;
  /** What the engine computed (the simplified `1 + difference`, or the derived expression). */
  readonly engineResult: string;
  /** The engine reduced the difference to zero. */
  readonly symbolicallyZero: boolean;
  /** max |derived − printed| over seeded random points (independent mathjs evaluation). */
  readonly numericError: number;
  readonly details: string;
}

function spotCheck(derived: string, printed: string, variables: readonly string[], ranges: readonly [number, number][], seed: number): number {
  const f = compile(derived, variables);
  const g = compile(printed, variables);
  const rng = seededRandom(seed);
  let worst = 0;
  for (let n = 0; n < 20; n++) {
    const x = ranges.map(([a, b]) => rng.uniform(a, b));
    const a = f(...x);
    const b = g(...x);
    worst = Math.max(worst, Math.abs(a - b) / Math.max(1, Math.abs(b)));
  }
  return worst;
}

/**
 * (35)–(36) from (B5), (B9): for ω in the band, G̃_j(0⁺ − iω) = 1/[i(E_j − (1 − Γ/2Ω)ω) + πJ_N(ω)]
 * with πJ_N = (Γ/2)√(1 − ω²/Ω²), so Re G̃ = πφ_j requires
 *   (E − (1 − Γ/2Ω)ω)² + (Γ²/4)(1 − ω²/Ω²) = (1 − Γ/Ω)[(ω − E′)² + Γ_j²/4]
 * with E′, Γ_j of (36). Both sides are divided by Ω² and written in x = ω/Ω, y = E_j/Ω,
 * r = Γ/Ω and s = 1/(1 − r) (the factor in which (36) is printed: E′/Ω = (1 − r/2)s·y,
 * Γ_j²/Ω² = r²(1 − r − y²)s²). The engine substitutes r = 1 − 1/s, which makes both sides
 * Laurent polynomials in s, and expands the difference (nerdamer's simplify on the rational
 * form hits its internal time limit under load). Negative control: the naive width
 * Γ_j² = Γ²(1 − E²/Ω²)s² must leave a remainder.
 */
export function deriveDistributionDenominator(seed: number): SymbolicDerivation {
  const fromLaplace = "(y - x*(1 - r/2))^2 + (r^2/4)*(1 - x^2)";
  const printed = "(1-r)*((x - (1-r/2)*s*y)^2 + r^2*(1-r-y^2)*s^2/4)";
  const naive = "(1-r)*((x - (1-r/2)*s*y)^2 + r^2*(1-y^2)*s^2/4)";
  const reduce = (rhs: string) => expand(substitute(`1 + ${fromLaplace} - (${rhs})`, { r: "1 - 1/s" })).toString();
  const r = reduce(printed);
  const control = reduce(naive);
  const numericError = spotCheck(fromLaplace, printed.replace(/s/g, "(1/(1-r))"), ["x", "y", "r"], [[-1, 1], [0.01, 0.5], [0.001, 0.2]], seed);
  return {
    name: "(35)-(36) from (B5),(B9)",
    engineResult: r,
    symbolicallyZero: r === "1" && control !== "1",
    numericError,
    details: `expand(1 + |Laplace denominator|²/Ω² − printed/Ω², r = 1 − 1/s) = ${r}; negative control (naive Γ_j): ${control}`,
  };
}

/**
 * (16)–(17): the rows of R are ∝ (Δ + δ, −g) and (g, Δ + δ) (multiply R_1· by √(2Δ(Δ+δ)),
 * using √(Δ−δ)√(Δ+δ) = g), and H_S v = E v for E_{1,2} = h ± Δ/2 once Δ = √(g² + δ²) is
 * substituted. The engine expands H_S v − E v for both rows.
 */
export function deriveRotationEigenvectors(seed: number): SymbolicDerivation {
  const hL = "(h+d/2)";
  const hR = "(h-d/2)";
  const rows: [string, string, string][] = [
    ["(D+d)", "(-g)", "(h+D/2)"],
    ["g", "(D+d)", "(h-D/2)"],
  ];
  const results: string[] = [];
  let worst = 0;
  for (const [v1, v2, E] of rows) {
    for (const comp of [`${hL}*${v1} + (-g/2)*${v2} - ${E}*${v1}`, `(-g/2)*${v1} + ${hR}*${v2} - ${E}*${v2}`]) {
      const withDelta = substitute(expand(`1 + ${comp}`), { D: "sqrt(g^2+d^2)" });
      const r = expand(withDelta).toString();
      results.push(r);
      const direct = comp.replace(/D/g, "sqrt(g^2+d^2)");
      worst = Math.max(worst, spotCheck(direct, "0", ["h", "d", "g"], [[0.5, 2], [-1, 1], [0.1, 1]], seed));
    }
  }
  return {
    name: "R diagonalises H_S",
    engineResult: results.join("; "),
    symbolicallyZero: results.every((r) => r === "1"),
    numericError: worst,
    details: `expand(1 + (H_S − E_j)v_j) with Δ = √(g²+δ²): ${results.join(", ")}`,
  };
}

/**
 * (45) from (D1) and (37): J(φ_1ϑ_2 − φ_2ϑ_1) with ϑ_j = (cω − E_j)φ_j/J, c = 1 − Γ/2Ω,
 * equals (E_1 − E_2)φ_1φ_2 = Δφ_1φ_2, so J^P_S = (πg²/2Δ)∫JΔφ_1φ_2/J·(f_L − f_R) = ∫T(f_L − f_R)
 * with T = (πg²/2)φ_1φ_2. The engine substitutes (37) into (D1) and expands.
 */
export function deriveTransmissionFromD1(seed: number): SymbolicDerivation {
  // E_1 = E_2 + Δ (eq. (17)); the D1 prefactor πg²/2Δ is written with the symbol D = Δ so
  // that expand can cancel D·D⁻¹ and J·J⁻¹ (nerdamer's simplify hits its internal time
  // limit under load)
  const theta = (j: number) => `(c*w - E${j})*p${j}/J`;
  const d1Integrand = `(pi*g^2/(2*D))*J*(p1*${theta(2)} - p2*${theta(1)})`;
  const printed = "(pi*g^2/2)*p1*p2";
  const reduce = (target: string) => expand(substitute(`1 + ${d1Integrand} - ${target}`, { E1: "E2 + D" })).toString();
  const r = reduce(printed);
  const numericError = spotCheck(
    d1Integrand.replace(/E1/g, "(E2 + D)"),
    printed,
    ["c", "w", "E2", "D", "p1", "p2", "J", "g"],
    [[0.9, 1], [-2, 2], [0.1, 0.9], [0.1, 1], [0, 3], [0, 3], [0.01, 0.1], [0.1, 1]],
    seed,
  );
  // negative control: a wrong prefactor must not reduce away
  const control = reduce("(pi*g^2/4)*p1*p2");
  return {
    name: "(45) from (D1),(37)",
    engineResult: r,
    symbolicallyZero: r === "1" && control !== "1",
    numericError,
    details: `expand(1 + (D1 integrand with (37), E_1 = E_2 + Δ) − T(ω)) = ${r}; negative control with πg²/4: ${control}`,
  };
}
