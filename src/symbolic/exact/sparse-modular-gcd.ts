import { seededRandom } from "../../numerics/random.js";
import { bitLength, gcdBig, isqrtBig } from "./big-integer.js";
import { divideExactWith } from "./divide-exact.js";
import { GaussianRational } from "./gaussian-rational.js";
import { degreeModP, gaussianResidue, gcdModP, inverseMod, modularPrime, mulMod, powMod } from "./modular-arithmetic.js";
import { type IntegerForm, Polynomial, alignedExponents, buildPolynomial, integerForm } from "./polynomial.js";
import { Rational } from "./rational.js";
import { contentIn } from "./subresultant-gcd.js";
import type { WorkMeter } from "./work-budget.js";

/**
 * The gcd over Q(i) by Zippel's sparse modular algorithm (R. Zippel, EUROSAM 1979; the
 * form of K. O. Geddes, S. R. Czapor, G. Labahn, Algorithms for Computer Algebra, §7.5),
 * for many generators where the heuristic gcd's integers grow like deg^n.
 *
 * With a main generator x (the largest degree bound) and γ = gcd(lc_x a, lc_x b), the
 * target is Ĝ = γ·G/lc_x(G), which has leading coefficient γ, so its images are fixed:
 * at a point of the other generators in Z_p, Ĝ(x, point) = γ(point)·(monic gcd of the
 * univariate images). Modulo a prime p ≡ 1 (mod 4) (i ↦ ±r, both embeddings, to recover
 * real and imaginary parts), Ĝ is built one generator at a time: dense interpolation in
 * the new generator from deg + 1 values, each value obtained on the support found so far
 * (the skeleton) by evaluating the earlier generators at powers of a random point and
 * solving transposed Vandermonde systems — one extra evaluation checks each system. After
 * the first prime only the coefficients of the final skeleton are solved for. Images are
 * combined by Chinese remaindering and read back by rational reconstruction (Wang); once
 * the reconstruction repeats, the primitive part in x is the candidate. It is returned
 * only if it divides a and b and has degree equal to the degree bound in every generator
 * (the certificate of polynomial-gcd.ts); otherwise more primes, and undefined after
 * MAX_PRIMES (the caller falls back). Points come from a fixed seed: results and work are
 * deterministic. Work: every univariate image (|a| + |b| + |γ|), every Vandermonde system
 * (t²), every interpolation and every Chinese remaindering step ("sparse modular gcd").
 */

const MAX_PRIMES = 40;
const MAX_POINT_TRIES = 6;
/** Primes 0…7 serve the degree bounds; the modular gcd takes its own from here on. */
const FIRST_PRIME = 8;

type Support = number[][];

interface Image {
  readonly support: Support;
  readonly values: number[];
}

interface ModularTables {
  readonly n: number;
  readonly main: number;
  readonly exps: Uint32Array;
  readonly form: IntegerForm;
  readonly terms: number;
}

/** Inputs prepared for repeated evaluation. */
class Problem {
  readonly a: ModularTables;
  readonly b: ModularTables;
  readonly gamma: ModularTables;
  readonly degreeA: number;
  readonly degreeB: number;
  readonly maxima: number[];

  constructor(
    readonly vars: readonly string[],
    readonly main: number,
    a: Polynomial,
    b: Polynomial,
    gamma: Polynomial,
  ) {
    const tables = (p: Polynomial): ModularTables => ({ n: vars.length, main, exps: alignedExponents(p, vars), form: integerForm(p), terms: p.termCount });
    this.a = tables(a);
    this.b = tables(b);
    this.gamma = tables(gamma);
    this.degreeA = a.degreeIn(vars[main]);
    this.degreeB = b.degreeIn(vars[main]);
    this.maxima = vars.map((name) => Math.max(a.degreeIn(name), b.degreeIn(name), gamma.degreeIn(name)));
  }
}

