import { describe, expect, it } from "vitest";
import { identity } from "../../../src/core/criterion.js";
import { judge } from "../../../src/evidence/judge.js";
import { deriveDistributionDenominator, deriveRotationEigenvectors, deriveTransmissionFromD1 } from "../../../src/models/two-site-chain-baths/symbolic.js";
import { deriveDetailedBalanceRatio, deriveInterferenceAdjoint, deriveInterferenceEigenvalues, deriveTransmissionBimodalLimit } from "../../../src/models/two-site-chain-baths/symbolic-limits.js";
import { fermionAnnihilators } from "../../../src/physics/lindblad/fermion-operators.js";
import { equivalent } from "../../../src/symbolic/index.js";

/**
 * The derivations of symbolic.ts and symbolic-limits.ts are decided by exact algebra ('zero',
 * never 'unknown'), and the same exact check rejects the wrong forms they guard against.
 */

const SEED = 20140401;
const [d1, d2] = fermionAnnihilators(2);

describe("two-site-chain-baths derivations are decided by exact algebra", () => {
  it.each([
    ["(16)–(17) rotation", () => deriveRotationEigenvectors(SEED)],
    ["(45) from (D1)", () => deriveTransmissionFromD1(SEED)],
    ["(35)–(36) denominator", () => deriveDistributionDenominator(SEED)],
    ["(46) series", () => deriveTransmissionBimodalLimit(SEED).identity],
    ["(78) corrected and at δ = 0", () => deriveDetailedBalanceRatio(SEED).identity],
    ["(68) adjoint", () => deriveInterferenceAdjoint(SEED, { d: [d1, d2] })],
    ["(F1) characteristic polynomial", () => deriveInterferenceEigenvalues(SEED)],
  ])("%s: engine 'zero' and the numeric samples agree", (_name, derive) => {
    const m = derive();
    expect(m.engine, m.engineDetail).toBe("zero");
    const j = judge(identity({ rtol: 1e-9, reason: "spot checks in double precision" }), m);
    expect(j.verdict, j.detail).toBe("holds");
  });

  it("(78): the printed form differs from the derived ratio for δ ≠ 0 — exact algebra says 'nonzero'", () => {
    const general = deriveDetailedBalanceRatio(SEED).printedGeneral;
    expect(general.engine, general.engineDetail).toBe("nonzero");
  });
});

describe("the exact check rejects the wrong forms (negative controls)", () => {
  it("(45): the prefactor πg²/4 instead of πg²/2 is not an identity", () => {
    // the (D1) integrand with (37) and E_1 = E_2 + Δ, as symbolic.ts builds it
    const integrand = "(pi*g^2/(2*D))*J*(p1*(c*w - E2)*p2/J - p2*(c*w - (E2 + D))*p1/J)";
    const domain = { c: { min: 0.9, max: 1 }, w: { min: -2, max: 2 }, E2: { min: 0.1, max: 0.9 }, D: { min: 0.1, max: 1 }, p1: { min: 0.1, max: 3 }, p2: { min: 0.1, max: 3 }, J: { min: 0.01, max: 0.1 }, g: { min: 0.1, max: 1 } };
    const wrong = equivalent(integrand, "(pi*g^2/4)*p1*p2", { domain, seed: SEED });
    const right = equivalent(integrand, "(pi*g^2/2)*p1*p2", { domain, seed: SEED });
    expect(right.symbolic, right.symbolicDetail).toBe("zero");
    // π is an opaque atom of the exact reader: a nonzero numerator with it is 'unknown', never 'zero'
    expect(wrong.symbolic).not.toBe("zero");
    expect(wrong.numeric.passed, `max rel. difference ${wrong.numeric.maxRelativeError}`).toBe(false);
  });

  it("(35)–(36): the naive width Γ_j² = Γ²(1 − E_j²/Ω²)s² leaves a nonzero remainder", () => {
    const fromLaplace = "(y - x*(1 - r/2))^2 + (r^2/4)*(1 - x^2)";
    const naive = "(1-r)*((x - (1-r/2)*y/(1-r))^2 + r^2*(1-y^2)/(4*(1-r)^2))";
    const e = equivalent(fromLaplace, naive, { domain: { x: { min: -1, max: 1 }, y: { min: 0.01, max: 0.5 }, r: { min: 0.001, max: 0.2 } }, seed: SEED });
    expect(e.symbolic, e.symbolicDetail).toBe("nonzero");
  });
});
