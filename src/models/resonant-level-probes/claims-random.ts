import type { Claim, Outcome, VerifyContext } from "../../core/claim.js";
import { tolerance } from "../../core/tolerance.js";
import { checkProperty, type PropertyCheck } from "../../evidence/property.js";
import { parameterArbitrary } from "../../evidence/arbitraries.js";
import type { ResonantLevelParams, ReservoirName } from "./params.js";
import { levelSpacing, resonantLevelParameterSchema } from "./params.js";
import { qlePopulations, recurrenceTime, type QleSystem } from "./analytic.js";
import { initialQleSystem } from "./probes.js";
import { exactModel, exactPopulations, type ExactModel } from "./exact.js";
import { levelShift, MARKOV_CONSTANT, recurrenceEnhancement } from "./markov-error.js";
import { maxAbsDifference } from "./observables.js";

/**
 * Agreements over random parameters (fast-check through checkProperty): the QLE (9)
 * against the exact evolution (10) for t < τ⁰_rec with a tolerance c·Γ/D, and the
 * independence of the exact dephasing-probe populations from N_G before the probe's own
 * recurrence (Fig. 3). Each sampling window and relation is stated in the claim's domain.
 * Source: 000_801d121c3abe0574.txt, eqs. (7), (9), (10), Fig. 3 and Results.
 */

const MODEL = "resonant-level-probes";
const DOC = "000_801d121c3abe0574.txt";


function totalGamma(p: ResonantLevelParams): number {
  return p.GammaL + p.GammaR + (p.probe === "none" ? 0 : p.GammaG);
}

/**
 * Floor of the normalisation: the largest single-level dressing scale v_ν²/Γ² (the occupation a
 * level exchanges with the dot by hybridisation alone, even at zero bias). Below it the change of
 * p is dot dressing rather than transport, and the QLE's error is measured against this scale.
 */
function dressingFloor(p: ResonantLevelParams): number {
  const G = totalGamma(p);
  const v2 = [p.GammaL, p.GammaR, ...(p.probe === "none" ? [] : [p.GammaG])].map((g, i) => (g * levelSpacing(p.D, i < 2 ? p.N : p.NG)) / Math.PI);
  return Math.max(...v2) / (G * G);
}

const describe = (p: ResonantLevelParams) =>
  `N=${p.N}, NG=${p.NG}, D=${p.D.toPrecision(4)}, εd=${p.epsilonD.toPrecision(4)}, ΓL=${p.GammaL.toPrecision(3)}, ΓR=${p.GammaR.toPrecision(3)}, ΓG=${p.GammaG.toPrecision(3)}, β=${p.beta.toPrecision(4)}, μL=${p.muL.toPrecision(3)}, μR=${p.muR.toPrecision(3)}, probe=${p.probe}, grid=${p.grid}, t=${p.t.toPrecision(5)}`;

/** max over L, R of |a − b| and of the exact change |p − f|. */
function discrepancy(p: ResonantLevelParams, system: QleSystem | null, model: ExactModel, other: ExactModel | null): { diff: number; change: number } {
  let diff = 0;
  let change = 0;
  for (const name of ["L", "R"] as ReservoirName[]) {
    const x = exactPopulations(model, name, p.t);
    const y = system ? qlePopulations(system, name, p.t) : exactPopulations(other!, name, p.t);
    const start = model.layout[name].start;
    diff = Math.max(diff, maxAbsDifference(x, y).value);
    change = Math.max(change, maxAbsDifference(x, model.initial.subarray(start, start + p.N)).value);
  }
  return { diff, change };
}

/** Relations of the QLE agreement domain (the QLE's validity conditions). */
const qleRelations: readonly { statement: string; check: (p: ResonantLevelParams) => boolean }[] = [
  { statement: "dense grains ΔE = 2D/N < Γ (several levels inside the resonance: the Markov step of (7))", check: (p) => levelSpacing(p.D, p.N) < totalGamma(p) },
  { statement: "weak coupling Γ/D ≤ 0.5 (the QLE error is an expansion in Γ/D)", check: (p) => totalGamma(p) / p.D <= 0.5 },
  { statement: "N_G ≥ N (the probe does not recur before the grains)", check: (p) => p.probe === "none" || p.NG >= p.N },
];

