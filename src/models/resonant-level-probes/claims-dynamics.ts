import type { EvidencePlot, JudgedClaim } from "../../core/claim.js";
import { bound, factor, order } from "../../core/criterion.js";
import { measure } from "../../core/measurement.js";
import { leastSquaresLine } from "../../numerics/least-squares.js";
import { initialQleSystem, qleDotChargeFrom, qlePopulations, recurrenceTime, totalOccupation } from "./analytic.js";
import { exactModel, exactOccupations } from "./exact.js";
import { resolveResonantLevelParams, type ResonantLevelParams } from "./params.js";
import { distanceToTwoStep, qssDistance } from "./relaxation.js";
import { qleWithRestarts } from "./restarts.js";
import { ORDER_IN_GAMMA_OVER_D_REASON, fig3Params, kit, listExp, orderInGammaOverD } from "./claims-support.js";

/**
 * Claims on the approach to equilibrium: the inset of Fig. 3 (a "slow-down in dynamics in
 * approaching the equilibrium state") measured on the exact evolution, the rate of that
 * approach against the quasi-steady (Büttiker) rate, and the particle bookkeeping of the
 * QLE restarts. Source: 000_801d121c3abe0574.txt, Fig. 3 and its caption, Results.
 */

/** Fig. 3 sample times 0, 250, …, 4500 (the paper's t = 0 : 500 : 4500, twice as dense). */
const INSET_TIMES = Array.from({ length: 19 }, (_, k) => 250 * k);

/** Least-squares slope of y(t) (or of ln y(t) when `log`) over the samples with t in [lo, hi]. */
function windowSlope(D: readonly number[], lo: number, hi: number, log: boolean): number {
  const inside = INSET_TIMES.map((t, i) => [t, i] as const).filter(([t]) => t >= lo && t <= hi);
  return leastSquaresLine(
    inside.map(([t]) => t),
    inside.map(([, i]) => (log ? Math.log(D[i]) : D[i])),
  ).slope;
}

/** Logarithmic decay rate λ = −d ln D/dt fitted on [lo, hi]. */
const decayRate = (D: readonly number[], lo: number, hi: number): number => -windowSlope(D, lo, hi, true);

/** Mean speed |dD/dt| on [lo, hi] from the linear least-squares slope of D(t). */
const meanSpeed = (D: readonly number[], lo: number, hi: number): number => Math.abs(windowSlope(D, lo, hi, false));

interface InsetData {
  readonly p: ResonantLevelParams;
  readonly exact: number[];
  readonly qss: number[];
}

let insetCache: InsetData | null = null;

/** Exact D(t) at Fig. 3 parameters (N = 100, N_G = 1500, dephasing probe) and its QSS prediction; computed once. */
export function fig3InsetData(): InsetData {
  if (insetCache !== null) return insetCache;
  const p = fig3Params();
  const m = exactModel(p);
  const exact = INSET_TIMES.map((t) => {
    const o = exactOccupations(m, t);
    return distanceToTwoStep(p, o.subarray(m.layout.L.start, m.layout.L.start + p.N), o.subarray(m.layout.R.start, m.layout.R.start + p.N));
  });
  insetCache = { p, exact, qss: INSET_TIMES.map((t) => qssDistance(p, t)) };
  return insetCache;
}

const insetPlot = (d: InsetData): EvidencePlot => ({
  title: "Fig. 3 inset: distance to the two-step state",
  xLabel: "t",
  yLabel: "D(t) = ΔE Σ|p − p_∞|",
  logY: true,
  series: [
    { name: "exact (N_G = 1500)", x: INSET_TIMES, y: d.exact },
    { name: "QSS rates k(ε)", x: INSET_TIMES, y: d.qss },
  ],
});

const FIG3_DOMAIN =
  "Fig. 3 parameters: N_L = N_R = 100, N_G = 1500 (its recurrence 2π/ΔE_G = 4712 lies beyond t = 4500), Γ_G = 0.4, Γ_L = Γ_R = 0.025, β = 200, ε_d = 0, μ_L = −μ_R = 0.2; exact evolution sampled every 250";

