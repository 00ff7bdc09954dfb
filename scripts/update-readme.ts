/**
 * Regenerates the README's claims and errata tables from the registered claims
 * (`npm run readme`). test/readme.test.ts fails when the README is out of date.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { allClaims } from "../src/checks/registry.js";
import { ledgerExpectation } from "../src/checks/runner.js";
import { CLAIMS_BEGIN, CLAIMS_END, ERRATA_BEGIN, ERRATA_END, claimsMarkdown, errataMarkdown, replaceBetweenMarkers } from "../src/report/markdown.js";

const path = new URL("../README.md", import.meta.url);
const claims = allClaims();
let text = readFileSync(path, "utf8");
text = replaceBetweenMarkers(text, CLAIMS_BEGIN, CLAIMS_END, claimsMarkdown(claims, ledgerExpectation));
text = replaceBetweenMarkers(text, ERRATA_BEGIN, ERRATA_END, errataMarkdown(claims));
writeFileSync(path, text);
console.log(`README.md: ${claims.length} claims, ${claims.filter((c) => c.erratum?.role === "printed").length} errata`);
