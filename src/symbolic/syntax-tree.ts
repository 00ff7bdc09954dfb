import { all, create, type MathNode } from "mathjs";
import { SymbolicError } from "../core/errors.js";

/**
 * The engine's text read as a mathjs syntax tree, for the work that must not be done by
 * nerdamer itself: numeric compilation (an evaluator independent of the engine), and
 * structural questions (free symbols, is it a polynomial, splitting into numerator and
 * denominator). nerdamer's output syntax (`^`, `*`, `/`, unary `-`, function calls,
 * constants e, pi, i) is read by mathjs with the same precedence — checked in the tests
 * by evaluating both on the same text.
 */

/** A private mathjs instance (its configuration is never shared with other code). */
export const math = create(all, {});

// nerdamer names for functions mathjs knows under another name.
math.import(
  {
    realpart: (z: unknown) => (math.re as (x: unknown) => unknown)(z),
    imagpart: (z: unknown) => (math.im as (x: unknown) => unknown)(z),
    conjugate: (z: unknown) => (math.conj as (x: unknown) => unknown)(z),
  },
  { override: false },
);

/** Constants of nerdamer's text that are not variables. */
export const CONSTANT_NAMES: ReadonlySet<string> = new Set(["e", "pi", "i", "Infinity"]);

/**
 * Parses engine text with mathjs.
 * Throws SymbolicError naming `operation` and the text when mathjs cannot read it.
 */
export function parseTree(operation: string, text: string): MathNode {
  try {
    return math.parse(text);
  } catch (error) {
    throw new SymbolicError(operation, text, `the numeric evaluator cannot read the engine text: ${(error as Error).message}`, { cause: error });
  }
}

/** Names of the free variables of a tree (symbols that are neither function names nor e, pi, i, Infinity). */
export function freeSymbols(tree: MathNode): Set<string> {
  const names = new Set<string>();
  tree.traverse((node, path, parent) => {
    if (node.type !== "SymbolNode") return;
    if (parent !== null && parent.type === "FunctionNode" && path === "fn") return;
    const name = (node as unknown as { name: string }).name;
    if (!CONSTANT_NAMES.has(name)) names.add(name);
  });
  return names;
}

/** Names of the functions called in a tree. */
export function functionNames(tree: MathNode): Set<string> {
  const names = new Set<string>();
  tree.traverse((node) => {
    if (node.type === "FunctionNode") names.add((node as unknown as { fn: { name: string } }).fn.name);
  });
  return names;
}

/** The value of a subtree without symbols when it is an integer, else undefined. */
export function integerValue(node: MathNode): number | undefined {
  let hasSymbol = false;
  node.traverse((n) => {
    if (n.type === "SymbolNode" || n.type === "FunctionNode") hasSymbol = true;
  });
  if (hasSymbol) return undefined;
  try {
    const value: unknown = node.evaluate();
    return typeof value === "number" && Number.isInteger(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True when the tree is a polynomial in its free variables with constant coefficients:
 * only numbers, variables, the constants e, pi, i, the operators + − * and unary −,
 * division by a constant, and powers with a non-negative integer constant exponent.
 * Function calls of any kind make it not a polynomial.
 */
export function isPolynomialTree(tree: MathNode): boolean {
  const visit = (node: MathNode): boolean => {
    switch (node.type) {
      case "ConstantNode":
      case "SymbolNode":
        return true;
      case "ParenthesisNode":
        return visit((node as unknown as { content: MathNode }).content);
      case "OperatorNode": {
        const { op, args } = node as unknown as { op: string; args: MathNode[] };
        if (op === "+" || op === "-" || op === "*") return args.every(visit);
        if (op === "/") return visit(args[0]) && freeSymbols(args[1]).size === 0 && functionNames(args[1]).size === 0;
        if (op === "^") {
          const exponent = integerValue(args[1]);
          return exponent !== undefined && exponent >= 0 && visit(args[0]);
        }
        return false;
      }
      default:
        return false;
    }
  };
  return visit(tree);
}

/**
 * A tree for the rounding scale of an expression: the same expression with every sum
 * replaced by the sum of the moduli of its terms (a + b → |a| + |b|, a − b → |a| + |b|,
 * ab → |a||b|, a/b → |a|/|b|, a^k → |a|^k for an integer constant k ≥ 0; anything else →
 * its own modulus). Rounding errors of a double-precision evaluation are bounded by a
 * small multiple of ε times this value, even where the expression itself cancels to ~0.
 */
export function magnitudeTree(tree: MathNode): MathNode {
  const abs = (node: MathNode): MathNode => new math.FunctionNode("abs", [node]);
  const visit = (node: MathNode): MathNode => {
    switch (node.type) {
      case "ParenthesisNode":
        return visit((node as unknown as { content: MathNode }).content);
      case "OperatorNode": {
        const { op, args } = node as unknown as { op: string; args: MathNode[] };
        if (args.length === 1 && (op === "-" || op === "+")) return visit(args[0]);
        if (args.length === 2 && (op === "+" || op === "-")) return new math.OperatorNode("+", "add", [visit(args[0]), visit(args[1])]);
        if (args.length === 2 && op === "*") return new math.OperatorNode("*", "multiply", [visit(args[0]), visit(args[1])]);
        if (args.length === 2 && op === "/") return new math.OperatorNode("/", "divide", [visit(args[0]), abs(args[1])]);
        if (args.length === 2 && op === "^") {
          const k = integerValue(args[1]);
          if (k !== undefined && k >= 0) return new math.OperatorNode("^", "pow", [visit(args[0]), new math.ConstantNode(k)]);
        }
        return abs(node);
      }
      default:
        return abs(node);
    }
  };
  return visit(tree);
}

/**
 * True when the tree is a polynomial in `variable` whose coefficients may be anything free
 * of it: the variable occurs only under + − * unary −, division by variable-free terms, and
 * powers with a non-negative integer constant exponent.
 */
export function isPolynomialIn(tree: MathNode, variable: string): boolean {
  const contains = (node: MathNode): boolean => freeSymbols(node).has(variable);
  const visit = (node: MathNode): boolean => {
    if (!contains(node)) return true;
    switch (node.type) {
      case "SymbolNode":
        return true;
      case "ParenthesisNode":
        return visit((node as unknown as { content: MathNode }).content);
      case "OperatorNode": {
        const { op, args } = node as unknown as { op: string; args: MathNode[] };
        if (op === "+" || op === "-" || op === "*") return args.every(visit);
        if (op === "/") return args.length === 2 && visit(args[0]) && !contains(args[1]);
        if (op === "^") {
          const exponent = integerValue(args[1]);
          return exponent !== undefined && exponent >= 0 && visit(args[0]);
        }
        return false;
      }
      default:
        return false;
    }
  };
  return visit(tree);
}
