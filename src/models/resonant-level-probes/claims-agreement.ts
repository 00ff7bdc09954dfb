import type { LegacyClaim as Claim, Outcome } from "../../core/claim.js";
import { closeness, tolerance } from "../../core/tolerance.js";
import { fitConvergenceOrder } from "../../evidence/convergence-order.js";
import type { ResonantLevelParams, ReservoirName } from "./params.js";
import { levelSpacing, modelGrids, resolveResonantLevelParams } from "./params.js";
import { qlePopulations, recurrenceTime, type QleSystem } from "./analytic.js";
import { initialQleSystem } from "./probes.js";
import { exactModel, exactPopulations, type ExactModel } from "./exact.js";
import { qleWithRestarts } from "./restarts.js";
import { distributionDistance, maxAbsDifference, nearestLevel } from "./observables.js";
import { levelShift, MARKOV_CONSTANT, MARKOV_CONSTANT_TYPICAL, MARKOV_REGIME_MAX } from "./markov-error.js";

/**
 * Agreement claims: QLE (9) against the exact evolution (10) below τ⁰_rec, with and
 * without probes, the order of the Markov/wide-band error, the level shift, the
 * breakdown beyond τ⁰_rec, the N_G independence of Fig. 3 and the restarted QLE
 * against the exact dephasing-probe dynamics.
 */

const MODEL = "resonant-level-probes";
const DOC = "000_801d121c3abe0574.txt";

/** Worst |p_QLE − p_exact| over L and R and the times, and the largest exact change |p − f|. */
export function qleExactDiscrepancy(p: ResonantLevelParams, times: readonly number[], system: QleSystem = initialQleSystem(p), model: ExactModel = exactModel(p)) {
  let worst = 0;
  let worstAt = "";
  let change = 0;
  for (const t of times) {
    for (const name of ["L", "R"] as ReservoirName[]) {
      const q = qlePopulations(system, name, t);
      const x = exactPopulations(model, name, t);
      const f = system.reservoirs.find((r) => r.name === name)!.occupations;
      const d = maxAbsDifference(q, x);
      if (d.value > worst) {
        worst = d.value;
        worstAt = `${name}, t = ${t}, ε = ${modelGrids(p)[name].energies[d.index].toFixed(4)}`;
      }
      change = Math.max(change, maxAbsDifference(x, f).value);
    }
  }
  return { worst, worstAt, change, ratio: worst / change };
}

function totalGamma(p: ResonantLevelParams): number {
  return p.GammaL + p.GammaR + (p.probe === "none" ? 0 : p.GammaG);
}

const markovReason = (p: ResonantLevelParams) =>
  `Markov/wide-band step of (7) in a band of half-width D: the QLE drops the energy dependence of the self-energy (level shift Λ(ε) = (Γ/π)ln|(D+ε)/(D−ε)| and band edges), a first-order relative error c·Γ/D of the population change with the measured constant c = ${MARKOV_CONSTANT} (markov-error.ts: 0.32–0.34 at ε_d = 0; median 0.33, maximum 0.82 over the random transport-regime domain, c = 1 just above); Γ/D = ${(totalGamma(p) / p.D).toFixed(3)} ≤ ${MARKOV_REGIME_MAX}, where the expansion is small and c was measured`;

/**
 * Order-of-magnitude tolerance for the large-Γ_G probe figures (Γ/D = 0.45): the QLE's error below half the
 * exact change. Not a bound: at Γ/D = 0.45 the O(Γ/D) expansion is not small and c was not measured there.
 */
const LARGE_COUPLING_SHARE = 0.5;

const largeCouplingReason = (p: ResonantLevelParams) =>
  `qualitative (order-of-magnitude) agreement, the sense of the paper's 'agrees': the QLE's error is less than half of the largest exact change, so every level's change has the right sign and size within a factor 2. No sharper statement is justified: Γ/D = ${(totalGamma(p) / p.D).toFixed(2)} (Γ_G = ${p.GammaG}) is not small, the first-order estimate c·Γ/D = ${(MARKOV_CONSTANT_TYPICAL * totalGamma(p) / p.D).toFixed(2)}–${((MARKOV_CONSTANT * totalGamma(p)) / p.D).toFixed(2)} (c = ${MARKOV_CONSTANT_TYPICAL}–${MARKOV_CONSTANT}, measured at Γ/D ≤ ${MARKOV_REGIME_MAX}) is orientation only, not a bound`;

