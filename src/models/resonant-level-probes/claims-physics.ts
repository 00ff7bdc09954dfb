import type { JudgedClaim } from "../../core/claim.js";
import { all, bound, close, factor } from "../../core/criterion.js";
import { measure, type Pair } from "../../core/measurement.js";
import { initialQleSystem, qlePopulations, recurrenceTime } from "./analytic.js";
import { exactModel, exactPopulations } from "./exact.js";
import { fermiOccupations } from "./initial-state.js";
import { changeCentroid, distributionDistance } from "./observables.js";
import { levelSpacing, modelGrids, resolveResonantLevelParams, type ResonantLevelParams } from "./params.js";
import { qleWithRestarts, type RestartResult } from "./restarts.js";
import { fig3Params, kit, list } from "./claims-support.js";

/**
 * The paper's physical statements as measurable claims (000_801d121c3abe0574.txt, abstract,
 * Results, Figs. 2–4): no equilibration without a probe; the dephasing probe's two-step state
 * fixed by the initial distribution; the voltage probe's common Fermi step, independent of ε_d
 * (Fig. 5: claims-coherences.ts). Every threshold comes from the physics (the restarts' particle
 * loss, the bias window) or is a stated qualitative scale: at the figures' Γ_G = 0.4 (Γ/D = 0.45)
 * the O(Γ/D) Markov error admits no bound, so rates are compared with the quasi-steady ones within
 * a factor 2 and conservation at a tenth of the transported occupation.
 */

const noEquilibration = kit.claim({
  name: "no-equilibration-without-probe",
  where: "abstract; text before eq. (3)",
  statement:
    "Without probe the grains never equilibrate: over the whole time range of Fig. 3 (t ≤ 4500, fourteen recurrence times) the exact L–R distance d(t) = ΔE Σ|p_L − p_R| never comes as close to equilibrium as the dephasing-probe run of Fig. 3 is at t = 4500",
  kind: "agreement",
  domain: "Fig. 3 sizes N = 100 (τ⁰_rec = 314), other parameters of Fig. 2; coherent run sampled every τ⁰_rec/20 on [0, 4500]; probe run: N_G = 1500, t = 4500",
  criterion: bound({
    atMost: 1,
    reason: "the statement itself: d_probe(4500)/min_t d_coherent(t) below 1 — no free threshold: the reference is the probe run's own d(4500)/d(0) (N_G = 1500, Fig. 3), the degree of equilibration the paper shows",
  }),
  measure: () => {
    const p = resolveResonantLevelParams({ N: 100 });
    const m = exactModel(p);
    const tau = recurrenceTime(p);
    const dE = levelSpacing(p.D, p.N);
    const d = (model: typeof m, t: number) => distributionDistance(exactPopulations(model, "L", t), exactPopulations(model, "R", t), dE);
    const d0 = d(m, 0);
    const xs: number[] = [];
    const ys: number[] = [];
    for (let t = 0; t <= 4500; t += tau / 20) {
      xs.push(t);
      ys.push(d(m, t) / d0);
    }
    const minimum = Math.min(...ys);
    const withProbe = d(exactModel(fig3Params()), 4500) / d0;
    return {
      measurement: measure.value(`d_probe(4500)/min_t d_coherent(t) = ${withProbe.toFixed(4)}/${minimum.toFixed(4)} (minimum at t = ${xs[ys.indexOf(minimum)].toFixed(0)})`, withProbe / minimum),
      note: `coherent: max d(t)/d(0) after τ⁰_rec ${Math.max(...ys.filter((_, i) => xs[i] > tau)).toFixed(4)}`,
      plots: [{ title: "coherent L–R distance", xLabel: "t", yLabel: "d(t)/d(0)", series: [{ name: "exact, no probe", x: xs, y: ys }] }],
    };
  },
});

/** Window |ε − (μ_L+μ_R)/2| ≤ 0.75·(μ_L − μ_R)/2 inside the bias window (away from the thermal edges). */
function windowMask(p: ResonantLevelParams, energies: Float64Array): boolean[] {
  const mid = (p.muL + p.muR) / 2;
  const half = Math.abs(p.muL - p.muR) / 2;
  return Array.from(energies, (e) => Math.abs(e - mid) <= 0.75 * half);
}

