import fc from "fast-check";
import { unitUniform } from "../../evidence/arbitraries.js";
import type { LegacyClaim as Claim } from "../../core/claim.js";
import { tolerance } from "../../core/tolerance.js";
import { checkProperty } from "../../evidence/property.js";
import { integrate } from "../../numerics/quadrature/gauss-kronrod.js";
import { boseOccupation, conductance, frequencyBreakpoints, heatCurrent, propagatorRoots, QUADRATURE_RELATIVE_TOLERANCE, transmission } from "./analytic.js";
import { chainLinkCurrents, entropyProductionOfChain } from "./analytic-chain.js";
import { claim, describeParams, physicalArbitrary } from "./claim-support.js";
import type { OscillatorMediatorParams } from "./params.js";
import { resolveOscillatorMediatorParams } from "./params.js";

/**
 * Invariants over the whole physical domain (fast-check properties, seeded by the
 * verification context): antisymmetry of J across two independent code paths, the second
 * law, K > 0, stability of the propagator (Re μ_n > 0), and the chain's entropy production
 * (a corollary of the per-link second law, kept as a check of the chain bookkeeping).
 */

const DOMAIN = "ω0 ∈ [0.3, 3], γ1, γ2 ∈ [0.01, 10], D ∈ [0.1, 100], T1, T2, T ∈ [0.05, 20] (log-uniform)";

/**
 * J(T2, T1) by the Landauer–Caroli route with the occupations formed directly:
 * (1/2π)∫_0^∞ ω 𝒯(ω)[n(ω, T2) − n(ω, T1)] dω — shares neither the root–residue kernel of (42)
 * nor its cancellation-free n_1 − n_2 (boseDifference) with {@link heatCurrent}.
 * Dhar, Adv. Phys. 57, 457 (2008), Sec. 4. Energy².
 */
function swappedCurrentLandauer(p: OscillatorMediatorParams): number {
  const f = (w: number) => w * transmission(w, p) * (boseOccupation(w, p.T2) - boseOccupation(w, p.T1));
  return integrate(f, 0, Infinity, { breakpoints: frequencyBreakpoints(p, [p.T1, p.T2]), relTol: QUADRATURE_RELATIVE_TOLERANCE, absTol: 0 }).value / (2 * Math.PI);
}

const antisymmetryTol = tolerance(
  1e-9,
  0,
  "two adaptive quadratures of differently built integrands, each requested to relative 1e-10 (2e-10 together), plus the cancellation of the direct difference " +
    "n(T2) − n(T1), ≤ ε·T/|T1 − T2| ≤ 2e-10 under the filter |T1 − T2| > 1e-6·max(T1, T2): 4e-10, rounded up (the DQK error estimate is not a strict bound). " +
    "Measured worst 1.0e-13 over 1500 samples (seed 7)"
);
const antisymmetry = claim({
  name: "current-antisymmetry",
  where: "eqs. (27), (42)",
  statement:
    "J_th(T1, T2) = −J_th(T2, T1), with J_th(T1, T2) from (42) (root–residue kernel, boseDifference) and J_th(T2, T1) from the independent Landauer–Caroli form with n(ω, T2) − n(ω, T1) formed directly. " +
    "Both integrands are odd in n_1 − n_2 times a temperature-independent kernel, so the symmetry itself is manifest; what can fail is the code: the two kernels, the stable Bose difference under exchanged arguments, and the quadratures",
  kind: "invariant",
  tolerance: antisymmetryTol,
  domain: `${DOMAIN}; |T1 − T2| > 1e-6·max(T1, T2)`,
  verify: (context) =>
    checkProperty(
      {
        arbitrary: physicalArbitrary().filter((p) => Math.abs(p.T1 - p.T2) > 1e-6 * Math.max(p.T1, p.T2)),
        describe: describeParams,
        measure: (p) => {
          const a = heatCurrent(p);
          const b = swappedCurrentLandauer(p);
          const s = Math.max(Math.abs(a), Math.abs(b));
          const e = s === 0 ? 0 : Math.abs(a + b) / s;
          return { error: e, holds: e <= antisymmetryTol.rtol, note: `J(T1, T2) = ${a.toExponential(6)} (42), J(T2, T1) = ${b.toExponential(6)} (Landauer–Caroli)` };
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
  statement: "The thermal conductance (43) is positive: K(T) > 0",
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
const chainArbitrary = fc.tuple(physicalArbitrary(), fc.array(unitUniform().map((u) => Math.log(0.05) + u * (Math.log(20) - Math.log(0.05))), { minLength: 2, maxLength: 6 }));

const CHAIN_SECOND_LAW_TOL = tolerance(0, 1e-12, "each link term is J(T_n − T_{n+1})·(…) ≥ 0; allowed −1e-12 relative to Σ|terms| for rounding of nearly equal temperatures");
const chainEntropy = claim({
  name: "chain-entropy-production",
  where: "Sec. VI (text after (78))",
  statement:
    "For any temperature profile of the chain of Fig. 5 (not only the steady state), every link term J_{n,n+1}(1/T_{n+1} − 1/T_n) with link currents (42) is ≥ 0, hence so is the entropy production Σ_links. " +
    "This is implied term by term by second-law (each link is one mediator between two temperatures); it is kept as a check of the chain code (link currents as Φ(T_n) − Φ(T_{n+1}), link indexing, the assembly of Σ), not as an independent physical statement",
  kind: "invariant",
  tolerance: CHAIN_SECOND_LAW_TOL,
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
          const terms = J.map((j, i) => j * (1 / temps[i + 1] - 1 / temps[i]));
          const sigma = entropyProductionOfChain(temps, J);
          const scale = terms.reduce((s, t) => s + Math.abs(t), 0);
          const worstTerm = Math.min(0, ...terms);
          const e = Math.max(sigma >= 0 ? 0 : -sigma, -worstTerm) / Math.max(scale, 1e-300);
          return { error: e, holds: e <= CHAIN_SECOND_LAW_TOL.atol, note: `σ = ${sigma.toExponential(3)}, smallest link term ${Math.min(...terms).toExponential(3)}` };
        },
      },
      context,
    ),
});

export const invariantClaims: readonly Claim[] = [antisymmetry, secondLaw, positiveK, stability, chainEntropy];