/** QLE vs exact at the paper's parameters for one probe kind, t < τ⁰_rec. */
function paperAgreementClaim(probe: "none" | "dephasing" | "voltage", where: string): Claim {
  const p = resolveResonantLevelParams({ probe });
  const times = [375, 750, 1500];
  const g = totalGamma(p) / p.D;
  const weak = g <= MARKOV_REGIME_MAX;
  const tol = weak ? tolerance(0, MARKOV_CONSTANT * g, markovReason(p)) : tolerance(0, LARGE_COUPLING_SHARE, largeCouplingReason(p));
  return {
    id: `${MODEL}/qle-vs-exact-${probe === "none" ? "coherent" : probe}`,
    model: MODEL,
    source: { doc: DOC, where },
    statement: `QLE populations (9) ${probe === "none" ? "without probe" : `with a ${probe} probe (k′ ∈ G terms in F3)`} agree with the exact evolution (10) of the finite grains${probe === "none" ? "" : " and a finite probe reservoir prepared at its condition"} for t < τ⁰_rec: ${weak ? `max|p_QLE − p_exact|/max|p_exact − f| ≤ c·Γ/D, c = ${MARKOV_CONSTANT}` : `to order of magnitude (max|p_QLE − p_exact| < ${LARGE_COUPLING_SHARE}·max|p_exact − f|; Γ/D = ${g.toFixed(2)} is too large for an O(Γ/D) bound)`}`,
    kind: "agreement",
    tolerance: tol,
    domain: `Fig. 2 parameters (N = ${p.N}${probe === "none" ? "" : `, N_G = ${p.NG}, Γ_G = ${p.GammaG}`}, β = 200, Γ_L = Γ_R = 0.025, ε_d = 0, μ_L = −μ_R = 0.2, D = 1, midpoint grid), t = ${times.join(", ")} < τ⁰_rec = ${recurrenceTime(p).toFixed(1)}`,
    verify: (): Outcome => {
      const d = qleExactDiscrepancy(p, times);
      return {
        holds: closeness(d.ratio, 0, tol).close,
        measuredError: d.ratio,
        details: `max|p_QLE − p_exact| = ${d.worst.toExponential(3)} at ${d.worstAt}; largest exact change ${d.change.toFixed(4)}; ratio ${d.ratio.toExponential(3)} = ${(d.ratio / g).toFixed(3)}·Γ/D (allowed ${tol.atol.toFixed(4)}${weak ? " = c·Γ/D" : ", order of magnitude"})`,
        evidence: { values: { maxAbsError: d.worst, maxChange: d.change } },
      };
    },
  };
}

/** The discrepancy shrinks with the band: order in Γ/D measured at fixed ΔE and t. */
const markovOrderClaim: Claim = {
  id: `${MODEL}/qle-markov-order`,
  model: MODEL,
  source: { doc: DOC, where: "eq. (7) (Markovian approximation)" },
  statement: "max|p_QLE − p_exact| at fixed t < τ⁰_rec vanishes linearly in Γ/D as the band grows (D = 1, 2, 4, 8 at fixed ΔE = 0.02, i.e. N = 100·D), without probe and with a dephasing probe",
  kind: "limit",
  tolerance: tolerance(0, 0.15, "fitted order within ±0.15 of 1: four points over a factor 8 in D; the O((Γ/D)²) correction shifts a log–log slope by ≲ Γ/D ≈ 0.05–0.15"),
  domain: "Γ_L = Γ_R = 0.025 (Γ_G = 0.1 for the probe), β = 200, ε_d = 0, μ_L = −μ_R = 0.2, N = 100·D, t = 300 < τ⁰_rec = 314",
  verify: (): Outcome => {
    const Ds = [1, 2, 4, 8];
    const series: { name: string; x: number[]; y: number[] }[] = [];
    const orders: number[] = [];
    for (const probe of ["none", "dephasing"] as const) {
      const errs = Ds.map((D) => {
        const p = resolveResonantLevelParams({ probe, D, N: 100 * D, NG: 100 * D, GammaG: 0.1, t: 300 });
        return qleExactDiscrepancy(p, [300]).worst;
      });
      const ratio = Ds.map((D) => (probe === "none" ? 0.05 : 0.15) / D);
      orders.push(fitConvergenceOrder(ratio, errs).order);
      series.push({ name: probe, x: ratio, y: errs });
    }
    const dev = Math.max(...orders.map((o) => Math.abs(o - 1)));
    return {
      holds: dev <= 0.15,
      measuredError: dev,
      details: `fitted order in Γ/D: coherent ${orders[0].toFixed(3)}, dephasing ${orders[1].toFixed(3)}; errors ${series.map((s) => `${s.name}: ${s.y.map((e) => e.toExponential(2)).join(", ")}`).join("; ")}`,
      order: { measured: orders[0], expected: 1 },
      evidence: { plots: [{ title: "QLE − exact vs Γ/D", xLabel: "Γ/D", yLabel: "max |Δp|", logX: true, logY: true, series }] },
    };
  },
};

