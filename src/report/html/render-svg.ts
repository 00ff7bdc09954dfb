import { parse, View, type Spec } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";

/**
 * Vega-Lite's logger, kept quiet: its warnings are about legend merging of the
 * layered evidence plots (the intended single colour legend), not about data;
 * errors still throw.
 */
const quietLogger = {
  level(): number { return 0; },
  error(...args: readonly unknown[]): never { throw new Error(`vega-lite: ${args.map(String).join(" ")}`); },
  warn() { return quietLogger; },
  info() { return quietLogger; },
  debug() { return quietLogger; },
};

/**
 * Compiles a Vega-Lite specification to a Vega specification (what the page's
 * vega runtime needs to make the plot interactive).
 */
export function compileToVega(spec: TopLevelSpec): Spec {
  return compile(spec, { logger: quietLogger as never }).spec;
}

/**
 * Renders a Vega-Lite specification to a static SVG string in Node (vega
 * `View.toSVG` with the headless renderer: no browser, no network).
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new View(parse(compileToVega(spec)), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
