import { describe, expect, it } from "vitest";
import { runClaim } from "../../../src/checks/runner.js";
import { coupledTlsModel } from "../../../src/models/coupled-tls/index.js";

const claim = (name: string) => coupledTlsModel.claims.find((c) => c.id === `coupled-tls/${name}`)!;

describe("coupled-tls: a registered failure is demonstrated, with a counterexample that replays", () => {
  it.each([7, 20140401])("the second law off resonance fails by far more than round-off (seed %i)", async (seed) => {
    const verdict = await runClaim(claim("coherent-second-law"), { numRuns: 40, seed });
    expect(verdict.status).toBe("fails");
    // the demonstrated violation (worst sample), not a counterexample shrunk onto the threshold 1e-13
    expect(verdict.measuredError, verdict.details).toBeGreaterThan(1e-5);
    const p = verdict.counterexample as { omegaA: number; omegaB: number; betaA: number; betaB: number };
    // the violation needs β_A − β_B and β_Aω_A − β_Bω_B of opposite signs (Levy–Kosloff)
    expect(Math.sign(p.betaA - p.betaB), JSON.stringify(p)).not.toBe(Math.sign(p.betaA * p.omegaA - p.betaB * p.omegaB));
    expect(verdict.path).toMatch(/^\d+(:\d+)*$/);
    const replay = await runClaim(claim("coherent-second-law"), { numRuns: 40, seed: verdict.seed!, path: verdict.path });
    expect(replay.counterexample).toEqual(verdict.counterexample);
    expect(replay.status).toBe("fails");
  });

  it("the criterion the report prints is the one that decided", async () => {
    const verdict = await runClaim(claim("coherent-second-law"));
    expect(verdict.criterion).toEqual({ kind: "sign", sign: "non-negative", slack: 1e-13, reason: expect.stringContaining("Γ_Aω_A + Γ_Bω_B") });
    expect(verdict.details).toMatch(/≥ −1e-13·scale/);
  });
});