const levelShiftClaim: Claim = (() => {
  const p = resolveResonantLevelParams({ epsilonD: 0.1 });
  const tol = tolerance(0, (MARKOV_CONSTANT * (p.GammaL + p.GammaR)) / p.D, markovReason(p));
  return {
    id: `${MODEL}/level-shift-absorbed`,
    model: MODEL,
    source: { doc: DOC, where: "text before eq. (7)" },
    statement: "For ε_d ≠ 0 the QLE's ε_d is the shifted level ε_d + Λ(ε_d), Λ(ε) = (Γ/π)ln((D+ε)/(D−ε)) (the shift 'absorbed into the definition of ε_d'); with it the QLE matches the exact evolution within c·Γ/D (c = 1), without it the error is about 3× larger",
    kind: "agreement",
    tolerance: tol,
    domain: "Fig. 4 parameters with ε_d = 0.1, no probe, t = 1500 < τ⁰_rec",
    verify: (): Outcome => {
      const model = exactModel(p);
      const raw = qleExactDiscrepancy(p, [1500], initialQleSystem(p), model);
      const base = initialQleSystem(p);
      const shifted = qleExactDiscrepancy(p, [1500], { ...base, epsilonD: p.epsilonD + levelShift(p.epsilonD, base.Gamma, p.D) }, model);
      return {
        holds: closeness(shifted.ratio, 0, tol).close && raw.worst > shifted.worst,
        measuredError: shifted.ratio,
        details: `with shift: ratio ${shifted.ratio.toExponential(3)} (max|Δp| ${shifted.worst.toExponential(3)}); bare ε_d: ratio ${raw.ratio.toExponential(3)} (max|Δp| ${raw.worst.toExponential(3)} at ${raw.worstAt})`,
      };
    },
  };
})();

