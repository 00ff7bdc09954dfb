import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { removeStaleTemporariesUnder, writeTextAtomically } from "../core/atomic-file.js";
import { ParameterError, QthermError } from "../core/errors.js";
import type { FigureSize } from "../core/model.js";
import { goldenFileSchema, type GoldenFile } from "./golden-file.js";

/**
 * Reading and writing golden files under goldens/<model>/<figure>.<size>.json.
 * Writing is atomic (temporary file + rename) and happens only through
 * `qtherm golden update`; every read validates the schema.
 */

/** The package's goldens/ directory (two levels above this module in src/ and in dist/). */
export const GOLDENS_DIRECTORY = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "goldens");

/** Path of a golden file, e.g. goldens/coupled-tls/heat-current-vs-coupling.ci.json. */
export function goldenPath(figureId: string, size: FigureSize, directory = GOLDENS_DIRECTORY): string {
  const [model, figure] = figureId.split("/");
  if (!model || !figure) throw new ParameterError("figure id", figureId, "'<model>/<figure>'");
  return join(directory, model, `${figure}.${size}.json`);
}

export class GoldenMissingError extends QthermError {}

/** Reads and validates a golden file; throws GoldenMissingError when absent, QthermError when malformed. */
export function readGolden(figureId: string, size: FigureSize, directory = GOLDENS_DIRECTORY): GoldenFile {
  const path = goldenPath(figureId, size, directory);
  if (!existsSync(path)) {
    throw new GoldenMissingError(`no ${size} golden for '${figureId}' at ${path}; create it with 'qtherm golden update ${figureId} --size ${size}'`);
  }
  return parseGolden(readFileSync(path, "utf8"), path);
}

/** Parses golden JSON text; the error names the file and the first schema problem. */
export function parseGolden(text: string, origin: string): GoldenFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new QthermError(`${origin} is not valid JSON`, { cause: error });
  }
  const parsed = goldenFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new QthermError(`${origin} is not a qtherm golden: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  return parsed.data;
}

/** What writing a golden did: the path, and whether the file was (re)written. */
export interface GoldenWrite {
  readonly path: string;
  /** False when the stored golden already had the same content apart from provenance (the file is left untouched). */
  readonly written: boolean;
}

/**
 * Writes a golden atomically: the old file stays intact until the rename. A golden whose
 * content (everything but its provenance: version, commit, date, Node version) equals the
 * stored one is not rewritten, so regenerating unchanged data leaves no diff.
 */
export function writeGoldenAtomically(golden: GoldenFile, directory = GOLDENS_DIRECTORY): GoldenWrite {
  goldenFileSchema.parse(golden);
  const path = goldenPath(golden.id, golden.size, directory);
  if (existsSync(path)) {
    let previous: GoldenFile | undefined;
    try {
      previous = parseGolden(readFileSync(path, "utf8"), path);
    } catch {
      previous = undefined; // a malformed stored golden is replaced
    }
    if (previous !== undefined && sameContent(previous, golden)) return { path, written: false };
  }
  writeJsonAtomically(path, golden);
  return { path, written: true };
}

function sameContent(a: GoldenFile, b: GoldenFile): boolean {
  const strip = (g: GoldenFile) => JSON.stringify({ ...g, provenance: null });
  return strip(a) === strip(b);
}

/** Writes JSON to path atomically (core/atomic-file.ts): a crash leaves the previous complete file or the new one. */
export function writeJsonAtomically(path: string, value: unknown): void {
  writeTextAtomically(path, `${JSON.stringify(value, null, 1)}\n`);
}

/** Removes temporaries of interrupted writes under the goldens directory (or `directory`); returns their paths. */
export function removeStaleTemporaries(directory = GOLDENS_DIRECTORY): string[] {
  return removeStaleTemporariesUnder(directory);
}
