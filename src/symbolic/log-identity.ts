import { ExponentialPolynomial, GaussianRational, Polynomial, Rational, normalForm, workMeter, zeroTest, type WorkLimit, type WorkMeter } from "./exact/index.js";

/**
 * Exact decision of identities with logarithms of exponential fractions, such as the
 * relative entropy of two Fermi distributions, D = p ln(p/q) + (1−p) ln((1−p)/(1−q)) with
 * p = 1/(1 + e^{x₁}) (source: 001_06d9cbfd9396c60e.txt, eq. (14)). The exact engine treats
 * each log(u) as an opaque atom L and cannot see relations such as
 * ln((1−p)/(1−q)) − ln(p/q) = x₁ − x₀; this module decides F ≡ 0 by derivatives instead.
 *
 * Region condition (checked exactly): F = N/D is read by the normal form with N linear in
 * the atoms L_i = log(u_i), u_i = P_i/Q_i; D, every P_i and every Q_i are sums of
 * exponentials c·e^{E} with real constant coefficients of one sign and real polynomial
 * exponents, so D ≠ 0 and u_i > 0 on all of ℝⁿ — a connected region on which F is
 * analytic, containing every sampling domain and every point used below.
 *
 * Derivative route on ℝⁿ (identity theorem for real-analytic functions): for N with atoms,
 * pick a log coefficient φ = N_* (the coefficient of one L_*) and a point x⁰ with φ(x⁰) ≠ 0.
 * Then N ≡ 0 iff N(x⁰) = 0 and K_j = φ·∂_jN − N·∂_jφ = φ²∂_j(N/φ) ≡ 0 for every variable
 * x_j (N/φ is then constant near x⁰, so N vanishes on an open set, hence everywhere). The
 * log coefficients of K_j are φ²∂_j(N_i/φ): their span over Q is one dimension smaller, so
 * after at most (number of atoms) levels the K's are free of logarithms and the exact zero
 * test decides them. With φ constant this is the plain route ∂F/∂x_j ≡ 0 and F(x⁰) = 0.
 * Values: x⁰ is a rational point where every exponent vanishes (e^{E} = 1), so
 * N(x⁰) = r + Σ c_i ln q_i with rationals r, c_i and positive rationals q_i; logarithms of
 * primes are linearly independent over Q and e^{r} is transcendental for rational r ≠ 0
 * (Lindemann), so N(x⁰) = 0 iff r = 0 and Σ_i c_i·v_p(q_i) = 0 for every prime p.
 */

/** {@link decideLogIdentity}'s answer. */
export interface LogIdentityResult {
  /** 'zero': F ≡ 0 on ℝⁿ; 'nonzero': provably not; 'unknown': the method does not apply (detail says why). */
  readonly verdict: "zero" | "nonzero" | "unknown";
  readonly detail: string;
}

/** Placeholder generator of the i-th log atom in the linear form N = N_0 + Σ N_i L_i. */
const ATOM = "qthermLogAtom";
/** Values tried for each variable when looking for points where every exponent vanishes. */
const CANDIDATES = [0n, 1n, -1n, 2n, -2n].map((n) => Rational.fromInteger(n)).concat([Rational.of(1n, 2n)]);
const MAX_POINTS = 64;
const MAX_TRIES = 100_000;
const MAX_NODES = 2_000;
/** Plain derivative steps (φ = 1) allowed along one path, where every log coefficient vanishes at every candidate point. */
const MAX_PLAIN_STEPS = 4;
/** Trial division bound for the prime exponents of a point value's log arguments. */
const PRIME_LIMIT = 1_000_000n;

/** A normalized factor f̃ = f·e^{−E}/c of a log argument (constant term 1), with its shift E and its power (±1). */
interface FactorUse {
  readonly factor: number;
  readonly shift: Polynomial;
  readonly power: 1 | -1;
}

interface LogForm {
  readonly numerator: ExponentialPolynomial;
  /** u_i = P_i/Q_i of each atom (ATOM + i). */
  readonly arguments: readonly { readonly key: string; readonly numerator: ExponentialPolynomial; readonly denominator: ExponentialPolynomial; readonly uses: readonly FactorUse[] }[];
  readonly factors: readonly ExponentialPolynomial[];
  readonly variables: readonly string[];
  readonly exponents: readonly Polynomial[];
}

type Point = ReadonlyMap<string, GaussianRational>;

class NotApplicable extends Error {}

