import type { JudgedClaim } from "../../core/claim.js";
import { coherentClaims } from "./claims-coherent.js";
import { incoherentClaims } from "./claims-incoherent.js";
import { singleModeClaims } from "./claims-single-mode.js";

/**
 * The claims of Diósi's slides (004_a34d5d2333a6057f.txt), built with the claim kit: closed
 * forms of analytic.ts and derivations of symbolic.ts measured against the exact Liouvillian
 * numerics of exact.ts, over parameter domains (fast-check) or along ε/Γ → 0 (fitted order
 * of convergence), each judged by its declared criterion. Expected verdicts:
 * verdicts/coupled-tls.json.
 */

/** Every claim of the model, in the order of the slides. */
export const coupledTlsClaims: readonly JudgedClaim[] = Object.freeze([...singleModeClaims, ...coherentClaims, ...incoherentClaims]);
