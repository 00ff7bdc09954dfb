import type { JudgedClaim } from "../../core/claim.js";
import { all, bound, order, sign } from "../../core/criterion.js";
import { measure } from "../../core/measurement.js";
import { initialQleSystem, qlePopulations, recurrenceTime, type QleSystem } from "./analytic.js";
import { exactModel, exactPopulations, type ExactModel } from "./exact.js";
import { MARKOV_CONSTANT, MARKOV_REGIME_MAX, levelShift } from "./markov-error.js";
import { distributionDistance, maxAbsDifference, nearestLevel } from "./observables.js";
import { levelSpacing, modelGrids, resolveResonantLevelParams, type ResonantLevelParams } from "./params.js";
import { qleWithRestarts } from "./restarts.js";
import {
  LARGE_COUPLING_SHARE,
  ORDER_IN_GAMMA_OVER_D_REASON,
  fig3Params,
  kit,
  largeCouplingBound,
  list,
  markovBound,
  orderInGammaOverD,
  populationDiscrepancy,
  totalGamma,
  type PopulationDiscrepancy,
} from "./claims-support.js";

/**
 * Agreement claims (000_801d121c3abe0574.txt, eqs. (7), (9), (10), Figs. 2–3): QLE (9) against
 * the exact evolution (10) below τ⁰_rec, with and without probes, the order of the
 * Markov/wide-band error, the level shift, the breakdown beyond τ⁰_rec, the N_G independence of
 * Fig. 3 and the restarted QLE against the exact dephasing-probe dynamics.
 */

/** The QLE system's populations against the exact evolution of `model` (both from the initial state (8)). */
export function qleExactDiscrepancy(p: ResonantLevelParams, times: readonly number[], system: QleSystem = initialQleSystem(p), model: ExactModel = exactModel(p)): PopulationDiscrepancy {
  return populationDiscrepancy(model, times, (name, t) => qlePopulations(system, name, t));
}

const discrepancyValue = (d: PopulationDiscrepancy) => measure.value(`max|p_QLE − p_exact|/max|p_exact − f| (max|Δp| = ${d.worst.toExponential(3)} at ${d.worstAt}; largest exact change ${d.change.toFixed(4)})`, d.ratio);

/** QLE vs exact at the paper's parameters for one probe kind, t < τ⁰_rec. */
function paperAgreementClaim(probe: "none" | "dephasing" | "voltage", where: string): JudgedClaim {
  const p = resolveResonantLevelParams({ probe });
  const times = [375, 750, 1500];
  const g = totalGamma(p) / p.D;
  const weak = g <= MARKOV_REGIME_MAX;
  return kit.claim({
    name: `qle-vs-exact-${probe === "none" ? "coherent" : probe}`,
    where,
    statement: `QLE populations (9) ${probe === "none" ? "without probe" : `with a ${probe} probe (k′ ∈ G terms in F3)`} agree with the exact evolution (10) of the finite grains${probe === "none" ? "" : " and a finite probe reservoir prepared at its condition"} for t < τ⁰_rec: ${weak ? `max|p_QLE − p_exact|/max|p_exact − f| ≤ c·Γ/D, c = ${MARKOV_CONSTANT}` : `to order of magnitude (max|p_QLE − p_exact| < ${LARGE_COUPLING_SHARE}·max|p_exact − f|; Γ/D = ${g.toFixed(2)} is too large for an O(Γ/D) bound)`}`,
    kind: "agreement",
    domain: `Fig. 2 parameters (N = ${p.N}${probe === "none" ? "" : `, N_G = ${p.NG}, Γ_G = ${p.GammaG}`}, β = 200, Γ_L = Γ_R = 0.025, ε_d = 0, μ_L = −μ_R = 0.2, D = 1, midpoint grid), t = ${times.join(", ")} < τ⁰_rec = ${recurrenceTime(p).toFixed(1)}`,
    criterion: weak ? markovBound(p) : largeCouplingBound(p),
    measure: () => {
      const d = qleExactDiscrepancy(p, times);
      return { measurement: discrepancyValue(d), note: `ratio = ${(d.ratio / g).toFixed(3)}·Γ/D`, values: { maxAbsError: d.worst, maxChange: d.change } };
    },
  });
}

