import type { LegacyClaim as Claim, Outcome } from "../../core/claim.js";
import { tolerance } from "../../core/tolerance.js";
import { fitConvergenceOrder } from "../../evidence/convergence-order.js";
import type { ResonantLevelParams } from "./params.js";
import { resolveResonantLevelParams } from "./params.js";
import { qleDotChargeFrom, qlePopulations, recurrenceTime, totalOccupation } from "./analytic.js";
import { distanceToTwoStep, qssDistance } from "./relaxation.js";
import { initialQleSystem } from "./probes.js";
import { exactModel, exactOccupations } from "./exact.js";
import { qleWithRestarts } from "./restarts.js";

/**
 * Claims on the approach to equilibrium: the inset of Fig. 3 (a "slow-down in dynamics in
 * approaching the equilibrium state") measured on the exact evolution, the rate of that
 * approach against the quasi-steady (Büttiker) rate, and the particle bookkeeping of the
 * QLE restarts. Source: 000_801d121c3abe0574.txt, Fig. 3 and its caption, Results.
 */

const MODEL = "resonant-level-probes";
const DOC = "000_801d121c3abe0574.txt";

/** Fig. 3 sample times 0, 250, …, 4500 (the paper's t = 0 : 500 : 4500, twice as dense). */
const INSET_TIMES = Array.from({ length: 19 }, (_, k) => 250 * k);

/** Least-squares slope of y against x. */
function slope(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
  }
  return sxy / sxx;
}

/** Logarithmic decay rate λ = −d ln D/dt fitted on the samples with t in [lo, hi]. */
function decayRate(times: readonly number[], D: readonly number[], lo: number, hi: number): number {
  const xs: number[] = [];
  const ys: number[] = [];
  times.forEach((t, i) => {
    if (t >= lo && t <= hi) {
      xs.push(t);
      ys.push(Math.log(D[i]));
    }
  });
  return -slope(xs, ys);
}

interface InsetData {
  readonly p: ResonantLevelParams;
  readonly exact: number[];
  readonly qss: number[];
}

let insetCache: InsetData | null = null;

/** Exact D(t) at Fig. 3 parameters (N = 100, N_G = 1500, dephasing probe) and its QSS prediction; computed once. */
export function fig3InsetData(): InsetData {
  if (insetCache !== null) return insetCache;
  const p = resolveResonantLevelParams({ N: 100, NG: 1500, probe: "dephasing" });
  const m = exactModel(p);
  const exact = INSET_TIMES.map((t) => {
    const o = exactOccupations(m, t);
    return distanceToTwoStep(p, o.subarray(m.layout.L.start, m.layout.L.start + p.N), o.subarray(m.layout.R.start, m.layout.R.start + p.N));
  });
  insetCache = { p, exact, qss: INSET_TIMES.map((t) => qssDistance(p, t)) };
  return insetCache;
}

const insetPlot = (d: InsetData) => ({
  title: "Fig. 3 inset: distance to the two-step state",
  xLabel: "t",
  yLabel: "D(t) = ΔE Σ|p − p_∞|",
  logY: true,
  series: [
    { name: "exact (N_G = 1500)", x: INSET_TIMES, y: d.exact },
    { name: "QSS rates k(ε)", x: INSET_TIMES, y: d.qss },
  ],
});

/** Mean |dD/dt| on [lo, hi] from the linear least-squares slope of D(t). */
function meanSpeed(times: readonly number[], D: readonly number[], lo: number, hi: number): number {
  const xs: number[] = [];
  const ys: number[] = [];
  times.forEach((t, i) => {
    if (t >= lo && t <= hi) {
      xs.push(t);
      ys.push(D[i]);
    }
  });
  return Math.abs(slope(xs, ys));
}

const slowDown: Claim = {
  id: `${MODEL}/fig3-inset-slow-down`,
  model: MODEL,
  source: { doc: DOC, where: "Fig. 3 caption (inset: \"The inset demonstrates a slow-down in dynamics in approaching the equilibrium state.\")" },
  statement:
    "The approach to equilibrium with a dephasing probe slows down near the equilibrium state: the speed |dD/dt| of the distance D(t) = ΔE Σ_ν Σ_k |p_ν − p_∞| to the final two-step state is smaller over the last third of Fig. 3 (t ∈ [3000, 4500]) than over the first third (t ∈ [0, 1500]) — the natural reading of 'slow-down in dynamics' (the exact evolution)",
  kind: "agreement",
  tolerance: tolerance(0, 1, "the statement itself: 'slows down' ⇔ |dD/dt|_late / |dD/dt|_early < 1 (slopes of linear least-squares fits of D(t) on each window)"),
  domain: "Fig. 3 parameters: N_L = N_R = 100, N_G = 1500 (its recurrence 2π/ΔE_G = 4712 lies beyond t = 4500), Γ_G = 0.4, Γ_L = Γ_R = 0.025, β = 200, ε_d = 0, μ_L = −μ_R = 0.2; exact evolution sampled every 250",
  verify: (): Outcome => {
    const d = fig3InsetData();
    const early = meanSpeed(INSET_TIMES, d.exact, 0, 1500);
    const late = meanSpeed(INSET_TIMES, d.exact, 3000, 4500);
    const ratio = late / early;
    return {
      holds: ratio < 1,
      measuredError: ratio,
      details: `exact: |dD/dt| = ${early.toExponential(3)} on [0, 1500], ${late.toExponential(3)} on [3000, 4500]: ratio ${ratio.toFixed(4)}; D(t)/D(0) = ${d.exact.filter((_, i) => i % 2 === 0).map((x) => (x / d.exact[0]).toFixed(4)).join(", ")} at t = 0:500:4500 (the logarithmic rate: claim fig3-inset-log-rate-constant)`,
      evidence: { plots: [insetPlot(d)] },
    };
  },
};

