import type { IdentityMeasurement } from "../../core/measurement.js";
import { combineIdentities, equivalent, identityMeasurement, rationalForm, seriesByDerivatives, substitute, type VariableRange } from "../../symbolic/index.js";

/**
 * Derivations of Sec. III D, Sec. V and App. F, performed by the symbolic layer (rationalForm,
 * seriesByDerivatives, substitute) and decided by equivalent(): EXACT algebra of the
 * difference (src/symbolic/exact) and seeded numeric evaluation of both sides. Polynomial
 * forms throughout (DESIGN §5): no `simplify` on nested rationals, no engine `limit` (it times
 * out on (46)). The claims (claims-symbolic-limits.ts) add numeric spot checks against the
 * model's own numeric functions.
 * Source: 003_3bda4ae6cebee785.txt.
 */

function identity(a: string, b: string, domain: Readonly<Record<string, VariableRange>>, seed: number, label: string, rtol = 1e-9): IdentityMeasurement {
  return identityMeasurement(equivalent(a, b, { domain, seed, rtol }), label);
}

/**
 * (46) from (45) for Γ ≪ Δ, in the wide band (Ω → ∞ first: J_N = Γ/2π, E′_j = E_j, Γ_j = Γ,
 * φ_j Lorentzian — typed, see the claim's hand steps). On the resonance scale ω = E_1 + Γx
 * (E_1 = E_2 + Δ) the engine forms T(45)/T(46) over a common denominator and builds its Taylor
 * series in Γ by derivatives: T(45)/T(46) = 1 − 2xΓ/Δ + O(Γ²), i.e. (46) is exact at Γ → 0 on
 * the resonance and the relative error is O(Γ/Δ) (= 2(ω − E_1)/Δ). Targets: 1 and −2x/Δ.
 * Returns the two coefficient identities and the engine's coefficients (text).
 */
export function deriveTransmissionBimodalLimit(seed: number): { readonly identity: IdentityMeasurement; readonly coefficients: readonly string[] } {
  const phi1 = "(G/(2*pi))/((G*x)^2 + G^2/4)";
  const phi2 = "(G/(2*pi))/((D + G*x)^2 + G^2/4)";
  const t45 = `(pi*g^2/2)*${phi1}*${phi2}`;
  const t46 = `(g^2/(4*D^2))*G*(${phi1} + ${phi2})`;
  const { numerator, denominator } = rationalForm(`(${t45})/(${t46})`);
  const series = seriesByDerivatives(`(${numerator.toString()})/(${denominator.toString()})`, "G", 0, 1);
  const [c0, c1] = series.coefficients.map((c) => c.toString());
  const domain = { x: { min: -3, max: 3 }, D: { min: 0.1, max: 2 } };
  return {
    identity: combineIdentities([identity(c0, "1", domain, seed, `coefficient of Γ⁰ of T(45)/T(46) (series by ${series.method}) = 1`), identity(c1, "-2*x/D", domain, seed, "coefficient of Γ¹ = −2x/Δ")]),
    coefficients: [c0, c1],
  };
}

/**
 * lim_{Γ→0} γ̄⁻_α/γ̄⁺_α from (58), (70) with φ_j → δ(ω − E_j) (eq. (27)) in the wide band
 * (Γ_1 = Γ_2) — this substitution is typed, see the claim's hand steps: γ̄^∓_α ∝
 * Σ_j R²_{αj}{1 − f_α(E_j), f_α(E_j)} with R²_{L1} = R²_{R2} = (1 + s)/2, R²_{L2} = R²_{R1} = (1 − s)/2,
 * s = δ/Δ (eq. (16)), f_α(E_{1,2}) = 1/(1 + u v^{±1}) with u = e^{β_α(h−µ_α)}, v = e^{β_αΔ/2}.
 * The engine clears the denominators (rationalForm) and the result is compared with
 *   corrected (78):  u[u + cosh y + s sinh y]/[1 + u cosh y − s u sinh y],  y = β_αΔ/2 (α = L),
 * written in u, v (cosh y = (v + 1/v)/2, sinh y = (v − 1/v)/2); the printed (78) is its s = 0
 * case: the engine's ratio at s = 0 (substituted by the engine) equals it, and for s ≠ 0 the
 * difference is a nonzero polynomial (`printedGeneral`, whose engine decision must be 'nonzero').
 */
