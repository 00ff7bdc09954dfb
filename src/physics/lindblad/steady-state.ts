import { ConvergenceError, DomainError, ParameterError } from "../../core/errors.js";
import { assertComplexMatrix, frobeniusNormComplex, multiplyComplex } from "../../numerics/linalg/complex-matrix.js";
import { solveComplex } from "../../numerics/linalg/lu-solve.js";
import { nullSpaceComplex } from "../../numerics/linalg/null-space.js";
import type { ComplexMatrix } from "../../numerics/linalg/types.js";
import { densityMatrixDiagnostics } from "./density-matrix-diagnostics.js";
import type { LindbladGenerator } from "./lindblad-generator.js";
import { liouvillianSuperoperator } from "./liouvillian-superoperator.js";

/**
 * The stationary state 𝓛ρ_s = 0 of a Lindblad generator, from the null space of
 * the Liouvillian superoperator (row-major vectorisation, liouvillian-superoperator.ts).
 *
 * Algorithm:
 * 1. Uniqueness: nullSpaceComplex (QR with column pivoting of 𝓛ᴴ) with relative rank
 *    threshold `nullSpaceRtol` must return exactly one null vector v.
 * 2. The state: the trace-bordered system — 𝓛 with its row (0,0) replaced by the trace
 *    functional vec(1)ᵀ, right-hand side e₀ — solved by LU with partial pivoting
 *    (solveComplex). Row (0,0) is redundant (tr 𝓛X = 0 makes the diagonal rows sum to
 *    zero), and tr ρ_s ≠ 0, so the bordered matrix is non-singular exactly when the null
 *    space is one-dimensional. (QuTiP's "direct" steady-state method does the same.)
 * 3. Cross-check: v/tr v must agree with the solution to `agreementTol` (relative
 *    Frobenius): two algorithms, one answer.
 * 4. The solution is Hermitised as (ρ + ρ†)/2 and CHECKED: the Hermiticity error before
 *    Hermitising and the smallest eigenvalue must be within the stated tolerances; its
 *    trace is 1 by construction (to round-off).
 * Accuracy: backward error ~ 1e-16·‖𝓛‖; forward error ≲ 1e-16·‖𝓛‖/g with g the
 * smallest non-zero singular value of 𝓛 (~ the slowest relaxation rate).
 * Units: ρ_s dimensionless; the residual in energy units (that of 𝓛).
 */

export interface SteadyStateOptions {
  /** Rank threshold of the null space relative to the largest pivot of 𝓛 (default 1e-10). */
  readonly nullSpaceRtol?: number;
  /** Largest accepted ‖ρ − ρ†‖_F/‖ρ‖_F of the normalised null vector (default 1e-8). */
  readonly hermiticityTol?: number;
  /** Most negative accepted eigenvalue (default −1e-10). */
  readonly positivityTol?: number;
  /** Largest accepted ‖v/tr v − ρ‖_F/‖ρ‖_F between null vector and bordered solve (default 1e-6). */
  readonly agreementTol?: number;
}

export interface SteadyState {
  /** The normalised, Hermitised stationary density matrix. */
  readonly rho: ComplexMatrix;
  /** ‖𝓛 vec ρ_s‖₂ / ‖𝓛‖_F: relative residual of the stationarity equation. */
  readonly relativeResidual: number;
  /** ‖ρ − ρ†‖_F/‖ρ‖_F of the bordered solution, before Hermitising. */
  readonly hermiticityError: number;
  /** ‖v/tr v − ρ‖_F/‖ρ‖_F: disagreement of the null vector v with the bordered solve. */
  readonly nullVectorDisagreement: number;
  /** Smallest eigenvalue of ρ_s (≥ −positivityTol). */
  readonly minEigenvalue: number;
}

/**
 * Computes and checks the unique steady state of a generator.
 * @example steadyState(lindbladGenerator(h, [{ operator: sigmaMinus, rate: 1 }])).rho // |0⟩⟨0|
 * @throws ParameterError for tolerances outside their ranges.
 * @throws ConvergenceError when the numerical null space is empty (no pivot below
 *   rtol·‖𝓛‖), or the normalised null vector is not Hermitian or not positive within
 *   tolerance (the achieved numbers are in the message).
 * @throws DomainError when the null space has dimension > 1 (no unique steady state) or
 *   the null vector is traceless (no density matrix in the null space), or the bordered
 *   system is singular.
 * @throws ConvergenceError also when the null vector and the bordered solve disagree
 *   beyond agreementTol.
 */
export function steadyState(generator: LindbladGenerator, options: SteadyStateOptions = {}): SteadyState {
  return steadyStateOfSuperoperator(liouvillianSuperoperator(generator), options);
}

/**
 * The same for a generator given as its d²×d² superoperator in the row-major
 * vectorisation (e.g. a sum of Liouvillians, or a deliberately non-Lindblad map in tests).
 * @throws as {@link steadyState}; ParameterError also for a matrix that is not d²×d².
 */
