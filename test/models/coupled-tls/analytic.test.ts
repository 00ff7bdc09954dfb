import { describe, expect, it } from "vitest";
import { DomainError } from "../../../src/core/errors.js";
import * as analytic from "../../../src/models/coupled-tls/analytic.js";
import { resolveCoupledTlsParams } from "../../../src/models/coupled-tls/params.js";

const xA = Math.exp(-0.5);
const xB = Math.exp(-2);

describe("coupled-tls closed forms (slides as printed and corrected)", () => {
  it("slide 1 printed state has trace (1 + e^{−β})/(1 + e^{−βω}): 1 only at ω = 1", () => {
    const at = (omega: number) => analytic.singleModeSteadyStatePrinted({ omega, gamma: 1, beta: 0.8 }).reduce((a, b) => a + b, 0);
    expect(at(1)).toBeCloseTo(1, 15);
    expect(Math.abs(at(2) - (1 + Math.exp(-0.8)) / (1 + Math.exp(-1.6)))).toBeLessThan(1e-15);
    const corrected = analytic.singleModeSteadyState({ omega: 2, gamma: 1, beta: 0.8 });
    expect(Math.abs(corrected[0] + corrected[1] - 1)).toBeLessThan(1e-15);
  });

  it("slide 1 current operators: printed e^{+βω} vs corrected e^{−βω} on the empty level", () => {
    const p = { omega: 1.5, gamma: 0.4, beta: 0.6 };
    expect(analytic.singleModeCurrentOperatorPrinted(p)[0]).toBeCloseTo(0.4 * 1.5 * Math.exp(0.9), 14);
    expect(analytic.singleModeCurrentOperator(p)[0]).toBeCloseTo(0.4 * 1.5 * Math.exp(-0.9), 14);
    expect(analytic.singleModeCurrentOperator(p)[1]).toBe(-0.4 * 1.5);
  });

  it("slide 4: the first-order correction is traceless (the D² reading of the printed 'D2'), populations sum to 1", () => {
    for (const point of [{}, { betaA: 2, betaB: 0.1, epsilon: 0.3, gammaA: 0.7, gammaB: 0.7 }, { omegaA: 1.7, omegaB: 1.7, betaA: 0 }]) {
      const populations = analytic.steadyStateFirstOrderPrinted(resolveCoupledTlsParams(point));
      expect(Math.abs(populations.reduce((a, b) => a + b, 0) - 1), JSON.stringify(point)).toBeLessThan(1e-15);
    }
  });

  it("slide 5 at the defaults (ω = Γ = 1, β_A = 0.5, β_B = 2, ε = 0.01): printed 0.01(x_A − x_B), corrected ÷ (1 + x_A)(1 + x_B)", () => {
    const p = resolveCoupledTlsParams();
    expect(analytic.heatCurrentAPrinted(p)).toBeCloseTo(0.01 * (xA - xB), 16);
    expect(analytic.heatCurrentAFirstOrder(p)).toBeCloseTo((0.01 * (xA - xB)) / ((1 + xA) * (1 + xB)), 16);
    // hand value: x_A = 0.6065307, x_B = 0.1353353 → 0.0047119538/(1.6065307·1.1353353) = 0.0025833775
    expect(analytic.heatCurrentAFirstOrder(p)).toBeCloseTo(0.0025833775, 9);
    // closed form: Γεω(x_A − x_B)/(Γ(1 + x_A)(1 + x_B) + ε(2 + x_A + x_B)) = 0.0025451178
    expect(analytic.heatCurrentAClosedForm(p)).toBeCloseTo(0.0025451178, 9);
  });

  it.each([
    [{ coupling: "coherent" }, /coupling = 'coherent'/],
    [{ gammaB: 2 }, /gammaA = 1, gammaB = 2/],
  ])("refuses the slide 4–5 formulas outside their regime (%j) with a DomainError", (point, message) => {
    const p = resolveCoupledTlsParams(point);
    for (const f of [analytic.heatCurrentAPrinted, analytic.heatCurrentAFirstOrder, analytic.heatCurrentAClosedForm, analytic.steadyStateFirstOrderPrinted]) {
      expect(() => f(p)).toThrow(DomainError);
      expect(() => f(p)).toThrow(message);
    }
  });
});

describe("coupled-tls population rate generator W (slides 3–4, written by hand)", () => {
  const p = resolveCoupledTlsParams({ omegaA: 1.3, omegaB: 1.3, gammaA: 0.7, gammaB: 2.1, betaA: 0.4, betaB: 1.9, epsilon: 0.25, coupling: "incoherent" });
  const w = analytic.populationRateMatrix(p);

  it("conserves probability: every column of W sums to zero", () => {
    for (let s = 0; s < 4; s++) {
      const column = w.reduce((a, row) => a + row[s], 0);
      expect(Math.abs(column), `column ${s}: ${column}`).toBeLessThan(1e-15); // sums of ≤ 3 rates ~ 2: rounding 4e-16
    }
  });

  it("has the slide's rates: emission Γ_ν, absorption Γ_νe^{−β_νω}, hopping ε between 01 and 10 only", () => {
    expect(w[0][2]).toBe(0.7); // |10⟩ → |00⟩: A emits at Γ_A
    expect(Math.abs(w[3][1] - 0.7 * Math.exp(-0.4 * 1.3))).toBeLessThan(1e-16); // |01⟩ → |11⟩: A absorbs
    expect(w[2][3]).toBe(2.1); // |11⟩ → |10⟩: B emits at Γ_B
    expect(w[2][1]).toBe(0.25); // |01⟩ → |10⟩ at ε
    expect(w[1][2]).toBe(0.25);
    expect(w[3][0]).toBe(0); // no pair creation
    expect(w[0][3]).toBe(0);
  });

  it("at ε = 0 its stationary distribution is the product of the two Fermi occupations (closed form, detailed balance per mode)", () => {
    const q = resolveCoupledTlsParams({ ...p, epsilon: 0 });
    const w0 = analytic.populationRateMatrix(q);
    const fA = Math.exp(-0.4 * 1.3) / (1 + Math.exp(-0.4 * 1.3));
    const fB = Math.exp(-1.9 * 1.3) / (1 + Math.exp(-1.9 * 1.3));
    const product = [(1 - fA) * (1 - fB), (1 - fA) * fB, fA * (1 - fB), fA * fB];
    for (let s = 0; s < 4; s++) {
      const flow = w0[s].reduce((a, v, t) => a + v * product[t], 0);
      expect(Math.abs(flow), `dp_${s}/dt = ${flow}`).toBeLessThan(1e-15); // rates ≤ 2.1, rounding only
    }
  });

  it("rejects coherent coupling with a DomainError (its populations are not a closed chain)", () => {
    expect(() => analytic.populationRateMatrix(resolveCoupledTlsParams({ coupling: "coherent" }))).toThrow(DomainError);
  });
});
