import type fc from "fast-check";
import { closeness, tolerance, type Tolerance } from "../core/tolerance.js";
import { findModel } from "../catalog.js";
import { parameterArbitrary } from "../evidence/arbitraries.js";
import { readFiniteNumber } from "./number-arrays.js";
import { referenceQuantity, type SolverCheck } from "./solver-check.js";
import type { OscillatorMediatorSolver, OscillatorMediatorSolverParams } from "./solver-interfaces.js";

/**
 * The checks of an oscillator-mediator solver: agreement of J_th and K with
 * qtherm's adaptive quadratures of eqs. (42) and (43), and invariants over the
 * physical domain: antisymmetry J(T1, T2) = −J(T2, T1) with J = 0 at T1 = T2;
 * heat flows from hot to cold, J·(T1 − T2) > 0; K > 0; and the classical plateau
 * (47), K(T) → K_∞ with relative error O((|μ|/T)²) as T grows.
 * Source: 002_1f8d4f9374398bb6.txt, eqs. (25)–(27), (42), (43), (45), (47).
 */

/** The parameters qtherm samples: the solver's fields plus the (irrelevant) discretisation fields of qtherm's schema. */
type P = OscillatorMediatorSolverParams & { readonly bathModes: number; readonly modeSpacing: number };

/** Default agreement tolerance for oscillator-mediator solvers. */
export const OSCILLATOR_MEDIATOR_AGREEMENT: Tolerance = tolerance(
  1e-7,
  1e-14,
  "qtherm's reference integrates (42)/(43) with adaptive Gauss–Kronrod at relative 1e-10 (differences up to 1e-9 observed between its independent quadratures); 1e-7 relative leaves room for the user's own quadrature; atol 1e-14 (energy², energy) lies far below the smallest |J| ≈ 4e-5 and K met on the domain, so it only matters at T1 = T2",
);

/** Allowance of the invariants: the user's quadrature error, relative to the current or conductance. */
const INVARIANT: Tolerance = tolerance(1e-7, 1e-14, "the user's quadrature error on J and K (relative); exact symmetries of (42) hold to that accuracy");

/**
 * High-temperature check: K is evaluated at T = 10, 20, 40 × max_n |μ_n| (the roots of
 * (21)); the relative distance to (47) must shrink by ≥ 3 per doubling of T (order ≥ 1.58;
 * qtherm measures exactly 4.00, order 2, on the whole domain, with distances ≤ 1e-3 at the
 * first point) unless it is already below LIMIT_FLOOR, and the first distance must be ≤ 1e-2.
 */
const LIMIT_FACTORS = [10, 20, 40] as const;
const LIMIT_MIN_RATIO = 3;
const LIMIT_FLOOR = 1e-6; // 10× the agreement rtol: below it a user's quadrature noise may dominate the O(T⁻²) distance
const LIMIT_FIRST_MAX = 1e-2; // the measured first distance is ≤ 9.1e-4 (x²cosech²x = 1 − x²/3 + …, x = ω/2T ≤ 1/20); 10× margin
const LIMIT: Tolerance = tolerance(0, LIMIT_FIRST_MAX, "K(T)/K_(47) − 1 = O((|μ|/T)²): at T = 10 max|μ_n| it is ≤ 9.1e-4 on the domain; each doubling of T must divide it by ≥ 3 (order 2 gives 4) until it falls below 1e-6, a user's quadrature noise");

/** The domain: the schema's sampling windows for ω0, γ1, γ2, D, T1, T2, T (log-uniform); discretisation fields fixed (unused). */
export function oscillatorMediatorDomain(): fc.Arbitrary<P> {
  return parameterArbitrary(findModel("oscillator-mediator").parameters, {
    fixed: { bathModes: 100, modeSpacing: 0.1, tStart: 10, tEnd: 20, timeSamples: 5, chainSubsystems: 10, scenario: "simultaneous" },
  }) as unknown as fc.Arbitrary<P>;
}

const describe = (p: P) => `ω0=${p.omega0}, γ1=${p.gamma1}, γ2=${p.gamma2}, D=${p.D}, T1=${p.T1}, T2=${p.T2}, T=${p.T}`;

/** max_n |μ_n| of the cubic (21), from qtherm's registered `roots` quantity. */
function largestRootModulus(roots: (p: P) => unknown, p: P): number {
  const r = roots(p) as { mu: { re: number[]; im: number[] } };
  return Math.max(...r.mu.re.map((x, i) => Math.hypot(x, r.mu.im[i])));
}

