import { definiteIntegral, differentiate, equivalent, parse, substitute, type EquivalenceOptions, type EquivalenceResult, type Expression } from "../../symbolic/index.js";

/**
 * The symbolic derivation of F2 and F3 of eq. (9) from eqs. (5)–(7), performed by the
 * engine (every time integral of an exponential is an exact antiderivative followed by the
 * substitution of the limits: definiteIntegral of src/symbolic), and the printed (9) as expressions.
 * Source: 000_801d121c3abe0574.txt, eqs. (5)–(9). Units ħ = 1; t is t − t_0.
 *
 * Steps done by hand (operator algebra, stated here): with an empty dot, the solution of the
 * QLE (7) is c_d(τ) = −i Σ_k′ v_k′ c_k′(t_0) a_k′(τ), where a_k′ solves
 * ȧ = −(iε_d + Γ)a + e^{−iε_k′τ}, a(0) = 0; the initial state (8) gives ⟨c_k† c_k′⟩ = δ_kk′ f_k.
 * Hence ⟨c_d†(τ) c_l(t_0)⟩ = i v_l f_l conj(a_l(τ)) and ⟨c_d†(τ₁) c_d(τ₂)⟩ = Σ v_k′² f_k′ conj(a_k′(τ₁)) a_k′(τ₂),
 * and (9)'s two lines become
 *   F2/(v_l² f_l) = K + conj(K),  K = i e^{−iε_l t} ∫_0^t e^{iε_l(t−τ)} · i conj(a_l(τ)) dτ,
 *   F3/(v_l² v_k′² f_k′) = I·conj(I),  I = ∫_0^t e^{iε_l τ} a_k′(τ) dτ.
 * The engine computes a_k′ (variation of constants) and its derivative, and does all the
 * integrals (exponential polynomials: exact antiderivatives, src/symbolic/exact-integrate.ts);
 * conj(·) of an integral over a real range is the integral of the conjugated integrand (all
 * symbols real), written by hand and integrated by the engine too. The hand steps and the
 * checks backing each are listed in {@link QLE_HAND_STEPS}.
 * Symbols: t, G (= Γ), ed, el, ek (= ε_d, ε_l, ε_k′).
 */

const limit = {};

/** ∫_lower^upper f d(variable) by the engine (antiderivative checked by differentiation, then F(upper) − F(lower)). */
function integral(integrand: string, variable: string, lower: string | number, upper: string): Expression {
  return definiteIntegral(integrand, variable, lower, upper, limit);
}

/** The engine's derivation: a_k′(u), its QLE residual, K (F2) and I·conj(I) (F3). */
export interface QleDerivation {
  /** a_k′(u) = ∫_0^u e^{−(iε_d+Γ)(u−s)} e^{−iε_k′ s} ds. */
  readonly dotAmplitude: Expression;
  /** ȧ_k′(u), differentiated by the engine (equals {@link qleRightHandSide} of a_k′ when a_k′ solves (7)). */
  readonly dotAmplitudeRate: Expression;
  /** F2/(v_l² f_l) = K + conj(K). */
  readonly f2: Expression;
  /** one k′ term of F3 per v_l² v_k′² f_k′: I·conj(I). */
  readonly f3Term: Expression;
}

let cached: QleDerivation | undefined;

/**
 * Derives F2 and F3 (per prefactor) with the engine; about 1 s, cached.
 * @throws SymbolicError when the engine fails or times out.
 */
