import { ParameterError } from "../../core/errors.js";
import type { ResonantLevelParams } from "./params.js";
import { qleDotChargeFrom, qlePopulations, qleSystem, recurrenceTime, totalOccupation } from "./analytic.js";
import { fermiOccupations } from "./initial-state.js";
import { probeState } from "./probes.js";
import { modelGrids } from "./params.js";

/**
 * The restart procedure of the QLE (caption of Fig. 2 and Results): run eq. (9) for a
 * segment shorter than τ⁰_rec, take the final diagonal L and R populations as the new
 * initial distributions (the dot restarts empty, coherences are dropped), re-adjust the
 * probe to its condition (dephasing: f_G = (Γ_R p_R + Γ_L p_L)/(Γ_L + Γ_R); voltage: new μ_G
 * from i_G = 0), and repeat. Source: 000_801d121c3abe0574.txt, Fig. 2 caption, Results.
 *
 * Particle bookkeeping. The paper's restart empties the dot (eq. (8) at every restart), so
 * the charge the dot drew from the grains during the segment, [(Γ_L+Γ_R)/Γ]-share of n_d,
 * is discarded at each restart and drawn again in the next segment (in the exact dynamics
 * it stays on the dot and is later resupplied by G). Option `dotCharge: 'return'` returns to
 * every L and R level the part of the dot charge that came from it,
 * n_d^{(k)} = v_k² f_k |1 − e^{−(Γ+iε_dk)t}|²/(Γ² + ε_dk²) ({@link qleDotChargeFrom}); the
 * grains' particle number then changes per segment only by the QLE's own
 * non-conservation (O(Γ/D), claim restart-particle-bookkeeping).
 */

export interface RestartOptions {
  /** Length of one QLE segment (1/energy), 0 < length ≤ τ⁰_rec; the paper restarts "immediately before τ⁰_rec". */
  readonly segmentLength: number;
  /** Times (since the first contact) at which the populations are returned; ≥ 0. */
  readonly times: readonly number[];
  /**
   * What happens to the dot's charge at a restart: 'discard' (default; the paper's
   * procedure: the dot restarts empty and its charge is lost) or 'return' (each grain
   * level gets back the part of the dot charge that came from it; particle-conserving).
   */
  readonly dotCharge?: "discard" | "return";
}

export interface RestartResult {
  readonly times: readonly number[];
  readonly L: readonly Float64Array[];
  readonly R: readonly Float64Array[];
  /** μ_G of each segment (voltage probe), null otherwise. */
  readonly muG: readonly (number | null)[];
  /** Σ_l p_l + Σ_r p_r at each restart point (particle bookkeeping of the procedure). */
  readonly particlesAtRestarts: readonly number[];
  /** Charge returned to the grains at each restart (0 for dotCharge = 'discard'). */
  readonly returnedAtRestarts: readonly number[];
}

/**
 * QLE populations of L and R at the requested times with restarts every segmentLength.
 * Cost: O(N·(2N + N_G)) per returned time and per restart.
 * @throws ParameterError for segmentLength outside (0, τ⁰_rec], a negative/non-finite time
 *   or an unknown dotCharge option.
 */
export function qleWithRestarts(p: ResonantLevelParams, options: RestartOptions): RestartResult {
  const tau = recurrenceTime(p);
  const seg = options.segmentLength;
  if (!(Number.isFinite(seg) && seg > 0 && seg <= tau)) throw new ParameterError("segmentLength", seg, `a time in (0, τ⁰_rec = ${tau}]`);
  options.times.forEach((t, i) => {
    if (!(Number.isFinite(t) && t >= 0)) throw new ParameterError(`times[${i}]`, t, "a finite time ≥ 0");
  });
  const dotCharge = options.dotCharge ?? "discard";
  if (dotCharge !== "discard" && dotCharge !== "return") throw new ParameterError("dotCharge", dotCharge, "'discard' or 'return'");
  const order = options.times.map((t, i) => [t, i] as const).sort((a, b) => a[0] - b[0]);
  const grids = modelGrids(p);
  let pL = fermiOccupations(grids.L.energies, p.beta, p.muL);
  let pR = fermiOccupations(grids.R.energies, p.beta, p.muR);
  let probe = p.probe === "none" ? null : probeState(p);
  const outL: Float64Array[] = new Array(options.times.length);
  const outR: Float64Array[] = new Array(options.times.length);
  const muG: (number | null)[] = [probe?.muG ?? null];
  const particles: number[] = [totalOccupation(pL) + totalOccupation(pR)];
  const returned: number[] = [0];
  let start = 0;
  let next = 0;
  while (next < order.length) {
    const system = qleSystem(p, { L: pL, R: pR, ...(probe ? { G: probe.occupations } : {}) });
    // times inside this segment (the segment end belongs to it)
    while (next < order.length && order[next][0] <= start + seg * (1 + 1e-12)) {
      const [t, i] = order[next];
      outL[i] = qlePopulations(system, "L", Math.min(t - start, seg));
      outR[i] = qlePopulations(system, "R", Math.min(t - start, seg));
      next++;
    }
    if (next >= order.length) break;
    pL = qlePopulations(system, "L", seg);
    pR = qlePopulations(system, "R", seg);
    let back = 0;
    if (dotCharge === "return") {
      const dL = qleDotChargeFrom(system, "L", seg);
      const dR = qleDotChargeFrom(system, "R", seg);
      for (let k = 0; k < pL.length; k++) pL[k] += dL[k];
      for (let k = 0; k < pR.length; k++) pR[k] += dR[k];
      back = totalOccupation(dL) + totalOccupation(dR);
    }
    returned.push(back);
    start += seg;
    particles.push(totalOccupation(pL) + totalOccupation(pR));
    if (probe !== null) {
      probe = probeState(p, pL, pR, probe.muG ?? undefined);
      muG.push(probe.muG);
    } else muG.push(null);
  }
  return { times: options.times, L: outL, R: outR, muG, particlesAtRestarts: particles, returnedAtRestarts: returned };
}
