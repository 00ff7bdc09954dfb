import { conjugateTranspose, multiplyComplex } from "../../numerics/linalg/complex-matrix.js";
import type { ComplexMatrix } from "../../numerics/linalg/types.js";
import { fermionAnnihilators } from "../../physics/lindblad/fermion-operators.js";
import { SymbolicError } from "../../core/errors.js";
import {
  differentiate,
  equivalent,
  expand,
  rationalForm,
  solveLinearSystem,
  substitute,
  variables,
  type EquivalenceResult,
  type Expression,
  type VariableRange,
} from "../../symbolic/index.js";

/**
 * Slides 4–5 derived by the symbolic engine (nerdamer via src/symbolic), not typed in:
 *
 * 1. Autonomy (slide 3; claim coupled-tls/incoherent-autonomy): every jump operator of the
 *    incoherent model (â, â†, b̂, b̂†, â†b̂, âb̂†) maps occupation states to occupation states,
 *    so diagonal states stay diagonal and the steady state is diagonal. Its populations p_s
 *    then obey classical rate equations dp_s'/dt = Σ_s W_{s's} p_s − (Σ_s W_{ss'}) p_s' with
 *    W_{s's} = Σ_k γ_k |⟨s'|L_k|s⟩|². The rates are read off the Jordan–Wigner matrices of
 *    physics/lindblad; only the rate symbols are typed: Γ (emission), Γx_ν (absorption), ε.
 * 2. The stationary populations: three rate equations plus Σ p_s = 1, solved fraction-free by
 *    Cramer's rule (solveLinearSystem).
 * 3. The heat current J_A = Tr(ρ_s 𝓛_A†Ĥ) = Σ_s p_s Σ_{s'} W^A_{s's}(E_{s'} − E_s), E_s = ω(n_A + n_B).
 * 4. First-order terms: d/dε at ε = 0 (differentiate, substitute).
 * Each result is compared with the printed or corrected formula by equivalent(): the engine's
 * a − b over a common denominator AND mathjs evaluation at seeded random points.
 *
 * Symbols: G = Γ (Γ_A = Γ_B = Γ, slide 4), eps = ε, xA = e^{−β_Aω}, xB = e^{−β_Bω}, w = ω.
 * Source: 004_a34d5d2333a6057f.txt, slides 3–5.
 */

/** The symbol names and what they stand for. */
export const SYMBOLS = Object.freeze({ G: "Γ = Γ_A = Γ_B", eps: "ε", xA: "e^{−β_Aω}", xB: "e^{−β_Bω}", w: "ω" });

/** Where the numeric spot-checks sample (x_ν = e^{−β_νω} for β_νω ∈ [0, 9.2]). */
export const SYMBOLIC_DOMAIN: Readonly<Record<string, VariableRange>> = Object.freeze({
  G: { min: 0.1, max: 10, scale: "log" },
  eps: { min: 1e-3, max: 1, scale: "log" },
  xA: { min: 1e-4, max: 1, scale: "log" },
  xB: { min: 1e-4, max: 1, scale: "log" },
  w: { min: 0.5, max: 2, scale: "log" },
});

/** Seed of the spot-check points (replay: same seed, same points). */
const SEED = 20140401;
/** Relative tolerance of the spot-checks (rational functions of degree ≤ 8 in double precision). */
export const SYMBOLIC_RTOL = 1e-10;

/** A jump channel with a symbolic rate and the bath it belongs to. */
interface Channel {
  readonly operator: ComplexMatrix;
  readonly rate: string;
  readonly bath: "A" | "B" | "K";
}

function channels(): Channel[] {
  const [a, b] = fermionAnnihilators(2);
  const aDag = conjugateTranspose(a);
  const bDag = conjugateTranspose(b);
  return [
    { operator: a, rate: "G", bath: "A" },
    { operator: aDag, rate: "G*xA", bath: "A" },
    { operator: b, rate: "G", bath: "B" },
    { operator: bDag, rate: "G*xB", bath: "B" },
    { operator: multiplyComplex(aDag, b), rate: "eps", bath: "K" },
    { operator: multiplyComplex(a, bDag), rate: "eps", bath: "K" },
  ];
}

/**
 * Transition rates W[to][from] (texts) of the diagonal dynamics, from the channels of `baths`:
 * W_{s's} = Σ_k γ_k |⟨s'|L_k|s⟩|² (matrix elements are 0 or ±1).
 */
