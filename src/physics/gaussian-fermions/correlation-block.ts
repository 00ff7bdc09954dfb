import { ParameterError } from "../../core/errors.js";
import { assertComplexMatrix, conjugateTranspose, multiplyComplex } from "../../numerics/linalg/complex-matrix.js";
import type { ComplexMatrix } from "../../numerics/linalg/types.js";
import { checkIndices, checkOccupations, checkTime, type Propagator } from "./propagator.js";

/**
 * An initial correlation matrix C(0), C_ij = ⟨c_i† c_j⟩: either its diagonal (a
 * Float64Array of occupations in [0, 1] — thermal and Fock product states,
 * 001_06d9cbfd9396c60e.txt eq. (20)) or a dense Hermitian n×n ComplexMatrix.
 */
export type InitialCorrelation = Float64Array | ComplexMatrix;

/**
 * Largest accepted anti-Hermitian part max|C_ij − conj(C_ji)| of a dense C(0),
 * relative to max(1, max|C_ij|): a C(0) computed as U†CU carries rounding of order
 * n·ε ≈ 10⁻¹² at n = 10⁴; more than that is not a correlation matrix.
 */
export const CORRELATION_HERMITICITY_TOLERANCE = 1e-10;

/**
 * The block C_AA(t) of C(t) = U(t)† C(0) U(t) = e^{iht} C(0) e^{−iht} on the modes
 * `indices` (rows and columns in that order), as a complex |A|×|A| matrix.
 * Source: 001_06d9cbfd9396c60e.txt, eqs. (18)–(19).
 *
 * Algorithm: the columns U_{:,A} from the propagator (star: O(n²) preparation per
 * time + O(n) per column; dense: O(n²|A|)), then
 * - diagonal C(0) = diag(f): C_ab = Σ_l f_l conj(U_la) U_lb, O(n|A|²), upper
 *   triangle computed and mirrored (exactly Hermitian);
 * - dense C(0): Y = C(0) U_{:,A} (O(n²|A|)), C_AA = U_{:,A}† Y (O(n|A|²)), returned
 *   as its Hermitian part (C_AA + C_AA†)/2.
 * Units: t in 1/energy (ħ = 1); C dimensionless.
 *
 * Throws ParameterError for a non-finite time, invalid indices, occupations outside
 * [0, 1], a C(0) of the wrong shape, non-finite or not Hermitian within
 * {@link CORRELATION_HERMITICITY_TOLERANCE}.
 */
export function correlationBlock(
  propagator: Propagator,
  initial: InitialCorrelation,
  time: number,
  indices: readonly number[],
): ComplexMatrix {
  const n = propagator.size;
  checkTime(time);
  checkIndices(indices, n);
  checkInitialCorrelation(initial, n);
  const u = propagator.columns(time, indices);
  const a = indices.length;
  if (initial instanceof Float64Array) return diagonalSandwich(u, initial, n, a);
  const y = multiplyComplex(initial, u);
  const block = multiplyComplex(conjugateTranspose(u), y);
  return hermitianPart(block);
}

/**
 * The full correlation matrix C(t) = e^{iht} C(0) e^{−iht} (n×n), i.e.
 * {@link correlationBlock} on all modes 0 … n−1 (O(n³) for either C(0)).
 * Throws as correlationBlock.
 */
export function correlationMatrix(propagator: Propagator, initial: InitialCorrelation, time: number): ComplexMatrix {
  return correlationBlock(propagator, initial, time, Array.from({ length: propagator.size }, (_, i) => i));
}

/** Throws ParameterError unless `initial` is valid occupations or a Hermitian n×n matrix. */
export function checkInitialCorrelation(initial: InitialCorrelation, n: number): void {
  if (initial instanceof Float64Array) {
    checkOccupations(initial, n, "initial");
    return;
  }
  assertComplexMatrix("initial", initial);
  if (initial.rows !== n || initial.cols !== n) {
    throw new ParameterError("initial.rows×cols", [initial.rows, initial.cols], `${n}×${n} (the number of modes)`);
  }
  let maxAbs = 1;
  for (let i = 0; i < n * n; i++) maxAbs = Math.max(maxAbs, Math.abs(initial.re[i]), Math.abs(initial.im[i]));
  const allowed = CORRELATION_HERMITICITY_TOLERANCE * maxAbs;
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const dRe = initial.re[i * n + j] - initial.re[j * n + i];
      const dIm = initial.im[i * n + j] + initial.im[j * n + i];
      const defect = Math.hypot(dRe, dIm);
      if (defect > allowed) {
        throw new ParameterError(`initial[${i}][${j}] − conj(initial[${j}][${i}])`, defect, `at most ${allowed} (C(0) must be Hermitian)`);
      }
    }
  }
}

function diagonalSandwich(u: ComplexMatrix, f: Float64Array, n: number, a: number): ComplexMatrix {
  const re = new Float64Array(a * a);
  const im = new Float64Array(a * a);
  for (let l = 0; l < n; l++) {
    const fl = f[l];
    if (fl === 0) continue;
    const row = l * a;
    for (let x = 0; x < a; x++) {
      const xr = fl * u.re[row + x];
      const xi = -fl * u.im[row + x]; // f_l conj(U_lx)
      if (xr === 0 && xi === 0) continue;
      for (let y = x; y < a; y++) {
        const yr = u.re[row + y];
        const yi = u.im[row + y];
        re[x * a + y] += xr * yr - xi * yi;
        im[x * a + y] += xr * yi + xi * yr;
      }
    }
  }
  for (let x = 0; x < a; x++) {
    im[x * a + x] = 0;
    for (let y = x + 1; y < a; y++) {
      re[y * a + x] = re[x * a + y];
      im[y * a + x] = -im[x * a + y];
    }
  }
  return { rows: a, cols: a, re, im };
}

function hermitianPart(c: ComplexMatrix): ComplexMatrix {
  const a = c.rows;
  const re = new Float64Array(a * a);
  const im = new Float64Array(a * a);
  for (let x = 0; x < a; x++) {
    for (let y = 0; y < a; y++) {
      re[x * a + y] = 0.5 * (c.re[x * a + y] + c.re[y * a + x]);
      im[x * a + y] = 0.5 * (c.im[x * a + y] - c.im[y * a + x]);
    }
  }
  return { rows: a, cols: a, re, im };
}
