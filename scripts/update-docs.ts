/**
 * Regenerates the generated documentation (`npm run docs`): docs/claims.md, docs/errata.md
 * and the per-model summary of the README between its markers. test/docs.test.ts fails
 * when any of them is out of date.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { generatedDocs } from "../test/docs-content.js";

for (const { path, content } of generatedDocs()) {
  const url = new URL(`../${path}`, import.meta.url);
  const before = (() => {
    try {
      return readFileSync(url, "utf8");
    } catch {
      return "";
    }
  })();
  if (before !== content) writeFileSync(url, content);
  console.log(`${before === content ? "unchanged" : "wrote    "} ${path}`);
}
