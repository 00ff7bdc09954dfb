import type { LegacyClaim as Claim } from "../../core/claim.js";
import { analyticClaims } from "./claims-analytic.js";
import { appendixFClaims } from "./claims-appendix-f.js";
import { exactClaims } from "./claims-exact.js";
import { finiteSizeClaims } from "./claims-finite-size.js";
import { fixedPointClaims } from "./claims-fixed-points.js";
import { localCurrentClaims } from "./claims-local-currents.js";
import { invariantClaims } from "./claims-invariants.js";
import { rateClaims } from "./claims-rates.js";
import { symbolicClaims } from "./claims-symbolic.js";
import { symbolicLimitClaims } from "./claims-symbolic-limits.js";

/**
 * Every claim of the model: identities among the closed forms, agreements with the
 * exact finite chain, the rate-matrix results of Sec. V (with two errata pairs and the
 * (E1) pair) and invariants over the parameter domain.
 * Source: 003_3bda4ae6cebee785.txt.
 */
export const twoSiteChainBathsClaims: readonly Claim[] = Object.freeze([...analyticClaims, ...exactClaims, ...finiteSizeClaims, ...rateClaims, ...fixedPointClaims, ...localCurrentClaims, ...appendixFClaims, ...invariantClaims, ...symbolicClaims, ...symbolicLimitClaims]);
