import { ParameterError } from "../../core/errors.js";
import { assertComplexMatrix } from "../../numerics/linalg/complex-matrix.js";
import type { ComplexMatrix } from "../../numerics/linalg/types.js";

/**
 * tr(A ρ) = Σ_ij A_ij ρ_ji, in O(d²) without forming the product. For a Hermitian
 * A and a density matrix ρ this is the expectation value ⟨A⟩ (imaginary part zero
 * up to round-off).
 * @example expectationValue(n, rho) // the occupation ⟨n⟩
 * @throws ParameterError for non-square, non-finite or differently sized matrices.
 */
export function expectationValue(a: ComplexMatrix, rho: ComplexMatrix): { re: number; im: number } {
  assertComplexMatrix("a", a);
  assertComplexMatrix("rho", rho);
  const d = a.rows;
  if (a.cols !== d) throw new ParameterError("a.rows×cols", [a.rows, a.cols], "a square matrix");
  if (rho.rows !== d || rho.cols !== d) throw new ParameterError("rho.rows×cols", [rho.rows, rho.cols], `${d}×${d} (the size of a)`);
  let re = 0;
  let im = 0;
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < d; j++) {
      const ar = a.re[i * d + j];
      const ai = a.im[i * d + j];
      const rr = rho.re[j * d + i];
      const ri = rho.im[j * d + i];
      re += ar * rr - ai * ri;
      im += ar * ri + ai * rr;
    }
  }
  return { re, im };
}
