import type { JudgedClaim } from "../../core/claim.js";
import { identityClaims } from "./claims-identities.js";
import { agreementClaims } from "./claims-agreement.js";
import { invariantClaims } from "./claims-invariants.js";
import { physicsClaims } from "./claims-physics.js";
import { errataClaims } from "./claims-errata.js";
import { coherenceClaims } from "./claims-coherences.js";
import { dynamicsClaims } from "./claims-dynamics.js";
import { randomAgreementClaims } from "./claims-random.js";

/**
 * All claims of resonant-level-probes (Kulkarni, Tiwari & Segal, 000_801d121c3abe0574.txt):
 * identities of the QLE closed forms (9), agreements of the QLE with the exact evolution
 * (10) (fixed and random parameters), invariants over random parameters, the paper's physical
 * statements (Figs. 2–4), the relaxation of Fig. 3 and its inset, the restart bookkeeping, and
 * the coherences of Fig. 5 (QLE and exact; one statement registered as failing).
 * One erratum pair: the sign of the printed probe current i_G(ε) (claims-errata.ts). Every claim is
 * built with the claim kit (claims-support.ts) and judged by its declared criterion; expected
 * verdicts: verdicts/resonant-level-probes.json.
 */
export const resonantLevelClaims: readonly JudgedClaim[] = Object.freeze([...identityClaims, ...agreementClaims, ...randomAgreementClaims, ...invariantClaims, ...physicsClaims, ...dynamicsClaims, ...coherenceClaims, ...errataClaims]);
