import type { Claim } from "../../core/claim.js";
import { identityClaims } from "./claims-identities.js";
import { agreementClaims } from "./claims-agreement.js";
import { invariantClaims } from "./claims-invariants.js";
import { physicsClaims } from "./claims-physics.js";
import { errataClaims } from "./claims-errata.js";

/**
 * All claims of resonant-level-probes (Kulkarni, Tiwari & Segal, 000_801d121c3abe0574.txt):
 * identities of the QLE closed forms (9), agreements of the QLE with the exact evolution
 * (10), invariants over random parameters, and the paper's physical statements.
 * One erratum pair: the sign of the printed probe current i_G(ε) (claims-errata.ts).
 */
export const resonantLevelClaims: readonly Claim[] = Object.freeze([...identityClaims, ...agreementClaims, ...invariantClaims, ...physicsClaims, ...errataClaims]);
