import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import type { CliIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { claimFileSchema, claimFileSchemaText } from "../../src/user-claims/claim-file-schema.js";

/**
 * One documented schema: the zod definition checks every file, the JSON Schema generated from
 * it is shipped (schemas/claim-file.schema.json, in the package's files) and printed by
 * `qtherm check --schema`.
 */

const root = resolve(__dirname, "..", "..");

describe("the claim file schema", () => {
  it("is shipped as schemas/claim-file.schema.json, up to date (regenerate: npx tsx scripts/write-claim-file-schema.ts)", () => {
    expect(readFileSync(join(root, "schemas", "claim-file.schema.json"), "utf8")).toBe(claimFileSchemaText());
  });

  it("travels with the package", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { files: string[]; dependencies: Record<string, string> };
    expect(pkg.files).toContain("schemas");
    expect(pkg.dependencies.yaml).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("is printed by qtherm check --schema", async () => {
    let out = "";
    const io: CliIo = { out: (s) => void (out += s), err: () => undefined, interactive: false };
    expect(await main(["node", "qtherm", "check", "--schema"], io)).toBe(0);
    const schema = JSON.parse(out) as { $schema: string; properties: Record<string, unknown>; required: string[] };
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.required).toEqual(["model", "claims"]);
    expect(Object.keys(schema.properties)).toEqual(["schema", "model", "source", "define", "domain", "fixed", "claims"]);
    expect(out).toContain('"const": "agreement"');
    expect(out).toContain('"const": "identity"');
  });

  it.each(["coupled-tls", "oscillator-mediator", "resonant-level-probes", "set-entropy-production", "two-site-chain-baths"])("accepts the worked example %s.yaml", (name) => {
    const data = parseYaml(readFileSync(join(root, "examples", "claims", `${name}.yaml`), "utf8"));
    expect(claimFileSchema.safeParse(data).success).toBe(true);
  });
});
