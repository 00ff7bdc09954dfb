import type fc from "fast-check";
import { closeness, tolerance, type Tolerance } from "../core/tolerance.js";
import { findModel } from "../catalog.js";
import { parameterArbitrary } from "../evidence/arbitraries.js";
import { outsideUnitInterval, readFiniteArray, readFiniteNumber, sum, worstDifference } from "./number-arrays.js";
import { referenceQuantity, type SolverCheck } from "./solver-check.js";
import type { SetEntropyObservables, SetEntropyProductionSolver, SetEntropyProductionSolverParams } from "./solver-interfaces.js";

/**
 * The checks of a set-entropy-production solver: agreement of the occupations
 * C_jj(t) and of E_ν, N_ν, n_d, ⟨V̂⟩, Σ with qtherm's exact star-propagator
 * dynamics, and invariants that need no reference: particle conservation
 * N_L + N_R + n_d = const, energy conservation E_L + E_R + ε_d n_d + ⟨V̂⟩ = const
 * (the total Hamiltonian is time independent), 0 ≤ n ≤ 1, and Σ(t) ≥ 0 for thermal initial
 * states (eq. (7), by (12) a sum of mutual informations and a relative entropy).
 * Source: 001_06d9cbfd9396c60e.txt, eqs. (1)–(7), (12), (15)–(20).
 */

/** The sampled parameters: the solver's fields plus the evaluation time t (separate argument of the solver). */
type P = SetEntropyProductionSolverParams & { readonly t: number };

/** Largest bath size sampled: K_L, K_R ∈ [8, 24] (the schema's sampling window; ≤ 40 keeps a dense user solver fast). */
const MAX_SAMPLED_K = 24;

/** Default agreement tolerance for set-entropy-production solvers. */
export const SET_ENTROPY_AGREEMENT: Tolerance = tolerance(
  1e-7,
  1e-8,
  "phases λt with t ≤ 1e4 and ‖𝓗‖ ≲ 30: a dense eigensolver's eigenvalue error n·ε·‖𝓗‖ ≈ 3e-13 becomes a phase error ≲ 3e-9 (qtherm's star vs dense paths differ by 6e-12 at Γt = 1e4); atol 1e-8 on O(1) occupations, rtol 1e-7 on energies and Σ (O(10) nats, root-found β*, μ*)",
);

/** Allowance of the conservation laws and bounds: round-off of sums of ≤ 49 O(1) occupations and O(W) energies over a dense evolution. */
const INVARIANT: Tolerance = tolerance(1e-9, 1e-9, "conservation and Σ ≥ 0 are exact in exact arithmetic; a unitary (eigen-decomposition) evolution keeps them to round-off of sums of ≤ 49 O(1) occupations and O(W) energies (measured ≲ 1e-13); 1e-9 absolute plus 1e-9 relative to the totals leaves room for an ODE-based user solver");

/**
 * The domain: the schema's sampling windows (K ≤ 24, W ∈ [2, 20], Γ ∈ [0.3, 30], t ∈ [0.01, 1e4]
 * log-uniform), thermal or pure initial states. The populations checks use it (restricted by
 * checkSolver's `initial` option); the observables checks always use thermal initial states.
 */
export function setEntropyDomain(initial?: "thermal" | "pure"): fc.Arbitrary<P> {
  const fixed = initial ? { initial } : {};
  return parameterArbitrary(findModel("set-entropy-production").parameters, {
    fixed,
    sampling: { KL: { min: 8, max: MAX_SAMPLED_K, scale: "linear" }, KR: { min: 8, max: MAX_SAMPLED_K, scale: "linear" } },
  }) as unknown as fc.Arbitrary<P>;
}

const describe = (p: P) =>
  `K_L=${p.KL}, K_R=${p.KR}, W=${p.W}, Γ_L=${p.gammaL}, Γ_R=${p.gammaR}, ε_d=${p.epsilonD}, n_D=${p.nD}, β_L=${p.betaL}, β_R=${p.betaR}, µ_L=${p.muL}, µ_R=${p.muR}, ${p.initial}${p.initial === "pure" ? ` (seed ${p.seed})` : ""}, t=${p.t}`;

/** The solver's parameters without the time (a user's solver receives t separately). */
function withoutTime(p: P): SetEntropyProductionSolverParams {
  const { t: _t, ...rest } = p;
  return rest;
}

const OBSERVABLE_KEYS = ["EL", "ER", "NL", "NR", "nD", "couplingEnergy", "Sigma"] as const;

/**
 * Reads a user's observables: an object with the finite numbers EL, ER, NL, NR, nD, couplingEnergy, Sigma.
 * @throws ParameterError naming `what` and the missing or non-finite entry.
 */
export function readObservables(value: unknown, what: string): SetEntropyObservables {
  const v = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
  return Object.fromEntries(OBSERVABLE_KEYS.map((k) => [k, readFiniteNumber(v[k], `${what}.${k}`)])) as unknown as SetEntropyObservables;
}

