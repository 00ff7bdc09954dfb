import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { measureServeThroughput } from "../../bench/serve.bench.js";

/** bench/serve.bench.ts at reduced size: the compiled `qtherm serve` sustains ≥ 200 coupled-tls evaluations per second. */
describe("bench/serve.bench.ts (500 requests)", () => {
  it("≥ 200 evaluations per second, every answer in order", async () => {
    expect(existsSync(join(resolve(__dirname, "..", ".."), "dist", "cli", "main.js")), "dist/ is missing: run `npm run build` (npm test does)").toBe(true);
    const r = await measureServeThroughput({ requests: 500, warmup: 50 });
    expect(r.bad).toEqual([]);
    expect(r.perSecond, `${r.requests} requests in ${r.milliseconds.toFixed(0)} ms`).toBeGreaterThanOrEqual(200);
  });
});