/**
 * The certified gcd of two nonzero polynomials with Gaussian-integer coefficients, or
 * undefined (see the module comment). `bounds[j]` bounds deg_{vars[j]} of the gcd (from
 * gcd-degree-bounds.ts); `gcdOf` computes the gcds of leading coefficients and contents.
 * Throws WorkBudgetExceeded when the budget is exhausted.
 * @example sparseModularGcd(x^2·y − y, x·y + y, ["x", "y"], [1, 1], gcdOf, meter, 1)?.toText() // "x*y+y"
 */
export function sparseModularGcd(
  a: Polynomial,
  b: Polynomial,
  vars: readonly string[],
  bounds: readonly number[],
  gcdOf: (p: Polynomial, q: Polynomial) => Polynomial,
  meter: WorkMeter,
  seed: number,
): Polynomial | undefined {
  let main = 0;
  for (let j = 1; j < vars.length; j++) if (bounds[j] > bounds[main]) main = j;
  if (bounds[main] === 0) return undefined;
  const x = vars[main];
  const leadA = leadingIn(a, x);
  const leadB = leadingIn(b, x);
  const gamma = gcdOf(leadA, leadB);
  const problem = new Problem(vars, main, a, b, gamma);
  // degree bounds of Ĝ = γ·G/lc_x(G)
  const targetBounds = vars.map((name, j) => (j === main ? bounds[j] : bounds[j] + gamma.degreeIn(name)));
  const complex = problem.a.form.im !== null || problem.b.form.im !== null || problem.gamma.form.im !== null;
  const random = seededRandom(seed);
  const certifiedBounds = [...bounds];
  let skeleton: Support | undefined;
  let modulus = 1n;
  let accumulated: { re: bigint[]; im: bigint[] } | undefined;
  let previous: string | undefined;
  const restart = (): void => {
    skeleton = undefined;
    accumulated = undefined;
    modulus = 1n;
    previous = undefined;
  };
  for (let k = 0; k < MAX_PRIMES; k++) {
    const { p, r } = modularPrime(FIRST_PRIME + k);
    const roots = complex ? [r, p - r] : [0];
    const images: Image[] = [];
    let lowered = false;
    for (const root of roots) {
      const context = new ModularContext(problem, p, root, random, meter);
      let image = skeleton === undefined ? undefined : context.solveOnSkeleton(skeleton, certifiedBounds[main]);
      if (image === undefined) {
        const full = context.interpolate(certifiedBounds[main], targetBounds);
        if (full === "lower") {
          // a good image of smaller degree in x: the bound was not tight, and this is a rigorous smaller one
          certifiedBounds[main] = context.lowerDegree;
          targetBounds[main] = context.lowerDegree;
          lowered = true;
          break;
        }
        image = full;
      }
      if (image === undefined) break;
      images.push(image);
    }
    if (lowered) {
      restart();
      if (certifiedBounds[main] === 0) return undefined;
      continue;
    }
    if (images.length !== roots.length || !images.every((im) => sameSupport(im.support, images[0].support))) continue;
    const support = images[0].support;
    if (skeleton !== undefined && !sameSupport(skeleton, support)) restart(); // an earlier skeleton was wrong, or this prime is unlucky
    skeleton = support;
    // residues of the real and imaginary parts
    const re: number[] = [];
    const im: number[] = [];
    const half = inverseMod(2, p);
    for (let t = 0; t < support.length; t++) {
      if (!complex) {
        re.push(images[0].values[t]);
        im.push(0);
      } else {
        const u = images[0].values[t];
        const v = images[1].values[t];
        re.push(mulMod((u + v) % p, half, p));
        im.push(mulMod((u - v + p) % p, mulMod(half, inverseMod(r, p), p), p));
      }
    }
    meter.charge("sparse modular gcd", support.length * (1 + Math.ceil(bitLength(modulus) / 64)));
    accumulated = accumulated === undefined ? { re: re.map(BigInt), im: im.map(BigInt) } : chineseRemainder(accumulated, modulus, re, im, p);
    modulus *= BigInt(p);
    const candidate = reconstruct(vars, support, accumulated, modulus);
    if (candidate === undefined) continue;
    const text = candidate.toText();
    if (text !== previous) {
      previous = text;
      continue;
    }
    const certified = certify(candidate, a, b, vars, certifiedBounds, x, gcdOf, meter);
    if (certified !== undefined) return certified;
  }
  return undefined;
}

