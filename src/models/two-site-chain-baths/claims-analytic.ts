import fc from "fast-check";
import type { JudgedClaim } from "../../core/claim.js";
import { all, bound, close, order } from "../../core/criterion.js";
import { measure, type Pair } from "../../core/measurement.js";
import { parameterArbitrary, unitUniform } from "../../evidence/arbitraries.js";
import { complexFromParts, identityComplex, multiplyComplex, scaleComplex } from "../../numerics/linalg/complex-matrix.js";
import type { ComplexMatrix } from "../../numerics/linalg/types.js";
import { seededRandom } from "../../numerics/random.js";
import type { Mode } from "./analytic.js";
import { distributionNormalisation, epaErrorFunctionU, epaErrorFunctionUBessel, hilbertTransformClosedForm, hilbertTransformNumeric, rotationMatrix, siteHamiltonian, systemEnergies } from "./analytic.js";
import { currentD1, currentsD4D5, equilibriumPopulations, landauerCurrents, steadyStateCorrelation } from "./analytic-steady.js";
import { equalBathDraws, kit, limitObservation, operatorPairs } from "./claims-support.js";
import { applyInterference, applyInterferenceAdjoint, applyInterferenceDiagonalForm, modeOperators } from "./interference-dissipator.js";
import { twoSiteChainBathsParameterSchema } from "./params.js";

/**
 * Identities among the paper's closed forms (no exact dynamics involved): normalisation and
 * Hilbert transform of φ_j, the rotation R, the current identities of App. D, the
 * equilibrium NESS, the interference generator (65)/(68)/(F1) and the function u(τ) of (E6).
 * Source: 003_3bda4ae6cebee785.txt.
 */

/** The schema's sampling windows with a short chain and time (M = 100, t = 1), which these closed forms ignore. */
const draws = parameterArbitrary(twoSiteChainBathsParameterSchema, { fixed: { M: 100, t: 1 } });

const BAND_QUADRATURES = "band quadratures with relative tolerance 1e-10";

/** A random complex 4×4 operator (entries uniform in [−½, ½]), drawn entry by entry: real parts row by row, imaginary parts interleaved. */
function randomOperator(next: () => number): ComplexMatrix {
  const re: number[][] = [];
  const im: number[][] = [];
  for (let i = 0; i < 4; i++) {
    re.push([]);
    im.push([]);
    for (let j = 0; j < 4; j++) {
      re[i].push(next() - 0.5);
      im[i].push(next() - 0.5);
    }
  }
  return complexFromParts(re, im);
}

/** Ten seeded complex Λ⁺_12 ∈ [−1, 1]², each with what `pairsAt` compares there. */
function atRandomLambdas(seed: number, pairsAt: (lambda: { re: number; im: number }, next: () => number) => Pair[]): Pair[] {
  const rng = seededRandom(seed);
  const next = () => rng.next();
  return Array.from({ length: 10 }, () => pairsAt({ re: 2 * next() - 1, im: 2 * next() - 1 }, next)).flat();
}

/** (R H_S Rᵀ)_jk against diag(E_1, E_2) and (R Rᵀ)_jk against δ_jk. */
function rotationPairs(p: Parameters<typeof rotationMatrix>[0] & Parameters<typeof siteHamiltonian>[0]): Pair[] {
  const R = rotationMatrix(p);
  const H = siteHamiltonian(p);
  const { E1, E2 } = systemEnergies(p);
  return [0, 1].flatMap((j) =>
    [0, 1].flatMap((k) => {
      let v = 0;
      let o = 0;
      for (let a = 0; a < 2; a++) {
        o += R[j][a] * R[k][a];
        for (let b = 0; b < 2; b++) v += R[j][a] * H[a][b] * R[k][b];
      }
      return [
        { label: `(R H_S Rᵀ)_${j + 1}${k + 1}`, actual: v, expected: j !== k ? 0 : j === 0 ? E1 : E2 },
        { label: `(R Rᵀ)_${j + 1}${k + 1}`, actual: o, expected: j === k ? 1 : 0 },
      ];
    }),
  );
}

const E6_TAUS = [100, 200, 400, 800, 1600];

