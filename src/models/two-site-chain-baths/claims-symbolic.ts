import type { LegacyClaim as Claim } from "../../core/claim.js";
import { tolerance } from "../../core/tolerance.js";
import { DOC, MODEL_ID, claimId } from "./claim-support.js";
import type { SymbolicDerivation } from "./symbolic.js";
import { deriveDistributionDenominator, deriveRotationEigenvectors, deriveTransmissionFromD1 } from "./symbolic.js";

/** Identities derived by the symbolic engine (symbolic.ts), each with a numeric spot check. */

const SPOT = 1e-12;

function symbolicClaim(name: string, where: string, statement: string, derive: (seed: number) => SymbolicDerivation): Claim {
  return {
    id: claimId(name),
    model: MODEL_ID,
    source: { doc: DOC, where },
    statement,
    kind: "identity",
    tolerance: tolerance(0, SPOT, "engine reduces the difference to 0; spot check at 20 seeded points in double precision (relative round-off ≲ 1e-15)"),
    domain: "symbolic in all parameters; spot checks over positive energies, 0 < Γ < Ω",
    verify: (context) => {
      const r = derive(context.seed);
      return { holds: r.symbolicallyZero && r.numericError <= SPOT, measuredError: r.numericError, details: `${r.details}; spot-check error ${r.numericError.toExponential(3)}` };
    },
  };
}

/** Symbolic derivations. */
export const symbolicClaims: readonly Claim[] = [
  symbolicClaim("symbolic-rotation-16", "eqs. (10), (16)–(17)", "The rows of R are eigenvectors of H_S with eigenvalues E_{1,2} = h ± Δ/2 (engine: expand (H_S − E_j)v_j with Δ = √(g²+δ²))", deriveRotationEigenvectors),
  symbolicClaim(
    "symbolic-transmission-45-from-D1",
    "eqs. (D1), (37), (45)",
    "Substituting (37) into (D1) gives J^P = ∫T(f_L − f_R) with T = (πg²/2)φ_1φ_2 (engine: simplify; a wrong prefactor is rejected)",
    deriveTransmissionFromD1,
  ),
  symbolicClaim(
    "symbolic-distribution-35-36",
    "eqs. (35)–(36), (B5), (B9), (B12)",
    "|i(E_j − (1 − Γ/2Ω)ω) + πJ_N(ω)|² = (1 − Γ/Ω)[(ω − E′_j)² + Γ_j²/4] with E′_j, Γ_j of (36), so Re G̃_j(0⁺ − iω) = πφ_j(ω) of (35) (engine: simplify)",
    deriveDistributionDenominator,
  ),
];