/** The primitive part in x of the candidate, or content × it, when it divides a and b with the bounded degrees. */
function certify(
  candidate: Polynomial,
  a: Polynomial,
  b: Polynomial,
  vars: readonly string[],
  bounds: readonly number[],
  x: string,
  gcdOf: (p: Polynomial, q: Polynomial) => Polynomial,
  meter: WorkMeter,
): Polynomial | undefined {
  const content = contentIn(candidate, x, gcdOf);
  const primitive = content.isConstant() ? candidate : divideExactWith(candidate, content, meter);
  if (primitive === undefined || divideExactWith(a, primitive, meter) === undefined || divideExactWith(b, primitive, meter) === undefined) return undefined;
  const matches = (p: Polynomial): boolean => vars.every((name, j) => p.degreeIn(name) === bounds[j]);
  if (matches(primitive)) return primitive;
  // the gcd may have a content free of x
  const common = gcdOf(contentIn(a, x, gcdOf), contentIn(b, x, gcdOf));
  const full = common.isConstant() ? primitive : primitive.mul(common, meter);
  return matches(full) ? full : undefined;
}

/** Evaluation, images and interpolation modulo one prime under one embedding of i. */
class ModularContext {
  lowerDegree = 0;
  private readonly residuesA: number[];
  private readonly residuesB: number[];
  private readonly residuesGamma: number[];
  readonly valid: boolean;

  constructor(
    private readonly problem: Problem,
    private readonly p: number,
    root: number,
    private readonly random: { next(): number },
    private readonly meter: WorkMeter,
  ) {
    const residues = (t: ModularTables): number[] =>
      t.form.re.map((re, k) => gaussianResidue(re, t.form.im === null ? 0n : t.form.im[k], t.form.den, p, root) ?? -1);
    this.residuesA = residues(problem.a);
    this.residuesB = residues(problem.b);
    this.residuesGamma = residues(problem.gamma);
    this.valid = ![this.residuesA, this.residuesB, this.residuesGamma].some((list) => list.includes(-1));
  }

  private randomResidue(): number {
    return 1 + Math.floor(this.random.next() * (this.p - 1));
  }

  /** γ(point)·monic gcd of the univariate images at `point` (other generators), or undefined at a bad point. */
  private image(point: number[], mainDegree: number): number[] | "lower" | undefined {
    const { problem, p } = this;
    this.meter.charge("sparse modular gcd", problem.a.terms + problem.b.terms + problem.gamma.terms);
    const powers = problem.maxima.map((d, j) => {
      const list = [1];
      if (j !== problem.main) for (let e = 1; e <= d; e++) list.push(mulMod(list[e - 1], point[j], p));
      return list;
    });
    const imageOf = (t: ModularTables, residues: number[], degree: number): number[] => {
      const out = new Array<number>(degree + 1).fill(0);
      for (let term = 0; term < t.terms; term++) {
        let c = residues[term];
        for (let j = 0; j < t.n; j++) if (j !== t.main) c = mulMod(c, powers[j][t.exps[term * t.n + j]], p);
        const e = t.exps[term * t.n + t.main];
        out[e] = (out[e] + c) % p;
      }
      return out;
    };
    const imageA = imageOf(problem.a, this.residuesA, problem.degreeA);
    const imageB = imageOf(problem.b, this.residuesB, problem.degreeB);
    const gammaValue = imageOf(problem.gamma, this.residuesGamma, 0)[0];
    if (gammaValue === 0) return undefined;
    if (degreeModP(imageA) !== problem.degreeA && degreeModP(imageB) !== problem.degreeB) return undefined;
    const g = gcdModP(imageA, imageB, p);
    const degree = g.length - 1;
    if (degree > mainDegree) return undefined; // unlucky point
    if (degree < mainDegree) {
      this.lowerDegree = degree;
      return "lower";
    }
    return g.map((c) => mulMod(c, gammaValue, p));
  }

