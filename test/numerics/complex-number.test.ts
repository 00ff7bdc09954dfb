import { describe, expect, it } from "vitest";
import { cabs, cmul, complex, csqrt } from "../../src/numerics/complex-number.js";

/** The principal square root: (√z)² = z, Re √z ≥ 0, the branch cut on the negative real axis. */
describe("csqrt", () => {
  it.each([
    [4, 0],
    [-4, 0],
    [0, 2],
    [3, -4],
    [-1e-3, 1e-9],
    [1e150, 1e150],
    [0, 0],
  ])("√(%s + %si) squares back with Re ≥ 0 and Im of the sign of Im z", (re, im) => {
    const z = complex(re, im);
    const r = csqrt(z);
    const back = cmul(r, r);
    expect(Math.hypot(back.re - re, back.im - im), `√z = ${r.re} + ${r.im}i`).toBeLessThanOrEqual(4e-16 * Math.max(cabs(z), Number.MIN_VALUE));
    expect(r.re).toBeGreaterThanOrEqual(0);
    if (im !== 0) expect(Math.sign(r.im)).toBe(Math.sign(im));
  });

  it("takes the upper side of the cut: √(−4) = 2i, and √(−4 − 0i) = 2i too", () => {
    expect(csqrt(complex(-4, 0))).toEqual({ re: 0, im: 2 });
    expect(csqrt(complex(-4, -0))).toEqual({ re: 0, im: 2 });
    expect(csqrt(complex(-4, -1e-300)).im).toBeCloseTo(-2, 15);
  });

  it("keeps the small part accurate near the real axis (no cancellation in |z| ∓ Re z)", () => {
    // √(1 + εi) = 1 + εi/2 + O(ε²); √(−1 + εi) = ε/2 + i + O(ε²)
    expect(Math.abs(csqrt(complex(1, 2e-10)).im / 1e-10 - 1)).toBeLessThan(1e-15);
    expect(Math.abs(csqrt(complex(-1, 2e-10)).re / 1e-10 - 1)).toBeLessThan(1e-15);
  });

  it("is the principal root of 3 − 4i: 2 − i", () => {
    const r = csqrt(complex(3, -4));
    expect(r.re).toBeCloseTo(2, 15);
    expect(r.im).toBeCloseTo(-1, 15);
  });
});
