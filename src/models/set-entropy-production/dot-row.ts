import type { SetSystem } from "./system.js";

/**
 * The dot column of the propagator and the dot row of the correlation matrix at time t,
 * from the eigen-decomposition 𝓗 = V Λ Vᵀ in O(n²) (three passes over V):
 *   U_l0(t) = Σ_n V_ln V_0n e^{−iλ_n t},
 *   C_0j(t) = Σ_l conj(U_l0) f_l U_lj = Σ_n V_jn e^{−iλ_n t} a_n,  a_n = Σ_l V_ln f_l conj(U_l0),
 * for C(t) = U† diag(f) U, U = e^{−i𝓗t} (eq. (19) of 001_06d9cbfd9396c60e.txt).
 * Used for the coupling energy ⟨V̂⟩ = 2 Σ_j t_j Re C_0j (eq. (17)), the exact particle
 * currents ṅ_j = −2 t_j Im C_0j (from Ċ = i[𝓗, C]) and the weights |U_j0|² of the
 * bath-block secular equation.
 */
export interface DotRow {
  /** U_l0(t), l = 0 … n−1. */
  readonly columnRe: Float64Array;
  readonly columnIm: Float64Array;
  /** C_0j(t), j = 0 … n−1. */
  readonly rowRe: Float64Array;
  readonly rowIm: Float64Array;
}

/** Computes {@link DotRow} at time t (1/energy). Inputs are trusted (inner kernel). */
export function dotRow(system: SetSystem, time: number): DotRow {
  const n = system.size;
  const v = system.eigen.vectors.data;
  const lambda = system.eigen.values;
  const f = system.initialOccupations;
  const cosP = new Float64Array(n);
  const sinP = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const phase = lambda[k] * time;
    cosP[k] = Math.cos(phase);
    sinP[k] = -Math.sin(phase); // e^{−iλt}
  }
  const pRe = new Float64Array(n); // V_0n e^{−iλ_n t}
  const pIm = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    pRe[k] = v[k] * cosP[k];
    pIm[k] = v[k] * sinP[k];
  }
  const [columnRe, columnIm] = multiplyRows(v, n, pRe, pIm);
  const aRe = new Float64Array(n);
  const aIm = new Float64Array(n);
  for (let l = 0; l < n; l++) {
    const row = l * n;
    const wRe = f[l] * columnRe[l]; // f_l conj(U_l0)
    const wIm = -f[l] * columnIm[l];
    if (wRe === 0 && wIm === 0) continue;
    for (let k = 0; k < n; k++) {
      aRe[k] += v[row + k] * wRe;
      aIm[k] += v[row + k] * wIm;
    }
  }
  for (let k = 0; k < n; k++) {
    const re = aRe[k] * cosP[k] - aIm[k] * sinP[k];
    const im = aRe[k] * sinP[k] + aIm[k] * cosP[k];
    aRe[k] = re;
    aIm[k] = im;
  }
  const [rowRe, rowIm] = multiplyRows(v, n, aRe, aIm);
  return { columnRe, columnIm, rowRe, rowIm };
}

/** y = V·x for the real n×n row-major V and complex x (split parts), summed over k in order. */
function multiplyRows(v: Float64Array, n: number, xRe: Float64Array, xIm: Float64Array): [Float64Array, Float64Array] {
  const yRe = new Float64Array(n);
  const yIm = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const row = j * n;
    let re = 0;
    let im = 0;
    for (let k = 0; k < n; k++) {
      re += v[row + k] * xRe[k];
      im += v[row + k] * xIm[k];
    }
    yRe[j] = re;
    yIm[j] = im;
  }
  return [yRe, yIm];
}
