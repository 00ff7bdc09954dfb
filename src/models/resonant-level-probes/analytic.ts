import { DomainError, ParameterError } from "../../core/errors.js";
import type { ResonantLevelParams, ReservoirName } from "./params.js";
import { levelSpacing, modelGrids } from "./params.js";
import { f2Printed, f2Rate, f3TermStable, f3TermStableRate, targetConstants } from "./qle-kernels.js";
import { fermiOccupations } from "./initial-state.js";
import { probeState } from "./probes.js";

/**
 * The QLE closed forms of Kulkarni, Tiwari & Segal on finite grains: the populations
 * p(ε_l, t) = f_l + F2 + F3 of eq. (9) (with probe terms in F3), the dot occupation,
 * the current d/dt Σ_l p_l and the standard (Jauho–Wingreen–Meir) current, the printed
 * energy-resolved probe current i_G(ε), and the recurrence time τ⁰_rec = 2π/ΔE.
 * Source: 000_801d121c3abe0574.txt, eqs. (7)–(9) and the text after (9).
 * Units ħ = k_B = 1; t is the time since contact t − t_0.
 */

/** One finite reservoir in the QLE: levels, constant hopping, current diagonal occupations, Γ_ν. */
export interface QleReservoir {
  readonly name: ReservoirName | "G";
  readonly energies: Float64Array;
  readonly hopping: number;
  readonly occupations: Float64Array;
  /** Γ_ν = π v²/ΔE_ν (energy). */
  readonly Gamma: number;
}

/** The QLE problem: dot level, total Γ and the reservoirs whose noise enters (7). */
export interface QleSystem {
  readonly epsilonD: number;
  /** Γ = Σ_ν Γ_ν including Γ_G when a probe is attached (text after (9)). */
  readonly Gamma: number;
  readonly reservoirs: readonly QleReservoir[];
}

/** Recurrence time τ⁰_rec = 2π/ΔE, ΔE = 2D/N (text below eq. (3)). Units 1/energy. */
export function recurrenceTime(p: Pick<ResonantLevelParams, "D" | "N">): number {
  return (2 * Math.PI) / levelSpacing(p.D, p.N);
}

/**
 * Builds the QLE system from the model parameters, with the reservoirs' initial
 * occupations of eq. (8) (Fermi at β, μ_ν) unless given, and the probe occupations
 * `probeOccupations` on the G grid (required when probe ≠ 'none'; see probes.ts).
 */
export function qleSystem(
  p: ResonantLevelParams,
  occupations: { L?: Float64Array; R?: Float64Array; G?: Float64Array } = {},
): QleSystem {
  const grids = modelGrids(p);
  const L: QleReservoir = { name: "L", energies: grids.L.energies, hopping: grids.L.hopping, Gamma: p.GammaL, occupations: occupations.L ?? fermiOccupations(grids.L.energies, p.beta, p.muL) };
  const R: QleReservoir = { name: "R", energies: grids.R.energies, hopping: grids.R.hopping, Gamma: p.GammaR, occupations: occupations.R ?? fermiOccupations(grids.R.energies, p.beta, p.muR) };
  for (const r of [L, R]) {
    if (r.occupations.length !== r.energies.length) throw new ParameterError(`occupations.${r.name}.length`, r.occupations.length, `${r.energies.length} (N)`);
  }
  if (grids.G === null) return { epsilonD: p.epsilonD, Gamma: p.GammaL + p.GammaR, reservoirs: [L, R] };
  const fG = occupations.G;
  if (fG === undefined) throw new ParameterError("occupations.G", fG, "the probe occupations on the G grid (probe ≠ 'none')");
  if (fG.length !== grids.G.energies.length) throw new ParameterError("occupations.G.length", fG.length, `${grids.G.energies.length} (N_G)`);
  const G: QleReservoir = { name: "G", energies: grids.G.energies, hopping: grids.G.hopping, Gamma: p.GammaG, occupations: fG };
  return { epsilonD: p.epsilonD, Gamma: p.GammaL + p.GammaR + p.GammaG, reservoirs: [L, R, G] };
}

/**
 * The QLE system of eq. (9) at parameters p with the grains in their Fermi states (8) and, when a
 * probe is attached, the probe occupations of its condition (probeState of probes.ts).
 * @throws ParameterError as {@link qleSystem}.
 */
