import { ParameterError } from "../../core/errors.js";
import { arrowheadApexRows } from "../../numerics/linalg/arrowhead-apex-row.js";
import type { ArrowheadFactors } from "../../numerics/linalg/arrowhead-factors.js";
import { arrowheadFactors } from "../../numerics/linalg/arrowhead-factors.js";
import { fermi } from "../../numerics/special.js";
import { type Complex2x2, zero2x2 } from "../../numerics/linalg/complex2x2.js";
import type { TwoSiteChainBathsParams } from "./params.js";
import { MAX_CHAIN_SITES } from "./params.js";

/**
 * Exact solution of the two sites coupled to two finite uniform chains of M sites
 * each (eqs. (10)–(17)), chains initially in their Gibbs states (20), system in a
 * Gaussian state with correlation matrix C(0) (d basis), by the star path:
 *
 * After d = Rc, b_q = R a_q (eq. (16)) the single-particle Hamiltonian splits into two
 * arrowhead ("star") blocks h_j = [[E_j, τᵀ], [τ, diag(ω_q)]] (eq. (17)) with
 * ω_q = −Ω cos q, τ_q = √(ΓΩ/(2M+2)) sin q, q = πk/(M+1) (eqs. (12)–(15)). Each is
 * diagonalised in O(M²) (arrowhead-factors.ts). In the Heisenberg picture
 * x_j(t) = e^{−ih_j t} x_j, so with u^j = row 0 of e^{−ih_j t}:
 *   C_jk(t) = ū^j_0 u^k_0 C_jk(0) + Σ_q ū^j_q u^k_q F_jk(ω_q),   F = R diag(f_L, f_R) Rᵀ,
 * since ⟨b†_{q,j} b_{q′,k}⟩ = δ_{qq′} F_jk(ω_q) initially (the chains are not
 * independent in the j basis: F is not diagonal out of equilibrium). G_j(t) = u^j_0.
 * Boundary currents (40)–(41) use Σ_q τ_q U_{q·} = row 0 of (h_j − E_j)e^{−ih_j t} and
 * Σ_q τ_q ω_q U_{q·} = row 0 of [h_j(h_j − E_j) − Στ²]e^{−ih_j t} (eigenvalue equation).
 * Cost: O(M²) per time point (one pass over eigenvalue × pole pairs), O(M) memory.
 * Nothing here uses the analytic formulas of the paper.
 * Source: 003_3bda4ae6cebee785.txt, eqs. (11)–(17), (20)–(21), (40)–(42), App. B.
 */

/** The two star blocks of a finite-chain problem. */
export interface FiniteChainStars {
  readonly params: TwoSiteChainBathsParams;
  /** ω_q, ascending (energy). */
  readonly omegas: Float64Array;
  /** τ_q (energy). */
  readonly couplings: Float64Array;
  /** Factored eigen-decompositions of h_1, h_2. */
  readonly factors: readonly [ArrowheadFactors, ArrowheadFactors];
  /** E_1, E_2 (apex energies). */
  readonly energies: readonly [number, number];
  /** R of eq. (16). */
  readonly rotation: number[][];
  /** F_jk(ω_q) for (j,k) = (1,1), (2,2), (1,2) — real symmetric. */
  readonly noise: { readonly f11: Float64Array; readonly f22: Float64Array; readonly f12: Float64Array };
}

/**
 * Chain normal modes: ω_q = −Ω cos q and τ_q = √(ΓΩ/(2M+2)) sin q, q = πk/(M+1), k = 1…M.
 * Source: 003_3bda4ae6cebee785.txt, eqs. (12)–(15).
 */
export function chainModes(p: Pick<TwoSiteChainBathsParams, "M" | "Gamma" | "Omega">): { omegas: Float64Array; couplings: Float64Array } {
  const M = p.M;
  const omegas = new Float64Array(M);
  const couplings = new Float64Array(M);
  const c = Math.sqrt((p.Gamma * p.Omega) / (2 * M + 2));
  for (let k = 1; k <= M; k++) {
    const q = (Math.PI * k) / (M + 1);
    omegas[k - 1] = -p.Omega * Math.cos(q);
    couplings[k - 1] = c * Math.sin(q);
  }
  return { omegas, couplings };
}

/**
 * Builds the two stars (eq. (17)) and the initial noise matrix F(ω_q) of the chains.
 * @throws ParameterError for M outside [1, MAX_CHAIN_SITES] or not an integer.
 */
