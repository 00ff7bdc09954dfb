import type fc from "fast-check";
import { tolerance, type Tolerance } from "../core/tolerance.js";
import { findModel } from "../catalog.js";
import { parameterArbitrary } from "../evidence/arbitraries.js";
import { outsideUnitInterval, readFiniteArray, readFiniteNumber, sum, worstDifference } from "./number-arrays.js";
import { referenceQuantity, type SolverCheck } from "./solver-check.js";
import type { ResonantLevelPopulations, ResonantLevelProbesSolver, ResonantLevelProbesSolverParams } from "./solver-interfaces.js";

/**
 * The checks of a resonant-level-probes solver (no probe): agreement of the exact
 * occupations of the level and of both grains with qtherm's star-propagator
 * evolution (eq. (10)), and invariants that need no reference: 0 ≤ n ≤ 1, particle
 * conservation n_d + N_L + N_R = const, and no transport at zero bias: for μ_L = μ_R
 * on the midpoint grid (L and R levels coincide) Γ_R ΔN_L(t) = Γ_L ΔN_R(t) — only the
 * combination v_L c_Lk + v_R c_Rk couples to the level and the orthogonal one keeps
 * its occupation f(ε_k), so each grain gives the level a share ∝ Γ_ν and no charge
 * passes from one grain to the other.
 * Source: 000_801d121c3abe0574.txt, eqs. (1)–(3), (7), (8), (10).
 */

/** The sampled parameters: the solver's fields, the unused probe fields of qtherm's schema, and the time t. */
type P = ResonantLevelProbesSolverParams & { readonly t: number; readonly reservoir: "L" | "R" };

/** Default agreement tolerance for resonant-level-probes solvers. */
export const RESONANT_LEVEL_AGREEMENT: Tolerance = tolerance(
  0,
  1e-9,
  "occupations are O(1); with n ≤ 161 modes, ‖h‖ ≤ 2.3 and t ≤ 300 a dense eigensolver's phase error n·ε·‖h‖·t ≈ 2e-11 and the star propagator's are far below 1e-9",
);

/** Allowance of the conservation law and bounds: round-off of a dense evolution summed over ≤ 161 modes. */
const INVARIANT: Tolerance = tolerance(0, 1e-9, "conservation and the zero-bias symmetry are exact in exact arithmetic; a unitary evolution keeps them to round-off of sums of ≤ 161 O(1) occupations (measured ≲ 1e-13); 1e-9 leaves room for an ODE-based user solver");

/** The domain: the schema's sampling windows (N ∈ [20, 80], D ∈ [0.5, 2], Γ_ν ∈ [0.01, 0.1], β ∈ [5, 200], t ∈ [0, 300]), both grids, no probe. */
export function resonantLevelDomain(): fc.Arbitrary<P> {
  return parameterArbitrary(findModel("resonant-level-probes").parameters, { fixed: { probe: "none", reservoir: "L", NG: 20, GammaG: 0.4 } }) as unknown as fc.Arbitrary<P>;
}

/** The zero-bias domain: μ_R = μ_L, midpoint grid. */
function zeroBiasDomain(): fc.Arbitrary<P> {
  return parameterArbitrary(findModel("resonant-level-probes").parameters, { fixed: { probe: "none", reservoir: "L", NG: 20, GammaG: 0.4, grid: "midpoint" } }).map(
    (p) => ({ ...(p as unknown as P), muR: (p as unknown as P).muL }),
  );
}

const describe = (p: P) => `N=${p.N}, D=${p.D}, ε_d=${p.epsilonD}, Γ_L=${p.GammaL}, Γ_R=${p.GammaR}, β=${p.beta}, µ_L=${p.muL}, µ_R=${p.muR}, ${p.grid}, t=${p.t}`;

/** The solver's parameters without the time and qtherm's probe fields. */
function solverParams(p: P): ResonantLevelProbesSolverParams {
  return { N: p.N, D: p.D, epsilonD: p.epsilonD, GammaL: p.GammaL, GammaR: p.GammaR, beta: p.beta, muL: p.muL, muR: p.muR, grid: p.grid };
}

/**
 * Reads a user's level and grain occupations: `dot` a finite number, `L` and `R` arrays of n finite numbers.
 * @throws ParameterError naming `what` and the offending entry.
 */
