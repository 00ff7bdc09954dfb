/**
 * Exact values of elementary functions at 0 that nerdamer leaves unevaluated after a
 * substitution (it evaluates sin(0), cos(0), atan(0), sqrt(0) but keeps sinh(0), cosh(0),
 * tan(0), asin(0), erf(0), … as they are, so a Taylor coefficient of sinh at 0 would not
 * be recognised as 0), and the functions that are infinite at 0 (coth(0), csch(0), cot(0),
 * csc(0), log(0)), which nerdamer also keeps — or silently multiplies by 0.
 *
 * Values: sin, tan, sinh, tanh, asin, atan, asinh, atanh, erf, sqrt, abs → 0;
 * cos, cosh, sec, sech, exp → 1; acos(0) = pi/2 (Abramowitz & Stegun ch. 4, 7).
 */

const ZERO_AT_ZERO = ["sin", "tan", "sinh", "tanh", "asin", "atan", "asinh", "atanh", "erf", "sqrt", "abs"];
const ONE_AT_ZERO = ["cos", "cosh", "sec", "sech", "exp"];
const INFINITE_AT_ZERO = ["cot", "coth", "csc", "csch", "log"];

const call = (names: readonly string[]): RegExp => new RegExp(`\\b(${names.join("|")})\\(0\\)`, "g");

/** Result of {@link replaceSpecialValues}. */
export interface SpecialValues {
  /** The text with every f(0) of the tables replaced by its exact value. */
  readonly text: string;
  /** True when something was replaced (the text should be re-parsed by the engine). */
  readonly changed: boolean;
  /** The first call that is infinite (e.g. "coth(0)"), or undefined. */
  readonly infinite: string | undefined;
}

/**
 * Replaces f(0) by its exact value for the functions listed above, and reports a call
 * that is infinite at 0.
 * @example replaceSpecialValues("cosh(0)*x+sinh(0)").text // "1*x+0"
 */
export function replaceSpecialValues(text: string): SpecialValues {
  const infinite = call(INFINITE_AT_ZERO).exec(text)?.[0];
  const replaced = text.replace(call(ZERO_AT_ZERO), "0").replace(call(ONE_AT_ZERO), "1").replace(/\bacos\(0\)/g, "(pi/2)");
  return { text: replaced, changed: replaced !== text, infinite };
}