  /** Ĝ modulo p by Zippel's generator-by-generator interpolation, or undefined, or "lower" (see image). */
  interpolate(mainDegree: number, targetBounds: readonly number[]): Image | "lower" | undefined {
    if (!this.valid) return undefined;
    const { problem, p } = this;
    const n = problem.vars.length;
    for (let attempt = 0; attempt < MAX_POINT_TRIES; attempt++) {
      const point = problem.vars.map(() => this.randomResidue());
      const start = this.image(point, mainDegree);
      if (start === "lower") return start;
      if (start === undefined) continue;
      let support: Support = [];
      let values: number[] = [];
      start.forEach((c, e) => {
        if (c === 0) return;
        const row = new Array<number>(n).fill(0);
        row[problem.main] = e;
        support.push(row);
        values.push(c);
      });
      const done: number[] = [];
      let failed = false;
      for (let v = 0; v < n && !failed; v++) {
        if (v === problem.main) continue;
        const degree = targetBounds[v];
        if (degree === 0) {
          done.push(v);
          continue;
        }
        // values of x_v: the current point's and `degree` new distinct ones
        const nodes = [point[v]];
        while (nodes.length <= degree) {
          const candidate = this.randomResidue();
          if (!nodes.includes(candidate)) nodes.push(candidate);
        }
        const samples: number[][] = [values];
        for (let j = 1; j <= degree && !failed; j++) {
          const at = [...point];
          at[v] = nodes[j];
          const solved = this.solveOn(support, done, at, mainDegree);
          if (solved === "lower") return solved;
          if (solved === undefined) failed = true;
          else samples.push(solved);
        }
        if (failed) break;
        this.meter.charge("sparse modular gcd", support.length * (degree + 1) ** 2);
        const nextSupport: Support = [];
        const nextValues: number[] = [];
        support.forEach((row, m) => {
          const coefficients = newtonInterpolation(
            nodes,
            samples.map((s) => s[m]),
            p,
          );
          coefficients.forEach((c, e) => {
            if (c === 0) return;
            const grown = [...row];
            grown[v] = e;
            nextSupport.push(grown);
            nextValues.push(c);
          });
        });
        support = nextSupport;
        values = nextValues;
        done.push(v);
      }
      if (!failed) return sortImage(support, values);
    }
    return undefined;
  }

  /** Ĝ modulo p on a known skeleton (all generators at once), or undefined when the skeleton does not fit. */
  solveOnSkeleton(skeleton: Support, mainDegree: number): Image | undefined {
    if (!this.valid) return undefined;
    const others = this.problem.vars.map((_, j) => j).filter((j) => j !== this.problem.main);
    for (let attempt = 0; attempt < MAX_POINT_TRIES; attempt++) {
      const point = this.problem.vars.map(() => this.randomResidue());
      const solved = this.solveOn(skeleton, others, point, mainDegree);
      if (solved === "lower") return undefined;
      if (solved !== undefined) return sortImage(skeleton, solved);
    }
    return undefined;
  }

