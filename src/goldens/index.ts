export * from "./golden-file.js";
export * from "./golden-store.js";
export * from "./golden-compare.js";
export * from "./build-golden.js";
export * from "./golden-claim.js";
export * from "./user-data.js";
