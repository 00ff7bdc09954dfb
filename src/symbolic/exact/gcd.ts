import { gcdBig } from "./big-integer.js";
import { divideExactWith } from "./divide-exact.js";
import { gcdDegreeBounds } from "./gcd-degree-bounds.js";
import { GaussianRational } from "./gaussian-rational.js";
import { heuristicGcd } from "./heuristic-gcd.js";
import { Polynomial, buildPolynomial, integerForm, mergeVars, multiplyPolynomials } from "./polynomial.js";
import { Rational } from "./rational.js";
import { sparseModularGcd } from "./sparse-modular-gcd.js";
import { subresultantGcd } from "./subresultant-gcd.js";
import { type WorkLimit, type WorkMeter, workMeter } from "./work-budget.js";

/** Up to this many generators the heuristic gcd is tried before the sparse modular gcd. */
const HEURISTIC_MAX_GENERATORS = 3;

/**
 * The greatest common divisor of two polynomials over Q(i), normalized to leading
 * coefficient 1 in the lexicographic term order (gcd(0, 0) = 0).
 *
 * Pipeline: split off the common monomial factor; clear denominators and integer
 * contents; bound deg_x of the gcd for every generator by modular images
 * (gcd-degree-bounds.ts) — all bounds 0 proves the gcd constant (the common case of
 * coprime inputs, cheap in any number of generators); then two fast algorithms whose
 * candidate h is accepted only when it divides both and deg_x h equals the bound for
 * every x (then gcd/h has degree 0 in every generator: a certificate, not a heuristic):
 * the heuristic gcd over Z[i] (heuristic-gcd.ts) first for up to 3 generators, Zippel's
 * sparse modular gcd (sparse-modular-gcd.ts) first for more; if neither is certified, the
 * exact subresultant algorithm (subresultant-gcd.ts). Every step is charged to the work budget.
 * Throws WorkBudgetExceeded when the budget is exhausted.
 * @example gcd(x.pow(2).sub(Polynomial.one()), x.pow(2).add(x.scale(GaussianRational.fromInteger(2))).add(Polynomial.one())).toText() // "x+1" (x = Polynomial.generator("x"))
 */
export function gcd(a: Polynomial, b: Polynomial, limit?: WorkLimit): Polynomial {
  return gcdWith(a, b, workMeter(limit));
}

/**
 * gcd charged to an existing meter (inner kernel).
 * @example gcdWith(x.mul(y), y, new WorkMeter()).toText() // "y" (x, y generators)
 */
export function gcdWith(a: Polynomial, b: Polynomial, meter: WorkMeter): Polynomial {
  if (a.isZero()) return monic(b);
  if (b.isZero()) return monic(a);
  if (a.isConstant() || b.isConstant()) return Polynomial.one();
  if (a.equals(b)) return monic(a);
  const vars = mergeVars(a.vars, b.vars);
  // the common monomial factor x^min(ma, mb)
  const [monomialA, restA] = splitMonomial(a, vars);
  const [monomialB, restB] = splitMonomial(b, vars);
  const common = monomialA.map((e, j) => Math.min(e, monomialB[j]));
  const core = gcdOfMonomialFree(integerPrimitive(restA), integerPrimitive(restB), meter);
  return monic(multiplyByMonomial(core, vars, common, meter));
}

