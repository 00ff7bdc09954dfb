import { ParameterError } from "../../core/errors.js";
import type { GaussianProductState } from "./gaussian-product-state.js";
import type { NormalModes } from "./normal-modes.js";

/**
 * Exact time evolution of second moments of a quadratic bosonic Hamiltonian
 * H = ½ pᵀp + ½ qᵀVq, V = U diag(Ω²) Uᵀ, from a Gaussian product state.
 *
 * Heisenberg solution in normal modes (Q = Uᵀq, P = Uᵀp):
 *   Q_k(t) = cos(Ω_k t) Q_k + sin(Ω_k t)/Ω_k P_k,  P_k(t) = −Ω_k sin(Ω_k t) Q_k + cos(Ω_k t) P_k.
 * A linear observable O = lᵀq + mᵀp at time t is therefore O(t) = αᵀq(0) + βᵀp(0) with
 *   α = U[c∘l̃ − Ωs∘m̃],  β = U[(s/Ω)∘l̃ + c∘m̃],  l̃ = Uᵀl, m̃ = Uᵀm (c = cos Ωt, s = sin Ωt),
 * and the symmetrised correlation of two observables in the initial product state is
 *   ½⟨{O_a(t), O_b(t)}⟩ = Σ_blocks Σ_j [qVar_j (Wᵀα_a)_j (Wᵀα_b)_j + pVar_j (Wᵀβ_a)_j (Wᵀβ_b)_j].
 * Cost: l̃, m̃ once (O(n²) each); per time one pass over U for all 2r vectors
 * (2r·n² multiply-adds for r observables) plus Σ size_b² per vector for dense blocks.
 * Exact up to rounding: no time stepping, no truncation.
 */

/** O = Σ_i q_i·coefficient_q[i] + Σ_i p_i·coefficient_p[i] (omit a part for zero). */
export interface LinearObservable {
  readonly q?: Float64Array;
  readonly p?: Float64Array;
}

export interface CovarianceEvolution {
  /** Symmetrised correlations ½⟨{O_a(t), O_b(t)}⟩ as an r×r row-major matrix. */
  readonly correlations: (t: number) => Float64Array;
}

/**
 * Prepares the evolution of r linear observables; see the module comment for the formula.
 * @throws ParameterError when a coefficient vector or the state does not match the dimension n,
 *   or a time is not finite.
 */
export function covarianceEvolution(modes: NormalModes, state: GaussianProductState, observables: readonly LinearObservable[]): CovarianceEvolution {
  const n = modes.frequencies.length;
  if (state.dimension !== n) throw new ParameterError("state.dimension", state.dimension, `the number of modes ${n}`);
  const r = observables.length;
  if (r === 0) throw new ParameterError("observables.length", 0, "at least one observable");
  const U = modes.vectors.data;
  const lt = new Float64Array(n * r); // l̃, interleaved: lt[k*r + a]
  const mt = new Float64Array(n * r);
  observables.forEach((o, a) => {
    for (const [name, v, out] of [["q", o.q, lt], ["p", o.p, mt]] as const) {
      if (v === undefined) continue;
      if (v.length !== n) throw new ParameterError(`observables[${a}].${name}.length`, v.length, `the dimension ${n}`);
      // out[k] = Σ_i U[i,k] v[i]
      for (let i = 0; i < n; i++) {
        const vi = v[i];
        if (vi === 0) continue;
        const row = i * n;
        for (let k = 0; k < n; k++) out[k * r + a] += U[row + k] * vi;
      }
    }
  });
  const omega = modes.frequencies;
  const modeVectors = new Float64Array(n * 2 * r); // [α̂_a | β̂_a] interleaved per k
  const physical = new Float64Array(n * 2 * r);
  return {
    correlations: (t: number) => {
      if (!Number.isFinite(t)) throw new ParameterError("t", t, "a finite time");
      const w = 2 * r;
      for (let k = 0; k < n; k++) {
        const c = Math.cos(omega[k] * t);
        const s = Math.sin(omega[k] * t);
        for (let a = 0; a < r; a++) {
          const l = lt[k * r + a];
          const m = mt[k * r + a];
          modeVectors[k * w + a] = c * l - omega[k] * s * m;
          modeVectors[k * w + r + a] = (s / omega[k]) * l + c * m;
        }
      }
      multiplyInterleaved(U, n, modeVectors, w, physical);
      return contract(state, physical, r);
    },
  };
}

/** Y = U X for X stored as n rows of w interleaved columns. Kernel. */
function multiplyInterleaved(U: Float64Array, n: number, X: Float64Array, w: number, Y: Float64Array): void {
  const acc = new Float64Array(w);
  for (let i = 0; i < n; i++) {
    acc.fill(0);
    const row = i * n;
    for (let k = 0; k < n; k++) {
      const u = U[row + k];
      const base = k * w;
      for (let j = 0; j < w; j++) acc[j] += u * X[base + j];
    }
    Y.set(acc, i * w);
  }
}

/** Σ over blocks of qVar (Wᵀα_a)(Wᵀα_b) + pVar (Wᵀβ_a)(Wᵀβ_b). Kernel. */
function contract(state: GaussianProductState, physical: Float64Array, r: number): Float64Array {
  const w = 2 * r;
  const out = new Float64Array(r * r);
  const local = new Float64Array(w);
  for (const block of state.blocks) {
    const { offset, size, vectors, qVariance, pVariance } = block;
    for (let j = 0; j < size; j++) {
      if (vectors === undefined) {
        for (let x = 0; x < w; x++) local[x] = physical[(offset + j) * w + x];
      } else {
        // (Wᵀ y)_j = Σ_i W[i, j] y_i
        local.fill(0);
        const W = vectors.data;
        for (let i = 0; i < size; i++) {
          const wij = W[i * size + j];
          const base = (offset + i) * w;
          for (let x = 0; x < w; x++) local[x] += wij * physical[base + x];
        }
      }
      const qv = qVariance[j];
      const pv = pVariance[j];
      for (let a = 0; a < r; a++) {
        for (let b = a; b < r; b++) {
          out[a * r + b] += qv * local[a] * local[b] + pv * local[r + a] * local[r + b];
        }
      }
    }
  }
  for (let a = 0; a < r; a++) for (let b = 0; b < a; b++) out[a * r + b] = out[b * r + a];
  return out;
}
