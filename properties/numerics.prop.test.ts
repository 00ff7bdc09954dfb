import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { integrate, type QuadratureResult } from "../src/numerics/quadrature/gauss-kronrod.js";
import { principalValue } from "../src/numerics/quadrature/principal-value.js";
import { brent } from "../src/numerics/roots/brent.js";
import { realCubicRoots, type ComplexNumber } from "../src/numerics/roots/cubic.js";
import { newton1d } from "../src/numerics/roots/newton.js";
import { newton2d } from "../src/numerics/roots/newton2d.js";
import { binaryEntropy, bose, coth, fermi, fermiDerivative, fermiOfArgument, log1pExp } from "../src/numerics/special.js";

/**
 * Properties of the numerical kernels: quadrature, principal values, root finders and
 * special functions, each against closed forms or an independent algorithm. (The
 * grand-canonical solver built on them: properties/thermo.prop.test.ts.)
 *
 * Quadrature honesty: every integral asserts |value − exact| ≤ max(errorEstimate, tol) + r,
 * where tol = max(absTol, relTol·|I|) is what was requested (the estimate is only promised
 * to meet it) and r is the rounding of the closed form itself, stated per case.
 */

const EPS = Number.EPSILON;
const RUNS = Number(process.env.QTHERM_PROPERTY_RUNS ?? 60);
const ABS_TOL = 1e-12; // integrate's defaults
const REL_TOL = 1e-10;

const logUniform = (min: number, max: number): fc.Arbitrary<number> =>
  fc.double({ min: Math.log(min), max: Math.log(max), noNaN: true }).map(Math.exp);

/** Asserts the honest-error contract of a quadrature result against an exact value. */
function expectHonest(r: QuadratureResult, exact: number, rounding: number, label: string, absTol = ABS_TOL): void {
  const tol = Math.max(absTol, REL_TOL * Math.abs(exact));
  const actual = Math.abs(r.value - exact);
  expect(r.converged, label).toBe(true);
  expect(actual, `${label}: value ${r.value}, exact ${exact}, estimate ${r.errorEstimate}, evaluations ${r.evaluations}`).toBeLessThanOrEqual(
    Math.max(r.errorEstimate, tol) + rounding,
  );
}

