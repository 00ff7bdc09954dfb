import type { EvidencePlot, JudgedClaim } from "../../core/claim.js";
import { all, bound, identity } from "../../core/criterion.js";
import { measure, type ErrorSequence, type Measurement, type Pair } from "../../core/measurement.js";
import { stationaryDistribution } from "../../numerics/linalg/stationary-distribution.js";
import { liouvillianSuperoperator } from "../../physics/lindblad/liouvillian-superoperator.js";
import { combineIdentities } from "../../symbolic/index.js";
import * as analytic from "./analytic.js";
import * as exact from "./exact.js";
import { resolveCoupledTlsParams, type CoupledTlsParams } from "./params.js";
import { symbolicFindings } from "./symbolic.js";
import {
  AUTONOMY,
  CURRENT,
  FIRST_ORDER_REASON,
  SECOND_LAW,
  SYMBOLIC_REASON,
  describeParams,
  firstOrder,
  incoherentDomain,
  kit,
  scaleOf,
  secondLaw,
  secondOrder,
  slideFourDomain,
} from "./claims-support.js";

/**
 * Slides 3–5 of 004_a34d5d2333a6057f.txt: incoherent resonant coupling — autonomy (with the
 * population chain), the first-order steady state of slide 4, the currents of slide 5 (errata 3
 * and 4), the derived exact current, the sum rule and the second law.
 */

/** Every entry of the exact current operator 𝓛_A†Ĥ_A against the formula's diagonal operator, over Γ_Aω_A. */
function currentOperatorEntries(form: "printed" | "corrected", p: CoupledTlsParams): Measurement {
  const operator = exact.currentOperatorExact(p, "A");
  const diagonal = form === "printed" ? analytic.currentOperatorAPrinted(p) : analytic.currentOperatorA(p);
  const scale = p.gammaA * p.omegaA;
  const pairs: Pair[] = [];
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) {
      pairs.push({ label: `(𝓛_A†Ĥ_A)_${i}${j}/(Γ_Aω_A)`, actual: { re: operator.re[i * 4 + j] / scale, im: operator.im[i * 4 + j] / scale }, expected: i === j ? diagonal[i] / scale : 0 });
    }
  }
  return measure.pairs(pairs);
}

/** ε/Γ ∈ [1e-4, 1e-2], 7 points (3 per decade). */
const EPSILON_OVER_GAMMA = Array.from({ length: 7 }, (_, k) => 10 ** (-4 + k / 3));

/** The stated points of the limit claims (Γ_A = Γ_B = Γ): defaults, reversed temperatures, hot/warm, cold/colder. */
const LIMIT_POINTS: readonly Readonly<Record<string, number>>[] = [
  { omegaA: 1, gammaA: 1, betaA: 0.5, betaB: 2 },
  { omegaA: 1, gammaA: 1, betaA: 2, betaB: 0.5 },
  { omegaA: 1.7, gammaA: 3, betaA: 0.1, betaB: 1 },
  { omegaA: 0.6, gammaA: 0.2, betaA: 1, betaB: 5 },
];

/** Errors of a closed form against the exact steady state along ε/Γ → 0, one sequence per stated point. */
function errorSequences(error: (p: CoupledTlsParams) => number): ErrorSequence[] {
  return LIMIT_POINTS.map((point) => ({
    label: `ω=${point.omegaA}, Γ=${point.gammaA}, β_A=${point.betaA}, β_B=${point.betaB}`,
    h: EPSILON_OVER_GAMMA,
    errors: EPSILON_OVER_GAMMA.map((ratio) =>
      error(resolveCoupledTlsParams({ ...point, omegaB: point.omegaA, gammaB: point.gammaA, epsilon: ratio * point.gammaA, coupling: "incoherent" })),
    ),
  }));
}

function sequencePlot(title: string, yLabel: string, series: readonly ErrorSequence[]): EvidencePlot {
  return { title, xLabel: "ε/Γ", yLabel, logX: true, logY: true, series: series.map((s) => ({ name: s.label, x: [...s.h], y: [...s.errors] })) };
}

const populationError = (p: CoupledTlsParams): number => {
  const exactPopulations = exact.populations(exact.coupledTlsSteadyState(p).rho);
  const printed = analytic.steadyStateFirstOrderPrinted(p);
  return Math.max(...printed.map((v, s) => Math.abs(v - exactPopulations[s])));
};

const heatCurrentRelativeError = (formula: (p: CoupledTlsParams) => number) => (p: CoupledTlsParams): number => {
  const exactCurrent = exact.coupledTlsCurrents(p).heatA;
  const value = formula(p);
  return Math.abs(value - exactCurrent) / Math.max(Math.abs(value), Math.abs(exactCurrent));
};

