/** Gaussian states of coupled harmonic oscillators: normal modes, product (Gibbs) states, exact covariance evolution. */
export * from "./normal-modes.js";
export * from "./gaussian-product-state.js";
export * from "./covariance-evolution.js";
