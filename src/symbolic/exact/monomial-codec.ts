/**
 * Keys for monomials (exponent vectors over a fixed list of n generators) used by the
 * product and division kernels. With per-generator exponent bounds whose radix product
 * fits in 2^53, a monomial is one number in mixed radix (generator 0 most significant):
 * the key of a product is the sum of the keys, and numeric order is lexicographic order.
 * Otherwise keys are strings "e0,e1,…" (slower, same behaviour). Inner kernel: callers
 * guarantee that exponents stay within the bounds given at construction.
 */
export interface MonomialCodec<K> {
  /** The key of the exponent vector exps[offset … offset+n−1]. */
  encode(exps: Uint32Array, offset: number): K;
  /** Writes the exponent vector of a key into out[offset …]. */
  decode(key: K, out: Uint32Array, offset: number): void;
  /** The key of the product of two monomials. */
  multiply(a: K, b: K): K;
  /** Lexicographic comparison: > 0 when a is the higher monomial. */
  compare(a: K, b: K): number;
}

/**
 * A codec for exponent vectors with exps[j] ≤ bounds[j]: numeric keys when they fit, else string keys.
 * @example monomialCodec([2, 3]).encode(Uint32Array.of(1, 2), 0) // 6 (= 1·4 + 2)
 */
export function monomialCodec(bounds: readonly number[]): MonomialCodec<number> | MonomialCodec<string> {
  let size = 1;
  for (const bound of bounds) size *= bound + 1;
  return size <= 2 ** 53 ? numericCodec(bounds) : stringCodec(bounds.length);
}

function numericCodec(bounds: readonly number[]): MonomialCodec<number> {
  const n = bounds.length;
  const weights = new Float64Array(n);
  let w = 1;
  for (let j = n - 1; j >= 0; j--) {
    weights[j] = w;
    w *= bounds[j] + 1;
  }
  return {
    encode(exps, offset) {
      let key = 0;
      for (let j = 0; j < n; j++) key += exps[offset + j] * weights[j];
      return key;
    },
    decode(key, out, offset) {
      let rest = key;
      for (let j = 0; j < n; j++) {
        const e = Math.floor(rest / weights[j]);
        out[offset + j] = e;
        rest -= e * weights[j];
      }
    },
    multiply: (a, b) => a + b,
    compare: (a, b) => a - b,
  };
}

function stringCodec(n: number): MonomialCodec<string> {
  const parse = (key: string): number[] => key.split(",").map(Number);
  return {
    encode(exps, offset) {
      return Array.from(exps.subarray(offset, offset + n)).join(",");
    },
    decode(key, out, offset) {
      parse(key).forEach((e, j) => (out[offset + j] = e));
    },
    multiply(a, b) {
      const x = parse(a);
      const y = parse(b);
      return x.map((e, j) => e + y[j]).join(",");
    },
    compare(a, b) {
      const x = parse(a);
      const y = parse(b);
      for (let j = 0; j < n; j++) if (x[j] !== y[j]) return x[j] - y[j];
      return 0;
    },
  };
}
