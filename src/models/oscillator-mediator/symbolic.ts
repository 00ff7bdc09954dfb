import type { IdentityMeasurement } from "../../core/measurement.js";
import { differentiate, equivalent, type Expression, expand, identityMeasurement, parse, seriesByDerivatives, simplify, substitute, type VariableRange } from "../../symbolic/index.js";

/**
 * Symbolic derivations of the seed paper's closed forms, performed by the engine
 * (nerdamer through src/symbolic) and compared with the printed expressions, each
 * comparison decided by exact algebra (the difference reduces to exactly 0, symbolic/exact)
 * and numerically (seeded random points), through the symbolic layer's equivalent().
 * Source: 002_1f8d4f9374398bb6.txt, eqs. (20), (21), (42)–(51), (69)–(70), (85)–(87).
 * Symbols: w = ω0, g = γ̂ (= 1/τ_p, equal couplings), D, z (Laplace variable), x = ω (and w
 * for ω in (45), where ω0 does not appear), mu = μ_n, eps = perturbation parameter,
 * S = Σ g_n/μ_n², T1, T2, T; pi is the engine's exact π, i the imaginary unit.
 */

/** A derived expression compared with a printed one: the texts, and the identity measurement for the judge. */
export interface SymbolicComparison {
  readonly derived: string;
  readonly printed: string;
  /** What exact algebra said about derived − printed, and both sides at the seeded points. */
  readonly measurement: IdentityMeasurement;
}

/** Variables and their sampling boxes (log-uniform in [lo, hi]) for the numeric spot checks. */
const POSITIVE: Readonly<Record<string, readonly [number, number]>> = {
  eps: [0.01, 0.1], w: [0.3, 3], g: [0.01, 10], D: [0.1, 100], mu: [0.05, 20], S: [0.1, 10], T1: [0.05, 20], T2: [0.05, 20], T: [0.05, 20],
  k: [0.5, 2], h: [0.5, 2], th: [0.5, 2], G: [0.1, 10], a: [0.05, 20], u: [0.01, 1], y: [0.1, 100],
};

/**
 * Compares two expressions with the symbolic layer's equivalent(): exact algebra decides whether
 * the difference is 0 over a common denominator (π and i stay exact), and both sides are evaluated
 * at 8 seeded points, each variable log-uniform in its box above (complex evaluation, so identities
 * at complex roots are covered). `label` names the identity in the engine's account.
 * Throws SymbolicError when an expression cannot be parsed or compiled.
 * @example compareExpressions("(x+1)^2", "x^2+2*x+1", "square").measurement.engine // "zero"
 */
export function compareExpressions(derived: Expression | string, printed: string, label: string): SymbolicComparison {
  const a = typeof derived === "string" ? parse(derived) : derived;
  const b = parse(printed);
  const names = [...new Set([...freeNames(a.text), ...freeNames(b.text)])];
  const domain: Record<string, VariableRange> = {};
  for (const n of names) {
    const [lo, hi] = POSITIVE[n] ?? [0.5, 2];
    domain[n] = { min: lo, max: hi, scale: "log" };
  }
  // the claim's criterion judges the samples; equivalent()'s own numeric verdict is not used
  const result = equivalent(a, b, { domain, seed: 20140401, points: 8 });
  return { derived: a.text, printed: b.text, measurement: identityMeasurement(result, `${label} (${a.text} ≡ ${b.text})`) };
}

function freeNames(text: string): string[] {
  return (text.match(/[A-Za-z_][A-Za-z_0-9]*/g) ?? []).filter((n) => !["i", "pi", "e", "sqrt", "log", "abs", "atan", "coth"].includes(n));
}

/** g̃(z) of eq. (20). */
const G_TILDE = "(D+z)/((D+z)*(z^2+w^2)+D*g*z)";

/**
 * (45)–(47): K = −(D/4τ_p)Σ g_nμ_n/(D+μ_n) = −(D/4τ_p)(−D g̃(D)); the engine substitutes z = D
 * into g̃ and simplifies; compared with (47) (1/τ_p = g).
 */
export function deriveEq47(): SymbolicComparison {
  const atD = substitute(G_TILDE, { z: "D" });
  const derived = simplify(`D^2*g/4*(${atD.text})`);
  return compareExpressions(derived, "g/4*2*D^2/(2*(D^2+w^2)+g*D)", "(47)");
}

/** (50): Σ g_n/μ_n² = −g̃′(0); the engine differentiates g̃ and substitutes z = 0; compared with γ̂/ω0⁴. */
export function deriveEq50(): SymbolicComparison {
  const d = differentiate(G_TILDE, "z");
  return compareExpressions(simplify(`-(${substitute(d, { z: 0 }).text})`), "g/w^4", "(50)");
}

