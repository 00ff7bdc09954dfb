import { ParameterError } from "../../core/errors.js";
import { assertRealMatrix, assertSquare, multiplyReal } from "../../numerics/linalg/real-matrix.js";
import { symmetricEigen } from "../../numerics/linalg/symmetric-eigen.js";
import type { ComplexMatrix, RealMatrix } from "../../numerics/linalg/types.js";
import { checkIndices, checkOccupations, checkTime, type Propagator } from "./propagator.js";

/**
 * Largest accepted relative asymmetry max|h_ij − h_ji| / max|h_ij|: a Hamiltonian
 * assembled by the same formula on both triangles is symmetric bit for bit, and
 * 10⁻¹² still admits a few hundred roundings of sums assembled in different orders;
 * anything larger is a non-Hermitian h, i.e. an input error.
 */
export const HAMILTONIAN_ASYMMETRY_TOLERANCE = 1e-12;

/**
 * The propagator U(t) = e^{−iht} = V e^{−iΛt} Vᵀ of a dense real symmetric
 * single-particle Hamiltonian h (see {@link Propagator} for the convention
 * C(t) = e^{iht} C(0) e^{−iht}; 001_06d9cbfd9396c60e.txt, eq. (19)).
 *
 * Algorithm: one dense eigen-decomposition (symmetricEigen, ≈ 9n³ flops); then
 * columns A of U as the two real products V·(diag(cos λt) V_Aᵀ) and
 * −V·(diag(sin λt) V_Aᵀ) (2n²|A| flops each), occupations Σ_l f_l |U_lj|² from all
 * columns (O(n³) per time). This is the general fallback and the cross-check of
 * the star path. Units: h in energy, t in 1/energy (ħ = 1).
 *
 * Throws ParameterError for a non-square or non-finite h, or an asymmetry beyond
 * {@link HAMILTONIAN_ASYMMETRY_TOLERANCE}; ConvergenceError from the eigensolver.
 * @example densePropagator(realFromRows([[0, 1], [1, 0]])).occupations(Math.PI / 2, Float64Array.of(1, 0))
 *   // ≈ [0, 1] (complete Rabi transfer at t = π/(2J))
 */
export function densePropagator(h: RealMatrix): Propagator {
  assertRealMatrix("h", h);
  assertSquare("h", h);
  const n = h.rows;
  let maxAbs = 0;
  for (let i = 0; i < n * n; i++) maxAbs = Math.max(maxAbs, Math.abs(h.data[i]));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const asymmetry = Math.abs(h.data[i * n + j] - h.data[j * n + i]);
      if (asymmetry > HAMILTONIAN_ASYMMETRY_TOLERANCE * maxAbs) {
        throw new ParameterError(`h[${i}][${j}] − h[${j}][${i}]`, asymmetry, `at most ${HAMILTONIAN_ASYMMETRY_TOLERANCE}·max|h| (h must be real symmetric)`);
      }
    }
  }
  const { values, vectors } = symmetricEigen(h);
  const v = vectors.data;

  const columnsKernel = (time: number, indices: readonly number[]): ComplexMatrix => {
    const a = indices.length;
    const cosPart = new Float64Array(n * a);
    const sinPart = new Float64Array(n * a);
    for (let k = 0; k < n; k++) {
      const phase = values[k] * time;
      const c = Math.cos(phase);
      const s = Math.sin(phase);
      for (let col = 0; col < a; col++) {
        const vbk = v[indices[col] * n + k];
        cosPart[k * a + col] = c * vbk;
        sinPart[k * a + col] = -s * vbk;
      }
    }
    const re = multiplyReal(vectors, { rows: n, cols: a, data: cosPart }).data;
    const im = multiplyReal(vectors, { rows: n, cols: a, data: sinPart }).data;
    return { rows: n, cols: a, re, im };
  };

  const allIndices = Array.from({ length: n }, (_, i) => i);
  return {
    size: n,
    energies: values,
    columns(time, indices) {
      checkTime(time);
      checkIndices(indices, n);
      return columnsKernel(time, indices);
    },
    occupations(time, f) {
      checkTime(time);
      checkOccupations(f, n);
      const u = columnsKernel(time, allIndices);
      const result = new Float64Array(n);
      for (let l = 0; l < n; l++) {
        const fl = f[l];
        if (fl === 0) continue;
        const row = l * n;
        for (let j = 0; j < n; j++) {
          const re = u.re[row + j];
          const im = u.im[row + j];
          result[j] += fl * (re * re + im * im);
        }
      }
      return result;
    },
  };
}