export function initialQleSystem(p: ResonantLevelParams): QleSystem {
  return p.probe === "none" ? qleSystem(p) : qleSystem(p, { G: probeState(p).occupations });
}

/** The couplings entering the printed probe current. */
export type ProbeCouplings = Pick<ResonantLevelParams, "GammaL" | "GammaR" | "GammaG" | "epsilonD">;

/**
 * Energy-resolved charge current of the probe, as printed after eq. (9):
 * i_G(ε) = (2Γ_G/π)·{Γ_R[f_G(ε) − f_R(ε)] + Γ_L[f_G(ε) − f_L(ε)]}/((ε − ε_d)² + Γ²),
 * Γ = Γ_L + Γ_R + Γ_G. Positive when f_G exceeds the grains' occupations, i.e. when particles
 * leave G: despite the text's wording it is the current OUT of G (erratum, claims-errata.ts);
 * the probe conditions i_G = 0 and i_G(ε) = 0 (probes.ts) do not depend on this sign.
 * Source: 000_801d121c3abe0574.txt, text after eq. (9). Units: particles per unit time per unit energy.
 */
export function probeCurrentDensity(epsilon: number, fG: number, fL: number, fR: number, c: ProbeCouplings): number {
  const G = c.GammaL + c.GammaR + c.GammaG;
  const e = epsilon - c.epsilonD;
  return ((2 * c.GammaG) / Math.PI) * (c.GammaR * (fG - fR) + c.GammaL * (fG - fL)) / (e * e + G * G);
}

/** Flattened k′ data: energies, weights v_k′² f_k′ of all reservoirs. */
function sources(system: QleSystem): { energies: Float64Array; weights: Float64Array } {
  let n = 0;
  for (const r of system.reservoirs) n += r.energies.length;
  const energies = new Float64Array(n);
  const weights = new Float64Array(n);
  let i = 0;
  for (const r of system.reservoirs) {
    const v2 = r.hopping * r.hopping;
    for (let k = 0; k < r.energies.length; k++, i++) {
      energies[i] = r.energies[k];
      weights[i] = v2 * r.occupations[k];
    }
  }
  return { energies, weights };
}

function reservoirOf(system: QleSystem, name: string): QleReservoir {
  const r = system.reservoirs.find((x) => x.name === name);
  if (r === undefined) throw new ParameterError("reservoir", name, `one of ${system.reservoirs.map((x) => `'${x.name}'`).join(", ")}`);
  return r;
}

function checkTime(t: number): void {
  if (!(Number.isFinite(t) && t >= 0)) throw new ParameterError("t", t, "a finite time ≥ 0 (since contact)");
}

/**
 * Populations p(ε_l, t) = f_l + F2 + F3 of every level of reservoir `name`, eq. (9),
 * with F3 summed over all k′ of L, R (and G). O(N·N_total) per call.
 * F2 is the printed expression; F3 uses the stable (identical) rewriting of
 * {@link f3TermStable}, so the removable singularities ε_lk′ = 0 are taken by their limits.
 * Source: 000_801d121c3abe0574.txt, eq. (9) and the text after it.
 * @throws ParameterError for an unknown reservoir or t < 0.
 */
export function qlePopulations(system: QleSystem, name: ReservoirName | "G", t: number): Float64Array {
  checkTime(t);
  const target = reservoirOf(system, name);
  const { energies, weights } = sources(system);
  const G = system.Gamma;
  const v2 = target.hopping * target.hopping;
  const out = new Float64Array(target.energies.length);
  for (let l = 0; l < target.energies.length; l++) {
    const el = target.energies[l];
    const edl = system.epsilonD - el;
    const c = targetConstants(t, edl, G);
    let f3 = 0;
    for (let k = 0; k < energies.length; k++) {
      f3 += weights[k] * f3TermStable(t, el - energies[k], system.epsilonD - energies[k], G, c);
    }
    out[l] = target.occupations[l] + f2Printed(t, v2, target.occupations[l], edl, G) + v2 * f3;
  }
  return out;
}

/**
 * Dot occupation of the QLE (7) with an empty initial dot:
 * n_d(t) = Σ_k′ v_k′² f_k′ |1 − e^{−(Γ + iε_dk′)t}|²/(Γ² + ε_dk′²).
 * Derived from the solution c_d(t) = −i Σ_k′ v_k′ c_k′(t_0)(e^{−iε_k′t} − e^{−(iε_d+Γ)t})/(Γ + iε_dk′).
 */