export function readPopulations(value: unknown, n: number, what: string): ResonantLevelPopulations {
  const v = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
  return { dot: readFiniteNumber(v.dot, `${what}.dot`), L: readFiniteArray(v.L, n, `${what}.L`), R: readFiniteArray(v.R, n, `${what}.R`) };
}

/** The checks that apply to what `solver` provides. */
export function resonantLevelChecks(solver: ResonantLevelProbesSolver, options: { tolerance?: Tolerance }): SolverCheck<P>[] {
  const agreement = options.tolerance ?? RESONANT_LEVEL_AGREEMENT;
  const checks: SolverCheck<P>[] = [];
  if (solver.populationsExact) {
    const populations = (p: P, t: number) => readPopulations(solver.populationsExact!(solverParams(p), t), p.N, `populationsExact(params, ${t})`);
    const grain = referenceQuantity<P>("resonant-level-probes", "populations-exact");
    const dot = referenceQuantity<P>("resonant-level-probes", "dot-occupation");
    checks.push({
      id: "resonant-level-probes/solver-populations-exact",
      statement: "the level and grain occupations equal qtherm's exact evolution of eq. (10) (star propagator), grain levels ascending in energy: max |Δn| ≤ atol + rtol",
      kind: "agreement",
      tolerance: agreement,
      arbitrary: resonantLevelDomain(),
      describe,
      measure: (p) => {
        const mine = populations(p, p.t);
        const refL = (grain({ ...p, reservoir: "L" }) as { occupations: number[] }).occupations;
        const refR = (grain({ ...p, reservoir: "R" }) as { occupations: number[] }).occupations;
        const refDot = (dot(p) as { exact: number }).exact;
        const wL = worstDifference(mine.L, refL);
        const wR = worstDifference(mine.R, refR);
        const dDot = Math.abs(mine.dot - refDot);
        const error = Math.max(wL.error, wR.error, dDot);
        const allowed = agreement.atol + agreement.rtol;
        const w = wL.error >= wR.error ? { g: "L", ...wL } : { g: "R", ...wR };
        return { error, holds: error <= allowed, note: `worst grain level ${w.g}[${w.index}]: yours ${w.mine} vs qtherm ${w.reference}; level yours ${mine.dot} vs qtherm ${refDot} (allowed ${allowed.toExponential(2)})` };
      },
    });
    checks.push({
      id: "resonant-level-probes/solver-populations-conservation",
      statement: "particle conservation and Pauli bounds: n_d(t) + N_L(t) + N_R(t) = N_L(0) + N_R(0) (empty level at t = 0) and every occupation in [0, 1]",
      kind: "invariant",
      tolerance: INVARIANT,
      arbitrary: resonantLevelDomain(),
      describe,
      measure: (p) => {
        const a = populations(p, 0);
        const b = populations(p, p.t);
        const total = (x: ResonantLevelPopulations) => x.dot + sum(x.L) + sum(x.R);
        const drift = total(b) - total(a);
        const out = outsideUnitInterval([b.dot, ...b.L, ...b.R]);
        const error = Math.max(Math.abs(drift), out.excess, Math.abs(a.dot));
        return { error, holds: error <= INVARIANT.atol, note: `n_total(t) − n_total(0) = ${drift}; n_d(0) = ${a.dot}; worst occupation ${out.value}` };
      },
    });
    checks.push({
      id: "resonant-level-probes/solver-zero-bias",
      statement: "no transport at zero bias: for μ_L = μ_R on the midpoint grid, Γ_R ΔN_L(t) = Γ_L ΔN_R(t) (ΔN_ν = N_ν(t) − N_ν(0); N_L = N_R for Γ_L = Γ_R)",
      kind: "invariant",
      tolerance: INVARIANT,
      arbitrary: zeroBiasDomain(),
      describe,
      measure: (p) => {
        const a = populations(p, 0);
        const b = populations(p, p.t);
        const dL = sum(b.L) - sum(a.L);
        const dR = sum(b.R) - sum(a.R);
        const transferred = (p.GammaL * dR - p.GammaR * dL) / (p.GammaL + p.GammaR);
        return { error: Math.abs(transferred), holds: Math.abs(transferred) <= INVARIANT.atol, note: `ΔN_L = ${dL}, ΔN_R = ${dR}, charge moved L→R (Γ_L ΔN_R − Γ_R ΔN_L)/(Γ_L + Γ_R) = ${transferred}` };
      },
    });
  }
  return checks;
}
