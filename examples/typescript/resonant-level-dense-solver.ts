/**
 * An independent solver of the resonant-level-probes model without probe, written
 * the way a user would from the paper's model (eqs. (1)–(3), (7), (8)): grains L, R
 * of N levels in [−D, D] ('midpoint' ε_k = −D + (k + ½)ΔE, 'staggered' R levels
 * −D + kΔE, ΔE = 2D/N), constant hopping v_ν = √(Γ_ν ΔE/π) (Γ_ν = πv_ν²/ΔE),
 * empty level and Fermi seas at β, μ_ν at t = 0; exact dense evolution
 * (star-populations-dense.ts). Implements `populationsExact(p, t)` of
 * ResonantLevelProbesSolver.
 * Source: 000_801d121c3abe0574.txt, eqs. (1)–(3), (7), (8), (10).
 */
import type { ResonantLevelPopulations, ResonantLevelProbesSolverParams } from "../../src/index.js";
import { denseEvolution, fermi, starMatrix } from "./star-populations-dense.js";

/** Level energies, hoppings and occupations at t = 0, in the order dot, L, R. */
function setup(p: ResonantLevelProbesSolverParams) {
  const dE = (2 * p.D) / p.N;
  const eL = Array.from({ length: p.N }, (_, k) => -p.D + (k + 0.5) * dE);
  const eR = Array.from({ length: p.N }, (_, k) => -p.D + (p.grid === "staggered" ? k : k + 0.5) * dE);
  const vL = Math.sqrt((p.GammaL * dE) / Math.PI);
  const vR = Math.sqrt((p.GammaR * dE) / Math.PI);
  const hoppings = [...eL.map(() => vL), ...eR.map(() => vR)];
  const initial = [0, ...eL.map((e) => fermi(e, p.beta, p.muL)), ...eR.map((e) => fermi(e, p.beta, p.muR))];
  return { initial, evolution: denseEvolution(starMatrix(p.epsilonD, [...eL, ...eR], hoppings)) };
}

/** Exact occupations of the level and of the grain levels (ascending in energy) at time t. */
export function populationsExact(p: ResonantLevelProbesSolverParams, t: number): ResonantLevelPopulations {
  const s = setup(p);
  const n = s.evolution.occupations(s.initial, t);
  return { dot: n[0], L: n.slice(1, 1 + p.N), R: n.slice(1 + p.N) };
}