const slowDown = kit.claim({
  name: "fig3-inset-slow-down",
  where: 'Fig. 3 caption (inset: "The inset demonstrates a slow-down in dynamics in approaching the equilibrium state.")',
  statement:
    "The approach to equilibrium with a dephasing probe slows down near the equilibrium state: the speed |dD/dt| of the distance D(t) = ΔE Σ_ν Σ_k |p_ν − p_∞| to the final two-step state is smaller over the last third of Fig. 3 (t ∈ [3000, 4500]) than over the first third (t ∈ [0, 1500]) — the natural reading of 'slow-down in dynamics' (the exact evolution)",
  kind: "agreement",
  domain: FIG3_DOMAIN,
  criterion: bound({ atMost: 1, reason: "the statement itself: 'slows down' ⇔ |dD/dt|_late / |dD/dt|_early < 1 (slopes of linear least-squares fits of D(t) on each window)" }),
  measure: () => {
    const d = fig3InsetData();
    const early = meanSpeed(d.exact, 0, 1500);
    const late = meanSpeed(d.exact, 3000, 4500);
    return {
      measurement: measure.value(`|dD/dt| on [3000, 4500] (${late.toExponential(3)}) over [0, 1500] (${early.toExponential(3)})`, late / early),
      note: `D(t)/D(0) = ${d.exact.filter((_, i) => i % 2 === 0).map((x) => (x / d.exact[0]).toFixed(4)).join(", ")} at t = 0:500:4500 (the logarithmic rate: claim fig3-inset-log-rate-constant)`,
      plots: [insetPlot(d)],
    };
  },
});

const logRateConstant = kit.claim({
  name: "fig3-inset-log-rate-constant",
  where: "Fig. 3 caption (inset); finding of this suite, not a statement of the paper",
  statement:
    "FINDING (not a statement of the paper): the slow-down of the inset is that of a single exponential — the logarithmic decay rate λ = −d ln D/dt of the exact distance to the two-step state does not fall: λ_late/λ_early (t ∈ [3000, 4500] vs [0, 1500]) is within 10 % of 1; the falling |dD/dt| of fig3-inset-slow-down is λD with a constant λ",
  kind: "agreement",
  domain: "Fig. 3 parameters as fig3-inset-slow-down; exact evolution sampled every 250; log-linear least-squares fits on each window",
  criterion: bound({
    atMost: 0.1,
    reason:
      "'constant' ⇔ |λ_late/λ_early − 1| ≤ 0.1: a rate that falls over the run — a slow-down of the relaxation itself — would show as a clearly smaller late rate; the quasi-steady (Markov) rates k(ε) spread over the bias window predict only a 0.6 % fall, so 10 % separates 'one rate' from a genuine change of rate while allowing the early transient of the fit",
  }),
  measure: () => {
    const d = fig3InsetData();
    const early = decayRate(d.exact, 0, 1500);
    const late = decayRate(d.exact, 3000, 4500);
    const qss = decayRate(d.qss, 3000, 4500) / decayRate(d.qss, 0, 1500);
    return {
      measurement: measure.value(`|λ_late/λ_early − 1| with λ = ${early.toExponential(3)} on [0, 1500], ${late.toExponential(3)} on [3000, 4500]`, Math.abs(late / early - 1)),
      note: `QSS rates k(ε): λ_late/λ_early = ${qss.toFixed(4)}; the same with N_G = 3000 to 4 digits (README), so not the probe's recurrence`,
      plots: [insetPlot(d)],
    };
  },
});

