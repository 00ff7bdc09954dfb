import type { MathNode } from "mathjs";
import { ParameterError, SymbolicError } from "../core/errors.js";
import { CONSTANT_NAMES, freeSymbols, functionNames, math } from "./syntax-tree.js";

/**
 * Text-level work on formulas that users write (claim files, `qtherm check`): reading a
 * formula's structure, inlining local definitions syntactically, and splitting a
 * comparison chain into its sides. Nothing here evaluates anything: the parts come back
 * as text for {@link compile} (numbers) and {@link equivalent} (exact algebra).
 * The syntax is mathjs's: `^` powers, `*` products (or implicit), `exp`, `log` (natural),
 * `sqrt`, `sinh`, `coth`, …; constants `e`, `pi`; comparisons `<`, `<=`, `>`, `>=`, `==`.
 */

/** The symbols and functions a formula uses. */
export interface FormulaStructure {
  /** Free variables (not the constants e, pi, i, Infinity), sorted. */
  readonly symbols: readonly string[];
  /** Names called as functions, sorted. */
  readonly functions: readonly string[];
}

/** A local definition: a symbol (`w: omegaA`) or a one-argument helper function (`x(b): exp(-b*w)`). */
export interface Definition {
  /** The argument's name for a helper function; absent for a symbol. */
  readonly argument?: string;
  readonly body: string;
}

/** The relational operators a comparison chain may use. */
export type ComparisonOperator = "<" | "<=" | ">" | ">=" | "==";

/** A formula split at its top-level comparisons: sides.length = operators.length + 1. */
export interface ComparisonChain {
  readonly sides: readonly string[];
  readonly operators: readonly ComparisonOperator[];
}

/** Names a user may not define: the constants and the names mathjs reserves. */
const RESERVED = new Set([...CONSTANT_NAMES, "E", "PI", "NaN", "true", "false", "null", "undefined", "end"]);

/**
 * True for a name that cannot be a user's symbol: a constant (e, pi, i, Infinity, E, PI, …)
 * or a function known to the numeric evaluator (exp, log, sqrt, …).
 * @example isReservedName("exp") // true
 */
export function isReservedName(name: string): boolean {
  return RESERVED.has(name) || typeof (math as unknown as Record<string, unknown>)[name] === "function";
}

/**
 * The symbols and functions of a formula.
 * Throws SymbolicError (with mathjs's message and position) when the text does not parse.
 * @example formulaStructure("eps*w*f(bA)").symbols // ["bA", "eps", "w"]
 */
export function formulaStructure(text: string): FormulaStructure {
  const tree = parseFormula(text);
  return { symbols: [...freeSymbols(tree)].sort(), functions: [...functionNames(tree)].sort() };
}

/**
 * Inlines local definitions into a formula, syntactically: every symbol with a definition
 * is replaced by its (parenthesised, itself inlined) body, every call f(a) of a helper
 * function by its body with the argument replaced by a. The result is text without any
 * defined name. Definitions may use each other, not themselves (directly or through others).
 * Throws ParameterError naming the definition for a cycle, a helper called with other than
 * one argument, a helper used as a symbol or a symbol called as a function; SymbolicError
 * when a text does not parse.
 * @example inlineDefinitions("f(bA)", { f: { argument: "b", body: "exp(-b*w)" }, w: { body: "omegaA" } }) // "exp(-bA * omegaA)"
 */
