/**
 * Stable elementary special functions of statistical physics: Fermi and Bose
 * occupations, coth, log(1 + e^x) and the binary entropy. Every function is
 * finite (or throws) for every finite input: no overflow to NaN, exact 0/1
 * limits, full relative precision near the points where the naive formulas
 * cancel. Units: ħ = k_B = 1, so β·ε is dimensionless.
 */
import { ParameterError } from "../core/errors.js";

/**
 * How far outside [0, 1] an occupation may lie and still be accepted (and clipped)
 * by {@link binaryEntropy}: eigenvalues of a correlation matrix of dimension n ≲ 10⁴
 * carry a backward error ≲ n·ε·‖C‖ ≈ 2·10⁻¹² (ε = 2.2·10⁻¹⁶, ‖C‖ ≤ 1), so 10⁻¹⁰
 * leaves a factor 50 of headroom. Clipping λ = −δ to 0 changes h by at most
 * δ(1 − ln δ) ≈ 2.4·10⁻⁹ at δ = 10⁻¹⁰.
 */
export const BINARY_ENTROPY_CLIP_TOLERANCE = 1e-10;

/**
 * Fermi function of the dimensionless argument x = β(ε − μ): 1/(1 + eˣ).
 * Kernel without validation (hot loops); x may be ±Infinity (gives 0 or 1), NaN gives NaN.
 * Evaluated with the sign split e^{−x}/(1 + e^{−x}) for x > 0, so the exponential never overflows.
 * @example fermiOfArgument(0) // 0.5
 * @example fermiOfArgument(800) // 0 (exact underflow, e^{-800} < 5e-324)
 */
export function fermiOfArgument(x: number): number {
  if (x > 0) {
    const e = Math.exp(-x);
    return e / (1 + e);
  }
  return 1 / (1 + Math.exp(x));
}

/**
 * Fermi–Dirac occupation f = 1/(1 + e^{β(ε−μ)}).
 *
 * Sign split: for x = β(ε−μ) > 0 it returns e^{−x}/(1+e^{−x}), else 1/(1+eˣ); the
 * exponential is never positive-large, so the result is exact 0 or 1 in the limits
 * (x ≳ 745 or x ≲ −37) and never NaN. The relative accuracy of f is a few ulp,
 * and so is that of 1 − f when computed as fermi(−ε, β, −μ) (not as 1 − f).
 * β may be negative (population inversion, f > 1/2 above μ) or zero (f = 1/2).
 * β = ±∞ is not accepted: the zero-temperature step is ambiguous at ε = μ; use a
 * large finite β (β·|ε−μ| > 745 already gives exact 0/1).
 *
 * @param energy single-particle energy ε (energy units)
 * @param beta inverse temperature β (1/energy), finite, any sign
 * @param mu chemical potential μ (energy units), default 0
 * @throws ParameterError if energy, beta or mu is not finite
 * @example fermi(0, 1) // 0.5
 * @example fermi(1, 1) // 0.2689414213699951
 * @example fermi(1e4, 1) // 0 and fermi(-1e4, 1) // 1
 */
export function fermi(energy: number, beta: number, mu = 0): number {
  if (!Number.isFinite(energy)) throw new ParameterError("energy", energy, "a finite number");
  if (!Number.isFinite(beta)) throw new ParameterError("beta", beta, "a finite number (β = ±∞ is not supported; use a large finite β)");
  if (!Number.isFinite(mu)) throw new ParameterError("mu", mu, "a finite number");
  return fermiOfArgument(beta * (energy - mu));
}

/**
 * Energy derivative of the Fermi function, ∂f/∂ε = −β f(1 − f).
 *
 * f(1 − f) is evaluated as e^{−|x|}/(1 + e^{−|x|})² with x = β(ε−μ), which is
 * symmetric in x, never overflows and keeps full relative precision in the tails
 * (no 1 − f cancellation). −∂f/∂ε integrates to 1 over ε for β > 0.
 *
 * @param energy ε (energy units); @param beta β (1/energy), finite; @param mu μ (energy units)
 * @returns ∂f/∂ε in 1/energy units
 * @throws ParameterError if an argument is not finite
 * @example fermiDerivative(0, 4) // -1 (= −β/4)
 * @example fermiDerivative(1, 1) // -0.19661193324148188
 */
export function fermiDerivative(energy: number, beta: number, mu = 0): number {
  if (!Number.isFinite(energy)) throw new ParameterError("energy", energy, "a finite number");
  if (!Number.isFinite(beta)) throw new ParameterError("beta", beta, "a finite number");
  if (!Number.isFinite(mu)) throw new ParameterError("mu", mu, "a finite number");
  const e = Math.exp(-Math.abs(beta * (energy - mu)));
  const onePlus = 1 + e;
  return (-beta * e) / (onePlus * onePlus);
}

/**
 * Bose–Einstein occupation n = 1/(e^{βω} − 1) for ω > 0, β > 0.
 *
 * Computed as 1/expm1(βω): expm1 keeps full relative precision as βω → 0, where
 * n ≈ 1/(βω) − 1/2 + βω/12; for βω ≳ 710 the result is exactly 0.
 *
 * @param omega mode frequency ω (energy units), finite and > 0
 * @param beta inverse temperature β (1/energy), finite and > 0
 * @throws ParameterError if ω ≤ 0, β ≤ 0, either is not finite, or βω < 5.6·10⁻³⁰⁹
 *   (the occupation would overflow the double range)
 * @example bose(1, 1) // 0.5819767068693265
 * @example bose(1e-8, 1) // 99999999.49999999
 */