export function buildFiniteChainStars(p: TwoSiteChainBathsParams): FiniteChainStars {
  if (!(Number.isInteger(p.M) && p.M >= 1 && p.M <= MAX_CHAIN_SITES)) throw new ParameterError("M", p.M, `an integer in [1, ${MAX_CHAIN_SITES}]`);
  const { omegas, couplings } = chainModes(p);
  const Delta = Math.hypot(p.g, p.delta);
  const E1 = p.h + Delta / 2;
  const E2 = p.h - Delta / 2;
  // rotation R of eq. (16), computed here from H_S directly (no analytic import)
  const a = Math.sqrt((Delta + p.delta) / (2 * Delta));
  const b = Math.sqrt(Math.max(0, Delta - p.delta) / (2 * Delta));
  const rotation = [
    [a, -b],
    [b, a],
  ];
  const f1 = factorStar(E1, omegas, couplings);
  const f2 = factorStar(E2, omegas, couplings);
  const M = p.M;
  const f11 = new Float64Array(M);
  const f22 = new Float64Array(M);
  const f12 = new Float64Array(M);
  for (let q = 0; q < M; q++) {
    const fl = fermi(omegas[q], 1 / p.TL, p.muL);
    const fr = fermi(omegas[q], 1 / p.TR, p.muR);
    f11[q] = a * a * fl + b * b * fr;
    f22[q] = b * b * fl + a * a * fr;
    f12[q] = a * b * (fl - fr);
  }
  return { params: p, omegas, couplings, factors: [f1, f2], energies: [E1, E2], rotation, noise: { f11, f22, f12 } };
}

function factorStar(apex: number, omegas: Float64Array, couplings: Float64Array): ArrowheadFactors {
  return arrowheadFactors({ apex, diagonal: omegas, border: couplings });
}

/** Exact observables of the finite chain at one time. */
export interface FiniteChainSnapshot {
  readonly t: number;
  /** C(t) in the d basis, eq. (21). */
  readonly correlation: Complex2x2;
  /** dC/dt (d basis). */
  readonly correlationDerivative: Complex2x2;
  /** G_j(t) and dG_j/dt, j = 1, 2 (eq. (23)). */
  readonly propagator: readonly [{ re: number; im: number }, { re: number; im: number }];
  readonly propagatorDerivative: readonly [{ re: number; im: number }, { re: number; im: number }];
  /** Boundary currents into S from L and R, eqs. (40)–(41) (particles / energy per time). */
  readonly particleCurrent: { readonly L: number; readonly R: number };
  readonly energyCurrent: { readonly L: number; readonly R: number };
  /** Intra-system current ⟨J_S⟩ = g Im C_12, eq. (42). */
  readonly internalCurrent: number;
}

/**
 * Exact C(t), G(t), their derivatives and the currents at time t for initial system
 * correlation matrix `initial` (d basis, Hermitian; default: vacuum C(0) = 0 as in Fig. 4).
 * @throws ParameterError for t < 0 or non-finite t.
 */
export function finiteChainSnapshot(stars: FiniteChainStars, t: number, initial: Complex2x2 = zero2x2()): FiniteChainSnapshot {
  return snapshot(stars, t, initial, true);
}

/**
 * C(t) alone (d basis), 4× cheaper than {@link finiteChainSnapshot} (one coefficient set).
 * @throws ParameterError for t < 0 or non-finite t.
 */
export function finiteChainCorrelation(stars: FiniteChainStars, t: number, initial: Complex2x2 = zero2x2()): Complex2x2 {
  return snapshot(stars, t, initial, false).correlation;
}

