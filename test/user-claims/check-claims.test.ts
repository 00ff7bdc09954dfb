import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";
import type { CliIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { checkClaims, ClaimFileError, loadClaimFiles } from "../../src/user-claims/index.js";

/**
 * The TypeScript API of users' claims (checkClaims, exported from the package) and the
 * command's exit codes: 0 every claim holds, 1 one fails, 2 a bad file or bad options,
 * 4 the rest hold and one is undecided.
 */

const dir = mkdtempSync(join(tmpdir(), "qtherm-check-claims-"));

async function check(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = { out: (s) => void (out += `${s}\n`), err: (s) => void (err += `${s}\n`), interactive: false };
  const code = await main(["node", "qtherm", "check", ...args], io);
  return { code, out, err };
}

/** Incoherent resonant coupling, Γ_A = Γ_B, bath A hotter: where slide 5's formulas are stated. */
const SLIDE_FIVE = {
  model: "coupled-tls",
  define: { "x(b)": "exp(-b*omegaA)" },
  domain: { betaA: [0.1, 1], betaB: [2, 5], omegaA: [0.5, 2], gammaA: [0.5, 2] },
  fixed: { coupling: "incoherent", omegaB: "omegaA", gammaB: "gammaA", epsilon: 0.01 },
};

const closedForm = {
  id: "closed-form",
  statement: "the exact closed form of J_A",
  kind: "agreement",
  formula: "gammaA*epsilon*omegaA*(x(betaA) - x(betaB))/(gammaA*(1 + x(betaA))*(1 + x(betaB)) + epsilon*(2 + x(betaA) + x(betaB)))",
  against: "heat-current-A",
  rtol: 1e-10,
  reason: "exact; round-off ~1e-15",
};

describe("checkClaims (TypeScript API)", () => {
  it("is exported by the package entry point", () => {
    expect(api.checkClaims).toBe(checkClaims);
    expect(typeof api.claimFileJsonSchema).toBe("function");
  });

  it("checks an object with the runner and the judge, every claim expected to hold", async () => {
    const result = await checkClaims({ ...SLIDE_FIVE, claims: [closedForm] }, { numRuns: 10 });
    expect(result.status).toBe("holds");
    expect(result.verdicts.map((v) => [v.claimId, v.status, v.expectedStatus, v.unexpected])).toEqual([["coupled-tls/closed-form", "holds", "holds", false]]);
    expect(result.verdicts[0].criterion).toEqual({ kind: "close", rtol: 1e-10, atol: 0, reason: "exact; round-off ~1e-15" });
    expect(result.claims[0].source).toEqual({ doc: "<object>", where: "claim file" });
    expect(result.claims[0].domain).toBe("betaA ∈ [0.1, 1] (log), betaB ∈ [2, 5] (log), omegaA ∈ [0.5, 2] (log), gammaA ∈ [0.5, 2] (log); fixed coupling = incoherent, omegaB = omegaA, gammaB = gammaA, epsilon = 0.01");
  });

  it("is deterministic: the same seed gives the same verdicts, details and counterexamples", async () => {
    const file = { ...SLIDE_FIVE, claims: [{ ...closedForm, id: "wrong", formula: "epsilon*omegaA*(x(betaA) - x(betaB))", rtol: 1e-3 }] };
    const strip = (r: Awaited<ReturnType<typeof checkClaims>>) => r.verdicts.map(({ elapsedMs: _, ...v }) => v);
    const a = await checkClaims(file, { seed: 7, numRuns: 20 });
    const b = await checkClaims(file, { seed: 7, numRuns: 20 });
    expect(a.status).toBe("fails");
    expect(strip(a)).toEqual(strip(b));
    expect(a.verdicts[0].seed).toBe(7);
  });

  it("lets a claim override the file's domain and fixed values per parameter, and a limit take over an inherited fixed parameter", () => {
    const loaded = loadClaimFiles({
      ...SLIDE_FIVE,
      claims: [
        { ...closedForm, domain: { epsilon: [0.001, 1] } },
        {
          id: "first-order",
          statement: "J_A to first order in ε/Γ",
          kind: "limit",
          formula: "epsilon*omegaA*(x(betaA) - x(betaB))/((1 + x(betaA))*(1 + x(betaB)))",
          against: "heat-current-A",
          limit: { parameter: "epsilon", to: 0, scale: "gammaA", order: 1, window: 0.1 },
          reason: "next term relative O(ε/Γ)",
        },
      ],
    });
    expect(loaded.claims[0].domain).toContain("epsilon ∈ [0.001, 1]");
    expect(loaded.claims[0].domain).not.toContain("epsilon = 0.01");
    expect(loaded.claims[1].domain).toContain("epsilon → 0 from above: h = |epsilon − 0|/(gammaA) from 0.1 to 0.001 (6 log-spaced values)");
  });

  it("refuses ids used twice across files, and quantities in identities", () => {
    const a = join(dir, "a.json");
    const b = join(dir, "b.yaml");
    writeFileSync(a, JSON.stringify({ ...SLIDE_FIVE, claims: [closedForm] }));
    writeFileSync(b, JSON.stringify({ ...SLIDE_FIVE, claims: [closedForm] }));
    expect(() => loadClaimFiles([a, b])).toThrow(`${b}: claim 'closed-form', field 'id': the claim id 'coupled-tls/closed-form' is also used in ${a}`);
    writeFileSync(b, JSON.stringify({ ...SLIDE_FIVE, claims: [{ id: "q", statement: "s", kind: "identity", formula: "Q(heat-current-A)", equals: "0", reason: "r" }] }));
    expect(() => loadClaimFiles(b)).toThrow(ClaimFileError);
    expect(() => loadClaimFiles(b)).toThrow(/claim 'q', field 'formula': 'Q\(heat-current-A\)': this formula may not use quantities/);
  });
});

describe("qtherm check exit codes", () => {
  it("exits 0 when every claim holds (a JSON file)", async () => {
    const file = join(dir, "holds.json");
    writeFileSync(file, JSON.stringify({ ...SLIDE_FIVE, claims: [closedForm] }));
    const r = await check(file, "--runs", "5");
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("every claim holds");
  });

  it("exits 4 when the rest holds and exact algebra cannot decide an identity (never 'fails')", async () => {
    const file = join(dir, "undecided.yaml");
    writeFileSync(
      file,
      [
        "model: two-site-chain-baths",
        "domain: { h: [1, 2], delta: [-0.5, 0.5], g: [0.1, 1] }",
        "claims:",
        "  - id: mode-energy-product",
        "    statement: E_1 E_2 = h² − (g² + δ²)/4",
        "    kind: identity",
        "    formula: (h + sqrt(g^2 + delta^2)/2)*(h - sqrt(g^2 + delta^2)/2)",
        "    equals: h^2 - (g^2 + delta^2)/4",
        "    reason: polynomials of O(1) values",
      ].join("\n"),
    );
    const r = await check(file, "--json");
    expect(r.code).toBe(4);
    const v = JSON.parse(r.out).verdicts[0];
    expect(v.status).toBe("undecided");
    expect(v.details).toMatch(/engine: unknown .*opaque atoms 'sqrt\(delta\^2\+g\^2\)'.*numeric: 40\/40 points evaluated/);
  });

  it("exits 2 for --path without --claim on a file of several claims, and for an unknown --claim", async () => {
    const file = join(dir, "two.yaml");
    writeFileSync(file, JSON.stringify({ ...SLIDE_FIVE, claims: [closedForm, { ...closedForm, id: "again" }] }));
    const noClaim = await check(file, "--path", "0:0");
    expect(noClaim.code).toBe(2);
    expect(noClaim.err).toMatch(/parameter 'path' = "0:0" is not allowed: expected a replay of one claim: select it \(claim \/ --claim, one of closed-form, again\)/);
    const unknown = await check(file, "--claim", "closed-from");
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("the id of a claim in the files: closed-form, again");
    const none = await check();
    expect(none.code).toBe(2);
  });
});
