import type fc from "fast-check";
import { closeness, tolerance, type Tolerance } from "../core/tolerance.js";
import { findModel } from "../catalog.js";
import { parameterArbitrary } from "../evidence/arbitraries.js";
import { hermiticityError, maxAbs, maxAbsDifference, readComplexMatrix } from "./complex-matrix-parts.js";
import { referenceQuantity, type SolverCheck } from "./solver-check.js";
import type { ComplexMatrixParts, TwoSiteChainBathsSolver, TwoSiteChainBathsSolverParams as P } from "./solver-interfaces.js";

/**
 * The checks of a two-site-chain-baths steady-state solver: agreement of the
 * site-basis NESS and of the Landauer particle current with qtherm's
 * quadratures of eqs. (32) and (43), and reference-free invariants: the NESS is
 * a fermionic correlation matrix (Hermitian, eigenvalues in [0, 1]); the current
 * changes sign when the leads are exchanged (µ_L↔µ_R, T_L↔T_R, δ → −δ) and
 * vanishes at equal temperatures and chemical potentials.
 * Source: 003_3bda4ae6cebee785.txt, eqs. (16), (32), (43).
 */

/** Default agreement tolerance for two-site-chain-baths solvers. */
export const TWO_SITE_AGREEMENT: Tolerance = tolerance(
  1e-7,
  1e-10,
  "qtherm's reference integrates eqs. (32)/(43) over the band with adaptive quadrature at rtol 1e-10, atol 1e-13; 1e-7 relative leaves three orders for the user's own quadrature",
);

/** Allowance of the invariants: quadrature error of a user's solver, relative to O(1) occupations and O(Γ) currents. */
const INVARIANT: Tolerance = tolerance(1e-7, 1e-10, "a user's quadrature error on O(1) occupations and O(Γ) currents; exact symmetries hold to that accuracy");

/** The domain: the schema's sampling windows (relations (34) and E_2 > 0 enforced), M, t, ω fixed (unused by a steady-state solver). */
export function twoSiteDomain(): fc.Arbitrary<P> {
  return parameterArbitrary(findModel("two-site-chain-baths").parameters, { fixed: { M: 100, t: 1, omega: 1 } }) as fc.Arbitrary<P>;
}

const describe = (p: P) => `h=${p.h}, δ=${p.delta}, g=${p.g}, Γ=${p.Gamma}, Ω=${p.Omega}, T_L=${p.TL}, T_R=${p.TR}, µ_L=${p.muL}, µ_R=${p.muR}`;

/** Eigenvalues of a 2×2 Hermitian matrix: (a+d)/2 ± √(((a−d)/2)² + |c|²). */
function eigenvalues2(m: ComplexMatrixParts): [number, number] {
  const a = m.re[0][0];
  const d = m.re[1][1];
  const r = Math.hypot((a - d) / 2, Math.hypot(m.re[0][1], m.im[0][1]));
  return [(a + d) / 2 - r, (a + d) / 2 + r];
}

/** The checks that apply to what `solver` provides. */
export function twoSiteChecks(solver: TwoSiteChainBathsSolver, options: { tolerance?: Tolerance }): SolverCheck<P>[] {
  const domain = twoSiteDomain();
  const agreement = options.tolerance ?? TWO_SITE_AGREEMENT;
  const checks: SolverCheck<P>[] = [];
  if (solver.ness) {
    const ness = (p: P) => readComplexMatrix(solver.ness!(p), 2, "ness(params)");
    const reference = referenceQuantity<P>("two-site-chain-baths", "ness-site-basis");
    checks.push({
      id: "two-site-chain-baths/solver-ness",
      statement: "⟨c_α†c_α′⟩ equals qtherm's eq. (32) rotated to the site basis: max |ΔC| ≤ atol + rtol·max |C|",
      kind: "agreement",
      tolerance: agreement,
      arbitrary: domain,
      describe,
      measure: (p) => {
        const mine = ness(p);
        const ref = reference(p) as unknown as ComplexMatrixParts;
        const error = maxAbsDifference(mine, ref);
        const allowed = agreement.atol + agreement.rtol * maxAbs(ref);
        return { error, holds: error <= allowed, note: `max |ΔC| = ${error.toExponential(3)} (allowed ${allowed.toExponential(2)}); C_LR yours ${mine.re[0][1]}${mine.im[0][1] >= 0 ? "+" : ""}${mine.im[0][1]}i vs qtherm ${ref.re[0][1]}${ref.im[0][1] >= 0 ? "+" : ""}${ref.im[0][1]}i` };
      },
    });
    checks.push({
      id: "two-site-chain-baths/solver-ness-physical",
      statement: "the NESS is a fermionic correlation matrix: C = C†, eigenvalues in [0, 1]",
      kind: "invariant",
      tolerance: INVARIANT,
      arbitrary: domain,
      describe,
      measure: (p) => {
        const c = ness(p);
        const [lo, hi] = eigenvalues2(c);
        const error = Math.max(hermiticityError(c), -lo, hi - 1, 0);
        return { error, holds: error <= INVARIANT.atol + INVARIANT.rtol, note: `eigenvalues ${lo}, ${hi}; Hermiticity error ${hermiticityError(c)}` };
      },
    });
  }
  if (solver.particleCurrent) {
    const current = (p: P) => {
      const j = solver.particleCurrent!(p);
      if (typeof j !== "number" || Number.isNaN(j)) throw new TypeError(`particleCurrent(params) returned ${String(j)}, not a number`);
      return j;
    };
    const reference = referenceQuantity<P>("two-site-chain-baths", "particle-current");
    checks.push({
      id: "two-site-chain-baths/solver-particle-current",
      statement: "J^P_L equals qtherm's Landauer integral of T(ω)(f_L − f_R) over the band, eq. (43)",
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
      id: "two-site-chain-baths/solver-particle-current-antisymmetry",
      statement: "exchanging the leads (µ_L↔µ_R, T_L↔T_R, δ → −δ) reverses the current: J(swapped) = −J, and J = 0 at T_L = T_R, µ_L = µ_R",
      kind: "invariant",
      tolerance: INVARIANT,
      arbitrary: domain,
      describe,
      measure: (p) => {
        const j = current(p);
        const swapped = current({ ...p, muL: p.muR, muR: p.muL, TL: p.TR, TR: p.TL, delta: -p.delta });
        const equilibrium = current({ ...p, TR: p.TL, muR: p.muL });
        const anti = closeness(swapped, -j, INVARIANT);
        const zero = closeness(equilibrium, 0, INVARIANT);
        return { error: Math.max(anti.absoluteError, zero.absoluteError), holds: anti.close && zero.close, note: `J = ${j}, J(swapped) = ${swapped}, J(equilibrium) = ${equilibrium}` };
      },
    });
  }
  return checks;
}
