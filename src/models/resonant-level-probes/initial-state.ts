import { fermiOfArgument } from "../../numerics/special.js";

/**
 * The initial state of the grains, eq. (8): each grain separately in its grand-canonical
 * (Fermi) state at β and μ_ν, the dot empty. An initial condition shared by both layers —
 * the QLE closed forms (analytic.ts) and the exact evolution (exact.ts) start from it — not a
 * result either layer is checked on.
 * Source: 000_801d121c3abe0574.txt, eq. (8) and Fig. 1 caption.
 */

/**
 * Fermi occupations f(ε) = 1/(e^{β(ε−μ)} + 1) at the given energies, eq. (8).
 * β in 1/energy, μ and the energies in energy units; stable for any β·(ε − μ).
 * @example fermiOccupations(Float64Array.of(-1, 0, 1), 200, 0) // Float64Array [1, 0.5, 1.38e-87]
 */
export function fermiOccupations(energies: Float64Array, beta: number, mu: number): Float64Array {
  const out = new Float64Array(energies.length);
  for (let k = 0; k < energies.length; k++) out[k] = fermiOfArgument(beta * (energies[k] - mu));
  return out;
}