export function deriveDetailedBalanceRatio(seed: number): { readonly identity: IdentityMeasurement; readonly printedGeneral: IdentityMeasurement; readonly ratio: string } {
  const fE1 = "1/(1 + u*v)";
  const fE2 = "1/(1 + u/v)";
  const w1 = "(1 + s)/2";
  const w2 = "(1 - s)/2";
  const { numerator, denominator } = rationalForm(`(${w1}*(1 - ${fE1}) + ${w2}*(1 - ${fE2}))/(${w1}*${fE1} + ${w2}*${fE2})`);
  const ratio = `(${numerator.toString()})/(${denominator.toString()})`;
  const ch = "((v + 1/v)/2)";
  const sh = "((v - 1/v)/2)";
  const corrected = `u*(u + ${ch} + s*${sh})/(1 + u*${ch} - s*u*${sh})`;
  const printed = `u*(u + ${ch})/(1 + u*${ch})`;
  const domain = { u: { min: 0.05, max: 20, scale: "log" as const }, v: { min: 1.01, max: 20, scale: "log" as const }, s: { min: -0.95, max: 0.95 } };
  const atZero = substitute(ratio, { s: 0 }).toString();
  return {
    identity: combineIdentities([
      identity(ratio, corrected, domain, seed, `rationalForm of Σ_jR²_{Lj}(1 − f(E_j))/Σ_jR²_{Lj}f(E_j) = ${ratio} vs the corrected (78)`),
      identity(atZero, printed, { u: domain.u, v: domain.v }, seed, `the engine's ratio at s = δ/Δ = 0, ${atZero}, vs the printed (78)`),
    ]),
    printedGeneral: identity(ratio, printed, domain, seed, "the engine's ratio with s ≠ 0 vs the printed (78)"),
    ratio,
  };
}

/** Symbolic 4×4 matrices (entries are engine-readable text). */
type SymbolicMatrix = string[][];

function fromNumeric(m: { rows: number; re: Float64Array }): SymbolicMatrix {
  return Array.from({ length: m.rows }, (_, i) => Array.from({ length: m.rows }, (_, j) => String(m.re[i * m.rows + j])));
}

function multiply(a: SymbolicMatrix, b: SymbolicMatrix): SymbolicMatrix {
  const n = a.length;
  return a.map((_, i) =>
    Array.from({ length: n }, (_, j) => {
      const terms: string[] = [];
      for (let k = 0; k < n; k++) if (a[i][k] !== "0" && b[k][j] !== "0") terms.push(`(${a[i][k]})*(${b[k][j]})`);
      return terms.length === 0 ? "0" : terms.join("+");
    }),
  );
}

