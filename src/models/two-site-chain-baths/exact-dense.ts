import { ParameterError } from "../../core/errors.js";
import { symmetricEigen } from "../../numerics/linalg/symmetric-eigen.js";
import { fermi } from "../../numerics/special.js";
import { type Complex2x2, rotate2x2, rotateBack2x2, zero2x2 } from "../../numerics/linalg/complex2x2.js";
import type { TwoSiteChainBathsParams } from "./params.js";

/**
 * Site-basis index order of the dense path: c_L, c_R, A_{1,L} … A_{M,L}, A_{1,R} … A_{M,R}.
 */
export const DENSE_SITE_ORDER = { cL: 0, cR: 1, firstLeftChainSite: 2, firstRightChainSite: (M: number) => 2 + M } as const;

/** Largest M accepted by the dense path (matrix of size 2M+2, O(M³) work). */
export const MAX_DENSE_CHAIN_SITES = 300;

/**
 * Dense cross-check of the star path: builds the full (2M+2)×(2M+2) single-particle
 * Hamiltonian in the site basis (eqs. (10), (11), (14)) and the initial correlation
 * matrix (system block Rᵀ C(0) R, chain blocks S diag f_α(ω_q) S with the sine transform
 * S_mq = √(2/(M+1)) sin(qm), eq. (13)), diagonalises h = VΛVᵀ and returns the system
 * block of C(t) = Ū C(0) Uᵀ, U = e^{−iht}, rotated to the d basis.
 * No use of the rotation to stars: this is the independent path.
 * Source: 003_3bda4ae6cebee785.txt, eqs. (10)–(14), (20)–(21).
 * @throws ParameterError for M > MAX_DENSE_CHAIN_SITES or t < 0.
 */
export function denseCorrelation(p: TwoSiteChainBathsParams, t: number, initial: Complex2x2 = zero2x2()): Complex2x2 {
  const M = p.M;
  if (!(Number.isInteger(M) && M >= 1 && M <= MAX_DENSE_CHAIN_SITES)) throw new ParameterError("M", M, `an integer in [1, ${MAX_DENSE_CHAIN_SITES}] for the dense path`);
  if (!(Number.isFinite(t) && t >= 0)) throw new ParameterError("t", t, "a finite time ≥ 0");
  const n = 2 * M + 2;
  const h = new Float64Array(n * n);
  const set = (i: number, j: number, v: number) => {
    h[i * n + j] = v;
    h[j * n + i] = v;
  };
  set(0, 0, p.h + p.delta / 2);
  set(1, 1, p.h - p.delta / 2);
  set(0, 1, -p.g / 2);
  const tSB = Math.sqrt(p.Gamma * p.Omega) / 2;
  const L0 = 2;
  const R0 = 2 + M;
  set(0, L0, tSB);
  set(1, R0, tSB);
  for (let m = 0; m < M - 1; m++) {
    set(L0 + m, L0 + m + 1, -p.Omega / 2);
    set(R0 + m, R0 + m + 1, -p.Omega / 2);
  }
  // initial correlation matrix (real parts and imaginary parts separately)
  const c0re = new Float64Array(n * n);
  const c0im = new Float64Array(n * n);
  const Delta = Math.hypot(p.g, p.delta);
  const a = Math.sqrt((Delta + p.delta) / (2 * Delta));
  const b = Math.sqrt(Math.max(0, Delta - p.delta) / (2 * Delta));
  const R = [
    [a, -b],
    [b, a],
  ];
  const cs = rotateBack2x2(R, initial);
  for (let i = 0; i < 2; i++)
    for (let j = 0; j < 2; j++) {
      c0re[i * n + j] = cs.re[i][j];
      c0im[i * n + j] = cs.im[i][j];
    }
  const norm = Math.sqrt(2 / (M + 1));
  for (const [start, T, mu] of [
    [L0, p.TL, p.muL],
    [R0, p.TR, p.muR],
  ]) {
    const f = new Float64Array(M);
    for (let k = 1; k <= M; k++) f[k - 1] = fermi(-p.Omega * Math.cos((Math.PI * k) / (M + 1)), 1 / T, mu);
    for (let m = 1; m <= M; m++)
      for (let mm = m; mm <= M; mm++) {
        let s = 0;
        for (let k = 1; k <= M; k++) {
          const q = (Math.PI * k) / (M + 1);
          s += Math.sin(q * m) * Math.sin(q * mm) * f[k - 1];
        }
        s *= norm * norm;
        c0re[(start + m - 1) * n + start + mm - 1] = s;
        c0re[(start + mm - 1) * n + start + m - 1] = s;
      }
  }
  const eig = symmetricEigen({ rows: n, cols: n, data: h });
  const V = eig.vectors.data;
  // rows 0 and 1 of U = V e^{−iΛt} Vᵀ
  const ure = [new Float64Array(n), new Float64Array(n)];
  const uim = [new Float64Array(n), new Float64Array(n)];
  for (let r = 0; r < 2; r++)
    for (let k = 0; k < n; k++) {
      const c = Math.cos(eig.values[k] * t);
      const s = -Math.sin(eig.values[k] * t);
      const vr = V[r * n + k];
      for (let m = 0; m < n; m++) {
        ure[r][m] += vr * c * V[m * n + k];
        uim[r][m] += vr * s * V[m * n + k];
      }
    }
  // C_ab = Σ conj(U_a a') C0_a'b' U_b b'
  const out = zero2x2();
  for (let A = 0; A < 2; A++)
    for (let B = 0; B < 2; B++) {
      let re = 0;
      let im = 0;
      for (let i = 0; i < n; i++) {
        // w_i = Σ_j C0_ij U_Bj
        let wr = 0;
        let wi = 0;
        for (let j = 0; j < n; j++) {
          const cr = c0re[i * n + j];
          const ci = c0im[i * n + j];
          if (cr === 0 && ci === 0) continue;
          wr += cr * ure[B][j] - ci * uim[B][j];
          wi += cr * uim[B][j] + ci * ure[B][j];
        }
        re += ure[A][i] * wr + uim[A][i] * wi;
        im += ure[A][i] * wi - uim[A][i] * wr;
      }
      out.re[A][B] = re;
      out.im[A][B] = im;
    }
  return rotate2x2(R, out);
}
