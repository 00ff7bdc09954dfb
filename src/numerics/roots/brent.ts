/**
 * Brent's bracketing root finder (zeroin): inverse quadratic interpolation and secant
 * steps, safeguarded by bisection, so the bracket always shrinks and convergence is
 * guaranteed for any continuous f with a sign change.
 */
import { ConvergenceError, ParameterError } from "../../core/errors.js";

/** Options of {@link brent}. */
export interface BrentOptions {
  /** Absolute tolerance on the root (units of x), ≥ 0; default 0 (full relative precision). */
  readonly xTol?: number;
  /** Relative tolerance on the root, ≥ ε; default ε = 2.2e-16. */
  readonly rTol?: number;
  /** Maximum number of iterations (each costs one f evaluation), integer ≥ 1; default 200. */
  readonly maxIterations?: number;
}

/** Result of a root search. */
export interface BrentResult {
  /** The end of the final bracket with the smaller |f|. */
  readonly root: number;
  /** f(root). */
  readonly residual: number;
  /** Final bracket [lo, hi] containing a sign change (lo ≤ root ≤ hi); [root, root] when f(root) = 0 exactly. */
  readonly bracket: readonly [number, number];
  /** Number of f evaluations (including the two end points). */
  readonly evaluations: number;
}

/**
 * Root of f in [a, b] by Brent's method, given f(a)·f(b) ≤ 0.
 *
 * Algorithm: R. P. Brent, Algorithms for Minimization without Derivatives (Prentice-Hall,
 * 1973), ch. 4, procedure zero (netlib zeroin): each step takes inverse quadratic
 * interpolation or secant when it stays inside the bracket and shrinks it fast enough,
 * else bisection. Stops when the bracket half-width is ≤ 2·rTol·|x| + xTol/2 (plus the
 * smallest subnormal, so that a root at 0 terminates) or f(x) = 0 exactly. At most
 * ~(log₂((b−a)/tol))² evaluations; typically superlinear. A root at exactly 0 needs
 * xTol > 0: with xTol = 0 the search would continue into the subnormal range and
 * exhaust maxIterations.
 *
 * @param f continuous function; must return finite values
 * @param a, b bracket ends (finite, any order)
 * @throws ParameterError if a or b is not finite, if f(a), f(b) have the same sign (the
 *   message gives both values), or if f returns a non-finite value (naming the point)
 * @throws ConvergenceError after maxIterations (with the achieved bracket width)
 * @example brent((x) => x * x - 2, 0, 2).root // 1.414213562373095 (√2 = 1.4142135623730951 to 1 ulp)
 */
export function brent(f: (x: number) => number, a: number, b: number, options: BrentOptions = {}): BrentResult {
  if (typeof f !== "function") throw new ParameterError("f", f, "a function (x: number) => number");
  if (!Number.isFinite(a)) throw new ParameterError("a", a, "a finite number");
  if (!Number.isFinite(b)) throw new ParameterError("b", b, "a finite number");
  const xTol = options.xTol ?? 0;
  const rTol = options.rTol ?? Number.EPSILON;
  const maxIterations = options.maxIterations ?? 200;
  if (!(Number.isFinite(xTol) && xTol >= 0)) throw new ParameterError("xTol", xTol, "a finite number >= 0");
  if (!(Number.isFinite(rTol) && rTol >= Number.EPSILON)) throw new ParameterError("rTol", rTol, `a finite number >= ε = ${Number.EPSILON}`);
  if (!(Number.isInteger(maxIterations) && maxIterations >= 1)) throw new ParameterError("maxIterations", maxIterations, "an integer >= 1");

  let evaluations = 0;
  const fx = (x: number): number => {
    evaluations++;
    const v = f(x);
    if (!Number.isFinite(v)) throw new ParameterError(`f(${x})`, v, "a finite function value");
    return v;
  };
  let fa = fx(a);
  let fb = fx(b);
  if (fa === 0) return { root: a, residual: 0, bracket: [a, a], evaluations };
  if (fb === 0) return { root: b, residual: 0, bracket: [b, b], evaluations };
  if ((fa > 0) === (fb > 0)) {
    throw new ParameterError("a, b", [a, b], `a bracket with f(a), f(b) of opposite sign; got f(a) = ${fa}, f(b) = ${fb}`);
  }

  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    if ((fb > 0) === (fc > 0)) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol1 = 2 * rTol * Math.abs(b) + 0.5 * xTol + Number.MIN_VALUE;
    const xm = 0.5 * (c - b);
    if (fb === 0) return { root: b, residual: 0, bracket: [b, b], evaluations };
    if (Math.abs(xm) <= tol1) {
      return { root: b, residual: fb, bracket: b < c ? [b, c] : [c, b], evaluations };
    }
    if (Math.abs(e) >= tol1 && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * xm * s; // secant
        q = 1 - s;
      } else {
        const qq = fa / fc; // inverse quadratic interpolation
        const r = fb / fc;
        p = s * (2 * xm * qq * (qq - r) - (b - a) * (r - 1));
        q = (qq - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      p = Math.abs(p);
      if (2 * p < Math.min(3 * xm * q - Math.abs(tol1 * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = xm;
        e = d;
      }
    } else {
      d = xm;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol1 ? d : xm > 0 ? tol1 : -tol1;
    fb = fx(b);
  }
  throw new ConvergenceError("Brent root finder", Math.abs(c - b), evaluations, `bracket [${Math.min(b, c)}, ${Math.max(b, c)}], f = ${fb}`);
}
