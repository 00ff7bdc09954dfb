import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MODELS } from "../../src/catalog.js";
import type { CliIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { resolveParameters } from "../../src/core/parameters.js";
import { checkClaims } from "../../src/user-claims/index.js";

/**
 * A claim file can address every quantity `qtherm eval` lists, for every model: each number
 * inside each quantity's value (records by .field, arrays by [index]) is referenced by an
 * agreement claim whose formula is the number `qtherm eval --json` prints at the same
 * parameters, and every such claim holds.
 */

/** Parameters at which every quantity of a model evaluates quickly (and within its regime). */
const CHEAP: Record<string, Record<string, number | string>> = {
  "coupled-tls": {},
  "resonant-level-probes": { N: 100, NG: 40, t: 20 },
  "two-site-chain-baths": { M: 200, t: 2 },
  "oscillator-mediator": { bathModes: 60, modeSpacing: 0.5, tStart: 1, tEnd: 5, timeSamples: 3 },
  "set-entropy-production": { KL: 20, KR: 20 },
};

/** Quantities that need other parameters than the cheap point. */
const FOR_QUANTITY: Record<string, Record<string, number | string>> = {
  "resonant-level-probes/probe-occupations": { probe: "dephasing" },
};

async function evalJson(model: string, quantity: string, params: Record<string, number | string>): Promise<unknown> {
  let out = "";
  let err = "";
  const io: CliIo = { out: (s) => void (out += s), err: (s) => void (err += s), interactive: false };
  const sets = Object.entries(params).flatMap(([k, v]) => ["--set", `${k}=${v}`]);
  const code = await main(["node", "qtherm", "eval", model, quantity, ...sets, "--json"], io);
  if (code !== 0) throw new Error(`qtherm eval ${model} ${quantity} exited ${code}: ${err}`);
  return (JSON.parse(out) as { value: unknown }).value;
}

/** References to the numbers inside a value: every field of records, the first and last entry of arrays (at most 8). */
function leaves(value: unknown, path: string, out: { ref: string; value: number }[]): void {
  if (out.length >= 8) return;
  if (typeof value === "number") out.push({ ref: path, value });
  else if (Array.isArray(value)) {
    for (const k of [...new Set([0, value.length - 1])].filter((i) => i >= 0)) leaves(value[k], `${path}[${k}]`, out);
  } else if (value !== null && typeof value === "object") {
    for (const [field, v] of Object.entries(value)) leaves(v, `${path}.${field}`, out);
  }
}

const dir = mkdtempSync(join(tmpdir(), "qtherm-all-quantities-"));

describe("claim files address every quantity of every model", () => {
  it.each(MODELS.map((m) => [m.id]))("%s: every number of every quantity is reachable by a reference", async (modelId) => {
    const model = MODELS.find((m) => m.id === modelId)!;
    const claims: Record<string, unknown>[] = [];
    for (const q of model.quantities) {
      const point = { ...CHEAP[model.id], ...FOR_QUANTITY[`${model.id}/${q.name}`] };
      const params = resolveParameters(model.parameters, point) as Record<string, number | string>;
      const value = await evalJson(model.id, q.name, point);
      const found: { ref: string; value: number }[] = [];
      leaves(value, q.name, found);
      expect(found.length, `${q.name} holds no number`).toBeGreaterThan(0);
      found.forEach((leaf, k) =>
        claims.push({
          id: `${q.name}-${k}`,
          statement: `${leaf.ref} as qtherm eval prints it`,
          kind: "agreement",
          formula: String(leaf.value),
          against: leaf.ref,
          fixed: params,
          rtol: 1e-12,
          reason: "the same evaluation; the printed number round-trips to the double",
        }),
      );
    }
    const file = join(dir, `${model.id}.yaml`);
    writeFileSync(file, stringify({ model: model.id, claims }));
    const result = await checkClaims(file, { numRuns: 1 });
    const notHolding = result.verdicts.filter((v) => v.status !== "holds").map((v) => `${v.claimId}: ${v.status} ${v.details}`);
    expect(notHolding).toEqual([]);
    expect(new Set(result.verdicts.map((v) => v.claimId.split("/")[1].replace(/-\d+$/, "")))).toEqual(new Set(model.quantities.map((q) => q.name)));
  });
});
