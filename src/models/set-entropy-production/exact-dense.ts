import { hermitianEigenvalues } from "../../numerics/linalg/hermitian-eigenvalues.js";
import type { ComplexMatrix } from "../../numerics/linalg/types.js";
import { binaryEntropy } from "../../numerics/special.js";
import { correlationMatrix } from "../../physics/gaussian-fermions/correlation-block.js";
import { densePropagator } from "../../physics/gaussian-fermions/dense-propagator.js";
import { principalBlock } from "../../physics/gaussian-fermions/principal-block.js";
import type { Propagator } from "../../physics/gaussian-fermions/propagator.js";
import { denseHamiltonian, type SetSystem } from "./system.js";

/**
 * The authors' algorithm, kept as the cross-check of the star path: dense eigen-
 * decomposition of 𝓗 (symmetricEigen, O(n³)), the full C(t) = e^{i𝓗t} C(0) e^{−i𝓗t}
 * (O(n³) per time) and dense spectra of its blocks (eq. (21)). Independent of the star
 * propagator, the dot-row formula and the secular equation of the bath block.
 * Source: 001_06d9cbfd9396c60e.txt, eqs. (18)–(21). Practical up to n ≈ 400 in TypeScript.
 */
export interface DenseSnapshot {
  /** Diagonal of C(t). */
  readonly occupations: Float64Array;
  /** S_SB from the spectrum of the full C(t) (nats). */
  readonly totalEntropy: number;
  /** S_B, S_L, S_R from dense block spectra (nats). */
  readonly bathEntropy: number;
  readonly entropyL: number;
  readonly entropyR: number;
  /** Smallest and largest eigenvalue over C(t) and its blocks (0 ≤ C ≤ 1). */
  readonly minEigenvalue: number;
  readonly maxEigenvalue: number;
  /** C_0j(t) (dot row). */
  readonly dotRowRe: Float64Array;
  readonly dotRowIm: Float64Array;
}

/** Dense propagator of the system's 𝓗 (O(n³) once). */
export function setDensePropagator(system: SetSystem): Propagator {
  return densePropagator(denseHamiltonian(system.hamiltonian));
}

function spectrumEntropy(c: ComplexMatrix, indices: readonly number[], range: { min: number; max: number }): number {
  const values = hermitianEigenvalues(principalBlock(c, indices));
  let s = 0;
  for (const v of values) {
    range.min = Math.min(range.min, v);
    range.max = Math.max(range.max, v);
    s += binaryEntropy(Math.min(1, Math.max(0, v)));
  }
  return s;
}

/** Everything the dense path provides at time t (1/energy). */
export function denseSnapshot(system: SetSystem, propagator: Propagator, time: number): DenseSnapshot {
  const c = correlationMatrix(propagator, system.initialOccupations, time);
  const n = system.size;
  const all = Array.from({ length: n }, (_, i) => i);
  const bath = all.slice(1);
  const range = { min: Infinity, max: -Infinity };
  const occupations = new Float64Array(n);
  for (let i = 0; i < n; i++) occupations[i] = c.re[i * n + i];
  return {
    occupations,
    totalEntropy: spectrumEntropy(c, all, range),
    bathEntropy: spectrumEntropy(c, bath, range),
    entropyL: spectrumEntropy(c, system.indicesL, range),
    entropyR: spectrumEntropy(c, system.indicesR, range),
    minEigenvalue: range.min,
    maxEigenvalue: range.max,
    dotRowRe: c.re.slice(0, n),
    dotRowIm: c.im.slice(0, n),
  };
}
