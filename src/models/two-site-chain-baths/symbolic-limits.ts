import { differentiate, equivalent, expand, rationalForm, seriesByDerivatives, substitute } from "../../symbolic/index.js";
import type { VariableRange } from "../../symbolic/index.js";

/**
 * Symbolic derivations of Sec. III D, Sec. V and App. F, performed by the engine (nerdamer
 * through src/symbolic: rationalForm, seriesByDerivatives, expand, factor, substitute)
 * and compared with the printed forms by equivalent() (symbolic decision + seeded
 * numeric comparison). Polynomial forms throughout (DESIGN §5): no `simplify` on nested
 * rationals, no engine `limit` (it times out on (46)).
 * Source: 003_3bda4ae6cebee785.txt. Numeric spot checks against the model's numeric
 * functions are done by the claims (claims-symbolic-limits.ts).
 */

/** One derivation: what the engine produced and how it compares with the target. */
export interface EngineDerivation {
  readonly name: string;
  /** The engine's result (text). */
  readonly engineResult: string;
  /** equivalent(engine result, target): symbolic verdict ('zero' = proven equal). */
  readonly symbolic: "zero" | "nonzero" | "unknown";
  /** Largest relative numeric difference of the equivalence check. */
  readonly numericError: number;
  /** Both halves of equivalent() pass and agree. */
  readonly equivalent: boolean;
  readonly details: string;
}

const TIMEOUT = {};

function compare(name: string, engineResult: string, target: string, domain: Readonly<Record<string, VariableRange>>, seed: number, note: string): EngineDerivation {
  const e = equivalent(engineResult, target, { domain, seed, ...TIMEOUT });
  return {
    name,
    engineResult,
    symbolic: e.symbolic,
    numericError: e.numeric.maxRelativeError,
    equivalent: e.equivalent && e.agree,
    details: `${note}; equivalent(engine, target): symbolic ${e.symbolic} (${e.symbolicDetail}), numeric max rel. error ${e.numeric.maxRelativeError.toExponential(2)} at ${e.numeric.evaluated} points`,
  };
}

/**
 * (46) from (45) for Γ ≪ Δ, in the wide band (Ω → ∞ first: J_N = Γ/2π, E′_j = E_j,
 * Γ_j = Γ, φ_j Lorentzian). On the resonance scale ω = E_1 + Γx (E_1 = E_2 + Δ) the
 * engine forms T(45)/T(46) over a common denominator and builds its Taylor series in Γ
 * by derivatives: T(45)/T(46) = 1 − 2xΓ/Δ + O(Γ²), i.e. (46) is exact at Γ → 0 on the
 * resonance and the relative error is O(Γ/Δ) (= 2(ω − E_1)/Δ). Targets: "1" and "-2*x/D".
 */
export function deriveTransmissionBimodalLimit(seed: number): { leading: EngineDerivation; firstOrder: EngineDerivation } {
  const phi1 = "(G/(2*pi))/((G*x)^2 + G^2/4)";
  const phi2 = "(G/(2*pi))/((D + G*x)^2 + G^2/4)";
  const t45 = `(pi*g^2/2)*${phi1}*${phi2}`;
  const t46 = `(g^2/(4*D^2))*G*(${phi1} + ${phi2})`;
  const { numerator, denominator } = rationalForm(`(${t45})/(${t46})`, TIMEOUT);
  const series = seriesByDerivatives(`(${numerator.toString()})/(${denominator.toString()})`, "G", 0, 1, TIMEOUT);
  const [c0, c1] = series.coefficients.map((c) => c.toString());
  const domain = { x: { min: -3, max: 3 }, D: { min: 0.1, max: 2 } };
  return {
    leading: compare("(46) leading order", c0, "1", domain, seed, `rationalForm of T(45)/T(46) at ω = E_1 + Γx, series in Γ (${series.method}): coefficient of Γ⁰ = ${c0}`),
    firstOrder: compare("(46) first order", c1, "-2*x/D", domain, seed, `coefficient of Γ¹ = ${c1}`),
  };
}

/**
 * lim_{Γ→0} γ̄⁻_α/γ̄⁺_α from (58), (70) with φ_j → δ(ω − E_j) (eq. (27)) in the wide band
 * (Γ_1 = Γ_2): γ̄^∓_α ∝ Σ_j R²_{αj}{1 − f_α(E_j), f_α(E_j)} with R²_{L1} = R²_{R2} = (1 + s)/2,
 * R²_{L2} = R²_{R1} = (1 − s)/2, s = δ/Δ (eq. (16)), f_α(E_{1,2}) = 1/(1 + u v^{±1}) with
 * u = e^{β_α(h−µ_α)}, v = e^{β_αΔ/2}. The engine clears the denominators (rationalForm) and
 * the result is compared with
 *   corrected (78):  u[u + cosh y + σ s sinh y]/[1 + u cosh y − σ s u sinh y],  y = β_αΔ/2, σ = +1 (L), −1 (R),
 * written in u, v (cosh y = (v + 1/v)/2, sinh y = (v − 1/v)/2); the printed (78) is the
 * s = 0 case: the engine's ratio equals it at δ = 0 and differs from it for s ≠ 0.
 */
