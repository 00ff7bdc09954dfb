import { selectedLinalgBackend } from "../../numerics/linalg/hermitian-eigenvalues-backend.js";
import type { ModelDefinition, QuantityDefinition, QuantityValue } from "../../core/model.js";
import { entropyObservables, type EntropyObservables } from "./entropy-observables.js";
import { setEntropyClaims } from "./claims.js";
import { setEntropyFigures } from "./figures.js";
import { setEntropyParameterSchema, type SetEntropyParams } from "./params.js";
import { initialReference } from "./population-observables.js";
import { globalReference } from "./reference.js";
import { setSystem, type SetSystem } from "./system.js";
import { entropyPoints } from "./time-point-tasks.js";
import { logGammaTimes, meanGamma } from "./trajectory.js";

/**
 * The set-entropy-production model: a single level between two finite fermionic baths
 * (single-electron transistor), exact correlation-matrix dynamics on the star path and every
 * information-theoretic term of the entropy production at all times.
 * Source: 001_06d9cbfd9396c60e.txt (Usui, Ptaszyński, Esposito, Strasberg). Notation, errata,
 * figures and timings: README.md beside this file.
 */

function observablesRecord(o: EntropyObservables): QuantityValue {
  return {
    t: o.time,
    EL: o.L.energy,
    ER: o.R.energy,
    NL: o.L.particles,
    NR: o.R.particles,
    betaL: o.L.beta,
    betaR: o.R.beta,
    muL: o.L.mu,
    muR: o.R.mu,
    nD: o.dotOccupation,
    Sigma: o.entropyProduction,
    sigma: o.sigma,
    ISB: o.mutualSB,
    ILR: o.mutualLR,
    IoL: o.intraL,
    IoR: o.intraR,
    DstarEnv: o.localAthermality,
    DstarEnv0: o.initialAthermality,
    DeqEnv: o.finiteBathEffect,
    distanceL: o.distanceL / o.L.gcEntropy,
    distanceR: o.distanceR / o.R.gcEntropy,
    couplingEnergy: o.couplingEnergy,
    heatCurrentL: o.heatCurrentL,
    heatCurrentR: o.heatCurrentR,
    backend: o.backend,
  };
}

/** A quantity computed exactly on the system of the given parameters. */
function exactQuantity(q: Omit<QuantityDefinition<SetEntropyParams>, "method" | "evaluate"> & { readonly evaluate: (system: SetSystem, p: SetEntropyParams) => QuantityValue }): QuantityDefinition<SetEntropyParams> {
  return { ...q, method: "exact", evaluate: (p) => q.evaluate(setSystem(p), p) };
}

const quantities: readonly QuantityDefinition<SetEntropyParams>[] = [
  exactQuantity({
    name: "observables",
    description:
      "at time t: E, N, β*, μ* of each bath, n_d, Σ (7), σ (13), I_SB, I_LR, I_oL, I_oR, D*_env(t), D*_env(0), D^eq_env (14), D[ρ_ν‖π_ν]/𝒮_ν, ⟨V⟩, heat currents (record)",
    source: "eqs. (5)–(14), (22), (23)",
    evaluate: (system, p) => observablesRecord(entropyObservables(system, initialReference(system), p.t)),
  }),
  exactQuantity({
    name: "observables-log-grid",
    description: "the record of `observables` at Γt = 10⁻², 10⁻¹, …, 10⁸ (11 times, Γ = (Γ_L + Γ_R)/2), as a list (time points on 2 threads where that helps, see README; QTHERM_THREADS overrides)",
    source: "eqs. (5)–(14), Figs. 4–5",
    evaluate: (system, p) => {
      const times = logGammaTimes(-2, 8, 1).map((gt) => gt / meanGamma(p));
      const records = entropyPoints(system, times, selectedLinalgBackend()).map(observablesRecord);
      return Object.fromEntries(records.map((r, i) => [`gammaT_1e${i - 2}`, r])) as QuantityValue;
    },
  }),
  exactQuantity({
    name: "reference",
    description: "β_ref, μ_ref of the global grand-canonical ensemble with the conserved ⟨Ĥ_SB⟩, ⟨N̂_SB⟩ (record)",
    source: "Appendix B",
    evaluate: (system) => {
      const g = globalReference(system);
      return { betaRef: g.beta, muRef: g.mu, energy: g.energy, particles: g.particles };
    },
  }),
  exactQuantity({
    name: "populations",
    description: "occupations C_jj(t) at time t in the index order (dot, L modes k = 1…K_L, R modes k = 1…K_R)",
    source: "eqs. (18)–(20)",
    evaluate: (system, p) => Array.from(system.propagator.occupations(p.t, system.initialOccupations)),
  }),
];

export const setEntropyProductionModel: ModelDefinition<SetEntropyParams> = {
  id: "set-entropy-production",
  title: "Entropy production of the single-electron transistor with finite baths at all times (Usui, Ptaszyński, Esposito, Strasberg)",
  doc: "001_06d9cbfd9396c60e.txt",
  parameters: setEntropyParameterSchema,
  quantities,
  claims: setEntropyClaims,
  figures: setEntropyFigures,
};

export type { SetEntropyParams } from "./params.js";
export { resolveSetEntropyParams, SET_ENTROPY_DEFAULTS, SET_INDEX_ORDER, MAX_MODES } from "./params.js";