export function transitionRates(baths: readonly ("A" | "B" | "K")[] = ["A", "B", "K"]): string[][] {
  const terms: string[][][] = Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => [] as string[]));
  for (const channel of channels().filter((c) => baths.includes(c.bath))) {
    const { re, im } = channel.operator;
    for (let to = 0; to < 4; to++) {
      for (let from = 0; from < 4; from++) {
        const weight = re[to * 4 + from] ** 2 + im[to * 4 + from] ** 2;
        if (to !== from && weight !== 0) terms[to][from].push(weight === 1 ? channel.rate : `${weight}*${channel.rate}`);
      }
    }
  }
  return terms.map((row) => row.map((t) => (t.length === 0 ? "0" : t.join("+"))));
}

/** A rational function as two expanded polynomials. */
export interface PolynomialRatio {
  readonly numerator: Expression;
  readonly denominator: Expression;
}

/** The text "(n)/(d)" of a ratio. */
export function ratioText(r: PolynomialRatio): string {
  return `(${r.numerator.toString()})/(${r.denominator.toString()})`;
}

/** The engine's derivation for incoherent resonant coupling with Γ_A = Γ_B. */
export interface IncoherentDerivation {
  /** W[to][from] of all channels (texts). */
  readonly rates: readonly (readonly string[])[];
  /** Stationary populations p_00, p_01, p_10, p_11 (exact in ε), over the common determinant. */
  readonly populations: readonly PolynomialRatio[];
  /** dp_s/dε at ε = 0 (the first-order coefficients). */
  readonly populationsFirstOrder: readonly PolynomialRatio[];
  /** J_A = Tr(ρ_s 𝓛_A†Ĥ), exact in ε. */
  readonly heatCurrentA: PolynomialRatio;
  /** dJ_A/dε at ε = 0: J_A = ε·(this) + O(ε²). */
  readonly heatCurrentAFirstOrder: PolynomialRatio;
}

let derivation: IncoherentDerivation | undefined;

/** Long engine calls (expansions of products of the 4×4 determinant): generous but bounded. */
const LONG = { timeoutMs: 30_000 } as const;

/**
 * d/dε at ε = 0 of N/D for polynomials N, D (quotient rule, every step an engine call):
 * (N'(0)D(0) − N(0)D'(0)) / D(0)².
 */
function firstOrderRatio(r: PolynomialRatio): PolynomialRatio {
  const at0 = (e: Expression | string): string => substitute(e, { eps: 0 }, LONG).toString();
  const slope = (e: Expression): string => at0(differentiate(e, "eps", 1, LONG));
  const [n0, n1, d0, d1] = [at0(r.numerator), slope(r.numerator), at0(r.denominator), slope(r.denominator)];
  return { numerator: expand(`(${n1})*(${d0}) - (${n0})*(${d1})`, LONG), denominator: expand(`(${d0})^2`, LONG) };
}

/**
 * Derives the stationary populations and the heat current (memoised: a few seconds on first call).
 * @throws SymbolicError when the engine fails or times out (the expression is in the message).
 */
export function deriveIncoherentSteadyState(): IncoherentDerivation {
  if (derivation) return derivation;
  const rates = transitionRates();
  const unknowns = ["p0", "p1", "p2", "p3"];
  // Balance of states 1, 2, 3 (the balance of state 0 is their negative sum) and normalisation.
  const equations = [1, 2, 3].map((s) => {
    const gain = [0, 1, 2, 3].filter((t) => t !== s).map((t) => `(${rates[s][t]})*p${t}`).join("+");
    const loss = [0, 1, 2, 3].filter((t) => t !== s).map((t) => `(${rates[t][s]})`).join("+");
    return `${gain} - (${loss})*p${s} = 0`;
  });
  equations.unshift("p0+p1+p2+p3 = 1");
  // factor: false — nerdamer's factor dropped an overall sign of a cofactor here (caught by the
  // layer's numeric guard); the unfactored Cramer quotients are exact.
  const solution = solveLinearSystem(equations, unknowns, { ...LONG, factor: false });
  const determinant = solution.unknowns.p0.denominator;
  if (unknowns.some((u) => solution.unknowns[u].denominator.toString() !== determinant.toString())) {
    throw new SymbolicError("deriveIncoherentSteadyState", determinant.toString(), "Cramer quotients with different denominators");
  }
  const populations = unknowns.map((u) => ({ numerator: solution.unknowns[u].numerator, denominator: determinant }));
  // J_A = Σ_s p_s Σ_t W^A_{ts} ω (E_t − E_s): a polynomial combination of the numerators over det A.
  const bathA = transitionRates(["A"]);
  const energy = (s: number): number => (s >> 1) + (s & 1); // n_A + n_B, in units of ω
  const terms: string[] = [];
  for (let s = 0; s < 4; s++) {
    for (let t = 0; t < 4; t++) {
      if (bathA[t][s] !== "0" && energy(t) !== energy(s)) terms.push(`(${populations[s].numerator.toString()})*(${bathA[t][s]})*w*(${energy(t) - energy(s)})`);
    }
  }
  const heatCurrentA = { numerator: expand(terms.join("+"), LONG), denominator: determinant };
  derivation = {
    rates,
    populations,
    populationsFirstOrder: populations.map(firstOrderRatio),
    heatCurrentA,
    heatCurrentAFirstOrder: firstOrderRatio(heatCurrentA),
  };
  return derivation;
}

