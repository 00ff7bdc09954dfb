import type { MathNode } from "mathjs";
import { ParameterError, SymbolicError } from "../core/errors.js";
import { seededRandom } from "../numerics/random.js";
import { compileComplex } from "./compile.js";
import { type Deadline, deadlineAfter, isTimeout, runEngine, subDeadline } from "./engine.js";
import { Expression, type ExpressionInput, type SymbolicOptions, checkVariableName, expressionFromEngine, toExpression } from "./expression.js";
import { assertNumericallyEqual } from "./numeric-guard.js";
import { rationalFormWithin } from "./rational-form.js";
import { freeSymbols, parseTree } from "./syntax-tree.js";

/** A linear system given by its coefficients: Σ_j matrix[k][j]·unknown_j = rhs[k]. */
export interface CoefficientSystem {
  readonly matrix: readonly (readonly ExpressionInput[])[];
  readonly rhs: readonly ExpressionInput[];
}

/** One unknown of the solution: value = numerator / denominator. */
export interface SolvedUnknown {
  readonly numerator: Expression;
  readonly denominator: Expression;
  readonly value: Expression;
}

/** Solution of a linear system by Cramer's rule. */
export interface LinearSolution {
  readonly unknowns: Readonly<Record<string, SolvedUnknown>>;
  /** det A of the polynomial coefficient matrix (expanded). */
  readonly determinant: Expression;
  /** True when every numerator and denominator was factored within the factoring time limit. */
  readonly factored: boolean;
}

/** Options of {@link solveLinearSystem}. */
export interface SolveOptions extends SymbolicOptions {
  /** Factor numerators and denominators at the end and cancel common factors (default true). */
  readonly factor?: boolean;
  /**
   * Total time for all `factor` calls in ms (default 1000). nerdamer's factor is slow on
   * large irreducible multivariate polynomials (a 64-term cubic: 13 s) and also gives up
   * by itself after ~800 ms (its setting TIMEOUT); a polynomial not factored within the
   * budget is kept expanded, and `factored` is false.
   */
  readonly factorBudgetMs?: number;
}

/** Largest system solved (the cofactor expansion costs n·2ⁿ polynomial products). */
const MAX_UNKNOWNS = 8;

/**
 * Solves a linear system with symbolic coefficients fraction-free, by Cramer's rule.
 *
 * Why not nerdamer's solveEquations: on nested rational expressions (a 4×4 system of
 * transition rates) it runs for minutes; the same problem as polynomials takes a second.
 * Algorithm: (1) each equation (text "lhs = rhs", or an expression meaning "= 0"; or a
 * row of {@link CoefficientSystem}) is multiplied by its denominators (rationalForm),
 * so every coefficient is a polynomial; coefficients are read off as ∂/∂unknown of the
 * polynomial row, which must not contain an unknown (linearity check). (2) det A and the
 * det A_j (column j replaced by the right-hand side) by cofactor (Laplace) expansion along
 * rows, minors memoised by column set and shared between A and the A_j, each minor one
 * engine `expand` of polynomials — no division anywhere. (3) x_j = det A_j / det A;
 * `factor` both (within a time budget, option factorBudgetMs) and cancel common factors;
 * a leading minus sign is moved from the denominator to the numerator. (4) Check: with every parameter at seeded values in
 * [0.35, 1.65], the solution satisfies each polynomial row to 1e-8 relative (mathjs
 * evaluation, independent of the engine).
 * Cost: 4×4 with 12 symbolic rates (stationary state of a 4-state Markov chain) ≈ 1–2 s,
 * plus the factoring budget (its 64-term determinant is irreducible and not factored).
 *
 * Throws ParameterError when the system is not square (equations ≠ unknowns), has more than
 * 8 unknowns, or unknown names are invalid or repeated; SymbolicError when an equation is
 * not linear in the unknowns, det A is identically 0, the engine fails or times out, or the
 * residual check fails.
 * @example solveLinearSystem(["x + y = 2", "x - y = a"], ["x", "y"]).unknowns.x.value.toString() // "(1/2)*(2+a)"
 */