/** Neumaier-compensated sum (for the independent oracle below). */
function compensatedSum(values: Iterable<number>): number {
  let sum = 0;
  let c = 0;
  for (const v of values) {
    const t = sum + v;
    c += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return sum + c;
}

/**
 * Trapezoidal rule on a uniform grid: for an integrand analytic in the strip |Im x| < d and
 * negligible at the window ends its error is ≈ 2·M·e^{−2πd/h} (Trefethen & Weideman,
 * SIAM Review 56, 385 (2014), Thm. 5.1) — an oracle independent of Gauss–Kronrod.
 */
function trapezoid(g: (x: number) => number, lo: number, hi: number, h: number): number {
  const n = Math.ceil((hi - lo) / h);
  const step = (hi - lo) / n;
  const values = function* (): Generator<number> {
    for (let i = 0; i <= n; i++) yield (i === 0 || i === n ? 0.5 : 1) * g(lo + i * step);
  };
  return step * compensatedSum(values());
}

describe("adaptive Gauss–Kronrod against closed forms", () => {
  it("polynomials of degree ≤ 12 on random intervals", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 1, maxLength: 13 }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        (coefficients, a, b) => {
          const p = (x: number): number => coefficients.reduceRight((acc, c) => acc * x + c, 0);
          const antiderivative = (x: number): number => coefficients.reduceRight((acc, c, k) => acc * x + c / (k + 1), 0) * x;
          const exact = antiderivative(b) - antiderivative(a);
          // rounding of the closed form: 2·(degree + 2) operations on terms ≤ Σ|c_k| 5^{k+1}/(k+1)
          const scale = coefficients.reduce((s, c, k) => s + (Math.abs(c) * 5 ** (k + 1)) / (k + 1), 0);
          // request a tolerance above the rule's round-off floor 50ε∫|p| (∫|p| ≤ 2·scale): a cancelling
          // integral (e.g. an odd p on a symmetric interval) cannot be certified below it
          const absTol = ABS_TOL + 100 * EPS * 2 * scale;
          const r = integrate(p, a, b, { absTol });
          expectHonest(r, exact, 4 * (coefficients.length + 2) * EPS * scale, `deg ${coefficients.length - 1} on [${a}, ${b}]`, absTol);
        },
      ),
      { seed: 42, numRuns: RUNS },
    );
  });

  it("end-point singularities: ∫_0^1 x^α dx = 1/(1 + α) for α ≥ −0.9 (the documented honest range)", () => {
    fc.assert(
      fc.property(fc.double({ min: -0.9, max: 2, noNaN: true }), (alpha) => {
        const exact = 1 / (1 + alpha);
        expectHonest(integrate((x) => x ** alpha, 0, 1), exact, 4 * EPS * exact, `α = ${alpha}`);
      }),
      { seed: 49, numRuns: RUNS },
    );
  });

  it("∫_a^∞ e^{−kx} dx = e^{−ka}/k", () => {
    fc.assert(
      fc.property(logUniform(0.1, 10), fc.double({ min: -3, max: 3, noNaN: true }), (k, a) => {
        const exact = Math.exp(-k * a) / k;
        expectHonest(integrate((x) => Math.exp(-k * x), a, Infinity), exact, 4 * EPS * exact, `k = ${k}, a = ${a}`);
      }),
      { seed: 43, numRuns: RUNS },
    );
  });

  it("Gaussians on ℝ: ∫ e^{−(x−m)²/(2s²)} dx = s√(2π) (breakpoint at m)", () => {
    fc.assert(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), logUniform(1e-3, 50), (m, s) => {
        const exact = s * Math.sqrt(2 * Math.PI);
        const r = integrate((x) => Math.exp(-((x - m) ** 2) / (2 * s * s)), -Infinity, Infinity, { breakpoints: [m] });
        expectHonest(r, exact, 4 * EPS * exact, `m = ${m}, s = ${s}`);
      }),
      { seed: 44, numRuns: RUNS },
    );
  });

  it("Gaussians of moderate width need no breakpoint", () => {
    fc.assert(
      fc.property(fc.double({ min: -2, max: 2, noNaN: true }), logUniform(0.3, 5), (m, s) => {
        const exact = s * Math.sqrt(2 * Math.PI);
        const r = integrate((x) => Math.exp(-((x - m) ** 2) / (2 * s * s)), -Infinity, Infinity);
        expectHonest(r, exact, 4 * EPS * exact, `m = ${m}, s = ${s}`);
      }),
      { seed: 45, numRuns: RUNS },
    );
  });

  it("Fermi window: ∫ [f(β(ε−μL)) − f(β(ε−μR))] dε = μL − μR, β up to 200", () => {
    fc.assert(
      fc.property(logUniform(1, 200), fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }), (beta, muL, muR) => {
        const r = integrate((e) => fermi(e, beta, muL) - fermi(e, beta, muR), -Infinity, Infinity, { breakpoints: [muL, muR] });
        // exact value is a difference of two doubles: one rounding
        expectHonest(r, muL - muR, EPS * Math.abs(muL - muR), `β = ${beta}, μL = ${muL}, μR = ${muR}`);
      }),
      { seed: 46, numRuns: RUNS },
    );
  });

  it("moments of −∂f/∂ε: 1, μ and the Sommerfeld variance π²/(3β²)", () => {
    fc.assert(
      fc.property(logUniform(0.5, 200), fc.double({ min: -3, max: 3, noNaN: true }), (beta, mu) => {
        const weight = (e: number): number => -fermiDerivative(e, beta, mu);
        const options = { breakpoints: [mu] };
        expectHonest(integrate(weight, -Infinity, Infinity, options), 1, EPS, `norm, β = ${beta}`);
        expectHonest(integrate((e) => e * weight(e), -Infinity, Infinity, options), mu, EPS * Math.abs(mu), `mean, β = ${beta}, μ = ${mu}`);
        const variance = (Math.PI * Math.PI) / (3 * beta * beta);
        expectHonest(integrate((e) => (e - mu) ** 2 * weight(e), -Infinity, Infinity, options), variance, 4 * EPS * variance, `variance, β = ${beta}`);
      }),
      { seed: 47, numRuns: RUNS },
    );
  });

  it.each([
    // ∫_0^∞ x^{s−1}/(e^x + 1) dx = (1 − 2^{1−s})Γ(s)ζ(s) and ∫_0^∞ x^{s−1}/(e^x − 1) dx = Γ(s)ζ(s)
    ["Fermi, s = 2: π²/12", (x: number) => x * fermiOfArgument(x), (Math.PI * Math.PI) / 12],
    ["Fermi, s = 3: (3/2)ζ(3)", (x: number) => x * x * fermiOfArgument(x), 1.5 * 1.2020569031595942853997],
    ["Fermi, s = 4: 7π⁴/120", (x: number) => x ** 3 * fermiOfArgument(x), (7 * Math.PI ** 4) / 120],
    ["Bose, s = 2: π²/6", (x: number) => x * bose(x, 1), (Math.PI * Math.PI) / 6],
    ["Bose, s = 4: π⁴/15", (x: number) => x ** 3 * bose(x, 1), Math.PI ** 4 / 15],
  ] as const)("Sommerfeld/Bose integral %s", (label, g, exact) => {
    expectHonest(integrate(g, 0, Infinity), exact, 4 * EPS * exact, label);
  });

  it("Lorentzian × Fermi window with breakpoints at μL, μR and the resonance, against the trapezoidal rule", () => {
    fc.assert(
      fc.property(
        logUniform(1, 200),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        logUniform(0.05, 2),
        (beta, muL, muR, epsilon0, gamma) => {
          const g = (e: number): number => ((gamma / Math.PI) / ((e - epsilon0) ** 2 + gamma * gamma)) * (fermi(e, beta, muL) - fermi(e, beta, muR));
          const r = integrate(g, -Infinity, Infinity, { breakpoints: [muL, muR, epsilon0] });
          // Oracle: trapezoid on [min μ − 40/β, max μ + 40/β]; outside, |fL − fR| ≤ 2e^{−40} ≈ 8.5e−18, so the
          // tails add ≤ 2·8.5e−18/(πγβ) ≤ 1.1e−16. Strip of analyticity d = min(γ, π/β) (Lorentzian and
          // Matsubara poles); with h = 2π·0.9d/60 the discretisation error is ≈ e^{−60}·M, negligible.
          const d = Math.min(gamma, Math.PI / beta);
          const lo = Math.min(muL, muR) - 40 / beta;
          const hi = Math.max(muL, muR) + 40 / beta;
          const oracle = trapezoid(g, lo, hi, (2 * Math.PI * 0.9 * d) / 60);
          // oracle rounding: compensated sum, ≈ 4ε·∫|g| ≤ 4ε·|μL − μR|/(πγ)·… bounded by 4ε·(1 + |oracle|); tails 1.1e−16
          expectHonest(r, oracle, 4 * EPS * (1 + Math.abs(oracle)) + 1.1e-16, `β = ${beta}, μ = (${muL}, ${muR}), ε0 = ${epsilon0}, γ = ${gamma}`);
        },
      ),
      { seed: 48, numRuns: Math.max(10, Math.floor(RUNS / 3)) },
    );
  });
});