/** The discrepancy shrinks with the band: order in Γ/D measured at fixed ΔE and t. */
const markovOrderClaim = kit.claim({
  name: "qle-markov-order",
  where: "eq. (7) (Markovian approximation)",
  statement: "max|p_QLE − p_exact| at fixed t < τ⁰_rec vanishes linearly in Γ/D as the band grows (D = 1, 2, 4, 8 at fixed ΔE = 0.02, i.e. N = 100·D), without probe and with a dephasing probe",
  kind: "limit",
  domain: "Γ_L = Γ_R = 0.025 (Γ_G = 0.1 for the probe), β = 200, ε_d = 0, μ_L = −μ_R = 0.2, N = 100·D, t = 300 < τ⁰_rec = 314",
  criterion: order({ expected: 1, window: 0.15, reason: `fitted order within ±0.15 of 1: ${ORDER_IN_GAMMA_OVER_D_REASON}` }),
  measure: () => {
    const Ds = [1, 2, 4, 8];
    const series = (["none", "dephasing"] as const).map((probe) => ({
      label: probe,
      h: Ds.map((D) => (probe === "none" ? 0.05 : 0.15) / D),
      errors: Ds.map((D) => qleExactDiscrepancy(resolveResonantLevelParams({ probe, D, N: 100 * D, NG: 100 * D, GammaG: 0.1, t: 300 }), [300]).worst),
    }));
    return orderInGammaOverD(series, "max |Δp|", "QLE − exact vs Γ/D");
  },
});

const levelShiftClaim = (() => {
  const p = resolveResonantLevelParams({ epsilonD: 0.1 });
  return kit.claim({
    name: "level-shift-absorbed",
    where: "text before eq. (7)",
    statement:
      "For ε_d ≠ 0 the QLE's ε_d is the shifted level ε_d + Λ(ε_d), Λ(ε) = (Γ/π)ln((D+ε)/(D−ε)) (the shift 'absorbed into the definition of ε_d'); with it the QLE matches the exact evolution within c·Γ/D (c = 1), without it the error is about 3× larger",
    kind: "agreement",
    domain: "Fig. 4 parameters with ε_d = 0.1, no probe, t = 1500 < τ⁰_rec",
    criterion: all({
      shifted: markovBound(p),
      improves: sign({ sign: "positive", slack: 0, reason: "'absorbed into ε_d': the shifted level must be the better one — the bare level's error exceeds the shifted one's (no allowance: the two differ by a factor ≈ 3)" }),
    }),
    measure: () => {
      const model = exactModel(p);
      const base = initialQleSystem(p);
      const raw = qleExactDiscrepancy(p, [1500], base, model);
      const shifted = qleExactDiscrepancy(p, [1500], { ...base, epsilonD: p.epsilonD + levelShift(p.epsilonD, base.Gamma, p.D) }, model);
      return {
        measurement: measure.parts({
          shifted: discrepancyValue(shifted),
          improves: measure.signed(`max|Δp| bare ε_d − max|Δp| shifted (bare: ${raw.worst.toExponential(3)} at ${raw.worstAt}, ratio ${raw.ratio.toExponential(3)})`, raw.worst - shifted.worst, raw.worst),
        }),
      };
    },
  });
})();