export function solveLinearSystem(system: readonly ExpressionInput[] | CoefficientSystem, unknowns: readonly string[], options: SolveOptions = {}): LinearSolution {
  const deadline = deadlineAfter(options.timeoutMs);
  if (!Array.isArray(unknowns) || unknowns.length === 0) throw new ParameterError("unknowns", unknowns, "a non-empty array of variable names");
  unknowns.forEach((u, k) => checkVariableName(u, `unknowns[${k}]`));
  if (new Set(unknowns).size !== unknowns.length) throw new ParameterError("unknowns", unknowns, "distinct names");
  if (unknowns.length > MAX_UNKNOWNS) throw new ParameterError("unknowns.length", unknowns.length, `at most ${MAX_UNKNOWNS}`);
  const factorBudgetMs = options.factorBudgetMs ?? 1000;
  if (!(Number.isFinite(factorBudgetMs) && factorBudgetMs > 0)) throw new ParameterError("factorBudgetMs", factorBudgetMs, "a finite number of ms > 0");

  const { matrix, rhs } = Array.isArray(system) ? rowsFromEquations(system as readonly ExpressionInput[], unknowns, deadline) : rowsFromCoefficients(system as CoefficientSystem, unknowns, deadline);
  const n = unknowns.length;
  const expandText = (text: string): string => expressionFromEngine("solveLinearSystem", text, runEngine("expand", [text], text, deadline)).text;

  // Cofactor expansion: minor(row, columns) = det of rows row…n−1 restricted to `columns`.
  // Column `replaced` (or −1) takes its entries from rhs; minors not containing it are shared.
  const shared = new Map<number, string>();
  const determinant = (replaced: number): string => {
    const own = new Map<number, string>();
    const minor = (row: number, columns: number): string => {
      if (row === n) return "1";
      const memo = replaced >= 0 && (columns & (1 << replaced)) !== 0 ? own : shared;
      const known = memo.get(columns);
      if (known !== undefined) return known;
      const terms: string[] = [];
      let position = 0;
      for (let c = 0; c < n; c++) {
        if ((columns & (1 << c)) === 0) continue;
        const sign = position++ % 2 === 0 ? "+" : "-";
        const entry = c === replaced ? rhs[row] : matrix[row][c];
        if (entry === "0") continue;
        const rest = minor(row + 1, columns & ~(1 << c));
        if (rest !== "0") terms.push(`${sign}(${entry})*(${rest})`);
      }
      const value = terms.length === 0 ? "0" : expandText(terms.join(""));
      memo.set(columns, value);
      return value;
    };
    return minor(0, (1 << n) - 1);
  };

  const detA = determinant(-1);
  if (detA === "0") throw new SymbolicError("solveLinearSystem", describe(matrix, rhs), "the coefficient determinant is identically 0 (singular system)");
  const wantFactor = options.factor ?? true;
  let factored = wantFactor; // false from the start when factoring is not asked for
  const factorBudgetEnd = performance.now() + factorBudgetMs;
  const tryFactor = (text: string): string => {
    if (!wantFactor) return text;
    const budgetLeft = factorBudgetEnd - performance.now();
    if (budgetLeft <= 0) {
      factored = false;
      return text;
    }
    try {
      const result = expressionFromEngine("factor", text, runEngine("factor", [text], text, subDeadline(deadline, budgetLeft)));
      assertNumericallyEqual("factor", new Expression(text), result);
      return result.text;
    } catch (error) {
      // Our time limit, or nerdamer's own (its factor gives up with "timeout" after ~800 ms).
      const gaveUp = isTimeout(error) || (error instanceof SymbolicError && error.message.includes("nerdamer threw: timeout"));
      if (!gaveUp || deadline.at <= performance.now()) throw error;
      factored = false;
      return text;
    }
  };
  const denominatorFactored = tryFactor(detA);
  const solution: Record<string, SolvedUnknown> = {};
  for (let j = 0; j < n; j++) {
    const [num, den] = cancelCommonFactors(tryFactor(determinant(j)), denominatorFactored);
    const [signedNum, signedDen] = den.startsWith("-") ? [`-(${num})`, `-(${den})`] : [num, den];
    const numerator = toExpression(signedNum, "numerator", deadline);
    const denominator = toExpression(signedDen, "denominator", deadline);
    const value = toExpression(`(${numerator.text})/(${denominator.text})`, "value", deadline);
    solution[unknowns[j]] = { numerator, denominator, value };
  }
  checkResidual(matrix, rhs, unknowns, solution);
  return { unknowns: solution, determinant: new Expression(detA), factored };
}

