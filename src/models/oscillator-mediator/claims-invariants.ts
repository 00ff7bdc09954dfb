import fc from "fast-check";
import type { Claim } from "../../core/claim.js";
import { tolerance } from "../../core/tolerance.js";
import { checkProperty } from "../../evidence/property.js";
import { conductance, heatCurrent, propagatorRoots } from "./analytic.js";
import { chainLinkCurrents, entropyProductionOfChain } from "./analytic-chain.js";
import { claim, describeParams, physicalArbitrary } from "./claim-support.js";
import type { OscillatorMediatorParams } from "./params.js";
import { resolveOscillatorMediatorParams } from "./params.js";

/**
 * Invariants over the whole physical domain (fast-check properties, seeded by the
 * verification context): antisymmetry of J, the second law, K > 0, stability of the
 * propagator (Re μ_n > 0), and non-negative entropy production of the chain.
 */

const DOMAIN = "ω0 ∈ [0.3, 3], γ1, γ2 ∈ [0.01, 10], D ∈ [0.1, 100], T1, T2, T ∈ [0.05, 20] (log-uniform)";

const antisymmetryTol = tolerance(1e-8, 0, "the two currents come from independent adaptive quadratures (relative 1e-10 requested; the DQK21 error estimate is not a strict bound: differences up to 1e-9 are observed near T1 ≈ T2)");
const antisymmetry = claim({
  name: "current-antisymmetry",
  where: "eqs. (27), (42)",
  statement: "J_th(T1, T2) = −J_th(T2, T1)",
  kind: "invariant",
  tolerance: antisymmetryTol,
  domain: DOMAIN,
  verify: (context) =>
    checkProperty(
      {
        arbitrary: physicalArbitrary(),
        describe: describeParams,
        measure: (p) => {
          const a = heatCurrent(p);
          const b = heatCurrent({ ...p, T1: p.T2, T2: p.T1 });
          const s = Math.max(Math.abs(a), Math.abs(b));
          const e = s === 0 ? 0 : Math.abs(a + b) / s;
          return { error: e, holds: e <= antisymmetryTol.rtol };
        },
      },
      context,
    ),
});

const secondLaw = claim({
  name: "second-law",
  where: "Sec. VI (dS/dt = |J_th||1/T1 − 1/T2| > 0)",
  statement: "Heat flows from hot to cold: J_th·(T1 − T2) > 0 for T1 ≠ T2, so the entropy production J_th(1/T2 − 1/T1) is positive",
  kind: "invariant",
  tolerance: tolerance(0, 1e-300, "a sign test (strict positivity of J·(T1 − T2) whenever |T1 − T2| > 1e-6·T1)"),
  domain: DOMAIN,
  verify: (context) =>
    checkProperty(
      {
        arbitrary: physicalArbitrary().filter((p) => Math.abs(p.T1 - p.T2) > 1e-6 * p.T1),
        describe: describeParams,
        measure: (p) => {
          const sigma = heatCurrent(p) * (1 / p.T2 - 1 / p.T1);
          return { error: sigma > 0 ? 0 : 1, holds: sigma > 0, note: `entropy production ${sigma.toExponential(3)}` };
        },
      },
      context,
    ),
});

const positiveK = claim({
  name: "conductance-positive",
  where: "eq. (43)",
  statement: "K(T) > 0",
  kind: "invariant",
  tolerance: tolerance(0, 1e-300, "a sign test: the integrand of (43) is 𝒯(ω)·ω∂n/∂T ≥ 0, so any non-positive K is a failure, not round-off"),
  domain: DOMAIN,
  verify: (context) =>
    checkProperty(
      {
        arbitrary: physicalArbitrary(),
        describe: describeParams,
        measure: (p) => {
          const k = conductance(p);
          return { error: k > 0 ? 0 : 1, holds: k > 0, note: `K = ${k.toExponential(3)}` };
        },
      },
      context,
    ),
});

const stability = claim({
  name: "roots-stable",
  where: "eq. (21), Sec. III (no bound state)",
  statement: "Every root of (21) has Re μ_n > 0 (g(t) decays; no bound state, unique steady state) for every physical parameter set",
  kind: "invariant",
  tolerance: tolerance(0, 1e-300, "a sign test; Routh–Hurwitz on z³ + Dz² + (ω0² + γ̂D)z + Dω0² guarantees it for γ̂, D, ω0 > 0"),
  domain: DOMAIN,
  verify: (context) =>
    checkProperty(
      {
        arbitrary: physicalArbitrary(),
        describe: describeParams,
        measure: (p) => {
          const m = Math.min(...propagatorRoots(p).mu.map((u) => u.re));
          return { error: m > 0 ? 0 : 1, holds: m > 0, note: `min Re μ = ${m.toExponential(3)}` };
        },
      },
      context,
    ),
});

/** A chain profile: parameters plus 2–6 subsystem temperatures in [0.05, 20] (not a steady state). */
const chainArbitrary = fc.tuple(physicalArbitrary(), fc.array(fc.double({ min: Math.log(0.05), max: Math.log(20), noNaN: true }), { minLength: 2, maxLength: 6 }));

const chainEntropy = claim({
  name: "chain-entropy-production",
  where: "Sec. VI (text after (78))",
  statement: "For any temperature profile of the chain of Fig. 5 (not only the steady state), the entropy production Σ_links J_{n,n+1}(1/T_{n+1} − 1/T_n) with link currents (42) is ≥ 0",
  kind: "invariant",
  tolerance: tolerance(0, 1e-12, "each link term is J(T_n − T_{n+1}) ≥ 0; allowed −1e-12 relative to Σ|terms| for rounding of nearly equal temperatures"),
  domain: `${DOMAIN}; profiles of 2–6 subsystem temperatures drawn log-uniformly in [0.05, 20]`,
  verify: (context) =>
    checkProperty(
      {
        arbitrary: chainArbitrary,
        describe: ([p, logs]) => `${describeParams(p)}; profile ${logs.map((l) => Math.exp(l).toPrecision(4)).join(", ")}`,
        measure: ([p, logs]: [OscillatorMediatorParams, number[]]) => {
          const q = resolveOscillatorMediatorParams({ ...p });
          const temps = logs.map(Math.exp);
          const J = chainLinkCurrents(q, temps);
          const sigma = entropyProductionOfChain(temps, J);
          const scale = J.reduce((s, j, i) => s + Math.abs(j * (1 / temps[i + 1] - 1 / temps[i])), 0);
          const e = sigma >= 0 ? 0 : -sigma / Math.max(scale, 1e-300);
          return { error: e, holds: e <= 1e-12, note: `σ = ${sigma.toExponential(3)}` };
        },
      },
      context,
    ),
});

export const invariantClaims: readonly Claim[] = [antisymmetry, secondLaw, positiveK, stability, chainEntropy];
