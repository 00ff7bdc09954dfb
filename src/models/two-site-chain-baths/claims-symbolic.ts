import type { JudgedClaim } from "../../core/claim.js";
import { identity } from "../../core/criterion.js";
import type { IdentityMeasurement } from "../../core/measurement.js";
import { kit } from "./claims-support.js";
import { deriveDistributionDenominator, deriveRotationEigenvectors, deriveTransmissionFromD1 } from "./symbolic.js";

/**
 * Identities of Sec. III derived by the symbolic layer (symbolic.ts) and decided by exact
 * algebra, each with seeded numeric evaluation of both sides. Source: 003_3bda4ae6cebee785.txt.
 */

const SYMBOLIC = identity({
  rtol: 1e-12,
  reason: "exact algebra decides a − b; both sides are also evaluated at 20 seeded points in double precision (rational functions of low degree: relative round-off ≲ 1e-13)",
});

const DOMAIN = "symbolic in all parameters; numeric evaluation over positive energies, 0 < Γ < Ω";

/** The rows: name, place, statement, hand steps and the derivation. */
const DERIVATIONS: readonly { readonly name: string; readonly where: string; readonly statement: string; readonly handSteps: readonly string[]; readonly derive: (seed: number) => IdentityMeasurement }[] = [
  {
    name: "symbolic-rotation-16",
    where: "eqs. (10), (16)–(17)",
    statement:
      "The rows of R are eigenvectors of H_S with eigenvalues E_{1,2} = h ± Δ/2 (engine: with g = 2Δt/(1 + t²), δ = Δ(1 − t²)/(1 + t²) substituted, g² + δ² = Δ² and (H_S − E_j)v_j = 0 exactly)",
    handSteps: [
      "the eigenvector rows v_1 = (Δ + δ, −g), v_2 = (g, Δ + δ) are R's rows scaled by √(2Δ(Δ + δ)) by hand (√(Δ − δ)√(Δ + δ) = g); backed by rotation-16-diagonalises (R of eq. (16) itself: R H_S Rᵀ = diag(E_1, E_2) and R Rᵀ = 1 to 1e-13 at random parameters)",
    ],
    derive: deriveRotationEigenvectors,
  },
  {
    name: "symbolic-transmission-45-from-D1",
    where: "eqs. (D1), (37), (45)",
    statement: "Substituting (37) into (D1) gives J^P = ∫T(f_L − f_R) with T = (πg²/2)φ_1φ_2 (engine: substitute E_1 = E_2 + Δ; exact algebra of the integrands)",
    handSteps: [],
    derive: deriveTransmissionFromD1,
  },
  {
    name: "symbolic-distribution-35-36",
    where: "eqs. (35)–(36), (B5), (B9), (B12)",
    statement: "|i(E_j − (1 − Γ/2Ω)ω) + πJ_N(ω)|² = (1 − Γ/Ω)[(ω − E′_j)² + Γ_j²/4] with E′_j, Γ_j of (36), so Re G̃_j(0⁺ − iω) = πφ_j(ω) of (35) (engine: substitute, exact algebra)",
    handSteps: [
      "the modulus |i(E_j − cω) + πJ_N|² is written as (E_j − cω)² + (πJ_N)² with (πJ_N)² = (Γ²/4)(1 − ω²/Ω²) by hand (the square of the square root of J_N); backed by normalisation-26 (∫φ_j = 1 for φ_j of (35) to 1e-9) and propagator-24-finite-chain (G_j = ∫e^{−iωt}φ_j equals the exact chain's propagator to 2e-10)",
    ],
    derive: deriveDistributionDenominator,
  },
];

export const symbolicClaims: readonly JudgedClaim[] = DERIVATIONS.map((row) =>
  kit.claim({
    name: row.name,
    where: row.where,
    statement: row.statement,
    kind: "identity",
    domain: DOMAIN,
    criterion: SYMBOLIC,
    handSteps: row.handSteps,
    measure: (context) => ({ measurement: row.derive(context.seed) }),
  }),
);