/**
 * Decides F ≡ 0 for the expression `text` (nerdamer/mathjs syntax) whose only opaque atoms
 * are logarithms of exponential fractions, by the derivative route described above.
 * 'unknown' (with the reason) when the method does not apply: atoms other than log, logs
 * of logs, a nonlinear occurrence of a log, a log argument or denominator not of one sign
 * by the exact test, no rational point with vanishing exponents, or a prime factor beyond
 * 10⁶ in a point value.
 * Throws SymbolicError for unreadable text, WorkBudgetExceeded when the budget is exhausted.
 * @example decideLogIdentity("log(1+e^x) - x - log(1+e^(-x))").verdict // "zero"
 */
export function decideLogIdentity(text: string, limit?: WorkLimit): LogIdentityResult {
  const meter = workMeter(limit, text);
  const start = meter.work;
  let form: LogForm;
  try {
    form = readLogForm(text, meter);
  } catch (error) {
    if (error instanceof NotApplicable) return { verdict: "unknown", detail: `log decision does not apply: ${error.message}` };
    throw error;
  }
  const points = rationalPoints(form);
  if (points.length === 0) return { verdict: "unknown", detail: "log decision: no rational point with every exponent 0 among the candidate values" };
  const state = { nodes: 0, depth: 0, meter };
  let answer: NodeAnswer;
  try {
    answer = decideNode(form.numerator, form, points, 0, 0, state);
  } catch (error) {
    if (error instanceof NotApplicable) return { verdict: "unknown", detail: `log decision: ${error.message}` };
    throw error;
  }
  const region = `${form.arguments.length} log atom${form.arguments.length === 1 ? "" : "s"}; region ℝ^${form.variables.length} (the denominator and every log argument's numerator and denominator are sums of exponentials with constant coefficients of one sign)`;
  const route = `derivative route over ${state.nodes} functions, depth ${state.depth}, ${meter.work - start} operations`;
  if (answer.verdict === "zero") return { verdict: "zero", detail: `identically 0 by the exact log decision: ${region}; ${route}: every value at a rational point (e^E = 1) is 0 by prime exponents, every function of the last level is identically 0 (exact zero test)` };
  return { verdict: "nonzero", detail: `not identically 0 by the exact log decision (${answer.why}): ${region}; ${route}` };
}

/**
 * The smallest log argument of `text` over the given points (double precision), for a numeric
 * check of the region condition at sample points; Infinity when `text` has no log atom.
 * Throws SymbolicError for unreadable text, WorkBudgetExceeded when reading it exceeds the
 * default budget, ParameterError for a point without a value of some variable.
 * @example logArgumentsAt("log(1+e^x)", [{ x: 0 }]) // 2
 */
export function logArgumentsAt(text: string, points: readonly Readonly<Record<string, number>>[]): number {
  const meter = workMeter(undefined, text);
  const form = normalForm(text, meter);
  let smallest = Infinity;
  for (const key of form.atoms.keys()) {
    const inner = /^log\((.*)\)$/.exec(key);
    if (inner === null) continue;
    const u = normalForm(inner[1], meter);
    for (const point of points) {
      const complex = Object.fromEntries(Object.entries(point).map(([name, value]) => [name, { re: value, im: 0 }]));
      const p = u.numerator.evaluate(complex);
      const q = u.denominator.evaluate(complex);
      const value = Math.abs(p.im) + Math.abs(q.im) > 0 ? -Infinity : p.re / q.re;
      smallest = Math.min(smallest, value);
    }
  }
  return smallest;
}

// ---------------------------------------------------------------- reading and the region