interface PolynomialRows {
  readonly matrix: string[][];
  readonly rhs: string[];
}

function rowsFromEquations(equations: readonly ExpressionInput[], unknowns: readonly string[], deadline: Deadline): PolynomialRows {
  if (equations.length !== unknowns.length) throw new ParameterError("equations.length", equations.length, `as many equations as unknowns (${unknowns.length})`);
  const matrix: string[][] = [];
  const rhs: string[] = [];
  equations.forEach((equation, k) => {
    let text: ExpressionInput = equation;
    if (typeof equation === "string" && equation.includes("=")) {
      const sides = equation.split("=");
      if (sides.length !== 2 || sides.some((s) => s.trim() === "")) throw new ParameterError(`equations[${k}]`, equation, "one equation 'lhs = rhs'");
      text = `(${sides[0]})-(${sides[1]})`;
    }
    const { numerator, denominator } = rationalFormWithin(toExpression(text, `equations[${k}]`, deadline), deadline);
    const inDenominator = unknowns.filter((u) => freeSymbols(parseTree("solveLinearSystem", denominator.text)).has(u));
    if (inDenominator.length > 0) {
      throw new SymbolicError("solveLinearSystem", String(equation), `equation ${k} is not linear: unknown ${inDenominator.join(", ")} in the denominator ${denominator.text}`);
    }
    const row = unknowns.map((u) => {
      const coefficient = expressionFromEngine("solveLinearSystem", numerator.text, runEngine("diff", [numerator.text, u, 1], numerator.text, deadline));
      const bad = unknowns.filter((v) => freeSymbols(parseTree("solveLinearSystem", coefficient.text)).has(v));
      if (bad.length > 0) throw new SymbolicError("solveLinearSystem", String(equation), `equation ${k} is not linear: ∂/∂${u} = ${coefficient.text} contains ${bad.join(", ")}`);
      return coefficient.text;
    });
    const zeros = Object.fromEntries(unknowns.map((u) => [u, "0"]));
    const constant = expressionFromEngine("solveLinearSystem", numerator.text, runEngine("substitute", [numerator.text, zeros], numerator.text, deadline));
    matrix.push(row);
    rhs.push(expressionFromEngine("solveLinearSystem", constant.text, runEngine("expand", [`-(${constant.text})`], constant.text, deadline)).text);
  });
  return { matrix, rhs };
}

function rowsFromCoefficients(system: CoefficientSystem, unknowns: readonly string[], deadline: Deadline): PolynomialRows {
  const n = unknowns.length;
  if (!Array.isArray(system?.matrix) || system.matrix.length !== n || system.matrix.some((row) => !Array.isArray(row) || row.length !== n)) {
    throw new ParameterError("system.matrix", system?.matrix, `an ${n}×${n} array of expressions (one column per unknown)`);
  }
  if (!Array.isArray(system.rhs) || system.rhs.length !== n) throw new ParameterError("system.rhs", system.rhs, `an array of ${n} expressions`);
  const matrix: string[][] = [];
  const rhs: string[] = [];
  system.matrix.forEach((row, k) => {
    const entries = [...row, system.rhs[k]].map((entry, j) => rationalFormWithin(toExpression(entry, j < n ? `matrix[${k}][${j}]` : `rhs[${k}]`, deadline), deadline));
    const denominators = [...new Set(entries.map((e) => e.denominator.text).filter((d) => d !== "1"))];
    const scaled = entries.map((e) => {
      const others = [...denominators];
      const own = others.indexOf(e.denominator.text);
      if (own >= 0) others.splice(own, 1);
      const text = [e.numerator.text, ...others].map((t) => `(${t})`).join("*");
      return expressionFromEngine("solveLinearSystem", text, runEngine("expand", [text], text, deadline)).text;
    });
    for (const t of scaled) {
      const bad = unknowns.filter((u) => freeSymbols(parseTree("solveLinearSystem", t)).has(u));
      if (bad.length > 0) throw new SymbolicError("solveLinearSystem", t, `row ${k}: a coefficient contains the unknown ${bad.join(", ")}`);
    }
    matrix.push(scaled.slice(0, n));
    rhs.push(scaled[n]);
  });
  return { matrix, rhs };
}