const breakdownClaim = (() => {
  const p = resolveResonantLevelParams({});
  const tau = recurrenceTime(p);
  const scale = (MARKOV_CONSTANT * totalGamma(p)) / p.D;
  const markov = `c·Γ/D = ${scale.toFixed(4)} (c = ${MARKOV_CONSTANT}, Γ/D = 0.05)`;
  return kit.claim({
    name: "qle-breaks-down-after-recurrence",
    where: "text after Fig. 2 and after eq. (10)",
    statement:
      "The QLE (9) is limited by τ⁰_rec: below it max|Δp|/max|p − f| is within the c·Γ/D tolerance of qle-vs-exact-coherent, at 1.5 τ⁰_rec it is far outside it (the exact dynamics reverses, the QLE's finite sums recur differently); at τ⁰_rec a level near ε_d is depleted (exact p below c·Γ/D, the accuracy to which the Markov picture resolves 'empty') and by 2τ⁰_rec the dynamics has reversed: the level, initially full and emptied at τ⁰_rec, has regained more than half of its occupation (exact)",
    kind: "agreement",
    domain: "Fig. 2(a) parameters, t = 0.5, 1, 1.5, 2 τ⁰_rec",
    criterion: all({
      depleted: bound({ atMost: scale, reason: `${markov}: the exact p at the level nearest ε_d (detuned by ΔE/2 = 0.002 ≪ Γ) below it — the accuracy to which the Markov description (whose QLE empties the resonant level completely) resolves 'empty'` }),
      before: bound({ atMost: scale, reason: `${markov}: below τ⁰_rec the normalised QLE error stays under it (qle-vs-exact-coherent)` }),
      after: bound({ atLeast: scale, reason: `${markov}: at 1.5τ⁰_rec the normalised QLE error must exceed the tolerance it keeps below τ⁰_rec` }),
      refilled: bound({ atLeast: 0.5, reason: "p(2τ⁰_rec) > 1/2: the emptied level has regained the majority of its initial occupation f = 1, so the net flow through it has changed direction (the statement's definition of 'reversed', not a fitted threshold)" }),
    }),
    measure: () => {
      const model = exactModel(p);
      const system = initialQleSystem(p);
      const i0 = nearestLevel(modelGrids(p).L.energies, p.epsilonD);
      return {
        measurement: measure.parts({
          depleted: measure.value("exact p_L(ε ≈ ε_d) at τ⁰_rec", exactPopulations(model, "L", tau)[i0]),
          before: measure.value("max|Δp|/max|p − f| at 0.5τ⁰_rec", qleExactDiscrepancy(p, [0.5 * tau], system, model).ratio),
          after: measure.value("max|Δp|/max|p − f| at 1.5τ⁰_rec", qleExactDiscrepancy(p, [1.5 * tau], system, model).ratio),
          refilled: measure.value("exact p_L(ε ≈ ε_d) at 2τ⁰_rec", exactPopulations(model, "L", 2 * tau)[i0]),
        }),
      };
    },
  });
})();

/** Figure resolution: 1 % of the population axis [0, 1], about a line width in Fig. 3. */
const FIGURE_RESOLUTION = 0.01;

const probeSizeClaim = kit.claim({
  name: "probe-size-independence",
  where: 'Fig. 3 and Results ("Results at earlier times do not depend on the size of G")',
  statement:
    "Exact dephasing-probe populations do not depend on N_G before the smaller probe's own recurrence 2π/ΔE_G (N_G = 200 vs 1500, Fig. 3), at the figure's resolution: max_{L,R}|p(200) − p(1500)| < 1 % of the population axis for t ≤ 0.8·2π/ΔE_G(200) = 502, while after that recurrence (t = 700) the difference is at least 10× larger (the dotted lines of Fig. 3 depart)",
  kind: "agreement",
  domain: "Fig. 3 parameters: N_L = N_R = 100, Γ_G = 0.4, dephasing probe, N_G = 200 and 1500; t = 100, 250, 400, 502 ≤ 0.8·2π/ΔE_G(N_G = 200) = 503; t = 700 after that recurrence at 628",
  criterion: all({
    before: bound({
      atMost: FIGURE_RESOLUTION,
      reason:
        "qualitative, at the resolution of Fig. 3: 0.01 of the population axis [0, 1] is about a line width, so 'does not depend' ⇔ the curves coincide on the figure. Γ_G/D = 0.4 is too large for the O(Γ/D) kernel-tail estimate to be a bound (the random claim probe-size-independence-random asserts a measured bound at Γ/D ≤ 0.15)",
    }),
    after: bound({ atLeast: 10, reason: "after the recurrence the difference must be ≥ 10× the largest one before it, so that the comparison is not vacuous (the dotted lines of Fig. 3 depart)" }),
  }),
  measure: () => {
    const models = [200, 1500].map((NG) => exactModel(resolveResonantLevelParams({ N: 100, NG, probe: "dephasing" })));
    const diffAt = (t: number) => populationDiscrepancy(models[1], [t], (name, s) => exactPopulations(models[0], name, s)).worst;
    const before = Math.max(...[100, 250, 400, 502].map(diffAt));
    const after = diffAt(700);
    return {
      measurement: measure.parts({
        before: measure.value("max|p(200) − p(1500)| for t ≤ 502", before),
        after: measure.value(`max|p(200) − p(1500)| at t = 700 (${after.toExponential(3)}) over the largest before`, after / before),
      }),
    };
  },
});