describe("principal values against closed forms", () => {
  it("PV∫_{−1}^{1} dx/(x − c) = ln((1 − c)/(1 + c))", () => {
    fc.assert(
      fc.property(fc.double({ min: -0.999, max: 0.999, noNaN: true }), (c) => {
        const exact = Math.log((1 - c) / (1 + c));
        expectHonest(principalValue(() => 1, c, -1, 1), exact, 4 * EPS * Math.max(1, Math.abs(exact)), `c = ${c}`);
      }),
      { seed: 50, numRuns: RUNS },
    );
  });

  it("PV of a polynomial over (x − c) = ∫ of the exact quotient + p(c) ln((b−c)/(c−a))", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 1, maxLength: 8 }),
        fc.double({ min: -3, max: 0, noNaN: true }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        fc.double({ min: 0.1, max: 3, noNaN: true }),
        (coefficients, a, t, length) => {
          const b = a + length;
          const c = a + t * length;
          // synthetic division: p(x) = (x − c)q(x) + p(c); q integrated exactly
          const q: number[] = new Array(Math.max(0, coefficients.length - 1)).fill(0);
          let carry = 0;
          for (let k = coefficients.length - 1; k >= 1; k--) {
            carry = coefficients[k] + carry * c;
            q[k - 1] = carry;
          }
          const pc = coefficients.reduceRight((acc, ck) => acc * c + ck, 0);
          const Q = (x: number): number => q.reduceRight((acc, qk, k) => acc * x + qk / (k + 1), 0) * x;
          const exact = Q(b) - Q(a) + pc * Math.log((b - c) / (c - a));
          const p = (x: number): number => coefficients.reduceRight((acc, ck) => acc * x + ck, 0);
          const scale = coefficients.reduce((s, ck, k) => s + Math.abs(ck) * 6 ** k, 0) * (length + Math.abs(Math.log((b - c) / (c - a))));
          expectHonest(principalValue(p, c, a, b), exact, 32 * EPS * scale, `p = [${coefficients}], c = ${c} in [${a}, ${b}]`);
        },
      ),
      { seed: 51, numRuns: RUNS },
    );
  });

  it("Hilbert transform of a Lorentzian: PV∫ L(x)/(x − c) dx = −(c − x0)/((c − x0)² + γ²)", () => {
    fc.assert(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }), logUniform(0.05, 5), (x0, c, gamma) => {
        const lorentzian = (x: number): number => gamma / Math.PI / ((x - x0) ** 2 + gamma * gamma);
        const exact = -(c - x0) / ((c - x0) ** 2 + gamma * gamma);
        const r = principalValue(lorentzian, c, -Infinity, Infinity, { breakpoints: [x0] });
        expectHonest(r, exact, 4 * EPS * Math.abs(exact), `x0 = ${x0}, c = ${c}, γ = ${gamma}`);
      }),
      { seed: 52, numRuns: RUNS },
    );
  });
});

