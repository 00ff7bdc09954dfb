import type { Claim, Source } from "./claim.js";
import type { ParameterSchema } from "./parameters.js";
import type { Tolerance } from "./tolerance.js";

/**
 * What a model folder exports to the catalog: its parameters, the quantities
 * `qtherm eval` can compute, its claims and its figures.
 */

/** Complex data with split real and imaginary parts (a number, array or matrix each). */
export interface ComplexValue {
  readonly re: number | readonly number[] | readonly (readonly number[])[];
  readonly im: number | readonly number[] | readonly (readonly number[])[];
}

/** A value `qtherm eval` can print: a number, an array, a matrix, complex data or a record of those. */
export type QuantityValue =
  | number
  | readonly number[]
  | readonly (readonly number[])[]
  | ComplexValue
  | { readonly [key: string]: QuantityValue | string };

export interface QuantityDefinition<P> {
  readonly name: string;
  readonly description: string;
  /** analytic: a closed form of the source; exact: numerical evolution of the model. */
  readonly method: "analytic" | "exact";
  /** Source equation or section, e.g. "slide 5". */
  readonly source: string;
  /**
   * Unit of the value in ħ = k_B = 1 units ("energy", "energy²", "1/energy", "dimensionless",
   * "nats", …); for a record, the unit of each field; omitted where the description states it.
   */
  readonly unit?: string | Readonly<Record<string, string>>;
  readonly evaluate: (params: P) => QuantityValue;
}

/** One column of figure data: name, unit and meaning (the schema users' files must follow). */
export interface ColumnDefinition {
  readonly name: string;
  readonly unit: string;
  readonly description: string;
}

export type FigureSize = "ci" | "paper";

/** Data of one figure: the grid column, the other columns, and the parameters used. */
export interface FigureData {
  readonly params: Readonly<Record<string, unknown>>;
  readonly columns: Readonly<Record<string, readonly number[]>>;
}

export interface FigureDefinition {
  /** "<model>/<figure>" */
  readonly id: string;
  readonly title: string;
  readonly source: Source;
  /** Claim id this golden is evidence for. */
  readonly claim: string;
  /** Name of the independent-variable column (the grid users' data must match or be interpolated onto). */
  readonly grid: string;
  readonly schema: readonly ColumnDefinition[];
  /** Tolerance of the golden regression, with its reason. */
  readonly tolerance: Tolerance;
  readonly generate: (size: FigureSize, onProgress?: (done: number, total: number) => void) => FigureData | Promise<FigureData>;
}

export interface ModelDefinition<P = any> {
  /** Folder name under src/models, e.g. "coupled-tls". */
  readonly id: string;
  readonly title: string;
  /** Seed file under shared/seeds. */
  readonly doc: string;
  readonly parameters: ParameterSchema<P>;
  readonly quantities: readonly QuantityDefinition<P>[];
  readonly claims: readonly Claim[];
  readonly figures: readonly FigureDefinition[];
}
