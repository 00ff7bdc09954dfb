import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Atomic file writes for every output qtherm produces (goldens, reports, figure data, the
 * HTML report): temporary sibling, fsync, rename, fsync of the directory. No torn file
 * survives an interruption or a kill, and no temporary is picked up by git or the package.
 */

/**
 * Marker in the names of temporary files. Temporaries are hidden siblings of their target
 * (`.name.json.qtherm-tmp-<pid>`, same directory so the rename is atomic); the name matches
 * neither `*.json` (the package's `files` take `goldens/**\/*.json` only) nor anything git
 * tracks (`.gitignore` lists `*.qtherm-tmp-*`).
 */
export const TEMPORARY_MARKER = ".qtherm-tmp-";

/** The temporary sibling a write of `path` by this process goes through. */
export function temporaryPathFor(path: string, pid = process.pid): string {
  return join(dirname(path), `.${basename(path)}${TEMPORARY_MARKER}${pid}`);
}

/**
 * Writes text to path through a temporary sibling and a rename, with the data flushed to
 * disk (fsync of the file) before the rename and the directory entry flushed after it:
 * an interruption or a crash leaves either the previous complete file or the new one.
 * Temporaries left behind by a killed process are removed by {@link removeStaleTemporariesUnder}.
 */
export function writeTextAtomically(path: string, text: string | Uint8Array): void {
  makeDirectory(dirname(path));
  const temporary = temporaryPathFor(path);
  try {
    const fd = openSync(temporary, "w");
    try {
      if (typeof text === "string") writeSync(fd, text);
      else writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
    syncDirectory(dirname(path));
  } finally {
    rmSync(temporary, { force: true });
  }
}

/**
 * Creates a directory and its missing parents one level at a time (`mkdirSync` with
 * `recursive: true` spins forever in Node 20 on some unwritable paths, e.g. under /proc);
 * throws the file-system error of the first level that cannot be created.
 */
export function makeDirectory(directory: string): void {
  const missing: string[] = [];
  let level = directory;
  while (!existsSync(level)) {
    missing.unshift(level);
    const parent = dirname(level);
    if (parent === level) break;
    level = parent;
  }
  for (const m of missing) mkdirSync(m);
}

function syncDirectory(directory: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(directory, "r");
    fsyncSync(fd);
  } catch {
    // some file systems refuse fsync on a directory; the rename itself is still atomic
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Removes temporaries (see {@link TEMPORARY_MARKER}) under `directory` (recursively) whose
 * writing process no longer runs — what a process killed between write and rename leaves.
 * Returns the removed paths.
 */
export function removeStaleTemporariesUnder(directory: string): string[] {
  if (!existsSync(directory)) return [];
  const removed: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        visit(path);
        continue;
      }
      const marker = entry.name.lastIndexOf(TEMPORARY_MARKER);
      if (marker < 0) continue;
      const pid = Number(entry.name.slice(marker + TEMPORARY_MARKER.length));
      if (Number.isInteger(pid) && (pid === process.pid || processRuns(pid))) continue; // still being written
      rmSync(path, { force: true });
      removed.push(path);
    }
  };
  visit(directory);
  return removed;
}

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
