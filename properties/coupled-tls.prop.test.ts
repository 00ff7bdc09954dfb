import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runClaim } from "../src/checks/runner.js";
import { parameterArbitrary } from "../src/evidence/arbitraries.js";
import { coupledTlsCurrents, coupledTlsGenerator, coupledTlsSteadyState } from "../src/models/coupled-tls/exact.js";
import { coupledTlsModel } from "../src/models/coupled-tls/index.js";
import { coupledTlsParameterSchema, resolveCoupledTlsParams, type CoupledTlsParams } from "../src/models/coupled-tls/params.js";
import { canonicalDecayRates } from "../src/physics/lindblad/canonical-decay-rates.js";
import { liouvillianSuperoperator } from "../src/physics/lindblad/liouvillian-superoperator.js";

/**
 * Invariants of the coupled-tls model over its whole sampled domain (params.ts), and the
 * property claims of claims.ts re-run under several seeds. Seeds are fixed; failures print
 * seed and path (fast-check) so that `qtherm verify --seed … --path …` replays them.
 *
 * Tolerances: currents are compared in units of Γ_Aω_A + Γ_Bω_B, where round-off of the
 * 16×16 bordered solve is ~1e-15 (measured ≤ 7e-16); 1e-13 leaves two decades.
 */

const RUNS = Number(process.env.QTHERM_PROPERTY_RUNS ?? 60);
const SEEDS = [42, 2014, 31337];

/** Both couplings; incoherent draws are made resonant (ω_B := ω_A), the relation of the schema. */
const anyCoupling: fc.Arbitrary<CoupledTlsParams> = fc
  .tuple(parameterArbitrary(coupledTlsParameterSchema, { fixed: { coupling: "coherent" } }), fc.constantFrom("coherent", "incoherent"))
  .map(([p, coupling]) => resolveCoupledTlsParams({ ...p, coupling, omegaB: coupling === "incoherent" ? p.omegaA : p.omegaB }));

const scaleOf = (p: CoupledTlsParams): number => p.gammaA * p.omegaA + p.gammaB * p.omegaB;

describe("coupled-tls invariants", () => {
  it("the Liouvillian preserves the trace: tr(𝓛X) = 0 for every matrix unit X", () => {
    fc.assert(
      fc.property(anyCoupling, (p) => {
        const s = liouvillianSuperoperator(coupledTlsGenerator(p));
        for (let col = 0; col < 16; col++) {
          let re = 0;
          let im = 0;
          for (let i = 0; i < 4; i++) {
            re += s.re[(i * 4 + i) * 16 + col];
            im += s.im[(i * 4 + i) * 16 + col];
          }
          // entries of 𝓛 are ≤ ~2(Γ_A + Γ_B) + ω: cancellation in 4 terms leaves ~1e-15·scale
          expect(Math.hypot(re, im), `column ${col}`).toBeLessThan(1e-13 * (1 + scaleOf(p)));
        }
      }),
      { seed: 42, numRuns: RUNS },
    );
  });

  it("the generator is of Lindblad form: every canonical decay rate ≥ 0", () => {
    fc.assert(
      fc.property(anyCoupling, (p) => {
        const { rates } = canonicalDecayRates(liouvillianSuperoperator(coupledTlsGenerator(p)));
        // zero rates come out as ±1e-16·‖c‖ with ‖c‖ ≲ 2(Γ_A + Γ_B) + 2ε ≤ 42
        expect(rates[0], `smallest canonical rate at ${JSON.stringify(p)}`).toBeGreaterThan(-1e-13);
      }),
      { seed: 43, numRuns: RUNS },
    );
  });

  it("the steady state is a density matrix: positive, Hermitian, trace 1", () => {
    fc.assert(
      fc.property(anyCoupling, (p) => {
        const state = coupledTlsSteadyState(p);
        let trace = 0;
        for (let i = 0; i < 4; i++) trace += state.rho.re[i * 5];
        expect(state.minEigenvalue).toBeGreaterThanOrEqual(-1e-14); // eigenvalues ≥ round-off of the 4×4 eigensolver
        expect(state.hermiticityError).toBeLessThan(1e-12);
        expect(Math.abs(trace - 1)).toBeLessThan(1e-14);
      }),
      { seed: 44, numRuns: RUNS },
    );
  });

  it("J_A = −J_B with the full Ĥ_S for both couplings", () => {
    fc.assert(
      fc.property(anyCoupling, (p) => {
        const c = coupledTlsCurrents(p);
        expect(Math.abs(c.heatA + c.heatB) / scaleOf(p), `J_A = ${c.heatA}, J_B = ${c.heatB}`).toBeLessThan(1e-13);
      }),
      { seed: 45, numRuns: RUNS },
    );
  });

  it("incoherent coupling: heat flows hot → cold, (β_B − β_A)J_A ≥ 0, and σ ≥ 0", () => {
    const incoherent = anyCoupling.filter((p) => p.coupling === "incoherent");
    fc.assert(
      fc.property(incoherent, (p) => {
        const c = coupledTlsCurrents(p);
        const scale = (p.betaA + p.betaB) * scaleOf(p);
        expect((p.betaB - p.betaA) * c.heatA / scale).toBeGreaterThan(-1e-13);
        expect(c.entropyProduction / scale).toBeGreaterThan(-1e-13);
      }),
      { seed: 46, numRuns: RUNS },
    );
  });

  it("coherent coupling off resonance: a second-law counterexample exists (and is shrunk)", () => {
    const coherent = anyCoupling.filter((p) => p.coupling === "coherent");
    const result = fc.check(
      fc.property(coherent, (p) => {
        const c = coupledTlsCurrents(p);
        return c.entropyProduction / ((p.betaA + p.betaB) * scaleOf(p)) > -1e-13;
      }),
      { seed: 47, numRuns: 200 },
    );
    expect(result.failed, "no counterexample found in 200 coherent draws").toBe(true);
    const p = result.counterexample![0];
    expect(p.omegaA).not.toBe(p.omegaB);
    expect(Math.sign(p.betaA - p.betaB)).not.toBe(Math.sign(p.betaA * p.omegaA - p.betaB * p.omegaB));
  });
});

describe("coupled-tls property claims under several seeds", () => {
  const propertyClaims = coupledTlsModel.claims.filter((c) => !c.id.endsWith("-derivation") && c.kind !== "limit");
  it.each(SEEDS.flatMap((seed) => propertyClaims.map((c) => [c.id, seed, c] as const)))("%s (seed %i)", async (_id, seed, claim) => {
    const verdict = await runClaim(claim, { seed, numRuns: RUNS });
    expect(verdict.status, `${claim.id} seed ${seed}: ${verdict.details}`).toBe(verdict.expectedStatus);
  });
});
