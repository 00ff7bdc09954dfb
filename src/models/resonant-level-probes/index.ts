import type { ModelDefinition } from "../../core/model.js";
import { resonantLevelClaims } from "./claims.js";
import { resonantLevelFigures } from "./figures.js";
import { resonantLevelParameterSchema, type ResonantLevelParams } from "./params.js";
import { resonantLevelQuantities } from "./quantities.js";

/**
 * The resonant-level-probes model: two finite metallic grains coupled through a single
 * level, coherently or with a dephasing / voltage Büttiker probe; QLE closed forms (9)
 * against the exact single-particle evolution (10) on the star Hamiltonian.
 * Source: 000_801d121c3abe0574.txt (M. Kulkarni, K. L. Tiwari, D. Segal, "Towards
 * equilibration and thermalization between finite quantum systems"). Notation: README.md.
 */
export const resonantLevelProbesModel: ModelDefinition<ResonantLevelParams> = {
  id: "resonant-level-probes",
  title: "Equilibration of two finite grains through a level with dephasing and voltage probes (Kulkarni, Tiwari, Segal)",
  doc: "000_801d121c3abe0574.txt",
  parameters: resonantLevelParameterSchema,
  quantities: resonantLevelQuantities,
  claims: resonantLevelClaims,
  figures: resonantLevelFigures,
};

export type { ResonantLevelParams } from "./params.js";
export { resolveResonantLevelParams, RESONANT_LEVEL_DEFAULTS, INDEX_ORDER } from "./params.js";