export function inlineDefinitions(text: string, definitions: Readonly<Record<string, Definition>>): string {
  const parsed = new Map<string, MathNode>();
  const bodyOf = (name: string): MathNode => {
    let tree = parsed.get(name);
    if (tree === undefined) {
      tree = parseFormula(definitions[name].body);
      parsed.set(name, tree);
    }
    return tree;
  };
  const inline = (node: MathNode, stack: readonly string[]): MathNode =>
    node.transform((child, path, parent) => {
      if (child.type === "SymbolNode" && !(parent !== null && parent.type === "FunctionNode" && path === "fn")) {
        const name = (child as unknown as { name: string }).name;
        const definition = Object.hasOwn(definitions, name) ? definitions[name] : undefined;
        if (definition === undefined) return child;
        if (definition.argument !== undefined) throw new ParameterError(`define.${name}`, name, `a call ${name}(…) with one argument: '${name}' is a helper function of ${definition.argument}`);
        if (stack.includes(name)) throw new ParameterError(`define.${name}`, [...stack, name].join(" → "), "definitions that do not refer to themselves");
        return new math.ParenthesisNode(inline(bodyOf(name), [...stack, name]));
      }
      if (child.type === "FunctionNode") {
        const call = child as unknown as { fn: { name: string }; args: MathNode[] };
        const name = call.fn.name;
        const definition = Object.hasOwn(definitions, name) ? definitions[name] : undefined;
        if (definition === undefined) return new math.FunctionNode(call.fn.name, call.args.map((a) => inline(a, stack)));
        if (definition.argument === undefined) throw new ParameterError(`define.${name}`, name, `'${name}' used as a symbol: it is defined without an argument, so it cannot be called`);
        if (call.args.length !== 1) throw new ParameterError(`define.${name}`, call.args.length, `exactly one argument in a call of ${name}(${definition.argument})`);
        if (stack.includes(name)) throw new ParameterError(`define.${name}`, [...stack, name].join(" → "), "definitions that do not refer to themselves");
        const argument = new math.ParenthesisNode(inline(call.args[0], stack));
        const argumentName = definition.argument;
        // the argument first (it shadows any definition of the same name), then the other definitions of the body
        const substituted = bodyOf(name).transform((n, p, par) =>
          n.type === "SymbolNode" && (n as unknown as { name: string }).name === argumentName && !(par !== null && par.type === "FunctionNode" && p === "fn") ? argument : n,
        );
        return new math.ParenthesisNode(inline(substituted, [...stack, name]));
      }
      return child;
    });
  return inline(parseFormula(text), []).toString({ parenthesis: "keep", implicit: "show" });
}

/**
 * Splits a formula at its top-level comparisons: "a >= b" → sides [a, b], operators [">="];
 * "0 <= x <= 1" → sides [0, x, 1]; a formula without a comparison → one side, no operator.
 * Throws ParameterError for `=` (an assignment: write `==`) or `!=`, SymbolicError when the
 * text does not parse.
 * @example splitComparisons("-betaA*J >= 0").operators // [">="]
 */
export function splitComparisons(text: string): ComparisonChain {
  if (/(^|[^=<>!])=(?!=)/.test(text)) throw new ParameterError("formula", text, "a formula or a comparison; '=' assigns: write '==' for equality");
  const tree = unwrap(parseFormula(text));
  const toText = (n: MathNode) => n.toString({ parenthesis: "keep", implicit: "show" });
  const operatorOf: Record<string, ComparisonOperator> = { smaller: "<", smallerEq: "<=", larger: ">", largerEq: ">=", equal: "==" };
  if (tree.type === "AssignmentNode" || tree.type === "FunctionAssignmentNode") throw new ParameterError("formula", text, "a formula or a comparison; '=' assigns: write '==' for equality");
  if (tree.type === "RelationalNode") {
    const r = tree as unknown as { conditionals: string[]; params: MathNode[] };
    const operators = r.conditionals.map((c) => {
      const op = operatorOf[c];
      if (op === undefined) throw new ParameterError("formula", text, "comparisons with <, <=, >, >= or == (not !=)");
      return op;
    });
    return { sides: r.params.map(toText), operators };
  }
  if (tree.type === "OperatorNode") {
    const o = tree as unknown as { fn: string; args: MathNode[] };
    if (o.fn === "unequal") throw new ParameterError("formula", text, "comparisons with <, <=, >, >= or == (not !=)");
    const op = operatorOf[o.fn];
    if (op !== undefined) return { sides: o.args.map(toText), operators: [op] };
  }
  return { sides: [toText(tree)], operators: [] };
}

function unwrap(node: MathNode): MathNode {
  return node.type === "ParenthesisNode" ? unwrap((node as unknown as { content: MathNode }).content) : node;
}

function parseFormula(text: string): MathNode {
  if (typeof text !== "string" || text.trim() === "") throw new SymbolicError("parse", String(text), "an empty formula");
  let tree: MathNode;
  try {
    tree = math.parse(text);
  } catch (error) {
    throw new SymbolicError("parse", text, `the formula does not parse: ${(error as Error).message}`, { cause: error });
  }
  let bad: string | undefined;
  tree.traverse((node) => {
    if (bad !== undefined) return;
    if (node.type === "AccessorNode" || node.type === "IndexNode") bad = "an index or property access (write quantity references as Q(name[0].field))";
    else if (node.type === "ObjectNode" || node.type === "ArrayNode" || node.type === "RangeNode") bad = "a matrix, object or range";
    else if (node.type === "BlockNode") bad = "several statements (';' or a line break)";
    else if (node.type === "ConditionalNode") bad = "a conditional (a ? b : c)";
  });
  if (bad !== undefined) throw new SymbolicError("parse", text, `the formula contains ${bad}`);
  return tree;
}