/**
 * ∫_0^∞ dω/(a² + ω²) = π/(2a) for a > 0, by residues: the integrand is even and O(ω⁻²), so the
 * half-line integral is half the integral over the real line, closed by an arc in the upper
 * half-plane (which vanishes as 1/R): πi·Res_{ω = ia}. The engine substitutes ω = ia into the
 * denominator Q = a² + ω² (a simple zero, decided exactly: Q(ia) = 0) and forms the residue
 * 1/Q′(ia) by differentiation. The residue theorem itself is the hand step (backed by quadrature
 * in the claim symbolic-eq45).
 */
function halfLineLorentzian(): { value: Expression; pole: SymbolicComparison } {
  const denominator = "a^2+w^2";
  const pole = compareExpressions(substitute(denominator, { w: "i*a" }), "0", "Q(ia) = 0");
  const residue = parse(`1/(${substitute(differentiate(denominator, "w"), { w: "i*a" }).text})`);
  return { value: parse(`pi*i*(${residue.text})`), pole };
}

/** The steps of the high-temperature derivation of (45) and its first correction. */
export interface Eq45Derivation {
  /** x·coth x = 1 + x²/3 + O(x⁴) (engine series, quotient route). */
  readonly cothSeries: SymbolicComparison;
  /** ω[n(ω, T1) − n(ω, T2)] at ω = 0: T1 − T2 (the classical limit n → T/ω). */
  readonly classicalOccupation: SymbolicComparison;
  /** Its ω² coefficient: (1/T1 − 1/T2)/12. */
  readonly firstCorrection: SymbolicComparison;
  /** ω = ia is a zero of a² + ω² (the pole of the Lorentzian in the upper half-plane). */
  readonly lorentzianPole: SymbolicComparison;
  /** ∫_0^∞ dω/(a² + ω²) = πi·Res_{ω=ia} = π/(2a). */
  readonly lorentzian: SymbolicComparison;
  /** Partial fractions of 1/[(D² + ω²)(μ² + ω²)] (engine expand over a common denominator). */
  readonly partialFractions: SymbolicComparison;
  /** One root's term of (42) at leading order vs the printed (45): −(D/4τ_p)g_nμ_n(T1 − T2)/(D + μ_n). */
  readonly eq45Term: SymbolicComparison;
  /**
   * One root's contribution to K at order 1/T² (engine: ∂/∂T1 at T1 = T2 = T of the ω² term of
   * (42)); its value (not printed in the paper): (D²γ̂/48T²)·g_nμ_n²/(D + μ_n).
   */
  readonly conductanceCorrection: SymbolicComparison;
}

/** The derivation of (45) and the engine's expression of the per-root coefficient of the first correction. */
export interface Eq45Result {
  readonly steps: Eq45Derivation;
  /** The per-root coefficient (multiply by g_n and sum over n): (D²γ̂/48T²)·μ²/(D + μ). */
  readonly correctionPerRoot: Expression;
}

/**
 * (42)→(45) from the expansion of coth, done by the engine: the Taylor series of x·coth x about 0
 * (seriesByDerivatives, quotient route) gives n(ω, T) = [coth(ω/2T) − 1]/2 = T/ω − 1/2 + ω/(12T) + …;
 * ω(n_1 − n_2) = (T1 − T2) + ω²(1/T1 − 1/T2)/12 + O(ω⁴/T³). The leading term in (42) leaves
 * ∫_0^∞ dω/[(D² + ω²)(μ_n² + ω²)], done by partial fractions and the half-line Lorentzian (by residues); each root
 * term becomes −(D/4τ_p)g_nμ_n(T1 − T2)/(D + μ_n), i.e. J = −K(T2 − T1) with K of (45). The ω² term
 * gives, through ∫_0^∞ ω²dω/[(D² + ω²)(μ² + ω²)] = π/[2(D + μ)] and ∂/∂T1 at T1 = T2 = T, the first
 * correction K − K_(45) = (D²γ̂/48T²) Σ_n g_nμ_n²/(D + μ_n) + O(T⁻⁴): the limit (43) → (47) is of
 * second order in 1/T (the order measured by eq47-high-T-limit).
 * Root-wise treatment is exact: (42) is a sum over n of the same integrand with μ = μ_n.
 */
