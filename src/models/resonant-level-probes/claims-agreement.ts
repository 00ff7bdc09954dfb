import type { Claim, Outcome } from "../../core/claim.js";
import { closeness, tolerance } from "../../core/tolerance.js";
import { fitConvergenceOrder } from "../../evidence/convergence-order.js";
import type { ResonantLevelParams, ReservoirName } from "./params.js";
import { levelSpacing, modelGrids, resolveResonantLevelParams } from "./params.js";
import { qlePopulations, recurrenceTime, type QleSystem } from "./analytic.js";
import { initialQleSystem } from "./probes.js";
import { exactModel, exactPopulations, type ExactModel } from "./exact.js";
import { qleWithRestarts } from "./restarts.js";
import { distributionDistance, maxAbsDifference, nearestLevel } from "./observables.js";
import { levelShift, MARKOV_CONSTANT, recurrenceEnhancement } from "./markov-error.js";

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
  `Markov/wide-band step of (7) in a band of half-width D: the QLE drops the energy dependence of the self-energy (level shift Λ(ε) = (Γ/π)ln|(D+ε)/(D−ε)| and band edges), a relative error O(Γ/D) of the population change; Γ/D = ${(totalGamma(p) / p.D).toFixed(3)} bounds max|p_QLE − p_exact|/max|p_exact − f| (O(1) constant ≤ 1; measured ≈ 0.3·Γ/D without probe, claim qle-markov-order)`;

