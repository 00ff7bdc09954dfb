export * from "./json-report.js";
export * from "./tables.js";
export * from "./format.js";
export * from "./markdown.js";
