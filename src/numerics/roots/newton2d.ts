/**
 * Damped Newton method for two equations in two unknowns, globalised by a
 * backtracking (Armijo) line search on the merit function φ = ‖F‖².
 */
import { ConvergenceError, ParameterError } from "../../core/errors.js";

/** Options of {@link newton2d}. */
export interface Newton2dOptions {
  /** Absolute step tolerance per component (units of x, y), ≥ 0; default 1e-14. */
  readonly xTol?: number;
  /** Relative step tolerance per component, ≥ 0; default 1e-12. */
  readonly rTol?: number;
  /** Stop when ‖F‖₂ ≤ fTol (units of F), ≥ 0; default 0 (only the step test). */
  readonly fTol?: number;
  /** Maximum number of Newton iterations, integer ≥ 1; default 100. */
  readonly maxIterations?: number;
}

/** Result of {@link newton2d}. */
export interface Newton2dResult {
  readonly root: readonly [number, number];
  /** ‖F(root)‖₂. */
  readonly residual: number;
  readonly iterations: number;
  /** Number of F evaluations (line-search trials included). */
  readonly evaluations: number;
}

const ARMIJO = 1e-4;

/**
 * Solves F(x, y) = 0 by damped Newton with backtracking.
 *
 * Each iteration solves J·p = −F (2×2 Cramer's rule on row-scaled equations); when J is
 * numerically singular (|det| ≤ 1e-13·‖row₁‖‖row₂‖) it takes the steepest-descent direction
 * p = −JᵀF of φ instead. The step length λ ∈ {1, 1/2, 1/4, …} is the first with a finite
 * residual and the Armijo
 * decrease φ(x + λp) ≤ φ(x) + 10⁻⁴·λ·∇φ·p (Dennis & Schnabel, Numerical Methods for
 * Unconstrained Optimization and Nonlinear Equations, 1983, §6.3). Converged when the
 * Newton correction has |pᵢ| ≤ xTol + rTol·|xᵢ| for both components (it is then applied
 * without line search), or when ‖F‖₂ ≤ fTol.
 *
 * @param F the two residuals at (x, y)
 * @param J Jacobian [[∂F₁/∂x, ∂F₁/∂y], [∂F₂/∂x, ∂F₂/∂y]]
 * @param x0 starting point [x, y], finite
 * @throws ParameterError for bad options, or non-finite F or J values (naming the point)
 * @throws ConvergenceError when the line search cannot decrease ‖F‖ (a local minimum of
 *   ‖F‖ that is not a root) or after maxIterations, with the achieved residual ‖F‖₂
 * @example newton2d((x, y) => [x * x + y * y - 1, x - y], (x, y) => [[2 * x, 2 * y], [1, -1]], [1, 0.5]).root
 *   // [0.7071067811865475, 0.7071067811865475] (1/√2 to 1 ulp)
 */
