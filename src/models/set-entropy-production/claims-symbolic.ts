import type { JudgedClaim } from "../../core/claim.js";
import { all, identity, sign } from "../../core/criterion.js";
import { measure } from "../../core/measurement.js";
import { combineIdentities, identityMeasurement, logArgumentsAt } from "../../symbolic/index.js";
import { kit } from "./claim-support.js";
import { setEntropyDerivations, SYMBOLIC_ATOL, SYMBOLIC_RTOL } from "./symbolic.js";

/**
 * The single-mode identities of Sec. II derived by the symbolic engine (symbolic.ts): the
 * engine differentiates and substitutes, exact algebra decides a − b = 0 (for eq. (14) by the
 * exact log decision of src/symbolic/log-identity.ts), and both sides are compared at seeded
 * points. Source: 001_06d9cbfd9396c60e.txt, eqs. (4)–(7), (13)–(14).
 */

const SYMBOLIC = identity({
  rtol: SYMBOLIC_RTOL,
  atol: SYMBOLIC_ATOL,
  reason: "engine difference decided by exact algebra; mathjs evaluation at 24 seeded points with |β(ε − μ)| ≤ 12: exp/log compositions lose ≲ e¹²·ε ≈ 4e-11 relative",
});

/** The region condition of the exact log decision, checked at the spot-check points. */
const LOG_ARGUMENTS = sign({
  sign: "positive",
  slack: 0,
  reason:
    "the exact log decision is valid on a connected region where every log argument is positive; it proves that region to be all of ℝ⁵ " +
    "(sums of exponentials with positive coefficients), and the arguments are evaluated at the 24 spot-check points as a check of that condition",
});

export const symbolicClaims: readonly JudgedClaim[] = [
  kit.claim({
    name: "clausius-to-eq7",
    where: "eqs. (4)–(7)",
    statement: "For a grand-canonical mode, ∂𝒮/∂β = β(ε − μ)∂f/∂β and ∂𝒮/∂μ = β(ε − μ)∂f/∂μ, i.e. d𝒮_ν = β*(dE_ν − μ* dN_ν): Clausius' −Σ∫dQ_ν/T_ν (4) equals Σ_ν Δ𝒮_ν (7)",
    kind: "identity",
    domain: "ε ∈ [−3, 3], β ∈ [0.1, 3], μ ∈ [−1, 1] (symbolic for all values)",
    criterion: SYMBOLIC,
    handSteps: [],
    measure: () => {
      const d = setEntropyDerivations();
      return {
        measurement: combineIdentities([identityMeasurement(d.beta.result, "∂/∂β"), identityMeasurement(d.mu.result, "∂/∂μ")]),
        note: `derived ∂𝒮/∂β = ${d.beta.derived.slice(0, 160)}; ∂𝒮/∂μ = ${d.mu.derived.slice(0, 160)}`,
      };
    },
  }),
  kit.claim({
    name: "eq14-single-mode",
    where: "eqs. (13)–(14)",
    statement: "Per mode D[π(β_t, μ_t)‖π(β_0, μ_0)] = −Δs + β_0(ε − μ_0)Δf, whose sum over modes is σ − Σ = D^eq_env (14)",
    kind: "identity",
    domain: "ε ∈ [−3, 3], β_0, β_t ∈ [0.1, 3], μ_0, μ_t ∈ [−1, 1]",
    criterion: all({ identity: SYMBOLIC, logArguments: LOG_ARGUMENTS }),
    handSteps: [],
    measure: () => {
      const { eq14 } = setEntropyDerivations();
      const points = eq14.result.numeric.samples.map((s) => s.point);
      const smallest = logArgumentsAt(`(${eq14.derived})-(${eq14.target})`, points);
      return {
        measurement: measure.parts({
          identity: identityMeasurement(eq14.result),
          logArguments: measure.signed(`smallest log argument of a − b at the ${points.length} spot-check points`, smallest, 1),
        }),
        note: `derived ${eq14.derived.slice(0, 160)}`,
      };
    },
  }),
];
