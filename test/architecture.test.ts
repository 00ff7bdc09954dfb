import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, dirname } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The layering of DESIGN §2, enforced: dependencies point one way only, a model
 * never imports another model, only symbolic/ imports nerdamer, only the CLI
 * touches argv and exit codes.
 */

const SRC = resolve(__dirname, "..", "src");

/** Which top-level areas each area may import (besides itself). */
const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  numerics: ["core"],
  symbolic: ["core", "numerics"],
  physics: ["core", "numerics"],
  evidence: ["core", "numerics"],
  models: ["core", "numerics", "symbolic", "physics", "evidence"],
  "catalog.ts": ["core", "models"],
  goldens: ["core"],
  checks: ["core", "catalog.ts", "goldens", "evidence"],
  report: ["core"],
  "solver-api": ["core", "catalog.ts", "evidence", "checks"],
  "user-claims": ["core", "catalog.ts", "evidence", "symbolic", "checks"],
  cli: ["core", "catalog.ts", "checks", "goldens", "report", "numerics", "user-claims", "solver-api"],
  "index.ts": ["core", "catalog.ts", "checks", "goldens", "report", "solver-api", "user-claims"],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers: string[] = [];
  for (const match of text.matchAll(/(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)) {
    specifiers.push(match[1] ?? match[2]);
  }
  return specifiers;
}

function areaOf(path: string): string {
  // import specifiers name the compiled .js file of a .ts source
  return relative(SRC, path).split(/[\\/]/)[0].replace(/\.js$/, ".ts");
}

const files = sourceFiles(SRC);

describe("architecture", () => {
  it("finds the source tree", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((f) => [relative(SRC, f), f]))("%s imports only from allowed layers", (_name, file) => {
    const area = areaOf(file);
    const allowed = ALLOWED[area];
    expect(allowed, `no layering rule for area '${area}'`).toBeDefined();
    const violations = importsOf(file)
      .filter((s) => s.startsWith("."))
      .map((s) => resolve(dirname(file), s))
      .filter((target) => {
        const targetArea = areaOf(target);
        if (targetArea === area) {
          // a model never imports another model
          if (area === "models") return relative(SRC, target).split(/[\\/]/)[1] !== relative(SRC, file).split(/[\\/]/)[1];
          return false;
        }
        return !allowed.includes(targetArea);
      })
      .map((target) => relative(SRC, target));
    expect(violations, `${relative(SRC, file)} imports across layers`).toEqual([]);
  });

  it("only src/symbolic imports nerdamer", () => {
    const offenders = files.filter((f) => areaOf(f) !== "symbolic" && importsOf(f).some((s) => s.startsWith("nerdamer")));
    expect(offenders.map((f) => relative(SRC, f))).toEqual([]);
  });

  it("every runtime dependency is imported by src/ (unused ones belong in devDependencies)", () => {
    const pkg = JSON.parse(readFileSync(resolve(SRC, "..", "package.json"), "utf8")) as { dependencies: Record<string, string> };
    const imported = new Set(files.flatMap((f) => importsOf(f)).filter((s) => !s.startsWith(".") && !s.startsWith("node:")).map((s) => (s.startsWith("@") ? s.split("/").slice(0, 2).join("/") : s.split("/")[0])));
    // nerdamer-prime is loaded by the engine worker through require.resolve, not an import
    expect(Object.keys(pkg.dependencies).filter((d) => !imported.has(d) && d !== "nerdamer-prime")).toEqual([]);
  });

  it("only the CLI touches process.argv and process.exit", () => {
    const offenders = files.filter((f) => areaOf(f) !== "cli" && /process\.(argv|exit\b)/.test(readFileSync(f, "utf8")));
    expect(offenders.map((f) => relative(SRC, f))).toEqual([]);
  });

  it.each(files.filter((f) => areaOf(f) === "models" && /[\\/]exact[^\\/]*\.ts$/.test(f)).map((f) => [relative(SRC, f), f]))(
    "%s (exact numerics) never reaches its model's analytic or symbolic layer, even indirectly",
    (_name, file) => {
      // the exact numerics may not call the formulas they are compared with (DESIGN §1)
      const seen = new Set<string>();
      const reached: string[] = [];
      const visit = (f: string): void => {
        if (seen.has(f)) return;
        seen.add(f);
        for (const s of importsOf(f).filter((x) => x.startsWith("."))) {
          const target = resolve(dirname(f), s).replace(/\.js$/, ".ts");
          if (areaOf(target) !== "models") continue;
          if (/[\\/](analytic[^\\/]*|symbolic[^\\/]*)\.ts$/.test(target)) reached.push(`${relative(SRC, f)} → ${relative(SRC, target)}`);
          visit(target);
        }
      };
      visit(file);
      expect(reached).toEqual([]);
    },
  );

  it("every model folder has the standard files", () => {
    const modelsDir = join(SRC, "models");
    for (const model of readdirSync(modelsDir)) {
      const present = readdirSync(join(modelsDir, model));
      for (const required of ["params.ts", "analytic.ts", "symbolic.ts", "exact.ts", "claims.ts", "figures.ts", "README.md", "index.ts"]) {
        expect(present, `src/models/${model} lacks ${required}`).toContain(required);
      }
    }
  });
});