  /**
   * Coefficients of Ĝ(x, …) on `support`, with the generators in `free` unknown (support
   * exponents) and the others fixed at `point`: evaluations at powers β^s of a random β
   * for the free generators, one transposed Vandermonde system per power of x, plus one
   * check evaluation. Undefined when the support does not fit or the points are bad.
   */
  private solveOn(support: Support, free: readonly number[], point: number[], mainDegree: number): number[] | "lower" | undefined {
    const { problem, p } = this;
    const groups = new Map<number, number[]>();
    support.forEach((row, m) => {
      const e = row[problem.main];
      const list = groups.get(e);
      if (list === undefined) groups.set(e, [m]);
      else list.push(m);
    });
    let largest = 0;
    for (const list of groups.values()) largest = Math.max(largest, list.length);
    for (let attempt = 0; attempt < MAX_POINT_TRIES; attempt++) {
      const beta = free.map(() => this.randomResidue());
      const node = (m: number): number => free.reduce((w, v, k) => mulMod(w, powMod(beta[k], support[m][v], p), p), 1);
      const nodes = support.map((_, m) => node(m));
      let distinct = true;
      for (const list of groups.values()) if (new Set(list.map((m) => nodes[m])).size !== list.length) distinct = false;
      if (!distinct) continue;
      const evaluations: number[][] = [];
      let bad = false;
      for (let s = 1; s <= largest + 1 && !bad; s++) {
        const at = [...point];
        free.forEach((v, k) => (at[v] = powMod(beta[k], s, p)));
        const g = this.image(at, mainDegree);
        if (g === "lower") return g;
        if (g === undefined) bad = true;
        else {
          // a power of x outside the skeleton: the skeleton is wrong
          for (let e = 0; e < g.length; e++) if (g[e] !== 0 && !groups.has(e)) return undefined;
          evaluations.push(g);
        }
      }
      if (bad) continue;
      const result = new Array<number>(support.length).fill(0);
      for (const [e, list] of groups) {
        this.meter.charge("sparse modular gcd", list.length * list.length + 1);
        const w = list.map((m) => nodes[m]);
        // Σ_m (c_m·w_m)·w_m^(s−1) = value at β^s, s = 1 … |list|
        const solved = transposedVandermonde(
          w,
          evaluations.slice(0, list.length).map((g) => g[e]),
          p,
        );
        if (solved === undefined) return undefined;
        const coefficients = solved.map((y, k) => mulMod(y, inverseMod(w[k], p), p));
        // check the remaining evaluations
        for (let s = list.length + 1; s <= largest + 1; s++) {
          let sum = 0;
          for (let k = 0; k < list.length; k++) sum = (sum + mulMod(coefficients[k], powMod(w[k], s, p), p)) % p;
          if (sum !== evaluations[s - 1][e]) return undefined;
        }
        list.forEach((m, k) => (result[m] = coefficients[k]));
      }
      return result;
    }
    return undefined;
  }
}

function leadingIn(p: Polynomial, x: string): Polynomial {
  const coefficients = p.coefficientsIn(x);
  return coefficients[coefficients.length - 1];
}

/** Solves Σ_k y_k·w_k^s = v_s (s = 0 … t−1) for distinct nodes w over Z_p (O(t²)); undefined if a node repeats. */
function transposedVandermonde(w: readonly number[], v: readonly number[], p: number): number[] | undefined {
  const t = w.length;
  // master polynomial M(z) = Π (z − w_k), coefficients low to high
  let master = [1];
  for (const node of w) {
    const next = new Array<number>(master.length + 1).fill(0);
    for (let k = 0; k < master.length; k++) {
      next[k + 1] = (next[k + 1] + master[k]) % p;
      next[k] = (next[k] - mulMod(master[k], node, p) + p) % p;
    }
    master = next;
  }
  const y: number[] = [];
  for (let k = 0; k < t; k++) {
    // q(z) = M(z)/(z − w_k) by synthetic division
    const q = new Array<number>(t).fill(0);
    let carry = master[t];
    for (let d = t - 1; d >= 0; d--) {
      q[d] = carry;
      carry = (master[d] + mulMod(carry, w[k], p)) % p;
    }
    let denominator = 0;
    let numerator = 0;
    for (let d = t - 1; d >= 0; d--) denominator = (mulMod(denominator, w[k], p) + q[d]) % p;
    for (let d = 0; d < t; d++) numerator = (numerator + mulMod(q[d], v[d], p)) % p;
    if (denominator === 0) return undefined;
    y.push(mulMod(numerator, inverseMod(denominator, p), p));
  }
  return y;
}