const qleArbitrary = parameterArbitrary(resonantLevelParameterSchema, {
  fixed: { reservoir: "L" },
  sampling: { N: { min: 40, max: 80, scale: "linear" }, NG: { min: 40, max: 160, scale: "linear" }, t: { min: 0, max: 0.95, scale: "linear" } },
})
  .filter((p) => qleRelations.every((r) => r.check(p)))
  // t is drawn as a fraction of τ⁰_rec
  .map((p) => ({ ...p, t: p.t * recurrenceTime(p) }));

/** The property of qle-vs-exact-random: arbitrary, measurement (error in units of (Γ/D)·x/sin x) and description. */
export const qleAgreementCheck: PropertyCheck<ResonantLevelParams> = {
  arbitrary: qleArbitrary,
  describe,
  measure: (p) => {
    const base = initialQleSystem(p);
    const system = { ...base, epsilonD: p.epsilonD + levelShift(p.epsilonD, base.Gamma, p.D) };
    const d = discrepancy(p, system, exactModel(p), null);
    const bound = (totalGamma(p) / p.D) * recurrenceEnhancement((levelSpacing(p.D, p.N) * p.t) / 2);
    const normalised = d.diff / (d.change + dressingFloor(p));
    return { error: normalised / bound, holds: normalised <= MARKOV_CONSTANT * bound, note: `max|Δp| = ${d.diff.toExponential(3)}, max change ${d.change.toFixed(4)}, (Γ/D)·x/sin x = ${bound.toFixed(3)}, t/τ⁰_rec = ${(p.t / recurrenceTime(p)).toFixed(3)}` };
  },
};

const qleRandom: Claim = {
  id: `${MODEL}/qle-vs-exact-random`,
  model: MODEL,
  source: { doc: DOC, where: "eq. (9) vs eq. (10), text after (10)" },
  statement:
    "Over random parameters, the QLE populations (9) (with probe terms when a probe is attached, ε_d read as ε_d + Λ(ε_d)) agree with the exact evolution for t < τ⁰_rec: max_{L,R}|p_QLE − p_exact| / (max|p_exact − f| + max_ν v_ν²/Γ²) ≤ c·(Γ/D)·x/sin x, c = 2, x = ΔE t/2 (the finite grain's enhancement of the band-edge tail, → ∞ at the recurrence)",
  kind: "agreement",
  tolerance: tolerance(0, MARKOV_CONSTANT, "c·Γ/D with c = 2: the first-order Markov error of (7) — 0.32–0.34·Γ/D measured at ε_d = 0 by qle-markov-order, plus up to (4/π)·Γ/D from the energy dependence of the level shift off the band centre (Λ′ = 2Γ/(πD)), rounded up for the O((Γ/D)²) remainder; times x/sin x, x = ΔE t/2, because the finite grain's kernel Σ_k v² e^{iε_k s} is the continuum one times x/sin x at lag s (its band-edge tail, which the Markov step drops, grows toward the recurrence); normalised by the largest exact change plus the single-level dressing scale v²/Γ² (below it the change is hybridisation, not transport)"),
  domain: `N ∈ [40, 80], N_G ∈ [40, 160], D ∈ [0.5, 2], |ε_d| ≤ 0.3, Γ_L, Γ_R ∈ [0.01, 0.1], Γ_G ∈ [0.05, 0.5], β ∈ [5, 200], |μ_ν| ≤ 0.4, any probe and grid, t = u·τ⁰_rec with u ∈ [0, 0.95]; relations: ${qleRelations.map((r) => r.statement).join("; ")}`,
  verify: (context: VerifyContext): Outcome => checkProperty(qleAgreementCheck, context),
};

/** Fraction of the probe's recurrence time 2π/ΔE_G up to which N_G independence is asserted. */
const PROBE_WINDOW = 0.8;

const probeRelations: readonly { statement: string; check: (p: ResonantLevelParams) => boolean }[] = [
  { statement: "dense probe ΔE_G = 2D/N_G < Γ_G (the probe is a continuum for the dot until its recurrence)", check: (p) => levelSpacing(p.D, p.NG) < p.GammaG },
  { statement: "the probe grid resolves the thermal width, ΔE_G < 1/β (otherwise the N_G and 2N_G grids sample the Fermi step of f_G differently: an O(ΔE_G β) difference at all times)", check: (p) => levelSpacing(p.D, p.NG) * p.beta < 1 },
];

