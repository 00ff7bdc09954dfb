import { ParameterError } from "../../core/errors.js";
import { integrate } from "../../numerics/quadrature/gauss-kronrod.js";
import { newton1d } from "../../numerics/roots/newton.js";
import { fermiOfArgument } from "../../numerics/special.js";
import type { ResonantLevelParams } from "./params.js";
import { levelSpacing, modelGrids } from "./params.js";

/**
 * Büttiker probes on the dot: the probe's state fixed by its condition — dephasing probe
 * i_G(ε) = 0 at every energy, voltage probe i_G = ∫ i_G(ε) dε = 0 solved for μ_G by
 * Newton–Raphson. Source: 000_801d121c3abe0574.txt, text after eq. (9) and after Fig. 2.
 *
 * How the probe's state is determined, and why this file is neutral. The paper fixes the probe
 * by a quasi-steady-state (QSS) self-consistency condition of its QLE treatment: no net particle
 * flow into G. Here that condition is computed from its own definition, the Landauer–Büttiker
 * current of a Breit–Wigner level between wide-band reservoirs (Büttiker, the paper's refs. [15, 16]):
 *   i_{G←ν}(ε) = (1/2π)·T_Gν(ε)·[f_ν(ε) − f_G(ε)],  T_Gν(ε) = 4Γ_GΓ_ν/((ε − ε_d)² + Γ²),
 * Γ = Γ_L + Γ_R + Γ_G, so that i_G(ε) = 0 ⇔ Σ_ν Γ_ν[f_ν(ε) − f_G(ε)] = 0 and
 * i_G = 0 ⇔ ∫ Σ_ν Γ_ν[f_ν − f_G]/((ε − ε_d)² + Γ²) dε = 0. It calls neither the QLE closed
 * forms (9) nor the printed i_G(ε) (analytic.ts; its sign is an erratum, and a zero does not
 * depend on the sign), so the exact layer (exact.ts), which prepares the finite probe reservoir
 * in this state, never reaches the formulas it is compared with. Units ħ = k_B = 1.
 */

/**
 * Dephasing-probe occupation from i_G(ε) = 0 (text after Fig. 2):
 * f_G(ε) = [Γ_R f_R(ε) + Γ_L f_L(ε)]/(Γ_R + Γ_L).
 */
export function dephasingProbeOccupation(fL: number, fR: number, c: Pick<ResonantLevelParams, "GammaL" | "GammaR">): number {
  return (c.GammaR * fR + c.GammaL * fL) / (c.GammaR + c.GammaL);
}

/** Result of the voltage-probe condition: μ_G, the residual current and the Newton iterations. */
export interface VoltageProbeSolution {
  readonly muG: number;
  /** i_G(μ_G) after convergence (particles per unit time). */
  readonly residualCurrent: number;
  readonly iterations: number;
}

/** Newton–Raphson μ^{(k+1)} = μ^{(k)} − i_G(μ^{(k)})/i′_G(μ^{(k)}) (Press et al. [23]), safeguarded by newton1d. */
function solveMu(current: (mu: number) => number, slope: (mu: number) => number, mu0: number, scale: number): VoltageProbeSolution {
  // |i_G| ≤ 1e-13·scale: scale is the largest partial current, 1e-13 sits above the
  // quadrature/sum round-off (≈ 1e-15 relative) and far below any physical current.
  const r = newton1d(current, slope, mu0, { fTol: 1e-13 * scale, xTol: 1e-14, maxIterations: 100 });
  return { muG: r.root, residualCurrent: r.residual, iterations: r.iterations };
}

/**
 * Voltage-probe chemical potential for Fermi grains (eq. (8), β, μ_L, μ_R): the root
 * of i_G(μ_G) = ∫_{−D}^{D} i_G(ε) dε with f_G = Fermi(β, μ_G) (text after (9); the
 * integral runs over the band, where the finite grains have levels). The integrals use
 * adaptive Gauss–Kronrod with breakpoints at μ_L, μ_R, μ_G and ε_d (relTol 1e-12).
 * @throws ParameterError if β = 0 (f_G would not depend on μ_G: the condition has no root
 *   unless it holds identically).
 */
export function voltageProbeMuFermi(p: ResonantLevelParams): VoltageProbeSolution {
  if (!(p.beta > 0)) throw new ParameterError("beta", p.beta, "> 0 for a voltage probe (μ_G is undetermined at β = 0)");
  const G = p.GammaL + p.GammaR + p.GammaG;
  const lorentz = (e: number) => 1 / ((e - p.epsilonD) ** 2 + G * G);
  const inBand = (xs: number[]) => xs.filter((x) => x > -p.D && x < p.D);
  const opts = (mu: number) => ({ breakpoints: inBand([p.muL, p.muR, mu, p.epsilonD]).sort((a, b) => a - b), absTol: 1e-15, relTol: 1e-12 });
  const pref = (2 * p.GammaG) / Math.PI;
  const fixedPart = integrate((e) => (p.GammaR * fermiOfArgument(p.beta * (e - p.muR)) + p.GammaL * fermiOfArgument(p.beta * (e - p.muL))) * lorentz(e), -p.D, p.D, opts(p.muL)).value;
  const current = (mu: number) =>
    pref * ((p.GammaL + p.GammaR) * integrate((e) => fermiOfArgument(p.beta * (e - mu)) * lorentz(e), -p.D, p.D, opts(mu)).value - fixedPart);
  const slope = (mu: number) =>
    pref *
    (p.GammaL + p.GammaR) *
    integrate(
      (e) => {
        const x = Math.exp(-Math.abs(p.beta * (e - mu)));
        return ((p.beta * x) / ((1 + x) * (1 + x))) * lorentz(e);
      },
      -p.D,
      p.D,
      opts(mu),
    ).value;
  const mu0 = (p.GammaL * p.muL + p.GammaR * p.muR) / (p.GammaL + p.GammaR);
  return solveMu(current, slope, mu0, pref * Math.abs(fixedPart) + 1e-300);
}

