import { readFileSync } from "node:fs";
import { MODELS } from "../src/catalog.js";
import { allClaims } from "../src/checks/registry.js";
import { ledgerExpectation } from "../src/checks/runner.js";
import { SUMMARY_BEGIN, SUMMARY_END, claimsDocument, errataDocument, modelSummaryMarkdown, replaceBetweenMarkers } from "../src/report/markdown.js";

/** The generated documentation: path (from the repository root) and the content it must have. */
export function generatedDocs(): { readonly path: string; readonly content: string }[] {
  const claims = allClaims();
  const models = MODELS.map((m) => ({ id: m.id, title: m.title, doc: m.doc }));
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  return [
    { path: "docs/claims.md", content: claimsDocument(models, claims, ledgerExpectation) },
    { path: "docs/errata.md", content: errataDocument(claims) },
    { path: "README.md", content: replaceBetweenMarkers(readme, SUMMARY_BEGIN, SUMMARY_END, modelSummaryMarkdown(models, claims, ledgerExpectation)) },
  ];
}
