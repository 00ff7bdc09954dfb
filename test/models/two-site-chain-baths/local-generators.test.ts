import { describe, expect, it } from "vitest";
import { ParameterError } from "../../../src/core/errors.js";
import { epaErrorFunctionU, epaErrorFunctionUBessel } from "../../../src/models/two-site-chain-baths/analytic.js";
import { entropyProductionLimit, localBathLCurrents, localFixedPoint, localRates } from "../../../src/models/two-site-chain-baths/analytic-local.js";
import { detailedBalanceRatioClosedForm, detailedBalanceRatioPrinted } from "../../../src/models/two-site-chain-baths/analytic-rates.js";
import { buildFiniteChainStars, plateauAverageCurrents } from "../../../src/models/two-site-chain-baths/exact.js";
import { applyQuadraticAdjoint, applyQuadraticGenerator, diagonalRates, occupationOperators, siteHamiltonianFock } from "../../../src/models/two-site-chain-baths/local-generators.js";
import { resolveTwoSiteChainBathsParams } from "../../../src/models/two-site-chain-baths/params.js";
import { gaussianStateFock } from "../../../src/models/two-site-chain-baths/gaussian-state-fock.js";
import { multiplyComplex, traceComplex } from "../../../src/numerics/linalg/complex-matrix.js";

const diag = (a: number, b: number) => ({ re: [[a, 0], [0, b]], im: [[0, 0], [0, 0]] });

describe("quadratic generators in Fock space", () => {
  it("a single damped mode: d⟨n⟩/dt = γ⁺ − (γ⁺ + γ⁻)⟨n⟩ (closed form of D[a] and D[a†])", () => {
    const { plus, minus } = diagonalRates([0.3, 0], [0.5, 0]);
    const rho = gaussianStateFock(diag(0.2, 0.7)).rho;
    const [n1, n2] = occupationOperators();
    const dn1 = traceComplex(multiplyComplex(n1, applyQuadraticGenerator(plus, minus, rho))).re;
    const dn2 = traceComplex(multiplyComplex(n2, applyQuadraticGenerator(plus, minus, rho))).re;
    // 0.3 − 0.8·0.2 = 0.14; mode 2 untouched; 4×4 round-off
    expect(Math.abs(dn1 - 0.14), `${dn1}`).toBeLessThan(1e-15);
    expect(Math.abs(dn2), `${dn2}`).toBeLessThan(1e-15);
  });

  it("the adjoint is the trace dual: Tr[X·Lρ] = Tr[(L†X)ρ] for a non-diagonal rate pair", () => {
    const plus = { re: [[0.2, 0.05], [0.05, 0.1]], im: [[0, 0.03], [-0.03, 0]] };
    const minus = { re: [[0.4, -0.02], [-0.02, 0.6]], im: [[0, -0.01], [0.01, 0]] };
    const rho = gaussianStateFock({ re: [[0.3, 0.1], [0.1, 0.6]], im: [[0, 0.1], [-0.1, 0]] }).rho;
    const X = siteHamiltonianFock({ h: 1, delta: 0.3, g: 0.5 });
    const a = traceComplex(multiplyComplex(X, applyQuadraticGenerator(plus, minus, rho)));
    const b = traceComplex(multiplyComplex(applyQuadraticAdjoint(plus, minus, X), rho));
    // products of 4×4 matrices with entries ≤ 1.5: round-off
    expect(Math.hypot(a.re - b.re, a.im - b.im), `${a.re} vs ${b.re}`).toBeLessThan(1e-15);
  });
});

describe("local decomposition (Sec. V B)", () => {
  const p = resolveTwoSiteChainBathsParams({ h: 1, delta: 0.5, g: 0.5, Omega: 10, Gamma: 0.05, muL: 1.5, muR: 0.5, TL: 0.3, TR: 0.1 });

  it("(77): the fixed-point occupation of site α is γ̄⁺/(γ̄⁺ + γ̄⁻)", () => {
    for (const alpha of ["L", "R"] as const) {
      const r = localRates(alpha, p);
      // exp/log round trip
      expect(Math.abs(localFixedPoint(alpha, p).occupation - r.gain / (r.gain + r.loss))).toBeLessThan(1e-14);
    }
  });

  it("(81) printed and corrected differ by (g/2)Σ_jR²_{1j}Γ_j·2Re⟨c_L†c_R⟩ and coincide when Re⟨c_L†c_R⟩ = 0", () => {
    const real = localBathLCurrents(p, { re: [[0.4, 0], [0, 0.3]], im: [[0, 0.05], [-0.05, 0]] });
    expect(real.energy81Printed).toBe(real.energy81Corrected);
    const withRe = localBathLCurrents(p, { re: [[0.4, 0.1], [0.1, 0.3]], im: [[0, 0], [0, 0]] });
    expect(withRe.energy81Corrected - withRe.energy81Printed).toBeGreaterThan(0);
  });

  it("σ₀ of (64) vanishes for equal baths and is positive for a bias", () => {
    const eq = resolveTwoSiteChainBathsParams({ muL: 0.8, muR: 0.8, TL: 0.2, TR: 0.2 });
    expect(Math.abs(entropyProductionLimit(eq)), "f_L = f_R: covariance terms vanish up to a²f + b²f − f round-off").toBeLessThan(1e-15);
    expect(entropyProductionLimit(p)).toBeGreaterThan(0.1);
  });

  it("corrected (78) in closed form reduces to the printed form at δ = 0", () => {
    const q = resolveTwoSiteChainBathsParams({ delta: 0, Omega: 1e3, TL: 0.3, muL: 1.2 });
    // same algebraic expression at s = 0: round-off only
    expect(Math.abs(detailedBalanceRatioClosedForm("L", q) / detailedBalanceRatioPrinted("L", q) - 1)).toBeLessThan(1e-14);
  });
});

describe("bad inputs name the parameter", () => {
  it("epaErrorFunctionUBessel rejects τ outside (0, 20]", () => {
    for (const tau of [0, -1, 25, Number.NaN]) expect(() => epaErrorFunctionUBessel(tau)).toThrow(/tau/);
    expect(() => epaErrorFunctionUBessel(-1)).toThrow(ParameterError);
    // agrees with the integral form at τ = 3 (quadrature 1e-12, series round-off e^3·1e-16)
    expect(Math.abs(epaErrorFunctionUBessel(3) / epaErrorFunctionU(3) - 1)).toBeLessThan(1e-10);
  });

  it("plateauAverageCurrents rejects windows beyond the transit time and too few points", () => {
    const s = buildFiniteChainStars(resolveTwoSiteChainBathsParams({ M: 50, Omega: 10 }));
    expect(() => plateauAverageCurrents(s, [1, 6], 3)).toThrow(/window\[1\]/); // M/Ω = 5
    expect(() => plateauAverageCurrents(s, [-1, 2], 3)).toThrow(/window\[0\]/);
    expect(() => plateauAverageCurrents(s, [1, 2], 1)).toThrow(/points/);
    expect(() => plateauAverageCurrents(s, [2, 2], 3)).toThrow(ParameterError);
  });
});