/** Coefficients (low to high) of the polynomial through (nodes[j], values[j]) over Z_p (Newton's divided differences). */
function newtonInterpolation(nodes: readonly number[], values: readonly number[], p: number): number[] {
  const n = nodes.length;
  const c = [...values];
  for (let j = 1; j < n; j++) {
    for (let k = n - 1; k >= j; k--) {
      const difference = (nodes[k] - nodes[k - j] + p) % p;
      c[k] = mulMod((c[k] - c[k - 1] + p) % p, inverseMod(difference, p), p);
    }
  }
  // expand the Newton form c0 + c1(z − n0) + c2(z − n0)(z − n1) + …
  let result = [c[n - 1]];
  for (let k = n - 2; k >= 0; k--) {
    const next = new Array<number>(result.length + 1).fill(0);
    for (let d = 0; d < result.length; d++) {
      next[d + 1] = (next[d + 1] + result[d]) % p;
      next[d] = (next[d] - mulMod(result[d], nodes[k], p) + p) % p;
    }
    next[0] = (next[0] + c[k]) % p;
    result = next;
  }
  return result;
}

function sortImage(support: Support, values: number[]): Image {
  const order = support.map((_, m) => m).sort((i, j) => compareRows(support[j], support[i]));
  return { support: order.map((m) => support[m]), values: order.map((m) => values[m]) };
}

function compareRows(a: readonly number[], b: readonly number[]): number {
  for (let j = 0; j < a.length; j++) if (a[j] !== b[j]) return a[j] - b[j];
  return 0;
}

function sameSupport(a: Support, b: Support): boolean {
  return a.length === b.length && a.every((row, m) => compareRows(row, b[m]) === 0);
}

/** x ≡ accumulated (mod M), x ≡ residues (mod p), for real and imaginary parts, in [0, M·p). */
function chineseRemainder(accumulated: { re: bigint[]; im: bigint[] }, modulus: bigint, re: number[], im: number[], p: number): { re: bigint[]; im: bigint[] } {
  const P = BigInt(p);
  const inverse = BigInt(inverseMod(Number(modulus % P), p));
  const combine = (old: bigint, value: number): bigint => {
    const difference = (((BigInt(value) - (old % P)) % P) + P) % P;
    return old + modulus * ((difference * inverse) % P);
  };
  return { re: accumulated.re.map((old, t) => combine(old, re[t])), im: accumulated.im.map((old, t) => combine(old, im[t])) };
}

/** The polynomial whose coefficients are the rational reconstructions of the residues, or undefined when one fails. */
function reconstruct(vars: readonly string[], support: Support, residues: { re: bigint[]; im: bigint[] }, modulus: bigint): Polynomial | undefined {
  const coefficients: GaussianRational[] = [];
  for (let t = 0; t < support.length; t++) {
    const re = rationalReconstruction(residues.re[t], modulus);
    const im = rationalReconstruction(residues.im[t], modulus);
    if (re === undefined || im === undefined) return undefined;
    coefficients.push(new GaussianRational(re, im));
  }
  const exps = Uint32Array.from(support.flat());
  return buildPolynomial(vars, exps, coefficients, false);
}

/** The fraction r/s with |r|, s ≤ √(M/2) and r ≡ u·s (mod M), or undefined (Wang's algorithm). */
function rationalReconstruction(u: bigint, modulus: bigint): Rational | undefined {
  const bound = isqrtBig(modulus / 2n);
  let [r0, r1] = [modulus, ((u % modulus) + modulus) % modulus];
  let [s0, s1] = [0n, 1n];
  while (r1 > bound) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (s1 === 0n || (s1 < 0n ? -s1 : s1) > bound || gcdBig(r1, s1) !== 1n) return undefined;
  return Rational.of(r1, s1);
}

