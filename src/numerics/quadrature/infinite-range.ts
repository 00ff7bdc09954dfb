/**
 * Variable transforms that turn an integral over a semi-infinite or infinite range
 * into one over a finite t-interval, so that the adaptive Gauss–Kronrod rule can
 * integrate it. The Kronrod nodes are interior, so t = ±1 (x = ±∞) is never evaluated.
 *
 * Transforms (the rational maps of QUADPACK QAGI in spirit, Piessens et al. 1983, §2.2.2;
 * here with the Jacobian kept bounded for f ~ 1/x² so that the transformed integrand
 * stays finite at the end points):
 *   [a, ∞):   x = a + t/(1 − t),     dx = dt/(1 − t)²,           t ∈ [0, 1)
 *   (−∞, b]:  x = b − t/(1 − t),     dx = dt/(1 − t)²,           t ∈ [0, 1)
 *   (−∞, ∞):  x = t/(1 − t²),        dx = (1 + t²)/(1 − t²)² dt,  t ∈ (−1, 1)
 * The unit length scale is built in: features much narrower than 1 (or far from 0)
 * are resolved by adaptive bisection, and reliably only when the caller passes them
 * as breakpoints (they are mapped to t with the inverse transform).
 */
import { ParameterError } from "../../core/errors.js";

/** An integral over an infinite range rewritten over a finite t-interval. */
export interface FiniteRangeMap {
  /** g(t) = f(x(t))·dx/dt. Throws ParameterError naming x if f(x) is not finite. */
  readonly integrand: (t: number) => number;
  readonly lower: number;
  readonly upper: number;
  /** Inverse transform t(x), used to map breakpoints. */
  readonly toT: (x: number) => number;
  /** Which transform was used (for messages and documentation). */
  readonly transform: string;
}

function checked(f: (x: number) => number, x: number): number {
  const v = f(x);
  if (!Number.isFinite(v)) throw new ParameterError(`f(${x})`, v, "a finite integrand value");
  return v;
}

/**
 * Maps ∫_a^b f(x) dx with a < b and at least one infinite limit to ∫ g(t) dt over a
 * finite interval (see the module comment for the three transforms).
 * @param f integrand; called only at finite x
 * @param a lower limit (finite or −Infinity)
 * @param b upper limit (finite or +Infinity), b > a
 * @throws ParameterError if the limits are not ordered or neither is infinite
 * @example mapToFiniteRange(Math.exp, -Infinity, 0).transform // "x = b − t/(1−t), t ∈ [0, 1)"
 */
export function mapToFiniteRange(f: (x: number) => number, a: number, b: number): FiniteRangeMap {
  if (!(a < b)) throw new ParameterError("a, b", [a, b], "a < b");
  if (a === -Infinity && b === Infinity) {
    return {
      integrand: (t) => {
        const s = 1 - t * t;
        const x = t / s;
        const v = checked(f, x);
        return v === 0 ? 0 : (v * (1 + t * t)) / (s * s);
      },
      lower: -1,
      upper: 1,
      toT: (x) => (2 * x) / (1 + Math.sqrt(1 + 4 * x * x)),
      transform: "x = t/(1−t²), t ∈ (−1, 1)",
    };
  }
  if (b === Infinity) {
    return {
      integrand: (t) => {
        const s = 1 - t;
        const v = checked(f, a + t / s);
        return v === 0 ? 0 : v / (s * s);
      },
      lower: 0,
      upper: 1,
      toT: (x) => (x - a) / (1 + (x - a)),
      transform: "x = a + t/(1−t), t ∈ [0, 1)",
    };
  }
  if (a === -Infinity) {
    return {
      integrand: (t) => {
        const s = 1 - t;
        const v = checked(f, b - t / s);
        return v === 0 ? 0 : v / (s * s);
      },
      // t runs from 1 (x = −∞) down to 0 (x = b); the minus sign of dx/dt flips the limits back.
      lower: 0,
      upper: 1,
      toT: (x) => (b - x) / (1 + (b - x)),
      transform: "x = b − t/(1−t), t ∈ [0, 1)",
    };
  }
  throw new ParameterError("a, b", [a, b], "at least one infinite limit (finite ranges need no transform)");
}