/** A symbolic identity decided by the engine and by numbers. */
export interface SymbolicComparison {
  /** numeric spot-checks pass and the engine did not find a nonzero difference. */
  readonly equivalent: boolean;
  /** The engine's verdict on a − b: 'zero', 'nonzero' or 'unknown'. */
  readonly symbolic: "zero" | "nonzero" | "unknown";
  /** Largest relative difference at the spot-check points. */
  readonly numericError: number;
  readonly details: string;
}

function compare(a: Expression | string, b: Expression | string): SymbolicComparison {
  const r: EquivalenceResult = equivalent(a, b, { domain: SYMBOLIC_DOMAIN, seed: SEED, points: 24, rtol: SYMBOLIC_RTOL, timeoutMs: 60_000 });
  return {
    equivalent: r.equivalent,
    symbolic: r.symbolic,
    numericError: r.numeric.maxRelativeError,
    details: `${r.symbolicDetail}; ${r.numeric.evaluated}/${r.numeric.points} points${r.agree ? "" : " — ENGINE AND NUMBERS DISAGREE"}`,
  };
}

/**
 * The printed first-order coefficient of slide 4 for state s = 2n_A + n_B, typed as printed:
 * −(1/Γ)(D²ρ_Aρ_B + D̂_AD̂_B + 2D̂_A + 2D̂_B)/((2 + x_A + x_B)(1 + x_A)(1 + x_B)), with
 * D = x_A − x_B, D̂_A = (x_A − x_B)n_A, D̂_B = (x_B − x_A)n_B, ρ_Aρ_B = x_A^{n_A}x_B^{n_B}/((1 + x_A)(1 + x_B)).
 */
export function printedFirstOrderCoefficient(s: number): string {
  const nA = s >> 1;
  const nB = s & 1;
  const product = `(xA^${nA}*xB^${nB}/((1+xA)*(1+xB)))`;
  const dA = `((xA-xB)*${nA})`;
  const dB = `((xB-xA)*${nB})`;
  return `-(1/G)*((xA-xB)^2*${product} + ${dA}*${dB} + 2*${dA} + 2*${dB})/((2+xA+xB)*(1+xA)*(1+xB))`;
}

/** The comparisons the claims report. */
export interface CoupledTlsSymbolicFindings {
  /** Derived dp_s/dε|₀ vs the printed slide-4 coefficient, worst of the four states. */
  readonly steadyStateFirstOrder: SymbolicComparison;
  /** Derived J_A vs Γεω(x_A − x_B)/(Γ(1 + x_A)(1 + x_B) + ε(2 + x_A + x_B)). */
  readonly exactCurrent: SymbolicComparison;
  /** Derived dJ_A/dε|₀ vs the corrected ω(x_A − x_B)/((1 + x_A)(1 + x_B)). */
  readonly firstOrderCurrentVsCorrected: SymbolicComparison;
  /** Derived dJ_A/dε|₀ vs the printed ω(x_A − x_B) (expected to differ). */
  readonly firstOrderCurrentVsPrinted: SymbolicComparison;
  /** dJ_A/dε|₀ vs the same at Γ = 3 ("Γ cancels from J_A in lowest order"). */
  readonly firstOrderGammaFree: SymbolicComparison;
}

let findings: CoupledTlsSymbolicFindings | undefined;

