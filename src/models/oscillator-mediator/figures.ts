import type { FigureDefinition, FigureSize } from "../../core/model.js";
import { tolerance } from "../../core/tolerance.js";
import { conductance } from "./analytic.js";
import { chainSteadyStateNonlinear, chainSteadyStateLinear } from "./analytic-chain.js";
import { conductanceHighTemperature, conductanceLowTemperature, conductancePlateau, conductanceStrongCoupling, qtbConductance } from "./analytic-limits.js";
import { mediatorTemperatures, virialImbalance } from "./analytic-virial.js";
import { SEED_DOC } from "./claims-support.js";
import { finiteBathSeriesAt } from "./exact.js";
import { conductanceMaximum } from "./conductance-maximum.js";
import { resolveOscillatorMediatorParams as resolve } from "./params.js";

/**
 * Figure data of the seed paper: Figs. 2–4 and the temperature profile of the Fourier chain
 * of Sec. VI, each at a CI size (seconds) and the paper's size. Units ħ = k_B = m = 1, ω0 = 1.
 * Source: 002_1f8d4f9374398bb6.txt, Figs. 2–4, eqs. (43), (62), (64)–(65), (80)–(81).
 */

const REGRESSION = tolerance(
  1e-8,
  0,
  "deterministic adaptive quadratures to relative 1e-10 (a regression, not physics): a recomputation on another platform differs by reordered sums only; 1e-8 leaves a factor 100 of headroom",
);

/** n points log-spaced from 10^a to 10^b. */
function logGrid(a: number, b: number, n: number): number[] {
  return Array.from({ length: n }, (_, k) => 10 ** (a + ((b - a) * k) / (n - 1)));
}

// ---- Fig. 2 ------------------------------------------------------------------------------
/** The four cases of Fig. 2: D/ω0, τ_h1ω0, τ_h2ω0. */
export const FIG2_CASES = [
  { label: "a", D: 10, tauH1: 1, tauH2: 1 },
  { label: "b", D: 1, tauH1: 1, tauH2: 1 },
  { label: "c", D: 10, tauH1: 0.5, tauH2: 0.5 },
  { label: "d", D: 1, tauH1: 1, tauH2: 0.5 },
] as const;
const FIG2_POINTS: Record<FigureSize, number> = { ci: 9, paper: 81 };

export const fig2: FigureDefinition = {
  id: "oscillator-mediator/fig2",
  title: "Fig. 2: virial imbalance ΔT̂_px = (T_p − T_x)/(T_p + T_x) vs coupling γ̂/ω0 for the four cases (a)–(d)",
  source: { doc: SEED_DOC, where: "Fig. 2, eqs. (63)–(67)" },
  claim: "oscillator-mediator/eq72-virial-limit",
  grid: "gammaOverOmega0",
  schema: [
    { name: "gammaOverOmega0", unit: "1", description: "γ̂/ω0 with γ1 = γ2 = γ̂/2 (log grid 1e-2 … 1e2)" },
    ...FIG2_CASES.map((c) => ({
      name: `deltaTpx_${c.label}`,
      unit: "1",
      description: `ΔT̂_px from (64)–(65) (corrected I_n of (66)) at D/ω0 = ${c.D}, τ_h1ω0 = ${c.tauH1}, τ_h2ω0 = ${c.tauH2}`,
    })),
  ],
  tolerance: REGRESSION,
  generate: (size, onProgress) => {
    const grid = logGrid(-2, 2, FIG2_POINTS[size]);
    const columns: Record<string, number[]> = { gammaOverOmega0: grid };
    FIG2_CASES.forEach((c, ci) => {
      columns[`deltaTpx_${c.label}`] = grid.map((g, k) => {
        onProgress?.(ci * grid.length + k + 1, 4 * grid.length);
        return virialImbalance(mediatorTemperatures(resolve({ omega0: 1, gamma1: g / 2, gamma2: g / 2, D: c.D, T1: 1 / c.tauH1, T2: 1 / c.tauH2 })));
      });
    });
    return { params: { omega0: 1, cases: FIG2_CASES, points: grid.length }, columns };
  },
};