/**
 * Quasi-steady (Markov) relaxation rate of an L–R mode at energy ε under a probe, from the QSS
 * current density of the text after (9) per level: dp_L/dt = ΔE·(2Γ_L/π)[Γ_R(p_R − p_L) + Γ_G(f_G − p_L)]/((ε−ε_d)² + Γ²)
 * with Γ_L = Γ_R = γ: a·(2γ + Γ_G) for p_L − p_R and a·Γ_G for p_L + p_R − 2f_G (a = 2ΔEγ/(π[(ε−ε_d)² + Γ²])).
 */
function qssRate(p: ResonantLevelParams, epsilon: number, coupling: number): number {
  const G = p.GammaL + p.GammaR + p.GammaG;
  const a = (2 * levelSpacing(p.D, p.N) * p.GammaL) / (Math.PI * ((epsilon - p.epsilonD) ** 2 + G * G));
  return a * coupling;
}

/**
 * The measured per-segment decay rate λ = −ln(factor)/L of a deviation decaying geometrically over
 * the segments (factor = (last/first)^{1/(n−1)}), paired with the nearest QSS rate in [k_min, k_max]
 * — k_max = k(ε_d) with the `fast` coupling, k_min the rate at the window edge ±edge with the `slow`
 * one — so that the factor criterion reads "within a factor 2 of the QSS rates over the window".
 */
function segmentRate(label: string, deviations: readonly number[], segment: number, p: ResonantLevelParams, fast: number, slow: number, edge: number): Pair & { readonly perSegmentFactor: number } {
  const perSegmentFactor = Math.pow(deviations[deviations.length - 1] / deviations[0], 1 / (deviations.length - 1));
  const rate = -Math.log(perSegmentFactor) / segment;
  const kMax = qssRate(p, p.epsilonD, fast);
  const kMin = Math.min(qssRate(p, edge, slow), qssRate(p, -edge, slow));
  return { label: `${label}: per-segment rate (factor ${perSegmentFactor.toFixed(3)}) vs the nearest QSS rate in [${kMin.toExponential(3)}, ${kMax.toExponential(3)}]`, actual: rate, expected: Math.min(kMax, Math.max(kMin, rate)), perSegmentFactor };
}

const RATE_WITHIN = factor({
  factor: 2,
  reason:
    "order of magnitude, at Γ/D = 0.45 where no O(Γ/D) bound holds: the per-segment rate within a factor 2 of the QSS (Markov) rates of eq. (7) over the window (equivalently: the per-segment factor in [e^{−2k_max L}, e^{−k_min L/2}])",
});

/**
 * Share of the transported occupation below which a change of p_L + p_R counts as "conserved" (and above which
 * as "redistributed") in the large-Γ_G figures: one order of magnitude below what is transported. Qualitative.
 */
const CONSERVATION_SHARE = 0.1;

/** Restarted QLE at Fig. 2(b, c) parameters: ten segments of 1500 up to t = 15000. */
const SEGMENT = 1500;
const restartedFig2 = (p: ResonantLevelParams): RestartResult => qleWithRestarts(p, { segmentLength: SEGMENT, times: Array.from({ length: 10 }, (_, k) => SEGMENT * (k + 1)) });

