/**
 * Small kernels on BigInt used by the exact engine (gcd, absolute value, bit length,
 * integer square root, symmetric remainder). Inner kernels: they trust their input.
 */

/**
 * |n|.
 * @example absBig(-3n) // 3n
 */
export function absBig(n: bigint): bigint {
  return n < 0n ? -n : n;
}

/**
 * Greatest common divisor ≥ 0 by Euclid's algorithm (gcd(0, 0) = 0).
 * @example gcdBig(12n, -18n) // 6n
 */
export function gcdBig(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a === 1n || b === 1n) return 1n;
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/**
 * Number of bits of |n| (0 for 0).
 * @example bitLength(255n) // 8
 */
export function bitLength(n: bigint): number {
  if (n < 0n) n = -n;
  if (n === 0n) return 0;
  if (n < 4294967296n) return 32 - Math.clz32(Number(n));
  const hex = n.toString(16);
  return (hex.length - 1) * 4 + Math.floor(Math.log2(parseInt(hex[0], 16))) + 1;
}

/**
 * ⌊√n⌋ for n ≥ 0 (Newton's method on integers).
 * @example isqrtBig(99n) // 9n
 */
export function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(bitLength(n) / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/**
 * The remainder of n modulo m > 0 in the symmetric range (−m/2, m/2].
 * @example symmetricRemainder(7n, 5n) // 2n, and symmetricRemainder(8n, 5n) // -2n
 */
export function symmetricRemainder(n: bigint, m: bigint): bigint {
  let r = n % m;
  if (r < 0n) r += m;
  return 2n * r > m ? r - m : r;
}