// ---- Fig. 3 ------------------------------------------------------------------------------
export const FIG3_TAU_H = [0.25, 0.5, 1, 2] as const;
const FIG3_POINTS: Record<FigureSize, number> = { ci: 13, paper: 121 };

export const fig3: FigureDefinition = {
  id: "oscillator-mediator/fig3",
  title: "Fig. 3: K/(k_Bω0) vs γ̂/ω0 at D/ω0 = 1 for τ_hω0 = 0.25, 0.5, 1, 2, with the maximum and ΔK̂",
  source: { doc: SEED_DOC, where: "Fig. 3, eq. (43)" },
  claim: "oscillator-mediator/fig3-conductance-maximum",
  grid: "gammaOverOmega0",
  schema: [
    { name: "gammaOverOmega0", unit: "1", description: "γ̂/ω0 with γ1 = γ2 (log grid 1e-2 … 1e4)" },
    ...FIG3_TAU_H.map((t) => ({ name: `K_tauH${t}`, unit: "k_B ω0", description: `K/(k_Bω0) from (43) at τ_hω0 = ${t}, D/ω0 = 1` })),
  ],
  tolerance: REGRESSION,
  generate: (size, onProgress) => {
    const grid = logGrid(-2, 4, FIG3_POINTS[size]);
    const columns: Record<string, number[]> = { gammaOverOmega0: grid };
    const maxima: Record<string, unknown> = {};
    FIG3_TAU_H.forEach((t, ti) => {
      const base = resolve({ omega0: 1, D: 1, T: 1 / t });
      columns[`K_tauH${t}`] = grid.map((g, k) => {
        onProgress?.(ti * grid.length + k + 1, 4 * grid.length);
        return conductance(resolve({ ...base, gamma1: g / 2, gamma2: g / 2 }));
      });
      const m = size === "paper" ? conductanceMaximum(base) : undefined;
      maxima[`tauH${t}`] = m
        ? { gammaAtMaximum: m.interior ? m.gammaAtMaximum : "none (K increases monotonically to K_∞)", Kmax: m.maximum, Kinfinity: m.strongCouplingLimit, deltaK: m.strength, interior: m.interior }
        : { Kinfinity: conductanceStrongCoupling(resolve({ ...base, gamma1: 1, gamma2: 1 })) };
    });
    return { params: { omega0: 1, D: 1, tauH: FIG3_TAU_H, points: grid.length, maxima }, columns };
  },
};

// ---- Fig. 4 ------------------------------------------------------------------------------
/** Dτ_p of the four curves (a)–(d); Infinity → the D → ∞ limit (62). ω0τ_p = 10. */
export const FIG4_D_TAU_P = [0.1, 1, 100, Infinity] as const;
const FIG4_POINTS: Record<FigureSize, number> = { ci: 11, paper: 101 };
const FIG4_GAMMA = 0.1; // ω0τ_p = 10 with ω0 = 1

