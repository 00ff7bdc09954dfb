export * from "./json-report.js";
export * from "./tables.js";
export * from "./format.js";
export * from "./markdown.js";
export * from "./merge-reports.js";
export * from "./figure-shard-manifest.js";
