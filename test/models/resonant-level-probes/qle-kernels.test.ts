import { describe, expect, it } from "vitest";
import { integrate } from "../../../src/numerics/quadrature/gauss-kronrod.js";
import { seededRandom } from "../../../src/numerics/random.js";
import { fitConvergenceOrder } from "../../../src/evidence/convergence-order.js";
import { f2Printed, f2Rate, f3TermPrinted, f3TermStable, f3TermStableRate, targetConstants } from "../../../src/models/resonant-level-probes/qle-kernels.js";

/**
 * Independent check of eq. (9): the defining integrals of F2 and F3 (eq. (9), first
 * lines, with c_d from the QLE (7)) evaluated by adaptive Gauss–Kronrod quadrature, against
 * the printed closed forms. The dot amplitude a_k(τ) = (e^{−iε_kτ} − e^{−(iε_d+Γ)τ})/(Γ + iε_dk)
 * solves ȧ = −(iε_d + Γ)a + e^{−iε_kτ}, a(0) = 0 (checked below by a finite difference).
 */

type C = [number, number];
const mul = (a: C, b: C): C => [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
const div = (a: C, b: C): C => {
  const d = b[0] * b[0] + b[1] * b[1];
  return [(a[0] * b[0] + a[1] * b[1]) / d, (a[1] * b[0] - a[0] * b[1]) / d];
};
const expi = (phase: number, decay = 0): C => [Math.exp(-decay) * Math.cos(phase), Math.exp(-decay) * Math.sin(phase)];

function dotAmplitude(tau: number, ed: number, ek: number, G: number): C {
  const num: C = [expi(-ek * tau)[0] - expi(-ed * tau, G * tau)[0], expi(-ek * tau)[1] - expi(-ed * tau, G * tau)[1]];
  return div(num, [G, ed - ek]);
}

/** ∫_0^t g(τ) dτ of a complex integrand by two real quadratures (relTol 1e-12). */
function complexIntegral(g: (tau: number) => C, t: number): C {
  const opts = { absTol: 1e-14, relTol: 1e-12, maxSubdivisions: 4000 };
  return [integrate((x) => g(x)[0], 0, t, opts).value, integrate((x) => g(x)[1], 0, t, opts).value];
}

describe("QLE closed forms (9) against their defining integrals", () => {
  const rng = seededRandom(6);
  const u = () => rng.next();
  const points = Array.from({ length: 12 }, () => ({
    t: 1 + 60 * u(),
    G: 0.02 + 0.3 * u(),
    ed: 0.4 * (u() - 0.5),
    el: 0.8 * (u() - 0.5),
    ek: 0.8 * (u() - 0.5),
  }));

  it("a_k(τ) solves the QLE (7): ȧ + (iε_d + Γ)a − e^{−iε_kτ} = 0 (central difference, h = 1e-4)", () => {
    for (const { G, ed, ek } of points) {
      const tau = 3.7;
      const h = 1e-4;
      const ap = dotAmplitude(tau + h, ed, ek, G);
      const am = dotAmplitude(tau - h, ed, ek, G);
      const a = dotAmplitude(tau, ed, ek, G);
      const dadt: C = [(ap[0] - am[0]) / (2 * h), (ap[1] - am[1]) / (2 * h)];
      const rhs = mul([-G, -ed], a);
      const src = expi(-ek * tau);
      // central difference error h²·|a‴|/6 ≲ 1e-8·(|ε|+Γ)³ — 1e-7 is ample
      expect(Math.hypot(dadt[0] - rhs[0] - src[0], dadt[1] - rhs[1] - src[1])).toBeLessThan(1e-7);
    }
  });

  it("F2 as printed equals −2v²f Re ∫_0^t e^{−iε_lτ} conj(a_l(τ)) dτ", () => {
    for (const { t, G, ed, el } of points) {
      const v2 = 0.3;
      const f = 0.7;
      const I = complexIntegral((tau) => {
        const a = dotAmplitude(tau, ed, el, G);
        return mul(expi(-el * tau), [a[0], -a[1]]);
      }, t);
      const expected = -2 * v2 * f * I[0];
      const printed = f2Printed(t, v2, f, ed - el, G);
      // quadrature relTol 1e-12 of integrals of size ≲ t/Γ; 1e-9 relative to t/Γ covers it
      expect(Math.abs(printed - expected), `t=${t}, Γ=${G}, ε_dl=${ed - el}: printed ${printed}, quadrature ${expected}`).toBeLessThan(1e-9 * (v2 * t) / G);
    }
  });

  it("each k′ term of F3 as printed equals |∫_0^t e^{iε_lτ} a_k′(τ) dτ|² (per v_l² v_k′² f_k′)", () => {
    for (const { t, G, ed, el, ek } of points) {
      const I = complexIntegral((tau) => mul(expi(el * tau), dotAmplitude(tau, ed, ek, G)), t);
      const expected = I[0] * I[0] + I[1] * I[1];
      const printed = f3TermPrinted(t, ed - el, ed - ek, el - ek, G);
      const stable = f3TermStable(t, el - ek, ed - ek, G, targetConstants(t, ed - el, G));
      // |I|² ≲ (t/Γ)²; quadrature relTol 1e-12 and the literal form's cancellation (≈ ε/|ε_lk′ t|) stay below 1e-9 relative
      const scale = Math.max(expected, 1e-3);
      expect(Math.abs(printed - expected) / scale, `printed ${printed} vs ${expected}`).toBeLessThan(1e-9);
      expect(Math.abs(stable - expected) / scale, `stable ${stable} vs ${expected}`).toBeLessThan(1e-9);
    }
  });

  it("F2 = F3 = 0 at t = t0", () => {
    for (const { G, ed, el, ek } of points) {
      // F2(0) is the difference of two equal terms 2v²f(ε² − Γ²)/(ε² + Γ²)²: rounding ≈ 4ε of v²f/(Γ² + ε_dl²)
      expect(Math.abs(f2Printed(0, 0.3, 0.7, ed - el, G))).toBeLessThan((1e-15 * 0.21) / (G * G + (ed - el) ** 2));
      expect(f3TermPrinted(0, ed - el, ed - ek, el - ek, G)).toBe(0);
      expect(f3TermStable(0, el - ek, ed - ek, G, targetConstants(0, ed - el, G))).toBe(0);
    }
  });

  it("the ε_lk′ = 0 branch of the printed F3 term is its limit: |T(h) − T(0)| → 0 with order 1 in h", () => {
    const t = 40;
    const G = 0.05;
    const edl = 0.03;
    const hs = [1e-3, 5e-4, 2.5e-4, 1.25e-4]; // h·t ≤ 0.04: inside the linear regime, above the literal form's cancellation (ε·T/(h t) ≈ 1e-8)
    const at0 = f3TermPrinted(t, edl, edl, 0, G);
    const errs = hs.map((h) => Math.abs(f3TermPrinted(t, edl, edl + h, h, G) - at0));
    const { order } = fitConvergenceOrder(hs, errs);
    // a smooth function of h with non-zero slope at 0: order 1 (±0.1 for the O(h²) term over a factor 8 in h)
    expect(Math.abs(order - 1), `order ${order}, errors ${errs.join(", ")}`).toBeLessThan(0.1);
  });

  it("analytic rates dF2/dt and dT/dt equal central differences of the printed forms", () => {
    for (const { t, G, ed, el, ek } of points) {
      const h = 1e-3;
      const fd2 = (f2Printed(t + h, 0.3, 0.7, ed - el, G) - f2Printed(t - h, 0.3, 0.7, ed - el, G)) / (2 * h);
      // truncation h²/6·|F‴| ≲ 1e-6·(|ε|+Γ)²·v²: below 1e-7
      expect(Math.abs(f2Rate(t, 0.3, 0.7, ed - el, G) - fd2)).toBeLessThan(1e-7);
      const T = (s: number) => f3TermPrinted(s, ed - el, ed - ek, el - ek, G);
      const fd3 = (T(t + h) - T(t - h)) / (2 * h);
      const rate = f3TermStableRate(t, el - ek, ed - ek, ed - el, G, targetConstants(t, ed - el, G));
      // T ≲ (t/Γ)², T‴ ≲ T·(|ε|+Γ)³: relative truncation ≲ 1e-7
      expect(Math.abs(rate - fd3), `rate ${rate} vs fd ${fd3}`).toBeLessThan(1e-6 * Math.max(1, Math.abs(fd3)));
    }
  });
});
