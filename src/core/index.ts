export * from "./errors.js";
export * from "./tolerance.js";
export * from "./parameters.js";
export * from "./claim.js";
export * from "./model.js";
