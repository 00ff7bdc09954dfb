import type { ComplexMatrix } from "../../numerics/linalg/types.js";
import type { ArrowheadMatrix } from "../../numerics/linalg/arrowhead-eigen.js";
import { starPropagator } from "../../physics/gaussian-fermions/star-propagator.js";
import { densePropagator } from "../../physics/gaussian-fermions/dense-propagator.js";
import { correlationBlock } from "../../physics/gaussian-fermions/correlation-block.js";
import type { Propagator } from "../../physics/gaussian-fermions/propagator.js";
import { ParameterError } from "../../core/errors.js";
import type { ResonantLevelParams, ReservoirName } from "./params.js";
import { modelGrids, singleParticleDimension } from "./params.js";
import { fermiOccupations } from "./initial-state.js";
import { probeState } from "./probes.js";

/**
 * Exact unitary evolution of the dot + finite grains (+ finite probe reservoir):
 * the trace formula (10) for quadratic H reduces to the single-particle correlation
 * matrix C(t) = e^{iht} C(0) e^{−iht}, C_jk = ⟨c_j† c_k⟩, with h the star (arrowhead)
 * matrix [[ε_d, vᵀ], [v, diag(ε)]] of eqs. (2)–(3) and C(0) = diag(0, f_L, f_R, f_G)
 * (eq. (8): empty dot, Fermi grains; the probe prepared at its condition).
 * Source: 000_801d121c3abe0574.txt, eqs. (1)–(3), (8), (10); Klich [24].
 * Index order: {@link INDEX_ORDER} of params.ts (dot, L, R, G).
 * This layer never reaches the QLE closed forms (9) nor any other analytic formula: it shares
 * with them only the grids (params.ts), the initial Fermi occupations of eq. (8)
 * (initial-state.ts) and the probe's state, fixed by the probe condition computed from its
 * own definition (probes.ts: zero Landauer–Büttiker current into G).
 */

/** The star Hamiltonian h (apex ε_d; L, R, G levels on the diagonal; hoppings on the border). */
export function starHamiltonian(p: ResonantLevelParams): ArrowheadMatrix {
  const g = modelGrids(p);
  const parts = [g.L, g.R, ...(g.G ? [g.G] : [])];
  const m = parts.reduce((s, r) => s + r.energies.length, 0);
  const diagonal = new Float64Array(m);
  const border = new Float64Array(m);
  let i = 0;
  for (const r of parts) {
    for (let k = 0; k < r.energies.length; k++, i++) {
      diagonal[i] = r.energies[k];
      border[i] = r.hopping;
    }
  }
  return { apex: p.epsilonD, diagonal, border };
}

/** The same h as a dense row-major matrix (cross-check path; O(n²) memory). */
export function denseHamiltonian(p: ResonantLevelParams): { rows: number; cols: number; data: Float64Array } {
  const a = starHamiltonian(p);
  const n = a.diagonal.length + 1;
  const data = new Float64Array(n * n);
  data[0] = a.apex;
  for (let j = 1; j < n; j++) {
    data[j * n + j] = a.diagonal[j - 1];
    data[j] = a.border[j - 1];
    data[j * n] = a.border[j - 1];
  }
  return { rows: n, cols: n, data };
}

/** Index ranges of the reservoirs in the single-particle basis. */
export interface ModeLayout {
  readonly dot: number;
  readonly L: { readonly start: number; readonly count: number };
  readonly R: { readonly start: number; readonly count: number };
  readonly G: { readonly start: number; readonly count: number } | null;
  readonly size: number;
}

/** Where each reservoir sits in the basis (dot, L, R, G). */
export function modeLayout(p: ResonantLevelParams): ModeLayout {
  return {
    dot: 0,
    L: { start: 1, count: p.N },
    R: { start: 1 + p.N, count: p.N },
    G: p.probe === "none" ? null : { start: 1 + 2 * p.N, count: p.NG },
    size: singleParticleDimension(p),
  };
}

/**
 * Initial occupations diag C(0) = (0, f_L, f_R, f_G), eq. (8); the probe reservoir at
 * its condition (dephasing f_G = (Γ_R f_R + Γ_L f_L)/(Γ_L + Γ_R); voltage Fermi at μ_G).
 * Grain occupations may be overridden (e.g. non-Fermi initial distributions).
 */
export function initialOccupations(p: ResonantLevelParams, override: { L?: Float64Array; R?: Float64Array; G?: Float64Array } = {}): Float64Array {
  const g = modelGrids(p);
  const lay = modeLayout(p);
  const f = new Float64Array(lay.size);
  f.set(override.L ?? fermiOccupations(g.L.energies, p.beta, p.muL), lay.L.start);
  f.set(override.R ?? fermiOccupations(g.R.energies, p.beta, p.muR), lay.R.start);
  if (lay.G) f.set(override.G ?? probeState(p).occupations, lay.G.start);
  return f;
}

