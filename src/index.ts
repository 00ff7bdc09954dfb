/**
 * qtherm's library entry point: the vocabulary, the catalog of models, the
 * claim runner and the golden utilities.
 */
export * from "./core/index.js";
export * from "./catalog.js";
export * from "./checks/index.js";
export * from "./goldens/index.js";
export * from "./report/index.js";
export * from "./solver-api/index.js";
export * from "./user-claims/index.js";
