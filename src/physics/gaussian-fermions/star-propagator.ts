import { arrowheadFactors, type ArrowheadFactors } from "../../numerics/linalg/arrowhead-factors.js";
import type { ArrowheadEigenOptions, ArrowheadMatrix } from "../../numerics/linalg/arrowhead-eigen.js";
import type { ComplexMatrix } from "../../numerics/linalg/types.js";
import { checkIndices, checkOccupations, checkTime, type Propagator } from "./propagator.js";
import { prepareStarSpectrum, reducedRow, starAmplitudes, type StarAmplitudes, type StarSpectrum } from "./star-amplitudes.js";

/**
 * The propagator U(t) = e^{−iht} of a star Hamiltonian — one level (index 0, the
 * apex) coupled to bath modes that are not coupled to each other (indices 1 … M):
 *   h = [[ε_d, tᵀ], [t, diag(ε)]],
 * e.g. eqs. (15)–(17) of 001_06d9cbfd9396c60e.txt with the index order
 * (dot, L modes, R modes). Same interface and convention as densePropagator.
 *
 * Algorithm: arrowheadFactors (O(n²)) deflates the star into isolated modes,
 * clusters P of degenerate bath levels (two baths on the same grid give pairs) and a
 * reduced star with distinct poles d_P and couplings ẑ_P. In the original basis
 * (q_j the unit direction of bath mode j inside its cluster P):
 *   U_00 = Ũ_00,   U_{0,j} = q_j Ũ_0P,
 *   U_{j,l} = q_j q_l Ũ_PQ                                   (j ∈ P, l ∈ Q ≠ P),
 *   U_{j,l} = δ_jl e^{−i d_P t} + q_j q_l (Ũ_PP − e^{−i d_P t}) (j, l ∈ P),
 *   U_{j,j} = e^{−i d_j t}                                    (j isolated),
 * with the reduced amplitudes of star-amplitudes.ts (O(n²) per time). For a diagonal
 * C(0) = diag(f), with F_P = Σ_{l∈P} f_l q_l²,
 *   n_0 = f_0 |Ũ_00|² + Σ_P F_P |Ũ_0P|²,
 *   n_j = q_j² W_P + f_j |e + c q_j²|² + |c|² q_j² (F_P − f_j q_j²)   (j ∈ P),
 *   W_P = f_0 |Ũ_0P|² + Σ_{Q≠P} F_Q |Ũ_PQ|²,  e = e^{−i d_P t},  c = Ũ_PP − e,
 * which is O(n²) per time point (never O(n³)).
 *
 * Accuracy: isolated modes ignore couplings ≤ tol·‖h‖ (8ε‖h‖ by default), an error
 * ≲ tol·‖h‖·|t| in U, the same order as the phase error ε‖h‖|t| of any eigen-
 * decomposition. Units: energies in energy units, t in 1/energy (ħ = 1).
 *
 * Throws ParameterError on an invalid star (see arrowheadEigen) and, per call, on a
 * non-finite time, invalid indices or occupations; ConvergenceError from the solver.
 */
export function starPropagator(h: ArrowheadMatrix, options: ArrowheadEigenOptions = {}): Propagator {
  const factors = arrowheadFactors(h, options);
  const spectrum = prepareStarSpectrum(factors);
  const n = factors.size;
  const m = factors.poles.length;
  const energies = allEnergies(factors);
  const rowRe = new Float64Array(m);
  const rowIm = new Float64Array(m);

  return {
    size: n,
    energies,
    columns(time, indices) {
      checkTime(time);
      checkIndices(indices, n);
      return starColumns(factors, spectrum, starAmplitudes(spectrum, time), time, indices, rowRe, rowIm);
    },
    occupations(time, f) {
      checkTime(time);
      checkOccupations(f, n);
      return starOccupations(factors, spectrum, starAmplitudes(spectrum, time), time, f, rowRe, rowIm);
    },
  };
}

/** All n eigenvalues of the star, ascending. */
function allEnergies(f: ArrowheadFactors): Float64Array {
  const list: number[] = Array.from(f.values);
  for (let p = 0; p < f.poles.length; p++) {
    for (let i = f.clusterStart[p] + 1; i < f.clusterStart[p + 1]; i++) list.push(f.poles[p]);
  }
  for (const j of f.isolated) list.push(f.diagonal[j]);
  return Float64Array.from(list).sort();
}

