import { describe, expect, it } from "vitest";
import { runClaim } from "../../../src/checks/runner.js";
import { expectedStatusOf } from "../../../src/core/claim.js";
import { coupledTlsModel } from "../../../src/models/coupled-tls/index.js";

const claims = coupledTlsModel.claims;

/** The verdicts the slides' claims must produce (the registration is checked against this table too). */
const EXPECTED: Readonly<Record<string, string>> = {
  "single-mode-steady-state-printed": "erratum-printed",
  "single-mode-steady-state": "erratum-corrected",
  "single-mode-current-operator-printed": "erratum-printed",
  "single-mode-current-operator": "erratum-corrected",
  "coherent-energy-bookkeeping": "holds",
  "coherent-second-law-resonant": "holds",
  "coherent-second-law": "fails",
  "local-currents-second-law": "holds",
  "local-currents-bookkeeping": "fails",
  "current-operator-a-printed": "erratum-printed",
  "current-operator-a": "erratum-corrected",
  "incoherent-autonomy": "holds",
  "steady-state-first-order-derivation": "holds",
  "steady-state-first-order": "holds",
  "heat-current-printed": "erratum-printed",
  "heat-current-first-order": "erratum-corrected",
  "heat-current-closed-form-derivation": "holds",
  "heat-current-closed-form": "holds",
  "current-sum-rule": "holds",
  "hot-to-cold": "holds",
};

describe("coupled-tls claims: registration", () => {
  it("registers exactly the claims of the table, with well-formed ids, sources and tolerances", () => {
    expect(claims.map((c) => c.id.replace("coupled-tls/", "")).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const claim of claims) {
      expect(claim.id).toMatch(/^coupled-tls\/[a-z0-9-]+$/);
      expect(claim.model).toBe("coupled-tls");
      expect(claim.source.doc).toBe("004_a34d5d2333a6057f.txt");
      expect(claim.source.where).toMatch(/^slides? \d/);
      expect(claim.tolerance.reason.length, `${claim.id}: tolerance reason`).toBeGreaterThan(40);
      expect(claim.domain.length).toBeGreaterThan(20);
      expect(expectedStatusOf(claim), claim.id).toBe(EXPECTED[claim.id.replace("coupled-tls/", "")]);
    }
  });

  it("pairs every erratum with its partner, which points back", () => {
    const byId = new Map(claims.map((c) => [c.id, c]));
    const errata = claims.filter((c) => c.erratum);
    expect(errata).toHaveLength(8);
    for (const claim of errata) {
      const partner = byId.get(claim.erratum!.partner);
      expect(partner, `${claim.id} → ${claim.erratum!.partner}`).toBeDefined();
      expect(partner!.erratum!.partner).toBe(claim.id);
      expect(partner!.erratum!.role).not.toBe(claim.erratum!.role);
      expect(partner!.erratum!.printed).toBe(claim.erratum!.printed);
    }
  });

  it("explains every expected failure", () => {
    const failing = claims.filter((c) => c.expectedToFail);
    expect(failing.map((c) => c.id).sort()).toEqual(["coupled-tls/coherent-second-law", "coupled-tls/local-currents-bookkeeping"]);
    failing.forEach((c) => expect(c.expectedToFail!.why.length).toBeGreaterThan(60));
  });
});

describe("coupled-tls claims: verdicts (default seed of the runner, 40 property runs)", () => {
  it.each(claims.map((c) => [c.id, c] as const))("%s gives its expected verdict", async (_id, claim) => {
    const verdict = await runClaim(claim, { numRuns: 40 });
    expect(verdict.status, `${claim.id}: ${verdict.details} (measured ${verdict.measuredError})`).toBe(verdict.expectedStatus);
    expect(Number.isNaN(verdict.measuredError)).toBe(false);
  });

  it("reports a replayable shrunk counterexample for the second-law violation off resonance", async () => {
    const claim = claims.find((c) => c.id === "coupled-tls/coherent-second-law")!;
    const verdict = await runClaim(claim, { numRuns: 40, seed: 7 });
    expect(verdict.status).toBe("fails");
    expect(verdict.counterexample).toBeDefined();
    expect(verdict.path).toMatch(/^\d+(:\d+)*$/);
    const p = verdict.counterexample as { omegaA: number; omegaB: number; betaA: number; betaB: number };
    // the violation needs β_A − β_B and β_Aω_A − β_Bω_B of opposite signs (Levy–Kosloff)
    expect(Math.sign(p.betaA - p.betaB), JSON.stringify(p)).not.toBe(Math.sign(p.betaA * p.omegaA - p.betaB * p.omegaB));
    const replay = await runClaim(claim, { numRuns: 40, seed: verdict.seed!, path: verdict.path });
    expect(replay.counterexample).toEqual(verdict.counterexample);
    // the demonstration point of the details: σ < 0 by far more than round-off
    expect(Number(verdict.evidence!.values!.entropyProduction)).toBeLessThan(-1e-4);
  });
});
