export * from "./registry.js";
export * from "./runner.js";
export * from "./select.js";
