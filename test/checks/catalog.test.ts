import { describe, expect, it } from "vitest";
import { MODELS } from "../../src/catalog.js";
import { readLedger } from "../../src/checks/ledger.js";
import { allClaims } from "../../src/checks/registry.js";
import { criterionOf } from "../../src/core/claim.js";
import { criterionReasons } from "../../src/core/criterion.js";

/**
 * Registration of every claim of the catalog, whatever the model: well-formed ids under
 * the model's prefix, the model's own source document, a statement, a domain and a reason
 * for every criterion; erratum pairs that point at each other; every registered failure
 * explained in the ledger. (Whether each claim gives its ledger verdict: test/ledger/.)
 */
const claims = allClaims();
const models = MODELS;
const ledger = readLedger();

describe("the claim catalog", () => {
  it("has the five models and unique ids", () => {
    expect(models.map((m) => m.id).sort()).toEqual(["coupled-tls", "oscillator-mediator", "resonant-level-probes", "set-entropy-production", "two-site-chain-baths"]);
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
  });

  it.each(claims.map((c) => [c.id, c] as const))("%s is registered with its model's source, a statement, a domain and reasons", (_id, c) => {
    const model = models.find((m) => m.id === c.model);
    expect(model, c.id).toBeDefined();
    expect(c.id).toMatch(new RegExp(`^${c.model}/[A-Za-z0-9-]+$`));
    expect(c.source.doc).toBe(model!.doc);
    expect(c.source.where.trim().length).toBeGreaterThan(3);
    expect(c.statement.trim().length).toBeGreaterThan(10);
    expect(c.domain.trim().length).toBeGreaterThan(3);
    for (const reason of criterionReasons(criterionOf(c))) expect(reason.length, `${c.id}: reason '${reason}'`).toBeGreaterThan(10);
  });

  it("pairs every erratum with its partner, which points back with the other role and the same formulas", () => {
    const byId = new Map(claims.map((c) => [c.id, c]));
    const errata = claims.filter((c) => c.erratum);
    expect(errata.length).toBeGreaterThanOrEqual(30);
    for (const c of errata) {
      const partner = byId.get(c.erratum!.partner);
      expect(partner, `${c.id} → ${c.erratum!.partner}`).toBeDefined();
      expect(partner!.erratum!.partner).toBe(c.id);
      expect(partner!.erratum!.role).not.toBe(c.erratum!.role);
      expect(partner!.erratum!.printed).toBe(c.erratum!.printed);
      expect(partner!.erratum!.corrected).toBe(c.erratum!.corrected);
    }
  });

  it("explains in the ledger every claim registered to fail", () => {
    for (const c of claims) {
      const entry = ledger.entries.get(c.id);
      if (entry?.expect !== "fails") continue;
      const minimum = c.erratum?.role === "printed" ? 10 : 60;
      expect(entry.why?.length ?? 0, `${c.id}: the ledger's why`).toBeGreaterThan(minimum);
    }
  });
});
