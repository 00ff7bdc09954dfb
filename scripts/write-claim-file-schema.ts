/**
 * Writes schemas/claim-file.schema.json, the JSON Schema of the claim file format, from its
 * zod definition (src/user-claims/claim-file-schema.ts). test/user-claims/claim-file-schema.test.ts
 * fails when the shipped file is out of date: run `npx tsx scripts/write-claim-file-schema.ts`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { claimFileSchemaText } from "../src/user-claims/claim-file-schema.js";

const url = new URL("../schemas/claim-file.schema.json", import.meta.url);
mkdirSync(new URL("../schemas/", import.meta.url), { recursive: true });
writeFileSync(url, claimFileSchemaText());
console.log(`wrote ${url.pathname}`);
