import type { Claim } from "../../core/claim.js";
import type { Measurement } from "../../evidence/property.js";
import * as analytic from "./analytic.js";
import * as exact from "./exact.js";
import type { SingleModeParams } from "./params.js";
import { CURRENT_TOL, MODEL, STATE_TOL, describeMode, fmt, propertyClaim, singleModeDomain, source, within } from "./claims-support.js";

/**
 * Slide 1 of 004_a34d5d2333a6057f.txt: one thermalized mode — its stationary state and current
 * operator, each as printed and as corrected (errata 1 and 2), against the exact Liouvillian.
 */

// ---------------------------------------------------------------- slide 1: one thermalized mode

function singleModeStateError(printed: boolean) {
  return (p: SingleModeParams): Measurement => {
    const rho = exact.singleModeExact(p).steadyState.rho;
    const expected = printed ? analytic.singleModeSteadyStatePrinted(p) : analytic.singleModeSteadyState(p);
    const error = Math.max(Math.abs(rho.re[0] - expected[0]), Math.abs(rho.re[3] - expected[1]), Math.hypot(rho.re[1], rho.im[1]));
    return within(error, STATE_TOL, `trace of the formula ${fmt(expected[0] + expected[1])}, exact p₁ = ${fmt(rho.re[3])}`);
  };
}

function singleModeCurrentError(printed: boolean) {
  return (p: SingleModeParams): Measurement => {
    const { currentOperator, steadyState } = exact.singleModeExact(p);
    const diagonal = printed ? analytic.singleModeCurrentOperatorPrinted(p) : analytic.singleModeCurrentOperator(p);
    const operatorError = Math.max(Math.abs(currentOperator.re[0] - diagonal[0]), Math.abs(currentOperator.re[3] - diagonal[1]));
    const current = diagonal[0] * steadyState.rho.re[0] + diagonal[1] * steadyState.rho.re[3];
    const error = Math.max(operatorError, Math.abs(current)) / (p.gamma * p.omega);
    return within(error, CURRENT_TOL, `Tr(Ĵρ_s)/(Γω) = ${current / (p.gamma * p.omega)}, ‖Ĵ − 𝓛†Ĥ‖/(Γω) = ${operatorError / (p.gamma * p.omega)}`);
  };
}

