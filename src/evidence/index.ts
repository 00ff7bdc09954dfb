export * from "./arbitraries.js";
export * from "./property.js";
export * from "./convergence-order.js";
