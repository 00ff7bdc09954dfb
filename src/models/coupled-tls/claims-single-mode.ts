import type { JudgedClaim } from "../../core/claim.js";
import { measure, type Measurement } from "../../core/measurement.js";
import * as analytic from "./analytic.js";
import * as exact from "./exact.js";
import type { SingleModeParams } from "./params.js";
import { CURRENT, STATE, describeMode, kit, singleModeDomain } from "./claims-support.js";

/**
 * Slide 1 of 004_a34d5d2333a6057f.txt: one thermalized mode — its stationary state and current
 * operator, each as printed and as corrected (errata 1 and 2), against the exact Liouvillian.
 */

/** The stationary state's entries, exact against the formula (printed or corrected). */
function stateEntries(form: "printed" | "corrected", p: SingleModeParams): Measurement {
  const rho = exact.singleModeExact(p).steadyState.rho;
  const expected = form === "printed" ? analytic.singleModeSteadyStatePrinted(p) : analytic.singleModeSteadyState(p);
  return measure.pairs([
    { label: `ρ_00 (trace of the formula ${(expected[0] + expected[1]).toPrecision(4)})`, actual: rho.re[0], expected: expected[0] },
    { label: "ρ_11", actual: rho.re[3], expected: expected[1] },
    { label: "|ρ_01|", actual: Math.hypot(rho.re[1], rho.im[1]), expected: 0 },
  ]);
}

/** The current operator's diagonal against 𝓛†Ĥ, and the stationary current Tr(Ĵρ_s) against 0, over Γω. */
function currentOperatorEntries(form: "printed" | "corrected", p: SingleModeParams): Measurement {
  const { currentOperator, steadyState } = exact.singleModeExact(p);
  const diagonal = form === "printed" ? analytic.singleModeCurrentOperatorPrinted(p) : analytic.singleModeCurrentOperator(p);
  const scale = p.gamma * p.omega;
  const current = diagonal[0] * steadyState.rho.re[0] + diagonal[1] * steadyState.rho.re[3];
  return measure.pairs([
    { label: "(𝓛†Ĥ)_00/(Γω)", actual: currentOperator.re[0] / scale, expected: diagonal[0] / scale },
    { label: "(𝓛†Ĥ)_11/(Γω)", actual: currentOperator.re[3] / scale, expected: diagonal[1] / scale },
    { label: "Tr(Ĵρ_s)/(Γω)", actual: current / scale, expected: 0 },
  ]);
}

export const singleModeClaims: readonly JudgedClaim[] = [
  ...kit.erratum(
    {
      printedName: "single-mode-steady-state-printed",
      correctedName: "single-mode-steady-state",
      where: "slide 1",
      kind: "agreement",
      domain: "one mode, ω ∈ [0.5, 2], Γ ∈ [0.1, 10], β ∈ [0.1, 10] (log-uniform); at ω = 1 printed and corrected forms coincide",
      criterion: STATE,
      printed: "ρ̂_s = e^{−β n̂}/(1 + e^{−βω})",
      corrected: "ρ̂_s = e^{−βω n̂}/(1 + e^{−βω})",
      printedStatement: "The thermalizer's stationary state is ρ̂_s = e^{−β n̂}/(1 + e^{−βω}) (as printed)",
      correctedStatement: "The thermalizer's stationary state is the Gibbs state ρ̂_s = e^{−βω n̂}/(1 + e^{−βω}) (corrected)",
      why:
        "the exponent lacks the factor ω (Ĥ = ωn̂): the printed state has trace (1 + e^{−β})/(1 + e^{−βω}), normalised only for ω = 1. Not a choice of units: " +
        "slide 1 keeps ω explicit (Ĥ = ω n̂, line 30; the rate Γe^{−βω}, line 36) and so does the same formula's own normalisation 1/(1 + e^{−βω}) (line 46), " +
        "so the numerator e^{−β n̂} (line 47) is inconsistent with its slide. Not conversion damage as far as the text shows: the extraction keeps every " +
        "glyph of the neighbourhood (unmappable ones become '?' or '�', e.g. 'L?' for 𝓛†) and no stray ω appears near line 47",
    },
    { arbitrary: singleModeDomain, measureSample: stateEntries, describe: describeMode },
  ),
  ...kit.erratum(
    {
      printedName: "single-mode-current-operator-printed",
      correctedName: "single-mode-current-operator",
      where: "slide 1",
      kind: "agreement",
      domain: "one mode, ω ∈ [0.5, 2], Γ ∈ [0.1, 10], β ∈ [0.1, 10]; the operator's diagonal and the stationary current, over Γω",
      criterion: CURRENT,
      printed: "Ĵ = −Γω n̂ + Γω e^{+βω}(1 − n̂)",
      corrected: "Ĵ = −Γω n̂ + Γω e^{−βω}(1 − n̂)",
      printedStatement: "Ĵ = 𝓛†Ĥ = −Γω n̂ + Γω e^{βω}(1 − n̂), and J = Tr(Ĵρ̂_s) = 0 (as printed)",
      correctedStatement: "Ĵ = 𝓛†Ĥ = −Γω n̂ + Γω e^{−βω}(1 − n̂), and J = Tr(Ĵρ̂_s) = 0 (corrected)",
      why:
        "sign of the exponent: 𝓛†(ωn̂) = Γω(â†n̂â − n̂) + Γωe^{−βω}(ân̂â† − ½{1 − n̂, n̂}) = −Γωn̂ + Γωe^{−βω}(1 − n̂); with e^{+βω} the current " +
        "Tr(Ĵρ_s) = Γω(e^{βω} − e^{−βω})/(1 + e^{−βω}) ≠ 0 contradicts the slide's own 'current vanishes in steady state'. Line 51 of the text reads " +
        "'Ĵ = L? Ĥ = −Γω n̂ + Γωeβω(1− n̂)'. Most likely a misprint, not conversion damage: the extraction keeps the superscript minus in every other exponent " +
        "of the file ('Γe−βω' on the same slide, line 36; 'e−βω' line 46; slides 4–5, lines 169, 179, 211, 213, 221, 224, 247) and marks lost glyphs with '?' " +
        "('L?' on the same line), while line 51 shows neither a minus nor a placeholder. Either way the printed operator is wrong",
    },
    { arbitrary: singleModeDomain, measureSample: currentOperatorEntries, describe: describeMode },
  ),
];
