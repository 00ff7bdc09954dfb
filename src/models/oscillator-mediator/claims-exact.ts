import type { LegacyClaim as Claim } from "../../core/claim.js";
import { tolerance } from "../../core/tolerance.js";
import { heatCurrent } from "./analytic.js";
import { mediatorTemperatures } from "./analytic-virial.js";
import { claim, limitOutcome } from "./claim-support.js";
import { BAND_EDGE, BAND_EDGES, EXACT_REFERENCE, SPACINGS, cachedPlateau, continuumPlateau, finiteBathRun } from "./finite-bath-continuum.js";
import { resolveOscillatorMediatorParams as resolve } from "./params.js";

/**
 * The exact finite-bath dynamics against the closed forms: convergence of the plateau with
 * the mode spacing Δ and the band edge ω_max = NΔ, the continuum-extrapolated current
 * against (42), the two coupling scenarios of Sec. III, T_x and T_p against (64)–(65), and
 * the sign convention of (25)–(27). Runs and the continuum extrapolation with its error
 * budget: finite-bath-continuum.ts (reference point EXACT_REFERENCE).
 */

/** Safety factor between the measured remainder budget of an extrapolation and the tolerance. */
const SAFETY = 3;

const spacingTol = tolerance(0, 0.25, "allowed deviation of the fitted order: the sum over k ≥ 1 misses half of the ω = 0 term of every mode sum (Euler–Maclaurin), an O(Δ) shift of the effective ω0² by −γ̂Δ/π");
const spacingConvergence = claim({
  name: "finite-bath-spacing-convergence",
  where: "eq. (14), Sec. III",
  statement: "The plateau current of the exact finite-bath dynamics converges as the mode spacing Δ → 0 (fixed band edge NΔ = 10D) with first order: successive differences J(Δ) − J(Δ/2) ∝ Δ",
  kind: "limit",
  tolerance: spacingTol,
  domain: `ω0 = 1, γ1 = γ2 = 0.5, D = 2, T1 = 2, T2 = 0.5; Δ = ${SPACINGS.join(", ")}, NΔ = ${BAND_EDGE}; window [30, 0.85·2π/Δ]`,
  verify: () => {
    const J = SPACINGS.map((d) => cachedPlateau(finiteBathRun(d, BAND_EDGE)).current);
    const diffs = J.slice(1).map((v, i) => J[i] - v);
    return limitOutcome({ h: SPACINGS.slice(0, -1), errors: diffs, expectedOrder: 1, tolerance: spacingTol, hLabel: "Δ", what: "J(Δ) − J(Δ/2)" });
  },
});

const bandTol = tolerance(0, 0.5, "allowed deviation of the fitted order; modes above ω_max change the low-frequency self-energy only through Re Σ(ω) − Re Σ(0) ∝ γ̂D²ω²/ω_max³ (the counter-term is summed over the same finite bath)");
const bandConvergence = claim({
  name: "finite-bath-bandwidth-convergence",
  where: "eq. (14), Sec. III",
  statement: "The plateau current converges as the band edge ω_max = NΔ → ∞ at fixed Δ with third order: successive differences J(ω_max) − J(2ω_max) ∝ ω_max⁻³",
  kind: "limit",
  tolerance: bandTol,
  domain: `reference point, Δ = 0.1, ω_max = ${BAND_EDGES.join(", ")}`,
  verify: () => {
    const J = BAND_EDGES.map((w) => cachedPlateau(finiteBathRun(0.1, w)).current);
    const diffs = J.slice(1).map((v, i) => J[i] - v);
    return limitOutcome({ h: BAND_EDGES.slice(0, -1).map((w) => 1 / w), errors: diffs, expectedOrder: 3, tolerance: bandTol, hLabel: "1/ω_max", what: "J(ω_max) − J(2ω_max)" });
  },
});