export const fig4: FigureDefinition = {
  id: "oscillator-mediator/fig4",
  title: "Fig. 4: K/(k_Bω0) vs k_BT/ħγ̂ (= τ_p/τ_h) at ω0τ_p = 10 for Dτ_p = 0.1, 1, 100, ∞, with the T³ law (51), the plateau (77) and the classical plateau (47)",
  source: { doc: SEED_DOC, where: "Fig. 4, eqs. (43), (47), (51), (62), (77)" },
  claim: "oscillator-mediator/eq77-plateau-limit",
  grid: "temperatureOverGamma",
  schema: [
    { name: "temperatureOverGamma", unit: "1", description: "τ_p/τ_h = k_BT/ħγ̂ (log grid 1e-2 … 1e3)" },
    { name: "K_a", unit: "k_B ω0", description: "(43) at Dτ_p = 0.1" },
    { name: "K_b", unit: "k_B ω0", description: "(43) at Dτ_p = 1" },
    { name: "K_c", unit: "k_B ω0", description: "(43) at Dτ_p = 100" },
    { name: "K_d", unit: "k_B ω0", description: "(62), the D → ∞ limit" },
    { name: "K_lowT", unit: "k_B ω0", description: "the T³ law (51), common to all curves" },
    { name: "K_plateau_a", unit: "k_B ω0", description: "the intermediate plateau (77) for Dτ_p = 0.1" },
    { name: "K_classical_a", unit: "k_B ω0", description: "the classical plateau (47) for Dτ_p = 0.1" },
  ],
  tolerance: REGRESSION,
  generate: (size, onProgress) => {
    const grid = logGrid(-2, 3, FIG4_POINTS[size]);
    const at = (dTauP: number, x: number) => resolve({ omega0: 1, gamma1: FIG4_GAMMA / 2, gamma2: FIG4_GAMMA / 2, D: Number.isFinite(dTauP) ? dTauP * FIG4_GAMMA : 1, T: x * FIG4_GAMMA });
    const columns: Record<string, number[]> = { temperatureOverGamma: grid, K_a: [], K_b: [], K_c: [], K_d: [], K_lowT: [], K_plateau_a: [], K_classical_a: [] };
    grid.forEach((x, k) => {
      columns.K_a.push(conductance(at(0.1, x)));
      columns.K_b.push(conductance(at(1, x)));
      columns.K_c.push(conductance(at(100, x)));
      columns.K_d.push(qtbConductance(at(Infinity, x)));
      columns.K_lowT.push(conductanceLowTemperature(at(0.1, x)));
      columns.K_plateau_a.push(conductancePlateau(at(0.1, x)));
      columns.K_classical_a.push(conductanceHighTemperature(at(0.1, x)));
      onProgress?.(k + 1, grid.length);
    });
    return { params: { omega0: 1, omega0TauP: 1 / FIG4_GAMMA, DTauP: ["0.1", "1", "100", "infinity"], points: grid.length }, columns };
  },
};

// ---- Fourier chain -----------------------------------------------------------------------
const CHAIN_SUBSYSTEMS: Record<FigureSize, number> = { ci: 8, paper: 64 };
const CHAIN_PARAMS = { omega0: 1, gamma1: 0.5, gamma2: 0.5, D: 2, T1: 2, T2: 0.5 } as const;

export const chainFigure: FigureDefinition = {
  id: "oscillator-mediator/fourier-chain",
  title: "Fourier chain (Sec. VI): steady temperature profile and current of N subsystems between reservoirs at T_L = 2ω0 and T_R = 0.5ω0",
  source: { doc: SEED_DOC, where: "Sec. VI, eqs. (80)–(83), Fig. 5" },
  claim: "oscillator-mediator/chain-fourier-identity",
  grid: "position",
  schema: [
    { name: "position", unit: "1", description: "x/L = n/(N+1), n = 0 (left reservoir) … N+1 (right reservoir)" },
    { name: "temperatureExact", unit: "ħω0/k_B", description: "T_n of the exact steady state of (80) with link currents (42)" },
    { name: "temperatureLinear", unit: "ħω0/k_B", description: "T_n of the linear-response chain (81), K at the link mean temperature" },
    { name: "currentExact", unit: "ħω0²", description: "the common link current of (80) (constant along the chain)" },
    { name: "currentLinear", unit: "ħω0²", description: "the link current of (81)" },
  ],
  tolerance: tolerance(1e-8, 0, "deterministic quadratures (1e-10), Brent roots (1e-12) and a Picard iteration converged to 1e-12: a regression, not physics"),
  generate: (size, onProgress) => {
    const N = CHAIN_SUBSYSTEMS[size];
    const p = resolve({ ...CHAIN_PARAMS, chainSubsystems: N });
    const exact = chainSteadyStateNonlinear(p);
    onProgress?.(1, 2);
    const linear = chainSteadyStateLinear(p);
    onProgress?.(2, 2);
    const position = exact.temperatures.map((_, n) => n / (N + 1));
    return {
      params: { ...CHAIN_PARAMS, chainSubsystems: N },
      columns: {
        position,
        temperatureExact: [...exact.temperatures],
        temperatureLinear: [...linear.temperatures],
        currentExact: position.map(() => exact.current),
        currentLinear: position.map(() => linear.current),
      },
    };
  },
};