export function qleDotOccupation(system: QleSystem, t: number): number {
  checkTime(t);
  const { energies, weights } = sources(system);
  const G = system.Gamma;
  const decay = Math.exp(-G * t);
  let n = 0;
  for (let k = 0; k < energies.length; k++) n += sourceDotCharge(weights[k], system.epsilonD - energies[k], t, G, decay);
  return n;
}

/** b = 1 − e^{−(Γ + iε)t} of a source level's dot amplitude, ε = ε_dk′, decay = e^{−Γt}. */
function growth(epsilon: number, t: number, decay: number): { readonly re: number; readonly im: number } {
  return { re: 1 - decay * Math.cos(epsilon * t), im: decay * Math.sin(epsilon * t) };
}

/** The dot charge w·|1 − e^{−(Γ + iε)t}|²/(Γ² + ε²) drawn from one source level of weight w = v_k′² f_k′ at ε = ε_dk′. */
function sourceDotCharge(weight: number, epsilon: number, t: number, Gamma: number, decay: number): number {
  const b = growth(epsilon, t, decay);
  return (weight * (b.re * b.re + b.im * b.im)) / (Gamma * Gamma + epsilon * epsilon);
}

/**
 * The part of the QLE dot charge that originated from each level of reservoir `name`:
 * n_d = Σ_k n_d^{(k)}, n_d^{(k)}(t) = v_k² f_k |1 − e^{−(Γ + iε_dk)t}|²/(Γ² + ε_dk²), the k-th term
 * of {@link qleDotOccupation} (c_d(t) is a sum of independent source amplitudes, so the
 * decomposition is exact for the diagonal initial state (8)). Used by the particle-conserving
 * restart (restarts.ts) to return the dot's charge to the levels it came from.
 * Units: occupations (dimensionless). @throws ParameterError for an unknown reservoir or t < 0.
 */
export function qleDotChargeFrom(system: QleSystem, name: ReservoirName | "G", t: number): Float64Array {
  checkTime(t);
  const r = reservoirOf(system, name);
  const G = system.Gamma;
  const decay = Math.exp(-G * t);
  const v2 = r.hopping * r.hopping;
  const out = new Float64Array(r.energies.length);
  for (let k = 0; k < r.energies.length; k++) out[k] = sourceDotCharge(v2 * r.occupations[k], system.epsilonD - r.energies[k], t, G, decay);
  return out;
}

/**
 * Current into reservoir `name` from the populations, i_ν(t) = d/dt Σ_{l∈ν} p(ε_l, t),
 * by differentiating eq. (9) analytically (text after (9)). Units: particles per unit time.
 */
export function qleCurrentFromPopulations(system: QleSystem, name: ReservoirName | "G", t: number): number {
  checkTime(t);
  const target = reservoirOf(system, name);
  const { energies, weights } = sources(system);
  const G = system.Gamma;
  const v2 = target.hopping * target.hopping;
  let total = 0;
  for (let l = 0; l < target.energies.length; l++) {
    const el = target.energies[l];
    const edl = system.epsilonD - el;
    const c = targetConstants(t, edl, G);
    let r3 = 0;
    for (let k = 0; k < energies.length; k++) {
      r3 += weights[k] * f3TermStableRate(t, el - energies[k], system.epsilonD - energies[k], edl, G, c);
    }
    total += f2Rate(t, v2, target.occupations[l], edl, G) + v2 * r3;
  }
  return total;
}

/**
 * The standard transient current into reservoir ν of a resonant level in the wide-band
 * (Markov) limit with an initially empty dot (Jauho, Wingreen & Meir, PRB 50, 5528
 * (1994); the paper's ref. [22], Schmidt et al., PRB 78, 235110 (2008)), with the
 * reservoir sums kept discrete:
 *   i_ν(t) = 2Γ_ν n_d(t) − 2 Σ_{k∈ν} v_k² f_k Re[(1 − e^{−(Γ + iε_dk)t})/(Γ + iε_dk)].
 * It follows from i_ν = 2 Σ_k v_k Im⟨c_k† c_d⟩ with Σ_k v_k² e^{iε_k s} → 2Γ_ν δ(s).
 */
