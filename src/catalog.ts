import type { Claim } from "./core/claim.js";
import { ParameterError } from "./core/errors.js";
import { suggestion } from "./core/parameters.js";
import type { FigureDefinition, ModelDefinition } from "./core/model.js";
import { coupledTlsModel } from "./models/coupled-tls/index.js";
import { oscillatorMediatorModel } from "./models/oscillator-mediator/index.js";
import { setEntropyProductionModel } from "./models/set-entropy-production/index.js";
import { resonantLevelProbesModel } from "./models/resonant-level-probes/index.js";
import { twoSiteChainBathsModel } from "./models/two-site-chain-baths/index.js";

/** The models' parameter types (derived from their schemas), for the solver API. */
export type { CoupledTlsParams } from "./models/coupled-tls/params.js";
export type { OscillatorMediatorParams } from "./models/oscillator-mediator/params.js";
export type { ResonantLevelParams } from "./models/resonant-level-probes/params.js";
export type { SetEntropyParams } from "./models/set-entropy-production/params.js";
export type { TwoSiteChainBathsParams } from "./models/two-site-chain-baths/params.js";

/**
 * The single list of models. Everything that runs claims, figures or
 * quantities (checks/, goldens/, report/, cli/) receives models from here;
 * adding a model means adding its folder and one line below.
 */
export const MODELS: readonly ModelDefinition[] = [coupledTlsModel, resonantLevelProbesModel, twoSiteChainBathsModel, oscillatorMediatorModel, setEntropyProductionModel];

/** Finds a model by id; ParameterError lists the known ids. */
export function findModel(id: string): ModelDefinition {
  const model = MODELS.find((m) => m.id === id);
  if (!model) throw new ParameterError("model", id, `one of ${MODELS.map((m) => `'${m.id}'`).join(", ")}${suggestion(id, MODELS.map((m) => m.id))}`);
  return model;
}

/** Every figure of every model. */
export function allFigures(): FigureDefinition[] {
  return MODELS.flatMap((m) => m.figures);
}

/** Finds a figure by id ("<model>/<figure>"); ParameterError lists the known ids. */
export function findFigure(id: string): FigureDefinition {
  const figure = allFigures().find((f) => f.id === id);
  if (!figure) throw new ParameterError("figure", id, `one of ${allFigures().map((f) => `'${f.id}'`).join(", ")}${suggestion(id, allFigures().map((f) => f.id))}`);
  return figure;
}

/** The claims of every model (golden regressions are added by checks/registry). */
export function modelClaims(): Claim[] {
  return MODELS.flatMap((m) => m.claims);
}