/** The checks that apply to what `solver` provides. */
export function oscillatorMediatorChecks(solver: OscillatorMediatorSolver, options: { tolerance?: Tolerance }): SolverCheck<P>[] {
  const domain = oscillatorMediatorDomain();
  const agreement = options.tolerance ?? OSCILLATOR_MEDIATOR_AGREEMENT;
  const checks: SolverCheck<P>[] = [];
  if (solver.heatCurrent) {
    const current = (p: P) => readFiniteNumber(solver.heatCurrent!(p), "heatCurrent(params)");
    const reference = referenceQuantity<P>("oscillator-mediator", "heat-current");
    checks.push({
      id: "oscillator-mediator/solver-heat-current",
      statement: "J_th equals qtherm's eq. (42) (root-sum form, adaptive quadrature, unequal-coupling prefactor 2γ̂1γ̂2/γ̂)",
      kind: "agreement",
      tolerance: agreement,
      arbitrary: domain,
      describe,
      measure: (p) => {
        const mine = current(p);
        const ref = reference(p) as number;
        const c = closeness(mine, ref, agreement);
        return { error: c.absoluteError, holds: c.close, note: `yours ${mine} vs qtherm ${ref}, rel. error ${c.relativeError.toExponential(2)}` };
      },
    });
    checks.push({
      id: "oscillator-mediator/solver-heat-current-antisymmetry",
      statement: "exchanging the bath temperatures reverses the current: J(T2, T1) = −J(T1, T2), and J = 0 at T1 = T2",
      kind: "invariant",
      tolerance: INVARIANT,
      arbitrary: domain,
      describe,
      measure: (p) => {
        const j = current(p);
        const swapped = current({ ...p, T1: p.T2, T2: p.T1 });
        const equilibrium = current({ ...p, T2: p.T1 });
        const anti = closeness(swapped, -j, INVARIANT);
        const zero = closeness(equilibrium, 0, INVARIANT);
        return { error: Math.max(anti.absoluteError, zero.absoluteError), holds: anti.close && zero.close, note: `J = ${j}, J(swapped) = ${swapped}, J(T1 = T2) = ${equilibrium}` };
      },
    });
    checks.push({
      id: "oscillator-mediator/solver-heat-current-hot-to-cold",
      statement: "second law: heat flows from the hotter bath, J·(T1 − T2) > 0 for |T1 − T2| > 1e-6·T1, so the entropy production J(1/T2 − 1/T1) is positive (J_th counts heat from bath 1 to bath 2)",
      kind: "invariant",
      tolerance: tolerance(0, 1e-300, "a sign test (atol 1e-300 = none): the integrand ω𝒯(ω)[n(ω,T1) − n(ω,T2)] has the sign of T1 − T2 at every ω"),
      arbitrary: domain.filter((p) => Math.abs(p.T1 - p.T2) > 1e-6 * p.T1),
      describe,
      measure: (p) => {
        const sigma = current(p) * (1 / p.T2 - 1 / p.T1);
        return { error: sigma > 0 ? 0 : 1, holds: sigma > 0, note: `entropy production J(1/T2 − 1/T1) = ${sigma.toExponential(3)}` };
      },
    });
  }
  if (solver.conductance) {
    const conductance = (p: P) => readFiniteNumber(solver.conductance!(p), "conductance(params)");
    const reference = referenceQuantity<P>("oscillator-mediator", "conductance");
    const plateau = referenceQuantity<P>("oscillator-mediator", "conductance-high-T");
    const roots = referenceQuantity<P>("oscillator-mediator", "roots");
    checks.push({
      id: "oscillator-mediator/solver-conductance",
      statement: "K(T) equals qtherm's eq. (43) (adaptive quadrature)",
      kind: "agreement",
      tolerance: agreement,
      arbitrary: domain,
      describe,
      measure: (p) => {
        const mine = conductance(p);
        const ref = reference(p) as number;
        const c = closeness(mine, ref, agreement);
        return { error: c.absoluteError, holds: c.close, note: `yours ${mine} vs qtherm ${ref}, rel. error ${c.relativeError.toExponential(2)}` };
      },
    });
    checks.push({
      id: "oscillator-mediator/solver-conductance-positive",
      statement: "K(T) > 0 (the integrand of (43), 𝒯(ω)·ω∂n/∂T, is non-negative)",
      kind: "invariant",
      tolerance: tolerance(0, 1e-300, "a sign test (atol 1e-300 = none): any non-positive K is a failure, not round-off"),
      arbitrary: domain,
      describe,
      measure: (p) => {
        const k = conductance(p);
        return { error: k > 0 ? 0 : 1, holds: k > 0, note: `K = ${k}` };
      },
    });
    checks.push({
      id: "oscillator-mediator/solver-conductance-high-T",
      statement: `as T grows K(T) tends to the classical plateau (47), (1/4τ_p)·2D²/[2(D² + ω0²) + γ̂D] (qtherm's 'conductance-high-T', 1/τ_p → 4γ̂1γ̂2/γ̂ for unequal couplings): at T = ${LIMIT_FACTORS.join(", ")} × max_n |μ_n| the distance |K/K_(47) − 1| is ≤ ${LIMIT_FIRST_MAX} and shrinks by ≥ ${LIMIT_MIN_RATIO} per doubling (O(T⁻²)) until below ${LIMIT_FLOOR}`,
      kind: "limit",
      tolerance: LIMIT,
      arbitrary: domain,
      describe,
      measure: (p) => {
        const scale = largestRootModulus(roots, p);
        const limit = plateau(p) as number;
        const distances = LIMIT_FACTORS.map((f) => Math.abs(conductance({ ...p, T: f * scale }) / limit - 1));
        const shrinks = distances.slice(1).every((d, i) => d <= LIMIT_FLOOR || distances[i] / d >= LIMIT_MIN_RATIO);
        const holds = distances[0] <= LIMIT_FIRST_MAX && shrinks;
        const ratios = distances.slice(1).map((d, i) => (distances[i] / d).toFixed(2));
        return { error: distances[0], holds, note: `|K/K_(47) − 1| = ${distances.map((d) => d.toExponential(2)).join(", ")} at T = ${LIMIT_FACTORS.map((f) => (f * scale).toPrecision(4)).join(", ")} (ratios ${ratios.join(", ")}); K_(47) = ${limit}` };
      },
    });
  }
  return checks;
}
