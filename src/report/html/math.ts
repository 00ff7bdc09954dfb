import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import katex from "katex";
import { writeTextAtomically } from "../../core/atomic-file.js";
import { escapeHtml } from "./escape-html.js";

/**
 * Formulas in the HTML report, typeset by KaTeX (the `katex` package) in Node: the page
 * carries the rendered HTML, and the report's assets carry KaTeX's stylesheet and fonts,
 * so formulas display from file:// with no network and no script. A formula KaTeX cannot
 * parse is shown as its TeX source in a code element (never a broken page).
 */

/** The rendered formula (display style), or its escaped TeX when it does not parse. */
export function renderTex(tex: string): string {
  try {
    return katex.renderToString(tex, { displayMode: false, throwOnError: true, output: "html", strict: "ignore" });
  } catch {
    return `<code class="tex">${escapeHtml(tex)}</code>`;
  }
}

/** Copies KaTeX's stylesheet and woff2 fonts into `assets` (assets/katex.min.css, assets/fonts/), atomically. Returns the files written. */
export function copyKatexAssets(assets: string): string[] {
  const dist = dirname(createRequire(import.meta.url).resolve("katex/dist/katex.min.css"));
  const written = [join(assets, "katex.min.css")];
  writeTextAtomically(written[0], readFileSync(join(dist, "katex.min.css")));
  for (const font of readdirSync(join(dist, "fonts")).filter((f) => f.endsWith(".woff2"))) {
    const target = join(assets, "fonts", font);
    writeTextAtomically(target, readFileSync(join(dist, "fonts", font)));
    written.push(target);
  }
  return written;
}