export function deriveEq45(): Eq45Result {
  const series = seriesByDerivatives("u*coth(u)", "u", 0, 2);
  const occupation = expand(substitute(`((${series.polynomial.text})/u-1)/2`, { u: "w/(2*T)" }));
  const weighted = expand(`w*((${substitute(occupation, { T: "T1" }).text})-(${substitute(occupation, { T: "T2" }).text}))`);
  const leading = substitute(weighted, { w: 0 });
  const second = simplify(`(${substitute(differentiate(weighted, "w", 2), { w: 0 }).text})/2`);
  const { value: lorentzian, pole } = halfLineLorentzian();
  const half = (a: string) => substitute(lorentzian, { a }).text;
  // 1/[(D²+ω²)(μ²+ω²)] = [1/(D²+ω²) − 1/(μ²+ω²)]/(μ² − D²);  ω²/[…] = [μ²/(μ²+ω²) − D²/(D²+ω²)]/(μ² − D²).
  const pf0 = "(1/(mu^2-D^2))*(1/(D^2+w^2)-1/(mu^2+w^2))";
  const integral0 = `(1/(mu^2-D^2))*((${half("D")})-(${half("mu")}))`;
  const integral2 = `(1/(mu^2-D^2))*(mu^2*(${half("mu")})-D^2*(${half("D")}))`;
  const prefactor = "(-1)*(D^2*g/(2*pi))*mu^2";
  // (parse, not simplify: nerdamer's simplify of larger products with π can fall back to
  // rational approximations of π; equivalent() does the reduction exactly.)
  const term0 = parse(`${prefactor}*(${leading.text})*(${integral0})`);
  const term2 = `${prefactor}*(${second.text})*(${integral2})`;
  const perRoot = parse(substitute(differentiate(term2, "T1"), { T1: "T", T2: "T" }).text);
  return {
    steps: {
      cothSeries: compareExpressions(series.polynomial, "1+u^2/3", "x·coth x"),
      classicalOccupation: compareExpressions(leading, "T1-T2", "ω(n1 − n2) at ω = 0"),
      firstCorrection: compareExpressions(second, "(1/T1-1/T2)/12", "ω² coefficient"),
      lorentzianPole: pole,
      lorentzian: compareExpressions(lorentzian, "pi/(2*a)", "half-line Lorentzian"),
      partialFractions: compareExpressions(expand(pf0), "1/((D^2+w^2)*(mu^2+w^2))", "partial fractions"),
      eq45Term: compareExpressions(term0, "(-1)*(D*g/4)*mu*(T1-T2)/(D+mu)", "(45) root term"),
      conductanceCorrection: compareExpressions(perRoot, "D^2*g*mu^2/(48*T^2*(D+mu))", "first correction"),
    },
    correctionPerRoot: perRoot,
  };
}

/**
 * (49)→(51): the engine builds the small-ω series of μ²/[(D²+ω²)(μ²+ω²)] from derivatives
 * (c0 = f(0), c2 = f''(0)/2); with Σ g_n = 0 (sum rule k = 0) only −ω²Σ(g_n/μ_n²)/D² survives;
 * the Bose integral ∫_0^∞ω³(n_1 − n_2)dω = (π⁴/15)(T1⁴ − T2⁴) (checked by quadrature in the
 * tests) gives (49); S = γ̂/ω0⁴ (50) gives (51); K = ∂J/∂T1 at T1 = T2 = T.
 */
export function deriveEq49to51(): Record<"c0" | "c2" | "eq49" | "eq51Current" | "eq51Conductance", SymbolicComparison> {
  const f = "mu^2/((D^2+x^2)*(mu^2+x^2))";
  const c0 = substitute(f, { x: 0 });
  const c2 = simplify(`(${substitute(differentiate(f, "x", 2), { x: 0 }).text})/2`);
  // μ-independent part −1/D⁴ of c2 multiplies Σ g_n = 0; the rest is −1/(D²μ²).
  // (expand, not simplify: see deriveEq45 on simplify with π.)
  const j49 = expand("(-1)*(D^2*g/(2*pi))*((-1)*S/D^2)*(pi^4/15)*(T1^4-T2^4)");
  const j51 = expand(substitute(j49, { S: "g/w^4" }).text);
  const k51 = substitute(differentiate(j51, "T1"), { T1: "T" });
  return {
    c0: compareExpressions(c0, "1/D^2", "c0"),
    c2: compareExpressions(c2, "(-1)/D^4-1/(D^2*mu^2)", "c2"),
    eq49: compareExpressions(j49, "pi^3/30*g*(T1^4-T2^4)*S", "(49)"),
    eq51Current: compareExpressions(j51, "pi^3/(30*w^4)*g^2*(T1^4-T2^4)", "(51) current"),
    eq51Conductance: compareExpressions(k51, "2*pi^3*T^3/(15*w^4)*g^2", "(51) conductance"),
  };
}