function snapshot(stars: FiniteChainStars, t: number, initial: Complex2x2, full: boolean): FiniteChainSnapshot {
  if (!(Number.isFinite(t) && t >= 0)) throw new ParameterError("t", t, "a finite time ≥ 0");
  const M = stars.omegas.length;
  let tau2 = 0;
  for (let q = 0; q < M; q++) tau2 += stars.couplings[q] * stars.couplings[q];
  const rows = stars.factors.map((f, j) => {
    const n = f.values.length;
    const E = stars.energies[j];
    const sets = [0, 1, 2, 3].map(() => ({ re: new Float64Array(n), im: new Float64Array(n) }));
    for (let k = 0; k < n; k++) {
      const lam = f.values[k];
      const c = Math.cos(lam * t);
      const s = -Math.sin(lam * t);
      sets[0].re[k] = c; // e^{−iλt}
      sets[0].im[k] = s;
      sets[1].re[k] = lam * s; // −iλ e^{−iλt}
      sets[1].im[k] = -lam * c;
      const w = lam - E; // (λ − E) e^{−iλt}
      sets[2].re[k] = w * c;
      sets[2].im[k] = w * s;
      const we = lam * (lam - E) - tau2;
      sets[3].re[k] = we * c;
      sets[3].im[k] = we * s;
    }
    return arrowheadApexRows(f, full ? sets : [sets[0]]);
  });
  const [u, du, w, we] = [0, 1, 2, 3].map((s) => (full ? [rows[0][s], rows[1][s]] : [rows[0][0], rows[1][0]]));
  const noise = [
    [stars.noise.f11, stars.noise.f12],
    [stars.noise.f12, stars.noise.f22],
  ];
  /** Σ over modes of conj(x^j) y^k with weights C0_jk (apex) and F_jk(ω_q) (bath). */
  const pair = (x: typeof u, y: typeof u, j: number, k: number): { re: number; im: number } => {
    const X = x[j];
    const Y = y[k];
    const c0re = initial.re[j][k];
    const c0im = initial.im[j][k];
    let pr = X.re[0] * Y.re[0] + X.im[0] * Y.im[0];
    let pi = X.re[0] * Y.im[0] - X.im[0] * Y.re[0];
    let re = pr * c0re - pi * c0im;
    let im = pr * c0im + pi * c0re;
    const F = noise[j][k];
    for (let q = 0; q < M; q++) {
      const a = X.re[q + 1];
      const b = X.im[q + 1];
      const c = Y.re[q + 1];
      const d = Y.im[q + 1];
      re += F[q] * (a * c + b * d);
      im += F[q] * (a * d - b * c);
    }
    return { re, im };
  };
  const C = zero2x2();
  const dC = zero2x2();
  const Y = zero2x2();
  const YE = zero2x2();
  for (let j = 0; j < 2; j++)
    for (let k = 0; k < 2; k++) {
      const c = pair(u, u, j, k);
      C.re[j][k] = c.re;
      C.im[j][k] = c.im;
      const d1 = pair(du, u, j, k);
      const d2 = pair(u, du, j, k);
      dC.re[j][k] = d1.re + d2.re;
      dC.im[j][k] = d1.im + d2.im;
      const y = pair(u, w, j, k);
      Y.re[j][k] = y.re;
      Y.im[j][k] = y.im;
      const ye = pair(u, we, j, k);
      YE.re[j][k] = ye.re;
      YE.im[j][k] = ye.im;
    }
  const R = stars.rotation;
  /** 2 Im Σ_jk R_jα R_kα Y_jk: current (40)/(41) from bath α (column α of R). */
  const current = (Ym: Complex2x2, alpha: number): number => {
    let im = 0;
    for (let j = 0; j < 2; j++) for (let k = 0; k < 2; k++) im += R[j][alpha] * R[k][alpha] * Ym.im[j][k];
    return 2 * im;
  };
  return {
    t,
    correlation: C,
    correlationDerivative: dC,
    propagator: [
      { re: u[0].re[0], im: u[0].im[0] },
      { re: u[1].re[0], im: u[1].im[0] },
    ],
    propagatorDerivative: [
      { re: du[0].re[0], im: du[0].im[0] },
      { re: du[1].re[0], im: du[1].im[0] },
    ],
    particleCurrent: { L: current(Y, 0), R: current(Y, 1) },
    energyCurrent: { L: current(YE, 0), R: current(YE, 1) },
    internalCurrent: stars.params.g * C.im[0][1],
  };
}

/** Boundary and intra-system currents averaged over a plateau window. */
export interface PlateauCurrents {
  readonly window: readonly [number, number];
  readonly points: number;
  /** Time averages of the currents (40)–(42) (particles / energy per time). */
  readonly particleCurrent: { readonly L: number; readonly R: number };
  readonly energyCurrent: { readonly L: number; readonly R: number };
  readonly internalCurrent: number;
  /** Largest deviation of a single-time particle current J^P_L(t) from the window average (the plateau's fluctuation). */
  readonly particleFluctuation: number;
}

