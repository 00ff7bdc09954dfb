/**
 * Arithmetic modulo word-size primes p < 2^26 (products of residues are exact doubles),
 * the images used by the gcd's degree bounds (gcd-degree-bounds.ts) and by the sparse
 * modular gcd (sparse-modular-gcd.ts). Every prime is ≡ 1 (mod 4) and comes with
 * r, r² ≡ −1 (mod p): i ↦ r (and i ↦ −r) are the two ring homomorphisms Z[i] → Z_p.
 * Inner kernels: residues in [0, p), inputs trusted.
 */

/** A prime p ≡ 1 (mod 4) below 2^26 with a square root r of −1 modulo p. */
export interface ModularPrime {
  readonly p: number;
  readonly r: number;
}

const found: ModularPrime[] = [];
let next = 2 ** 26 - 3;

/**
 * The k-th prime ≡ 1 (mod 4) below 2^26, counting down from the largest (k = 0); found on first use.
 * @example modularPrime(0).p // 67108837
 */
export function modularPrime(k: number): ModularPrime {
  while (found.length <= k) {
    const p = next;
    next -= 4;
    if (!isPrime(p)) continue;
    for (let g = 2; ; g++) {
      if (powMod(g, (p - 1) / 2, p) === p - 1) {
        found.push({ p, r: powMod(g, (p - 1) / 4, p) });
        break;
      }
    }
  }
  return found[k];
}

/**
 * a·b mod p.
 * @example mulMod(40000000, 3, 67108837) // 52891163
 */
export function mulMod(a: number, b: number, p: number): number {
  return (a * b) % p;
}

/**
 * base^exponent mod p (binary powering).
 * @example powMod(3, 4, 7) // 4
 */
export function powMod(base: number, exponent: number, p: number): number {
  let result = 1;
  let b = base % p;
  for (let e = exponent; e > 0; e = Math.floor(e / 2)) {
    if (e % 2 === 1) result = mulMod(result, b, p);
    b = mulMod(b, b, p);
  }
  return result;
}

/**
 * a^(−1) mod p for a ≢ 0 (Fermat).
 * @example inverseMod(3, 7) // 5
 */
export function inverseMod(a: number, p: number): number {
  return powMod(a, p - 2, p);
}

/**
 * The residue of a big integer, in [0, p).
 * @example residue(-1n, 7) // 6
 */
export function residue(n: bigint, p: number): number {
  if (n >= 0n && n < 9007199254740992n) return Number(n) % p;
  const P = BigInt(p);
  const r = n % P;
  return Number(r < 0n ? r + P : r);
}

/**
 * The residue of a Gaussian rational (re + im·i)/den under i ↦ r; undefined when p divides den.
 * @example gaussianResidue(1n, 1n, 1n, 5, 2) // 3 (1 + i ↦ 1 + 2)
 */
export function gaussianResidue(re: bigint, im: bigint, den: bigint, p: number, r: number): number | undefined {
  const d = residue(den, p);
  if (d === 0) return undefined;
  let value = residue(re, p);
  if (im !== 0n) value = (value + mulMod(residue(im, p), r, p)) % p;
  return d === 1 ? value : mulMod(value, inverseMod(d, p), p);
}

/**
 * Degree of a dense polynomial over Z_p (index = power); −1 for 0.
 * @example degreeModP([1, 0, 3, 0]) // 2
 */
export function degreeModP(poly: readonly number[]): number {
  for (let k = poly.length - 1; k >= 0; k--) if (poly[k] !== 0) return k;
  return -1;
}

/**
 * The monic gcd of two dense polynomials over Z_p (Euclid); [] when both are 0.
 * @example gcdModP([6, 5, 1], [2, 1], 7) // [2, 1] (gcd(x²+5x+6, x+2) = x+2)
 */
export function gcdModP(a: readonly number[], b: readonly number[], p: number): number[] {
  let u = a.slice(0, degreeModP(a) + 1);
  let v = b.slice(0, degreeModP(b) + 1);
  while (v.length > 0) {
    const inverse = inverseMod(v[v.length - 1], p);
    while (u.length >= v.length) {
      const factor = mulMod(u[u.length - 1], inverse, p);
      const shift = u.length - v.length;
      for (let k = 0; k < v.length; k++) u[k + shift] = (u[k + shift] - mulMod(factor, v[k], p) + p) % p;
      u.length = degreeModP(u) + 1;
    }
    [u, v] = [v, u];
  }
  if (u.length === 0) return u;
  const inverse = inverseMod(u[u.length - 1], p);
  return u.map((c) => mulMod(c, inverse, p));
}

function isPrime(n: number): boolean {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
}
