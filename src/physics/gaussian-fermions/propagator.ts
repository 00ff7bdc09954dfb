import { ParameterError } from "../../core/errors.js";
import type { ComplexMatrix } from "../../numerics/linalg/types.js";

/**
 * The single-particle propagator U(t) = e^{−iht} of free fermions with a real
 * symmetric single-particle Hamiltonian h (ħ = 1; h and t in reciprocal units),
 * built once from an eigen-decomposition h = V Λ Vᵀ and then evaluated at any time.
 *
 * Convention: C_ij = ⟨c_i† c_j⟩, so the Heisenberg operators c(t) = U(t) c give
 *   C(t) = U(t)† C(0) U(t) = e^{iht} C(0) e^{−iht}
 * (U is symmetric because h is real symmetric).
 * Source: 001_06d9cbfd9396c60e.txt, eqs. (18)–(19).
 *
 * Two implementations share this interface: densePropagator (any real symmetric h,
 * O(n³) preparation and O(n³) per time for occupations) and starPropagator (h an
 * arrowhead/star matrix, O(n²) preparation and O(n²) per time).
 */
export interface Propagator {
  /** Number of single-particle modes n. */
  readonly size: number;
  /** Eigenvalues of h, ascending (length n). */
  readonly energies: Float64Array;
  /**
   * Columns `indices` of U(t) = e^{−iht}: an n × indices.length complex matrix
   * with entry (l, c) = U_{l, indices[c]}(t). Throws ParameterError for a non-finite
   * time or invalid indices.
   */
  columns(time: number, indices: readonly number[]): ComplexMatrix;
  /**
   * Occupations n_j(t) = C_jj(t) = Σ_l f_l |U_lj(t)|² for a diagonal initial
   * correlation matrix C(0) = diag(f) (thermal and Fock product states; eq. (20) of
   * 001_06d9cbfd9396c60e.txt). Throws ParameterError for a non-finite time or
   * occupations of the wrong length or outside [0, 1].
   */
  occupations(time: number, initialOccupations: Float64Array): Float64Array;
}

/** Throws ParameterError unless `time` is a finite number. */
export function checkTime(time: number): void {
  if (!(typeof time === "number" && Number.isFinite(time))) throw new ParameterError("time", time, "a finite number");
}

/**
 * Throws ParameterError unless `f` is a Float64Array of length n with entries in
 * [0, 1] (fermionic occupations; exact bounds, no tolerance).
 */
export function checkOccupations(f: Float64Array, n: number, name = "initialOccupations"): void {
  if (!(f instanceof Float64Array)) throw new ParameterError(name, typeof f, "a Float64Array");
  if (f.length !== n) throw new ParameterError(`${name}.length`, f.length, `the number of modes (${n})`);
  for (let i = 0; i < n; i++) {
    if (!(f[i] >= 0 && f[i] <= 1)) throw new ParameterError(`${name}[${i}]`, f[i], "an occupation in [0, 1]");
  }
}

/**
 * Throws ParameterError unless `indices` is an array of distinct integers in
 * [0, n). Order is kept: it is the order of rows/columns in the result.
 */
export function checkIndices(indices: readonly number[], n: number, name = "indices"): void {
  if (!Array.isArray(indices)) throw new ParameterError(name, typeof indices, "an array of mode indices");
  const seen = new Uint8Array(n);
  for (let c = 0; c < indices.length; c++) {
    const i = indices[c];
    if (!(Number.isInteger(i) && i >= 0 && i < n)) throw new ParameterError(`${name}[${c}]`, i, `an integer in [0, ${n - 1}]`);
    if (seen[i]) throw new ParameterError(`${name}[${c}]`, i, "an index not already listed");
    seen[i] = 1;
  }
}