function readLogForm(text: string, meter: WorkMeter): LogForm {
  const form = normalForm(text, meter);
  const keys = [...form.atoms.keys()];
  if (form.denominator.generators().some((g) => form.atoms.has(g))) throw new NotApplicable("an atom in the denominator");
  oneSigned(form.denominator, "the denominator");
  const factors: ExponentialPolynomial[] = [];
  const factorIndex = new Map<string, number>();
  const use = (f: ExponentialPolynomial, power: 1 | -1): FactorUse | undefined => {
    const { normalized, shift } = normalizeFactor(f);
    if (normalized.asPolynomial()?.isConstant()) return shift.isZero() ? undefined : { factor: -1, shift, power };
    const key = normalized.toText();
    if (!factorIndex.has(key)) factorIndex.set(key, factors.push(normalized) - 1);
    return { factor: factorIndex.get(key) as number, shift, power };
  };
  const args = keys.map((key) => {
    const inner = /^log\((.*)\)$/.exec(key);
    if (inner === null) throw new NotApplicable(`the atom '${key}' is not a logarithm`);
    const u = normalForm(inner[1], meter);
    if (u.atoms.size > 0) throw new NotApplicable(`the argument of '${key}' has atoms of its own`);
    const sign = oneSigned(u.numerator, `the numerator of '${key}'`) * oneSigned(u.denominator, `the denominator of '${key}'`);
    if (sign < 0) throw new NotApplicable(`the argument of '${key}' is negative`);
    const uses = [use(u.numerator, 1), use(u.denominator, -1)].filter((x): x is FactorUse => x !== undefined);
    return { key, numerator: u.numerator, denominator: u.denominator, uses };
  });
  const rename = new Map(keys.map((key, i) => [key, `${ATOM}${i}`]));
  const numerator = ExponentialPolynomial.fromTerms(
    form.numerator.terms().map(({ exponent, coefficient }) => ({
      exponent,
      coefficient: Polynomial.fromTerms(coefficient.terms().map((t) => ({ coefficient: t.coefficient, monomial: Object.fromEntries(Object.entries(t.monomial).map(([g, e]) => [rename.get(g) ?? g, e])) }))),
    })),
  );
  const all = [numerator, form.denominator, ...args.flatMap((a) => [a.numerator, a.denominator])];
  const variables = [...new Set(all.flatMap((p) => p.generators()).filter((g) => !g.startsWith(ATOM)))].sort();
  const exponents = new Map<string, Polynomial>();
  for (const p of all) for (const t of p.terms()) exponents.set(t.exponent.toText(), t.exponent);
  split(numerator, args.length); // throws NotApplicable when a log occurs nonlinearly
  return { numerator, arguments: args, factors, variables, exponents: [...exponents.values()] };
}

/** +1 or −1 when every coefficient of p is a real constant of that sign and every exponent is real; else NotApplicable. */
function oneSigned(p: ExponentialPolynomial, what: string): 1 | -1 {
  const signs = new Set(
    p.terms().map(({ exponent, coefficient }) => {
      const c = coefficient.constantValue();
      if (c === undefined || !c.isReal || !exponent.terms().every((t) => t.coefficient.isReal)) return 0;
      return c.re.sign;
    }),
  );
  if (signs.size !== 1 || signs.has(0)) throw new NotApplicable(`${what} is not a sum of exponentials with constant coefficients of one sign`);
  return signs.has(1) ? 1 : -1;
}

/** f = c·e^{E}·f̃ with E the least exponent of f in a translation-invariant order, so f̃ has constant term 1 (associates share f̃). */
function normalizeFactor(f: ExponentialPolynomial): { normalized: ExponentialPolynomial; shift: Polynomial } {
  const least = f.terms().reduce((a, b) => (b.exponent.sub(a.exponent).leadingCoefficient().re.sign < 0 ? b : a));
  const c = (least.coefficient.constantValue() as GaussianRational).inverse();
  const normalized = ExponentialPolynomial.fromTerms(f.terms().map((t) => ({ exponent: t.exponent.sub(least.exponent), coefficient: t.coefficient.scale(c) })));
  return { normalized, shift: least.exponent };
}

/** N = N_0 + Σ_i N_i·L_i: element 0 is N_0, element i + 1 is N_i (log-free). NotApplicable when N is not linear in the atoms. */
function split(n: ExponentialPolynomial, atoms: number): ExponentialPolynomial[] {
  const buckets: { exponent: Polynomial; coefficient: Polynomial }[][] = Array.from({ length: atoms + 1 }, () => []);
  for (const { exponent, coefficient } of n.terms()) {
    for (const t of coefficient.terms()) {
      const logs = Object.keys(t.monomial).filter((g) => g.startsWith(ATOM));
      if (logs.length > 1 || (logs.length === 1 && t.monomial[logs[0]] > 1)) throw new NotApplicable("a logarithm occurs nonlinearly (a product or power of logs)");
      const monomial = Object.fromEntries(Object.entries(t.monomial).filter(([g]) => !g.startsWith(ATOM)));
      buckets[logs.length === 0 ? 0 : Number(logs[0].slice(ATOM.length)) + 1].push({ exponent, coefficient: Polynomial.fromTerms([{ monomial, coefficient: t.coefficient }]) });
    }
  }
  return buckets.map((b) => ExponentialPolynomial.fromTerms(b));
}

// ---------------------------------------------------------------- points and exact values