/** Relative change of the logarithmic decay rate below which it counts as constant (see the claim's reason). */
const LOG_RATE_CONSTANCY = 0.1;

const logRateConstant: Claim = {
  id: `${MODEL}/fig3-inset-log-rate-constant`,
  model: MODEL,
  source: { doc: DOC, where: "Fig. 3 caption (inset); finding of this suite, not a statement of the paper" },
  statement:
    "FINDING (not a statement of the paper): the slow-down of the inset is that of a single exponential — the logarithmic decay rate λ = −d ln D/dt of the exact distance to the two-step state does not fall: λ_late/λ_early (t ∈ [3000, 4500] vs [0, 1500]) is within 10 % of 1; the falling |dD/dt| of fig3-inset-slow-down is λD with a constant λ",
  kind: "agreement",
  tolerance: tolerance(0, LOG_RATE_CONSTANCY, "'constant' ⇔ |λ_late/λ_early − 1| ≤ 0.1: a rate that falls over the run — a slow-down of the relaxation itself — would show as a clearly smaller late rate; the quasi-steady (Markov) rates k(ε) spread over the bias window predict only a 0.6 % fall, so 10 % separates 'one rate' from a genuine change of rate while allowing the early transient of the fit"),
  domain: "Fig. 3 parameters as fig3-inset-slow-down; exact evolution sampled every 250; log-linear least-squares fits on each window",
  verify: (): Outcome => {
    const d = fig3InsetData();
    const early = decayRate(INSET_TIMES, d.exact, 0, 1500);
    const late = decayRate(INSET_TIMES, d.exact, 3000, 4500);
    const qEarly = decayRate(INSET_TIMES, d.qss, 0, 1500);
    const qLate = decayRate(INSET_TIMES, d.qss, 3000, 4500);
    const ratio = late / early;
    return {
      holds: Math.abs(ratio - 1) <= LOG_RATE_CONSTANCY,
      measuredError: Math.abs(ratio - 1),
      details: `exact: λ = ${early.toExponential(3)} on [0, 1500], ${late.toExponential(3)} on [3000, 4500]: λ_late/λ_early = ${ratio.toFixed(4)}; QSS rates k(ε): λ_late/λ_early = ${(qLate / qEarly).toFixed(4)}; the same with N_G = 3000 to 4 digits (README), so not the probe's recurrence`,
      evidence: { plots: [insetPlot(d)] },
    };
  },
};

const exponentialApproach: Claim = (() => {
  const p = resolveResonantLevelParams({ N: 100, NG: 1500, probe: "dephasing" });
  const G = p.GammaL + p.GammaR + p.GammaG;
  const factor = 2;
  const tol = tolerance(0, factor, `order of magnitude: the exact rate within a factor 2 of the QSS rate (measured as max(r, 1/r), r = λ_exact/λ_QSS). The QSS rates k(ε) are the Markov (wide-band) rates of eq. (7); at Γ/D = ${(G / p.D).toFixed(2)} the O(Γ/D) expansion is not small and gives no bound (c·Γ/D = 0.15–0.45 with c = 0.33 typical to 1 maximal, measured at Γ/D ≤ 0.15: orientation only)`);
  return {
    id: `${MODEL}/fig3-exponential-approach`,
    model: MODEL,
    source: { doc: DOC, where: "Fig. 3 and Results (\"a clear evolution towards an equilibrium state\")" },
    statement:
      "With a dephasing probe the exact distance D(t) to the two-step state decays exponentially at the quasi-steady Büttiker rate to order of magnitude: the fitted rate on t ∈ [500, 4500] is within a factor 2 of the one of the QSS prediction D_QSS(t) = ΔE Σ_k |f_L − f_R| e^{−k(ε_k)t}, k(ε) = 2ΔEγ(2γ + Γ_G)/(π[(ε−ε_d)² + Γ²])",
    kind: "agreement",
    tolerance: tol,
    domain: "Fig. 3 parameters (N_L = N_R = 100, N_G = 1500, Γ_L = Γ_R = γ = 0.025, Γ_G = 0.4, β = 200, ε_d = 0, μ_L = −μ_R = 0.2), t ≤ 4500 < 2π/ΔE_G",
    verify: (): Outcome => {
      const d = fig3InsetData();
      const lx = decayRate(INSET_TIMES, d.exact, 500, 4500);
      const lq = decayRate(INSET_TIMES, d.qss, 500, 4500);
      const r = lx / lq;
      const off = Math.max(r, 1 / r);
      return {
        holds: off <= factor,
        measuredError: off,
        details: `fitted λ on [500, 4500]: exact ${lx.toExponential(4)}, QSS ${lq.toExponential(4)} (ratio ${r.toFixed(4)}); D(4500)/D(0): exact ${(d.exact[18] / d.exact[0]).toExponential(3)}, QSS ${(d.qss[18] / d.qss[0]).toExponential(3)}`,
        evidence: { plots: [insetPlot(d)] },
      };
    },
  };
})();

