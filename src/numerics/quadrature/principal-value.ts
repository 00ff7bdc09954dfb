/**
 * Cauchy principal value PV ∫_a^b f(x)/(x − c) dx by symmetric folding around the pole.
 */
import { ParameterError } from "../../core/errors.js";
import { integrate, type QuadratureOptions, type QuadratureResult } from "./gauss-kronrod.js";

/**
 * Cauchy principal value PV ∫_a^b f(x)/(x − c) dx for a < c < b (a = −∞ and/or b = +∞ allowed).
 *
 * Algorithm (folding): with d = min(c − a, b − c),
 *   PV ∫_a^b f(x)/(x−c) dx = ∫_0^d [f(c+u) − f(c−u)]/u du + ∫_{rest} f(x)/(x−c) dx,
 * where "rest" is [a, c−d] or [c+d, b], whichever is non-empty. The folded integrand
 * is smooth at u = 0 (it tends to 2f′(c)) when f is smooth at c, so no subtraction of
 * f(c) and no logarithm is needed, and f(c) is never evaluated; the Kronrod nodes are
 * interior, so u = 0 is never evaluated either. Both pieces go to the adaptive
 * Gauss–Kronrod rule {@link integrate} (infinite pieces through its rational transform).
 * For a = −∞, b = +∞ the whole integral is the folded one, ∫_0^∞ [f(c+u) − f(c−u)]/u du,
 * which converges when f decays (e.g. f = O(1/|x|) or faster, as for a Lorentzian).
 * Round-off: near u = 0 the folded integrand carries an absolute error ≈ ε|f(c)|/u, whose
 * integral over the panel nearest the pole is ≈ 3ε|f(c)| and stays inside the floor of the
 * error estimate.
 *
 * Tolerances apply to each of the (at most two) pieces; the returned errorEstimate is
 * their sum and `converged` says whether both met their tolerance. User breakpoints
 * (in x) are passed to the piece that contains them (folded as |x − c|).
 *
 * @param f numerator, finite on (a, b)
 * @param c pole position, finite, a < c < b
 * @param a lower limit (finite or −Infinity)
 * @param b upper limit (finite or +Infinity)
 * @throws ParameterError for c outside (a, b), non-finite c, unordered limits, a non-finite f(x)
 * @throws ConvergenceError when a piece misses its tolerance (unless onFailure = "return")
 * @example principalValue(() => 1, 0.5, -1, 1).value // -1.0986122886681096 (exact: ln((1−c)/(1+c)) = −ln 3 = −1.0986122886681098)
 */
export function principalValue(
  f: (x: number) => number,
  c: number,
  a: number,
  b: number,
  options: QuadratureOptions = {},
): QuadratureResult {
  if (typeof f !== "function") throw new ParameterError("f", f, "a function (x: number) => number");
  if (Number.isNaN(a)) throw new ParameterError("a", a, "a number or −Infinity");
  if (Number.isNaN(b)) throw new ParameterError("b", b, "a number or +Infinity");
  if (!(a < b)) throw new ParameterError("a, b", [a, b], "a < b");
  if (!Number.isFinite(c)) throw new ParameterError("c", c, "a finite number");
  if (!(c > a && c < b)) throw new ParameterError("c", c, `a point strictly inside (${a}, ${b})`);
  const breakpoints = options.breakpoints ?? [];
  breakpoints.forEach((p, i) => {
    if (!(Number.isFinite(p) && p >= a && p <= b)) throw new ParameterError(`breakpoints[${i}]`, p, `a finite point of [${a}, ${b}]`);
  });

  const d = Math.min(c - a, b - c);
  const pieces = c - a === b - c ? 1 : 2; // symmetric (or doubly infinite) range: folding covers everything
  const absTol = options.absTol === undefined ? undefined : options.absTol / pieces;
  const pieceOptions = (points: number[]): QuadratureOptions => ({ ...options, absTol, breakpoints: points });

  const foldedPoints = breakpoints.map((p) => Math.abs(p - c)).filter((u) => u > 0 && u < d);
  const folded = integrate(
    (u) => (checked(f, c + u) - checked(f, c - u)) / u,
    0,
    d,
    pieceOptions(foldedPoints),
  );
  if (pieces === 1) return folded;

  const leftRest = c - a > d;
  const lo = leftRest ? a : c + d;
  const hi = leftRest ? c - d : b;
  const restPoints = breakpoints.filter((p) => p > lo && p < hi);
  const rest = integrate((x) => checked(f, x) / (x - c), lo, hi, pieceOptions(restPoints));
  return {
    value: folded.value + rest.value,
    errorEstimate: folded.errorEstimate + rest.errorEstimate,
    evaluations: folded.evaluations + rest.evaluations,
    intervals: folded.intervals + rest.intervals,
    converged: folded.converged && rest.converged,
  };
}

function checked(f: (x: number) => number, x: number): number {
  const v = f(x);
  if (!Number.isFinite(v)) throw new ParameterError(`f(${x})`, v, "a finite value of the numerator");
  return v;
}
