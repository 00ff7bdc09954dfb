import { DomainError, ParameterError } from "../../core/errors.js";
import { assertComplexMatrix } from "../../numerics/linalg/complex-matrix.js";
import { hermitianEigen } from "../../numerics/linalg/hermitian-eigenvalues.js";
import type { ComplexMatrix } from "../../numerics/linalg/types.js";

/**
 * Canonical decay rates of a time-local generator (Hall, Cresser, Li, Andersson,
 * "Canonical form of master equations and characterization of non-Markovianity",
 * PRA 89, 042120 (2014), eqs. (2)–(5)).
 *
 * With an orthonormal operator basis G_0 = 1/√d, G_1 … G_{d²−1} traceless,
 * tr(G_i† G_j) = δ_ij, every Hermiticity-preserving, trace-preserving generator reads
 *   𝓛ρ = −i[H, ρ] + Σ_{i,j≥1} c_ij (G_i ρ G_j† − ½{G_j†G_i, ρ})
 * with a unique Hermitian decoherence (Kossakowski) matrix c. Its eigenvalues are the
 * canonical decay rates γ_k, its eigenvectors the canonical jump operators
 * J_k = Σ_i u_ik G_i (tr J_k = 0, tr J_k†J_k = 1). A generator is of Lindblad form
 * (completely positive semigroup) iff every γ_k ≥ 0.
 *
 * Extraction from the superoperator (row-major vectorisation, vec(AXB) = (A ⊗ Bᵀ) vec X):
 * the d⁴ products G_i ⊗ Ḡ_j are orthonormal in tr(X†Y), and 𝓛 = Σ_ij c_ij G_i ⊗ Ḡ_j,
 * so c_ij = tr((G_i ⊗ Ḡ_j)† 𝓛) = Σ_{p,q,r,s} Ḡ_i[p][r] G_j[q][s] 𝓛[p·d+q][r·d+s]. The
 * Hamiltonian and the anticommutator terms only enter c_i0 and c_0j, so the i, j ≥ 1
 * block is the decoherence matrix.
 * Example: for jump operators L_k with rates γ_k that are traceless and mutually
 * orthogonal, the non-zero canonical rates are γ_k·tr(L_k†L_k).
 */

export interface CanonicalRates {
  /** Canonical decay rates γ_1 ≤ … ≤ γ_{d²−1} (energy units; negative ⇒ not of Lindblad form). */
  readonly rates: Float64Array;
  /** Canonical jump operators J_k (tr J_k = 0, tr J_k†J_k = 1), in the order of `rates`. */
  readonly jumpOperators: readonly ComplexMatrix[];
  /** The (d²−1)×(d²−1) decoherence matrix c in the basis of {@link tracelessOperatorBasis}. */
  readonly decoherenceMatrix: ComplexMatrix;
  /** ‖c − c†‖_F / ‖c‖_F before Hermitising (round-off for a Hermiticity-preserving 𝓛). */
  readonly hermiticityError: number;
}

/** A basis operator as its non-zero entries (all real in this basis). */
interface SparseOperator {
  readonly rows: Int32Array;
  readonly cols: Int32Array;
  readonly values: Float64Array;
}

/**
 * Largest accepted ‖c − c†‖_F/‖c‖_F: round-off of the d⁴-term projections is ~1e-15;
 * above 1e-8 the input is not Hermiticity-preserving (not a quantum generator).
 */
export const DECOHERENCE_HERMITICITY_TOL = 1e-8;

function sparseBasis(d: number): SparseOperator[] {
  const basis: SparseOperator[] = [];
  // Off-diagonal matrix units E_kl (k ≠ l): traceless, orthonormal.
  for (let k = 0; k < d; k++) {
    for (let l = 0; l < d; l++) {
      if (k !== l) basis.push({ rows: Int32Array.of(k), cols: Int32Array.of(l), values: Float64Array.of(1) });
    }
  }
  // Diagonal generalized Gell-Mann matrices: (Σ_{j<l} E_jj − l E_ll)/√(l(l+1)), l = 1 … d−1.
  for (let l = 1; l < d; l++) {
    const norm = 1 / Math.sqrt(l * (l + 1));
    const idx = Int32Array.from({ length: l + 1 }, (_, j) => j);
    const values = Float64Array.from({ length: l + 1 }, (_, j) => (j < l ? norm : -l * norm));
    basis.push({ rows: idx, cols: idx, values });
  }
  return basis;
}

