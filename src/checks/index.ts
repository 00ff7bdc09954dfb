export * from "./registry.js";
export * from "./runner.js";
export * from "./select.js";
export * from "./shard.js";
export * from "./parallel-runner.js";