/** Rational points (odometer over the candidate values) at which every exponent of the form vanishes. */
function rationalPoints(form: LogForm): Point[] {
  const points: Point[] = [];
  const n = form.variables.length;
  const index = new Array<number>(n).fill(0);
  for (let tries = 0; tries < MAX_TRIES && points.length < MAX_POINTS; tries++) {
    const point = new Map(form.variables.map((v, k) => [v, GaussianRational.real(CANDIDATES[index[k]])]));
    if (form.exponents.every((e) => valueOf(e, point).isZero())) points.push(point);
    let k = 0;
    while (k < n && ++index[k] === CANDIDATES.length) index[k++] = 0;
    if (k === n) break;
  }
  return points;
}

/** Exact value of a polynomial at a rational point (every generator must have a value). */
function valueOf(p: Polynomial, point: Point): GaussianRational {
  let sum = GaussianRational.ZERO;
  for (const { monomial, coefficient } of p.terms()) {
    let term = coefficient;
    for (const [g, e] of Object.entries(monomial)) term = term.mul((point.get(g) as GaussianRational).pow(e));
    sum = sum.add(term);
  }
  return sum;
}

/** Exact value of a log-free exponential polynomial at a point where every exponent is 0. */
function valueAt(p: ExponentialPolynomial, point: Point): GaussianRational {
  let sum = GaussianRational.ZERO;
  for (const t of p.terms()) {
    if (!valueOf(t.exponent, point).isZero()) throw new NotApplicable(`the exponent ${t.exponent.toText()} is not 0 at ${describePoint(point)} (internal)`);
    sum = sum.add(valueOf(t.coefficient, point));
  }
  return sum;
}

/** r + Σ c_i ln q_i = 0 for rationals r, c_i and positive rationals q_i: r = 0 and every prime's exponent Σ c_i v_p(q_i) = 0. */
function logCombinationIsZero(r: Rational, terms: readonly { c: Rational; q: Rational }[]): boolean {
  if (!r.isZero()) return false;
  const exponents = new Map<bigint, Rational>();
  for (const { c, q } of terms) {
    if (c.isZero()) continue;
    for (const [p, k] of primeExponents(q.num)) exponents.set(p, (exponents.get(p) ?? Rational.ZERO).add(c.mul(Rational.fromInteger(k))));
    for (const [p, k] of primeExponents(q.den)) exponents.set(p, (exponents.get(p) ?? Rational.ZERO).sub(c.mul(Rational.fromInteger(k))));
  }
  return [...exponents.values()].every((e) => e.isZero());
}

function primeExponents(n: bigint): Map<bigint, bigint> {
  const out = new Map<bigint, bigint>();
  let rest = n < 0n ? -n : n;
  for (let p = 2n; p * p <= rest; p += p === 2n ? 1n : 2n) {
    if (p > PRIME_LIMIT) throw new NotApplicable(`the point value has a factor ${rest} with no prime factor ≤ ${PRIME_LIMIT}`);
    while (rest % p === 0n) {
      out.set(p, (out.get(p) ?? 0n) + 1n);
      rest /= p;
    }
  }
  if (rest > 1n) out.set(rest, (out.get(rest) ?? 0n) + 1n);
  return out;
}

// ---------------------------------------------------------------- the derivative route

interface NodeAnswer {
  readonly verdict: "zero" | "nonzero";
  readonly why: string;
}

function decideNode(n: ExponentialPolynomial, form: LogForm, points: readonly Point[], depth: number, plainSteps: number, state: { nodes: number; depth: number; meter: WorkMeter }): NodeAnswer {
  if (++state.nodes > MAX_NODES) throw new NotApplicable(`more than ${MAX_NODES} functions in the derivative route`);
  state.depth = Math.max(state.depth, depth);
  const parts = split(n, form.arguments.length);
  const logs = parts.slice(1).map((p, i) => ({ p, i })).filter((x) => !x.p.isZero());
  if (logs.length === 0) {
    const leaf = zeroTest(parts[0].toText(), state.meter);
    return leaf.verdict === "zero" ? { verdict: "zero", why: "" } : { verdict: "nonzero", why: `a log-free derivative at depth ${depth} is not 0: ${leaf.detail}` };
  }
  if (depth - plainSteps > form.arguments.length) throw new NotApplicable("the log coefficients did not reduce (internal)");
  // φ = a log coefficient nonzero at a candidate point; where every one vanishes at every candidate, φ = 1 (plain derivatives)
  const choice = chooseCoefficient(logs, points);
  if (choice === undefined && plainSteps === MAX_PLAIN_STEPS) throw new NotApplicable(`every log coefficient vanishes at the ${points.length} candidate points, also after ${MAX_PLAIN_STEPS} plain derivatives`);
  const { p: phi, point } = choice ?? { p: ExponentialPolynomial.one(), point: points[0] };
  if (!valueIsZero(parts, form, point)) return { verdict: "nonzero", why: `a function at depth ${depth} is ≠ 0 at ${describePoint(point)}` };
  for (const x of form.variables) {
    const child = wronskian(n, parts, phi, x, form, state.meter);
    if (child.isZero()) continue;
    const answer = decideNode(child, form, points, depth + 1, plainSteps + (choice === undefined ? 1 : 0), state);
    if (answer.verdict === "nonzero") return answer;
  }
  return { verdict: "zero", why: "" };
}