function combination(terms: readonly [string, SymbolicMatrix][]): SymbolicMatrix {
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
 * Λ⁺_12 = L12, Λ⁺_21 = L21 (symbols), the Fock-space matrix of
 *   L_int†A = Σ_{j≠k} Λ⁺_jk[(d_jAd_k† − ½{d_jd_k†, A}) − (d_k†Ad_j − ½{d_k†d_j, A})]
 * is built as text from the numeric d_1, d_2 (0, ±1 entries) and compared with the target (68),
 * L_int†A = (a12·L12 + a21·L21)·1, all sixteen entries at once through independent symbolic
 * weights z_ij: Σ_ij z_ij(L_int†A)_ij = Σ_i z_ii(a12L12 + a21L21) holds identically iff every
 * entry does (and no side is compared with a bare 0 numerically). Exact algebra expands it.
 */
export function deriveInterferenceAdjoint(seed: number, operators: { d: readonly [{ rows: number; re: Float64Array }, { rows: number; re: Float64Array }] }): IdentityMeasurement {
  const d = operators.d.map(fromNumeric);
  const dag = d.map((m) => m.map((_, i) => m.map((row) => row[i])));
  const A = combination([
    ["a11", multiply(dag[0], d[0])],
    ["a22", multiply(dag[1], d[1])],
    ["a12", multiply(dag[0], d[1])],
    ["a21", multiply(dag[1], d[0])],
  ]);
  const anti = (x: SymbolicMatrix, y: SymbolicMatrix) => combination([["1", multiply(x, y)], ["1", multiply(y, x)]]);
  const terms: [string, SymbolicMatrix][] = [];
  for (const [j, k, L] of [
    [0, 1, "L12"],
    [1, 0, "L21"],
  ] as const) {
    terms.push([L, multiply(multiply(d[j], A), dag[k])], [`-${L}/2`, anti(multiply(d[j], dag[k]), A)], [`-${L}`, multiply(multiply(dag[k], A), d[j])], [`${L}/2`, anti(multiply(dag[k], d[j]), A)]);
  }
  const result = combination(terms);
  const weight = (i: number, j: number) => `z${i}${j}`;
  const weighted = result.flatMap((row, i) => row.map((entry, j) => `${weight(i, j)}*(${entry})`)).join(" + ");
  const target = result.map((_, i) => weight(i, i)).join(" + ");
  const domain = Object.fromEntries([...["a11", "a22", "a12", "a21", "L12", "L21"], ...result.flatMap((row, i) => row.map((_, j) => weight(i, j)))].map((v) => [v, { min: -2, max: 2 }]));
  return identity(weighted, `(${target})*(a12*L12 + a21*L21)`, domain, seed, "Σ_ij z_ij(L_int†A)_ij = Σ_i z_ii(a12Λ⁺_12 + a21Λ⁺_21) (every entry of (68))");
}

/** det M by cofactor expansion along the first row, as text. */
function determinant(m: SymbolicMatrix): string {
  if (m.length === 1) return m[0][0];
  const parts: string[] = [];
  for (let j = 0; j < m.length; j++) {
    if (m[0][j] === "0") continue;
    const minor = m.slice(1).map((row) => row.filter((_, c) => c !== j));
    parts.push(`${j % 2 === 0 ? "+" : "-"}(${m[0][j]})*(${determinant(minor)})`);
  }
  return parts.length === 0 ? "0" : parts.join("");
}

/**
 * Eigenvalues of L_int in (F1): writing (65) as Σ_mn K_mn(A_mρA_n† − ½{A_n†A_m, ρ}) over
 * A = (d_1, d_2, d_1†, d_2†), the coefficient matrix is K = [[0, −Λ⁺_12], [−Λ⁺_21, 0]] ⊕
 * [[0, Λ⁺_21], [Λ⁺_12, 0]] (loss terms −Λ⁺_jk d_jρd_k†, gain terms Λ⁺_jk d_k†ρd_j) — typed, see
 * the claim's hand steps. det(K − λ·1) by cofactor expansion (text) equals (λ² − Λ⁺_12Λ⁺_21)²,
 * and with Λ⁺_21 = conj Λ⁺_12, i.e. Λ⁺_12 = m e^{iθ}, Λ⁺_21 = m e^{−iθ} (m = |Λ⁺_12|), it equals
 * (λ − m)²(λ + m)²: the rates λ_1 = −λ_2 = −λ_3 = λ_4 = |Λ⁺_12| of (F1), each double. Exact algebra
 * expands both (the exponentials e^{±iθ} collect exactly).
 */
export function deriveInterferenceEigenvalues(seed: number): IdentityMeasurement {
  const characteristic = (l12: string, l21: string) =>
    determinant(
      [
        ["0", `-(${l12})`, "0", "0"],
        [`-(${l21})`, "0", "0", "0"],
        ["0", "0", "0", l21],
        ["0", "0", l12, "0"],
      ].map((row, i) => row.map((e, j) => (i === j ? `(${e})-lam` : e))),
    );
  // cancellation near the roots: both sides are (λ² − m²)², evaluated at λ of order m
  const rtol = 1e-10;
  return combineIdentities([
    identity(characteristic("L12", "L21"), "(lam^2 - L12*L21)^2", { lam: { min: -2, max: 2 }, L12: { min: -2, max: 2 }, L21: { min: -2, max: 2 } }, seed, "det(K − λ) = (λ² − Λ⁺_12Λ⁺_21)²", rtol),
    identity(characteristic("m*exp(i*th)", "m*exp(-i*th)"), "(lam - m)^2*(lam + m)^2", { lam: { min: -2, max: 2 }, m: { min: 0, max: 2 }, th: { min: -3.2, max: 3.2 } }, seed, "with Λ⁺_21 = conj Λ⁺_12 = m e^{−iθ}: det(K − λ) = (λ − m)²(λ + m)²", rtol),
  ]);
}