/** Relative budget of the continuum current, measured 5.08e-9 (see the reason); rtol = SAFETY × budget, rounded up. */
const VS42_RTOL = 2e-8;
const vs42Tol = tolerance(
  VS42_RTOL,
  0,
  "3 × the measured extrapolation budget 5.1e-9 (relative) of the continuum current, rounded up: Richardson Δ → 0 at ω_max = 20 with orders 1, 2, 3 (measured leading order 1.005) leaves 3.9e-9 " +
    "(change of the extrapolant when the Δ³ level is dropped); the band-edge difference d = J(20) − J(40) extrapolated Δ → 0 (orders 1, 2) 3.1e-10; the tail beyond ω_max = 40 (orders 3, 4 in 1/ω_max; measured leading order 2.995) " +
    "5.5e-10; its Δ-dependence 2.7e-10. Plateau flat to 1e-13, (42) by quadrature to 1e-10 relative. The verdict also fails if 3 × the recomputed budget exceeds the tolerance"
);
const versus42 = claim({
  name: "finite-bath-vs-eq42",
  where: "eq. (42)",
  statement: "The continuum limit (Δ → 0, then ω_max → ∞, by Richardson extrapolation) of the plateau current of the exact finite-bath dynamics equals the heat current (42)",
  kind: "agreement",
  tolerance: vs42Tol,
  domain: `reference point ω0 = 1, γ1 = γ2 = 0.5, D = 2, T1 = 2, T2 = 0.5; Δ = ${SPACINGS.join(", ")} at ω_max = 20; ω_max = 20, 40, 80 at Δ = 0.1, 0.05; ω_max = 10 … 80 at Δ = 0.1`,
  verify: () => {
    const est = continuumPlateau("current");
    const reference = heatCurrent(resolve(EXACT_REFERENCE));
    const e = Math.abs(est.value - reference) / Math.abs(reference);
    const budget = est.budget / Math.abs(reference);
    const J = est.atBandEdge20;
    const finest = Math.abs(J[J.length - 1] - reference) / reference;
    return {
      holds: e <= vs42Tol.rtol && SAFETY * budget <= vs42Tol.rtol,
      measuredError: e,
      details:
        `plateau J = ${J.map((v) => v.toPrecision(10)).join(", ")} at Δ = ${SPACINGS.join(", ")} (ω_max = 20; fitted order ${est.spacingOrder.toFixed(3)}); ` +
        `band-edge order ${est.bandOrder.toFixed(3)}; continuum ${est.value.toPrecision(12)} vs (42) ${reference.toPrecision(12)}: relative ${e.toExponential(3)}; ` +
        `budget ${budget.toExponential(2)} (spacing ${(est.parts.spacing / reference).toExponential(2)}, band difference ${(est.parts.bandDifference / reference).toExponential(2)}, ` +
        `band tail ${(est.parts.bandTail / reference).toExponential(2)}, tail Δ-dependence ${(est.parts.tailSpacing / reference).toExponential(2)}); ${SAFETY} × budget = ${(SAFETY * budget).toExponential(2)} ` +
        `${SAFETY * budget <= vs42Tol.rtol ? "within" : "EXCEEDS"} the tolerance (finest raw run Δ = 0.0125: ${finest.toExponential(3)})`,
      evidence: {
        plots: [{ title: "finite-bath plateau vs Δ (ω_max = 20)", xLabel: "Δ", yLabel: "J", series: [{ name: "exact finite bath", x: [...SPACINGS], y: [...J] }, { name: "eq. (42)", x: [...SPACINGS], y: SPACINGS.map(() => reference) }] }],
        values: { continuum: est.value, reference, budget, spacingOrder: est.spacingOrder, bandOrder: est.bandOrder },
      },
    };
  },
});

const scenarioTol = tolerance(1e-4, 0, "same discretisation in both runs, so only the residual transient of the sequential start (mediator entangled with bath 1) matters: its spread over the window is ~1e-5 relative");
const scenarios = claim({
  name: "sequential-scenario",
  where: "Sec. III, Appendix",
  statement: "The steady current is the same whether the mediator is attached to both baths at t = 0 or first equilibrated with bath 1 (joint Gibbs state of H + H_B1 + V_1 at T1) and then attached to bath 2",
  kind: "agreement",
  tolerance: scenarioTol,
  domain: "reference point, Δ = 0.05, NΔ = 20, window [30, 106.8]",
  verify: () => {
    const a = cachedPlateau(finiteBathRun(0.05, BAND_EDGE, "simultaneous"));
    const b = cachedPlateau(finiteBathRun(0.05, BAND_EDGE, "sequential"));
    const e = Math.abs(a.current - b.current) / Math.abs(a.current);
    return {
      holds: e <= scenarioTol.rtol,
      measuredError: e,
      details: `simultaneous J = ${a.current.toPrecision(10)} (spread ${a.currentSpread.toExponential(2)}), sequential J = ${b.current.toPrecision(10)} (spread ${b.currentSpread.toExponential(2)}); relative difference ${e.toExponential(3)}`,
    };
  },
});

