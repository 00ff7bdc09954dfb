import { weightedGramEigenvaluesWith, type LinalgBackendName, selectedLinalgBackend } from "../../numerics/linalg/hermitian-eigenvalues-backend.js";
import { principalSubmatrixEigenvalues } from "../../numerics/linalg/principal-submatrix-eigenvalues.js";
import { binaryEntropy } from "../../numerics/special.js";
import { dotRow, type DotRow } from "./dot-row.js";
import { observablesFromOccupations, type InitialReference, type PopulationObservables } from "./population-observables.js";
import type { SetSystem } from "./system.js";

/**
 * All terms of the entropy production at one time: the population observables plus the
 * information-theoretic terms of eqs. (8)–(12), (23) and the distances of Fig. 4.
 * Source: 001_06d9cbfd9396c60e.txt, eqs. (7)–(14), (21), (23), Fig. 4 row 3, Fig. 6.
 *
 * Cost per time point: populations O(n²) (star path), dot row O(n²), bath-block spectrum
 * O(n²) (secular equation, no matrix), the two single-bath blocks C_νν(t) O(n K_ν²) each
 * and their dense Hermitian spectra O(K_ν³) each (LAPACK zheevd or the TypeScript solver).
 */
export interface EntropyObservables extends PopulationObservables {
  /** S_SB = Σ_j h(c_j): conserved total entropy (nats). */
  readonly totalEntropy: number;
  /** S_B from the bath-block spectrum (secular equation) (nats). */
  readonly bathEntropy: number;
  /** S_L, S_R from the dense spectra of C_LL(t), C_RR(t), eq. (21) (nats). */
  readonly entropyL: number;
  readonly entropyR: number;
  /** I_{S−B} = S_S + S_B − S_SB, eq. (8) (nats). */
  readonly mutualSB: number;
  /** I_{L−R} = S_L + S_R − S_B, eq. (9) (nats). */
  readonly mutualLR: number;
  /** I_oν = Σ_k S_νk − S_ν, eq. (10) without the spurious Σ_k (nats). */
  readonly intraL: number;
  readonly intraR: number;
  /** D[ρ_ν ‖ π_ν(t)] = 𝒮_ν − S_ν (nats), Fig. 4 row 3 (plotted divided by 𝒮_ν). */
  readonly distanceL: number;
  readonly distanceR: number;
  /** I_SB + I_LR + I_oL + I_oR + D*_env(t) − D*_env(0): right side of eq. (23) (= (12) for thermal states). */
  readonly decompositionSum: number;
  /** D*_env(0) (nats). */
  readonly initialAthermality: number;
  /** Coupling energy ⟨V̂⟩ = 2 Σ_j t_j Re C_0j (energy), eq. (17). */
  readonly couplingEnergy: number;
  /** Exact heat currents J_ν = dQ_ν/dt = −Σ_k ṅ_νk (ε_νk − μ*_ν,t), ṅ_j = −2 t_j Im C_0j (energy/time), eqs. (4), (22). */
  readonly heatCurrentL: number;
  readonly heatCurrentR: number;
  /** Which dense eigensolver produced S_L, S_R. */
  readonly backend: LinalgBackendName;
}

/** S_SB = Σ_j h(c_j), the conserved entropy of the Gaussian state (eq. (21) on the whole system). */
export function totalEntropy(system: SetSystem): number {
  let s = 0;
  for (const c of system.initialOccupations) s += binaryEntropy(c);
  return s;
}

/**
 * S_B: the bath block is C(t) with the dot row and column removed; C(t) = U† diag(c) U has
 * the conserved spectrum c and eigenvectors with dot components U_j0(t), so the block's
 * spectrum follows from the secular equation Σ_j |U_j0|²/(λ − c_j) = 0
 * ({@link principalSubmatrixEigenvalues}), O(n²).
 */
