import { accessSync, constants, existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { IoError } from "../core/errors.js";

/**
 * Output paths are checked before any computation starts, so that a long run never ends in
 * a write failure: the directory is created if missing, and must be a writable directory.
 * Failures are IoError (exit 3), one line naming the option and the path.
 */

/**
 * A directory that `option` will write into (created when missing). The nearest existing
 * ancestor must be a writable directory, and the missing levels are created one at a time
 * (not `mkdirSync(…, { recursive: true })`, which spins forever in Node 20 on paths such as
 * /proc/x). Throws IoError.
 */
export function checkWritableDirectory(option: string, path: string): string {
  const dir = resolve(path);
  const missing: string[] = [];
  let existing = dir;
  while (!existsSync(existing)) {
    missing.unshift(existing);
    const parent = dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  try {
    if (!statSync(existing).isDirectory()) throw new IoError("write", dir, `${option}: ${existing} is a file, not a directory`);
    accessSync(existing, constants.W_OK);
    for (const level of missing) mkdirSync(level);
    accessSync(dir, constants.W_OK);
  } catch (error) {
    if (error instanceof IoError) throw error;
    throw new IoError("write", dir, `${option}: ${describe(error)}`, { cause: error });
  }
  return dir;
}

/** A file that `option` will write (its directory created when missing). Throws IoError. */
export function checkWritableFile(option: string, path: string): string {
  const file = resolve(path);
  if (existsSync(file) && statSync(file).isDirectory()) throw new IoError("write", file, `${option} names a directory, not a file`);
  checkWritableDirectory(option, dirname(file));
  if (existsSync(file)) {
    try {
      accessSync(file, constants.W_OK);
    } catch (error) {
      throw new IoError("write", file, `${option}: ${describe(error)}`, { cause: error });
    }
  }
  return file;
}

/** A Node file-system error in words (no stack). */
export function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    EROFS: "read-only file system",
    ENOSPC: "no space left on the device",
    ENOENT: "no such file or directory",
    ENOTDIR: "a part of the path is not a directory",
    EISDIR: "is a directory",
  };
  return (e.code !== undefined ? reasons[e.code] : undefined) ?? (e.message ?? String(error));
}