/**
 * Voltage-probe μ_G for arbitrary diagonal grain occupations on their grids (restarts):
 * i_G(μ_G) = Σ_ν Σ_{k∈ν} ΔE_ν (2Γ_G/π)Γ_ν[f_G(ε_k) − p_ν(ε_k)]/((ε_k − ε_d)² + Γ²) = 0,
 * the midpoint rule of ∫ i_G(ε) dε on the grains' own levels, f_G = Fermi(β, μ_G).
 */
export function voltageProbeMuGrid(p: ResonantLevelParams, pL: Float64Array, pR: Float64Array, mu0: number): VoltageProbeSolution {
  if (!(p.beta > 0)) throw new ParameterError("beta", p.beta, "> 0 for a voltage probe (μ_G is undetermined at β = 0)");
  const grids = modelGrids(p);
  const dE = levelSpacing(p.D, p.N);
  const G = p.GammaL + p.GammaR + p.GammaG;
  const pref = ((2 * p.GammaG) / Math.PI) * dE;
  const parts: { e: Float64Array; occ: Float64Array; Gamma: number }[] = [
    { e: grids.L.energies, occ: pL, Gamma: p.GammaL },
    { e: grids.R.energies, occ: pR, Gamma: p.GammaR },
  ];
  let fixed = 0;
  for (const part of parts) {
    for (let k = 0; k < part.e.length; k++) fixed += (part.Gamma * part.occ[k]) / ((part.e[k] - p.epsilonD) ** 2 + G * G);
  }
  const current = (mu: number) => {
    let s = 0;
    for (const part of parts) {
      for (let k = 0; k < part.e.length; k++) s += (part.Gamma * fermiOfArgument(p.beta * (part.e[k] - mu))) / ((part.e[k] - p.epsilonD) ** 2 + G * G);
    }
    return pref * (s - fixed);
  };
  const slope = (mu: number) => {
    let s = 0;
    for (const part of parts) {
      for (let k = 0; k < part.e.length; k++) {
        const x = Math.exp(-Math.abs(p.beta * (part.e[k] - mu)));
        s += (part.Gamma * p.beta * x) / ((1 + x) * (1 + x) * ((part.e[k] - p.epsilonD) ** 2 + G * G));
      }
    }
    return pref * s;
  };
  return solveMu(current, slope, mu0, pref * fixed + 1e-300);
}

/**
 * Linear interpolation of occupations given on an ascending grid onto other energies
 * (constant beyond the ends). Exact when the target energies are grid points.
 */
export function interpolateOccupations(grid: Float64Array, values: Float64Array, at: Float64Array): Float64Array {
  const out = new Float64Array(at.length);
  let j = 0;
  for (let i = 0; i < at.length; i++) {
    const x = at[i];
    if (x <= grid[0]) {
      out[i] = values[0];
      continue;
    }
    if (x >= grid[grid.length - 1]) {
      out[i] = values[grid.length - 1];
      continue;
    }
    while (j > 0 && grid[j] > x) j--;
    while (grid[j + 1] < x) j++;
    const w = (x - grid[j]) / (grid[j + 1] - grid[j]);
    out[i] = (1 - w) * values[j] + w * values[j + 1];
  }
  return out;
}

/** Probe occupations on the G grid and, for a voltage probe, μ_G. */
export interface ProbeState {
  readonly occupations: Float64Array;
  readonly muG: number | null;
}

/**
 * The probe's occupations on its grid for the current grain occupations (the probe
 * condition of p.probe): dephasing f_G = (Γ_R p_R + Γ_L p_L)/(Γ_L + Γ_R) at ε_g
 * (p_ν interpolated onto the G grid; exact Fermi values when pL/pR are omitted);
 * voltage f_G = Fermi(β, μ_G) with μ_G from i_G = 0 (quadrature for the initial Fermi
 * grains, grid sum for given occupations).
 * @throws ParameterError when p.probe = 'none'.
 */
export function probeState(p: ResonantLevelParams, pL?: Float64Array, pR?: Float64Array, muGuess?: number): ProbeState {
  const grids = modelGrids(p);
  if (grids.G === null) throw new ParameterError("probe", p.probe, "'dephasing' or 'voltage' for probe occupations");
  const eG = grids.G.energies;
  const out = new Float64Array(eG.length);
  if (p.probe === "dephasing") {
    const fL = pL ? interpolateOccupations(grids.L.energies, pL, eG) : eG.map((e) => fermiOfArgument(p.beta * (e - p.muL)));
    const fR = pR ? interpolateOccupations(grids.R.energies, pR, eG) : eG.map((e) => fermiOfArgument(p.beta * (e - p.muR)));
    for (let g = 0; g < eG.length; g++) out[g] = dephasingProbeOccupation(fL[g], fR[g], p);
    return { occupations: out, muG: null };
  }
  const sol = pL && pR ? voltageProbeMuGrid(p, pL, pR, muGuess ?? 0.5 * (p.muL + p.muR)) : voltageProbeMuFermi(p);
  for (let g = 0; g < eG.length; g++) out[g] = fermiOfArgument(p.beta * (eG[g] - sol.muG));
  return { occupations: out, muG: sol.muG };
}
