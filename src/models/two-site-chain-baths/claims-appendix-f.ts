import type { LegacyClaim as Claim } from "../../core/claim.js";
import { tolerance } from "../../core/tolerance.js";
import { parameterArbitrary } from "../../evidence/arbitraries.js";
import { checkProperty } from "../../evidence/property.js";
import { multiplyComplex, traceComplex } from "../../numerics/linalg/complex-matrix.js";
import { seededRandom } from "../../numerics/random.js";
import { coherenceFromRates, epaWidth, rateMatrixPlus } from "./analytic-rates.js";
import { DOC, MODEL_ID, claimId } from "./claim-support.js";
import type { Matrix2 } from "./complex2.js";
import { gaussianStateFock } from "./gaussian-state-fock.js";
import { applyInterference } from "./interference-dissipator.js";
import { twoSiteChainBathsParameterSchema } from "./params.js";

/** Appendix F: the entropy term of L_int, eq. (F7), and its sign at the NESS. */

const F7_TOL = tolerance(0, 1e-13, "4×4 Fock-space products; P of order ln(1/λ) ≲ 5");

const f7: Claim = {
  id: claimId("entropy-term-F7"),
  model: MODEL_ID,
  source: { doc: DOC, where: "eqs. (F6)–(F7)" },
  statement: "For a Gaussian state ρ = exp(−d†Pᵀd)/det[1 + e^{−P}], Tr[ln ρ·L_int ρ] = −2 Re[Λ⁺_12 P_21]",
  kind: "identity",
  tolerance: F7_TOL,
  domain: "random C with eigenvalues in [0.05, 0.95], random Λ⁺_12 (seeded)",
  verify: (context) => {
    const rng = seededRandom(context.seed);
    let worst = 0;
    for (let n = 0; n < 10; n++) {
      const l1 = rng.uniform(0.05, 0.95);
      const l2 = rng.uniform(0.05, 0.95);
      const th = rng.uniform(0, Math.PI);
      const ph = rng.uniform(0, 2 * Math.PI);
      const c = Math.cos(th);
      const s = Math.sin(th);
      const C: Matrix2 = {
        re: [[l1 * c * c + l2 * s * s, (l1 - l2) * c * s * Math.cos(ph)], [(l1 - l2) * c * s * Math.cos(ph), l1 * s * s + l2 * c * c]],
        im: [[0, (l1 - l2) * c * s * Math.sin(ph)], [-(l1 - l2) * c * s * Math.sin(ph), 0]],
      };
      const lam = { re: rng.uniform(-1, 1), im: rng.uniform(-1, 1) };
      const { rho, logRho, P } = gaussianStateFock(C);
      const lhs = traceComplex(multiplyComplex(logRho, applyInterference(lam, rho))).re;
      const rhs = -2 * (lam.re * P.re[1][0] - lam.im * P.im[1][0]);
      worst = Math.max(worst, Math.abs(lhs - rhs));
    }
    return { holds: worst <= F7_TOL.atol, measuredError: worst, details: `10 random (C, Λ⁺_12): max |Tr[ln ρ L_int ρ] + 2Re[Λ⁺_12P_21]| = ${worst.toExponential(3)}` };
  },
};

const f7Sign: Claim = {
  id: claimId("entropy-term-nonnegative-at-ness"),
  model: MODEL_ID,
  source: { doc: DOC, where: "App. F, text around Fig. 9 and eq. (F7)" },
  statement:
    "At the stationary state of the asymptotic generator (C_jj = Λ⁺_jj/Γ_j, C_12 = Λ⁺_12/(Tr[Γ]/2 − iΔ), Λ⁺ of (55)) the interference term does not increase the entropy: Tr[ln ρ∞ L_int ρ∞] = −2Re[Λ⁺_12P_21] ≥ 0",
  kind: "invariant",
  tolerance: tolerance(0, 1e-15, "quadrature error of Λ⁺ (relative 1e-10) times |P_21| ≲ 1, squared"),
  domain: "random parameters of the schema (non-equilibrium baths)",
  verify: (context) =>
    checkProperty(
      {
        arbitrary: parameterArbitrary(twoSiteChainBathsParameterSchema, { fixed: { M: 1, t: 0 } }),
        measure: (p) => {
          const L = rateMatrixPlus(p);
          const c12 = coherenceFromRates(p, L);
          const C: Matrix2 = {
            re: [[L.re[0][0] / epaWidth(1, p), c12.re], [c12.re, L.re[1][1] / epaWidth(2, p)]],
            im: [[0, c12.im], [-c12.im, 0]],
          };
          const { P } = gaussianStateFock(C);
          const value = -2 * (L.re[0][1] * P.re[1][0] - L.im[0][1] * P.im[1][0]);
          return { error: Math.max(0, -value), holds: value >= -1e-15, note: `−2Re[Λ⁺_12 P_21] = ${value}` };
        },
      },
      context,
    ),
};

/** Appendix F claims. */
export const appendixFClaims: readonly Claim[] = [f7, f7Sign];