// ---- exact finite-bath dynamics ---------------------------------------------------------------
/**
 * Discretisations of the exact reference: ci at the short-transient reference point of the
 * exact claims (N = 200, Δ = 0.1); paper at the model defaults (Fig. 4's ω0τ_p = 10, D = 10ω0,
 * T1 = ω0, T2 = 2ω0) with N = 1800, Δ = 0.0222 (the default discretisation).
 */
const FINITE_BATH: Record<FigureSize, { params: Record<string, number>; samples: number }> = {
  ci: { params: { omega0: 1, gamma1: 0.5, gamma2: 0.5, D: 2, T1: 2, T2: 0.5, bathModes: 200, modeSpacing: 0.1 }, samples: 151 },
  paper: { params: { bathModes: 1800, modeSpacing: 0.0222 }, samples: 301 },
};

export const finiteBathFigure: FigureDefinition = {
  id: "oscillator-mediator/finite-bath-dynamics",
  title: "Exact finite-bath dynamics (Sec. III): powers ⟨P_1⟩, ⟨P_2⟩, current J = ½⟨P_1 − P_2⟩ and T_x, T_p from t = 0 to 1.2× the recurrence time 2π/Δ (simultaneous coupling, mediator in its ground state)",
  source: { doc: SEED_DOC, where: "eqs. (1)–(4), (14), (25)–(27), (63), Sec. III" },
  claim: "oscillator-mediator/finite-bath-vs-eq42",
  grid: "time",
  schema: [
    { name: "time", unit: "1/ω0", description: "t from 0 to 1.2·2π/Δ (equally spaced)" },
    { name: "current", unit: "ħω0²", description: "J(t) = ½⟨P_1 − P_2⟩, eq. (27)" },
    { name: "power1", unit: "ħω0²", description: "⟨P_1⟩ = −dE_1/dt, power leaving bath 1, eq. (26)" },
    { name: "power2", unit: "ħω0²", description: "⟨P_2⟩ = −dE_2/dt, power leaving bath 2" },
    { name: "Tx", unit: "ħω0", description: "T_x(t) = ω0²⟨x²⟩, eq. (63)" },
    { name: "Tp", unit: "ħω0", description: "T_p(t) = ⟨p²⟩, eq. (63)" },
  ],
  tolerance: tolerance(1e-7, 1e-10, "deterministic O(n²) arrowhead eigen-decomposition and exact covariance evolution (a regression): round-off ~1e-13 relative to ‖V‖ for n ≤ 3601; atol for the powers at t ≈ 0, where they vanish"),
  generate: (size, onProgress) => {
    const { params, samples } = FINITE_BATH[size];
    const p = resolve(params);
    const end = 1.2 * ((2 * Math.PI) / p.modeSpacing);
    const times = Float64Array.from({ length: samples }, (_, i) => (end * i) / (samples - 1));
    onProgress?.(0, 1);
    const s = finiteBathSeriesAt(p, times);
    onProgress?.(1, 1);
    return {
      params: { ...params, recurrenceTime: (2 * Math.PI) / p.modeSpacing, scenario: "simultaneous", mediatorInitialState: "ground state of p²/2 + ω0²x²/2" },
      columns: { time: Array.from(times), current: Array.from(s.current), power1: Array.from(s.power1), power2: Array.from(s.power2), Tx: Array.from(s.Tx), Tp: Array.from(s.Tp) },
    };
  },
};

/** The figures of the model. */
export const oscillatorMediatorFigures: readonly FigureDefinition[] = Object.freeze([fig2, fig3, fig4, chainFigure, finiteBathFigure]);