/** The checks that apply to what `solver` provides. */
export function setEntropyChecks(solver: SetEntropyProductionSolver, options: { tolerance?: Tolerance; initial?: "thermal" | "pure" }): SolverCheck<P>[] {
  const domain = setEntropyDomain(options.initial);
  const agreement = options.tolerance ?? SET_ENTROPY_AGREEMENT;
  const checks: SolverCheck<P>[] = [];
  if (solver.populations) {
    const populations = (p: P, t: number) => readFiniteArray(solver.populations!(withoutTime(p), t), 1 + p.KL + p.KR, `populations(params, ${t})`);
    const reference = referenceQuantity<P>("set-entropy-production", "populations");
    checks.push({
      id: "set-entropy-production/solver-populations",
      statement: "C_jj(t) equals qtherm's exact occupations (star propagator of eqs. (18)–(20)), index order dot, L (k = 1…K_L), R (k = 1…K_R): max_j |Δn_j| ≤ atol + rtol",
      kind: "agreement",
      tolerance: agreement,
      arbitrary: domain,
      describe,
      measure: (p) => {
        const mine = populations(p, p.t);
        const ref = reference(p) as number[];
        const w = worstDifference(mine, ref);
        const allowed = agreement.atol + agreement.rtol;
        return { error: w.error, holds: w.error <= allowed, note: `worst mode j = ${w.index}: yours ${w.mine} vs qtherm ${w.reference} (allowed ${allowed.toExponential(2)})` };
      },
    });
    checks.push({
      id: "set-entropy-production/solver-populations-conservation",
      statement: "particle conservation and Pauli bounds: Σ_j n_j(t) = Σ_j n_j(0) and 0 ≤ n_j(t) ≤ 1",
      kind: "invariant",
      tolerance: INVARIANT,
      arbitrary: domain,
      describe,
      measure: (p) => {
        const now = populations(p, p.t);
        const initial = populations(p, 0);
        const drift = Math.abs(sum(now) - sum(initial));
        const allowedDrift = INVARIANT.atol + INVARIANT.rtol * sum(initial);
        const out = outsideUnitInterval(now);
        return { error: Math.max(drift, out.excess), holds: drift <= allowedDrift && out.excess <= INVARIANT.atol, note: `Σn(t) − Σn(0) = ${sum(now) - sum(initial)}; n_${out.index} = ${out.value}` };
      },
    });
  }
  if (solver.observables) {
    const observables = (p: P, t: number) => readObservables(solver.observables!(withoutTime(p), t), `observables(params, ${t})`);
    const reference = referenceQuantity<P>("set-entropy-production", "observables");
    // Thermal initial states only: for a Fock state at the edge of its reachable energy interval
    // the effective β*, μ* of eqs. (5)–(6) do not exist (qtherm's reference throws DomainError), so Σ is undefined.
    const thermal = setEntropyDomain("thermal");
    checks.push({
      id: "set-entropy-production/solver-observables",
      statement: "E_L, E_R, N_L, N_R, n_d, ⟨V̂⟩ and Σ (eq. (7)) equal qtherm's exact values at time t, each within atol + rtol·max(|yours|, |qtherm|) (thermal initial states: for a Fock state β*, μ* of eqs. (5)–(6) may not exist)",
      kind: "agreement",
      tolerance: agreement,
      arbitrary: thermal,
      describe,
      measure: (p) => {
        const mine = observables(p, p.t);
        const ref = reference(p) as unknown as SetEntropyObservables;
        const results = OBSERVABLE_KEYS.map((k) => ({ k, c: closeness(mine[k], ref[k], agreement) }));
        const bad = results.filter((r) => !r.c.close);
        const worst = results.reduce((a, b) => (b.c.absoluteError > a.c.absoluteError ? b : a));
        const show = (bad.length > 0 ? bad : [worst]).map((r) => `${r.k}: yours ${mine[r.k]} vs qtherm ${ref[r.k]}`).join("; ");
        return { error: worst.c.absoluteError, holds: bad.length === 0, note: show };
      },
    });
    checks.push({
      id: "set-entropy-production/solver-observables-conservation",
      statement: "N_L + N_R + n_d and E_L + E_R + ε_d n_d + ⟨V̂⟩ are conserved (values at t against t = 0), 0 ≤ n_d ≤ 1 (thermal initial states)",
      kind: "invariant",
      tolerance: INVARIANT,
      arbitrary: thermal,
      describe,
      measure: (p) => {
        const a = observables(p, 0);
        const b = observables(p, p.t);
        const particles = (o: SetEntropyObservables) => o.NL + o.NR + o.nD;
        const energy = (o: SetEntropyObservables) => o.EL + o.ER + p.epsilonD * o.nD + o.couplingEnergy;
        const dN = closeness(particles(b), particles(a), INVARIANT);
        const scaleE = Math.abs(a.EL) + Math.abs(a.ER) + Math.abs(b.EL) + Math.abs(b.ER); // the total energy may cancel to ≈ 0: tolerance relative to its parts
        const dE = Math.abs(energy(b) - energy(a));
        const energyHolds = dE <= INVARIANT.atol + INVARIANT.rtol * scaleE;
        const out = Math.max(-b.nD, b.nD - 1, 0);
        return {
          error: Math.max(dN.absoluteError, dE, out),
          holds: dN.close && energyHolds && out <= INVARIANT.atol,
          note: `ΔN_total = ${particles(b) - particles(a)}, ΔE_total = ${energy(b) - energy(a)} (E_L + E_R = ${b.EL + b.ER}, ε_d n_d = ${p.epsilonD * b.nD}, ⟨V⟩ = ${b.couplingEnergy}), n_d = ${b.nD}`,
        };
      },
    });
    checks.push({
      id: "set-entropy-production/solver-observables-second-law",
      statement: "for thermal initial states Σ(t) ≥ 0 (eq. (7); by (12) Σ = I_{S−B} + I_{L−R} + Σ_ν I_oν + D*_env, a sum of non-negative terms) and Σ(0) = 0, as in qtherm's claim second-law-and-positivity",
      kind: "invariant",
      tolerance: INVARIANT,
      arbitrary: thermal,
      describe,
      measure: (p) => {
        const sigma = observables(p, p.t).Sigma;
        const sigma0 = observables(p, 0).Sigma;
        const error = Math.max(-sigma, Math.abs(sigma0), 0);
        return { error, holds: error <= INVARIANT.atol, note: `Σ(t) = ${sigma}, Σ(0) = ${sigma0}` };
      },
    });
  }
  return checks;
}
