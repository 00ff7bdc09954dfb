import fc from "fast-check";
import { resolveParameters } from "../core/parameters.js";
import { closeness, tolerance, type Tolerance } from "../core/tolerance.js";
import { findModel } from "../catalog.js";
import { parameterArbitrary } from "../evidence/arbitraries.js";
import { hermiticityError, maxAbs, maxAbsDifference, readComplexMatrix } from "./complex-matrix-parts.js";
import { referenceQuantity, type SolverCheck } from "./solver-check.js";
import type { ComplexMatrixParts, CoupledTlsSolver, CoupledTlsSolverParams as P } from "./solver-interfaces.js";

/**
 * The checks of a coupled-tls solver: agreement of ρ_s and J_A with qtherm's
 * exact 16×16 Liouvillian steady state, and invariants that need no reference
 * (unit trace, Hermiticity, populations in [0, 1]; second law of the steady
 * state σ = (β_B − β_A)J_A ≥ 0, using J_B = −J_A).
 * Source: 004_a34d5d2333a6057f.txt, slides 2–5.
 */

/** Default agreement tolerance for coupled-tls solvers. */
export const COUPLED_TLS_AGREEMENT: Tolerance = tolerance(
  1e-8,
  1e-11,
  "two double-precision solutions of a 4×4 (rate equations) or 16×16 (Liouvillian) linear system differ by round-off times the condition number, ≲ 1e-12 on this domain; 1e-8 relative leaves room for a user's different elimination order",
);

/** Round-off allowance of the invariants: sums of O(1) probabilities in double precision. */
const INVARIANT: Tolerance = tolerance(0, 1e-10, "sums and differences of O(1) probabilities computed in double precision: round-off ≲ 1e-14, allowance 1e-10 for iterative solvers");

/**
 * The parameter domain: the schema's sampling windows, coherent or incoherent
 * (resonant) coupling. `resonantOnly` restricts coherent coupling to ω_A = ω_B.
 */
export function coupledTlsDomain(coupling?: "coherent" | "incoherent", resonantOnly = false): fc.Arbitrary<P> {
  const schema = findModel("coupled-tls").parameters;
  const draws = parameterArbitrary(schema, { fixed: { coupling: "coherent" } }) as fc.Arbitrary<P>;
  const coherent = resonantOnly ? draws.map((p) => resolveParameters(schema, { ...p, omegaB: p.omegaA }) as P) : draws;
  const incoherent = draws.map((p) => resolveParameters(schema, { ...p, coupling: "incoherent", omegaB: p.omegaA }) as P);
  return coupling === "coherent" ? coherent : coupling === "incoherent" ? incoherent : fc.oneof(coherent, incoherent);
}

const describe = (p: P) => `${p.coupling}, ω_A=${p.omegaA}, ω_B=${p.omegaB}, Γ_A=${p.gammaA}, Γ_B=${p.gammaB}, β_A=${p.betaA}, β_B=${p.betaB}, ε=${p.epsilon}`;

/** The checks that apply to what `solver` provides. */
export function coupledTlsChecks(solver: CoupledTlsSolver, options: { tolerance?: Tolerance; coupling?: "coherent" | "incoherent" }): SolverCheck<P>[] {
  const domain = coupledTlsDomain(options.coupling);
  const agreement = options.tolerance ?? COUPLED_TLS_AGREEMENT;
  const checks: SolverCheck<P>[] = [];
  if (solver.steadyState) {
    const steadyState = (p: P) => readComplexMatrix(solver.steadyState!(p), 4, "steadyState(params)");
    const reference = referenceQuantity<P>("coupled-tls", "steady-state");
    checks.push({
      id: "coupled-tls/solver-steady-state",
      statement: "ρ_s equals qtherm's exact steady state (null vector of the 16×16 Liouvillian of slides 2–4): max_ij |Δρ_ij| ≤ atol + rtol·max_ij |ρ_ij|",
      kind: "agreement",
      tolerance: agreement,
      arbitrary: domain,
      describe,
      measure: (p) => {
        const mine = steadyState(p);
        const ref = reference(p) as unknown as ComplexMatrixParts;
        const error = maxAbsDifference(mine, ref);
        const allowed = agreement.atol + agreement.rtol * maxAbs(ref);
        return { error, holds: error <= allowed, note: `max |Δρ_ij| = ${error.toExponential(3)} (allowed ${allowed.toExponential(2)}); populations yours ${JSON.stringify(mine.re.map((r, i) => r[i]))} vs qtherm ${JSON.stringify(ref.re.map((r, i) => r[i]))}` };
      },
    });
    checks.push({
      id: "coupled-tls/solver-steady-state-physical",
      statement: "ρ_s is a density matrix: Tr ρ = 1, ρ = ρ†, populations in [0, 1]",
      kind: "invariant",
      tolerance: INVARIANT,
      arbitrary: domain,
      describe,
      measure: (p) => {
        const rho = steadyState(p);
        const trace = rho.re.reduce((s, row, i) => s + row[i], 0);
        const traceImag = rho.im.reduce((s, row, i) => s + row[i], 0);
        const outside = Math.max(0, ...rho.re.map((row, i) => Math.max(-row[i], row[i] - 1)));
        const error = Math.max(Math.hypot(trace - 1, traceImag), hermiticityError(rho), outside);
        return { error, holds: error <= INVARIANT.atol, note: `Tr ρ = ${trace}, Hermiticity error ${hermiticityError(rho)}, population outside [0, 1] by ${outside}` };
      },
    });
  }
  if (solver.heatCurrentA) {
    const heat = (p: P) => {
      const j = solver.heatCurrentA!(p);
      if (typeof j !== "number" || Number.isNaN(j)) throw new TypeError(`heatCurrentA(params) returned ${String(j)}, not a number`);
      return j;
    };
    const reference = referenceQuantity<P>("coupled-tls", "heat-current-A");
    checks.push({
      id: "coupled-tls/solver-heat-current",
      statement: "J_A equals qtherm's exact Tr(ρ_s 𝓛_A†Ĥ_S) (slide 5)",
      kind: "agreement",
      tolerance: agreement,
      arbitrary: domain,
      describe,
      measure: (p) => {
        const mine = heat(p);
        const ref = reference(p) as number;
        const c = closeness(mine, ref, agreement);
        return { error: c.absoluteError, holds: c.close, note: `yours ${mine} vs qtherm ${ref}, rel. error ${c.relativeError.toExponential(2)}` };
      },
    });
    checks.push({
      id: "coupled-tls/solver-heat-current-second-law",
      statement:
        "second law in the steady state: σ = −β_A J_A − β_B J_B = (β_B − β_A) J_A ≥ 0 (J_B = −J_A), i.e. heat flows from hot to cold; asserted for incoherent and resonant coherent coupling only (off resonance the local master equation of slide 2 may violate it: qtherm's claim coupled-tls/coherent-second-law shows a counterexample)",
      kind: "invariant",
      tolerance: INVARIANT,
      arbitrary: coupledTlsDomain(options.coupling, true),
      describe,
      measure: (p) => {
        const sigma = (p.betaB - p.betaA) * heat(p);
        return { error: Math.max(0, -sigma), holds: sigma >= -INVARIANT.atol, note: `σ = ${sigma}` };
      },
    });
  }
  return checks;
}