const exponentialApproach = (() => {
  const p = fig3Params();
  const G = p.GammaL + p.GammaR + p.GammaG;
  return kit.claim({
    name: "fig3-exponential-approach",
    where: 'Fig. 3 and Results ("a clear evolution towards an equilibrium state")',
    statement:
      "With a dephasing probe the exact distance D(t) to the two-step state decays exponentially at the quasi-steady Büttiker rate to order of magnitude: the fitted rate on t ∈ [500, 4500] is within a factor 2 of the one of the QSS prediction D_QSS(t) = ΔE Σ_k |f_L − f_R| e^{−k(ε_k)t}, k(ε) = 2ΔEγ(2γ + Γ_G)/(π[(ε−ε_d)² + Γ²])",
    kind: "agreement",
    domain: "Fig. 3 parameters (N_L = N_R = 100, N_G = 1500, Γ_L = Γ_R = γ = 0.025, Γ_G = 0.4, β = 200, ε_d = 0, μ_L = −μ_R = 0.2), t ≤ 4500 < 2π/ΔE_G",
    criterion: factor({
      factor: 2,
      reason: `order of magnitude: the exact rate within a factor 2 of the QSS rate. The QSS rates k(ε) are the Markov (wide-band) rates of eq. (7); at Γ/D = ${(G / p.D).toFixed(2)} the O(Γ/D) expansion is not small and gives no bound (c·Γ/D = 0.15–0.45 with c = 0.33 typical to 1 maximal, measured at Γ/D ≤ 0.15: orientation only)`,
    }),
    measure: () => {
      const d = fig3InsetData();
      return {
        measurement: measure.pair("fitted λ on [500, 4500], exact vs QSS", decayRate(d.exact, 500, 4500), decayRate(d.qss, 500, 4500)),
        note: `D(4500)/D(0): exact ${(d.exact[18] / d.exact[0]).toExponential(3)}, QSS ${(d.qss[18] / d.qss[0]).toExponential(3)}`,
        plots: [insetPlot(d)],
      };
    },
  });
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

const bookkeeping = kit.claim({
  name: "restart-particle-bookkeeping",
  where: 'Fig. 2 caption and Results (restarts "to eliminate leakage")',
  statement:
    "The paper's restart (dot restarts empty) loses per segment the grains' share of the dot charge plus the QLE's own non-conservation δ; returning to each grain level the dot charge that came from it (restarts.ts, dotCharge = 'return') leaves only δ, which vanishes linearly in Γ/D (coherent and dephasing probe)",
  kind: "limit",
  domain: "Γ_L = Γ_R = 0.025, Γ_G = 0.4, β = 200, ε_d = 0, μ_L = −μ_R = 0.2, N = 50·D (ΔE = 0.04 < Γ), one segment of 0.95τ⁰_rec, D = 4, 8, 16, 32; multi-segment run: N = N_G = 100, 10 segments of 300",
  criterion: order({ expected: 1, window: 0.15, reason: `fitted order within ±0.15 of 1: ${ORDER_IN_GAMMA_OVER_D_REASON} (Γ/D ≤ 0.11 with the probe)` }),
  measure: () => {
    const Ds = [4, 8, 16, 32];
    const series = (["none", "dephasing"] as const).map((probe) => ({
      label: probe,
      h: Ds.map((D) => (probe === "none" ? 0.05 : 0.45) / D),
      errors: Ds.map((D) => Math.abs(segmentBookkeeping(resolveResonantLevelParams({ probe, D, N: 50 * D, NG: 50 * D })).drift)),
    }));
    // the loss across restarts, both procedures, at a ci-sized Fig. 2(b)
    const p = resolveResonantLevelParams({ probe: "dephasing", N: 100, NG: 100 });
    const times = Array.from({ length: 10 }, (_, k) => 300 * (k + 1));
    const perSegment = (mode: "discard" | "return") => {
      const n = qleWithRestarts(p, { segmentLength: 300, times, dotCharge: mode }).particlesAtRestarts;
      return (n[n.length - 1] - n[0]) / (n.length - 1);
    };
    const one = segmentBookkeeping(resolveResonantLevelParams({ probe: "dephasing" }));
    const note =
      `${series.map((s) => `${s.label}: |δ| = ${listExp(s.errors)}`).join("; ")}. Fig. 2(b) parameters (N = 500, segment 1500): grains change ${one.grains.toFixed(4)} per segment, of which the dot share ${(-one.dotShare).toFixed(4)} and δ = ${one.drift.toFixed(4)}. ` +
      `N = 100, 10 segments of 300: mean change per segment ${perSegment("discard").toFixed(4)} (empty-dot restart) vs ${perSegment("return").toFixed(4)} (charge returned)`;
    return orderInGammaOverD(series, "|δ|", "particle drift per segment with the dot charge returned", note);
  },
});

/** The claims on relaxation and restarts. */
export const dynamicsClaims: readonly JudgedClaim[] = [slowDown, logRateConstant, exponentialApproach, bookkeeping];