const breakdownClaim: Claim = (() => {
  const p = resolveResonantLevelParams({});
  const tau = recurrenceTime(p);
  return {
    id: `${MODEL}/qle-breaks-down-after-recurrence`,
    model: MODEL,
    source: { doc: DOC, where: "text after Fig. 2 and after eq. (10)" },
    statement: "The QLE (9) is limited by τ⁰_rec: below it max|Δp|/max|p − f| is within the c·Γ/D tolerance of qle-vs-exact-coherent, at 1.5 τ⁰_rec it is far outside it (the exact dynamics reverses, the QLE's finite sums recur differently); at τ⁰_rec a level near ε_d is depleted (exact p below c·Γ/D, the accuracy to which the Markov picture resolves 'empty') and by 2τ⁰_rec the dynamics has reversed: the level, initially full and emptied at τ⁰_rec, has regained more than half of its occupation (exact)",
    kind: "agreement",
    tolerance: tolerance(0, (MARKOV_CONSTANT * (p.GammaL + p.GammaR)) / p.D, `c·Γ/D = ${((MARKOV_CONSTANT * (p.GammaL + p.GammaR)) / p.D).toFixed(4)} (c = ${MARKOV_CONSTANT}, Γ/D = 0.05): below τ⁰_rec the normalised QLE error stays under it, at 1.5τ⁰_rec it must exceed it; depletion: the exact p at the level nearest ε_d (detuned by ΔE/2 = 0.002 ≪ Γ) below the same scale — the accuracy to which the Markov description (whose QLE empties the resonant level completely) resolves 'empty'; reversal: p(2τ⁰_rec) > 1/2 — the emptied level has regained the majority of its initial occupation f = 1, so the net flow through it has changed direction (the statement's definition of 'reversed', not a fitted threshold)`),
    domain: "Fig. 2(a) parameters, t = 0.5, 1, 1.5, 2 τ⁰_rec",
    verify: (): Outcome => {
      const model = exactModel(p);
      const system = initialQleSystem(p);
      const before = qleExactDiscrepancy(p, [0.5 * tau], system, model).ratio;
      const after = qleExactDiscrepancy(p, [1.5 * tau], system, model).ratio;
      const i0 = nearestLevel(modelGrids(p).L.energies, p.epsilonD);
      const depleted = exactPopulations(model, "L", tau)[i0];
      const refilled = exactPopulations(model, "L", 2 * tau)[i0];
      const scale = (MARKOV_CONSTANT * totalGamma(p)) / p.D;
      return {
        holds: before <= scale && after > scale && depleted <= scale && refilled > 0.5,
        measuredError: depleted,
        details: `max|Δp|/max|p − f| at 0.5τ: ${before.toExponential(3)}, at 1.5τ: ${after.toExponential(3)} (c·Γ/D = ${((MARKOV_CONSTANT * totalGamma(p)) / p.D).toFixed(4)}); exact p_L(ε ≈ ε_d): ${depleted.toExponential(3)} at τ⁰_rec, ${refilled.toFixed(4)} at 2τ⁰_rec`,
      };
    },
  };
})();

/** Figure resolution: 1 % of the population axis [0, 1], about a line width in Fig. 3. */
const FIGURE_RESOLUTION = 0.01;

const probeSizeClaim: Claim = {
  id: `${MODEL}/probe-size-independence`,
  model: MODEL,
  source: { doc: DOC, where: "Fig. 3 and Results (\"Results at earlier times do not depend on the size of G\")" },
  statement:
    "Exact dephasing-probe populations do not depend on N_G before the smaller probe's own recurrence 2π/ΔE_G (N_G = 200 vs 1500, Fig. 3), at the figure's resolution: max_{L,R}|p(200) − p(1500)| < 1 % of the population axis for t ≤ 0.8·2π/ΔE_G(200) = 502, while after that recurrence (t = 700) the difference is at least 10× larger (the dotted lines of Fig. 3 depart)",
  kind: "agreement",
  tolerance: tolerance(0, FIGURE_RESOLUTION, "qualitative, at the resolution of Fig. 3: 0.01 of the population axis [0, 1] is about a line width, so 'does not depend' ⇔ the curves coincide on the figure. Γ_G/D = 0.4 is too large for the O(Γ/D) kernel-tail estimate to be a bound (the random claim probe-size-independence-random asserts a measured bound at Γ/D ≤ 0.15); 'after': ≥ 10× the largest difference before the recurrence, so the comparison is not vacuous"),
  domain: "Fig. 3 parameters: N_L = N_R = 100, Γ_G = 0.4, dephasing probe, N_G = 200 and 1500; t = 100, 250, 400, 502 ≤ 0.8·2π/ΔE_G(N_G = 200) = 503; t = 700 after that recurrence at 628",
  verify: (): Outcome => {
    const models = [200, 1500].map((NG) => exactModel(resolveResonantLevelParams({ N: 100, NG, probe: "dephasing" })));
    const diffAt = (t: number) => {
      let diff = 0;
      for (const name of ["L", "R"] as ReservoirName[]) diff = Math.max(diff, maxAbsDifference(exactPopulations(models[0], name, t), exactPopulations(models[1], name, t)).value);
      return diff;
    };
    const before = Math.max(...[100, 250, 400, 502].map(diffAt));
    const after = diffAt(700);
    return {
      holds: before < FIGURE_RESOLUTION && after >= 10 * before,
      measuredError: before,
      details: `before 2π/ΔE_G(200): max|p(200) − p(1500)| = ${before.toExponential(3)} (allowed ${FIGURE_RESOLUTION}); at t = 700, after the recurrence: ${after.toExponential(3)}, ${(after / before).toFixed(0)}× larger (required ≥ 10×)`,
    };
  },
};