export function steadyStateOfSuperoperator(superoperator: ComplexMatrix, options: SteadyStateOptions = {}): SteadyState {
  const rtol = options.nullSpaceRtol ?? 1e-10;
  const hermiticityTol = options.hermiticityTol ?? 1e-8;
  const positivityTol = options.positivityTol ?? 1e-10;
  if (!(rtol > 0 && rtol < 1)) throw new ParameterError("nullSpaceRtol", rtol, "a number in (0, 1)");
  if (!(hermiticityTol > 0 && hermiticityTol < 1)) throw new ParameterError("hermiticityTol", hermiticityTol, "a number in (0, 1)");
  if (!(positivityTol >= 0 && positivityTol < 1)) throw new ParameterError("positivityTol", positivityTol, "a number in [0, 1)");
  const agreementTol = options.agreementTol ?? 1e-6;
  if (!(agreementTol > 0 && agreementTol < 1)) throw new ParameterError("agreementTol", agreementTol, "a number in (0, 1)");
  assertComplexMatrix("superoperator", superoperator);
  const d = Math.round(Math.sqrt(superoperator.rows));
  if (superoperator.cols !== superoperator.rows || d * d !== superoperator.rows || d === 0) {
    throw new ParameterError("superoperator.rows×cols", [superoperator.rows, superoperator.cols], "a square d²×d² matrix, d ≥ 1");
  }
  const kernel = nullSpaceComplex(superoperator, rtol);
  if (kernel.cols === 0) {
    throw new ConvergenceError(
      "steady state (null space of the Liouvillian)",
      rtol,
      1,
      `no pivot of the ${d * d}×${d * d} Liouvillian below rtol·‖𝓛‖ = ${rtol}: no numerical null space`,
    );
  }
  if (kernel.cols > 1) {
    throw new DomainError(
      "steady state",
      "a unique stationary state (one-dimensional null space of 𝓛)",
      `the null space has dimension ${kernel.cols} at rank threshold ${rtol}`,
    );
  }
  // Trace of the reshaped null vector v: Σ_i v[i·d + i].
  let tr = 0;
  let ti = 0;
  for (let i = 0; i < d; i++) {
    tr += kernel.re[i * d + i];
    ti += kernel.im[i * d + i];
  }
  const traceModulus = Math.hypot(tr, ti);
  if (traceModulus < Math.sqrt(rtol)) {
    throw new DomainError("steady state", "a null vector with non-zero trace", `|tr v| = ${traceModulus.toExponential(3)} for the unit null vector v`);
  }
  // v / tr v (complex division removes the phase of v).
  const scale = 1 / (tr * tr + ti * ti);
  const nullRe = new Float64Array(d * d);
  const nullIm = new Float64Array(d * d);
  for (let p = 0; p < d * d; p++) {
    nullRe[p] = (kernel.re[p] * tr + kernel.im[p] * ti) * scale;
    nullIm[p] = (kernel.im[p] * tr - kernel.re[p] * ti) * scale;
  }
  // Trace-bordered system: row (0,0) of 𝓛 replaced by vec(1)ᵀ, right-hand side e₀.
  const n = d * d;
  const bordered = { rows: n, cols: n, re: Float64Array.from(superoperator.re), im: Float64Array.from(superoperator.im) };
  bordered.re.fill(0, 0, n);
  bordered.im.fill(0, 0, n);
  for (let i = 0; i < d; i++) bordered.re[i * d + i] = 1;
  const rhs = { rows: n, cols: 1, re: new Float64Array(n), im: new Float64Array(n) };
  rhs.re[0] = 1;
  let solution: ComplexMatrix;
  try {
    solution = solveComplex(bordered, rhs);
  } catch (error) {
    throw new DomainError("steady state", "a non-singular trace-bordered Liouvillian", "the bordered system is singular to working precision", { cause: error });
  }
  const normalised = { rows: d, cols: d, re: solution.re, im: solution.im };
  let disagreement = 0;
  for (let p = 0; p < n; p++) disagreement += (nullRe[p] - solution.re[p]) ** 2 + (nullIm[p] - solution.im[p]) ** 2;
  const nullVectorDisagreement = Math.sqrt(disagreement) / frobeniusNormComplex(normalised);
  if (!(nullVectorDisagreement <= agreementTol)) {
    throw new ConvergenceError(
      "steady state (null space of the Liouvillian)",
      nullVectorDisagreement,
      2,
      `null vector and trace-bordered solve disagree: ‖v/tr v − ρ‖_F/‖ρ‖_F = ${nullVectorDisagreement.toExponential(3)} > ${agreementTol}`,
    );
  }
  const before = densityMatrixDiagnostics(normalised);
  if (before.hermiticityError > hermiticityTol) {
    throw new ConvergenceError(
      "steady state (null space of the Liouvillian)",
      before.hermiticityError,
      1,
      `steady state is not Hermitian: ‖ρ − ρ†‖_F/‖ρ‖_F = ${before.hermiticityError.toExponential(3)} > ${hermiticityTol}`,
    );
  }
  const rho = hermitise(normalised);
  const after = densityMatrixDiagnostics(rho);
  if (after.minEigenvalue < -positivityTol) {
    throw new ConvergenceError(
      "steady state (null space of the Liouvillian)",
      -after.minEigenvalue,
      1,
      `steady state is not positive: smallest eigenvalue ${after.minEigenvalue.toExponential(3)} < −${positivityTol}`,
    );
  }
  const residual = multiplyComplex(superoperator, { rows: d * d, cols: 1, re: rho.re, im: rho.im });
  const norm = frobeniusNormComplex(superoperator);
  return {
    rho,
    relativeResidual: norm === 0 ? 0 : frobeniusNormComplex(residual) / norm,
    hermiticityError: before.hermiticityError,
    nullVectorDisagreement,
    minEigenvalue: after.minEigenvalue,
  };
}

/** (ρ + ρ†)/2 (the diagonal becomes exactly real). */
function hermitise(rho: ComplexMatrix): ComplexMatrix {
  const d = rho.rows;
  const re = new Float64Array(d * d);
  const im = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < d; j++) {
      re[i * d + j] = 0.5 * (rho.re[i * d + j] + rho.re[j * d + i]);
      im[i * d + j] = 0.5 * (rho.im[i * d + j] - rho.im[j * d + i]);
    }
  }
  return { rows: d, cols: d, re, im };
}
