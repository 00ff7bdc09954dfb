/**
 * Grand-canonical thermodynamics of independent fermionic modes: expectation values,
 * entropies, relative entropies to thermal product states, and the effective (β*, μ*)
 * of eqs. (5)–(6) / Appendix B of 001_06d9cbfd9396c60e.txt. One idea per file under
 * ./thermo/; this module re-exports them.
 */
export {
  validateEnergies,
  grandCanonicalOccupations,
  grandCanonicalParticleNumber,
  grandCanonicalEnergy,
  grandCanonicalEntropy,
} from "./thermo/grand-canonical.js";
export { chemicalPotential, createFixedBetaSolver, type FixedBetaSolver, type FixedBetaState } from "./thermo/chemical-potential.js";
export { relativeEntropyTwoLevel, relativeEntropyProduct, relativeEntropyToGrandCanonical } from "./thermo/relative-entropy.js";
export {
  energyRange,
  effectiveTemperature,
  globalReferenceTemperature,
  type EnergyRange,
  type EffectiveTemperatureOptions,
  type EffectiveTemperatureResult,
} from "./thermo/effective-temperature.js";
