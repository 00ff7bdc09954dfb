import type { JudgedClaim } from "../../core/claim.js";
import { appendixClaims } from "./claims-appendix.js";
import { chainDynamicsClaims } from "./claims-chain-dynamics.js";
import { couplingClaims } from "./claims-coupling.js";
import { equilibrationClaims } from "./claims-equilibration.js";
import { errataClaims } from "./claims-errata.js";
import { estimateClaims } from "./claims-estimates.js";
import { exactClaims } from "./claims-exact.js";
import { identityClaims } from "./claims-identities.js";
import { invariantClaims } from "./claims-invariants.js";
import { limitClaims } from "./claims-limits.js";
import { symbolicClaims } from "./claims-symbolic.js";

/**
 * Every claim of the oscillator-mediator model (002_1f8d4f9374398bb6.txt), built with the claim
 * kit and grouped by kind: identities, symbolic derivations, limits with measured orders, errata
 * pairs, exact finite-bath agreements, invariants, the coupling dependence of Fig. 3, and the SI
 * estimates. Each declares its criterion; its evidence returns a measurement that the one judge
 * decides. Expected verdicts: verdicts/oscillator-mediator.json.
 */
export const oscillatorMediatorClaims: readonly JudgedClaim[] = Object.freeze([
  ...identityClaims,
  ...symbolicClaims,
  ...limitClaims,
  ...errataClaims,
  ...exactClaims,
  ...appendixClaims,
  ...invariantClaims,
  ...couplingClaims,
  ...equilibrationClaims,
  ...chainDynamicsClaims,
  ...estimateClaims,
]);