const dephasingTwoStep = kit.claim({
  name: "dephasing-two-step",
  where: "Results, Fig. 2(b)",
  statement:
    "With a dephasing probe and restarts, max|p_L − p_R| in the bias window decays geometrically with the per-segment factor of the quasi-steady Büttiker rate k(ε) = 2ΔEγ(2γ + Γ_G)/(π[(ε−ε_d)² + Γ²]) (to order of magnitude: the per-segment rate within a factor 2 of the QSS rates over the window) while p_L + p_R stays equal to f_L + f_R at each energy to within a tenth of the transported occupation: the limit is the two-step state with p = (f_L + f_R)/2 ≈ 0.5 in μ_R < ε < μ_L, fixed by the initial distribution (β = 200 and β = 20)",
  kind: "agreement",
  domain: "Fig. 2(b) parameters (N = N_G = 500, Γ_L = Γ_R = 0.025, Γ_G = 0.4), segments of 1500, t = 1500…15000, window |ε| ≤ 0.15; second run with β = 20",
  criterion: all({
    conserved: bound({
      atMost: CONSERVATION_SHARE,
      reason:
        "qualitative, at Γ/D = 0.45: |Δ(p_L + p_R)| ≤ 0.1·|Δ(p_L − p_R)|, an order of magnitude below what is transported, so the limit is fixed by the initial distribution (the QLE's own non-conservation δ, claim restart-particle-bookkeeping, is what remains)",
    }),
    rate: RATE_WITHIN,
  }),
  measure: () => {
    const rates: (Pair & { perSegmentFactor: number })[] = [];
    let worstShare = 0;
    const notes: string[] = [];
    for (const beta of [200, 20]) {
      const p = resolveResonantLevelParams({ probe: "dephasing", beta });
      const r = restartedFig2(p);
      const g = modelGrids(p);
      const mask = windowMask(p, g.L.energies);
      const fL = fermiOccupations(g.L.energies, p.beta, p.muL);
      const fR = fermiOccupations(g.R.energies, p.beta, p.muR);
      let sumDrift = 0;
      let transported = 0;
      const gaps = r.L.map((pl, k) => {
        let gap = 0;
        for (let i = 0; i < pl.length; i++) {
          if (!mask[i]) continue;
          gap = Math.max(gap, Math.abs(pl[i] - r.R[k][i]));
          sumDrift = Math.max(sumDrift, Math.abs(pl[i] + r.R[k][i] - fL[i] - fR[i]));
          transported = Math.max(transported, Math.abs(fL[i] - fR[i]) - Math.abs(pl[i] - r.R[k][i]));
        }
        return gap;
      });
      const coupling = 2 * p.GammaL + p.GammaG;
      rates.push(segmentRate(`β = ${beta}`, gaps, SEGMENT, p, coupling, coupling, 0.15));
      worstShare = Math.max(worstShare, sumDrift / transported);
      notes.push(`β = ${beta}: max|p_L − p_R| in window ${list(gaps)}; max|p_L + p_R − f_L − f_R| = ${sumDrift.toExponential(3)} of the transported ${transported.toFixed(3)}`);
    }
    return {
      measurement: measure.parts({ conserved: measure.value("max over β of max|p_L + p_R − f_L − f_R|/transported", worstShare), rate: measure.pairs(rates) }),
      note: notes.join("; "),
      values: { perSegmentFactor: rates[0].perSegmentFactor },
    };
  },
});

const voltageFermiStep = kit.claim({
  name: "voltage-common-fermi-step",
  where: "Results, Fig. 2(c)",
  statement:
    "With a voltage probe and restarts both grains approach the same Fermi step at μ_G ≈ (μ_L + μ_R)/2: the deviation max|p_ν(ε) − Θ(μ_G − ε)| in the bias window decays geometrically for L and R with the per-segment factor of the quasi-steady rates (between a·Γ_G for p_L + p_R and a·(2γ + Γ_G) for p_L − p_R, a = 2ΔEγ/(π[(ε−ε_d)² + Γ²]), to order of magnitude: within a factor 2); μ_G drifts from the particle–hole symmetric value 0 only by the restarts' particle loss over the grains' density of states; and p_L + p_R is not conserved at fixed energy (energy is redistributed): it changes by more than a tenth of the transported occupation, the scale below which the dephasing claim counts it as conserved",
  kind: "agreement",
  domain: "Fig. 2(c) parameters (N = N_G = 500, Γ_L = Γ_R = 0.025, Γ_G = 0.4), segments of 1500, t = 1500…15000, window |ε| ≤ 0.15 without |ε − μ_G| ≤ 0.02",
  criterion: all({
    mu: bound({ atMost: 1, reason: "|μ_G − (μ_L + μ_R)/2| ≤ (particles lost by the restarts)·ΔE/2: two grains of level density 1/ΔE absorb the loss below μ_G; the drift is measured in units of that bound" }),
    rate: RATE_WITHIN,
    redistributed: bound({ atLeast: CONSERVATION_SHARE, reason: "above 0.1·(transported), the share below which dephasing-two-step counts p_L + p_R as conserved" }),
  }),
  measure: () => {
    const p = resolveResonantLevelParams({ probe: "voltage" });
    const r = restartedFig2(p);
    const g = modelGrids(p);
    const mask = windowMask(p, g.L.energies);
    const muG = r.muG[r.muG.length - 1] ?? NaN;
    const deviation = (occ: Float64Array, e: Float64Array) => {
      let w = 0;
      for (let i = 0; i < occ.length; i++) if (mask[i] && Math.abs(e[i] - muG) > 0.02) w = Math.max(w, Math.abs(occ[i] - (e[i] < muG ? 1 : 0)));
      return w;
    };
    const devL = r.L.map((x) => deviation(x, g.L.energies));
    const devR = r.R.map((x) => deviation(x, g.R.energies));
    const fL = fermiOccupations(g.L.energies, p.beta, p.muL);
    const fR = fermiOccupations(g.R.energies, p.beta, p.muR);
    const last = r.L.length - 1;
    let redistributed = 0;
    for (let i = 0; i < fL.length; i++) if (mask[i]) redistributed = Math.max(redistributed, Math.abs(r.L[last][i] + r.R[last][i] - fL[i] - fR[i]));
    const transported = 1 - Math.max(devL[last], devR[last]);
    const lost = r.particlesAtRestarts[0] - r.particlesAtRestarts[r.particlesAtRestarts.length - 1];
    const muBound = (lost * levelSpacing(p.D, p.N)) / 2;
    const muError = Math.abs(muG - (p.muL + p.muR) / 2);
    const fast = 2 * p.GammaL + p.GammaG;
    return {
      measurement: measure.parts({
        mu: measure.value(`|μ_G − (μ_L + μ_R)/2| = ${muError.toExponential(3)} over the bound ${muBound.toExponential(2)} from the loss of ${lost.toFixed(3)} particles`, muError / muBound),
        rate: measure.pairs([segmentRate("L", devL, SEGMENT, p, fast, p.GammaG, 0.15), segmentRate("R", devR, SEGMENT, p, fast, p.GammaG, 0.15)]),
        redistributed: measure.value(`max|p_L + p_R − f_L − f_R| = ${redistributed.toFixed(3)} over the transported ${transported.toFixed(3)}`, redistributed / transported),
      }),
      note: `μ_G per segment ${r.muG.map((x) => (x ?? NaN).toFixed(5)).join(", ")}; deviation from the step L: ${list(devL)}, R: ${list(devR)}`,
    };
  },
});

