import type { LegacyClaim as Claim, Outcome } from "../../core/claim.js";
import { tolerance } from "../../core/tolerance.js";
import { MODEL, source } from "./claim-support.js";
import { identityClaims } from "./claims-identities.js";
import { informationClaims } from "./claims-information.js";
import { invariantClaims } from "./claims-invariants.js";
import { physicsClaims } from "./claims-physics.js";
import { regimeThreeClaims } from "./claims-regime-three.js";
import { setEntropyDerivations, SYMBOLIC_ATOL, SYMBOLIC_RTOL, type Derivation } from "./symbolic.js";

/**
 * All claims of the set-entropy-production model (Usui, Ptaszyński, Esposito, Strasberg,
 * 001_06d9cbfd9396c60e.txt): symbolic single-mode identities, the entropy identities and
 * conservation laws as properties at small K, the information terms (8)–(10) and the secular
 * bath-block spectrum against the dense path, invariants, errata (eqs. (10), (22) and the
 * classical bound) and the paper's physical claims at K = 1000 (or 200 where dense bath
 * spectra are needed).
 */

const SYMBOLIC_TOL = tolerance(SYMBOLIC_RTOL, SYMBOLIC_ATOL, "engine difference (or simplify) and mathjs evaluation at 24 seeded points with |β(ε − μ)| ≤ 12: exp/log compositions lose ≲ e¹²·ε ≈ 4e-11 relative");

function symbolicOutcome(d: Derivation): Outcome {
  return {
    holds: d.result.equivalent,
    measuredError: d.result.numeric.maxRelativeError,
    details: `engine: ${d.result.symbolic} (${d.result.symbolicDetail}); numeric max rel. error ${d.result.numeric.maxRelativeError.toExponential(2)} at ${d.result.numeric.evaluated} points; derived ${d.derived.slice(0, 160)}`,
  };
}

const symbolicClaims: readonly Claim[] = [
  {
    id: `${MODEL}/clausius-to-eq7`,
    model: MODEL,
    source: source("eqs. (4)–(7)"),
    statement: "For a grand-canonical mode, ∂𝒮/∂β = β(ε − μ)∂f/∂β and ∂𝒮/∂μ = β(ε − μ)∂f/∂μ, i.e. d𝒮_ν = β*(dE_ν − μ* dN_ν): Clausius' −Σ∫dQ_ν/T_ν (4) equals Σ_ν Δ𝒮_ν (7)",
    kind: "identity",
    tolerance: SYMBOLIC_TOL,
    domain: "ε ∈ [−3, 3], β ∈ [0.1, 3], μ ∈ [−1, 1] (symbolic for all values)",
    verify: () => {
      const d = setEntropyDerivations();
      const b = symbolicOutcome(d.beta);
      const m = symbolicOutcome(d.mu);
      return { holds: b.holds && m.holds, measuredError: Math.max(b.measuredError, m.measuredError), details: `∂/∂β: ${b.details} | ∂/∂μ: ${m.details}` };
    },
  },
  {
    id: `${MODEL}/eq14-single-mode`,
    model: MODEL,
    source: source("eqs. (13)–(14)"),
    statement: "Per mode D[π(β_t, μ_t)‖π(β_0, μ_0)] = −Δs + β_0(ε − μ_0)Δf, whose sum over modes is σ − Σ = D^eq_env (14)",
    kind: "identity",
    tolerance: SYMBOLIC_TOL,
    domain: "ε ∈ [−3, 3], β_0, β_t ∈ [0.1, 3], μ_0, μ_t ∈ [−1, 1]",
    verify: () => symbolicOutcome(setEntropyDerivations().eq14),
  },
];

export const setEntropyClaims: readonly Claim[] = [...symbolicClaims, ...identityClaims, ...informationClaims, ...invariantClaims, ...physicsClaims, ...regimeThreeClaims];