function starOccupations(
  f: ArrowheadFactors,
  s: StarSpectrum,
  a: StarAmplitudes,
  time: number,
  occupations: Float64Array,
  rowRe: Float64Array,
  rowIm: Float64Array,
): Float64Array {
  const m = f.poles.length;
  const n = f.size;
  const result = new Float64Array(n);
  const clusterOccupation = new Float64Array(m); // F_P
  for (let p = 0; p < m; p++) {
    let sum = 0;
    for (let i = f.clusterStart[p]; i < f.clusterStart[p + 1]; i++) {
      const j = f.members[i];
      sum += occupations[j + 1] * f.directions[j] * f.directions[j];
    }
    clusterOccupation[p] = sum;
  }
  const f0 = occupations[0];
  let apex = f0 * (a.apexRe * a.apexRe + a.apexIm * a.apexIm);
  for (let p = 0; p < m; p++) apex += clusterOccupation[p] * (a.borderRe[p] * a.borderRe[p] + a.borderIm[p] * a.borderIm[p]);
  result[0] = apex;

  for (let p = 0; p < m; p++) {
    reducedRow(s, a, p, rowRe, rowIm);
    let w = f0 * (a.borderRe[p] * a.borderRe[p] + a.borderIm[p] * a.borderIm[p]);
    for (let q = 0; q < m; q++) {
      if (q !== p) w += clusterOccupation[q] * (rowRe[q] * rowRe[q] + rowIm[q] * rowIm[q]);
    }
    const phase = f.poles[p] * time;
    const eRe = Math.cos(phase);
    const eIm = -Math.sin(phase);
    const cRe = a.diagonalRe[p] - eRe;
    const cIm = a.diagonalIm[p] - eIm;
    const c2 = cRe * cRe + cIm * cIm;
    for (let i = f.clusterStart[p]; i < f.clusterStart[p + 1]; i++) {
      const j = f.members[i];
      const qq = f.directions[j] * f.directions[j];
      const fj = occupations[j + 1];
      const dRe = eRe + cRe * qq;
      const dIm = eIm + cIm * qq;
      result[j + 1] = qq * w + fj * (dRe * dRe + dIm * dIm) + c2 * qq * (clusterOccupation[p] - fj * qq);
    }
  }
  for (const j of f.isolated) result[j + 1] = occupations[j + 1];
  return result;
}

function starColumns(
  f: ArrowheadFactors,
  s: StarSpectrum,
  a: StarAmplitudes,
  time: number,
  indices: readonly number[],
  rowRe: Float64Array,
  rowIm: Float64Array,
): ComplexMatrix {
  const n = f.size;
  const cols = indices.length;
  const re = new Float64Array(n * cols);
  const im = new Float64Array(n * cols);
  for (let c = 0; c < cols; c++) {
    const b = indices[c];
    if (b === 0) {
      re[c] = a.apexRe;
      im[c] = a.apexIm;
      for (let j = 0; j < n - 1; j++) {
        const p = f.clusterOf[j];
        if (p < 0) continue;
        re[(j + 1) * cols + c] = f.directions[j] * a.borderRe[p];
        im[(j + 1) * cols + c] = f.directions[j] * a.borderIm[p];
      }
      continue;
    }
    const jb = b - 1;
    const cluster = f.clusterOf[jb];
    if (cluster < 0) {
      const phase = f.diagonal[jb] * time;
      re[b * cols + c] = Math.cos(phase);
      im[b * cols + c] = -Math.sin(phase);
      continue;
    }
    reducedRow(s, a, cluster, rowRe, rowIm);
    const qb = f.directions[jb];
    re[c] = qb * a.borderRe[cluster];
    im[c] = qb * a.borderIm[cluster];
    const phase = f.poles[cluster] * time;
    const eRe = Math.cos(phase);
    const eIm = -Math.sin(phase);
    rowRe[cluster] -= eRe; // Ũ_PP − e inside the own cluster
    rowIm[cluster] -= eIm;
    for (let j = 0; j < n - 1; j++) {
      const p = f.clusterOf[j];
      if (p < 0) continue;
      const qq = f.directions[j] * qb;
      re[(j + 1) * cols + c] = qq * rowRe[p];
      im[(j + 1) * cols + c] = qq * rowIm[p];
    }
    re[b * cols + c] += eRe;
    im[b * cols + c] += eIm;
  }
  return { rows: n, cols, re, im };
}