/**
 * Agreement of the normalised L–R distance at the resolution of Fig. 3: 0.1 of d(0). Qualitative: at Γ/D = 0.45
 * the QLE's relaxation rate has an O(Γ/D) error that is not small, and the restarts drop the L–R and dot
 * coherences at each restart (an effect not bounded separately), so no first-order bound is claimed.
 */
const RESTART_AGREEMENT = 0.1;

const restartsVsExactClaim: Claim = {
  id: `${MODEL}/restarted-qle-vs-exact-dephasing`,
  model: MODEL,
  source: { doc: DOC, where: "Results (\"QLE data with G bath tweaking nicely agrees\"), Fig. 3" },
  statement: "The restarted QLE with a dephasing probe follows the exact approach to equilibrium (N_G = 1500) beyond τ⁰_rec, qualitatively: the normalized L–R distance d(t)/d(0), d = ΔE Σ|p_L − p_R|, agrees within 0.1 at every sampled time, and both fall below 0.1 by t = 4500 (the approach itself is reproduced, not only its start)",
  kind: "agreement",
  tolerance: tolerance(0, RESTART_AGREEMENT, "qualitative agreement at the resolution of Fig. 3 (0.1 of the initial distance): Γ/D = 0.45 is not small, so the O(Γ/D) error of the QLE's relaxation rate admits no first-order bound; the restarts also drop the L–R and dot coherences at each restart, an effect not estimated separately. The pointwise populations (max|Δp| ≈ 0.1) are reported, not claimed"),
  domain: "Fig. 3 parameters (N = 100, N_G = 1500, Γ_G = 0.4), QLE segments of 300 < τ⁰_rec = 314, t = 500…4500",
  verify: (): Outcome => {
    const p = resolveResonantLevelParams({ N: 100, NG: 1500, probe: "dephasing" });
    const model = exactModel(p);
    const times = [500, 1000, 1500, 2000, 2500, 3000, 3500, 4000, 4500];
    const restarted = qleWithRestarts(p, { segmentLength: 300, times });
    const dE = levelSpacing(p.D, p.N);
    const d0 = distributionDistance(exactPopulations(model, "L", 0), exactPopulations(model, "R", 0), dE);
    let worst = 0;
    let pointwise = 0;
    const ex: number[] = [];
    const ql: number[] = [];
    times.forEach((t, k) => {
      const xl = exactPopulations(model, "L", t);
      const xr = exactPopulations(model, "R", t);
      const a = distributionDistance(xl, xr, dE) / d0;
      const b = distributionDistance(restarted.L[k], restarted.R[k], dE) / d0;
      ex.push(a);
      ql.push(b);
      worst = Math.max(worst, Math.abs(a - b));
      pointwise = Math.max(pointwise, maxAbsDifference(restarted.L[k], xl).value, maxAbsDifference(restarted.R[k], xr).value);
    });
    const approached = ex[ex.length - 1] < RESTART_AGREEMENT && ql[ql.length - 1] < RESTART_AGREEMENT;
    return {
      holds: worst <= RESTART_AGREEMENT && approached,
      measuredError: worst,
      details: `max |Δ(d/d0)| = ${worst.toExponential(3)}; d/d0 exact ${ex.map((v) => v.toFixed(3)).join(", ")}; QLE ${ql.map((v) => v.toFixed(3)).join(", ")}; pointwise max|Δp| = ${pointwise.toFixed(3)} (not claimed)`,
      evidence: { plots: [{ title: "L–R distance", xLabel: "t", yLabel: "d(t)/d(0)", series: [{ name: "exact", x: times, y: ex }, { name: "restarted QLE", x: times, y: ql }] }] },
    };
  },
};

/** The agreement claims of the model. */
export const agreementClaims: readonly Claim[] = [
  paperAgreementClaim("none", "eq. (9) vs eq. (10), Fig. 2(a)"),
  paperAgreementClaim("dephasing", "eq. (9) with k′ ∈ G, Fig. 2(b)"),
  paperAgreementClaim("voltage", "eq. (9) with k′ ∈ G, Fig. 2(c)"),
  markovOrderClaim,
  levelShiftClaim,
  breakdownClaim,
  probeSizeClaim,
  restartsVsExactClaim,
];