export const analyticClaims: readonly JudgedClaim[] = [
  kit.property({
    name: "normalisation-26",
    where: "eq. (26) with (35)–(36)",
    statement: "Under condition (34) the energy distribution (35) is normalised: ∫dω φ_j(ω) = 1 for j = 1, 2",
    kind: "identity",
    domain: "E_j > 0 and condition (34); random parameters from the schema's sampling windows",
    criterion: close({ atol: 1e-9, reason: "band quadrature with relative tolerance 1e-10 (error estimate ≲ 1e-13)" }),
    arbitrary: draws,
    measure: (p) => measure.pairs(([1, 2] as Mode[]).map((j) => ({ label: `∫φ_${j}`, actual: distributionNormalisation(j, p).value, expected: 1 }))),
  }),
  kit.property({
    name: "hilbert-33-vs-37",
    where: "eqs. (33), (37)",
    statement: "The closed form (37) ϑ_j = [(1 − Γ/2Ω)ω − E_j]φ_j/J_N equals the Hilbert transform (33) P∫dω′ φ_j(ω′)/(ω − ω′) inside the band",
    kind: "identity",
    domain: "E_j > 0, condition (34); ω uniform in (−0.95Ω, 0.95Ω)",
    criterion: close({ rtol: 1e-8, atol: 1e-9, reason: "principal-value quadrature (folded Gauss–Kronrod, relative tolerance 1e-10) of a Lorentzian of width Γ_j" }),
    arbitrary: fc.tuple(draws, unitUniform().map((u) => -0.95 + 1.9 * u), fc.constantFrom<Mode>(1, 2)),
    describe: ([p, x, j]) => `${kit.describeParams(p)}, ω=${x * p.Omega}, j=${j}`,
    measure: ([p, x, j]) => measure.pair(`ϑ_${j}(${x * p.Omega}) by (33) vs (37)`, hilbertTransformNumeric(j, x * p.Omega, p).value, hilbertTransformClosedForm(j, x * p.Omega, p)),
  }),
  kit.property({
    name: "rotation-16-diagonalises",
    where: "eqs. (10), (16)–(17)",
    statement: "R of eq. (16) is orthogonal and R H_S Rᵀ = diag(E_1, E_2) with E_{1,2} = h ± Δ/2",
    kind: "identity",
    domain: "g > 0, any δ, h",
    criterion: close({ atol: 1e-13, reason: "double-precision round-off of 2×2 products with entries of order h" }),
    arbitrary: draws,
    measure: (p) => measure.pairs(rotationPairs(p)),
  }),
  kit.property({
    name: "current-D1-equals-43",
    where: "eqs. (D1), (43), (45), (37)",
    statement: "The intra-system current (D1) from the NESS equals the Landauer current (43) with T(ω) = (πg²/2)φ_1φ_2, and equals g·Im C_12(∞) of (32)",
    kind: "identity",
    domain: "E_j > 0, condition (34); random temperatures and chemical potentials",
    criterion: close({ rtol: 1e-8, atol: 1e-14, reason: "three band quadratures with relative tolerance 1e-10 each" }),
    arbitrary: draws,
    measure: (p) => {
      const landauer = landauerCurrents(p).particle;
      return measure.pairs([
        { label: "J^P (D1) vs (43)", actual: currentD1(p), expected: landauer },
        { label: "g Im C_12(∞) vs (43)", actual: p.g * steadyStateCorrelation(p).im[0][1], expected: landauer },
      ]);
    },
  }),
  kit.property({
    name: "currents-D4-D5-equal-43-44",
    where: "eqs. (D4)–(D5), (43)–(44)",
    statement: "The general-spectral-density boundary currents (D4)–(D5), evaluated for the Newns density, equal the Landauer formulae (43)–(44)",
    kind: "identity",
    domain: "E_j > 0, condition (34); random temperatures and chemical potentials",
    criterion: close({ rtol: 1e-8, atol: 1e-14, reason: BAND_QUADRATURES }),
    arbitrary: draws,
    measure: (p) => {
      const landauer = landauerCurrents(p);
      const general = currentsD4D5(p);
      return measure.pairs([
        { label: "J^P (D4) vs (43)", actual: general.particle, expected: landauer.particle },
        { label: "J^E (D5) vs (44)", actual: general.energy, expected: landauer.energy },
      ]);
    },
  }),
  kit.property({
    name: "ness-32-equilibrium-38",
    where: "eqs. (32), (38)",
    statement: "For baths in equilibrium with each other (β_L = β_R, µ_L = µ_R) the NESS (32) reduces to C_jk(∞) = δ_jk∫dω φ_j f",
    kind: "identity",
    domain: "equal baths: T_R = T_L, µ_R = µ_L; other parameters random",
    criterion: close({ rtol: 1e-9, atol: 1e-12, reason: BAND_QUADRATURES }),
    arbitrary: equalBathDraws(draws),
    measure: (p) => {
      const C = steadyStateCorrelation(p);
      const populations = equilibriumPopulations(p);
      return measure.pairs([
        { label: "C11 (32) vs (38)", actual: C.re[0][0], expected: populations[0] },
        { label: "C22 (32) vs (38)", actual: C.re[1][1], expected: populations[1] },
        { label: "C12 (32)", actual: { re: C.re[0][1], im: C.im[0][1] }, expected: 0 },
      ]);
    },
  }),
  kit.claim({
    name: "interference-68",
    where: "eqs. (65), (68)",
    statement: "The interference generator (65) leaves populations invariant, L_int† d_j†d_j = 0, and generates coherence, L_int† d_1†d_2 = Λ⁺_12·1",
    kind: "identity",
    domain: "any complex Λ⁺_12 (seeded random draws)",
    criterion: close({ atol: 1e-14, reason: "4×4 products of operators with entries 0, ±1 and rates of order 1" }),
    measure: (context) => {
      const { d, dDagger } = modeOperators();
      const pairs = atRandomLambdas(context.seed, (lambda) => [
        ...[0, 1].flatMap((j) => operatorPairs(`L_int†n_${j + 1}`, applyInterferenceAdjoint(lambda, multiplyComplex(dDagger[j], d[j])), null)),
        ...operatorPairs("L_int†(d_1†d_2) vs Λ⁺_12·1", applyInterferenceAdjoint(lambda, multiplyComplex(dDagger[0], d[1])), scaleComplex(identityComplex(4), lambda.re, lambda.im)),
      ]);
      return { measurement: measure.pairs(pairs), note: "10 random Λ⁺_12" };
    },
  }),
  kit.claim({
    name: "interference-F1-diagonal-form",
    where: "eq. (F1)",
    statement:
      "L_int = Σ_j λ_jD[L_j] with λ_1 = −λ_2 = −λ_3 = λ_4 = |Λ⁺_12|, L_1 = L_2† = (d_1 − e^{−iθ}d_2)/√2, L_3 = L_4† = (d_1 + e^{−iθ}d_2)/√2, θ = arg Λ⁺_12 (two negative rates: not a Lindblad generator)",
    kind: "identity",
    domain: "any complex Λ⁺_12, any operator ρ (seeded random draws)",
    criterion: close({ atol: 1e-14, reason: "4×4 operator products, entries of order 1" }),
    measure: (context) => {
      const pairs = atRandomLambdas(context.seed, (lambda, next) => {
        const rho = randomOperator(next);
        return operatorPairs("(65)ρ vs (F1)ρ", applyInterference(lambda, rho), applyInterferenceDiagonalForm(lambda, rho));
      });
      return { measurement: measure.pairs(pairs), note: "10 random (Λ⁺_12, ρ)" };
    },
  }),
  kit.claim({
    name: "epa-bound-E6-normalisation",
    where: "eq. (E6) and the text after it",
    statement:
      "u(τ) = (√2π)^{−1}∫_0^π e^{−τ sin θ}sin^{1/2}θ dθ has u(0) ≈ 0.54 and τ^{3/2}u(τ) → (2π)^{−1/2} (with the prefactor read as 1/(√2·π)); by Watson's lemma (√sin θ = √θ(1 − θ²/12 + …)) the approach is O(τ^{−2})",
    kind: "limit",
    domain: "τ = 0 for u(0); τ ∈ {100, 200, 400, 800, 1600} for the asymptote",
    criterion: all({
      u0: close({ atol: 0.005, reason: "u(0) is quoted to two digits: 0.54 ± 0.005" }),
      final: bound({ atMost: 1e-3, reason: "|τ^{3/2}u(τ) − (2π)^{−1/2}| at τ = 1600 far below the two quoted digits of the asymptote" }),
      order: order({ expected: 2, window: 0.15, reason: "Watson's lemma: √sin θ = √θ(1 − θ²/12 + …) makes the first correction O(τ^{−2}); five points over a factor 16 in 1/τ" }),
    }),
    measure: () => {
      const errors = E6_TAUS.map((t) => Math.abs(t ** 1.5 * epaErrorFunctionU(t) - (2 * Math.PI) ** -0.5));
      return limitObservation(E6_TAUS.map((t) => 1 / t), errors, { h: "1/τ", error: "|τ^{3/2}u − (2π)^{−1/2}|", title: "(E6) asymptote" }, { parts: { u0: measure.pair("u(0) (text: 0.54)", epaErrorFunctionU(0), 0.54) } });
    },
  }),
  kit.claim({
    name: "epa-bound-E6-bessel",
    where: "eq. (E6), second line",
    statement:
      "The Bessel form of (E6), u(τ) = (√(πτ)/2)[I_{−3/4}(τ/2)I_{1/4}(τ/2) − I_{−1/4}(τ/2)I_{3/4}(τ/2)], equals the integral form (√2·π)^{−1}∫_0^π e^{−τ sin θ}sin^{1/2}θ dθ (prefactor √(πτ)/2 read from the garbled \"√πτ/2\")",
    kind: "identity",
    domain: "τ ∈ {0.01, 0.1, 0.5, 1, 2, 5, 10}",
    criterion: close({
      rtol: 1e-9,
      reason: "quadrature of the integral form (relative 1e-12) and the power series of I_ν, whose difference of products cancels by ≈ e^{τ}: relative round-off ≲ 1e-16·e^{10} ≈ 2e-12 at τ = 10",
    }),
    measure: () => ({
      measurement: measure.pairs([0.01, 0.1, 0.5, 1, 2, 5, 10].map((t) => ({ label: `u(${t}) Bessel vs integral`, actual: epaErrorFunctionUBessel(t), expected: epaErrorFunctionU(t) }))),
      note: "the readings √π·τ/2 or π√τ/2 of the prefactor would differ from √(πτ)/2 by the factors √τ or √π, so only √(πτ)/2 can match at all τ",
    }),
  }),
];