/** The first-order current (printed or corrected): its error at the smallest ε/Γ, its order, and the engine's dJ_A/dε at ε = 0 against it. */
const FIRST_ORDER_CURRENT = all({
  smallest: bound({ atMost: 1e-3, reason: FIRST_ORDER_REASON }),
  order: firstOrder,
  derivation: identity({ rtol: 1e-10, reason: SYMBOLIC_REASON }),
});

function firstOrderCurrent(form: "printed" | "corrected") {
  const series = errorSequences(heatCurrentRelativeError(form === "printed" ? analytic.heatCurrentAPrinted : analytic.heatCurrentAFirstOrder));
  const findings = symbolicFindings();
  return {
    measurement: measure.parts({
      smallest: measure.value("relative error vs the exact J_A at ε/Γ = 1e-4 (worst of the four points)", Math.max(...series.map((s) => s.errors[0]))),
      order: measure.sequences(series, { h: "ε/Γ", error: "|J − J_exact|/|J_exact|" }),
      derivation: form === "printed" ? findings.firstOrderCurrentVsPrinted : findings.firstOrderCurrentVsCorrected,
    }),
    plots: [sequencePlot("relative error of the first-order heat current", "|J − J_exact|/|J_exact|", series)],
  };
}

/**
 * The population chain behind incoherent-autonomy: the exact Liouvillian (exact.ts,
 * physics/lindblad) against the hand-written rate generator W of the slide (analytic.ts).
 * vec(ρ)[i·4 + j] = ρ_ij, so population s sits at vec index 5s. Entries over the largest rate.
 */
function autonomyEntries(p: CoupledTlsParams): Measurement {
  const superoperator = liouvillianSuperoperator(exact.coupledTlsGenerator(p));
  const w = analytic.populationRateMatrix(p);
  const largestRate = Math.max(p.gammaA, p.gammaB, p.epsilon);
  const pairs: Pair[] = [];
  for (let row = 0; row < 16; row++) {
    const i = Math.floor(row / 4);
    const diagonalRow = row % 5 === 0;
    for (let s = 0; s < 4; s++) {
      const k = row * 16 + 5 * s;
      const entry = { re: superoperator.re[k] / largestRate, im: superoperator.im[k] / largestRate };
      pairs.push(diagonalRow ? { label: `𝓛_pop[${i}][${s}] vs W/rate`, actual: entry, expected: w[i][s] / largestRate } : { label: `𝓛 coherence row ${row} ← population ${s}`, actual: entry, expected: 0 });
    }
  }
  const rho = exact.coupledTlsSteadyState(p).rho;
  pairs.push({ label: "max |ρ_ij|, i ≠ j", actual: exact.largestCoherence(rho), expected: 0 });
  const stationary = stationaryDistribution(w);
  exact.populations(rho).forEach((v, s) => pairs.push({ label: `p_${s} exact vs W's stationary distribution`, actual: v, expected: stationary[s] }));
  return measure.pairs(pairs);
}

const HEAT_CURRENT_ERRATUM = {
  printed: "J^s_A = εω(e^{−ωβ_A} − e^{−ωβ_B}) + O(ε²/Γ)",
  corrected: "J^s_A = εω(e^{−ωβ_A} − e^{−ωβ_B})/((1 + e^{−ωβ_A})(1 + e^{−ωβ_B})) + O(ε²/Γ)",
  why:
    "missing factor 1/((1 + x_A)(1 + x_B)): the first-order current is εω(f_A − f_B) with the Fermi occupations f_ν = x_ν/(1 + x_ν), " +
    "x_ν = e^{−β_νω}; the printed form has the Boltzmann factors x_ν instead (right only for x_ν ≪ 1, i.e. β_νω ≫ 1)",
};

const CURRENT_OPERATOR_ERRATUM = {
  printed: "Ĵ_A = 𝓛_A†Ĥ_A = −Γ_A n̂_A + Γ_A e^{−β_Aω_A}(1 − n̂_A)",
  corrected: "Ĵ_A = 𝓛_A†Ĥ_A = ω_A[−Γ_A n̂_A + Γ_A e^{−β_Aω_A}(1 − n̂_A)]",
  why:
    "the factor ω_A of Ĥ_A = ω_A n̂_A is missing: the printed right-hand side is 𝓛_A†n̂_A, the particle current operator. The printed " +
    "J^s_A = εω(…) carries ω, so the J_A of slide 5 is read as the heat (energy) current. Not a choice of units: the same line keeps ω_A in the exponent " +
    "e^{−β_Aω_A} (lines 220–221), the slide's result J^s_A = εω(…) (line 247) carries ω, slide 4 writes −iω[n̂_A + n̂_B, ρ] (line 161), and slide 1 writes the " +
    "same operator with the factor, −Γω n̂ + Γω e^{…}(1 − n̂) (line 51): a genuine inconsistency between slides 1 and 5 and within slide 5",
};

