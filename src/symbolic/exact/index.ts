/**
 * qtherm's exact algebra engine: rational and exponential algebra in arithmetic we
 * control, with a deterministic work budget (counted operations, never time) as its only
 * limit — so a derivation's verdict does not change with the load of the machine.
 *
 * Layers, each in its own file:
 * - numbers: {@link Rational} (BigInt, normalized) and {@link GaussianRational} (Q(i));
 * - {@link Polynomial}: sparse multivariate polynomials over Q(i) with named generators,
 *   canonical (equal polynomials print equal text, read back by nerdamer and mathjs);
 *   {@link divideExact} and {@link gcd} (degree bounds from modular images certify the
 *   result of the heuristic gcd over Z[i] for few generators or of Zippel's sparse
 *   modular gcd for many; the subresultant algorithm is the exact fallback);
 * - {@link ExponentialPolynomial}: Σ c_k e^{E_k}, zero iff every collected c_k is 0;
 * - {@link normalForm}: expression text → fraction of exponential polynomials, with
 *   trigonometric and hyperbolic functions rewritten as exponentials and everything
 *   else (log, sqrt, pi, …) an opaque atom with a canonical key; on top of it
 *   {@link zeroTest}, {@link expandToText}, {@link rationalFormText} and {@link cancel};
 * - {@link WorkMeter}: every entry point takes `{ budget }` or a shared meter, throws
 *   {@link WorkBudgetExceeded} (a SymbolicError naming the step, the budget and the work
 *   done) and reports its work, so each derivation can print its terms and operations.
 *
 * No timers anywhere: the same input costs the same work on every machine.
 */
export { Rational } from "./rational.js";
export { GaussianRational } from "./gaussian-rational.js";
export { Polynomial, type PolynomialTerm, type Complex, generatorText } from "./polynomial.js";
export { divideExact } from "./divide-exact.js";
export { gcd, lcm } from "./gcd.js";
export { ExponentialPolynomial, type ExponentialTerm } from "./exponential-polynomial.js";
export { normalForm, type ExactFraction, type NormalForm } from "./normal-form.js";
export { zeroTest, type ZeroTestResult } from "./zero-test.js";
export { expandToText, rationalFormText, type RationalFormOptions, type RationalFormText } from "./expand-text.js";
export { cancel, type CancelledFraction } from "./cancel.js";
export { DEFAULT_WORK_BUDGET, WorkBudgetExceeded, WorkMeter, workMeter, type WorkLimit, type WorkOptions } from "./work-budget.js";
