import { ParameterError } from "../../core/errors.js";
import { multiplyComplex, scaleComplex } from "../../numerics/linalg/complex-matrix.js";
import { expmComplex } from "../../numerics/linalg/expm.js";
import type { ComplexMatrix } from "../../numerics/linalg/types.js";
import { assertOperator } from "./apply-liouvillian.js";
import type { LindbladGenerator } from "./lindblad-generator.js";
import { liouvillianSuperoperator } from "./liouvillian-superoperator.js";
import { unvectorizeRowMajor, vectorizeRowMajor } from "./row-major-vectorization.js";

/**
 * Time evolution under a time-independent generator: ρ(t) = e^{𝓛t} ρ(0), with the
 * superoperator exponential (expmComplex: Higham 2005 scaling and squaring, Padé 13)
 * applied to vec ρ(0) (row-major convention, row-major-vectorization.ts).
 * Accuracy: backward error ~ unit roundoff in ‖𝓛t‖; for contractive 𝓛 the result is
 * accurate to ~1e-15·(1 + ‖𝓛t‖) in every entry.
 * Units: t in 1/energy (ħ = 1).
 * @throws ParameterError for t negative or not finite, or rho0 not a finite d×d matrix.
 */
export function evolveDensityMatrix(generator: LindbladGenerator, rho0: ComplexMatrix, t: number): ComplexMatrix {
  if (!(Number.isFinite(t) && t >= 0)) throw new ParameterError("t", t, "a finite time ≥ 0 (the semigroup runs forward only)");
  assertOperator("rho0", rho0, generator.dimension);
  const propagator = expmComplex(scaleComplex(liouvillianSuperoperator(generator), t, 0));
  return unvectorizeRowMajor(multiplyComplex(propagator, vectorizeRowMajor(rho0)));
}
