import { ParameterError, QthermError, SymbolicError } from "../core/errors.js";
import type { ModelDefinition } from "../core/model.js";
import { suggestion } from "../core/parameters.js";
import { compile, formulaStructure, inlineDefinitions, isReservedName, type Definition, type RealFunction } from "../symbolic/index.js";
import { PLACEHOLDER_PREFIX, replaceQuantityReferences, type QuantityReference } from "./quantity-reference.js";

/**
 * A formula of a claim file, prepared for numbers: Q(…) references replaced by placeholder
 * symbols, the `define` entries inlined syntactically, every remaining symbol checked to be
 * a real parameter of the model, and the text compiled by the symbolic layer (parsed by the
 * engine, evaluated by mathjs) — never evaluated as JavaScript.
 */

/** Where a claim's formulas are read: the model, its definitions, the shared placeholders. */
export interface FormulaScope {
  readonly model: ModelDefinition;
  /** The claim's definitions (file-level merged with the claim's), bodies with placeholders already in. */
  readonly definitions: Readonly<Record<string, Definition>>;
  /** Q(…) references met so far in this claim: reference text → placeholder symbol. */
  readonly placeholders: Map<string, { readonly symbol: string; readonly reference: QuantityReference }>;
}

/** A formula ready to evaluate. */
export interface UserFormula {
  /** As written. */
  readonly source: string;
  /** With definitions inlined and references as placeholders (the text that is compiled). */
  readonly text: string;
  /** The real parameters it uses, sorted. */
  readonly parameters: readonly string[];
  /** The quantity references it uses (directly or through definitions). */
  readonly references: readonly QuantityReference[];
  /**
   * The value at a parameter point; `quantity` gives the number of a reference at that point.
   * Throws SymbolicError when the value is NaN, infinite or not real.
   */
  evaluate(point: Readonly<Record<string, number | string>>, quantity?: (ref: QuantityReference) => number): number;
}

/** A definition key: `name` or `name(argument)`. */
const DEFINITION_KEY = /^\s*([A-Za-z][A-Za-z0-9_]*)\s*(?:\(\s*([A-Za-z][A-Za-z0-9_]*)\s*\))?\s*$/;

/**
 * Reads `define` entries into definitions (references in the bodies replaced by placeholders).
 * Returns the definitions and, per key, what is wrong with it.
 */
export function readDefinitions(
  entries: Readonly<Record<string, string | number>>,
  model: ModelDefinition,
  placeholders: FormulaScope["placeholders"],
): { definitions: Record<string, Definition>; problems: { key: string; message: string }[] } {
  const definitions: Record<string, Definition> = {};
  const problems: { key: string; message: string }[] = [];
  const parameters = new Set(model.parameters.fields.map((f) => f.name));
  for (const [key, raw] of Object.entries(entries)) {
    const m = DEFINITION_KEY.exec(key);
    if (m === null) {
      problems.push({ key, message: `'${key}' is not a definition: write a symbol 'name' or a helper function 'name(argument)'` });
      continue;
    }
    const [, name, argument] = m;
    const clash = nameClash(name, parameters) ?? (argument !== undefined && isReservedName(argument) ? `the argument '${argument}' is a constant or function of the evaluator` : undefined);
    if (clash !== undefined) {
      problems.push({ key, message: clash });
      continue;
    }
    const body = replaceQuantityReferences(String(raw), placeholders);
    if (typeof body === "string") {
      problems.push({ key, message: body });
      continue;
    }
    definitions[name] = { ...(argument !== undefined ? { argument } : {}), body: body.text };
  }
  return { definitions, problems };
}

/** Why a user may not define `name`, or undefined. */
function nameClash(name: string, parameters: ReadonlySet<string>): string | undefined {
  if (parameters.has(name)) return `'${name}' is a parameter of the model; a definition needs a name of its own`;
  if (name === "Q") return "Q(…) writes a quantity reference; choose another name";
  if (name.startsWith(PLACEHOLDER_PREFIX)) return `names starting with '${PLACEHOLDER_PREFIX}' are reserved for quantity references`;
  if (isReservedName(name)) return `'${name}' is a constant or function of the evaluator (e, pi, exp, log, sqrt, …); choose another name`;
  return undefined;
}