/**
 * The orthonormal traceless operator basis G_1 … G_{d²−1} used for the decoherence
 * matrix: first the off-diagonal matrix units E_kl (k ≠ l, row-major order of (k, l)),
 * then the diagonal generalized Gell-Mann matrices (Σ_{j<l} E_jj − l E_ll)/√(l(l+1)).
 * @throws ParameterError unless d is an integer in [2, 64].
 */
export function tracelessOperatorBasis(d: number): ComplexMatrix[] {
  if (!Number.isInteger(d) || d < 2 || d > 64) throw new ParameterError("d", d, "an integer in [2, 64]");
  return sparseBasis(d).map((g) => {
    const re = new Float64Array(d * d);
    g.values.forEach((v, t) => (re[g.rows[t] * d + g.cols[t]] = v));
    return { rows: d, cols: d, re, im: new Float64Array(d * d) };
  });
}

/**
 * Canonical decay rates and jump operators of a generator given as its d²×d²
 * superoperator (e.g. liouvillianSuperoperator).
 * @throws ParameterError when the matrix is not square with a perfect-square size d² (2 ≤ d ≤ 64) or not finite.
 * @throws DomainError when the decoherence matrix is not Hermitian to DECOHERENCE_HERMITICITY_TOL
 *   (the superoperator does not preserve Hermiticity).
 */
export function canonicalDecayRates(superoperator: ComplexMatrix): CanonicalRates {
  assertComplexMatrix("superoperator", superoperator);
  const n = superoperator.rows;
  const d = Math.round(Math.sqrt(n));
  if (superoperator.cols !== n || d * d !== n || d < 2 || d > 64) {
    throw new ParameterError("superoperator.rows×cols", [superoperator.rows, superoperator.cols], "a square d²×d² matrix with 2 ≤ d ≤ 64");
  }
  const basis = sparseBasis(d);
  const m = basis.length;
  const cre = new Float64Array(m * m);
  const cim = new Float64Array(m * m);
  const sre = superoperator.re;
  const sim = superoperator.im;
  for (let i = 0; i < m; i++) {
    const gi = basis[i];
    for (let j = 0; j < m; j++) {
      const gj = basis[j];
      let re = 0;
      let im = 0;
      for (let a = 0; a < gi.values.length; a++) {
        const p = gi.rows[a];
        const r = gi.cols[a];
        for (let b = 0; b < gj.values.length; b++) {
          const w = gi.values[a] * gj.values[b]; // conj(G_i[p][r]) G_j[q][s], both real
          const index = (p * d + gj.rows[b]) * n + (r * d + gj.cols[b]);
          re += w * sre[index];
          im += w * sim[index];
        }
      }
      cre[i * m + j] = re;
      cim[i * m + j] = im;
    }
  }
  let anti = 0;
  let total = 0;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < m; j++) {
      const dr = cre[i * m + j] - cre[j * m + i];
      const di = cim[i * m + j] + cim[j * m + i];
      anti += dr * dr + di * di;
      total += cre[i * m + j] ** 2 + cim[i * m + j] ** 2;
    }
  }
  const hermiticityError = total === 0 ? 0 : Math.sqrt(anti / total);
  if (hermiticityError > DECOHERENCE_HERMITICITY_TOL) {
    throw new DomainError(
      "canonical decay rates",
      "a Hermiticity-preserving generator",
      `‖c − c†‖_F/‖c‖_F = ${hermiticityError.toExponential(3)} > ${DECOHERENCE_HERMITICITY_TOL}`,
    );
  }
  const decoherenceMatrix = { rows: m, cols: m, re: cre, im: cim };
  const { values, vectors } = hermitianEigen(decoherenceMatrix);
  const jumpOperators = Array.from({ length: m }, (_, k) => {
    const re = new Float64Array(d * d);
    const im = new Float64Array(d * d);
    for (let i = 0; i < m; i++) {
      const ur = vectors.re[i * m + k];
      const ui = vectors.im[i * m + k];
      const g = basis[i];
      for (let t = 0; t < g.values.length; t++) {
        const index = g.rows[t] * d + g.cols[t];
        re[index] += ur * g.values[t];
        im[index] += ui * g.values[t];
      }
    }
    return { rows: d, cols: d, re, im };
  });
  return { rates: values, jumpOperators, decoherenceMatrix, hermiticityError };
}
