/**
 * qtherm's symbolic layer — the only code that uses nerdamer (DESIGN §5).
 *
 * nerdamer (nerdamer-prime 1.5.0) does the algebra: parse, substitute, differentiate,
 * expand, factor, limits, antiderivatives. On top of it this layer builds what the engine
 * lacks or does badly: Taylor series from repeated differentiation (seriesByDerivatives),
 * common denominators without `simplify` (rationalForm), fraction-free linear solving by
 * Cramer's rule with cofactor expansion (solveLinearSystem), and the two-sided identity
 * check (equivalent). mathjs compiles results to numeric functions (compile,
 * compileComplex) — an evaluator independent of nerdamer, used for every numeric check.
 *
 * Design choice — a synchronous API backed by a worker thread. nerdamer is synchronous and
 * can run for minutes (simplify/solveEquations on nested rational expressions, expand of
 * large multinomials), so it runs in a persistent `worker_threads` Worker, started lazily
 * from source text (`eval: true`, engine-worker-source.ts) so that the same code works
 * from src/ under vitest/tsx and from the compiled dist/. Each call posts a request and
 * blocks in `Atomics.wait` with the call's remaining time as limit, then reads the answer
 * with `receiveMessageOnPort`; on timeout the worker is terminated (which stops even a
 * tight loop inside nerdamer), SymbolicError "… timed out after N ms" is thrown, and the
 * next call starts a new worker (~0.1–0.3 s). So every function here is synchronous and
 * every one runs under a time limit (option `timeoutMs`, default 10 s for the whole call,
 * composite operations included). The worker is `unref`ed: vitest and the CLI exit without
 * cleanup; shutdownSymbolicEngine() frees it early. Blocking the calling thread is the
 * price: do not call this layer from code that must stay responsive.
 *
 * Error policy: every nerdamer exception, timeout or garbage result (text containing
 * undefined, NaN, an unevaluated limit(…)/integrate(…)/diff(…), an interval, Infinity
 * where no limit was taken, or nerdamer's rational stand-ins for e and π) becomes
 * SymbolicError carrying the expression. Value-preserving operations (expand, simplify,
 * factor, rationalForm, substitute) are also compared numerically with their input at a
 * few points (numeric-guard.ts); limits are compared with numerical approach values.
 *
 * nerdamer-prime 1.5.0 quirks handled here (details where they are handled):
 * - its API functions nerdamer.expand/simplify/factor(s) replace e, π, √2, log 2 by
 *   rational approximations; the worker calls them through the parser instead;
 * - an exception inside an engine step leaves the setting PARSE2NUMBER on (restored);
 * - sinh(0), cosh(0), tan(0), … stay unevaluated after substitution (special-values.ts),
 *   and 0·coth(0) silently becomes 0 (caught by the substitution check);
 * - its limit is often wrong (lim_{x→∞}(ax²+1)/(bx²+x) = 0, lim_{x→∞} e^x − x² = −∞,
 *   lim_{x→0} coth x − 1/x = −∞): rational functions at ±∞ are done exactly, the rest is
 *   checked numerically and refused when contradicted;
 * - its factor gives up after ~800 ms on large multivariate polynomials, its gcd is wrong
 *   for multivariate input (not used), its defint returns rational approximations (not used).
 */
export { Expression, type ExpressionInput, type SymbolicOptions } from "./expression.js";
export { ENGINE_GUARD_MS, ENGINE_INPUT_BUDGET, engineWork, type EngineWork, shutdownSymbolicEngine, engineWorkersStarted } from "./engine.js";
export { parse, substitute, differentiate, expand, simplify, factor, variables } from "./algebra.js";
export { rationalForm, numerator, denominator, type RationalForm } from "./rational-form.js";
export { limit, type LimitPoint } from "./limit.js";
export { seriesByDerivatives, type Series } from "./series.js";
export { integrate, definiteIntegral } from "./integrate.js";
export { solveLinearSystem, type CoefficientSystem, type LinearSolution, type SolvedUnknown, type SolveOptions } from "./solve-linear-system.js";
export { decideLogIdentity, logArgumentsAt, type LogIdentityResult } from "./log-identity.js";
export { equivalent, identityMeasurement, combineIdentities, type EquivalenceOptions, type EquivalenceResult, type NumericEvidence, type VariableRange } from "./equivalent.js";
export { compile, compileComplex, numericValue, type RealFunction, type ComplexFunction, type ComplexValue } from "./compile.js";
export { formulaStructure, inlineDefinitions, splitComparisons, isReservedName, type FormulaStructure, type Definition, type ComparisonChain, type ComparisonOperator } from "./formula-text.js";
export { Polynomial, ExponentialPolynomial, normalForm, zeroTest, cancel, gcd, divideExact, WorkBudgetExceeded, type ExactFraction } from "./exact/index.js";
export { budgetFor, exactWork, type ExactWork } from "./exact-budget.js";