/** Q(μ) = (μ − D)(μ² + ω0²) + εγ̂Dμ: the cubic (21) with the coupling scaled by eps. */
const CUBIC = "(mu-D)*(mu^2+w^2)+eps*g*D*mu";

/**
 * (69)–(70) by first-order perturbation of (21) with the coupling scaled by ε: μ_3(ε) = D + εδ_3,
 * δ_3 = −∂_εQ/∂_μQ at (D, 0); Re μ_{1,2} = (D − μ_3)/2 from Vieta (μ1 + μ2 + μ3 = D); residues
 * g_n = (D − μ_n)/Q′(μ_n): at μ_1 = −iω0, ε = 0 the engine's g_1 is compared with the printed
 * +i/2ω0 (fails: the opposite sign) and the corrected −i/2ω0; and the first-order g_3.
 */
export function deriveEq69to70(): Record<"realPartMu12" | "shiftMu3" | "residueG1Printed" | "residueG1Corrected" | "residueG3", SymbolicComparison> {
  const dQde = differentiate(CUBIC, "eps");
  const dQdmu = differentiate(CUBIC, "mu");
  // (nerdamer's simplify still drops a leading unary minus in some quotients — the wrapper's
  // numeric guard refuses the result: −(D²+ω0²)⁻¹D²γ̂ came back without its sign — so the
  // derivation keeps the positive quantity −δ_3 and writes signs as (-1)*.)
  // −δ_3 = ∂_εQ/∂_μQ at (μ, ε) = (D, 0).
  const minusShift3 = simplify(`(${substitute(dQde, { mu: "D", eps: 0 }).text})/(${substitute(dQdmu, { mu: "D", eps: 0 }).text})`);
  // Vieta: μ1 + μ2 + μ3 = −(coefficient of μ²) = D, so Re μ_{1,2} = (D − μ3)/2 = ε(−δ_3)/2.
  const sumOfRoots = simplify(`(-1)*(${substitute(differentiate(CUBIC, "mu", 2), { mu: 0 }).text})/2`);
  const realPart = simplify(`((${sumOfRoots.text})-D+(${minusShift3.text}))/2`);
  // Residue at μ_1 = −iω0 (ε = 0): g_1 = (D − μ_1)/Q′(μ_1), a complex quotient that equivalent()
  // reduces exactly (common denominator) — compared with the printed +i/2ω0 and the corrected −i/2ω0.
  const residue1 = parse(`(D+i*w)/(${substitute(dQdmu, { mu: "(-1)*i*w", eps: 0 }).text})`);
  // g_3(ε) = (D − μ_3(ε))/Q′(μ_3(ε), ε) with μ_3(ε) = D − ε(−δ_3); first order in ε.
  const mu3 = `D-eps*(${minusShift3.text})`;
  const g3 = `(D-(${mu3}))/(${substitute(dQdmu, { mu: mu3 }).text})`;
  const g3First = substitute(differentiate(g3, "eps"), { eps: 0 });
  const gammaD = "g*D^2/(D^2+w^2)";
  return {
    realPartMu12: compareExpressions(realPart, `(${gammaD})/2`, "Re μ_{1,2}"),
    shiftMu3: compareExpressions(minusShift3, gammaD, "D − μ_3"),
    residueG1Printed: compareExpressions(residue1, "i/(2*w)", "g_1 printed"),
    residueG1Corrected: compareExpressions(residue1, "(-1)*i/(2*w)", "g_1 corrected"),
    residueG3: compareExpressions(g3First, `(${gammaD})/(D^2+w^2)`, "g_3"),
  };
}

/**
 * (87) from equating the prefactors of (85) and (86): the engine forms c = J_CO/(J_A γ̂²)
 * (k = k_B, h = ħ, th = θ_D, G = γ̂), so that J_CO = J_A ⇔ γ̂² = 1/c; compared with the square of
 * the printed (87), γ̂ = (π/√2)(ħω0/k_Bθ_D)ω0 (squares avoid the sign branch of √).
 */
export function deriveEq87(): SymbolicComparison {
  const ratio = simplify("(pi^3*k^4*G^2/(30*h^3*w^4))/(pi^5*k^2/(60*h*th^2))/G^2");
  return compareExpressions(simplify(`1/(${ratio.text})`), "((pi/sqrt(2))*(h*w/(k*th))*w)^2", "(87) squared");
}
