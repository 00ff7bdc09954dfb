export * from "./check-solver.js";
export * from "./solver-interfaces.js";
export type { SolverVerdict } from "./solver-check.js";
export { COUPLED_TLS_AGREEMENT } from "./coupled-tls-checks.js";
export { TWO_SITE_AGREEMENT } from "./two-site-chain-baths-checks.js";
export { OSCILLATOR_MEDIATOR_AGREEMENT } from "./oscillator-mediator-checks.js";
export { SET_ENTROPY_AGREEMENT } from "./set-entropy-production-checks.js";
export { RESONANT_LEVEL_AGREEMENT } from "./resonant-level-probes-checks.js";