/** gcd of nonzero polynomials without monomial factors and with Gaussian-integer coefficients. */
function gcdOfMonomialFree(a: Polynomial, b: Polynomial, meter: WorkMeter): Polynomial {
  if (a.isConstant() || b.isConstant()) return Polynomial.one();
  if (a.equals(b)) return a;
  const vars = mergeVars(a.vars, b.vars);
  const seed = 0x9e3779b9 ^ (a.termCount * 31 + b.termCount);
  let bounds = gcdDegreeBounds(a, b, vars, 2, seed, meter);
  if (bounds.every((d) => d === 0)) return Polynomial.one();
  const recurse = (p: Polynomial, q: Polynomial): Polynomial => gcdWith(p, q, meter);
  const heuristic = (): Polynomial | undefined => {
    const h = heuristicGcd(a, b, vars, meter);
    if (h === undefined || h.isZero()) return undefined;
    const certified = (): boolean => vars.every((name, j) => h.degreeIn(name) === bounds[j]);
    if (certified()) return h;
    const refined = gcdDegreeBounds(a, b, vars, 6, seed + 1, meter);
    bounds = bounds.map((d, j) => Math.min(d, refined[j]));
    return certified() ? h : undefined;
  };
  const sparse = (): Polynomial | undefined => sparseModularGcd(a, b, vars, bounds, recurse, meter, seed + 2);
  // the heuristic gcd's integers grow like deg^(generators): it is the fast choice for few generators only
  const order = vars.length <= HEURISTIC_MAX_GENERATORS ? [heuristic, sparse] : [sparse, heuristic];
  for (const method of order) {
    const g = method();
    if (g !== undefined) return g;
  }
  return subresultantGcd(a, b, recurse, meter);
}

/** p scaled to leading coefficient 1 (0 stays 0). */
function monic(p: Polynomial): Polynomial {
  if (p.isZero()) return p;
  const lead = p.leadingCoefficient();
  return lead.isOne() ? p : p.scale(lead.inverse());
}

/** p = x^m · rest with m the componentwise minimum exponent over the terms (m over `vars`). */
function splitMonomial(p: Polynomial, vars: readonly string[]): [number[], Polynomial] {
  const n = p.vars.length;
  const minimum = new Array<number>(n).fill(Infinity);
  for (let t = 0; t < p.termCount; t++) for (let j = 0; j < n; j++) minimum[j] = Math.min(minimum[j], p.exponents[t * n + j]);
  const monomial = vars.map((name) => {
    const j = p.vars.indexOf(name);
    return j < 0 ? 0 : minimum[j];
  });
  if (minimum.every((e) => e === 0)) return [monomial, p];
  const exps = new Uint32Array(p.exponents);
  for (let t = 0; t < p.termCount; t++) for (let j = 0; j < n; j++) exps[t * n + j] -= minimum[j];
  return [monomial, buildPolynomial(p.vars, exps, p.coefficients, true)];
}

function multiplyByMonomial(p: Polynomial, vars: readonly string[], monomial: number[], meter: WorkMeter): Polynomial {
  if (monomial.every((e) => e === 0)) return p;
  const exps = new Uint32Array(vars.length);
  monomial.forEach((e, j) => (exps[j] = e));
  return multiplyPolynomials(p, buildPolynomial(vars, exps, [GaussianRational.ONE], true), meter);
}

/** p times the least common denominator, divided by the gcd of all integer parts (Gaussian-integer coefficients). */
function integerPrimitive(p: Polynomial): Polynomial {
  const form = integerForm(p);
  let content = 0n;
  for (const v of form.re) content = gcdBig(content, v);
  if (form.im !== null) for (const v of form.im) content = gcdBig(content, v);
  if (form.re[0] < 0n || (form.re[0] === 0n && form.im !== null && form.im[0] < 0n)) content = -content;
  const coefs = form.re.map((re, t) => {
    const r = Rational.fromInteger(re / content);
    return form.im === null ? GaussianRational.real(r) : new GaussianRational(r, Rational.fromInteger(form.im[t] / content));
  });
  return Polynomial.fromCanonical(p.vars, p.exponents, coefs);
}

/**
 * The polynomial least common multiple a·b/gcd(a, b), normalized like {@link gcd}.
 * Throws WorkBudgetExceeded when the budget is exhausted.
 * @example lcm(x.pow(2).sub(Polynomial.one()), x.sub(Polynomial.one())).toText() // "x^2-1" (x = Polynomial.generator("x"))
 */
export function lcm(a: Polynomial, b: Polynomial, limit?: WorkLimit): Polynomial {
  const meter = workMeter(limit);
  if (a.isZero() || b.isZero()) return Polynomial.zero();
  const g = gcdWith(a, b, meter);
  const quotient = divideExactWith(a, g, meter) as Polynomial;
  return monic(multiplyPolynomials(quotient, b, meter));
}
