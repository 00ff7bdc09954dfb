import { describe, expect, it } from "vitest";
import { expectedStatusOf, statusOf } from "../../../src/core/claim.js";
import { oscillatorMediatorModel } from "../../../src/models/oscillator-mediator/index.js";

const claims = oscillatorMediatorModel.claims;
const PREFIX = "oscillator-mediator/";

/** The verdict every claim must produce (the registration is checked against this table too). */
const EXPECTED: Readonly<Record<string, string>> = {
  "sum-rules": "holds",
  "eq46-laplace-sum": "holds",
  "eq47-from-eq45": "holds",
  "eq50-low-T-sum": "holds",
  "eq42-transmission": "holds",
  "eq43-transmission": "holds",
  "eq60-eq61": "holds",
  "eq76-from-eq74": "holds",
  "chain-fourier-identity": "holds",
  "symbolic-eq47": "holds",
  "symbolic-eq50": "holds",
  "symbolic-eq45": "holds",
  "symbolic-eq49-51": "holds",
  "symbolic-eq69-70": "holds",
  "symbolic-eq87": "holds",
  "eq45-coth-correction": "holds",
  "eq47-high-T-limit": "holds",
  "eq51-low-T-limit": "holds",
  "eq49-low-T-current-limit": "holds",
  "eq61-wide-band-limit": "holds",
  "eq62-wide-band-limit": "holds",
  "eq48-wide-band-limit": "holds",
  "eq77-plateau-limit": "holds",
  "eq72-virial-limit": "holds",
  "eq73-classical-limit": "holds",
  "eq69-weak-coupling-roots": "holds",
  "eq23-24-large-D-roots": "holds",
  "chain-linear-response-limit": "holds",
  "eq15-friction-kernel-limit": "holds",
  "eq66-printed": "erratum-printed",
  "eq66-corrected": "erratum-corrected",
  "eq70-printed": "erratum-printed",
  "eq70-corrected": "erratum-corrected",
  "eq77-printed": "erratum-printed",
  "eq77-corrected": "erratum-corrected",
  "sign-convention": "holds",
  "finite-bath-spacing-convergence": "holds",
  "finite-bath-bandwidth-convergence": "holds",
  "finite-bath-vs-eq42": "holds",
  "sequential-scenario": "holds",
  "appendix-eigenvectors-A102": "holds",
  "appendix-lattice-sums-A110-A111": "holds",
  "finite-bath-tx-tp": "holds",
  "current-antisymmetry": "holds",
  "second-law": "holds",
  "conductance-positive": "holds",
  "roots-stable": "holds",
  "chain-entropy-production": "holds",
  "fig3-conductance-maximum": "holds",
  "fig3-maximum-at-tau-h-2": "fails",
  "fig3-maximum-threshold": "holds",
  "fig3-maximum-shift": "holds",
  "strong-coupling-limit": "holds",
  "subsystem-energy-scaling": "holds",
  "eq78-equilibration-time": "holds",
  "chain-relaxation-fourier": "holds",
  "eq87-stm-co-coupling": "holds",
  "eq88-stm-co-ratio": "holds",
  "stm-co-blackbody-ratio": "holds",
  "stm-co-validity": "fails",
  "stm-co-vs-exact": "fails",
  "stm-co-conclusion": "fails",
  "selenium-coupling": "holds",
  "selenium-debye-frequency": "holds",
  "eq99-mtc-condition": "holds",
  "mtc-validity": "fails",
  "mtc-vs-exact": "holds",
};

describe("oscillator-mediator claims: registration", () => {
  it("registers exactly the claims of the table, with well-formed ids, sources and tolerances", () => {
    expect(claims.map((c) => c.id.replace(PREFIX, "")).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const claim of claims) {
      expect(claim.id).toMatch(/^oscillator-mediator\/[a-z0-9-]+$/i);
      expect(claim.model).toBe("oscillator-mediator");
      expect(claim.source.doc).toBe("002_1f8d4f9374398bb6.txt");
      expect(claim.source.where.length).toBeGreaterThan(5);
      expect(claim.tolerance.reason.length, `${claim.id}: tolerance reason`).toBeGreaterThan(30);
      expect(claim.domain.length, `${claim.id}: domain`).toBeGreaterThan(10);
      expect(expectedStatusOf(claim), claim.id).toBe(EXPECTED[claim.id.replace(PREFIX, "")]);
    }
  });

  it("pairs every erratum with its partner, which points back", () => {
    const byId = new Map(claims.map((c) => [c.id, c]));
    const errata = claims.filter((c) => c.erratum);
    expect(errata).toHaveLength(6);
    for (const claim of errata) {
      const partner = byId.get(claim.erratum!.partner);
      expect(partner, `${claim.id} → ${claim.erratum!.partner}`).toBeDefined();
      expect(partner!.erratum!.partner).toBe(claim.id);
      expect(partner!.erratum!.role).not.toBe(claim.erratum!.role);
      expect(partner!.erratum!.printed).toBe(claim.erratum!.printed);
    }
  });

  it("explains every expected failure", () => {
    for (const c of claims.filter((x) => x.expectedToFail)) expect(c.expectedToFail!.why.length, c.id).toBeGreaterThan(60);
  });
});

describe("oscillator-mediator claims: verdicts (seed 20140401, 40 property runs)", () => {
  it.each(claims.map((c) => [c.id, c] as const))("%s gives its expected verdict", async (_id, claim) => {
    const outcome = await claim.verify({ seed: 20140401, numRuns: 40 });
    expect(statusOf(claim, outcome), `${claim.id}: ${outcome.details} (measured ${outcome.measuredError})`).toBe(expectedStatusOf(claim));
    expect(Number.isNaN(outcome.measuredError), claim.id).toBe(false);
    if (claim.kind === "limit") {
      expect(outcome.order, `${claim.id}: a limit reports its measured order`).toBeDefined();
      expect(Math.abs(outcome.order!.measured - outcome.order!.expected)).toBeLessThanOrEqual(claim.tolerance.atol);
    }
  }, 60_000);
});
