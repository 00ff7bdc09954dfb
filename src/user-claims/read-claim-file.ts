import { readFileSync } from "node:fs";
import { extname } from "node:path";
import type { z } from "zod";
import { IoError } from "../core/errors.js";
import { suggestion } from "../core/parameters.js";
import { ProblemList, type DataPath } from "./claim-file-error.js";
import { allowedKeys, claimFileSchema, type ClaimFileData } from "./claim-file-schema.js";
import { parseWithPositions, type SourcePositions } from "./source-positions.js";

/**
 * Reads a claim file (YAML or JSON, by extension) or takes an object given through the API,
 * and checks its structure against the format (claim-file-schema.ts). Every structural
 * problem is reported at once, each with the claim, the field and the line.
 */

/** A claim file whose structure is valid: its data and where each value sits. */
export interface ClaimFileSource {
  /** The file name as given (or "<object>" for an object given through the API). */
  readonly file: string;
  readonly data: ClaimFileData;
  readonly positions: SourcePositions | undefined;
  /** The raw text (absent for an object). */
  readonly text?: string;
}

const EXTENSIONS = [".yaml", ".yml", ".json"];

/**
 * Reads and structurally validates a claim file.
 * Throws IoError when the file cannot be read, ClaimFileError (naming the line) for a
 * wrong extension, a syntax error or a structure the format does not allow.
 */
export function readClaimFile(file: string): ClaimFileSource {
  const extension = extname(file).toLowerCase();
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new IoError("read", file, e.code === "ENOENT" ? "no such file" : e.code === "EISDIR" ? "is a directory" : (e.message ?? String(error)), { cause: error });
  }
  const problems = new ProblemList(file, undefined, (k) => `claims[${k}]`);
  if (!EXTENSIONS.includes(extension)) {
    problems.add([], `a claim file is YAML (.yaml, .yml) or JSON (.json); '${extension || "no extension"}' is neither`);
    problems.throwIfAny();
  }
  return parseClaimText(text, file, extension === ".json" ? "json" : "yaml");
}

/** Parses claim file text (YAML or JSON) and validates its structure; throws ClaimFileError. */
export function parseClaimText(text: string, file: string, format: "yaml" | "json"): ClaimFileSource {
  const parsed = parseWithPositions(text);
  const problems = new ProblemList(file, parsed.positions, (k) => claimName(parsed.data, k));
  if (format === "json" && parsed.syntaxErrors.length === 0) {
    try {
      JSON.parse(text);
    } catch (error) {
      const message = (error as Error).message;
      const offset = /position (\d+)/.exec(message);
      const before = offset === null ? undefined : text.slice(0, Number(offset[1])).split("\n");
      problems.addResolved({ file, field: "(syntax)", ...(before ? { line: before.length, column: before[before.length - 1].length + 1 } : {}), message: `not valid JSON: ${message}` });
    }
  }
  for (const e of parsed.syntaxErrors) {
    problems.addResolved({ file, field: "(syntax)", ...(e.position ? { line: e.position.line, column: e.position.column } : {}), message: `${format === "json" ? "JSON" : "YAML"} syntax error: ${e.message}${format === "yaml" && /mapping/i.test(e.message) ? " (a ': ' inside a plain value starts a mapping, a ' #' a comment: put such a value in quotes)" : ""}` });
  }
  problems.throwIfAny();
  return { file, text, ...validateStructure(parsed.data, file, parsed.positions) };
}

/**
 * Validates the structure of a claim file given as an object (through the API); problems
 * name the field but no line. Throws ClaimFileError.
 */
export function claimObject(data: unknown, name = "<object>"): ClaimFileSource {
  return { file: name, ...validateStructure(data, name, undefined) };
}

function validateStructure(data: unknown, file: string, positions: SourcePositions | undefined): { data: ClaimFileData; positions: SourcePositions | undefined } {
  const problems = new ProblemList(file, positions, (k) => claimName(data, k));
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    problems.add([], "a claim file is a mapping with the fields model and claims (schema: qtherm check --schema)");
    problems.throwIfAny();
  }
  const result = claimFileSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) describeIssue(issue, data, problems);
    problems.throwIfAny();
  }
  return { data: (result as { data: ClaimFileData }).data, positions };
}

