import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { checkClaims, ClaimFileError, loadClaimFiles } from "../../src/user-claims/index.js";

/**
 * Bad claim files are refused before anything is measured, with exit 2 and a message that
 * names the file, the claim, the field and the line — for every kind of mistake the guide
 * lists (docs/checking-your-formula.md, "When the file is wrong").
 */

const dir = mkdtempSync(join(tmpdir(), "qtherm-bad-claims-"));

async function check(file: string): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = { out: (s) => void (out += `${s}\n`), err: (s) => void (err += `${s}\n`), interactive: false };
  const code = await main(["node", "qtherm", "check", file], io);
  return { code, out, err };
}

/** A valid file (lines numbered as in the comments); each case edits one line. */
const BASE = [
  "model: coupled-tls", // 1
  "domain:", // 2
  "  betaA: [0.1, 1]", // 3
  "  betaB: [2, 5]", // 4
  "  omegaA: [0.2, 3]", // 5
  "fixed:", // 6
  "  coupling: incoherent", // 7
  "  omegaB: omegaA", // 8
  "claims:", // 9
  "  - id: closed-form", // 10
  "    statement: the closed form of J_A", // 11
  "    kind: agreement", // 12
  "    formula: gammaA*epsilon*omegaA*(exp(-betaA*omegaA) - exp(-betaB*omegaA))/(gammaA*(1 + exp(-betaA*omegaA))*(1 + exp(-betaB*omegaA)) + epsilon*(2 + exp(-betaA*omegaA) + exp(-betaB*omegaA)))", // 13
  "    against: heat-current-A", // 14
  "    rtol: 1e-10", // 15
  "    reason: exact closed form; round-off of the steady state ~1e-15", // 16
];

const replace = (line: number, text: string | null, extra: readonly string[] = []) => {
  const lines = [...BASE];
  if (text === null) lines.splice(line - 1, 1);
  else lines[line - 1] = text;
  return [...lines, ...extra].join("\n");
};

interface BadCase {
  readonly name: string;
  readonly text: string;
  /** The claim named in the message (absent for file-level fields). */
  readonly claim?: string;
  readonly field: string;
  readonly line: number;
  /** Words the message must contain. */
  readonly says: RegExp;
}

const LIMIT = ["  - id: second-order", "    statement: s", "    kind: limit", "    formula: epsilon*omegaA", "    against: heat-current-A", "    limit: { parameter: epsilon, to: 0, scale: gammaA, order: 2, window: 0.15 }", "    fixed: { epsilon: 0.01 }", "    reason: r"];