export function deriveQlePopulations(): QleDerivation {
  if (cached) return cached;
  const a = integral("e^(-(i*ed+G)*(u-s))*e^(-i*ek*s)", "s", "0", "u");
  const aConj = integral("e^((i*ed-G)*(u-s))*e^(i*ek*s)", "s", "0", "u");
  const rate = differentiate(a, "u", 1, limit);
  // F2: K = i e^{−iε_l t} ∫ e^{iε_l(t−u)} i conj(a_l(u)) du, with ε_k′ → ε_l in a_l
  const aLConj = substitute(aConj, { ek: "el" }, limit);
  const aL = substitute(a, { ek: "el" }, limit);
  // e^{iε_l(t−u)} = e^{iε_l t}·e^{−iε_l u}: the u-independent factor is kept outside the integral
  // (nerdamer 1.5 cannot integrate e^{(t−u)·c + c·u} without expanding the exponent)
  const K = parse(`i*e^(-i*el*t)*e^(i*el*t)*(${integral(`e^(-i*el*u)*i*(${aLConj.text})`, "u", "0", "t").text})`, limit);
  const Kc = parse(`-i*e^(i*el*t)*e^(-i*el*t)*(${integral(`e^(i*el*u)*(-i)*(${aL.text})`, "u", "0", "t").text})`, limit);
  const f2 = parse(`(${K.text})+(${Kc.text})`, limit);
  const I = integral(`e^(i*el*u)*(${a.text})`, "u", "0", "t");
  const Ic = integral(`e^(-i*el*u)*(${aConj.text})`, "u", "0", "t");
  const f3Term = parse(`(${I.text})*(${Ic.text})`, limit);
  cached = { dotAmplitude: a, dotAmplitudeRate: rate, f2, f3Term };
  return cached;
}

/**
 * F2/(v_l² f_l) as printed in (9), with ε_dl = ε_d − ε_l written out.
 * Source: 000_801d121c3abe0574.txt, eq. (9).
 */
export const F2_PRINTED =
  "-t*2*G/(G^2+(ed-el)^2) - 2*((ed-el)^2-G^2)/((ed-el)^2+G^2)^2 + e^(-G*t)/((ed-el)^2+G^2)^2*(2*((ed-el)^2-G^2)*cos((ed-el)*t)+4*(ed-el)*G*sin((ed-el)*t))";

/**
 * One k′ term of F3 per v_l² v_k′² f_k′ as printed in (9), "+ c.c." written out by i → −i
 * (all symbols real), with ε_dl = ed − el, ε_dk′ = ed − ek, ε_lk′ = el − ek.
 * Source: 000_801d121c3abe0574.txt, eq. (9).
 */
export const F3_TERM_PRINTED =
  "1/(G^2+(ed-ek)^2)*(4*sin((el-ek)/2*t)^2/(el-ek)^2" +
  " + 1/(G^2+(ed-el)^2)*(e^(-2*G*t)+1-e^(t*(i*(ed-el)-G))-e^(-t*(i*(ed-el)+G)))" +
  " + (1-e^(-t*(G+i*(ed-el)))+e^(-t*(G+i*(ed-ek)))-e^(-i*t*(el-ek)))/(((ed-el)-i*G)*(el-ek))" +
  " + (1-e^(-t*(G-i*(ed-el)))+e^(-t*(G-i*(ed-ek)))-e^(i*t*(el-ek)))/(((ed-el)+i*G)*(el-ek)))";

/**
 * The physical domain of the comparisons: t ∈ [0.5, 60], Γ ∈ [0.02, 0.3], energies in
 * [−0.4, 0.4]. (Points with ε_l = ε_k′ have probability 0; the printed form is evaluated
 * literally there, so points within ~10⁻⁶ of it would lose digits — none occur at 24 points.)
 * The QLE check of a_k′ uses u ∈ [0, 60] ({@link AMPLITUDE_DOMAIN}).
 */
export const COMPARISON_DOMAIN = {
  t: { min: 0.5, max: 60 },
  G: { min: 0.02, max: 0.3 },
  ed: { min: -0.4, max: 0.4 },
  el: { min: -0.4, max: 0.4 },
  ek: { min: -0.4, max: 0.4 },
} as const;

