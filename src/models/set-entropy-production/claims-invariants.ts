import type { JudgedClaim } from "../../core/claim.js";
import { all, bound, order, sign } from "../../core/criterion.js";
import { measure, type Observation } from "../../core/measurement.js";
import * as analytic from "./analytic.js";
import { evaluateSample, kit, timeSampleClaim, type TimeSample } from "./claim-support.js";
import { entropyObservables } from "./entropy-observables.js";
import { denseSnapshot, setDensePropagator } from "./exact-dense.js";
import { resolveSetEntropyParams } from "./params.js";
import { initialReference } from "./population-observables.js";
import { setSystem } from "./system.js";

/**
 * Invariants over random parameters (second law and positivity of every term, σ ≥ Σ,
 * 0 ≤ C ≤ 1) and the heat-flow formula (22) as printed and corrected.
 * Source: 001_06d9cbfd9396c60e.txt, eqs. (7)–(14), (18), (22).
 */

/** The spectrum of C(t) in [0, 1] and every term ≥ 0 (nats), each with its round-off floor. */
const POSITIVITY = all({
  spectrum: sign({ sign: "non-negative", slack: 1e-12, reason: "dense Hermitian eigenvalues of C(t) with backward error ≲ n·ε·‖C‖ ≈ 1e-14 (n ≤ 49, ‖C‖ ≤ 1)" }),
  terms: sign({ sign: "non-negative", slack: 1e-10, reason: "a non-negative entropy term computed as a difference of sums of ≤ 49 binary entropies carries ≲ 1e-12 nats of round-off; below −1e-10 is a violation" }),
});

/** The distance of the spectrum of C(t) from [0, 1], and the smallest of Σ, I_{S−B}, I_{L−R}, I_oL, I_oR, D*_env, D^eq_env, σ − Σ. */
function positivity(s: TimeSample) {
  const e = evaluateSample(s);
  const o = e.observables;
  const terms: Record<string, number> = {
    Sigma: o.entropyProduction,
    ISB: o.mutualSB,
    ILR: o.mutualLR,
    IoL: o.intraL,
    IoR: o.intraR,
    Dstar: o.localAthermality,
    Deq: o.finiteBathEffect,
    sigmaMinusSigma: o.sigma - o.entropyProduction,
  };
  const [worstName, worst] = Object.entries(terms).reduce((w, t) => (t[1] < w[1] ? t : w), ["", Infinity]);
  const dense = denseSnapshot(e.system, setDensePropagator(e.system), e.time);
  return measure.parts({
    spectrum: measure.signed(`min(λ_min, 1 − λ_max) of C(t), spectrum in [${dense.minEigenvalue}, ${dense.maxEigenvalue}]`, Math.min(dense.minEigenvalue, 1 - dense.maxEigenvalue), 1),
    terms: measure.signed(`smallest term ${worstName} (nats)`, worst, 1),
  });
}

/** Steps Γdt of the forward difference of eq. (22), at Γ = 3 (dt = 1e-2 … 1e-4). */
const STEPS = [1e-2, 3e-3, 1e-3, 3e-4, 1e-4];

/**
 * Forward-difference heat of eq. (22) over steps dt, divided by dt, against the exact current
 * J_ν = −Σ_k ṅ_νk(ε_νk − μ*_ν,t), ṅ_j = −2t_j Im C_0j (from Ċ = i[𝓗, C]): the relative error at
 * the smallest step and its order along dt → 0.
 */
