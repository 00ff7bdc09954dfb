import { conjugateTranspose, multiplyComplex } from "../../numerics/linalg/complex-matrix.js";
import type { ComplexMatrix } from "../../numerics/linalg/types.js";
import { assertOperator, commutatorTimesI } from "./apply-liouvillian.js";
import type { LindbladGenerator } from "./lindblad-generator.js";

/**
 * The adjoint (Heisenberg-picture) generator applied to an observable X:
 *   𝓛†X = i[H, X] + Σ_k γ_k (L_k† X L_k − ½{L_k†L_k, X}),
 * the dual of 𝓛 under the trace pairing: tr(X 𝓛ρ) = tr((𝓛†X) ρ) for all ρ, X.
 * Current operators are of this form, e.g. Ĵ = 𝓛_ν†Ĥ for the heat current from
 * bath ν (Source: 004_a34d5d2333a6057f.txt, slides 1 and 5).
 * Units: 𝓛†X has the units of X times energy (ħ = 1).
 * @throws ParameterError when x is not a finite d×d matrix of the generator's dimension.
 */
export function applyAdjointGenerator(generator: LindbladGenerator, x: ComplexMatrix): ComplexMatrix {
  assertOperator("x", x, generator.dimension);
  const out = commutatorTimesI(generator.hamiltonian, x, 1);
  for (const { operator: l, rate } of generator.jumps) {
    if (rate === 0) continue;
    const lDagger = conjugateTranspose(l);
    const lDaggerL = multiplyComplex(lDagger, l);
    const sandwich = multiplyComplex(multiplyComplex(lDagger, x), l);
    const left = multiplyComplex(lDaggerL, x);
    const right = multiplyComplex(x, lDaggerL);
    for (let p = 0; p < out.re.length; p++) {
      out.re[p] += rate * (sandwich.re[p] - 0.5 * (left.re[p] + right.re[p]));
      out.im[p] += rate * (sandwich.im[p] - 0.5 * (left.im[p] + right.im[p]));
    }
  }
  return out;
}