/** One QLE segment of length 0.95τ⁰_rec: the grains' particle change and the grains' share of the dot charge. */
function segmentBookkeeping(p: ResonantLevelParams): { grains: number; dotShare: number; drift: number } {
  const s = initialQleSystem(p);
  const seg = 0.95 * recurrenceTime(p);
  const before = totalOccupation(s.reservoirs[0].occupations) + totalOccupation(s.reservoirs[1].occupations);
  const after = totalOccupation(qlePopulations(s, "L", seg)) + totalOccupation(qlePopulations(s, "R", seg));
  const dotShare = totalOccupation(qleDotChargeFrom(s, "L", seg)) + totalOccupation(qleDotChargeFrom(s, "R", seg));
  return { grains: after - before, dotShare, drift: after - before + dotShare };
}

const bookkeeping: Claim = {
  id: `${MODEL}/restart-particle-bookkeeping`,
  model: MODEL,
  source: { doc: DOC, where: "Fig. 2 caption and Results (restarts \"to eliminate leakage\")" },
  statement:
    "The paper's restart (dot restarts empty) loses per segment the grains' share of the dot charge plus the QLE's own non-conservation δ; returning to each grain level the dot charge that came from it (restarts.ts, dotCharge = 'return') leaves only δ, which vanishes linearly in Γ/D (coherent and dephasing probe)",
  kind: "limit",
  tolerance: tolerance(0, 0.15, "fitted order within ±0.15 of 1: four points over a factor 8 in D (Γ/D ≤ 0.11 with the probe); the O((Γ/D)²) remainder shifts a log–log slope by ≲ Γ/D"),
  domain: "Γ_L = Γ_R = 0.025, Γ_G = 0.4, β = 200, ε_d = 0, μ_L = −μ_R = 0.2, N = 50·D (ΔE = 0.04 < Γ), one segment of 0.95τ⁰_rec, D = 4, 8, 16, 32; multi-segment run: N = N_G = 100, 10 segments of 300",
  verify: (): Outcome => {
    const Ds = [4, 8, 16, 32];
    const orders: number[] = [];
    const series: { name: string; x: number[]; y: number[] }[] = [];
    const notes: string[] = [];
    for (const probe of ["none", "dephasing"] as const) {
      const drifts = Ds.map((D) => Math.abs(segmentBookkeeping(resolveResonantLevelParams({ probe, D, N: 50 * D, NG: 50 * D })).drift));
      const ratio = Ds.map((D) => (probe === "none" ? 0.05 : 0.45) / D);
      orders.push(fitConvergenceOrder(ratio, drifts).order);
      series.push({ name: probe, x: ratio, y: drifts });
      notes.push(`${probe}: |δ| = ${drifts.map((x) => x.toExponential(2)).join(", ")} (order ${orders[orders.length - 1].toFixed(3)})`);
    }
    // the loss across restarts, both procedures, at a ci-sized Fig. 2(b)
    const p = resolveResonantLevelParams({ probe: "dephasing", N: 100, NG: 100 });
    const times = Array.from({ length: 10 }, (_, k) => 300 * (k + 1));
    const perSegment = (mode: "discard" | "return") => {
      const r = qleWithRestarts(p, { segmentLength: 300, times, dotCharge: mode });
      const n = r.particlesAtRestarts;
      return (n[n.length - 1] - n[0]) / (n.length - 1);
    };
    const lossDiscard = perSegment("discard");
    const lossReturn = perSegment("return");
    const one = segmentBookkeeping(resolveResonantLevelParams({ probe: "dephasing" }));
    const dev = Math.max(...orders.map((o) => Math.abs(o - 1)));
    return {
      holds: dev <= 0.15,
      measuredError: dev,
      details: `${notes.join("; ")}. Fig. 2(b) parameters (N = 500, segment 1500): grains change ${one.grains.toFixed(4)} per segment, of which the dot share ${(-one.dotShare).toFixed(4)} and δ = ${one.drift.toFixed(4)}. N = 100, 10 segments of 300: mean change per segment ${lossDiscard.toFixed(4)} (empty-dot restart) vs ${lossReturn.toFixed(4)} (charge returned)`,
      order: { measured: orders[1], expected: 1 },
      evidence: { plots: [{ title: "particle drift per segment with the dot charge returned", xLabel: "Γ/D", yLabel: "|δ|", logX: true, logY: true, series }] },
    };
  },
};

/** The claims on relaxation and restarts. */
export const dynamicsClaims: readonly Claim[] = [slowDown, logRateConstant, exponentialApproach, bookkeeping];
