import { ParameterError } from "../../core/errors.js";
import { assertComplexMatrix, conjugateTranspose, multiplyComplex } from "../../numerics/linalg/complex-matrix.js";
import type { ComplexMatrix } from "../../numerics/linalg/types.js";
import type { LindbladGenerator } from "./lindblad-generator.js";

/**
 * Applies the generator to an operator without building the superoperator:
 *   𝓛ρ = −i[H, ρ] + Σ_k γ_k (L_k ρ L_k† − ½{L_k†L_k, ρ}).
 * Cost O(K d³) for K jump operators (against O(d⁴) for the superoperator).
 * Source: G. Lindblad, Commun. Math. Phys. 48, 119 (1976).
 * Units: 𝓛ρ has the units of ρ times energy (ħ = 1).
 * @throws ParameterError when rho is not a finite d×d matrix of the generator's dimension.
 */
export function applyLiouvillian(generator: LindbladGenerator, rho: ComplexMatrix): ComplexMatrix {
  assertOperator("rho", rho, generator.dimension);
  const h = generator.hamiltonian;
  const out = commutatorTimesI(h, rho, -1);
  for (const { operator: l, rate } of generator.jumps) {
    if (rate === 0) continue;
    const lDagger = conjugateTranspose(l);
    const lDaggerL = multiplyComplex(lDagger, l);
    const sandwich = multiplyComplex(multiplyComplex(l, rho), lDagger);
    const left = multiplyComplex(lDaggerL, rho);
    const right = multiplyComplex(rho, lDaggerL);
    for (let p = 0; p < out.re.length; p++) {
      out.re[p] += rate * (sandwich.re[p] - 0.5 * (left.re[p] + right.re[p]));
      out.im[p] += rate * (sandwich.im[p] - 0.5 * (left.im[p] + right.im[p]));
    }
  }
  return out;
}

/** s·i·[A, X] = s·i·(AX − XA) as a new matrix (s = ±1). */
export function commutatorTimesI(a: ComplexMatrix, x: ComplexMatrix, s: 1 | -1): ComplexMatrix {
  const ax = multiplyComplex(a, x);
  const xa = multiplyComplex(x, a);
  const re = new Float64Array(ax.re.length);
  const im = new Float64Array(ax.re.length);
  for (let p = 0; p < re.length; p++) {
    // i·(c_re + i c_im) = −c_im + i c_re
    re[p] = -s * (ax.im[p] - xa.im[p]);
    im[p] = s * (ax.re[p] - xa.re[p]);
  }
  return { rows: ax.rows, cols: ax.cols, re, im };
}

/** Throws ParameterError unless x is a finite d×d complex matrix. */
export function assertOperator(name: string, x: ComplexMatrix, d: number): void {
  assertComplexMatrix(name, x);
  if (x.rows !== d || x.cols !== d) throw new ParameterError(`${name}.rows×cols`, [x.rows, x.cols], `${d}×${d} (the generator's dimension)`);
}
