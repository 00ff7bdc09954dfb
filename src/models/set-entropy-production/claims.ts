import type { JudgedClaim } from "../../core/claim.js";
import { identityClaims } from "./claims-identities.js";
import { informationClaims } from "./claims-information.js";
import { invariantClaims } from "./claims-invariants.js";
import { physicsClaims } from "./claims-physics.js";
import { regimeThreeClaims } from "./claims-regime-three.js";
import { symbolicClaims } from "./claims-symbolic.js";

/**
 * All claims of the set-entropy-production model (Usui, Ptaszyński, Esposito, Strasberg,
 * 001_06d9cbfd9396c60e.txt), built with the claim kit: symbolic single-mode identities, the
 * entropy identities and conservation laws as properties at small K, the information terms
 * (8)–(10) and the secular bath-block spectrum against the dense path, invariants, errata
 * (eqs. (10), (22) and the classical bound) and the paper's physical claims at K = 1000 (or
 * 200 where dense bath spectra are needed). Expected verdicts: verdicts/set-entropy-production.json.
 */
export const setEntropyClaims: readonly JudgedClaim[] = Object.freeze([...symbolicClaims, ...identityClaims, ...informationClaims, ...invariantClaims, ...physicsClaims, ...regimeThreeClaims]);