/** QLE vs exact at the paper's parameters for one probe kind, t < τ⁰_rec. */
function paperAgreementClaim(probe: "none" | "dephasing" | "voltage", where: string): Claim {
  const p = resolveResonantLevelParams({ probe });
  const times = [375, 750, 1500];
  const tol = tolerance(0, totalGamma(p) / p.D, markovReason(p));
  return {
    id: `${MODEL}/qle-vs-exact-${probe === "none" ? "coherent" : probe}`,
    model: MODEL,
    source: { doc: DOC, where },
    statement: `QLE populations (9) ${probe === "none" ? "without probe" : `with a ${probe} probe (k′ ∈ G terms in F3)`} agree with the exact evolution (10) of the finite grains${probe === "none" ? "" : " and a finite probe reservoir prepared at its condition"} for t < τ⁰_rec`,
    kind: "agreement",
    tolerance: tol,
    domain: `Fig. 2 parameters (N = ${p.N}${probe === "none" ? "" : `, N_G = ${p.NG}, Γ_G = ${p.GammaG}`}, β = 200, Γ_L = Γ_R = 0.025, ε_d = 0, μ_L = −μ_R = 0.2, D = 1, midpoint grid), t = ${times.join(", ")} < τ⁰_rec = ${recurrenceTime(p).toFixed(1)}`,
    verify: (): Outcome => {
      const d = qleExactDiscrepancy(p, times);
      return {
        holds: closeness(d.ratio, 0, tol).close,
        measuredError: d.ratio,
        details: `max|p_QLE − p_exact| = ${d.worst.toExponential(3)} at ${d.worstAt}; largest exact change ${d.change.toFixed(4)}; ratio ${d.ratio.toExponential(3)} (allowed Γ/D = ${tol.atol.toFixed(3)})`,
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
  const tol = tolerance(0, (p.GammaL + p.GammaR) / p.D, markovReason(p));
  return {
    id: `${MODEL}/level-shift-absorbed`,
    model: MODEL,
    source: { doc: DOC, where: "text before eq. (7)" },
    statement: "For ε_d ≠ 0 the QLE's ε_d is the shifted level ε_d + Λ(ε_d), Λ(ε) = (Γ/π)ln((D+ε)/(D−ε)) (the shift 'absorbed into the definition of ε_d'); with it the QLE matches the exact evolution within O(Γ/D), without it the error is about 3× larger",
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
    statement: "The QLE (9) is limited by τ⁰_rec: below it max|Δp| is within the O(Γ/D) tolerance of qle-vs-exact-coherent, at 1.5 τ⁰_rec it is far outside it (the exact dynamics reverses, the QLE's finite sums recur differently); at τ⁰_rec a level near ε_d is completely depleted and by 2τ⁰_rec the dynamics has reversed: more than half of its occupation is back (exact)",
    kind: "agreement",
    tolerance: tolerance(0, 0.02, "depletion: the level nearest ε_d is detuned by ΔE/2 = 0.002 ≪ Γ, leaving p ≈ (ΔE/2Γ)² + O(Γ/D) ≲ 0.02; breakdown: |Δp| above (Γ/D)·max|p − f|, the tolerance that holds below τ⁰_rec; reversal: refilled above 1/2 (net flow has changed direction)"),
    domain: "Fig. 2(a) parameters, t = 0.5, 1, 1.5, 2 τ⁰_rec",
    verify: (): Outcome => {
      const model = exactModel(p);
      const system = initialQleSystem(p);
      const before = qleExactDiscrepancy(p, [0.5 * tau], system, model).ratio;
      const after = qleExactDiscrepancy(p, [1.5 * tau], system, model).ratio;
      const i0 = nearestLevel(modelGrids(p).L.energies, p.epsilonD);
      const depleted = exactPopulations(model, "L", tau)[i0];
      const refilled = exactPopulations(model, "L", 2 * tau)[i0];
      return {
        holds: before <= totalGamma(p) / p.D && after > totalGamma(p) / p.D && depleted <= 0.02 && refilled > 0.5,
        measuredError: depleted,
        details: `max|Δp|/max|p − f| at 0.5τ: ${before.toExponential(3)}, at 1.5τ: ${after.toExponential(3)} (Γ/D = ${(totalGamma(p) / p.D).toFixed(3)}); exact p_L(ε ≈ ε_d): ${depleted.toExponential(3)} at τ⁰_rec, ${refilled.toFixed(4)} at 2τ⁰_rec`,
      };
    },
  };
})();

const probeSizeClaim: Claim = {
  id: `${MODEL}/probe-size-independence`,
  model: MODEL,
  source: { doc: DOC, where: "Fig. 3 and Results" },
  statement:
    "Exact dephasing-probe populations do not depend on N_G before the smaller probe's own recurrence 2π/ΔE_G (N_G = 200 vs 1500, Fig. 3): the normalised difference max|Δp|/(max|p − f| + v_G²/Γ²) stays below 2(Γ_G/D)(x/sin x − 1), x = ΔE_G t/2, the finite-N_G enhancement of the probe kernel's band-edge tail (as in probe-size-independence-random), and exceeds that bound after the recurrence",
  kind: "agreement",
  tolerance: tolerance(0, MARKOV_CONSTANT, "for a uniform grid the probe kernel is the continuum one times x/sin x (x = ΔE_G s/2) before its recurrence, so N_G enters only through the band-edge tail — the O(Γ_G/D) part neglected by the Markov step, constant c = 2 (markov-error.ts) — enhanced by x/sin x − 1; measured in units of (Γ_G/D)(x/sin x − 1)"),
  domain: "Fig. 3 parameters: N_L = N_R = 100, Γ_G = 0.4, dephasing probe; t = 100, 250, 400, 502 ≤ 0.8·2π/ΔE_G(N_G = 200) = 502 (t = 700, after that recurrence at 628, reported only)",
  verify: (): Outcome => {
    const models = [200, 1500].map((NG) => exactModel(resolveResonantLevelParams({ N: 100, NG, probe: "dephasing" })));
    const p = models[0].params;
    const G = p.GammaL + p.GammaR + p.GammaG;
    const floor = (p.GammaG * levelSpacing(p.D, p.NG)) / Math.PI / (G * G);
    const normalised = (t: number) => {
      let diff = 0;
      let change = 0;
      for (const name of ["L", "R"] as ReservoirName[]) {
        const a = exactPopulations(models[0], name, t);
        diff = Math.max(diff, maxAbsDifference(a, exactPopulations(models[1], name, t)).value);
        const start = models[0].layout[name].start;
        change = Math.max(change, maxAbsDifference(a, models[0].initial.subarray(start, start + p.N)).value);
      }
      return { diff, value: diff / (change + floor) };
    };
    const unit = (t: number) => (p.GammaG / p.D) * (recurrenceEnhancement((levelSpacing(p.D, p.NG) * t) / 2) - 1);
    let worst = 0;
    let worstAbs = 0;
    for (const t of [100, 250, 400, 502]) {
      const n = normalised(t);
      worst = Math.max(worst, n.value / unit(t));
      worstAbs = Math.max(worstAbs, n.diff);
    }
    const after = normalised(700);
    return {
      holds: worst <= MARKOV_CONSTANT,
      measuredError: worst,
      details: `before 2π/ΔE_G: max|Δp| = ${worstAbs.toExponential(3)}, normalised difference ≤ ${worst.toExponential(3)}·(Γ_G/D)(x/sin x − 1) (allowed ${MARKOV_CONSTANT}); at t = 700, after the recurrence (not claimed; shows the comparison is not vacuous): max|Δp| = ${after.diff.toExponential(3)}, ${(after.diff / worstAbs).toFixed(0)}× the largest difference before it`,
    };
  },
};

/** max_x |e^{−x} − e^{−(1−g)x}| at g = Γ/D = 0.45 (x = ln(1−g)/(−g)): the spread of two exponentials whose rates differ by O(Γ/D). */
const RESTART_RATE_TOLERANCE = (() => {
  const g = 0.45;
  const x = Math.log(1 - g) / -g;
  return Math.exp(-(1 - g) * x) - Math.exp(-x);
})();

const restartsVsExactClaim: Claim = {
  id: `${MODEL}/restarted-qle-vs-exact-dephasing`,
  model: MODEL,
  source: { doc: DOC, where: "Results (\"QLE data with G bath tweaking nicely agrees\"), Fig. 3" },
  statement: "The restarted QLE with a dephasing probe follows the exact approach to equilibrium (N_G = 1500) beyond τ⁰_rec: the normalized L–R distance d(t)/d(0), d = ΔE Σ|p_L − p_R|, agrees within the spread allowed by an O(Γ/D) error of the relaxation rate, max_x |e^{−x} − e^{−(1−Γ/D)x}| = 0.217 at Γ/D = 0.45",
  kind: "agreement",
  tolerance: tolerance(0, RESTART_RATE_TOLERANCE, "d(t)/d(0) ≈ e^{−λt} in both; the QLE's relaxation rate carries the O(Γ/D) Markov error (Γ/D = 0.45 here), so the curves may differ by up to max_x |e^{−x} − e^{−(1−Γ/D)x}| = 0.217 (x = ln(1−g)/(−g)); the restarts also drop the L–R and dot coherences at each restart (a lag within the same bound)"),
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
    return {
      holds: worst <= RESTART_RATE_TOLERANCE,
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