describe("root finders", () => {
  it("brent brackets a sign change of x³ + px − q to 4ε relative", () => {
    // |q| ≥ 1e−3: for p = 0 and q → 0 the root ∛q approaches a triple root at the subnormal scale,
    // which needs more than the default 200 iterations (a documented limit, tested in test/numerics/roots)
    const q = fc.tuple(logUniform(1e-3, 100), fc.boolean()).map(([m, negative]) => (negative ? -m : m));
    fc.assert(
      fc.property(fc.double({ min: 0, max: 10, noNaN: true }), q, (p, q) => {
        const f = (x: number): number => x * x * x + p * x - q; // strictly increasing: one real root
        const bound = Math.max(1, Math.abs(q), Math.cbrt(Math.abs(q))) + 1;
        const r = brent(f, -bound, bound, { xTol: 1e-300 });
        const [lo, hi] = r.bracket;
        expect(f(lo) <= 0 && f(hi) >= 0, `f(${lo}) = ${f(lo)}, f(${hi}) = ${f(hi)}`).toBe(true);
        // Brent's stop: bracket half-width ≤ 2ε|x| + xTol/2 (+ subnormal); allow one extra ulp each side
        expect(hi - lo, `bracket [${lo}, ${hi}]`).toBeLessThanOrEqual(4 * EPS * Math.abs(r.root) + 2e-300 + 2 * EPS * Math.abs(r.root));
      }),
      { seed: 60, numRuns: RUNS },
    );
  });

  it("newton1d finds ln k from e^x − k for starting points far on either side", () => {
    fc.assert(
      fc.property(logUniform(1e-3, 1e3), fc.double({ min: -10, max: 10, noNaN: true }), (k, x0) => {
        const r = newton1d((x) => Math.exp(x) - k, Math.exp, x0);
        // ln k rounded once, root found to the 4ε relative step: 8ε·max(1, |ln k|)
        expect(Math.abs(r.root - Math.log(k)), `k = ${k}, x0 = ${x0}: root ${r.root}`).toBeLessThanOrEqual(8 * EPS * Math.max(1, Math.abs(Math.log(k))));
      }),
      { seed: 61, numRuns: RUNS },
    );
  });

  it("newton2d intersects a circle with a line through the origin", () => {
    fc.assert(
      fc.property(logUniform(0.01, 100), fc.double({ min: -20, max: 20, noNaN: true }), (radius, slope) => {
        const F = (x: number, y: number): [number, number] => [x * x + y * y - radius * radius, y - slope * x];
        const J = (x: number, y: number): [[number, number], [number, number]] => [[2 * x, 2 * y], [-slope, 1]];
        const r = newton2d(F, J, [radius, slope * radius]);
        const x = radius / Math.sqrt(1 + slope * slope);
        // quadratic convergence to a 1e-12 relative step leaves ≤ 1e-13 relative after the last step
        expect(Math.abs(r.root[0] - x), `r = ${radius}, m = ${slope}: ${r.root}`).toBeLessThanOrEqual(1e-13 * radius);
        expect(Math.abs(r.root[1] - slope * x)).toBeLessThanOrEqual(1e-13 * radius * Math.max(1, Math.abs(slope)));
        expect(r.residual).toBeLessThanOrEqual(16 * EPS * radius * radius * (1 + Math.abs(slope)));
      }),
      { seed: 62, numRuns: RUNS },
    );
  });

  it("cubic roots: small backward error, Vieta relations and exact conjugate pairs", () => {
    // magnitudes 1e−9 … 1e6 of either sign, and exact zeros (roots at 0, missing terms); the
    // domain excludes |a| so small against b, c, d that the roots overflow (ParameterError by design)
    const nonZero = fc
      .tuple(fc.double({ min: 1e-3, max: 1, noNaN: true }), fc.boolean(), fc.integer({ min: -6, max: 6 }))
      .map(([m, negative, e]) => (negative ? -m : m) * 10 ** e);
    const coefficient = fc.oneof(nonZero, fc.constant(0));
    fc.assert(
      fc.property(nonZero, coefficient, coefficient, coefficient, (a, b, c, d) => {
        const roots = realCubicRoots(a, b, c, d);
        expect(roots.length).toBe(3);
        const coefficients = [a, b, c, d];
        for (const z of roots) {
          // complex Horner for p(z) and Σ|coef_k||z|^k
          let pr = 0;
          let pi = 0;
          let scale = 0;
          const m = Math.hypot(z.re, z.im);
          for (const ck of coefficients) {
            [pr, pi] = [pr * z.re - pi * z.im + ck, pr * z.im + pi * z.re];
            scale = scale * m + Math.abs(ck);
          }
          // backward stability: |p(r)| ≤ c·ε·Σ|coef_k||r|^k; the evaluation alone contributes ≈ 6ε,
          // the measured worst over 6·10⁵ random roots is 1.3ε; c = 16 leaves a factor 10
          expect(Math.hypot(pr, pi), `p(${z.re} + ${z.im}i) for [${coefficients}]`).toBeLessThanOrEqual(16 * EPS * scale);
        }
        if (roots[1].im !== 0) {
          expect(roots[2].re).toBe(roots[1].re);
          expect(roots[2].im).toBe(-roots[1].im);
          expect(roots[0].im).toBe(0);
        } else {
          expect(roots[0].re <= roots[1].re && roots[1].re <= roots[2].re).toBe(true);
        }
        // Vieta: Σr = −b/a. Sums of roots are well conditioned even for clusters; a sum of three
        // roots with backward error 16ε each is within 64ε·(Σ|r|) (measured ≤ 4ε·Σ|r|)
        const [r1, r2, r3] = roots as [ComplexNumber, ComplexNumber, ComplexNumber];
        const magnitude = Math.hypot(r1.re, r1.im) + Math.hypot(r2.re, r2.im) + Math.hypot(r3.re, r3.im);
        expect(Math.abs(r1.re + r2.re + r3.re + b / a), `Σr vs −b/a for [${coefficients}]`).toBeLessThanOrEqual(64 * EPS * (magnitude + Math.abs(b / a)));
      }),
      { seed: 63, numRuns: 5 * RUNS },
    );
  });
});

