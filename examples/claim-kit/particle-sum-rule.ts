import { close } from "../../src/core/criterion.js";
import { measure } from "../../src/core/measurement.js";
import * as exact from "../../src/models/coupled-tls/exact.js";
import { incoherentDomain, kit } from "../../src/models/coupled-tls/claims-support.js";

/**
 * A new claim for coupled-tls: particle conservation in the steady state, I_A + I_B = 0
 * (slide 5's sum rule for particles). Declared with the model's kit; the criterion says how
 * it is judged and why; `measure` returns numbers, never a verdict.
 */
export const particleSumRule = kit.property({
  name: "particle-current-sum-rule",
  where: "slide 5",
  statement: "In the steady state no particles accumulate: I_A + I_B = 0 (incoherent resonant coupling)",
  kind: "invariant",
  domain: "incoherent resonant coupling over the sampled domain; (I_A + I_B)/(Γ_A + Γ_B) against 0",
  criterion: close({ atol: 1e-13, reason: "particle currents Tr(ρ 𝓛_ν†N̂) over Γ_A + Γ_B: round-off of a 16×16 steady state is ~1e-15 of the scale" }),
  arbitrary: incoherentDomain,
  measure: (p) => {
    const c = exact.coupledTlsCurrents(p);
    return measure.pair("(I_A + I_B)/(Γ_A + Γ_B)", (c.particleA + c.particleB) / (p.gammaA + p.gammaB), 0);
  },
});