/** The name problems use for claim k: its id when it has one. */
function claimName(data: unknown, k: number): string {
  const claims = (data as { claims?: unknown } | undefined)?.claims;
  const id = Array.isArray(claims) ? (claims[k] as { id?: unknown } | undefined)?.id : undefined;
  return typeof id === "string" && id !== "" ? id : `claims[${k}]`;
}

function valueAt(data: unknown, path: DataPath): unknown {
  let v: unknown = data;
  for (const part of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string | number, unknown>)[part];
  }
  return v;
}

const KINDS = "agreement, limit, invariant or identity";

function describeIssue(issue: z.core.$ZodIssue, data: unknown, problems: ProblemList): void {
  const path = issue.path as (string | number)[];
  const last = path[path.length - 1];
  const value = valueAt(data, path);
  const kindOf = () => {
    const k = path[0] === "claims" && typeof path[1] === "number" ? (valueAt(data, ["claims", path[1], "kind"]) as unknown) : undefined;
    return typeof k === "string" ? k : undefined;
  };
  switch (issue.code) {
    case "unrecognized_keys": {
      const allowed = allowedKeys(path, kindOf());
      for (const key of issue.keys) {
        problems.add([...path, key], `unknown field '${key}'${suggestion(key, allowed)} (allowed here: ${allowed.join(", ")})`, { key: true });
      }
      return;
    }
    case "invalid_union": {
      if (last === "kind" || (issue as { discriminator?: string }).discriminator === "kind") {
        const at = last === "kind" ? path : [...path, "kind"];
        const kind = valueAt(data, at);
        problems.add(at, kind === undefined ? `missing field 'kind': every claim is one of ${KINDS}` : `${JSON.stringify(kind)} is not a kind of claim; a claim is ${KINDS}${typeof kind === "string" ? suggestion(kind, ["agreement", "limit", "invariant", "identity"]) : ""}`);
        return;
      }
      const parent = path[path.length - 2];
      if (parent === "domain") {
        problems.add(path, `${JSON.stringify(value)} is not a range: write [min, max], { min, max, scale: log | linear } or, for a choice parameter, a list of options`);
        return;
      }
      if (parent === "fixed") {
        problems.add(path, `${JSON.stringify(value)}: a fixed value is a number, an option of a choice parameter, or a formula of other parameters`);
        return;
      }
      if (last === "to") {
        problems.add(path, `${JSON.stringify(value)}: the limit is a number, infinity or -infinity`);
        return;
      }
      problems.add(path, value === undefined ? `missing field '${String(last)}'` : `${JSON.stringify(value)} is not allowed here: expected a formula (text or a number)`);
      return;
    }
    case "invalid_type":
      if (value === undefined) {
        problems.add(path, last === "reason" ? "missing field 'reason': every claim says why its tolerance (order window, slack) has its numbers" : `missing field '${String(last)}' (required)`);
      } else {
        problems.add(path, `${JSON.stringify(value)} is ${describeType(value)}; expected ${issue.expected === "tuple" ? "[min, max]" : issue.expected === "record" ? "a mapping" : issue.expected === "array" ? "a list" : `a ${issue.expected}`}`);
      }
      return;
    case "invalid_value":
      problems.add(path, `${JSON.stringify(value)} is not allowed: expected ${issue.values.map((v) => JSON.stringify(v)).join(" or ")}`);
      return;
    case "invalid_format":
      problems.add(path, `${JSON.stringify(value)} is not allowed: ${last === "id" ? "a claim id is a short name of letters, digits and '-' (the claim's id is '<model>/<id>')" : issue.message}`);
      return;
    case "too_small":
      problems.add(path, `${JSON.stringify(value)} is too small: ${issue.origin === "string" ? "must not be empty" : issue.origin === "array" ? `needs at least ${issue.minimum} entr${issue.minimum === 1 ? "y" : "ies"}` : `expected ${issue.inclusive ? "≥" : ">"} ${issue.minimum}`}`);
      return;
    case "too_big":
      problems.add(path, `${JSON.stringify(value)} is too large: expected ${issue.inclusive ? "≤" : "<"} ${issue.maximum}`);
      return;
    default:
      problems.add(path, issue.message);
  }
}

function describeType(value: unknown): string {
  if (value === null) return "empty";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "a mapping" : `a ${typeof value}`;
}
