import { ParameterError } from "../../core/errors.js";
import type { GaussianRational } from "./gaussian-rational.js";
import { type MonomialCodec, monomialCodec } from "./monomial-codec.js";
import { Polynomial, alignedExponents, buildPolynomial, columnMaxima } from "./polynomial.js";
import { type WorkLimit, type WorkMeter, workMeter } from "./work-budget.js";

/**
 * The quotient a/b when the polynomial b divides a exactly, else undefined.
 *
 * Algorithm: multivariate division by one divisor in the lexicographic term order, the
 * remainder held in a Map with a max-heap of its monomial keys. If b | a then every
 * leading term of the running remainder is divisible by the leading term of b, so the
 * first one that is not proves b ∤ a (early exit); quotient exponents above
 * deg_x(a) − deg_x(b) prove it too, which also bounds every intermediate exponent by
 * deg_x(a) (so mixed-radix keys fit). Quick rejections first: a generator of b missing
 * from a, a degree of b above that of a, the lowest terms not dividing. Each quotient term
 * charges |b| operations ("exact division").
 * Throws ParameterError when b = 0, WorkBudgetExceeded when the budget is exhausted.
 * @example divideExact(x.pow(2).sub(Polynomial.one()), x.add(Polynomial.one()))?.toText() // "x-1" (x = Polynomial.generator("x"))
 */
export function divideExact(a: Polynomial, b: Polynomial, limit?: WorkLimit): Polynomial | undefined {
  if (b.isZero()) throw new ParameterError("divisor", "0", "a nonzero polynomial");
  return divideExactWith(a, b, workMeter(limit));
}

/**
 * divideExact charged to an existing meter (inner kernel: b ≠ 0 unchecked).
 * @example divideExactWith(x.mul(y), y, new WorkMeter())?.toText() // "x" (x, y generators)
 */
export function divideExactWith(a: Polynomial, b: Polynomial, meter: WorkMeter): Polynomial | undefined {
  if (a.isZero()) return a;
  if (b.isConstant()) return a.scale(b.coefficients[0].inverse());
  const vars = a.vars;
  const n = vars.length;
  if (!b.vars.every((name) => vars.includes(name))) return undefined;
  const ea = a.exponents;
  const eb = alignedExponents(b, vars);
  const degA = columnMaxima(ea, a.termCount, n);
  const degB = columnMaxima(eb, b.termCount, n);
  for (let j = 0; j < n; j++) if (degB[j] > degA[j]) return undefined;
  // lowest terms: trailing(a) = trailing(q)·trailing(b)
  const ta = a.termCount - 1;
  const tb = b.termCount - 1;
  for (let j = 0; j < n; j++) if (ea[ta * n + j] < eb[tb * n + j]) return undefined;
  if (b.termCount === 1) return divideByMonomial(a, eb, b.coefficients[0], meter);
  const codec = monomialCodec(degA);
  return divisionKernel(a, b, eb, degA, degB, codec as MonomialCodec<unknown>, meter);
}

function divideByMonomial(a: Polynomial, eb: Uint32Array, c: GaussianRational, meter: WorkMeter): Polynomial | undefined {
  const n = a.vars.length;
  meter.charge("exact division", a.termCount);
  const exps = new Uint32Array(a.exponents);
  for (let t = 0; t < a.termCount; t++) {
    for (let j = 0; j < n; j++) {
      if (exps[t * n + j] < eb[j]) return undefined;
      exps[t * n + j] -= eb[j];
    }
  }
  const inverse = c.inverse();
  return buildPolynomial(
    a.vars,
    exps,
    a.coefficients.map((d) => d.mul(inverse)),
    true,
  );
}

function divisionKernel<K>(
  a: Polynomial,
  b: Polynomial,
  eb: Uint32Array,
  degA: number[],
  degB: number[],
  codec: MonomialCodec<K>,
  meter: WorkMeter,
): Polynomial | undefined {
  const vars = a.vars;
  const n = vars.length;
  const remainder = new Map<K, GaussianRational>();
  const heap = new MaxHeap<K>(codec.compare);
  for (let t = 0; t < a.termCount; t++) {
    const key = codec.encode(a.exponents, t * n);
    remainder.set(key, a.coefficients[t]);
    heap.push(key);
  }
  const kb: K[] = [];
  for (let t = 0; t < b.termCount; t++) kb.push(codec.encode(eb, t * n));
  const leading = b.coefficients[0].inverse();
  const row = new Uint32Array(n);
  const quotientExps: number[] = [];
  const quotientCoefs: GaussianRational[] = [];
  for (;;) {
    const key = heap.pop();
    if (key === undefined) break;
    const c = remainder.get(key);
    if (c === undefined) continue; // cancelled earlier (stale heap entry)
    codec.decode(key, row, 0);
    for (let j = 0; j < n; j++) {
      const e = row[j] - eb[j];
      if (e < 0 || e > degA[j] - degB[j]) return undefined;
      row[j] = e;
    }
    meter.charge("exact division", b.termCount);
    const q = c.mul(leading);
    const qKey = codec.encode(row, 0);
    for (let j = 0; j < n; j++) quotientExps.push(row[j]);
    quotientCoefs.push(q);
    remainder.delete(key);
    for (let t = 1; t < b.termCount; t++) {
      const target = codec.multiply(qKey, kb[t]);
      const old = remainder.get(target);
      const value = old === undefined ? q.mul(b.coefficients[t]).neg() : old.sub(q.mul(b.coefficients[t]));
      if (value.isZero()) remainder.delete(target);
      else {
        if (old === undefined) heap.push(target);
        remainder.set(target, value);
      }
    }
  }
  return buildPolynomial(vars, Uint32Array.from(quotientExps), quotientCoefs, true);
}

/** A binary max-heap under a comparison (> 0: first argument higher). */
class MaxHeap<K> {
  private readonly items: K[] = [];
  constructor(private readonly compare: (a: K, b: K) => number) {}

  push(item: K): void {
    const items = this.items;
    items.push(item);
    let k = items.length - 1;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (this.compare(items[k], items[parent]) <= 0) break;
      [items[k], items[parent]] = [items[parent], items[k]];
      k = parent;
    }
  }

  pop(): K | undefined {
    const items = this.items;
    if (items.length === 0) return undefined;
    const top = items[0];
    const last = items.pop() as K;
    if (items.length > 0) {
      items[0] = last;
      let k = 0;
      for (;;) {
        const left = 2 * k + 1;
        const right = left + 1;
        let largest = k;
        if (left < items.length && this.compare(items[left], items[largest]) > 0) largest = left;
        if (right < items.length && this.compare(items[right], items[largest]) > 0) largest = right;
        if (largest === k) break;
        [items[k], items[largest]] = [items[largest], items[k]];
        k = largest;
      }
    }
    return top;
  }
}
