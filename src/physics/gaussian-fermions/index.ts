/** Free (Gaussian) fermions: propagators, correlation matrices, entropies. */
export * from "./propagator.js";
export * from "./dense-propagator.js";
export * from "./star-propagator.js";
export * from "./correlation-block.js";
export * from "./principal-block.js";
export * from "./block-entropy.js";
export * from "./mutual-information.js";
