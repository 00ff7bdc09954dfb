import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { allClaims } from "../src/checks/registry.js";
import { ledgerExpectation } from "../src/checks/runner.js";
import { CLAIMS_BEGIN, CLAIMS_END, ERRATA_BEGIN, ERRATA_END, claimsMarkdown, errataMarkdown } from "../src/report/markdown.js";

/** The README is the users' first page: its claims and errata tables must match the code (`npm run readme`). */
const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

function between(begin: string, end: string): string {
  const i = readme.indexOf(begin);
  const j = readme.indexOf(end);
  expect(i, `README lacks the marker ${begin}`).toBeGreaterThanOrEqual(0);
  return readme.slice(i + begin.length, j).trim();
}

describe("README", () => {
  it("opens with the install-and-verify command and the test command", () => {
    const commands = [...readme.matchAll(/```(?:bash|sh)\n([^`]*)```/g)].map((m) => m[1].trim());
    expect(commands.slice(0, 2)).toEqual(["npm ci && npx qtherm verify", "npm test"]);
  });

  it("has the claims table of the registered claims", () => {
    expect(between(CLAIMS_BEGIN, CLAIMS_END)).toBe(claimsMarkdown(allClaims(), ledgerExpectation));
  });

  it("has the errata table of the registered errata", () => {
    expect(between(ERRATA_BEGIN, ERRATA_END)).toBe(errataMarkdown(allClaims()));
  });
});
