import { ParameterError } from "../../core/errors.js";
import type { ArrowheadMatrix } from "../../numerics/linalg/arrowhead-eigen.js";
import { arrowheadEigen } from "../../numerics/linalg/arrowhead-eigen.js";
import { symmetricEigen } from "../../numerics/linalg/symmetric-eigen.js";
import type { RealMatrix, SymmetricEigen } from "../../numerics/linalg/types.js";

/**
 * Normal modes of a quadratic bosonic Hamiltonian H = ½ pᵀp + ½ qᵀ V q written in
 * mass-weighted coordinates (q_i = √m_i x_i, p_i = p_i/√m_i), V the mass-weighted
 * Hessian: V = U diag(Ω²) Uᵀ, Ω_k > 0, U orthogonal (modes in its columns).
 * Source: H. Goldstein, Classical Mechanics, 3rd ed., §6.2 (small oscillations); the
 * quantum equations of motion are the same linear ones (Heisenberg picture).
 */
export interface NormalModes {
  /** Ω_k > 0, ascending (frequency units). */
  readonly frequencies: Float64Array;
  /** U: n×n orthogonal, row-major, mode k in column k. */
  readonly vectors: RealMatrix;
}

/** Largest dimension accepted: the dense U takes 8n² bytes (288 MB at n = 6001). */
export const MAX_NORMAL_MODE_DIMENSION = 6001;

/**
 * Normal modes of an arrowhead (star) Hessian — one coordinate (index 0) coupled to
 * independent oscillators — in O(n²) by the Gu–Eisenstat arrowhead eigensolver.
 * @throws ParameterError if n exceeds {@link MAX_NORMAL_MODE_DIMENSION} or V is not
 *   positive definite (a zero or negative eigenvalue: no oscillatory normal mode).
 * @example normalModesFromArrowhead({ apex: 2, diagonal: Float64Array.of(2), border: Float64Array.of(-1) }).frequencies
 *   // Float64Array [1, √3]
 */
export function normalModesFromArrowhead(hessian: ArrowheadMatrix): NormalModes {
  const n = hessian.diagonal.length + 1;
  if (n > MAX_NORMAL_MODE_DIMENSION) throw new ParameterError("hessian size", n, `at most ${MAX_NORMAL_MODE_DIMENSION} (dense eigenvectors need 8n² bytes)`);
  return fromEigen(arrowheadEigen(hessian), "hessian");
}

/**
 * Normal modes of a dense symmetric Hessian (Householder + QL, O(n³)); the general
 * fallback and the cross-check of {@link normalModesFromArrowhead}.
 * @throws ParameterError as {@link normalModesFromArrowhead}.
 */
export function normalModesDense(hessian: RealMatrix): NormalModes {
  if (hessian.rows > MAX_NORMAL_MODE_DIMENSION) {
    throw new ParameterError("hessian size", hessian.rows, `at most ${MAX_NORMAL_MODE_DIMENSION} (dense eigenvectors need 8n² bytes)`);
  }
  return fromEigen(symmetricEigen(hessian), "hessian");
}

/** Dense n×n form of an arrowhead matrix (for the dense cross-check). */
export function arrowheadToDense(a: ArrowheadMatrix): RealMatrix {
  const n = a.diagonal.length + 1;
  const data = new Float64Array(n * n);
  data[0] = a.apex;
  for (let j = 0; j < n - 1; j++) {
    data[j + 1] = a.border[j];
    data[(j + 1) * n] = a.border[j];
    data[(j + 1) * n + j + 1] = a.diagonal[j];
  }
  return { rows: n, cols: n, data };
}

function fromEigen(e: SymmetricEigen, name: string): NormalModes {
  const n = e.values.length;
  const frequencies = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const v = e.values[k];
    if (!(v > 0)) throw new ParameterError(name, `eigenvalue ${v} at index ${k}`, "a positive definite Hessian (all normal-mode frequencies² > 0)");
    frequencies[k] = Math.sqrt(v);
  }
  return { frequencies, vectors: e.vectors };
}
