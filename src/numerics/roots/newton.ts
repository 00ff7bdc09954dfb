/**
 * One-dimensional Newton iteration, damped by backtracking and falling back to a
 * bisection-safeguarded step as soon as a sign change brackets the root.
 */
import { ConvergenceError, ParameterError } from "../../core/errors.js";

/** Options of {@link newton1d}. Tolerances in units of x (xTol) and of f (fTol). */
export interface NewtonOptions {
  /** Known bracket [lo, hi] with f(lo)·f(hi) ≤ 0 containing x0; enables the safeguarded mode from the start. */
  readonly bracket?: readonly [number, number];
  /** Absolute step tolerance, ≥ 0; default 0. */
  readonly xTol?: number;
  /** Relative step tolerance, ≥ 0; default 4ε ≈ 8.9e-16. */
  readonly rTol?: number;
  /** Stop as soon as |f(x)| ≤ fTol, ≥ 0; default 0 (only f = 0 exactly). */
  readonly fTol?: number;
  /** Maximum number of iterations, integer ≥ 1; default 100. */
  readonly maxIterations?: number;
}

/** Result of {@link newton1d}. */
export interface NewtonResult {
  readonly root: number;
  /** f(root). */
  readonly residual: number;
  readonly iterations: number;
  /** Number of f evaluations (df evaluations are counted in derivativeEvaluations). */
  readonly evaluations: number;
  readonly derivativeEvaluations: number;
}

/**
 * Root of f near x0 by damped Newton with a bracketing fallback.
 *
 * Without a bracket: the Newton step −f/f′ is halved (up to 50 times) until |f| decreases
 * (a trial point where f is not finite counts as no decrease).
 * Once two iterates (or a trial point) have f of opposite sign, the pair is kept as a
 * bracket and the iteration continues as the safeguarded Newton–bisection method
 * (rtsafe, Press et al., Numerical Recipes, 3rd ed., §9.4): a Newton step that leaves
 * the bracket, or does not halve the previous step, is replaced by bisection; the
 * bracket shrinks every iteration. Converged when the Newton correction satisfies
 * |Δx| ≤ xTol + rTol·|x| (it is then applied without line search), when the bracket is that narrow (or holds no double strictly
 * inside), or when |f(x)| ≤ fTol.
 *
 * @param f function (units of f), finite values
 * @param df derivative f′ (units of f per unit x)
 * @param x0 starting point (finite; inside the bracket if one is given)
 * @throws ParameterError for bad options, a bracket without sign change (printing both
 *   values), x0 outside the bracket, or a non-finite f / f′ value (naming the point)
 * @throws ConvergenceError when the iteration stalls without a bracket (zero derivative,
 *   no decrease) or after maxIterations, with the achieved |f|
 * @example newton1d((x) => Math.cos(x) - x, (x) => -Math.sin(x) - 1, 1).root // 0.7390851332151607
 */
