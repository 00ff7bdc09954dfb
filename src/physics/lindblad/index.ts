/**
 * Lindblad master equations on small Hilbert spaces: fermionic modes
 * (Jordan–Wigner), the generator and its superoperator, steady state, time
 * evolution, the adjoint (Heisenberg) generator and canonical decay rates.
 */
export * from "./fermion-operators.js";
export * from "./lindblad-generator.js";
export * from "./row-major-vectorization.js";
export * from "./liouvillian-superoperator.js";
export * from "./apply-liouvillian.js";
export * from "./apply-adjoint-generator.js";
export * from "./expectation-value.js";
export * from "./density-matrix-diagnostics.js";
export * from "./steady-state.js";
export * from "./evolve-density-matrix.js";
export * from "./canonical-decay-rates.js";
