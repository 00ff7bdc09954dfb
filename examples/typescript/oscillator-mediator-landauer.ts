/**
 * An independent solver of the oscillator-mediator steady state, written the way a
 * user would: the Landauer–Caroli form of a harmonic junction (A. Dhar, Adv. Phys.
 * 57, 457 (2008), Sec. 4) instead of the paper's root sums (42)–(43):
 *   J_th = (1/2π) ∫_0^∞ ω 𝒯(ω) [n(ω, T1) − n(ω, T2)] dω,
 *   K(T) = (1/2π) ∫_0^∞ 𝒯(ω) ω²/(4T² sinh²(ω/2T)) dω        (ω ∂n/∂T),
 *   𝒯(ω) = 4Γ_1Γ_2 / |ω0² − ω² + Dγ̂ω²/(D² + ω²) + iD²γ̂ω/(D² + ω²)|²,  Γ_ν = γ̂_ν ω D²/(D² + ω²),
 * from the Drude–Ullersma friction kernel γ_ν D e^{−D|t|} (eq. (15)) of the paper.
 * Quadrature: its own adaptive Gauss–Kronrod (7, 15) with breakpoints at the
 * resonance ω0 ± γ̂, ω0 ± 10γ̂, at D and at the temperatures, and the tail
 * [c, ∞) mapped by ω = c/u. No qtherm code is used.
 * Units ħ = k_B = m = 1. Implements OscillatorMediatorSolver.
 * Source: 002_1f8d4f9374398bb6.txt, eqs. (14), (15), (20), (42), (43).
 */
import type { OscillatorMediatorSolverParams } from "../../src/index.js";

type P = OscillatorMediatorSolverParams;

const XK = [0.991455371120812639, 0.949107912342758525, 0.864864423359769073, 0.741531185599394440, 0.586087235467691130, 0.405845151377397167, 0.207784955007898468, 0];
const WK = [0.022935322010529225, 0.063092092629978553, 0.104790010322250184, 0.140653259715525919, 0.169004726639267903, 0.190350578064785410, 0.204432940075298892, 0.209482141084727828];
const WG = [0.129484966168869693, 0.279705391489276668, 0.381830050505118945, 0.417959183673469388]; // Gauss weights at XK[1], XK[3], XK[5], XK[7]

/** Kronrod (15-point) value and |Kronrod − Gauss (7-point)| on [a, b]. */
function gk15(f: (x: number) => number, a: number, b: number): { value: number; error: number } {
  const c = (a + b) / 2;
  const h = (b - a) / 2;
  const fc = f(c);
  let k = WK[7] * fc;
  let g = WG[3] * fc;
  for (let i = 0; i < 7; i++) {
    const s = f(c - h * XK[i]) + f(c + h * XK[i]);
    k += WK[i] * s;
    if (i % 2 === 1) g += WG[(i - 1) / 2] * s;
  }
  return { value: k * h, error: Math.abs((k - g) * h) };
}

/**
 * Globally adaptive quadrature over panels (QUADPACK QAG strategy without
 * extrapolation): bisect the piece with the largest error estimate until the summed
 * estimate is ≤ relTol·|integral| or 4000 pieces exist.
 */
function adaptive(pieces: { f: (x: number) => number; a: number; b: number }[], relTol: number): number {
  const work = pieces.map((p) => ({ ...p, ...gk15(p.f, p.a, p.b) }));
  for (let iteration = 0; iteration < 4000; iteration++) {
    let total = 0;
    let error = 0;
    let worst = 0;
    work.forEach((w, i) => {
      total += w.value;
      error += w.error;
      if (w.error > work[worst].error) worst = i;
    });
    if (error <= relTol * Math.abs(total) || error === 0) return total;
    const w = work[worst];
    const m = (w.a + w.b) / 2;
    if (!(m > w.a && m < w.b)) return total; // interval exhausted at double resolution
    work[worst] = { f: w.f, a: w.a, b: m, ...gk15(w.f, w.a, m) };
    work.push({ f: w.f, a: m, b: w.b, ...gk15(w.f, m, w.b) });
  }
  return work.reduce((s, w) => s + w.value, 0);
}

/** ∫_0^∞ f over the breakpoint panels and the mapped tail ω = c/u, to relative accuracy ~1e-11. */
function integrateHalfLine(f: (x: number) => number, breakpoints: number[]): number {
  const points = [0, ...[...new Set(breakpoints.filter((x) => x > 0 && Number.isFinite(x)))].sort((x, y) => x - y)];
  const c = points[points.length - 1];
  const tail = (u: number) => (u === 0 ? 0 : (f(c / u) * c) / (u * u));
  const pieces = points.slice(1).map((b, i) => ({ f, a: points[i], b }));
  pieces.push({ f: tail, a: 0, b: 1 });
  return adaptive(pieces, 1e-11);
}

/** Phonon transmission 𝒯(ω) ∈ [0, 1]. */
export function transmission(w: number, p: P): number {
  const gamma = p.gamma1 + p.gamma2;
  const drude = (p.D * p.D) / (p.D * p.D + w * w);
  const re = p.omega0 * p.omega0 - w * w + (gamma * w * w * drude) / p.D;
  const im = gamma * w * drude;
  return (4 * (p.gamma1 * w * drude) * (p.gamma2 * w * drude)) / (re * re + im * im);
}

function breakpoints(p: P, temperatures: number[]): number[] {
  const g = p.gamma1 + p.gamma2;
  return [p.omega0 - 10 * g, p.omega0 - g, p.omega0, p.omega0 + g, p.omega0 + 10 * g, p.D, ...temperatures.map((T) => 3 * T)];
}

/**
 * n(ω, T1) − n(ω, T2) without cancellation near T1 = T2: with x_ν = ω/T_ν,
 * n_1 − n_2 = n_2·expm1(x_2 − x_1)/(1 − e^{−x_1}), x_2 − x_1 = ω(T1 − T2)/(T1T2).
 */
function boseDifference(w: number, T1: number, T2: number): number {
  const n2 = 1 / Math.expm1(w / T2);
  if (n2 === 0) return 1 / Math.expm1(w / T1);
  return (n2 * Math.expm1((w * (T1 - T2)) / (T1 * T2))) / -Math.expm1(-w / T1);
}

/** J_th from bath 1 to bath 2 (energy²). */
export function heatCurrent(p: P): number {
  if (p.T1 === p.T2) return 0;
  const f = (w: number) => (w === 0 ? 0 : w * transmission(w, p) * boseDifference(w, p.T1, p.T2));
  return integrateHalfLine(f, breakpoints(p, [p.T1, p.T2])) / (2 * Math.PI);
}

/** K(T) (energy). */
export function conductance(p: P): number {
  const f = (w: number) => {
    const x = w / (2 * p.T);
    if (w === 0 || x > 350) return 0;
    const s = Math.sinh(x);
    return (transmission(w, p) * w * w) / (4 * p.T * p.T * s * s);
  };
  return integrateHalfLine(f, breakpoints(p, [p.T])) / (2 * Math.PI);
}