function heatFlow(form: "printed" | "corrected"): Observation {
  const p = resolveSetEntropyParams({ KL: 20, KR: 20 });
  const system = setSystem(p);
  const time = 1 / 3;
  const now = entropyObservables(system, initialReference(system), time, "ts");
  const exact = now.heatCurrentL;
  const before = now.occupations.subarray(1, 1 + p.KL);
  const errors = STEPS.map((dt) => {
    const after = system.propagator.occupations(time + dt, system.initialOccupations).subarray(1, 1 + p.KL);
    const q = form === "printed" ? analytic.heatStepPrinted(before, after, system.levelsL, now.L.mu) : analytic.heatStepCorrected(before, after, system.levelsL, now.L.mu);
    return Math.abs(q / dt - exact) / Math.abs(exact);
  });
  const label = "|dQ_L/dt − J_L|/|J_L|";
  return {
    measurement: measure.parts({
      final: measure.value(`${label} at dt = ${STEPS[STEPS.length - 1]}`, errors[errors.length - 1]),
      order: measure.sequence(STEPS, errors, { h: "dt", error: label }),
    }),
    note: `${form} (22) against the exact J_L = ${exact.toExponential(4)}`,
    plots: [{ title: `eq. (22) ${form}: forward difference vs exact current`, xLabel: "Γ dt", yLabel: "relative error", logX: true, logY: true, series: [{ name: form, x: STEPS.map((d) => 3 * d), y: errors }] }],
  };
}

export const invariantClaims: readonly JudgedClaim[] = [
  timeSampleClaim({
    name: "second-law-and-positivity",
    where: "eqs. (7)–(14), (18)",
    statement: "For thermal initial states Σ ≥ 0 and every term I_{S−B}, I_{L−R}, I_oL, I_oR, D*_env, D^eq_env ≥ 0, σ ≥ Σ, and the spectrum of C(t) and its blocks lies in [0, 1]",
    kind: "invariant",
    domain: "K_L, K_R ∈ [8, 24], W ∈ [2, 20], Γ_ν ∈ [0.3, 30], β_ν ∈ [0.2, 10], μ_ν, ε_d ∈ [−2, 2], n_d ∈ [0, 1], Γt ∈ [1e-2, 1e6], thermal",
    initials: ["thermal"],
    samples: POSITIVITY,
    measure: positivity,
  }),
  ...kit.erratum(
    {
      printedName: "eq22-heat-flow-printed",
      correctedName: "eq22-heat-flow-corrected",
      where: "eq. (22)",
      kind: "limit",
      domain: "case (a) with K = 20 per bath, Γ = 3, t = 1/Γ, bath L, μ_ν = μ*_ν,t; Γdt ∈ [3e-4, 3e-2]",
      criterion: all({
        final: bound({ atMost: 1e-2, reason: "relative error at the smallest step Γdt = 3e-4: a forward difference of first order has error O(dt) ~ 1e-4 … 1e-3 there" }),
        order: order({ expected: 1, window: 0.1, reason: "fitted order of the forward difference over Γdt ∈ [3e-4, 3e-2]: the next order O(dt²) shifts the slope by ≲ 0.03; round-off ≲ 1e-13/dt ≪ errors ≥ 1e-5" }),
      }),
      printed: "dQ_ν(t) = Σ_k [C_νk,νk(t) − C_νk,νk(t + dt)(ε_νk − μ_ν)]",
      corrected: "dQ_ν(t) = Σ_k [C_νk,νk(t) − C_νk,νk(t + dt)](ε_νk − μ_ν) = −[dE_ν − μ_ν dN_ν] (eq. (4))",
      printedStatement: "Eq. (22) as printed, divided by dt, tends to the heat current −d(E_ν − μ_ν N_ν)/dt as dt → 0 (order 1)",
      correctedStatement:
        "Eq. (22) corrected, Σ_k [C(t) − C(t + dt)](ε_νk − μ_ν), divided by dt, converges at order 1 to the exact current J_ν = −Σ_k ṅ_νk(ε_νk − μ_ν) with ṅ_j = −2t_j Im C_0j",
      why: "the bracket closes after the energy factor: the printed dQ_ν does not vanish as dt → 0 (it tends to Σ_k n_k(1 − ε_k + μ_ν)), so dQ_ν/dt diverges like 1/dt; moving the bracket gives −[dE_ν − μ_ν dN_ν], the heat of eq. (4), verified against the exact current from the dot row of C(t)",
    },
    { measure: heatFlow },
  ),
];
