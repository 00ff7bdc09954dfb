/**
 * Users' claims: a physicist's formula, limit, invariant or identity about any model,
 * stated in a small declarative file (YAML or JSON) and decided with the judge, evidence
 * and reports of the built-in claims (docs/checking-your-formula.md).
 */
export { checkClaims, loadClaimFiles, buildClaim, type ClaimFileInput, type CheckOptions, type ClaimCheck, type LoadedClaims } from "./check-claims.js";
export { ClaimFileError, formatProblem, type ClaimFileProblem } from "./claim-file-error.js";
export { CLAIM_FILE_SCHEMA, claimFileJsonSchema, claimFileSchemaText, type ClaimFileData, type UserClaimData } from "./claim-file-schema.js";
export { readClaimFile, parseClaimText, claimObject, type ClaimFileSource } from "./read-claim-file.js";
export { prepareClaimFile } from "./check-claim-file.js";
export { parseQuantityReference, readLeaf, type QuantityReference } from "./quantity-reference.js";