describe("special-function identities", () => {
  it("fermi(x) + fermi(−x) = 1 and negative β inverts occupations", () => {
    fc.assert(
      fc.property(fc.double({ min: -800, max: 800, noNaN: true }), (x) => {
        // two roundings of values ≤ 1
        expect(Math.abs(fermiOfArgument(x) + fermiOfArgument(-x) - 1), `x = ${x}`).toBeLessThanOrEqual(2 * EPS);
        expect(Math.abs(fermi(x, -1) - (1 - fermi(x, 1)))).toBeLessThanOrEqual(2 * EPS);
      }),
      { seed: 70, numRuns: RUNS },
    );
  });

  it("1 + 2·n_B(ω) = coth(βω/2) from βω = 1e−300 to 700; coth = cosh/sinh in the safe range", () => {
    fc.assert(
      fc.property(logUniform(1e-300, 700), (x) => {
        const lhs = 1 + 2 * bose(x, 1);
        // bose is ≤ 2 ulp, doubling and adding 1 two more roundings; coth ≤ 2 ulp
        expect(Math.abs(lhs - coth(x / 2)) / coth(x / 2), `βω = ${x}`).toBeLessThanOrEqual(8 * EPS);
        if (x > 1e-3 && x < 600) {
          // cosh/sinh: each ≤ 1 ulp in fdlibm, the quotient one more
          expect(Math.abs(coth(x) - Math.cosh(x) / Math.sinh(x)) / coth(x)).toBeLessThanOrEqual(6 * EPS);
        }
      }),
      { seed: 71, numRuns: RUNS },
    );
  });

  it("log1pExp agrees with the naive formula where it is safe and satisfies s(x) − s(−x) = x everywhere", () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) => {
        expect(Math.abs(log1pExp(x) - log1pExp(-x) - x), `x = ${x}`).toBeLessThanOrEqual(4 * EPS * Math.max(1, Math.abs(x)));
        if (x > -2 && x < 700) {
          const naive = Math.log(1 + Math.exp(x));
          // naive: 1 + eˣ rounds (ε), amplified by 1/ln(1 + eˣ) ≤ 8 at x ≥ −2
          expect(Math.abs(log1pExp(x) - naive) / naive).toBeLessThanOrEqual(16 * EPS);
        }
      }),
      { seed: 72, numRuns: RUNS },
    );
  });

  it("binary entropy: exactly symmetric, in [0, ln 2], and equal to the naive formula in the interior", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 1, noNaN: true }), (lambda) => {
        const h = binaryEntropy(lambda);
        expect(binaryEntropy(1 - lambda)).toBe(h); // 1 − λ is exact for λ ∈ [1/2, 1] (Sterbenz)
        expect(h).toBeGreaterThanOrEqual(0);
        expect(h).toBeLessThanOrEqual(Math.LN2);
        if (lambda < 1 - 1e-3) {
          const naive = -lambda * Math.log(lambda) - (1 - lambda) * Math.log(1 - lambda);
          // two log terms, each ≤ 2 ulp of a value ≤ ln 2·…: absolute 8ε
          expect(Math.abs(h - naive), `λ = ${lambda}`).toBeLessThanOrEqual(8 * EPS);
        }
      }),
      { seed: 73, numRuns: RUNS },
    );
  });
});
