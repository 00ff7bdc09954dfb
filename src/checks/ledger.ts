import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { statusForVerdict, type ClaimBase, type VerdictStatus } from "../core/claim.js";
import { QthermError } from "../core/errors.js";

/**
 * The expected-verdict ledger: what the suite asserts about each claim, kept as data
 * outside the claims (one file per model, verdicts/<model>.json), so that changing an
 * expectation is a visible one-line diff. A claim says what it measures and how it is
 * judged; only the ledger says whether it is expected to hold.
 *
 * File format (schema "qtherm-expected-verdicts/1"):
 *   { "schema": …, "model": "coupled-tls",
 *     "claims": { "coupled-tls/heat-current-printed": { "expect": "fails", "why": "…" }, … } }
 * `expect` is "holds" or "fails"; "fails" needs a one-line `why` (the statement is false,
 * or the claim is the printed half of an erratum).
 */

/** What the ledger registers for one claim. */
export interface LedgerEntry {
  readonly expect: "holds" | "fails";
  /** Why the claim is registered to fail (required for "fails"). */
  readonly why?: string;
}

/** Every ledger line, by claim id, with the file it came from. */
export interface Ledger {
  readonly entries: ReadonlyMap<string, LedgerEntry>;
  /** Ledger file of each claim id (for messages). */
  readonly files: ReadonlyMap<string, string>;
}

export const LEDGER_SCHEMA = "qtherm-expected-verdicts/1";

/** The package's verdicts/ directory (two levels above this module in src/ and in dist/). */
export const LEDGER_DIRECTORY = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "verdicts");

let cached: Ledger | undefined;

/**
 * Reads every ledger file of a directory (default: the package's verdicts/), validating
 * each line. Throws QthermError naming the file, the claim and the field at the first problem.
 */
export function readLedger(directory = LEDGER_DIRECTORY): Ledger {
  if (directory === LEDGER_DIRECTORY && cached !== undefined) return cached;
  if (!existsSync(directory)) throw new QthermError(`the expected-verdict ledger ${directory} is missing`);
  const entries = new Map<string, LedgerEntry>();
  const files = new Map<string, string>();
  for (const name of readdirSync(directory).filter((f) => f.endsWith(".json")).sort()) {
    const path = join(directory, name);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, "utf8"));
    } catch (error) {
      throw new QthermError(`${path} is not valid JSON: ${(error as Error).message}`, { cause: error });
    }
    const file = json as { schema?: unknown; model?: unknown; claims?: unknown };
    if (file.schema !== LEDGER_SCHEMA) throw new QthermError(`${path}: field 'schema' must be "${LEDGER_SCHEMA}"`);
    if (typeof file.model !== "string" || `${file.model}.json` !== name) throw new QthermError(`${path}: field 'model' must be the file's name without .json ("${name.replace(/\.json$/, "")}")`);
    if (file.claims === null || typeof file.claims !== "object") throw new QthermError(`${path}: field 'claims' must be an object { claim id: { expect, why? } }`);
    for (const [id, raw] of Object.entries(file.claims as Record<string, unknown>)) {
      const where = `${path}: claim '${id}'`;
      if (!id.startsWith(`${file.model}/`)) throw new QthermError(`${where}: the id must start with '${file.model}/'`);
      const line = raw as { expect?: unknown; why?: unknown };
      if (line === null || typeof line !== "object") throw new QthermError(`${where}: must be { "expect": "holds" | "fails", "why"?: "…" }`);
      const extra = Object.keys(line).filter((k) => k !== "expect" && k !== "why");
      if (extra.length > 0) throw new QthermError(`${where}: unknown field '${extra[0]}' (allowed: expect, why)`);
      if (line.expect !== "holds" && line.expect !== "fails") throw new QthermError(`${where}: field 'expect' is ${JSON.stringify(line.expect)}; allowed: "holds", "fails"`);
      if (line.expect === "fails" && (typeof line.why !== "string" || line.why.trim() === "")) throw new QthermError(`${where}: field 'why' is required for "fails" (one line: why the claim is registered to fail)`);
      if (line.why !== undefined && typeof line.why !== "string") throw new QthermError(`${where}: field 'why' must be a string`);
      if (entries.has(id)) throw new QthermError(`${where}: listed twice (also in ${files.get(id)})`);
      entries.set(id, line.expect === "fails" ? { expect: "fails", why: line.why as string } : { expect: "holds", ...(typeof line.why === "string" ? { why: line.why } : {}) });
      files.set(id, path);
    }
  }
  const ledger = { entries, files };
  if (directory === LEDGER_DIRECTORY) cached = ledger;
  return ledger;
}

/** The status the ledger expects of a claim (an erratum's role names it: erratum-printed / erratum-corrected). */
export function expectedStatusFromLedger(claim: ClaimBase, entry: LedgerEntry): VerdictStatus {
  return statusForVerdict(claim, entry.expect);
}

/** A disagreement between a catalog of claims and a ledger. */
export interface LedgerMismatch {
  readonly id: string;
  readonly problem: "no ledger line" | "no such claim";
}

/** Claims without a ledger line and ledger lines without a claim (for the given models). */
export function ledgerCoverage(claims: readonly ClaimBase[], ledger: Ledger, models: readonly string[] = [...new Set(claims.map((c) => c.model))]): LedgerMismatch[] {
  const ids = new Set(claims.map((c) => c.id));
  const missing: LedgerMismatch[] = claims.filter((c) => !ledger.entries.has(c.id)).map((c) => ({ id: c.id, problem: "no ledger line" }));
  const orphans: LedgerMismatch[] = [...ledger.entries.keys()].filter((id) => models.includes(id.split("/")[0]) && !ids.has(id)).map((id) => ({ id, problem: "no such claim" }));
  return [...missing, ...orphans];
}