/** Domain of the QLE check of a_k′(u): u ∈ [0, 60] and the couplings and energies of {@link COMPARISON_DOMAIN}. */
export const AMPLITUDE_DOMAIN = { u: { min: 0, max: 60 }, G: COMPARISON_DOMAIN.G, ed: COMPARISON_DOMAIN.ed, ek: COMPARISON_DOMAIN.ek } as const;

/** The right-hand side of the QLE (7) for the amplitude a_k′ of an empty dot: −(iε_d + Γ)a + e^{−iε_k′u}. */
export function qleRightHandSide(a: Expression): string {
  return `-(i*ed+G)*(${a.text})+e^(-i*ek*u)`;
}

/**
 * equivalent() of the symbolic layer on `domain` (default {@link COMPARISON_DOMAIN}): exact
 * algebra decides a − b = 0 (exponential polynomials over a common denominator:
 * src/symbolic/exact), and mathjs compares both sides with complex arithmetic at `points`
 * seeded points, relative tolerance `rtol`, absolute `atol`.
 */
export function compareWithPrinted(
  a: Expression | string,
  b: Expression | string,
  options: { readonly seed: number; readonly rtol?: number; readonly atol?: number; readonly points?: number; readonly domain?: EquivalenceOptions["domain"] },
): EquivalenceResult {
  return equivalent(a, b, { domain: options.domain ?? COMPARISON_DOMAIN, seed: options.seed, points: options.points ?? 24, rtol: options.rtol, atol: options.atol });
}

/**
 * The steps of the derivation of (9) from (5)–(8) done by hand (operator algebra), each with the
 * independent check that backs it; the engine does the rest (a_k′, ȧ_k′, every integral, the
 * comparison with the printed (9) by exact algebra).
 */
export const QLE_HAND_STEPS: readonly string[] = [
  "linearity of the QLE (7) with an empty dot: c_d(τ) = −i Σ_k′ v_k′ c_k′(t_0) a_k′(τ) with ȧ = −(iε_d + Γ)a + e^{−iε_k′τ}, a(0) = 0 — " +
    "backed by the engine's a_k′ solving that equation exactly (part 'amplitude' of f2-derivation and f3-derivation: ȧ_k′ from the engine equals the right-hand side by exact algebra) " +
    "and by qle-vs-exact-coherent / qle-vs-exact-random (populations built on it against the exact evolution (10))",
  "the initial state (8) gives ⟨c_k† c_k′⟩ = δ_kk′ f_k (grains diagonal, dot empty) — backed by f2-f3-vanish-at-contact (p(ε_l, t_0) = f_l) " +
    "and by the exact evolution from the same C(0) = diag(0, f_L, f_R) (qle-vs-exact-coherent)",
  "the correlators ⟨c_d†(τ) c_l(t_0)⟩ = i v_l f_l conj(a_l(τ)) and ⟨c_d†(τ₁) c_d(τ₂)⟩ = Σ_k′ v_k′² f_k′ conj(a_k′(τ₁)) a_k′(τ₂), " +
    "inserted into ⟨c_l†(t) c_l(t)⟩ from (5): F2/(v_l² f_l) = K + conj(K), F3/(v_l² v_k′² f_k′) = I·conj(I) — backed by the numeric comparison of (9) " +
    "with the exact evolution (qle-vs-exact-coherent, -dephasing, -voltage, qle-vs-exact-random within c·Γ/D; qle-markov-order: the difference vanishes as Γ/D → 0)",
  "conj(∫ g dτ) = ∫ conj(g) dτ over a real range (all symbols real): the conjugated integrands are written by hand and integrated by the engine — " +
    "backed by the exact identity of the engine's result with the printed (9), which is real (a wrong conjugate leaves an imaginary part, and the identity fails)",
  "e^{iε_l(t−τ)} = e^{iε_l t}·e^{−iε_l τ}: the τ-independent factor of K taken out of the integral — exact algebra of exponentials; backed by the same identity with the printed F2",
];
