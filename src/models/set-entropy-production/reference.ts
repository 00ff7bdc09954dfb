import { globalReferenceTemperature } from "../../physics/thermo/effective-temperature.js";
import type { SetSystem } from "./system.js";

/**
 * Global grand-canonical reference of Appendix B: β_ref, μ_ref such that the ensemble
 * e^{−β_ref(Ĥ_SB − μ_ref N̂_SB)}/Z of the whole system (dot, baths and coupling) has the
 * conserved energy ⟨Ĥ_SB⟩ = tr(𝓗 C(0)) = ε_d n_d + Σ_νk ε_νk n_νk (no coupling energy at
 * t = 0, C(0) diagonal) and particle number tr C(0); eqs. (B1)–(B2), (5)–(6) with the
 * eigenvalues of 𝓗 as mode energies. Units: 1/energy, energy.
 * Source: 001_06d9cbfd9396c60e.txt, Appendix B.
 * Throws DomainError (from the solver) when no finite (β, μ) exists.
 */
export interface GlobalReference {
  readonly beta: number;
  readonly mu: number;
  /** ⟨Ĥ_SB⟩ (energy) and ⟨N̂_SB⟩. */
  readonly energy: number;
  readonly particles: number;
}

/** Computes the {@link GlobalReference} of a system from its initial state. */
export function globalReference(system: SetSystem): GlobalReference {
  const h = system.hamiltonian;
  const c = system.initialOccupations;
  let energy = h.apex * c[0];
  let particles = c[0];
  for (let j = 0; j < h.diagonal.length; j++) {
    energy += h.diagonal[j] * c[j + 1];
    particles += c[j + 1];
  }
  const r = globalReferenceTemperature(system.eigen.values, energy, particles);
  return { beta: r.beta, mu: r.mu, energy, particles };
}
