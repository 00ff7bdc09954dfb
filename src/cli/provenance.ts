import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Provenance } from "../goldens/build-golden.js";

/** The package root (two levels above this module in src/ and in dist/). */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** qtherm's version from package.json. */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(resolve(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

/** The git commit of the package checkout, or "unknown" outside a repository. */
export function gitCommit(): string {
  try {
    return execFileSync("git", ["rev-parse", "--short=12", "HEAD"], { cwd: PACKAGE_ROOT, stdio: ["ignore", "pipe", "ignore"] })
      .toString()
      .trim();
  } catch {
    return "unknown";
  }
}

/** Version, commit, date and Node version stamped on generated data. */
export function currentProvenance(): Provenance {
  return { version: packageVersion(), commit: gitCommit(), date: new Date().toISOString(), node: process.version };
}