/**
 * Time averages (1/(t_1 − t_0))∫_{t_0}^{t_1}dt J(t) of the exact currents (40)–(42) over a
 * plateau window, by the trapezoidal rule on `points` equally spaced times. The window
 * must end before the one-way transit time M/Ω (thermal observables; see {@link transitTime}).
 * Averaging suppresses the residual transients, which oscillate at the Bohr frequencies
 * E_j − ω of the system–band pairs, by ~1/(ω·window). Cost: `points` × O(M²).
 * Source: 003_3bda4ae6cebee785.txt, eqs. (40)–(42).
 * @throws ParameterError for t_0 < 0, t_1 ≤ t_0, t_1 > M/Ω, or points not an integer ≥ 2.
 */
export function plateauAverageCurrents(stars: FiniteChainStars, window: readonly [number, number], points: number, initial: Complex2x2 = zero2x2()): PlateauCurrents {
  const [t0, t1] = window;
  const transit = transitTime(stars.params);
  if (!(Number.isFinite(t0) && t0 >= 0)) throw new ParameterError("window[0]", t0, "a finite time ≥ 0");
  if (!(t1 > t0 && t1 <= transit)) throw new ParameterError("window[1]", t1, `a time in (window[0], M/Ω = ${transit}]`);
  if (!(Number.isInteger(points) && points >= 2)) throw new ParameterError("points", points, "an integer ≥ 2");
  const acc = { pL: 0, pR: 0, eL: 0, eR: 0, s: 0 };
  const series: number[] = [];
  for (let i = 0; i < points; i++) {
    const snap = finiteChainSnapshot(stars, t0 + ((t1 - t0) * i) / (points - 1), initial);
    const w = i === 0 || i === points - 1 ? 0.5 : 1;
    acc.pL += w * snap.particleCurrent.L;
    acc.pR += w * snap.particleCurrent.R;
    acc.eL += w * snap.energyCurrent.L;
    acc.eR += w * snap.energyCurrent.R;
    acc.s += w * snap.internalCurrent;
    series.push(snap.particleCurrent.L);
  }
  const k = 1 / (points - 1);
  const meanL = acc.pL * k;
  return {
    window: [t0, t1],
    points,
    particleCurrent: { L: meanL, R: acc.pR * k },
    energyCurrent: { L: acc.eL * k, R: acc.eR * k },
    internalCurrent: acc.s * k,
    particleFluctuation: Math.max(...series.map((x) => Math.abs(x - meanL))),
  };
}

/**
 * Recurrence time of the finite chain, 2M/Ω: the fastest chain excitation (group
 * velocity dω_q/dq ≤ Ω sites per unit time) emitted by the system returns after
 * travelling 2M sites (1/energy).
 */
export function recurrenceTime(p: Pick<TwoSiteChainBathsParams, "M" | "Omega">): number {
  return (2 * p.M) / p.Omega;
}

/**
 * One-way transit time M/Ω: the far-end boundary layer of the initial Gibbs state of
 * a finite chain (thickness ≈ v_F/2πT sites) reaches the system after M/Ω, so thermal
 * observables are free of finite-M effects only for t < M/Ω (up to e^{−2πTM/v_F}
 * tails); the propagator G_j(t) alone is exact up to 2M/Ω (1/energy).
 */
export function transitTime(p: Pick<TwoSiteChainBathsParams, "M" | "Omega">): number {
  return p.M / p.Omega;
}

/**
 * System populations in the global Gibbs state of the finite problem at (β, µ):
 * ⟨d_j†d_j⟩ = Σ_n |⟨0|d_j|n⟩|² f(ε_n) = Σ_k a_k² f(λ_k) over the eigenpairs of star j
 * (coherences vanish because the stars are decoupled). Exact reduced state of eq. (39).
 * Source: 003_3bda4ae6cebee785.txt, eqs. (25), (39), (C1).
 */
export function globalGibbsPopulations(stars: FiniteChainStars, beta: number, mu: number): [number, number] {
  const out: [number, number] = [0, 0];
  stars.factors.forEach((f, j) => {
    let s = 0;
    for (let k = 0; k < f.values.length; k++) s += f.apexWeights[k] * f.apexWeights[k] * fermi(f.values[k], beta, mu);
    out[j] = s;
  });
  return out;
}