export function newton2d(
  F: (x: number, y: number) => readonly [number, number],
  J: (x: number, y: number) => readonly [readonly [number, number], readonly [number, number]],
  x0: readonly [number, number],
  options: Newton2dOptions = {},
): Newton2dResult {
  if (typeof F !== "function") throw new ParameterError("F", F, "a function (x, y) => [f1, f2]");
  if (typeof J !== "function") throw new ParameterError("J", J, "a function (x, y) => [[a, b], [c, d]]");
  if (!(Array.isArray(x0) && x0.length === 2 && Number.isFinite(x0[0]) && Number.isFinite(x0[1]))) {
    throw new ParameterError("x0", x0, "a pair [x, y] of finite numbers");
  }
  const xTol = options.xTol ?? 1e-14;
  const rTol = options.rTol ?? 1e-12;
  const fTol = options.fTol ?? 0;
  const maxIterations = options.maxIterations ?? 100;
  if (!(Number.isFinite(xTol) && xTol >= 0)) throw new ParameterError("xTol", xTol, "a finite number >= 0");
  if (!(Number.isFinite(rTol) && rTol >= 0)) throw new ParameterError("rTol", rTol, "a finite number >= 0");
  if (!(Number.isFinite(fTol) && fTol >= 0)) throw new ParameterError("fTol", fTol, "a finite number >= 0");
  if (!(Number.isInteger(maxIterations) && maxIterations >= 1)) throw new ParameterError("maxIterations", maxIterations, "an integer >= 1");

  let evaluations = 0;
  const residualAt = (x: number, y: number): [number, number] => {
    evaluations++;
    const r = F(x, y);
    if (!(Number.isFinite(r[0]) && Number.isFinite(r[1]))) throw new ParameterError(`F(${x}, ${y})`, r, "finite residuals");
    return [r[0], r[1]];
  };
  let x = x0[0];
  let y = x0[1];
  let r = residualAt(x, y);
  let phi = r[0] * r[0] + r[1] * r[1];
  const result = (iterations: number): Newton2dResult => ({ root: [x, y], residual: Math.sqrt(phi), iterations, evaluations });

  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    if (phi === 0 || Math.sqrt(phi) <= fTol) return result(iteration - 1);
    const jac = J(x, y);
    const [a, b] = jac[0];
    const [c, d] = jac[1];
    if (![a, b, c, d].every(Number.isFinite)) throw new ParameterError(`J(${x}, ${y})`, jac, "a finite Jacobian");
    // Row scaling makes the singularity test independent of the units of F1 and F2.
    const n1 = Math.hypot(a, b);
    const n2 = Math.hypot(c, d);
    const det = a * d - b * c;
    let px: number;
    let py: number;
    let isNewton = true;
    if (n1 > 0 && n2 > 0 && Math.abs(det) > 1e-13 * n1 * n2) {
      px = (-r[0] * d + r[1] * b) / det;
      py = (-r[1] * a + r[0] * c) / det;
    } else {
      isNewton = false;
      px = -(a * r[0] + c * r[1]);
      py = -(b * r[0] + d * r[1]);
      if (px === 0 && py === 0) {
        throw new ConvergenceError("damped Newton (2D)", Math.sqrt(phi), evaluations, `singular Jacobian with zero gradient of ‖F‖² at (${x}, ${y})`);
      }
    }
    if (isNewton && Math.abs(px) <= xTol + rTol * Math.abs(x) && Math.abs(py) <= xTol + rTol * Math.abs(y)) {
      // The correction is below the requested resolution: take it and stop (a line search
      // would only compare residuals at the round-off level).
      x += px;
      y += py;
      r = residualAt(x, y);
      phi = r[0] * r[0] + r[1] * r[1];
      return result(iteration);
    }
    // Directional derivative of φ along p: 2·Fᵀ J p.
    const slope = 2 * (r[0] * (a * px + b * py) + r[1] * (c * px + d * py));
    let lambda = 1;
    let accepted = false;
    for (let k = 0; k < 60; k++) {
      const tx = x + lambda * px;
      const ty = y + lambda * py;
      if (tx === x && ty === y) break;
      evaluations++;
      const tr = F(tx, ty); // a trial point: non-finite residuals only shorten the step
      const tphi = tr[0] * tr[0] + tr[1] * tr[1];
      if (Number.isFinite(tphi) && tphi <= phi + ARMIJO * lambda * slope) {
        x = tx;
        y = ty;
        r = [tr[0], tr[1]];
        phi = tphi;
        accepted = true;
        break;
      }
      lambda *= 0.5;
    }
    if (!accepted) {
      throw new ConvergenceError("damped Newton (2D)", Math.sqrt(phi), evaluations, `line search failed at (${x}, ${y}): ‖F‖ cannot be decreased`);
    }
  }
  throw new ConvergenceError("damped Newton (2D)", Math.sqrt(phi), evaluations, `maxIterations = ${maxIterations} reached at (${x}, ${y})`);
}