/** Measured relative budgets 1.03e-6 (T_x) and 1.87e-7 (T_p); rtol = SAFETY × budget, rounded up. */
const TX_RTOL = 4e-6;
const TP_RTOL = 6e-7;
const txTol = tolerance(
  TX_RTOL,
  0,
  "3 × the measured extrapolation budget of T_x (1.03e-6 relative), rounded up; T_p is held to its own 3 × budget (1.87e-7 → 6e-7). T_x: dominated by the Richardson remainder in Δ " +
    "(orders 1, 2, 3; the Δ-sequence is pre-asymptotic, fitted leading order 2.21: the O(Δ) coefficient is small); T_p: dominated by the band-edge tail ∝ γ̂D²/ω_max² " +
    "of the vacuum ⟨p²⟩ (orders 2, 3, 4 in 1/ω_max; fitted order 1.83 between ω_max = 10 and 80, pre-asymptotic) with remainder 1.85e-7. The verdict also fails if 3 × a recomputed budget exceeds its tolerance"
);
const txTp = claim({
  name: "finite-bath-tx-tp",
  where: "eqs. (63)–(65)",
  statement: "The continuum limits (Δ → 0, ω_max → ∞) of the plateau values of T_x = ⟨kx²⟩ and T_p = ⟨p²/m⟩ of the exact finite-bath dynamics equal (64)–(65) (with the corrected I_n of (66))",
  kind: "agreement",
  tolerance: txTol,
  domain: "reference point; the runs of finite-bath-vs-eq42",
  verify: () => {
    const t = mediatorTemperatures(resolve(EXACT_REFERENCE));
    const x = continuumPlateau("Tx");
    const pp = continuumPlateau("Tp");
    const ex = Math.abs(x.value - t.Tx) / t.Tx;
    const ep = Math.abs(pp.value - t.Tp) / t.Tp;
    const bx = x.budget / t.Tx;
    const bp = pp.budget / t.Tp;
    const holds = ex <= TX_RTOL && ep <= TP_RTOL && SAFETY * bx <= TX_RTOL && SAFETY * bp <= TP_RTOL;
    return {
      holds,
      measuredError: Math.max(ex, ep),
      details:
        `T_x: continuum ${x.value.toPrecision(10)} vs (64) ${t.Tx.toPrecision(10)}, rel ${ex.toExponential(2)} (budget ${bx.toExponential(2)}, allowed ${TX_RTOL.toExponential(0)}; Δ-order ${x.spacingOrder.toFixed(2)}, band order ${x.bandOrder.toFixed(2)}); ` +
        `T_p: continuum ${pp.value.toPrecision(10)} vs (65) ${t.Tp.toPrecision(10)}, rel ${ep.toExponential(2)} (budget ${bp.toExponential(2)}, allowed ${TP_RTOL.toExponential(0)}; Δ-order ${pp.spacingOrder.toFixed(2)}, band order ${pp.bandOrder.toFixed(2)}); ` +
        `raw finest run (Δ = 0.0125, ω_max = 20): T_x ${x.atBandEdge20[3].toPrecision(8)}, T_p ${pp.atBandEdge20[3].toPrecision(8)}`,
      evidence: { values: { Tx: x.value, TxReference: t.Tx, TxBudget: bx, Tp: pp.value, TpReference: t.Tp, TpBudget: bp } },
    };
  },
});

const signTol = tolerance(0, 1e-12, "a sign test: the plateau powers must be non-zero with the stated signs (their magnitude ≈ 0.2 ≫ rounding)");
const sign = claim({
  name: "sign-convention",
  where: "eqs. (25)–(27), (42)",
  statement: "With P_ν = −dE_ν/dt (25)–(26), J_th = ⟨P_1⟩ = −⟨P_2⟩ > 0 when T1 > T2: heat leaves the hot bath 1 and enters the cold bath 2, and (42) is positive with the same sign",
  kind: "agreement",
  tolerance: signTol,
  domain: "reference point (T1 = 2 > T2 = 0.5), Δ = 0.1, NΔ = 20",
  verify: () => {
    const pl = cachedPlateau(finiteBathRun(0.1, BAND_EDGE));
    const j42 = heatCurrent(resolve(EXACT_REFERENCE));
    const ok = pl.power1 > signTol.atol && pl.power2 < -signTol.atol && j42 > 0;
    return {
      holds: ok,
      measuredError: ok ? 0 : 1,
      details: `exact ⟨P_1⟩ = ${pl.power1.toPrecision(6)} (power leaving bath 1), ⟨P_2⟩ = ${pl.power2.toPrecision(6)}, (42) J = ${j42.toPrecision(6)}`,
    };
  },
});

export const exactClaims: readonly Claim[] = [sign, spacingConvergence, bandConvergence, versus42, scenarios, txTp];
