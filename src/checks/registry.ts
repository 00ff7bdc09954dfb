import { allFigures, modelClaims } from "../catalog.js";
import type { Claim } from "../core/claim.js";
import { QthermError } from "../core/errors.js";
import { goldenClaim } from "../goldens/golden-claim.js";

/**
 * Every claim the suite knows: each model's claims plus the ci-size golden
 * regression of each figure. Ids are checked to be unique and well formed.
 */
export function allClaims(): Claim[] {
  const claims = [...modelClaims(), ...allFigures().map((f) => goldenClaim(f, "ci"))];
  const seen = new Set<string>();
  for (const claim of claims) {
    if (!/^[a-z0-9-]+\/[A-Za-z0-9-]+$/.test(claim.id)) throw new QthermError(`claim id '${claim.id}' is not of the form <model>/<short-name>`);
    if (!claim.id.startsWith(`${claim.model}/`)) throw new QthermError(`claim id '${claim.id}' does not start with its model '${claim.model}/'`);
    if (seen.has(claim.id)) throw new QthermError(`claim id '${claim.id}' is registered twice`);
    seen.add(claim.id);
  }
  return claims;
}