export const incoherentClaims: readonly JudgedClaim[] = [
  ...kit.erratum(
    {
      printedName: "current-operator-a-printed",
      correctedName: "current-operator-a",
      where: "slide 5",
      kind: "agreement",
      domain: "incoherent resonant coupling, ω ∈ [0.5, 2], Γ_ν ∈ [0.1, 10], β_ν ∈ [0.1, 10], ε ∈ [1e-3, 1]; every entry of Ĵ_A against 𝓛_A†Ĥ_A, over Γ_Aω_A",
      criterion: CURRENT,
      printedStatement: "Ĵ_A = 𝓛_A†Ĥ_A = −Γ_A n̂_A + Γ_A e^{−β_Aω_A}(1 − n̂_A) (as printed)",
      correctedStatement: "Ĵ_A = 𝓛_A†Ĥ_A = ω_A[−Γ_A n̂_A + Γ_A e^{−β_Aω_A}(1 − n̂_A)] (corrected)",
      ...CURRENT_OPERATOR_ERRATUM,
    },
    { arbitrary: incoherentDomain, measureSample: currentOperatorEntries, describe: describeParams },
  ),
  kit.property({
    name: "incoherent-autonomy",
    where: "slides 3–4",
    statement:
      "Incoherent resonant coupling 𝓛^K_AB preserves autonomy (slide 3: 'Incoherent coupling 𝓛^K_AB preserves autonomy of A and B'). " +
      "The diagonal steady state is STRUCTURAL: Ĥ_S = ω(n̂_A + n̂_B) is diagonal and every jump operator (â, â†, b̂, b̂†, â†b̂, âb̂†) maps |n_A n_B⟩ to ±|n′_A n′_B⟩, " +
      "so 𝓛 never mixes populations with coherences and the stationary state is diagonal for every parameter set; max|ρ_ij| only measures solver accuracy. " +
      "What is checked beyond that: the populations form a closed classical Markov chain whose rates are the slide's — the population block of the exact 16×16 " +
      "Liouvillian equals the rate generator W written by hand from slide 4 (emission Γ_ν, absorption Γ_νe^{−β_νω}, hopping |10⟩ ↔ |01⟩ at rate ε), its " +
      "population → coherence block vanishes, and the exact stationary populations are W's stationary distribution",
    kind: "invariant",
    domain:
      "incoherent resonant coupling over the whole sampled domain (Γ_A ≠ Γ_B allowed); entries of 𝓛_pop − W and 𝓛_coh←pop over the largest rate, " +
      "|ρ_ij| (i ≠ j), and p_exact − p_W",
    criterion: AUTONOMY,
    arbitrary: incoherentDomain,
    describe: describeParams,
    measure: autonomyEntries,
  }),
  kit.claim({
    name: "steady-state-first-order-derivation",
    where: "slide 4",
    statement:
      "The first-order term of the incoherent steady state is −(ε/Γ)(D²ρ_Aρ_B + D̂_AD̂_B + 2D̂_A + 2D̂_B)/((2 + x_A + x_B)(1 + x_A)(1 + x_B)) " +
      "(derived: rate equations of the diagonal state from the jump operators, solved exactly, d/dε at ε = 0)",
    kind: "identity",
    domain: "Γ_A = Γ_B = Γ > 0, x_ν = e^{−β_νω} ∈ (0, 1]; numeric spot-checks at seeded random points",
    criterion: identity({ rtol: 1e-10, reason: SYMBOLIC_REASON }),
    handSteps: [],
    measure: () => ({ measurement: symbolicFindings().steadyStateFirstOrder }),
  }),
  kit.claim({
    name: "steady-state-first-order",
    where: "slide 4",
    statement: "ρ^s_AB = ρ_Aρ_B − (ε/Γ)(D²ρ_Aρ_B + D̂_AD̂_B + 2D̂_A + 2D̂_B)/((2 + e^{−β_Aω} + e^{−β_Bω})(1 + e^{−β_Aω})(1 + e^{−β_Bω})) + O((ε/Γ)²)",
    kind: "limit",
    domain: "Γ_A = Γ_B = Γ, ε/Γ ∈ [1e-4, 1e-2] at the four temperature points (ω, Γ, β_A, β_B) listed in the details; max |p_printed − p_exact| against ε/Γ",
    criterion: secondOrder,
    measure: () => {
      const series = errorSequences(populationError);
      return { measurement: measure.sequences(series, { h: "ε/Γ", error: "max |p_printed − p_exact|" }), plots: [sequencePlot("slide 4 first-order steady state: error vs ε/Γ", "max |p_printed − p_exact|", series)] };
    },
  }),
  ...kit.erratum(
    {
      printedName: "heat-current-printed",
      correctedName: "heat-current-first-order",
      where: "slide 5",
      kind: "limit",
      domain: "Γ_A = Γ_B = Γ, ε/Γ ∈ [1e-4, 1e-2] at four temperature points; relative error vs the exact current, and the engine's dJ_A/dε at ε = 0",
      criterion: FIRST_ORDER_CURRENT,
      printedStatement: "To lowest order in ε/Γ, J^s_A = Tr(Ĵ_Aρ^s_AB) = εω(e^{−ωβ_A} − e^{−ωβ_B}) (as printed; read as the heat current)",
      correctedStatement: "To lowest order in ε/Γ, J^s_A = εω(e^{−ωβ_A} − e^{−ωβ_B})/((1 + e^{−ωβ_A})(1 + e^{−ωβ_B})) (corrected; Γ cancels)",
      ...HEAT_CURRENT_ERRATUM,
    },
    { measure: (form) => firstOrderCurrent(form) },
  ),
  kit.claim({
    name: "heat-current-closed-form-derivation",
    where: "slide 5",
    statement:
      "Derived (not printed): J_A = Tr(Ĵ_Aρ^s_AB) = Γεω(x_A − x_B)/(Γ(1 + x_A)(1 + x_B) + ε(2 + x_A + x_B)) exactly, and its first order is Γ-free",
    kind: "identity",
    domain: "Γ_A = Γ_B = Γ > 0, ε ≥ 0, x_ν ∈ (0, 1]; numeric spot-checks at seeded random points",
    criterion: identity({ rtol: 1e-10, reason: SYMBOLIC_REASON }),
    handSteps: [],
    measure: () => {
      const f = symbolicFindings();
      return { measurement: combineIdentities([f.exactCurrent, f.firstOrderGammaFree]) };
    },
  }),
  kit.property({
    name: "heat-current-closed-form",
    where: "slide 5",
    statement: "The derived closed form J_A = Γεω(x_A − x_B)/(Γ(1 + x_A)(1 + x_B) + ε(2 + x_A + x_B)) equals the exact steady-state heat current",
    kind: "agreement",
    domain: "incoherent resonant coupling with Γ_A = Γ_B over the whole sampled domain; J_A/(Γ_Aω_A + Γ_Bω_B), closed form against exact",
    criterion: CURRENT,
    arbitrary: slideFourDomain,
    describe: describeParams,
    measure: (p) => measure.pair("J_A/(Γ_Aω_A + Γ_Bω_B)", analytic.heatCurrentAClosedForm(p) / scaleOf(p), exact.coupledTlsCurrents(p).heatA / scaleOf(p)),
  }),
  kit.property({
    name: "current-sum-rule",
    where: "slide 5",
    statement:
      "J^s_A + J^s_B = 0 in the steady state (incoherent resonant coupling exchanges no energy). As printed on slide 5 it follows for any stationary state " +
      "from resonance alone: [K̂_AB, Ĥ_A + Ĥ_B] = 0 (slide 3) gives 𝓛^K†Ĥ_S = 0, so J_A + J_B = Tr(Ĥ_S𝓛ρ_s) = 0; the check confirms the slide's statement and the solver's stationarity",
    kind: "invariant",
    domain: "incoherent resonant coupling over the whole sampled domain (Γ_A ≠ Γ_B allowed); (J_A + J_B)/(Γ_Aω_A + Γ_Bω_B) against 0",
    criterion: CURRENT,
    arbitrary: incoherentDomain,
    describe: describeParams,
    measure: (p) => {
      const c = exact.coupledTlsCurrents(p);
      return measure.pair(`(J_A + J_B)/(Γ_Aω_A + Γ_Bω_B) with J_A = ${c.heatA.toExponential(4)}`, (c.heatA + c.heatB) / scaleOf(p), 0);
    },
  }),
  kit.property({
    name: "hot-to-cold",
    where: "slides 5–6",
    statement: "Heat flows from the hot to the cold bath, 2nd law respected: σ = −β_AJ_A − β_BJ_B ≥ 0 with sign J_A = sign(β_B − β_A)",
    kind: "invariant",
    domain: "incoherent resonant coupling over the whole sampled domain (Γ_A ≠ Γ_B allowed); min(σ, (β_B − β_A)J_A) over (β_A + β_B)(Γ_Aω_A + Γ_Bω_B)",
    criterion: SECOND_LAW,
    arbitrary: incoherentDomain,
    describe: describeParams,
    measure: (p) => {
      const c = exact.coupledTlsCurrents(p);
      return secondLaw(p, c.entropyProduction, c.heatA);
    },
  }),
];
