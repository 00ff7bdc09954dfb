import { ParameterError } from "../../core/errors.js";
import type { RealMatrix } from "../../numerics/linalg/types.js";
import type { NormalModes } from "./normal-modes.js";

/**
 * Gaussian product states of coupled oscillators: the initial states of
 * quench (coupling-switch) problems, each block the Gibbs state of its own
 * quadratic Hamiltonian. All first moments vanish.
 */

/**
 * One block of a Gaussian product state, on the coordinates offset … offset+size−1:
 * ⟨q qᵀ⟩ = W diag(qVariance) Wᵀ, ⟨p pᵀ⟩ = W diag(pVariance) Wᵀ, ½⟨{q_i, p_j}⟩ = 0,
 * with W = vectors (size×size orthogonal, row-major, columns = the block's normal modes),
 * or W = identity when vectors is undefined (independent oscillators).
 */
export interface GaussianBlock {
  readonly offset: number;
  readonly size: number;
  readonly vectors?: RealMatrix;
  readonly qVariance: Float64Array;
  readonly pVariance: Float64Array;
}

/** A product of Gaussian blocks that together cover the coordinates 0 … dimension−1 exactly once. */
export interface GaussianProductState {
  readonly dimension: number;
  readonly blocks: readonly GaussianBlock[];
}

/**
 * Thermal variances of one mode of frequency Ω (mass-weighted coordinates, ħ = k_B = 1):
 * ⟨Q²⟩ = coth(Ω/2T)/(2Ω), ⟨P²⟩ = Ω coth(Ω/2T)/2; T = 0 gives the ground state 1/(2Ω), Ω/2.
 * Source: eq. (35) of 002_1f8d4f9374398bb6.txt; any statistical-mechanics text.
 * Kernel: Ω > 0, T ≥ 0 trusted.
 */
export function thermalVariances(frequency: number, temperature: number): { q: number; p: number } {
  const cothHalf = temperature === 0 ? 1 : 1 + 2 / Math.expm1(frequency / temperature);
  return { q: cothHalf / (2 * frequency), p: (frequency * cothHalf) / 2 };
}

/**
 * The Gibbs state at temperature T of independent oscillators with the given
 * frequencies, on coordinates offset … offset + frequencies.length − 1.
 * @throws ParameterError for a non-positive frequency or a negative/non-finite temperature.
 */
export function independentThermalBlock(offset: number, frequencies: Float64Array, temperature: number): GaussianBlock {
  validateTemperature(temperature);
  return thermalOf(offset, undefined, frequencies, temperature);
}

/**
 * The Gibbs state at temperature T of the quadratic Hamiltonian whose normal modes are
 * given (e.g. mediator + one bath, coupled), on coordinates offset … offset + n − 1.
 * @throws ParameterError for a negative or non-finite temperature.
 */
export function thermalBlockOfModes(offset: number, modes: NormalModes, temperature: number): GaussianBlock {
  validateTemperature(temperature);
  return thermalOf(offset, modes.vectors, modes.frequencies, temperature);
}

/**
 * Assembles a product state and checks that the blocks tile 0 … dimension−1.
 * @throws ParameterError naming the first block that overlaps, leaves a gap or has inconsistent sizes.
 */
export function gaussianProductState(dimension: number, blocks: readonly GaussianBlock[]): GaussianProductState {
  const sorted = [...blocks].sort((a, b) => a.offset - b.offset);
  let next = 0;
  sorted.forEach((b, i) => {
    if (b.offset !== next) throw new ParameterError(`blocks[${i}].offset`, b.offset, `${next} (blocks must tile the coordinates without gaps or overlaps)`);
    if (b.qVariance.length !== b.size || b.pVariance.length !== b.size) {
      throw new ParameterError(`blocks[${i}].qVariance.length`, b.qVariance.length, `the block size ${b.size}`);
    }
    if (b.vectors && (b.vectors.rows !== b.size || b.vectors.cols !== b.size)) {
      throw new ParameterError(`blocks[${i}].vectors`, `${b.vectors.rows}×${b.vectors.cols}`, `${b.size}×${b.size}`);
    }
    next += b.size;
  });
  if (next !== dimension) throw new ParameterError("dimension", dimension, `the total block size ${next}`);
  return { dimension, blocks: sorted };
}

function thermalOf(offset: number, vectors: RealMatrix | undefined, frequencies: Float64Array, temperature: number): GaussianBlock {
  const n = frequencies.length;
  const qVariance = new Float64Array(n);
  const pVariance = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const w = frequencies[k];
    if (!(w > 0 && Number.isFinite(w))) throw new ParameterError(`frequencies[${k}]`, w, "a finite frequency > 0");
    const v = thermalVariances(w, temperature);
    qVariance[k] = v.q;
    pVariance[k] = v.p;
  }
  return { offset, size: n, vectors, qVariance, pVariance };
}

function validateTemperature(t: number): void {
  if (!(Number.isFinite(t) && t >= 0)) throw new ParameterError("temperature", t, "a finite number >= 0");
}