/**
 * Agreement of the normalised L–R distance at the resolution of Fig. 3: 0.1 of d(0). Qualitative: at Γ/D = 0.45
 * the QLE's relaxation rate has an O(Γ/D) error that is not small, and the restarts drop the L–R and dot
 * coherences at each restart (an effect not bounded separately), so no first-order bound is claimed.
 */
const RESTART_AGREEMENT = 0.1;

const restartsVsExactClaim = kit.claim({
  name: "restarted-qle-vs-exact-dephasing",
  where: 'Results ("QLE data with G bath tweaking nicely agrees"), Fig. 3',
  statement:
    "The restarted QLE with a dephasing probe follows the exact approach to equilibrium (N_G = 1500) beyond τ⁰_rec, qualitatively: the normalized L–R distance d(t)/d(0), d = ΔE Σ|p_L − p_R|, agrees within 0.1 at every sampled time, and both fall below 0.1 by t = 4500 (the approach itself is reproduced, not only its start)",
  kind: "agreement",
  domain: "Fig. 3 parameters (N = 100, N_G = 1500, Γ_G = 0.4), QLE segments of 300 < τ⁰_rec = 314, t = 500…4500",
  criterion: all({
    agreement: bound({
      atMost: RESTART_AGREEMENT,
      reason:
        "qualitative agreement at the resolution of Fig. 3 (0.1 of the initial distance): Γ/D = 0.45 is not small, so the O(Γ/D) error of the QLE's relaxation rate admits no first-order bound; the restarts also drop the L–R and dot coherences at each restart, an effect not estimated separately. The pointwise populations (max|Δp| ≈ 0.1) are reported, not claimed",
    }),
    approached: bound({ atMost: RESTART_AGREEMENT, reason: "the approach itself is reproduced: both distances at t = 4500 below the same resolution 0.1 of d(0)" }),
  }),
  measure: () => {
    const p = fig3Params();
    const model = exactModel(p);
    const times = [500, 1000, 1500, 2000, 2500, 3000, 3500, 4000, 4500];
    const restarted = qleWithRestarts(p, { segmentLength: 300, times });
    const dE = levelSpacing(p.D, p.N);
    const d0 = distributionDistance(exactPopulations(model, "L", 0), exactPopulations(model, "R", 0), dE);
    let pointwise = 0;
    const exact = times.map((t, k) => {
      const xl = exactPopulations(model, "L", t);
      const xr = exactPopulations(model, "R", t);
      pointwise = Math.max(pointwise, maxAbsDifference(restarted.L[k], xl).value, maxAbsDifference(restarted.R[k], xr).value);
      return distributionDistance(xl, xr, dE) / d0;
    });
    const qle = times.map((_, k) => distributionDistance(restarted.L[k], restarted.R[k], dE) / d0);
    const worst = Math.max(...exact.map((a, k) => Math.abs(a - qle[k])));
    const last = times.length - 1;
    return {
      measurement: measure.parts({
        agreement: measure.value("max_t |Δ(d/d0)|", worst),
        approached: measure.value("max(d/d0 exact, d/d0 QLE) at t = 4500", Math.max(exact[last], qle[last])),
      }),
      note: `d/d0 exact ${list(exact)}; QLE ${list(qle)}; pointwise max|Δp| = ${pointwise.toFixed(3)} (not claimed)`,
      plots: [{ title: "L–R distance", xLabel: "t", yLabel: "d(t)/d(0)", series: [{ name: "exact", x: times, y: exact }, { name: "restarted QLE", x: times, y: qle }] }],
    };
  },
});

/** The agreement claims of the model. */
export const agreementClaims: readonly JudgedClaim[] = [
  paperAgreementClaim("none", "eq. (9) vs eq. (10), Fig. 2(a)"),
  paperAgreementClaim("dephasing", "eq. (9) with k′ ∈ G, Fig. 2(b)"),
  paperAgreementClaim("voltage", "eq. (9) with k′ ∈ G, Fig. 2(c)"),
  markovOrderClaim,
  levelShiftClaim,
  breakdownClaim,
  probeSizeClaim,
  restartsVsExactClaim,
];