export function bose(omega: number, beta: number): number {
  if (!(Number.isFinite(omega) && omega > 0)) throw new ParameterError("omega", omega, "a finite number > 0");
  if (!(Number.isFinite(beta) && beta > 0)) throw new ParameterError("beta", beta, "a finite number > 0");
  const n = 1 / Math.expm1(beta * omega);
  if (!Number.isFinite(n)) {
    throw new ParameterError("beta*omega", beta * omega, "≥ 5.6e-309 so that the occupation 1/(βω) is representable");
  }
  return n;
}

/**
 * Hyperbolic cotangent coth x = cosh x / sinh x for x ≠ 0.
 *
 * For |x| < 1/16 the Laurent series 1/x + x/3 − x³/45 + 2x⁵/945 − x⁷/4725 + 2x⁹/93555
 * (truncation < 10⁻¹⁹ relative) keeps the result correctly rounded to ~1 ulp as x → 0;
 * otherwise sign(x)·(1 + 2/expm1(2|x|)), which has no overflow and gives exactly ±1
 * for |x| ≳ 19.
 *
 * @param x dimensionless, finite, non-zero
 * @throws ParameterError for x = 0, non-finite x, or 0 < |x| < 5.6·10⁻³⁰⁹ (coth overflows)
 * @example coth(1) // 1.3130352854993312
 * @example coth(1e-10) // 10000000000
 * @example coth(-50) // -1
 */
export function coth(x: number): number {
  if (!Number.isFinite(x) || x === 0) throw new ParameterError("x", x, "a finite non-zero number (coth has a pole at 0)");
  const ax = Math.abs(x);
  let value: number;
  if (ax < 0.0625) {
    const x2 = ax * ax;
    value = 1 / ax + ax * (1 / 3 + x2 * (-1 / 45 + x2 * (2 / 945 + x2 * (-1 / 4725 + x2 * (2 / 93555)))));
  } else {
    value = 1 + 2 / Math.expm1(2 * ax);
  }
  if (!Number.isFinite(value)) throw new ParameterError("x", x, "|x| ≥ 5.6e-309 so that coth x ≈ 1/x is representable");
  return x > 0 ? value : -value;
}

/**
 * Softplus log(1 + eˣ), stable for every finite x.
 *
 * For x > 0 it returns x + log1p(e^{−x}) (no overflow of eˣ), otherwise log1p(eˣ)
 * (full relative precision as eˣ → 0, where the value ≈ eˣ). Relative error a few ulp.
 *
 * @param x dimensionless, finite
 * @throws ParameterError if x is not finite
 * @example log1pExp(0) // 0.6931471805599453 (= ln 2)
 * @example log1pExp(1000) // 1000
 * @example log1pExp(-800) // 0 (e^{-800} underflows); log1pExp(-700) // 9.85967654375977e-305
 */
export function log1pExp(x: number): number {
  if (!Number.isFinite(x)) throw new ParameterError("x", x, "a finite number");
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/**
 * Binary (fermionic mode) entropy h(λ) = −λ ln λ − (1−λ) ln(1−λ), in nats.
 *
 * h(0) = h(1) = 0 exactly; h(1/2) = ln 2 is the maximum. For λ > 1/2 the argument
 * is reflected to 1 − λ (exact in floating point by Sterbenz' lemma), so h(λ) and
 * h(1 − λ) agree bit for bit; the second term uses log1p(−λ), so h(λ) ≈ λ(1 − ln λ)
 * keeps full relative precision for tiny λ.
 * Values within {@link BINARY_ENTROPY_CLIP_TOLERANCE} (10⁻¹⁰) outside [0, 1] —
 * eigenvalue round-off of a correlation matrix — are clipped to the nearest end.
 * Source: 001_06d9cbfd9396c60e.txt, eq. (21) (one term of the Gaussian-state entropy).
 *
 * @param lambda occupation (eigenvalue of a correlation matrix), dimensionless
 * @throws ParameterError for NaN or λ further than 10⁻¹⁰ outside [0, 1]
 * @example binaryEntropy(0.5) // 0.6931471805599453
 * @example binaryEntropy(0.1) // 0.3250829733914482
 * @example binaryEntropy(1) // 0
 */
export function binaryEntropy(lambda: number): number {
  if (!(lambda >= -BINARY_ENTROPY_CLIP_TOLERANCE && lambda <= 1 + BINARY_ENTROPY_CLIP_TOLERANCE)) {
    throw new ParameterError("lambda", lambda, `a number in [0, 1] (round-off up to ${BINARY_ENTROPY_CLIP_TOLERANCE} outside is clipped)`);
  }
  return binaryEntropyKernel(lambda);
}

/**
 * {@link binaryEntropy} without validation, for hot loops whose input is known to be
 * a number; λ ≤ 0 and λ ≥ 1 give 0 (the clip), NaN gives NaN.
 */
export function binaryEntropyKernel(lambda: number): number {
  const p = lambda > 0.5 ? 1 - lambda : lambda;
  if (!(p > 0)) return p <= 0 ? 0 : p; // clip (and propagate NaN only for NaN)
  return -p * Math.log(p) - (1 - p) * Math.log1p(-p);
}
