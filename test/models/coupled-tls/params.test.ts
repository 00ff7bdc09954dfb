import { describe, expect, it } from "vitest";
import { ParameterError } from "../../../src/core/errors.js";
import { COUPLED_TLS_DEFAULTS, isResonant, resolveCoupledTlsParams } from "../../../src/models/coupled-tls/params.js";

describe("coupled-tls parameters", () => {
  it("resolves defaults (ours: the slides give no numbers) and keeps given fields", () => {
    expect(COUPLED_TLS_DEFAULTS).toEqual({ omegaA: 1, omegaB: 1, gammaA: 1, gammaB: 1, betaA: 0.5, betaB: 2, epsilon: 0.01, coupling: "incoherent" });
    expect(resolveCoupledTlsParams({ betaA: 0.1, epsilon: 0 }).betaA).toBe(0.1);
    expect(Object.isFrozen(resolveCoupledTlsParams())).toBe(true);
  });

  it("accepts infinite temperature β = 0 and detuning with coherent coupling", () => {
    expect(resolveCoupledTlsParams({ betaA: 0 }).betaA).toBe(0);
    expect(resolveCoupledTlsParams({ omegaA: 2, omegaB: 0.5, coupling: "coherent" }).omegaB).toBe(0.5);
  });

  it.each([
    ["betaA", -1, /'betaA' = -1/],
    ["betaB", -0.01, /'betaB' = -0.01/],
    ["gammaB", Number.NaN, /'gammaB' = NaN/],
    ["gammaA", 0, /'gammaA' = 0/],
    ["omegaA", Number.POSITIVE_INFINITY, /'omegaA' = Infinity/],
    ["epsilon", -1e-3, /'epsilon' = -0.001/],
    ["coupling", "quantum", /'coupling' = "quantum".*'coherent', 'incoherent'/],
    ["betaA", "0.5", /'betaA' = "0.5"/],
  ])("rejects %s = %s with a ParameterError naming it", (name, value, message) => {
    expect(() => resolveCoupledTlsParams({ [name]: value })).toThrow(ParameterError);
    expect(() => resolveCoupledTlsParams({ [name]: value })).toThrow(message);
  });

  it("rejects ω_A ≠ ω_B with incoherent coupling, naming omegaB and both values", () => {
    const call = () => resolveCoupledTlsParams({ omegaA: 1, omegaB: 1.5, coupling: "incoherent" });
    expect(call).toThrow(ParameterError);
    expect(call).toThrow(/'omegaB' = 1\.5.*omegaA = 1, omegaB = 1\.5/);
  });

  it("rejects unknown parameter names, listing the known ones", () => {
    expect(() => resolveCoupledTlsParams({ beta: 1 })).toThrow(/'beta'.*betaA, betaB/);
  });

  it("treats ω_A, ω_B as resonant within 1e-12 relative (round-off of user arithmetic), not beyond", () => {
    expect(isResonant({ omegaA: 0.3, omegaB: 0.1 + 0.2 })).toBe(true); // 0.1 + 0.2 = 0.30000000000000004
    expect(isResonant({ omegaA: 1, omegaB: 1 + 1e-9 })).toBe(false);
    expect(resolveCoupledTlsParams({ omegaA: 0.3, omegaB: 0.1 + 0.2 }).coupling).toBe("incoherent");
  });
});