const probeArbitrary = parameterArbitrary(resonantLevelParameterSchema, {
  fixed: { reservoir: "L", probe: "dephasing" },
  sampling: { N: { min: 20, max: 60, scale: "linear" }, NG: { min: 30, max: 200, scale: "linear" }, t: { min: 0, max: PROBE_WINDOW, scale: "linear" } },
})
  .filter((p) => probeRelations.every((r) => r.check(p)))
  // t is drawn as a fraction of the smaller probe's recurrence 2π/ΔE_G
  .map((p) => ({ ...p, t: (p.t * 2 * Math.PI) / levelSpacing(p.D, p.NG) }));

/** The property of probe-size-independence-random (error in units of the allowed bound / c). */
export const probeSizeCheck: PropertyCheck<ResonantLevelParams> = {
  arbitrary: probeArbitrary,
  describe,
  measure: (p) => {
    const d = discrepancy(p, null, exactModel(p), exactModel({ ...p, NG: 2 * p.NG }));
    const x = (levelSpacing(p.D, p.NG) * p.t) / 2;
    const enhancement = x < 1e-4 ? (x * x) / 6 : recurrenceEnhancement(x) - 1;
    const bound = (p.GammaG / p.D) * enhancement;
    const normalised = d.diff / (d.change + dressingFloor(p));
    return {
      error: bound > 0 ? normalised / bound : normalised === 0 ? 0 : Infinity,
      holds: normalised <= MARKOV_CONSTANT * bound,
      note: `max|p(N_G) − p(2N_G)| = ${d.diff.toExponential(3)}, max change ${d.change.toFixed(4)}, t/(2π/ΔE_G) = ${(x / Math.PI).toFixed(3)}, allowed ${(MARKOV_CONSTANT * bound).toExponential(3)}`,
    };
  },
};

const probeRandom: Claim = {
  id: `${MODEL}/probe-size-independence-random`,
  model: MODEL,
  source: { doc: DOC, where: "Fig. 3 and Results (\"Results at earlier times do not depend on the size of G\")" },
  statement:
    "Over random parameters, the exact populations of L and R with a dephasing probe of N_G and of 2N_G levels agree before the smaller probe's recurrence 2π/ΔE_G: max|p(N_G) − p(2N_G)| / (max|p − f| + max_ν v_ν²/Γ²) ≤ 2(Γ_G/D)(x/sin x − 1), x = ΔE_G t/2",
  kind: "agreement",
  tolerance: tolerance(0, MARKOV_CONSTANT, "for a uniform grid Σ_g v_g² e^{iε_g s} = (Γ_GΔE_G/π) sin(Ds)/sin(ΔE_G s/2): before the recurrence it equals the continuum kernel 2Γ_G sin(Ds)/(πs) times x/sin x, x = ΔE_G s/2, so N_G enters only through the band-edge tail of the kernel — the O(Γ_G/D) part neglected by the Markov step, with the same constant c = 2 (qle-vs-exact-random) — enhanced by x/sin x − 1 at the latest lag s = t"),
  domain: `dephasing probe, N ∈ [20, 60], N_G ∈ [30, 200] (and 2N_G), D ∈ [0.5, 2], |ε_d| ≤ 0.3, Γ_L, Γ_R ∈ [0.01, 0.1], Γ_G ∈ [0.05, 0.5], β ∈ [5, 200], |μ_ν| ≤ 0.4, any grid, t = u·2π/ΔE_G with u ∈ [0, ${PROBE_WINDOW}]; relation: ${probeRelations.map((r) => r.statement).join("; ")}. Not asserted for the voltage probe: a finite voltage probe only has zero net current, its occupations drift at a rate ∝ ΔE_G, i.e. ∝ 1/N_G (the paper: 'a dissipative mechanism should be introduced into the G bath')`,
  verify: (context: VerifyContext): Outcome => checkProperty(probeSizeCheck, context),
};

/** The random-parameter agreement claims. */
export const randomAgreementClaims: readonly Claim[] = [qleRandom, probeRandom];