/** Cancels factors (top-level product factors, same text) common to numerator and denominator. */
function cancelCommonFactors(num: string, den: string): [string, string] {
  const a = productFactors(num);
  const b = productFactors(den);
  if (a === undefined || b === undefined) return [num, den];
  const common = a.filter((f) => {
    const k = b.indexOf(f);
    if (k < 0) return false;
    b.splice(k, 1);
    return true;
  });
  if (common.length === 0) return [num, den];
  const remaining = [...a];
  for (const f of common) remaining.splice(remaining.indexOf(f), 1);
  const join = (fs: string[]): string => (fs.length === 0 ? "1" : fs.map((f) => `(${f})`).join("*"));
  return [join(remaining), join(b)];
}

/** Top-level factors of a product text (powers with integer exponents expanded into repeats), or undefined. */
function productFactors(text: string): string[] | undefined {
  const factors: string[] = [];
  const visit = (node: MathNode): void => {
    let n = node;
    while (n.type === "ParenthesisNode") n = (n as unknown as { content: MathNode }).content;
    if (n.type === "OperatorNode") {
      const { op, args } = n as unknown as { op: string; args: MathNode[] };
      if (op === "*" && args.length === 2) {
        visit(args[0]);
        visit(args[1]);
        return;
      }
      if (op === "^" && args.length === 2 && args[1].type === "ConstantNode") {
        const k = Number((args[1] as unknown as { value: unknown }).value);
        if (Number.isInteger(k) && k > 0 && k <= 16) {
          for (let r = 0; r < k; r++) visit(args[0]);
          return;
        }
      }
    }
    factors.push(n.toString());
  };
  try {
    visit(parseTree("solveLinearSystem", text));
  } catch {
    return undefined;
  }
  return factors;
}

/** Residual check of the solution against the polynomial rows, with mathjs, at two parameter points. */
function checkResidual(matrix: string[][], rhs: string[], unknowns: readonly string[], solution: Record<string, SolvedUnknown>): void {
  const parameters = new Set<string>();
  for (const t of [...matrix.flat(), ...rhs]) for (const v of freeSymbols(parseTree("solveLinearSystem", t))) parameters.add(v);
  const names = [...parameters].sort();
  const evaluate = (text: string, point: number[]): { re: number; im: number } => compileComplex(new Expression(text), names)(...point);
  const random = seededRandom(0xa11ce);
  for (let trial = 0; trial < 2; trial++) {
    const point = names.map(() => random.uniform(0.35, 1.65));
    let x: { re: number; im: number }[];
    try {
      x = unknowns.map((u) => evaluate(solution[u].value.text, point));
    } catch {
      continue; // det A vanishes at this point: no check here
    }
    matrix.forEach((row, k) => {
      let re = 0;
      let im = 0;
      let scale = 0;
      row.forEach((entry, j) => {
        const a = evaluate(entry, point);
        const pre = a.re * x[j].re - a.im * x[j].im;
        const pim = a.re * x[j].im + a.im * x[j].re;
        re += pre;
        im += pim;
        scale += Math.hypot(pre, pim);
      });
      const b = evaluate(rhs[k], point);
      scale += Math.hypot(b.re, b.im);
      const residual = Math.hypot(re - b.re, im - b.im);
      // 1e-8: double-precision evaluation of the expanded polynomials, with room for cancellation.
      if (residual > 1e-8 * scale) {
        throw new SymbolicError(
          "solveLinearSystem",
          describe(matrix, rhs),
          `the solution does not satisfy equation ${k}: residual ${residual.toExponential(3)} vs scale ${scale.toExponential(3)} at (${names.map((v, i) => `${v}=${point[i]}`).join(", ")})`,
        );
      }
    });
  }
}

function describe(matrix: string[][], rhs: string[]): string {
  return matrix.map((row, k) => `[${row.join(", ")} | ${rhs[k]}]`).join("; ");
}