export function bathEntropyFromSecular(system: SetSystem, row: DotRow): number {
  const n = system.size;
  const weights = new Float64Array(n);
  for (let j = 0; j < n; j++) weights[j] = row.columnRe[j] * row.columnRe[j] + row.columnIm[j] * row.columnIm[j];
  const values = principalSubmatrixEigenvalues(system.initialOccupations, weights);
  let s = 0;
  for (const v of values) s += binaryEntropy(Math.min(1, Math.max(0, v)));
  return s;
}

/**
 * S_ν from the dense spectrum of the block C_νν(t) = U_ν† diag(f) U_ν (eq. (21)), U_ν the
 * propagator columns of bath ν (star path, O(n K_ν)); the Gram product and its spectrum by
 * the selected backend.
 */
export function bathBlockEntropy(system: SetSystem, time: number, indices: readonly number[], backend: LinalgBackendName): number {
  const columns = system.propagator.columns(time, indices);
  const values = weightedGramEigenvaluesWith(columns, system.initialOccupations, backend);
  let s = 0;
  for (const v of values) s += binaryEntropy(Math.min(1, Math.max(0, v)));
  return s;
}

/**
 * All observables at time t (1/energy). `backend` defaults to QTHERM_LINALG's choice.
 * Throws DomainError when a bath is empty or full (no β*, μ*), ParameterError for a bad
 * QTHERM_LINALG.
 */
export function entropyObservables(
  system: SetSystem,
  reference: InitialReference,
  time: number,
  backend: LinalgBackendName = selectedLinalgBackend(),
): EntropyObservables {
  const occupations = system.propagator.occupations(time, system.initialOccupations);
  const base = observablesFromOccupations(system, reference, time, occupations);
  const row = dotRow(system, time);
  const total = totalEntropy(system);
  const bathEntropy = bathEntropyFromSecular(system, row);
  const entropyL = bathBlockEntropy(system, time, system.indicesL, backend);
  const entropyR = bathBlockEntropy(system, time, system.indicesR, backend);
  const mutualSB = base.systemEntropy + bathEntropy - total;
  const mutualLR = entropyL + entropyR - bathEntropy;
  const intraL = base.L.modeEntropy - entropyL;
  const intraR = base.R.modeEntropy - entropyR;
  const p = system.params;
  let coupling = 0;
  let currentL = 0;
  let currentR = 0;
  for (let k = 0; k < p.KL; k++) {
    const j = 1 + k;
    coupling += 2 * system.tunnelL * row.rowRe[j];
    const ndot = -2 * system.tunnelL * row.rowIm[j];
    currentL -= ndot * (system.levelsL[k] - base.L.mu);
  }
  for (let k = 0; k < p.KR; k++) {
    const j = 1 + p.KL + k;
    coupling += 2 * system.tunnelR * row.rowRe[j];
    const ndot = -2 * system.tunnelR * row.rowIm[j];
    currentR -= ndot * (system.levelsR[k] - base.R.mu);
  }
  return {
    ...base,
    totalEntropy: total,
    bathEntropy,
    entropyL,
    entropyR,
    mutualSB,
    mutualLR,
    intraL,
    intraR,
    distanceL: base.L.gcEntropy - entropyL,
    distanceR: base.R.gcEntropy - entropyR,
    decompositionSum: mutualSB + mutualLR + intraL + intraR + base.localAthermality - reference.localAthermality,
    initialAthermality: reference.localAthermality,
    couplingEnergy: coupling,
    heatCurrentL: currentL,
    heatCurrentR: currentR,
    backend,
  };
}

/**
 * I_{S−B}(t) alone (eq. (8)) in O(n²): n_d(t) = |U|²-weighted occupations of the dot from the
 * dot column, S_B from the secular equation, S_SB conserved. No dense block is formed.
 */
export function systemBathInformation(system: SetSystem, time: number): number {
  const row = dotRow(system, time);
  let nd = 0;
  const f = system.initialOccupations;
  for (let j = 0; j < system.size; j++) nd += f[j] * (row.columnRe[j] * row.columnRe[j] + row.columnIm[j] * row.columnIm[j]);
  return binaryEntropy(Math.min(1, Math.max(0, nd))) + bathEntropyFromSecular(system, row) - totalEntropy(system);
}