export function standardCurrent(system: QleSystem, name: ReservoirName | "G", t: number): number {
  checkTime(t);
  const target = reservoirOf(system, name);
  const G = system.Gamma;
  const decay = Math.exp(-G * t);
  const v2 = target.hopping * target.hopping;
  let drain = 0;
  for (let k = 0; k < target.energies.length; k++) {
    const e = system.epsilonD - target.energies[k];
    const b = growth(e, t, decay);
    drain += (v2 * target.occupations[k] * (b.re * G + b.im * e)) / (G * G + e * e);
  }
  return 2 * target.Gamma * qleDotOccupation(system, t) - 2 * drain;
}

/**
 * Quasi-steady-state (Landauer) current into ν, i_ν = (2Γ_ν/π) Σ_ν′ Γ_ν′ ∫ dε
 * [f_ν′(ε) − f_ν(ε)]/((ε − ε_d)² + Γ²), the t → ∞ limit of {@link standardCurrent}
 * (for ν = G it is minus the printed i_G(ε) integrated: see the erratum in claims-errata.ts); here the
 * integral is the midpoint sum over each reservoir's own levels, Σ_k ΔE_ν′ (…).
 * Source: 000_801d121c3abe0574.txt, text after eq. (9) ("produces the standard expression", ref. [22]),
 * t → ∞ with e^{−Γt} → 0. Units: particles per unit time (ħ = 1). Throws nothing: the system is validated
 * when it is built ({@link initialQleSystem}).
 */
export function quasiSteadyCurrent(system: QleSystem, name: ReservoirName | "G"): number {
  const target = reservoirOf(system, name);
  const G2 = system.Gamma * system.Gamma;
  let total = 0;
  // Σ_{k∈ν′} ΔE_ν′ Γ_ν′ f_k/(…) − Σ_{k∈ν} ΔE_ν Γ_ν′ f_k /(…), ΔE_ν = π v_ν²/Γ_ν
  for (const r of system.reservoirs) {
    if (r === target) continue;
    const dEr = (Math.PI * r.hopping * r.hopping) / r.Gamma;
    const dEt = (Math.PI * target.hopping * target.hopping) / target.Gamma;
    for (let k = 0; k < r.energies.length; k++) {
      const e = r.energies[k] - system.epsilonD;
      total += (dEr * r.Gamma * r.occupations[k]) / (e * e + G2);
    }
    for (let k = 0; k < target.energies.length; k++) {
      const e = target.energies[k] - system.epsilonD;
      total -= (dEt * r.Gamma * target.occupations[k]) / (e * e + G2);
    }
  }
  return ((2 * target.Gamma) / Math.PI) * total;
}

/**
 * {@link qlePopulations} at model parameters, restricted to the QLE's validity window:
 * t ≤ τ⁰_rec (text after (10): "the QLE description is technically limited by the
 * recurrence time") and a dense spectrum ΔE < Γ (the Markov step of (7) replaces
 * Σ_k v_k² e^{iε_k s} by 2Γ_ν δ(s), which needs several levels inside the resonance width).
 * @throws DomainError for t > τ⁰_rec (unless allowBeyondRecurrence) or ΔE ≥ Γ.
 */
export function qlePopulationsAt(
  p: ResonantLevelParams,
  system: QleSystem,
  name: ReservoirName,
  options: { allowBeyondRecurrence?: boolean } = {},
): Float64Array {
  const tau = recurrenceTime(p);
  const spacing = levelSpacing(p.D, p.N);
  if (spacing >= system.Gamma) {
    throw new DomainError("QLE populations (9)", "ΔE = 2D/N < Γ (dense spectrum, eq. (7))", `ΔE = ${spacing}, Γ = ${system.Gamma}; increase N`);
  }
  if (p.t > tau && !options.allowBeyondRecurrence) {
    throw new DomainError("QLE populations (9)", `t ≤ τ⁰_rec = 2π/ΔE = ${tau.toFixed(3)}`, `t = ${p.t}; restart the QLE (restarts.ts) or use the exact evolution`);
  }
  return qlePopulations(system, name, p.t);
}

/** Total number of particles Σ_k f_k in the given occupations (used by restarts and checks). */
export function totalOccupation(occupations: ArrayLike<number>): number {
  let s = 0;
  for (let k = 0; k < occupations.length; k++) s += occupations[k];
  return s;
}