/**
 * Proves N₁/D₁ ≡ N₂/D₂ with a cofactor m (a hint the engine checks, not an assumption):
 * D₁ − m·D₂ and N₁ − m·N₂ must both expand to 0. Used because the direct common denominator
 * of a − b can exceed nerdamer's internal expansion time limit (Settings.TIMEOUT, 800 ms of
 * wall time, so the direct route's verdict depends on machine load). Returns false (undecided)
 * when the engine fails or times out.
 */
function proveByCofactor(left: PolynomialRatio, right: PolynomialRatio, cofactor: string): boolean {
  const zero = (a: Expression, b: Expression): boolean => expand(`(${a.toString()}) - (${cofactor})*(${b.toString()})`, LONG).toString() === "0";
  try {
    return zero(left.denominator, right.denominator) && zero(left.numerator, right.numerator);
  } catch (error) {
    // An engine failure or timeout leaves the symbolic verdict undecided ('unknown'), never 'zero'.
    if (error instanceof SymbolicError) return false;
    throw error;
  }
}

/** The corrected first-order current coefficient ω(x_A − x_B)/((1 + x_A)(1 + x_B)) (slide 5 corrected). */
const CORRECTED_FIRST_ORDER = "w*(xA-xB)/((1+xA)*(1+xB))";

/**
 * Runs the derivation and every comparison once (memoised; ≈ 10 s on first call).
 * @throws SymbolicError when the engine fails or times out.
 */
export function symbolicFindings(): CoupledTlsSymbolicFindings {
  if (findings) return findings;
  const d = deriveIncoherentSteadyState();
  // Slide 4: D(0)² = Γ⁶(1 + x_A)²(1 + x_B)²(2 + x_A + x_B)² and the printed denominator is
  // Γ(2 + x_A + x_B)(1 + x_A)²(1 + x_B)², so the cofactor is Γ⁵(2 + x_A + x_B).
  const perState = d.populationsFirstOrder.map((derived, s) => {
    const numeric = compare(ratioText(derived), printedFirstOrderCoefficient(s));
    const printed = rationalForm(printedFirstOrderCoefficient(s), LONG);
    const proven = proveByCofactor(derived, printed, "G^5*(2+xA+xB)");
    return proven
      ? { ...numeric, symbolic: "zero" as const, details: `proven with cofactor Γ⁵(2 + x_A + x_B) (numerator and denominator differences expand to 0); ${numeric.details}` }
      : numeric;
  });
  const worst = perState.reduce((w, c) => (c.numericError > w.numericError || !c.equivalent ? c : w));
  const vsCorrected = compare(ratioText(d.heatCurrentAFirstOrder), CORRECTED_FIRST_ORDER);
  // Γ cancels: the derived coefficient equals the corrected form (engine: zero), whose variables
  // (engine) exclude G; the numbers compare the coefficient at Γ with itself at Γ = 3.
  const gammaNumeric = compare(ratioText(d.heatCurrentAFirstOrder), substitute(ratioText(d.heatCurrentAFirstOrder), { G: 3 }));
  const gammaFreeChain = vsCorrected.symbolic === "zero" && !variables(CORRECTED_FIRST_ORDER).includes("G");
  findings = {
    steadyStateFirstOrder: {
      equivalent: perState.every((c) => c.equivalent),
      symbolic: perState.every((c) => c.symbolic === "zero") ? "zero" : perState.some((c) => c.symbolic === "nonzero") ? "nonzero" : "unknown",
      numericError: Math.max(...perState.map((c) => c.numericError)),
      details: perState.map((c, s) => `p_${s.toString(2).padStart(2, "0")}: ${c.symbolic}`).join(", ") + `; worst: ${worst.details}`,
    },
    exactCurrent: compare(ratioText(d.heatCurrentA), "G*eps*w*(xA-xB)/(G*(1+xA)*(1+xB)+eps*(2+xA+xB))"),
    firstOrderCurrentVsCorrected: vsCorrected,
    firstOrderCurrentVsPrinted: compare(ratioText(d.heatCurrentAFirstOrder), "w*(xA-xB)"),
    firstOrderGammaFree: {
      ...gammaNumeric,
      equivalent: gammaNumeric.equivalent && (gammaFreeChain || gammaNumeric.symbolic === "zero"),
      symbolic: gammaFreeChain ? "zero" : gammaNumeric.symbolic,
      details: `${gammaFreeChain ? "derived coefficient ≡ corrected form, which has no G; " : ""}numbers: coefficient at Γ vs at Γ = 3 — ${gammaNumeric.details}`,
    },
  };
  return findings;
}