export function newton1d(
  f: (x: number) => number,
  df: (x: number) => number,
  x0: number,
  options: NewtonOptions = {},
): NewtonResult {
  if (typeof f !== "function") throw new ParameterError("f", f, "a function (x: number) => number");
  if (typeof df !== "function") throw new ParameterError("df", df, "a function (x: number) => number");
  if (!Number.isFinite(x0)) throw new ParameterError("x0", x0, "a finite number");
  const xTol = options.xTol ?? 0;
  const rTol = options.rTol ?? 4 * Number.EPSILON;
  const fTol = options.fTol ?? 0;
  const maxIterations = options.maxIterations ?? 100;
  if (!(Number.isFinite(xTol) && xTol >= 0)) throw new ParameterError("xTol", xTol, "a finite number >= 0");
  if (!(Number.isFinite(rTol) && rTol >= 0)) throw new ParameterError("rTol", rTol, "a finite number >= 0");
  if (!(Number.isFinite(fTol) && fTol >= 0)) throw new ParameterError("fTol", fTol, "a finite number >= 0");
  if (!(Number.isInteger(maxIterations) && maxIterations >= 1)) throw new ParameterError("maxIterations", maxIterations, "an integer >= 1");

  let evaluations = 0;
  let derivativeEvaluations = 0;
  const fx = (x: number): number => {
    evaluations++;
    const v = f(x);
    if (!Number.isFinite(v)) throw new ParameterError(`f(${x})`, v, "a finite function value");
    return v;
  };
  // Line-search trial points are the algorithm's choice: a non-finite value there only
  // shortens the step (the user's f may overflow far from the root).
  const trialValue = (x: number): number => {
    evaluations++;
    return f(x);
  };
  const dfx = (x: number): number => {
    derivativeEvaluations++;
    const v = df(x);
    if (!Number.isFinite(v)) throw new ParameterError(`df(${x})`, v, "a finite derivative value");
    return v;
  };
  const done = (root: number, residual: number, iterations: number): NewtonResult => ({
    root,
    residual,
    iterations,
    evaluations,
    derivativeEvaluations,
  });

  // Bracket: lo has f < 0, hi has f > 0 (lo may be greater than hi).
  let lo = NaN;
  let hi = NaN;
  if (options.bracket) {
    const [p, q] = options.bracket;
    if (!(Number.isFinite(p) && Number.isFinite(q) && p < q)) throw new ParameterError("bracket", options.bracket, "finite [lo, hi] with lo < hi");
    if (!(x0 >= p && x0 <= q)) throw new ParameterError("x0", x0, `a point of the bracket [${p}, ${q}]`);
    const fp = fx(p);
    const fq = fx(q);
    if (fp === 0) return done(p, 0, 0);
    if (fq === 0) return done(q, 0, 0);
    if ((fp > 0) === (fq > 0)) throw new ParameterError("bracket", options.bracket, `f of opposite sign at the ends; got f(lo) = ${fp}, f(hi) = ${fq}`);
    lo = fp < 0 ? p : q;
    hi = fp < 0 ? q : p;
  }
  const bracketed = (): boolean => !Number.isNaN(lo);
  const tolerance = (x: number): number => xTol + rTol * Math.abs(x);

  let x = x0;
  let fxv = fx(x);
  let previousStep = options.bracket ? Math.abs(options.bracket[1] - options.bracket[0]) : Infinity;
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    if (Math.abs(fxv) <= fTol || fxv === 0) return done(x, fxv, iteration - 1);
    if (bracketed()) {
      if (fxv < 0) lo = x;
      else hi = x;
      const mid = 0.5 * (lo + hi);
      // bracket within tolerance, or no double left strictly inside it
      if (Math.abs(hi - lo) <= 2 * tolerance(x) || mid === lo || mid === hi) return done(x, fxv, iteration - 1);
      const slope = dfx(x);
      const newton = slope !== 0 ? x - fxv / slope : NaN;
      const inside = newton > Math.min(lo, hi) && newton < Math.max(lo, hi);
      let next: number;
      if (inside && Math.abs(newton - x) <= 0.5 * previousStep) {
        next = newton;
      } else {
        next = mid;
      }
      const step = Math.abs(next - x);
      previousStep = step;
      if (next === x || step <= tolerance(x)) {
        return done(next, next === x ? fxv : fx(next), iteration);
      }
      x = next;
      fxv = fx(x);
      continue;
    }
    const slope = dfx(x);
    if (slope === 0) {
      throw new ConvergenceError("damped Newton (1D)", Math.abs(fxv), evaluations, `zero derivative at x = ${x} and no bracket`);
    }
    const full = -fxv / slope;
    if (Math.abs(full) <= tolerance(x)) {
      // the correction is below the requested resolution; a line search would only compare
      // values of f at the round-off level
      const last = x + full;
      const fl = trialValue(last);
      return Number.isFinite(fl) && Math.abs(fl) <= Math.abs(fxv) ? done(last, fl, iteration) : done(x, fxv, iteration);
    }
    let lambda = 1;
    let accepted = false;
    for (let k = 0; k < 50; k++) {
      const trial = x + lambda * full;
      const ft = trialValue(trial);
      if (!Number.isFinite(ft) || !Number.isFinite(trial)) {
        lambda *= 0.5; // the step left the domain where f is finite: shorten it
        continue;
      }
      if ((ft > 0) !== (fxv > 0) || ft === 0) {
        // sign change: bracket found; continue in the safeguarded mode
        if (ft === 0) return done(trial, 0, iteration);
        lo = fxv < 0 ? x : trial;
        hi = fxv < 0 ? trial : x;
        previousStep = Math.abs(trial - x);
        x = trial;
        fxv = ft;
        accepted = true;
        break;
      }
      if (Math.abs(ft) < Math.abs(fxv)) {
        x = trial;
        fxv = ft;
        accepted = true;
        break;
      }
      lambda *= 0.5;
    }
    if (!accepted) {
      throw new ConvergenceError("damped Newton (1D)", Math.abs(fxv), evaluations, `no decrease of |f| along the Newton direction at x = ${x}`);
    }
  }
  throw new ConvergenceError("damped Newton (1D)", Math.abs(fxv), evaluations, `maxIterations = ${maxIterations} reached at x = ${x}`);
}