/**
 * Prepares a formula; returns it, or a message saying what is wrong (unknown symbol or
 * function, a choice parameter used as a number, a quantity where none is allowed, a
 * formula that does not parse).
 */
export function prepareFormula(source: string | number, scope: FormulaScope, options: { readonly quantities: boolean; readonly what?: string }): UserFormula | string {
  const text = String(source);
  const replaced = replaceQuantityReferences(text, scope.placeholders);
  if (typeof replaced === "string") return replaced;
  return prepareReplaced(text, replaced.text, scope, options);
}

/** As {@link prepareFormula}, for text whose references are already placeholders (a side of a comparison). */
export function prepareReplaced(source: string, replacedText: string, scope: FormulaScope, options: { readonly quantities: boolean }): UserFormula | string {
  let inlined: string;
  try {
    inlined = inlineDefinitions(replacedText, scope.definitions);
  } catch (error) {
    return messageOf(error);
  }
  let structure;
  try {
    structure = formulaStructure(inlined);
  } catch (error) {
    return messageOf(error);
  }
  const fields = scope.model.parameters.fields;
  const real = new Set(fields.filter((f) => f.kind === "real").map((f) => f.name));
  const bySymbol = new Map([...scope.placeholders.values()].map((e) => [e.symbol, e.reference]));
  const parameters: string[] = [];
  const references: QuantityReference[] = [];
  for (const symbol of structure.symbols) {
    if (real.has(symbol)) parameters.push(symbol);
    else if (bySymbol.has(symbol)) references.push(bySymbol.get(symbol)!);
    else if (fields.some((f) => f.name === symbol)) return `'${symbol}' is a choice parameter of ${scope.model.id} (one of ${optionsOf(scope.model, symbol)}); formulas compute with numbers — fix it in 'fixed' or sample it in 'domain'`;
    else {
      const known = [...real, ...Object.keys(scope.definitions)];
      const quantity = scope.model.quantities.find((q) => q.name.split("-")[0] === symbol);
      return `unknown symbol '${symbol}': not a parameter of ${scope.model.id} nor a defined symbol${suggestion(symbol, known)}${quantity !== undefined ? `; a quantity is written Q(${quantity.name})` : ""} (parameters: ${[...real].join(", ")})`;
    }
  }
  for (const fn of structure.functions) {
    if (!isReservedName(fn)) {
      const helpers = Object.entries(scope.definitions).filter(([, d]) => d.argument !== undefined).map(([n]) => n);
      return `unknown function '${fn}'${suggestion(fn, [...helpers, "exp", "log", "sqrt", "sinh", "cosh", "tanh", "coth", "abs", "atan"])}: define it as a helper ('${fn}(x): …' under define) or use a function of the evaluator (exp, log, sqrt, sin, cosh, coth, abs, …)`;
    }
  }
  if (references.length > 0 && !options.quantities) return `this formula may not use quantities (found Q(${references[0].text})): it must be a formula of the parameters alone`;
  const order = [...parameters, ...references.map((r) => scope.placeholders.get(r.text)!.symbol)];
  let fn: RealFunction;
  try {
    fn = compile(inlined, order);
  } catch (error) {
    return messageOf(error);
  }
  return {
    source,
    text: inlined,
    parameters,
    references,
    evaluate(point, quantity) {
      const args = parameters.map((p) => point[p] as number);
      for (const r of references) {
        if (quantity === undefined) throw new QthermError(`formula '${source}' needs the quantity ${r.text}`);
        args.push(quantity(r));
      }
      return fn(...args);
    },
  };
}

function optionsOf(model: ModelDefinition, name: string): string {
  const def = model.parameters.fields.find((f) => f.name === name);
  return def?.kind === "choice" ? def.options.map((o) => `'${o}'`).join(", ") : "";
}

function messageOf(error: unknown): string {
  if (error instanceof ParameterError) return `${error.parameter}: expected ${error.allowed}${typeof error.value === "string" ? ` (${error.value})` : ""}`;
  if (error instanceof SymbolicError) return error.message.replace(/^symbolic parse failed on '.*?': /s, "").replace(/^symbolic (\w+) failed on /, "the engine cannot $1 ");
  if (error instanceof Error) return error.message;
  return String(error);
}
