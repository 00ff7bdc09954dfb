/**
 * An independent solver of the set-entropy-production model (thermal initial
 * states), written the way a user would from the paper's Sec. III: bath levels
 * ε_νk = (k − 1)W/(K_ν − 1) − W/2, tunnel amplitudes t_ν = √(Γ_ν Δε_ν/2π), the level
 * ε_d coupled to every bath level; C(0) = diag(n_D, f_L(ε_Lk), f_R(ε_Rk)); dense
 * evolution (star-populations-dense.ts). Index order: dot, L (k = 1…K_L), R (k = 1…K_R).
 * Implements `populations(p, t)` of SetEntropyProductionSolver; E_ν, N_ν, n_d and
 * ⟨V̂⟩ are also given (`bathObservables`), Σ is not (it needs β*, μ* of eqs. (5)–(6)).
 * Source: 001_06d9cbfd9396c60e.txt, eqs. (15)–(20).
 */
import type { SetEntropyProductionSolverParams } from "../../src/index.js";
import { denseEvolution, fermi, starMatrix } from "./star-populations-dense.js";

function levels(K: number, W: number): number[] {
  const spacing = W / (K - 1);
  return Array.from({ length: K }, (_, k) => k * spacing - W / 2);
}

function setup(p: SetEntropyProductionSolverParams) {
  if (p.initial !== "thermal") throw new Error("this example solver handles thermal initial states only");
  const eL = levels(p.KL, p.W);
  const eR = levels(p.KR, p.W);
  const tL = Math.sqrt((p.gammaL * (p.W / (p.KL - 1))) / (2 * Math.PI));
  const tR = Math.sqrt((p.gammaR * (p.W / (p.KR - 1))) / (2 * Math.PI));
  const energies = [...eL, ...eR];
  const hoppings = [...eL.map(() => tL), ...eR.map(() => tR)];
  const initial = [p.nD, ...eL.map((e) => fermi(e, p.betaL, p.muL)), ...eR.map((e) => fermi(e, p.betaR, p.muR))];
  return { eL, eR, hoppings, initial, evolution: denseEvolution(starMatrix(p.epsilonD, energies, hoppings)) };
}

/** Occupations ⟨c_j†c_j⟩(t), order dot, L, R. */
export function populations(p: SetEntropyProductionSolverParams, t: number): number[] {
  const s = setup(p);
  return s.evolution.occupations(s.initial, t);
}

/** E_ν = Σ_k ε_νk n_νk, N_ν, n_d and ⟨V̂⟩ = 2 Σ_j t_j Re C_0j at time t. */
export function bathObservables(p: SetEntropyProductionSolverParams, t: number): { EL: number; ER: number; NL: number; NR: number; nD: number; couplingEnergy: number } {
  const s = setup(p);
  const n = s.evolution.occupations(s.initial, t);
  const L = n.slice(1, 1 + p.KL);
  const R = n.slice(1 + p.KL);
  const dot = (a: number[], b: number[]) => a.reduce((acc, x, i) => acc + x * b[i], 0);
  return {
    EL: dot(L, s.eL),
    ER: dot(R, s.eR),
    NL: L.reduce((a, x) => a + x, 0),
    NR: R.reduce((a, x) => a + x, 0),
    nD: n[0],
    couplingEnergy: s.evolution.couplingEnergy(s.initial, s.hoppings, t),
  };
}
