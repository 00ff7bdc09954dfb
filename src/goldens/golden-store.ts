import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
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

/** Writes a golden atomically: the old file stays intact until the rename. */
export function writeGoldenAtomically(golden: GoldenFile, directory = GOLDENS_DIRECTORY): string {
  goldenFileSchema.parse(golden);
  const path = goldenPath(golden.id, golden.size, directory);
  writeJsonAtomically(path, golden);
  return path;
}

/** Writes JSON to path through a temporary sibling file and a rename (no torn files on interruption). */
export function writeJsonAtomically(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(temporary, `${JSON.stringify(value, null, 1)}\n`);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}
