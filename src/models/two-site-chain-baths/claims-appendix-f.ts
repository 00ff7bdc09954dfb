import type { JudgedClaim } from "../../core/claim.js";
import { close, sign } from "../../core/criterion.js";
import { measure } from "../../core/measurement.js";
import { multiplyComplex, traceComplex } from "../../numerics/linalg/complex-matrix.js";
import type { Complex2x2 } from "../../numerics/linalg/complex2x2.js";
import { seededRandom } from "../../numerics/random.js";
import { coherenceFromRates, epaWidth, rateMatrixPlus } from "./analytic-rates.js";
import { closedFormDraws, kit } from "./claims-support.js";
import { gaussianStateFock } from "./gaussian-state-fock.js";
import { applyInterference } from "./interference-dissipator.js";
import { randomCorrelation } from "./random-correlation.js";

/** Appendix F: the entropy term of L_int, eq. (F7), and its sign at the NESS. Source: 003_3bda4ae6cebee785.txt, App. F. */

export const appendixFClaims: readonly JudgedClaim[] = [
  kit.claim({
    name: "entropy-term-F7",
    where: "eqs. (F6)–(F7)",
    statement: "For a Gaussian state ρ = exp(−d†Pᵀd)/det[1 + e^{−P}], Tr[ln ρ·L_int ρ] = −2 Re[Λ⁺_12 P_21]",
    kind: "identity",
    domain: "random C with eigenvalues in [0.05, 0.95], random Λ⁺_12 (seeded)",
    criterion: close({ atol: 1e-13, reason: "4×4 Fock-space products; P of order ln(1/λ) ≲ 5" }),
    measure: (context) => {
      const rng = seededRandom(context.seed);
      const pairs = Array.from({ length: 10 }, (_, n) => {
        const C = randomCorrelation(rng);
        const lambda = { re: rng.uniform(-1, 1), im: rng.uniform(-1, 1) };
        const { rho, logRho, P } = gaussianStateFock(C);
        return { label: `draw ${n}: Tr[ln ρ L_int ρ] vs −2Re[Λ⁺_12P_21]`, actual: traceComplex(multiplyComplex(logRho, applyInterference(lambda, rho))).re, expected: -2 * (lambda.re * P.re[1][0] - lambda.im * P.im[1][0]) };
      });
      return { measurement: measure.pairs(pairs), note: "10 random (C, Λ⁺_12)" };
    },
  }),
  kit.property({
    name: "entropy-term-nonnegative-at-ness",
    where: "App. F, text around Fig. 9 and eq. (F7)",
    statement:
      "At the stationary state of the asymptotic generator (C_jj = Λ⁺_jj/Γ_j, C_12 = Λ⁺_12/(Tr[Γ]/2 − iΔ), Λ⁺ of (55)) the interference term does not increase the entropy: Tr[ln ρ∞ L_int ρ∞] = −2Re[Λ⁺_12P_21] ≥ 0",
    kind: "invariant",
    domain: "random parameters of the schema (non-equilibrium baths); −2Re[Λ⁺_12P_21] over its scale 2Γ(1 + |P_21|)",
    criterion: sign({
      sign: "non-negative",
      slack: 1e-13,
      reason: "C_12 is built from the same Λ⁺_12 (its quadrature error cancels in the sign), so only round-off of products of rates ≤ Γ with P_21 remains: ~1e-16 of 2Γ(1 + |P_21|)",
    }),
    arbitrary: closedFormDraws,
    measure: (p) => {
      const L = rateMatrixPlus(p);
      const c12 = coherenceFromRates(p, L);
      const C: Complex2x2 = {
        re: [[L.re[0][0] / epaWidth(1, p), c12.re], [c12.re, L.re[1][1] / epaWidth(2, p)]],
        im: [[0, c12.im], [-c12.im, 0]],
      };
      const { P } = gaussianStateFock(C);
      return measure.signed("−2Re[Λ⁺_12 P_21]", -2 * (L.re[0][1] * P.re[1][0] - L.im[0][1] * P.im[1][0]), 2 * p.Gamma * (1 + Math.hypot(P.re[1][0], P.im[1][0])));
    },
  }),
];