/** A prepared exact model: propagator (star or dense), layout and initial occupations. */
export interface ExactModel {
  readonly params: ResonantLevelParams;
  readonly layout: ModeLayout;
  readonly propagator: Propagator;
  readonly initial: Float64Array;
}

/**
 * Prepares the exact evolution: starPropagator (O(n²), default) or densePropagator
 * (O(n³), the cross-check; n ≤ 1200).
 * @throws ParameterError for method 'dense' above n = 1200.
 */
export function exactModel(
  p: ResonantLevelParams,
  options: { method?: "star" | "dense"; initial?: { L?: Float64Array; R?: Float64Array; G?: Float64Array } } = {},
): ExactModel {
  const layout = modeLayout(p);
  const method = options.method ?? "star";
  if (method === "dense" && layout.size > 1200) throw new ParameterError("method", method, `'star' for dimension ${layout.size} > 1200 (dense O(n³) cross-check only)`);
  const propagator = method === "star" ? starPropagator(starHamiltonian(p)) : densePropagator(denseHamiltonian(p));
  return { params: p, layout, propagator, initial: initialOccupations(p, options.initial) };
}

/** All occupations n_j(t) = C_jj(t) (dot, L, R, G), O(n²) on the star path. */
export function exactOccupations(model: ExactModel, t: number): Float64Array {
  return model.propagator.occupations(t, model.initial);
}

/** Occupations of reservoir L or R at time t (a view into the full vector, copied). */
export function exactPopulations(model: ExactModel, name: ReservoirName | "G", t: number): Float64Array {
  const all = exactOccupations(model, t);
  const range = name === "G" ? model.layout.G : model.layout[name];
  if (range === null) throw new ParameterError("reservoir", name, "'L' or 'R' (no probe attached)");
  return all.slice(range.start, range.start + range.count);
}

/**
 * The density-matrix block ρ_{l,l′}(t) = ⟨c_l† c_l′⟩(t) of reservoir L (Fig. 5), from
 * correlationBlock: O(n) per column of U plus O(n N²).
 */
export function exactReservoirBlock(model: ExactModel, name: ReservoirName, t: number, indices?: readonly number[]): ComplexMatrix {
  const range = model.layout[name];
  const idx = (indices ?? Array.from({ length: range.count }, (_, i) => i)).map((i) => range.start + i);
  return correlationBlock(model.propagator, model.initial, t, idx);
}

/**
 * Total energy ⟨H⟩ = Tr(h C(t)) = ε_d C_00 + Σ_j ε_j C_jj + 2 Σ_j v_j Re C_0j (O(n)
 * after the occupations and one column of U). Conserved by the exact evolution.
 */
export function exactEnergy(model: ExactModel, t: number): number {
  const h = starHamiltonian(model.params);
  const occ = exactOccupations(model, t);
  let e = h.apex * occ[0];
  for (let j = 1; j < model.layout.size; j++) e += h.diagonal[j - 1] * occ[j];
  return e + 2 * dotBondRe(model, h, t);
}

/** Σ_j v_j Re C_0j(t) from the columns of U (O(n²)): the dot–reservoir bond energy / 2. */
function dotBondRe(model: ExactModel, h: ArrowheadMatrix, t: number): number {
  const n = model.layout.size;
  // C_0j = Σ_l f_l conj(U_l0) U_lj, so Σ_j v_j C_0j = Σ_l f_l conj(U_l0) (U v)_l, and with
  // v = h e_0 − ε_d e_0 and [U, h] = 0: U v = h w − ε_d w, w = U_{:,0}.
  const u = model.propagator.columns(t, [0]);
  const uRe = u.re;
  const uIm = u.im;
  // (h w)_0 = ε_d w_0 + Σ v_j w_j ; (h w)_j = v_j w_0 + ε_j w_j for w = U_{:,0}
  let s = 0;
  for (let l = 0; l < n; l++) {
    const fl = model.initial[l];
    if (fl === 0) continue;
    let hwRe: number;
    let hwIm: number;
    if (l === 0) {
      hwRe = h.apex * uRe[0];
      hwIm = h.apex * uIm[0];
      for (let j = 1; j < n; j++) {
        hwRe += h.border[j - 1] * uRe[j];
        hwIm += h.border[j - 1] * uIm[j];
      }
    } else {
      hwRe = h.border[l - 1] * uRe[0] + h.diagonal[l - 1] * uRe[l];
      hwIm = h.border[l - 1] * uIm[0] + h.diagonal[l - 1] * uIm[l];
    }
    const uvRe = hwRe - h.apex * uRe[l];
    const uvIm = hwIm - h.apex * uIm[l];
    // Re[conj(U_l0) (Uv)_l]
    s += fl * (uRe[l] * uvRe + uIm[l] * uvIm);
  }
  return s;
}