const CASES: readonly BadCase[] = [
  { name: "an unknown model", text: replace(1, "model: coupled-tsl"), field: "model", line: 1, says: /unknown model 'coupled-tsl'; did you mean 'coupled-tls'\?/ },
  { name: "an unknown quantity", text: replace(14, "    against: heat-curent-A"), claim: "closed-form", field: "against", line: 14, says: /unknown quantity 'heat-curent-A' of coupled-tls; did you mean 'heat-current-A'/ },
  { name: "an unknown quantity inside a formula", text: replace(13, "    formula: Q(heat-currnt-B)"), claim: "closed-form", field: "formula", line: 13, says: /unknown quantity 'heat-currnt-B'/ },
  { name: "an unknown parameter", text: replace(4, "  betaC: [2, 5]"), field: "domain.betaC", line: 4, says: /unknown parameter 'betaC' of coupled-tls; did you mean 'betaA' or 'betaB'\?/ },
  { name: "an unknown symbol", text: replace(13, "    formula: eps*omegaA"), claim: "closed-form", field: "formula", line: 13, says: /unknown symbol 'eps'.*did you mean 'epsilon'\?/ },
  { name: "a domain outside the model's parameter domain", text: replace(3, "  betaA: [-1, 1]"), field: "domain.betaA", line: 3, says: /min = -1 lies outside the model's domain of 'betaA': a finite number in \[0, ∞\)/ },
  {
    name: "a domain violating the model's relations",
    text: replace(8, null),
    claim: "closed-form",
    field: "domain",
    line: 3,
    says: /relation "omegaB = omegaA when coupling = 'incoherent'.*" fails at betaA=0\.1000, betaB=2, omegaA=0\.2000 \(a corner of the domain\).*omegaB is at its default 1/,
  },
  { name: "a formula that does not parse", text: replace(13, "    formula: epsilon*(omegaA +"), claim: "closed-form", field: "formula", line: 13, says: /does not parse: Unexpected end of expression/ },
  { name: "a formula infinite at a corner (the point reported)", text: replace(13, "    formula: epsilon/(betaA - 0.1)"), claim: "closed-form", field: "formula", line: 13, says: /cannot be evaluated at betaA=0\.1000, .*\(a corner of the domain\): the value is Infinity/ },
  { name: "a formula not real in part of the domain (the point reported)", text: replace(13, "    formula: sqrt(betaB - 3)"), claim: "closed-form", field: "formula", line: 13, says: /cannot be evaluated at betaA=.*betaB=2.*: the value .* is not real/ },
  { name: "a limit parameter that is fixed", text: [...BASE, ...LIMIT].join("\n"), claim: "second-order", field: "limit.parameter", line: 22, says: /'epsilon' is fixed \(fixed\.epsilon, line 23\); the limit parameter varies along the approach/ },
  { name: "a missing reason", text: replace(16, null), claim: "closed-form", field: "reason", line: 10, says: /missing field 'reason': every claim says why its tolerance/ },
  { name: "a missing tolerance", text: replace(15, null), claim: "closed-form", field: "rtol", line: 10, says: /a tolerance: rtol or atol/ },
  { name: "an unknown field", text: replace(15, "    rtl: 1e-10"), claim: "closed-form", field: "rtl", line: 15, says: /unknown field 'rtl'; did you mean 'rtol'/ },
  { name: "an unknown kind", text: replace(12, "    kind: agreemnt"), claim: "closed-form", field: "kind", line: 12, says: /"agreemnt" is not a kind of claim.*did you mean 'agreement'\?/ },
  { name: "a reference past the end of an array", text: replace(14, "    against: steady-state.re[4][0]"), claim: "closed-form", field: "against", line: 14, says: /index 4 is out of range \(steady-state\.re has 4 entries, indices 0…3\)/ },
  { name: "a reference that stops before a number", text: replace(14, "    against: steady-state"), claim: "closed-form", field: "against", line: 14, says: /a record with fields re, im, not a number; continue the reference, e\.g\. steady-state\.re\[0\]\[0\]/ },
  { name: "a choice parameter used as a number", text: replace(13, "    formula: epsilon*coupling"), claim: "closed-form", field: "formula", line: 13, says: /'coupling' is a choice parameter/ },
  { name: "a YAML syntax error", text: replace(16, "    reason: exact: round-off"), field: "(syntax)", line: 16, says: /YAML syntax error.*put such a value in quotes/ },
  {
    name: "an invariant written with '='",
    text: [...BASE.slice(0, 11), "    kind: invariant", "    formula: Q(heat-current-A) + Q(heat-current-B) = 0", "    reason: energy conservation"].join("\n"),
    claim: "closed-form",
    field: "formula",
    line: 13,
    says: /'=' assigns: write '==' for equality/,
  },
];

describe("qtherm check refuses bad files before any computation", () => {
  it.each(CASES)("$name: exit 2, naming the file, the claim, the field and the line", async (c) => {
    const file = join(dir, `${c.name.replace(/\W+/g, "-")}.yaml`);
    writeFileSync(file, c.text);
    const r = await check(file);
    expect(r.code, r.err + r.out).toBe(2);
    expect(r.out).toBe("");
    const line = r.err.split("\n").find((l) => l.includes(`field '${c.field}'`));
    expect(line, r.err).toBeDefined();
    expect(line).toContain(`${file}:${c.line}:`);
    if (c.claim !== undefined) expect(line).toContain(`claim '${c.claim}'`);
    expect(line).toMatch(c.says);
  });

  it("the valid base file checks (so each case above fails for its one edit)", async () => {
    const file = join(dir, "base.yaml");
    writeFileSync(file, [...BASE.slice(0, 8), "  gammaB: gammaA", ...BASE.slice(8)].join("\n"));
    const r = await check(file);
    expect(r.code, r.err + r.out).toBe(0);
  });

  it("lists every problem of every file at once, and nothing runs", async () => {
    const a = join(dir, "two-problems.yaml");
    const b = join(dir, "unknown-model.yaml");
    writeFileSync(a, replace(14, "    against: heat-curent-A").replace("    rtol: 1e-10", "    rtl: 1e-10"));
    writeFileSync(b, replace(1, "model: nope"));
    let error: unknown;
    try {
      loadClaimFiles([a, b]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ClaimFileError);
    const problems = (error as ClaimFileError).problems;
    expect(problems.map((p) => [p.file, p.field, p.line])).toEqual([
      [a, "rtl", 15],
      [b, "model", 1],
    ]);
    // the structural problem stops that file before its semantic check; fixing it reveals the quantity
    writeFileSync(a, replace(14, "    against: heat-curent-A"));
    await expect(checkClaims(a)).rejects.toThrow(/field 'against': unknown quantity 'heat-curent-A'/);
  });

  it("reports JSON syntax errors at their line and column, and objects given through the API by field", async () => {
    const file = join(dir, "trailing-comma.json");
    writeFileSync(file, '{\n  "model": "coupled-tls",\n  "claims": [],\n}\n');
    const r = await check(file);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${file}:4:1: field '(syntax)': not valid JSON`);
    await expect(checkClaims({ model: "coupled-tls", claims: [{ id: "x", statement: "s", kind: "identity", formula: "betaA", equals: "betaA", rtol: 1e-9 }] })).rejects.toThrow(
      "bad claim file: <object>: claim 'x', field 'reason': missing field 'reason'",
    );
  });

  it("refuses a file that is neither YAML nor JSON, and exits 3 for one that cannot be read", async () => {
    const file = join(dir, "claims.txt");
    writeFileSync(file, "model: coupled-tls\n");
    expect((await check(file)).code).toBe(2);
    const missing = await check(join(dir, "missing.yaml"));
    expect(missing.code).toBe(3);
    expect(missing.err).toMatch(/cannot read .*missing\.yaml: no such file/);
  });
});
