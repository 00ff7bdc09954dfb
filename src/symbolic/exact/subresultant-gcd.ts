import { SymbolicError } from "../../core/errors.js";
import { divideExactWith } from "./divide-exact.js";
import { Polynomial, mergeVars, multiplyPolynomials } from "./polynomial.js";
import type { WorkMeter } from "./work-budget.js";

/**
 * The gcd over Q(i) of two nonzero polynomials by the recursive subresultant algorithm:
 * view them in Q(i)[rest][x] for a main generator x, split off the contents (gcds of the
 * coefficients in x, computed by `gcdOf` — recursion on fewer generators), run the
 * subresultant polynomial remainder sequence on the primitive parts (Collins; Brown &
 * Traub; Cohen, A Course in Computational Algebraic Number Theory, Alg. 3.3.1:
 * F₂ ← prem(F₁, F₂)/(g·h^δ), g ← lc(F₁), h ← h^{1−δ}·g^δ — every division exact), and
 * return content gcd × primitive part of the last nonzero remainder. Exact, never
 * heuristic; slower than the heuristic gcd for many generators (coefficient growth).
 * The result is determined up to a unit; the caller normalizes it. All products and
 * divisions are charged to the meter. Throws WorkBudgetExceeded when the budget is exhausted.
 * @example subresultantGcd(x^2 − 1, x^2 + 2x + 1, gcdOf, meter) // ±(x + 1) up to a constant
 */
export function subresultantGcd(a: Polynomial, b: Polynomial, gcdOf: (p: Polynomial, q: Polynomial) => Polynomial, meter: WorkMeter): Polynomial {
  if (a.isConstant() || b.isConstant()) return Polynomial.one();
  const vars = mergeVars(a.vars, b.vars);
  const shared = vars.filter((name) => a.vars.includes(name) && b.vars.includes(name));
  // a generator in only one of them is absent from the gcd: gcd(a, b) = gcd(b, content_x(a))
  const only = vars.find((name) => !shared.includes(name));
  if (only !== undefined) {
    return a.vars.includes(only) ? gcdOf(b, contentIn(a, only, gcdOf)) : gcdOf(a, contentIn(b, only, gcdOf));
  }
  // main generator: the lowest maximal degree keeps the remainder sequence short
  let x = shared[0];
  for (const name of shared) if (Math.max(a.degreeIn(name), b.degreeIn(name)) < Math.max(a.degreeIn(x), b.degreeIn(x))) x = name;
  const contentA = contentIn(a, x, gcdOf);
  const contentB = contentIn(b, x, gcdOf);
  const primitiveA = exactQuotient(a, contentA, meter);
  const primitiveB = exactQuotient(b, contentB, meter);
  const contentGcd = gcdOf(contentA, contentB);
  const last = remainderSequence(primitiveA, primitiveB, x, meter);
  if (last.degreeIn(x) === 0) return contentGcd;
  return multiplyPolynomials(contentGcd, exactQuotient(last, contentIn(last, x, gcdOf), meter), meter);
}

/**
 * The gcd of the coefficients of p in x (p itself when x does not occur; 1 for a constant gcd).
 * @example contentIn(x·y + y, "x", gcdOf).toText() // "y"
 */
export function contentIn(p: Polynomial, x: string, gcdOf: (p: Polynomial, q: Polynomial) => Polynomial): Polynomial {
  const coefficients = p.coefficientsIn(x).filter((c) => !c.isZero());
  // smallest first: the running gcd shrinks fastest
  coefficients.sort((u, v) => u.termCount - v.termCount);
  let g = coefficients[0];
  for (let k = 1; k < coefficients.length && !g.isConstant(); k++) g = gcdOf(g, coefficients[k]);
  return g.isConstant() ? Polynomial.one() : g;
}

function remainderSequence(a: Polynomial, b: Polynomial, x: string, meter: WorkMeter): Polynomial {
  let f1 = a.degreeIn(x) >= b.degreeIn(x) ? a : b;
  let f2 = f1 === a ? b : a;
  let g = Polynomial.one();
  let h = Polynomial.one();
  for (;;) {
    const delta = f1.degreeIn(x) - f2.degreeIn(x);
    const r = pseudoRemainder(f1, f2, x, meter);
    if (r.isZero()) return f2;
    if (r.degreeIn(x) === 0) return Polynomial.one();
    f1 = f2;
    f2 = exactQuotient(r, multiplyPolynomials(g, h.pow(delta, meter), meter), meter);
    g = leadingIn(f1, x);
    if (delta === 0) continue;
    // h ← g^δ / h^(δ−1)
    h = exactQuotient(g.pow(delta, meter), h.pow(delta - 1, meter), meter);
  }
}

/** lc(b)^(deg a − deg b + 1) · a reduced modulo b in x. */
function pseudoRemainder(a: Polynomial, b: Polynomial, x: string, meter: WorkMeter): Polynomial {
  const degreeB = b.degreeIn(x);
  const leadB = leadingIn(b, x);
  const xPower = (k: number): Polynomial => Polynomial.generator(x).pow(k, meter);
  let r = a;
  let steps = a.degreeIn(x) - degreeB + 1;
  while (!r.isZero() && r.degreeIn(x) >= degreeB) {
    const shift = r.degreeIn(x) - degreeB;
    const leadR = multiplyPolynomials(leadingIn(r, x), xPower(shift), meter);
    r = multiplyPolynomials(leadB, r, meter).sub(multiplyPolynomials(leadR, b, meter));
    steps--;
  }
  return steps > 0 ? multiplyPolynomials(leadB.pow(steps, meter), r, meter) : r;
}

function leadingIn(p: Polynomial, x: string): Polynomial {
  const coefficients = p.coefficientsIn(x);
  return coefficients[coefficients.length - 1];
}

function exactQuotient(a: Polynomial, b: Polynomial, meter: WorkMeter): Polynomial {
  const q = divideExactWith(a, b, meter);
  if (q === undefined) throw new SymbolicError("gcd", `(${a.toText()})/(${b.toText()})`, "internal error: an exact division of the subresultant algorithm has a remainder");
  return q;
}
