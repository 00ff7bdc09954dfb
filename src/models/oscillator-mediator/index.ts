import type { ModelDefinition, QuantityDefinition } from "../../core/model.js";
import * as analytic from "./analytic.js";
import { chainSteadyStateNonlinear } from "./analytic-chain.js";
import * as limits from "./analytic-limits.js";
import { mediatorTemperatures } from "./analytic-virial.js";
import { oscillatorMediatorClaims } from "./claims.js";
import { kit } from "./claims-support.js";
import { seleniumEstimate, stmCoEstimate } from "./estimates.js";
import { finiteBathPlateau, finiteBathSeries } from "./exact.js";
import { oscillatorMediatorFigures } from "./figures.js";
import { oscillatorMediatorParameterSchema, type OscillatorMediatorParams } from "./params.js";

/**
 * The oscillator-mediator model: heat through a quantum harmonic oscillator between two
 * Drude–Ullersma baths (quantum Langevin equation, exact finite-bath dynamics, Figs. 2–4,
 * the Fourier chain and the SI estimates).
 * Source: 002_1f8d4f9374398bb6.txt (G. Y. Panasyuk, G. A. Levin, K. L. Yerkes, "Heat exchange
 * mediated by a quantum system"). Notation, sign convention and errata: README.md beside this file.
 */

type P = OscillatorMediatorParams;

const quantities: readonly QuantityDefinition<P>[] = [
  {
    name: "roots",
    description: "μ_n (n = 1, 2, 3) of the cubic (21) and residues g_n of (19), {re, im} each (μ_1 = conj μ_2 with Im μ_1 < 0, μ_3 real; all real: ascending)",
    method: "analytic",
    source: "eqs. (19)–(21)",
    evaluate: (p) => {
      const r = analytic.propagatorRoots(p);
      return { mu: { re: r.mu.map((m) => m.re), im: r.mu.map((m) => m.im) }, g: { re: r.g.map((m) => m.re), im: r.g.map((m) => m.im) } };
    },
  },
  { name: "heat-current", description: "J_th of (42), heat current from bath 1 to bath 2 (ħω² units; > 0 for T1 > T2)", method: "analytic", source: "eq. (42)", evaluate: (p) => analytic.heatCurrent(p) },
  { name: "heat-current-transmission", description: "the same current from the Landauer–Caroli form (independent check of (42))", method: "analytic", source: "eq. (42)", evaluate: (p) => analytic.heatCurrentTransmission(p) },
  { name: "conductance", description: "K(T) of (43) (k_B·frequency units)", method: "analytic", source: "eq. (43)", evaluate: (p) => analytic.conductance(p) },
  { name: "conductance-high-T", description: "classical plateau (47): (1/4τ_p)·2D²/[2(D²+ω0²) + γ̂D]", method: "analytic", source: "eq. (47)", evaluate: (p) => limits.conductanceHighTemperature(p) },
  { name: "conductance-low-T", description: "T³ law (51): 2π³T³/(15ω0⁴τ_p²)", method: "analytic", source: "eq. (51)", evaluate: (p) => limits.conductanceLowTemperature(p) },
  { name: "conductance-plateau", description: "intermediate plateau (77): (γ̂/4)·D³γ̂/(2ω0⁴)", method: "analytic", source: "eq. (77)", evaluate: (p) => limits.conductancePlateau(p) },
  { name: "qtb-heat-current", description: "quantum-thermal-bath current (61) (γ1 = γ2)", method: "analytic", source: "eq. (61)", evaluate: (p) => limits.qtbHeatCurrent(p) },
  { name: "qtb-conductance", description: "quantum-thermal-bath conductance (62) (γ1 = γ2)", method: "analytic", source: "eq. (62)", evaluate: (p) => limits.qtbConductance(p) },
  { name: "tx", description: "T_x = ⟨kx²⟩ of (64) (corrected I_n of (66)) (energy)", method: "analytic", source: "eqs. (63)–(67)", evaluate: (p) => mediatorTemperatures(p).Tx },
  { name: "tp", description: "T_p = ⟨p²/m⟩ of (65) (corrected I_n of (66)) (energy)", method: "analytic", source: "eqs. (63)–(67)", evaluate: (p) => mediatorTemperatures(p).Tp },
  {
    name: "finite-bath-heat-current",
    description: "exact finite-bath plateau: time averages over [tStart, tEnd] of J = ½⟨P1 − P2⟩, P1, P2, T_x, T_p, the spread of J, for N modes per bath at spacing Δ (scenario 'simultaneous' or 'sequential')",
    method: "exact",
    source: "eqs. (1)–(4), (14), (25)–(27), Sec. III",
    evaluate: (p) => {
      const pl = finiteBathPlateau(p);
      return { current: pl.current, power1: pl.power1, power2: pl.power2, Tx: pl.Tx, Tp: pl.Tp, currentSpread: pl.currentSpread, recurrenceTime: pl.recurrenceTime, dimension: pl.dimension };
    },
  },
  {
    name: "finite-bath-series",
    description: "exact finite-bath time series at the sampling times: times, J(t), P1(t), P2(t), T_x(t), T_p(t)",
    method: "exact",
    source: "eqs. (25)–(27), (63)",
    evaluate: (p) => {
      const s = finiteBathSeries(p);
      return { times: Array.from(s.times), current: Array.from(s.current), power1: Array.from(s.power1), power2: Array.from(s.power2), Tx: Array.from(s.Tx), Tp: Array.from(s.Tp) };
    },
  },
  {
    name: "chain-profile",
    description: "steady temperature profile T_0 = T1 … T_{N+1} = T2 and current of the Fourier chain (80) with N = chainSubsystems",
    method: "analytic",
    source: "eqs. (80)–(83)",
    evaluate: (p) => {
      const c = chainSteadyStateNonlinear(p);
      return { temperatures: [...c.temperatures], current: c.current, entropyProduction: c.entropyProduction };
    },
  },
  {
    name: "stm-co-estimate",
    description: "SI estimate of Sec. VII (parameters fixed by the paper): ħω0/k_B (K), γ̂/ω0 of (87), J_CO (85), J_A (86), J_SB (52) in W, J_CO/J_SB",
    method: "analytic",
    source: "eqs. (52), (85)–(88)",
    evaluate: () => ({ ...stmCoEstimate() }),
  },
  {
    name: "selenium-estimate",
    description: "SI estimate of Sec. VIII: γ̂ from (95) and without its 1/4, ω_D (s⁻¹)",
    method: "analytic",
    source: "eqs. (94)–(99)",
    evaluate: () => ({ ...seleniumEstimate() }),
  },
];

export const oscillatorMediatorModel: ModelDefinition<P> = {
  id: kit.model,
  title: "Heat exchange through a quantum oscillator between Drude–Ullersma baths (Panasyuk, Levin, Yerkes)",
  doc: kit.doc,
  parameters: oscillatorMediatorParameterSchema,
  quantities,
  claims: oscillatorMediatorClaims,
  figures: oscillatorMediatorFigures,
};

export type { OscillatorMediatorParams } from "./params.js";
export { resolveOscillatorMediatorParams } from "./params.js";