const voltageIndependentOfLevel = kit.claim({
  name: "voltage-probe-independent-of-level",
  where: "Fig. 4 and Results",
  statement:
    "At t = 1500, moving ε_d from 0 to 0.1 moves the energy centroid of the R population change with ε_d without probe (shift closer to Δε_d = 0.1 than to 0: a resonance at ε_d) but not with a voltage probe (shift closer to 0 than to Δε_d: the change builds up at the equilibrium Fermi energy, independently of the link)",
  kind: "agreement",
  domain: "Fig. 4 parameters (N = N_G = 500, Γ_G = 0.4, voltage probe), QLE at t = 1500",
  criterion: all({
    voltage: bound({ atMost: 0.05, reason: "the midpoint Δε_d/2 = 0.05 between the two hypotheses 'follows ε_d' (shift Δε_d) and 'independent of ε_d' (shift 0)" }),
    coherent: close({ atol: 0.05, reason: "without probe the shift must be closer to Δε_d = 0.1 than to 0: within the same midpoint 0.05 of Δε_d" }),
  }),
  measure: () => {
    const centroid = (probe: "none" | "voltage", epsilonD: number) => {
      const p = resolveResonantLevelParams({ probe, epsilonD });
      const s = initialQleSystem(p);
      return changeCentroid(modelGrids(p).R.energies, qlePopulations(s, "R", 1500), s.reservoirs[1].occupations);
    };
    const coherent = [centroid("none", 0), centroid("none", 0.1)];
    const voltage = [centroid("voltage", 0), centroid("voltage", 0.1)];
    return {
      measurement: measure.parts({
        voltage: measure.value(`|shift| of the centroid of |Δp_R| with the voltage probe (${voltage.map((x) => x.toFixed(4)).join(" → ")})`, Math.abs(voltage[1] - voltage[0])),
        coherent: measure.pair(`shift of the centroid without probe (${coherent.map((x) => x.toFixed(4)).join(" → ")}) vs Δε_d`, coherent[1] - coherent[0], 0.1),
      }),
    };
  },
});

/** The physical claims of the model. */
export const physicsClaims: readonly JudgedClaim[] = [noEquilibration, dephasingTwoStep, voltageFermiStep, voltageIndependentOfLevel];
