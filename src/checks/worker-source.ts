import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** How to start a worker thread: a file to run, or bootstrap source to evaluate. */
export interface WorkerSource {
  readonly source: string;
  readonly eval: boolean;
}

/**
 * How to start the worker module `<name>` that sits next to the module whose
 * URL is `moduleUrl`: the compiled `<name>.js` when running from dist/; under a
 * TypeScript loader (vitest, scripts/dev-cli.ts) a small bootstrap that loads
 * `<name>.ts` through tsx's ESM tsImport API (tsx is a dev dependency, needed
 * only then; its CommonJS build cannot load its ESM half from a worker).
 */
export function workerSource(moduleUrl: string, name: string): WorkerSource {
  const here = fileURLToPath(moduleUrl);
  const compiled = join(dirname(here), `${name}.js`);
  if (here.endsWith(".js") && existsSync(compiled)) return { source: compiled, eval: false };
  const api = pathToFileURL(createRequire(moduleUrl).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href;
  const entry = pathToFileURL(join(dirname(here), `${name}.ts`)).href;
  const bootstrap = `import(${JSON.stringify(api)}).then((tsx) => tsx.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(moduleUrl)})).catch((e) => { setImmediate(() => { throw e; }); });`;
  return { source: bootstrap, eval: true };
}
