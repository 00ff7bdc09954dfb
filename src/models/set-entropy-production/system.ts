import { arrowheadEigen, type ArrowheadMatrix } from "../../numerics/linalg/arrowhead-eigen.js";
import type { RealMatrix, SymmetricEigen } from "../../numerics/linalg/types.js";
import { seededRandom } from "../../numerics/random.js";
import { fermi } from "../../numerics/special.js";
import { starPropagator } from "../../physics/gaussian-fermions/star-propagator.js";
import type { Propagator } from "../../physics/gaussian-fermions/propagator.js";
import { bathLevels, tunnelAmplitude, type SetEntropyParams } from "./params.js";

/**
 * The single-particle problem of the single-electron transistor, built once per
 * parameter set: star Hamiltonian (15)–(17), initial correlation diagonal (20) or
 * a seeded Fock state (Sec. IV C), star propagator and eigen-decomposition.
 * Index order: 0 = dot, 1 … K_L = L modes (k = 1 … K_L), K_L + 1 … K_L + K_R = R modes.
 * Source: 001_06d9cbfd9396c60e.txt, eqs. (15)–(20), Sec. IV C.
 */
export interface SetSystem {
  readonly params: SetEntropyParams;
  /** n = 1 + K_L + K_R. */
  readonly size: number;
  readonly levelsL: Float64Array;
  readonly levelsR: Float64Array;
  /** t_L, t_R (energy). */
  readonly tunnelL: number;
  readonly tunnelR: number;
  /** 𝓗 as a star: apex ε_d, diagonal (ε_L…, ε_R…), border (t_L…, t_R…). */
  readonly hamiltonian: ArrowheadMatrix;
  /** Diagonal of C(0) (length n). */
  readonly initialOccupations: Float64Array;
  /** Star propagator U(t) = e^{−i𝓗t} (O(n²) per time). */
  readonly propagator: Propagator;
  /** Eigen-decomposition 𝓗 = V Λ Vᵀ (arrowhead solver, O(n²)); V dense n×n. */
  readonly eigen: SymmetricEigen;
  /** Indices of the L and R modes in the single-particle basis. */
  readonly indicesL: readonly number[];
  readonly indicesR: readonly number[];
}

/**
 * Builds the star Hamiltonian 𝓗 of eqs. (15)–(17): 𝓗_dd = ε_d, 𝓗_{νk,νk} = ε_νk,
 * 𝓗_{d,νk} = t_ν, levels ε_νk = (k−1)Δε_ν − W/2 with Δε_ν = W/(K_ν − 1) (Sec. III).
 */
export function setHamiltonian(p: SetEntropyParams): ArrowheadMatrix {
  const levelsL = bathLevels(p.KL, p.W);
  const levelsR = bathLevels(p.KR, p.W);
  const tL = tunnelAmplitude(p.gammaL, p.KL, p.W);
  const tR = tunnelAmplitude(p.gammaR, p.KR, p.W);
  const diagonal = new Float64Array(p.KL + p.KR);
  const border = new Float64Array(p.KL + p.KR);
  diagonal.set(levelsL, 0);
  diagonal.set(levelsR, p.KL);
  border.fill(tL, 0, p.KL);
  border.fill(tR, p.KL);
  return { apex: p.epsilonD, diagonal, border };
}

/**
 * Diagonal of C(0): thermal, eq. (20): [n_d, f(β_L(ε_Lk − μ_L)), f(β_R(ε_Rk − μ_R))];
 * pure (Sec. IV C): each mode occupied (1) when a uniform r ∈ [0, 1) from
 * seededRandom(seed) lies below its Fermi function, else empty (0); the dot likewise
 * with probability n_d (the first draw is the dot's, then L, then R modes).
 */
export function initialOccupations(p: SetEntropyParams): Float64Array {
  const levelsL = bathLevels(p.KL, p.W);
  const levelsR = bathLevels(p.KR, p.W);
  const n = 1 + p.KL + p.KR;
  const c = new Float64Array(n);
  c[0] = p.nD;
  for (let k = 0; k < p.KL; k++) c[1 + k] = fermi(levelsL[k], p.betaL, p.muL);
  for (let k = 0; k < p.KR; k++) c[1 + p.KL + k] = fermi(levelsR[k], p.betaR, p.muR);
  if (p.initial === "pure") {
    const random = seededRandom(p.seed);
    for (let j = 0; j < n; j++) c[j] = random.next() < c[j] ? 1 : 0;
  }
  return c;
}

/** Builds the {@link SetSystem} (O(n²) time, n² doubles for V). Throws as the arrowhead solver. */
export function setSystem(p: SetEntropyParams): SetSystem {
  const hamiltonian = setHamiltonian(p);
  const indicesL = Array.from({ length: p.KL }, (_, k) => 1 + k);
  const indicesR = Array.from({ length: p.KR }, (_, k) => 1 + p.KL + k);
  return {
    params: p,
    size: 1 + p.KL + p.KR,
    levelsL: bathLevels(p.KL, p.W),
    levelsR: bathLevels(p.KR, p.W),
    tunnelL: tunnelAmplitude(p.gammaL, p.KL, p.W),
    tunnelR: tunnelAmplitude(p.gammaR, p.KR, p.W),
    hamiltonian,
    initialOccupations: initialOccupations(p),
    propagator: starPropagator(hamiltonian),
    eigen: arrowheadEigen(hamiltonian),
    indicesL,
    indicesR,
  };
}

/** 𝓗 as a dense n×n matrix (for the dense cross-check path). */
export function denseHamiltonian(h: ArrowheadMatrix): RealMatrix {
  const n = 1 + h.diagonal.length;
  const data = new Float64Array(n * n);
  data[0] = h.apex;
  for (let j = 0; j < n - 1; j++) {
    data[(j + 1) * n + j + 1] = h.diagonal[j];
    data[j + 1] = h.border[j];
    data[(j + 1) * n] = h.border[j];
  }
  return { rows: n, cols: n, data };
}
