import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runClaim } from "../src/checks/runner.js";
import { generatedDocs } from "./docs-content.js";

/** The README and the generated docs match the code (`npm run docs` regenerates them). */
const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), "utf8");

describe("README", () => {
  const readme = read("README.md");
  it("opens with the install-and-verify command and the test command", () => {
    const commands = [...readme.matchAll(/```(?:bash|sh)\n([^`]*)```/g)].map((m) => m[1].trim());
    expect(commands.slice(0, 2)).toEqual(["npm ci && npx qtherm verify", "npm test"]);
  });

  it("stays a short guide (≤ 25 KB; long tables live in docs/)", () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(25_000);
  });

  it("links only to documents that exist", () => {
    for (const [, target] of readme.matchAll(/\]\(((?:docs|src|examples)\/[^)#]+)/g)) expect(() => read(target), target).not.toThrow();
  });
});

describe("generated docs", () => {
  it.each(generatedDocs().map((d) => [d.path, d.content] as const))("%s is up to date (npm run docs)", (path, content) => {
    expect(read(path)).toBe(content);
  });
});

describe("docs/architecture.md", () => {
  const page = read("docs/architecture.md");
  it("shows the worked example of adding a claim verbatim", () => {
    const match = page.match(/<!-- example:begin (\S+) -->\n```ts\n([\s\S]*?)```\n<!-- example:end -->/);
    expect(match, "the example block").not.toBeNull();
    expect(match![2]).toBe(read(match![1]));
  });

  it("the worked example is a working claim: it runs and holds", async () => {
    const { particleSumRule } = await import("../examples/claim-kit/particle-sum-rule.js");
    expect(particleSumRule.id).toBe("coupled-tls/particle-current-sum-rule");
    const verdict = await runClaim(particleSumRule, { numRuns: 20, expectation: () => ({ expect: "holds" }) });
    expect(verdict.status, verdict.details).toBe("holds");
    expect(verdict.criterion.kind).toBe("close");
  });
});
