import type { JudgedClaim } from "../../core/claim.js";
import { analyticClaims } from "./claims-analytic.js";
import { appendixFClaims } from "./claims-appendix-f.js";
import { epaClaims } from "./claims-epa.js";
import { exactClaims } from "./claims-exact.js";
import { finiteSizeClaims } from "./claims-finite-size.js";
import { fixedPointClaims } from "./claims-fixed-points.js";
import { invariantClaims } from "./claims-invariants.js";
import { localCurrentClaims } from "./claims-local-currents.js";
import { masterEquationClaim } from "./claims-master-equation.js";
import { rateClaims } from "./claims-rates.js";
import { symbolicClaims } from "./claims-symbolic.js";
import { symbolicLimitClaims } from "./claims-symbolic-limits.js";

/**
 * Every claim of the model, built with the claim kit (claims-support.ts): identities among the
 * closed forms, agreements with the exact finite chain, the rate-matrix results of Sec. V
 * (errata (66), (78), (81) and (E1)), invariants over the parameter domain and the symbolic
 * derivations, each judged by its declared criterion. Expected verdicts:
 * verdicts/two-site-chain-baths.json.
 * Source: 003_3bda4ae6cebee785.txt.
 */
export const twoSiteChainBathsClaims: readonly JudgedClaim[] = Object.freeze([
  ...analyticClaims,
  ...exactClaims,
  masterEquationClaim,
  ...epaClaims,
  ...finiteSizeClaims,
  ...rateClaims,
  ...fixedPointClaims,
  ...localCurrentClaims,
  ...appendixFClaims,
  ...invariantClaims,
  ...symbolicClaims,
  ...symbolicLimitClaims,
]);
