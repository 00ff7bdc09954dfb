import { ParameterError } from "../../core/errors.js";
import { assertComplexMatrix } from "../../numerics/linalg/complex-matrix.js";
import type { ComplexMatrix } from "../../numerics/linalg/types.js";

/**
 * The vectorisation convention of every superoperator in physics/lindblad:
 * row-major stacking, vec(X)[i·d + j] = X_ij (the storage order of ComplexMatrix,
 * so vec is a reinterpretation of the data, not a permutation). With it
 *   vec(A X B) = (A ⊗ Bᵀ) vec(X),
 * where (A ⊗ B)[i·d + k][j·d + l] = a_ij b_kl (kroneckerComplex). Consequences used
 * by liouvillianSuperoperator: vec(A X) = (A ⊗ 1) vec X, vec(X B) = (1 ⊗ Bᵀ) vec X,
 * vec(L X L†) = (L ⊗ L̄) vec X (L̄ the entrywise complex conjugate, since (L†)ᵀ = L̄).
 * Note: column stacking (the other common convention) gives (Bᵀ ⊗ A) instead.
 */

/**
 * vec(X): the d×d matrix as a d²×1 column in row-major order (data copied).
 * @throws ParameterError for a non-square or non-finite X.
 */
export function vectorizeRowMajor(x: ComplexMatrix): ComplexMatrix {
  assertComplexMatrix("x", x);
  if (x.rows !== x.cols) throw new ParameterError("x.rows×cols", [x.rows, x.cols], "a square matrix");
  return { rows: x.rows * x.cols, cols: 1, re: Float64Array.from(x.re), im: Float64Array.from(x.im) };
}

/**
 * The inverse of {@link vectorizeRowMajor}: a d²×1 column (or any array of d²
 * entries stored as a matrix) back into the d×d matrix X_ij = v[i·d + j].
 * @throws ParameterError when the number of entries is not a perfect square.
 */
export function unvectorizeRowMajor(v: ComplexMatrix): ComplexMatrix {
  assertComplexMatrix("v", v);
  const n = v.rows * v.cols;
  const d = Math.round(Math.sqrt(n));
  if (d * d !== n) throw new ParameterError("v.rows·cols", n, "a perfect square d² (the vectorised d×d matrix)");
  return { rows: d, cols: d, re: Float64Array.from(v.re), im: Float64Array.from(v.im) };
}
