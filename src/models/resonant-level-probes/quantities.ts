import type { QuantityDefinition } from "../../core/model.js";
import type { ResonantLevelParams } from "./params.js";
import { modelGrids } from "./params.js";
import { initialQleSystem, qleCurrentFromPopulations, qleDotOccupation, qlePopulationsAt, quasiSteadyCurrent, recurrenceTime, standardCurrent } from "./analytic.js";
import { probeState, voltageProbeMuFermi } from "./probes.js";
import { exactModel, exactOccupations, exactPopulations } from "./exact.js";
import { qleWithRestarts } from "./restarts.js";

/**
 * Quantities of `qtherm eval resonant-level-probes <quantity> --set k=v …`.
 * Parameters as in params.ts (N, NG, D, epsilonD, GammaL, GammaR, GammaG, beta, muL,
 * muR, probe, grid, reservoir, t). Source: 000_801d121c3abe0574.txt.
 */

/** Fraction of τ⁰_rec used as QLE segment length by `populations-restarted` (the paper: 1500 ≈ 0.955 τ⁰_rec). */
export const RESTART_FRACTION = 0.95;

/** A quantity returning the levels of grain `reservoir` and their occupations: {energies, occupations}. */
function populationQuantity(name: string, description: string, method: QuantityDefinition<ResonantLevelParams>["method"], source: string, occupations: (p: ResonantLevelParams) => Float64Array): QuantityDefinition<ResonantLevelParams> {
  return { name, description, method, source, evaluate: (p) => ({ energies: Array.from(modelGrids(p)[p.reservoir].energies), occupations: Array.from(occupations(p)) }) };
}

export const resonantLevelQuantities: readonly QuantityDefinition<ResonantLevelParams>[] = [
  populationQuantity(
    "populations-qle",
    "QLE occupations p(ε_l, t) = f_l + F2 + F3 of grain `reservoir` at time t (probe terms in F3 when probe ≠ 'none'); {energies, occupations}; DomainError for t > τ⁰_rec",
    "analytic",
    "eq. (9)",
    (p) => qlePopulationsAt(p, initialQleSystem(p), p.reservoir),
  ),
  populationQuantity(
    "populations-restarted",
    `QLE occupations of grain \`reservoir\` at any t with restarts every ${RESTART_FRACTION}·τ⁰_rec (probe re-adjusted at each restart); {energies, occupations}`,
    "analytic",
    "Fig. 2 caption, Results",
    (p) => qleWithRestarts(p, { segmentLength: RESTART_FRACTION * recurrenceTime(p), times: [p.t] })[p.reservoir][0],
  ),
  populationQuantity(
    "populations-exact",
    "exact occupations ⟨c_l† c_l⟩(t) of grain `reservoir` (star/arrowhead propagator; finite probe reservoir of N_G levels at its condition); {energies, occupations}",
    "exact",
    "eq. (10)",
    (p) => exactPopulations(exactModel(p), p.reservoir, p.t),
  ),
  {
    name: "dot-occupation",
    description: "dot occupation at time t: {qle, exact}",
    method: "analytic",
    source: "eq. (7)",
    evaluate: (p) => ({ qle: qleDotOccupation(initialQleSystem(p), p.t), exact: exactOccupations(exactModel(p), p.t)[0] }),
  },
  {
    name: "current",
    description: "particle current into grain `reservoir` at time t (QLE): {fromPopulations: d/dt Σ_l p_l of (9), standard: Jauho–Wingreen–Meir wide-band form, quasiSteady: Landauer limit}",
    method: "analytic",
    source: "text after eq. (9)",
    evaluate: (p) => {
      const s = initialQleSystem(p);
      return { fromPopulations: qleCurrentFromPopulations(s, p.reservoir, p.t), standard: standardCurrent(s, p.reservoir, p.t), quasiSteady: quasiSteadyCurrent(s, p.reservoir) };
    },
  },
  {
    name: "probe-mu",
    description: "voltage-probe chemical potential μ_G from i_G = ∫ i_G(ε) dε = 0 (Newton–Raphson) for the initial Fermi grains (energy)",
    method: "analytic",
    source: "text after eq. (9)",
    evaluate: (p) => voltageProbeMuFermi(p).muG,
  },
  {
    name: "probe-occupations",
    description: "probe occupations f_G on the G grid for the probe condition of `probe` ('dephasing' or 'voltage'); {energies, occupations}",
    method: "analytic",
    source: "text after eq. (9) and after Fig. 2",
    evaluate: (p) => ({ energies: Array.from(modelGrids(p).G?.energies ?? []), occupations: Array.from(probeState(p).occupations) }),
  },
  {
    name: "recurrence-time",
    description: "τ⁰_rec = 2π/ΔE, ΔE = 2D/N (1/energy)",
    method: "analytic",
    source: "text after eq. (3)",
    evaluate: (p) => recurrenceTime(p),
  },
];