export function deriveDetailedBalanceRatio(seed: number): { corrected: EngineDerivation; printedAtZeroDetuning: EngineDerivation; printedGeneral: EngineDerivation } {
  const fE1 = "1/(1 + u*v)";
  const fE2 = "1/(1 + u/v)";
  const w1 = "(1 + s)/2";
  const w2 = "(1 - s)/2";
  const ratio = `(${w1}*(1 - ${fE1}) + ${w2}*(1 - ${fE2}))/(${w1}*${fE1} + ${w2}*${fE2})`;
  const { numerator, denominator } = rationalForm(ratio, TIMEOUT);
  const engine = `(${numerator.toString()})/(${denominator.toString()})`;
  const ch = "((v + 1/v)/2)";
  const sh = "((v - 1/v)/2)";
  const corrected = `u*(u + ${ch} + s*${sh})/(1 + u*${ch} - s*u*${sh})`;
  const printed = `u*(u + ${ch})/(1 + u*${ch})`;
  const domain = { u: { min: 0.05, max: 20, scale: "log" as const }, v: { min: 1.01, max: 20, scale: "log" as const }, s: { min: -0.95, max: 0.95 } };
  const atZero = substitute(engine, { s: 0 }, TIMEOUT).toString();
  return {
    corrected: compare("(78) corrected", engine, corrected, domain, seed, `rationalForm of Σ_jR²_{Lj}(1 − f(E_j))/Σ_jR²_{Lj}f(E_j): ${engine}`),
    printedAtZeroDetuning: compare("(78) printed at δ = 0", atZero, printed, { u: domain.u, v: domain.v }, seed, `engine ratio at s = δ/Δ = 0: ${atZero}`),
    printedGeneral: compare("(78) printed for δ ≠ 0", engine, printed, domain, seed, "engine ratio with s ≠ 0 against printed (78)"),
  };
}

/** Symbolic 4×4 matrices (entries are engine-readable text). */
type SymMatrix = string[][];

function fromNumeric(m: { rows: number; re: Float64Array }): SymMatrix {
  return Array.from({ length: m.rows }, (_, i) => Array.from({ length: m.rows }, (_, j) => String(m.re[i * m.rows + j])));
}

function mul(a: SymMatrix, b: SymMatrix): SymMatrix {
  const n = a.length;
  return a.map((_, i) =>
    Array.from({ length: n }, (_, j) => {
      const terms: string[] = [];
      for (let k = 0; k < n; k++) if (a[i][k] !== "0" && b[k][j] !== "0") terms.push(`(${a[i][k]})*(${b[k][j]})`);
      return terms.length === 0 ? "0" : terms.join("+");
    }),
  );
}

function lin(terms: readonly [string, SymMatrix][]): SymMatrix {
  const n = terms[0][1].length;
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => {
      const parts = terms.filter(([, m]) => m[i][j] !== "0").map(([c, m]) => `(${c})*(${m[i][j]})`);
      return parts.length === 0 ? "0" : parts.join("+");
    }),
  );
}

/**
 * (68) from (65): with A = a11 n_1 + a22 n_2 + a12 d_1†d_2 + a21 d_2†d_1 (symbolic a's) and
 * Λ⁺_12 = L12, Λ⁺_21 = L21 (symbols), the engine expands every Fock-space entry of
 *   L_int†A = Σ_{j≠k} Λ⁺_jk[(d_jAd_k† − ½{d_jd_k†, A}) − (d_k†Ad_j − ½{d_k†d_j, A})].
 * Target (68): L_int†A = (a12·L12 + a21·L21)·1, i.e. L_int†n_j = 0, L_int†d_1†d_2 = Λ⁺_12.
 * `operators` are the numeric d_1, d_2 (0, ±1 entries) of the Fock space.
 */
