/**
 * The exact numerics of the set-entropy-production model, in one place (the model's entry to
 * its solvers; the pieces live in one file per idea):
 * - system.ts — star Hamiltonian (15)–(17), C(0) (20) or a seeded pure state (Sec. IV C),
 *   star propagator and arrowhead eigen-decomposition (O(n²));
 * - population-observables.ts — E_ν, N_ν, β*_ν, μ*_ν, Σ (7), σ (13), D*_env (11), D^eq_env (14)
 *   from the O(n²) populations;
 * - dot-row.ts — U_j0(t) and C_0j(t) (coupling energy, exact heat currents) in O(n²);
 * - entropy-observables.ts — I_{S−B} (bath block by the secular equation), I_{L−R}, I_oν
 *   (dense K×K spectra through LAPACK or TypeScript), D[ρ_ν‖π_ν], eq. (23);
 * - reference.ts — β_ref, μ_ref (Appendix B);
 * - exact-dense.ts — the authors' dense algorithm as cross-check;
 * - time-point-tasks.ts — many time points spread over worker threads (numerics/parallel);
 * - trajectory.ts — log-time grids and regime-III window means.
 * The exact numerics never call analytic.ts.
 * Source: 001_06d9cbfd9396c60e.txt.
 */
export { setSystem, setHamiltonian, initialOccupations, denseHamiltonian, type SetSystem } from "./system.js";
export { populationObservables, observablesFromOccupations, initialReference, type PopulationObservables, type BathState, type InitialReference } from "./population-observables.js";
export { dotRow, type DotRow } from "./dot-row.js";
export { entropyObservables, systemBathInformation, bathEntropyFromSecular, bathBlockEntropy, totalEntropy, type EntropyObservables } from "./entropy-observables.js";
export { globalReference, type GlobalReference } from "./reference.js";
export { denseSnapshot, setDensePropagator, type DenseSnapshot } from "./exact-dense.js";
export { populationTrajectory, entropyTrajectory, logGammaTimes, windowMean, meanGamma, type Trajectory } from "./trajectory.js";
export { entropyPoints, populationPoints, entropyPointThreads, PARALLEL_MIN_MODES, type TimePointOptions } from "./time-point-tasks.js";
