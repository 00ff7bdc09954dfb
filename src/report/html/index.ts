export * from "./write-html-report.js";
export * from "./evidence-spec.js";
export * from "./render-svg.js";