export function deriveInterferenceAdjoint(seed: number, operators: { d: readonly [{ rows: number; re: Float64Array }, { rows: number; re: Float64Array }] }): EngineDerivation {
  const d = operators.d.map(fromNumeric);
  const dag = d.map((m) => m.map((_, i) => m.map((row) => row[i])));
  const A = lin([
    ["a11", mul(dag[0], d[0])],
    ["a22", mul(dag[1], d[1])],
    ["a12", mul(dag[0], d[1])],
    ["a21", mul(dag[1], d[0])],
  ]);
  const anti = (x: SymMatrix, y: SymMatrix) => lin([["1", mul(x, y)], ["1", mul(y, x)]]);
  const terms: [string, SymMatrix][] = [];
  for (const [j, k, L] of [
    [0, 1, "L12"],
    [1, 0, "L21"],
  ] as const) {
    terms.push([L, mul(mul(d[j], A), dag[k])], [`-${L}/2`, anti(mul(d[j], dag[k]), A)], [`-${L}`, mul(mul(dag[k], A), d[j])], [`${L}/2`, anti(mul(dag[k], d[j]), A)]);
  }
  const result = lin(terms).map((row) => row.map((e) => (e === "0" ? "0" : expand(e, TIMEOUT).toString())));
  const target = "a12*L12 + a21*L21";
  const flat = result.flatMap((row, i) => row.map((e, j) => ({ e, t: i === j ? target : "0" })));
  const engineText = `diag: ${result.map((r, i) => r[i]).join(" | ")}; off-diagonal all 0: ${flat.every(({ e, t }) => t !== "0" || e === "0")}`;
  const joined = flat.map(({ e }) => `(${e})`).join("+");
  const targetSum = `4*(${target})`;
  const domain = Object.fromEntries(["a11", "a22", "a12", "a21", "L12", "L21"].map((v) => [v, { min: -2, max: 2 }]));
  const offDiagonalZero = flat.every(({ e, t }) => t !== "0" || e === "0");
  const diagonal = result.map((r, i) => compare(`(68) entry ${i}`, r[i], target, domain, seed, ""));
  const sum = compare("(68)", joined, targetSum, domain, seed, engineText);
  return {
    ...sum,
    symbolic: offDiagonalZero && diagonal.every((x) => x.symbolic === "zero") ? "zero" : diagonal.some((x) => x.symbolic === "nonzero") || !offDiagonalZero ? "nonzero" : "unknown",
    equivalent: sum.equivalent && offDiagonalZero && diagonal.every((x) => x.equivalent),
    numericError: Math.max(sum.numericError, ...diagonal.map((x) => x.numericError)),
  };
}

/**
 * Eigenvalues of L_int in (F1): writing (65) as Σ_mn K_mn(A_mρA_n† − ½{A_n†A_m, ρ}) over
 * A = (d_1, d_2, d_1†, d_2†), the coefficient matrix is K = [[0, −Λ⁺_12], [−Λ⁺_21, 0]] ⊕
 * [[0, Λ⁺_21], [Λ⁺_12, 0]] (loss terms −Λ⁺_jk d_jρd_k†, gain terms Λ⁺_jk d_k†ρd_j). The
 * engine expands det(K − λ·1) (Laplace expansion as text), which must equal
 * (λ² − Λ⁺_12Λ⁺_21)² = (λ² − |Λ⁺_12|²)²; with Λ⁺_12 = Λ⁺_21 = m (the polynomial depends on
 * the product only) the engine substitutes λ = ±m into the polynomial and its λ-derivative:
 * both vanish, so ±|Λ⁺_12| are double roots, and (degree 4) the only ones. (nerdamer's
 * factor returns λ⁴ − 2λ²m² + m⁴ unfactored.)
 */
export function deriveInterferenceEigenvalues(seed: number): { characteristic: EngineDerivation; roots: string; rootsMatch: boolean } {
  const K: SymMatrix = [
    ["0", "-L12", "0", "0"],
    ["-L21", "0", "0", "0"],
    ["0", "0", "0", "L21"],
    ["0", "0", "L12", "0"],
  ].map((row, i) => row.map((e, j) => (i === j ? `(${e})-lam` : e)));
  const det = (m: SymMatrix): string => {
    if (m.length === 1) return m[0][0];
    const parts: string[] = [];
    for (let j = 0; j < m.length; j++) {
      if (m[0][j] === "0") continue;
      const minor = m.slice(1).map((row) => row.filter((_, c) => c !== j));
      parts.push(`${j % 2 === 0 ? "+" : "-"}(${m[0][j]})*(${det(minor)})`);
    }
    return parts.length === 0 ? "0" : parts.join("");
  };
  const poly = expand(det(K), TIMEOUT).toString();
  const characteristic = compare("(F1) characteristic polynomial", poly, "(lam^2 - L12*L21)^2", { lam: { min: -2, max: 2 }, L12: { min: -2, max: 2 }, L21: { min: -2, max: 2 } }, seed, `expand(det(K − λ)) = ${poly}`);
  // roots: with Λ⁺_12 = Λ⁺_21 = m the engine substitutes λ = ±m into the polynomial and its λ-derivative
  const atM = substitute(poly, { L12: "m", L21: "m" }, TIMEOUT);
  const derivative = differentiate(atM, "lam", 1, TIMEOUT);
  const checks = ["m", "-m"].flatMap((r) => [expand(substitute(atM, { lam: r }, TIMEOUT), TIMEOUT).toString(), expand(substitute(derivative, { lam: r }, TIMEOUT), TIMEOUT).toString()]);
  const rootsMatch = checks.every((c) => c === "0");
  return { characteristic, roots: `p(±m) = ${checks[0]}, ${checks[2]}; p′(±m) = ${checks[1]}, ${checks[3]} (degree 4: ±m are the only roots, each double)`, rootsMatch };
}