export const singleModeClaims: Claim[] = [
  propertyClaim(
    {
      id: `${MODEL}/single-mode-steady-state-printed`,
      source: source("slide 1"),
      statement: "The thermalizer's stationary state is ρ̂_s = e^{−β n̂}/(1 + e^{−βω}) (as printed)",
      kind: "agreement",
      tolerance: STATE_TOL,
      domain: "one mode, ω ∈ [0.5, 2], Γ ∈ [0.1, 10], β ∈ [0.1, 10] (log-uniform); at ω = 1 printed and corrected forms coincide",
      erratum: {
        role: "printed",
        partner: `${MODEL}/single-mode-steady-state`,
        printed: "ρ̂_s = e^{−β n̂}/(1 + e^{−βω})",
        corrected: "ρ̂_s = e^{−βω n̂}/(1 + e^{−βω})",
        explanation:
          "the exponent lacks the factor ω (Ĥ = ωn̂): the printed state has trace (1 + e^{−β})/(1 + e^{−βω}), normalised only for ω = 1. Not a choice of units: " +
          "slide 1 keeps ω explicit (Ĥ = ω n̂, line 30; the rate Γe^{−βω}, line 36) and so does the same formula's own normalisation 1/(1 + e^{−βω}) (line 46), " +
          "so the numerator e^{−β n̂} (line 47) is inconsistent with its slide. Not conversion damage as far as the text shows: the extraction keeps every " +
          "glyph of the neighbourhood (unmappable ones become '?' or '�', e.g. 'L?' for 𝓛†) and no stray ω appears near line 47",
      },
    },
    singleModeDomain,
    singleModeStateError(true),
    describeMode,
  ),
  propertyClaim(
    {
      id: `${MODEL}/single-mode-steady-state`,
      source: source("slide 1"),
      statement: "The thermalizer's stationary state is the Gibbs state ρ̂_s = e^{−βω n̂}/(1 + e^{−βω}) (corrected)",
      kind: "agreement",
      tolerance: STATE_TOL,
      domain: "one mode, ω ∈ [0.5, 2], Γ ∈ [0.1, 10], β ∈ [0.1, 10] (log-uniform)",
      erratum: {
        role: "corrected",
        partner: `${MODEL}/single-mode-steady-state-printed`,
        printed: "ρ̂_s = e^{−β n̂}/(1 + e^{−βω})",
        corrected: "ρ̂_s = e^{−βω n̂}/(1 + e^{−βω})",
        explanation: "the exponent lacks the factor ω (Ĥ = ωn̂); slide 1 keeps ω explicit elsewhere, including this formula's normalisation 1/(1 + e^{−βω})",
      },
    },
    singleModeDomain,
    singleModeStateError(false),
    describeMode,
  ),
  propertyClaim(
    {
      id: `${MODEL}/single-mode-current-operator-printed`,
      source: source("slide 1"),
      statement: "Ĵ = 𝓛†Ĥ = −Γω n̂ + Γω e^{βω}(1 − n̂), and J = Tr(Ĵρ̂_s) = 0 (as printed)",
      kind: "agreement",
      tolerance: CURRENT_TOL,
      domain: "one mode, ω ∈ [0.5, 2], Γ ∈ [0.1, 10], β ∈ [0.1, 10]; error = max(‖Ĵ − 𝓛†Ĥ‖, |Tr(Ĵρ_s)|)/(Γω)",
      erratum: {
        role: "printed",
        partner: `${MODEL}/single-mode-current-operator`,
        printed: "Ĵ = −Γω n̂ + Γω e^{+βω}(1 − n̂)",
        corrected: "Ĵ = −Γω n̂ + Γω e^{−βω}(1 − n̂)",
        explanation:
          "sign of the exponent: 𝓛†(ωn̂) = Γω(â†n̂â − n̂) + Γωe^{−βω}(ân̂â† − ½{1 − n̂, n̂}) = −Γωn̂ + Γωe^{−βω}(1 − n̂); with e^{+βω} the current " +
          "Tr(Ĵρ_s) = Γω(e^{βω} − e^{−βω})/(1 + e^{−βω}) ≠ 0 contradicts the slide's own 'current vanishes in steady state'. Line 51 of the text reads " +
          "'Ĵ = L? Ĥ = −Γω n̂ + Γωeβω(1− n̂)'. Most likely a misprint, not conversion damage: the extraction keeps the superscript minus in every other exponent " +
          "of the file ('Γe−βω' on the same slide, line 36; 'e−βω' line 46; slides 4–5, lines 169, 179, 211, 213, 221, 224, 247) and marks lost glyphs with '?' " +
          "('L?' on the same line), while line 51 shows neither a minus nor a placeholder. Either way the printed operator is wrong",
      },
    },
    singleModeDomain,
    singleModeCurrentError(true),
    describeMode,
  ),
  propertyClaim(
    {
      id: `${MODEL}/single-mode-current-operator`,
      source: source("slide 1"),
      statement: "Ĵ = 𝓛†Ĥ = −Γω n̂ + Γω e^{−βω}(1 − n̂), and J = Tr(Ĵρ̂_s) = 0 (corrected)",
      kind: "agreement",
      tolerance: CURRENT_TOL,
      domain: "one mode, ω ∈ [0.5, 2], Γ ∈ [0.1, 10], β ∈ [0.1, 10]; error = max(‖Ĵ − 𝓛†Ĥ‖, |Tr(Ĵρ_s)|)/(Γω)",
      erratum: {
        role: "corrected",
        partner: `${MODEL}/single-mode-current-operator-printed`,
        printed: "Ĵ = −Γω n̂ + Γω e^{+βω}(1 − n̂)",
        corrected: "Ĵ = −Γω n̂ + Γω e^{−βω}(1 − n̂)",
        explanation: "sign of the exponent (the absorption rate is Γe^{−βω})",
      },
    },
    singleModeDomain,
    singleModeCurrentError(false),
    describeMode,
  ),
];