/** The log coefficient with the fewest terms that is nonzero at some candidate point, with that point. */
function chooseCoefficient(logs: readonly { p: ExponentialPolynomial; i: number }[], points: readonly Point[]): { p: ExponentialPolynomial; point: Point } | undefined {
  for (const { p } of [...logs].sort((a, b) => a.p.termCount - b.p.termCount || a.i - b.i)) {
    const point = points.find((pt) => !valueAt(p, pt).isZero());
    if (point !== undefined) return { p, point };
  }
  return undefined;
}

/** N(x⁰) = 0 exactly: real and imaginary parts of N_0(x⁰) + Σ N_i(x⁰) ln u_i(x⁰) separately. */
function valueIsZero(parts: readonly ExponentialPolynomial[], form: LogForm, point: Point): boolean {
  const constant = valueAt(parts[0], point);
  const coefficients = parts.slice(1).map((p) => valueAt(p, point));
  const q = form.arguments.map((a) => valueAt(a.numerator, point).div(valueAt(a.denominator, point)).re);
  return (["re", "im"] as const).every((part) =>
    logCombinationIsZero(
      constant[part],
      coefficients.map((c, i) => ({ c: c[part], q: q[i] })),
    ),
  );
}

/**
 * B·(φ·∂_xN − N·∂_xφ) as an exponential polynomial, with B the product of the normalized
 * log-argument factors that depend on x (nonzero on ℝⁿ): ∂_x ln u_i = Σ ±(∂_xE + ∂_x f̃/f̃).
 */
function wronskian(n: ExponentialPolynomial, parts: readonly ExponentialPolynomial[], phi: ExponentialPolynomial, x: string, form: LogForm, meter: WorkMeter): ExponentialPolynomial {
  const derivatives = form.factors.map((f) => explicitDerivative(f, x, meter));
  const used = form.factors.map((_, k) => k).filter((k) => !derivatives[k].isZero());
  const product = (ks: readonly number[]) => ks.reduce((acc, k) => acc.mul(form.factors[k], meter), ExponentialPolynomial.one());
  const b = product(used);
  const logDerivative = form.arguments.map((a) =>
    ExponentialPolynomial.sum(
      a.uses.map(({ factor, shift, power }) => {
        const sign = Polynomial.constant(power);
        const fromShift = b.scale(shift.derivative(x).mul(sign, meter), meter);
        if (factor < 0 || derivatives[factor].isZero()) return fromShift;
        return fromShift.add(derivatives[factor].mul(product(used.filter((k) => k !== factor)), meter).scale(sign, meter));
      }),
    ),
  );
  const chain = ExponentialPolynomial.sum(parts.slice(1).map((p, i) => (p.isZero() ? p : p.mul(logDerivative[i], meter))));
  const inner = phi.mul(explicitDerivative(n, x, meter), meter).sub(n.mul(explicitDerivative(phi, x, meter), meter));
  return b.mul(inner, meter).add(phi.mul(chain, meter));
}

/** ∂p/∂x with the log placeholders held fixed: Σ (∂c_k + c_k·∂E_k) e^{E_k}. */
function explicitDerivative(p: ExponentialPolynomial, x: string, meter: WorkMeter): ExponentialPolynomial {
  return ExponentialPolynomial.fromTerms(
    p.terms().flatMap(({ exponent, coefficient }) => [
      { exponent, coefficient: coefficient.derivative(x) },
      { exponent, coefficient: coefficient.mul(exponent.derivative(x), meter) },
    ]),
  );
}

function describePoint(point: Point): string {
  return point.size === 0 ? "the point (no variables)" : [...point].map(([v, c]) => `${v}=${c.toText()}`).join(", ");
}

