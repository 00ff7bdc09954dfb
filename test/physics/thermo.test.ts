import { describe, expect, it } from "vitest";
import { DomainError, ParameterError } from "../../src/core/errors.js";
import {
  chemicalPotential,
  effectiveTemperature,
  energyRange,
  globalReferenceTemperature,
  grandCanonicalEnergy,
  grandCanonicalEntropy,
  grandCanonicalOccupations,
  grandCanonicalParticleNumber,
  relativeEntropyProduct,
  relativeEntropyToGrandCanonical,
  relativeEntropyTwoLevel,
} from "../../src/physics/thermo.js";

const EPS = Number.EPSILON;

/** Bath of 001_06d9cbfd9396c60e.txt, Sec. III: K equally spaced levels ε_k = (k−1)Δε − W/2, Δε = W/(K−1). */
function bathLevels(K: number, W: number): Float64Array {
  return Float64Array.from({ length: K }, (_, k) => (k * W) / (K - 1) - W / 2);
}

function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("grand-canonical expectation values (closed forms)", () => {
  it("two levels ±1 at μ = 0: N = 1, E = −tanh(β/2), S = 2[ln(2cosh(β/2)) − (β/2)tanh(β/2)]", () => {
    for (const beta of [0.1, 1, 7]) {
      const t = Math.tanh(beta / 2);
      const entropy = 2 * (Math.log(2 * Math.cosh(beta / 2)) - (beta / 2) * t);
      expect(Math.abs(grandCanonicalParticleNumber([-1, 1], beta, 0) - 1)).toBeLessThanOrEqual(2 * EPS);
      // a few roundings of Fermi factors of size ≤ 1 against tanh
      expect(Math.abs(grandCanonicalEnergy([-1, 1], beta, 0) + t)).toBeLessThanOrEqual(4 * EPS);
      expect(Math.abs(grandCanonicalEntropy([-1, 1], beta, 0) - entropy)).toBeLessThanOrEqual(8 * EPS);
    }
  });

  it("occupations at large β are exact steps and the entropy of a frozen mode is 0", () => {
    const f = grandCanonicalOccupations([-5, 5], 200, 0);
    expect(Array.from(f)).toEqual([1, 0]);
    expect(grandCanonicalEntropy([-5, 5], 200, 0)).toBeLessThan(1e-300);
  });

  it("negative β inverts the populations: N(−β, μ) = n − N(β, μ) for levels symmetric about μ", () => {
    const levels = bathLevels(11, 2);
    const forward = grandCanonicalParticleNumber(levels, 3, 0.2);
    const inverted = grandCanonicalParticleNumber(levels, -3, 0.2);
    // f(−x) = 1 − f(x) level by level; 11 roundings of size ≤ 1
    expect(Math.abs(forward + inverted - 11)).toBeLessThanOrEqual(16 * EPS * 11);
  });
});

describe("relative entropies", () => {
  it.each([
    ["D(p‖p) = 0", 0.3, 0.3, 0],
    ["D(1‖q) = −ln q", 1, 0.2, -Math.log(0.2)],
    ["D(0‖q) = −ln(1 − q)", 0, 0.2, -Math.log(0.8)],
    ["D(1/2‖1/2) = 0", 0.5, 0.5, 0],
    ["D(0‖0) = 0 (0 ln 0 = 0)", 0, 0, 0],
    ["D(1‖1) = 0", 1, 1, 0],
    ["D(p‖0) = ∞ for p > 0", 0.5, 0, Infinity],
    ["D(p‖1) = ∞ for p < 1", 0.5, 1, Infinity],
  ] as const)("%s", (_label, p, q, expected) => {
    const d = relativeEntropyTwoLevel(p, q);
    if (expected === Infinity) expect(d).toBe(Infinity);
    else expect(Math.abs(d - expected), `D = ${d}`).toBeLessThanOrEqual(4 * EPS * Math.max(1, expected));
  });

  it("nearly equal populations keep full relative precision: D ≈ δ²/(2q(1−q))", () => {
    const q = 0.3;
    for (const delta of [1e-4, 1e-8, 1e-12, -1e-4, -1e-8, -1e-12, 0.05, -0.05]) {
      const d = relativeEntropyTwoLevel(q + delta, q);
      const leading = (delta * delta) / (2 * q * (1 - q));
      // next order of the expansion: D = δ²/(2q(1−q)) · [1 + δ(2q − 1)/(3q(1−q)) + O(δ²)], relative
      // size |δ|/(3q(1−q)) ≤ 1.6|δ| here (bounded by 2|δ|/q + 8δ²/q² with margin); plus the rounding of
      // q + δ, which changes δ by ≤ ε·q/2, i.e. D by a relative ε·q/|δ|
      const relative = Math.abs(d - leading) / leading;
      const allowed = 2 * (Math.abs(delta) / q) + 8 * (delta / q) ** 2 + 4 * (EPS / Math.abs(delta)) * q;
      expect(relative, `δ = ${delta}: D = ${d}, leading ${leading}`).toBeLessThanOrEqual(allowed);
      // and it is not the leading term exactly (the correction of order δ is present)
      if (Math.abs(delta) >= 1e-4) expect(relative).toBeGreaterThan(0.1 * Math.abs(delta));
    }
  });

  it("is additive over modes", () => {
    const p = [0.1, 0.9, 0.5];
    const q = [0.2, 0.7, 0.5];
    const sum = p.reduce((s, pk, k) => s + relativeEntropyTwoLevel(pk, q[k]), 0);
    expect(Math.abs(relativeEntropyProduct(p, q) - sum)).toBeLessThanOrEqual(4 * EPS * sum);
  });

  it("to a thermal state: zero at the thermal occupations, finite where f underflows", () => {
    const levels = [-1, 0, 2];
    const thermal = grandCanonicalOccupations(levels, 2, 0.3);
    // one rounding per log term around p = q: the series starts at (p−q)², so exact 0 is expected up to 1e-30
    expect(relativeEntropyToGrandCanonical(thermal, levels, 2, 0.3)).toBeLessThanOrEqual(1e-30);
    // ε − μ = 5 at β = 200: f = e^{−1000} underflows; D(1/2‖f) = ½ln(1/(4f(1−f))) = 500 − ln 2 + O(e^{−1000})
    const d = relativeEntropyToGrandCanonical([0.5], [5], 200, 0);
    expect(Math.abs(d - (500 - Math.LN2)), `D = ${d}`).toBeLessThanOrEqual(4 * EPS * 500);
  });

  it.each([
    ["p", () => relativeEntropyTwoLevel(1.1, 0.5)],
    ["q", () => relativeEntropyTwoLevel(0.5, NaN)],
    ["q.length", () => relativeEntropyProduct([0.5], [0.5, 0.5])],
    ["occupations[1]", () => relativeEntropyToGrandCanonical([0.5, -0.01], [0, 1], 1, 0)],
    ["beta", () => relativeEntropyToGrandCanonical([0.5], [0], Infinity, 0)],
  ] as const)("names %s", (parameter, call) => {
    const error = thrown(call);
    expect(error).toBeInstanceOf(ParameterError);
    expect((error as ParameterError).parameter).toBe(parameter);
  });
});

describe("chemical potential at fixed β", () => {
  const levels = bathLevels(1000, 10);

  it("is 0 for half filling of particle–hole symmetric levels (documented example)", () => {
    // symmetric levels: μ = 0 exactly up to the round-off of N (≈ 3ε·1.5) over dN/dμ = βΣw
    expect(Math.abs(chemicalPotential([-1, 0, 1], 5, 1.5))).toBeLessThanOrEqual(1e-15);
  });

  it.each([
    [10, 1],
    [0.01, 2.5],
    [200, -4.2],
    [-3, 0.4],
  ])("recovers μ from N at β = %s, μ = %s", (beta, mu) => {
    const N = grandCanonicalParticleNumber(levels, beta, mu);
    // ΔN ≈ 1000ε·N/1000 … over dN/dμ = |β|Σw ≥ 0.01·250: Δμ ≲ 1e-12 at β = 0.01, far less elsewhere
    expect(Math.abs(chemicalPotential(levels, beta, N) - mu)).toBeLessThanOrEqual(1e-11);
  });

  it("rejects β = 0 and unreachable N", () => {
    expect((thrown(() => chemicalPotential(levels, 0, 500)) as ParameterError).parameter).toBe("beta");
    expect(thrown(() => chemicalPotential(levels, 1, 1000))).toBeInstanceOf(DomainError);
    expect(thrown(() => chemicalPotential(levels, 1, 0))).toBeInstanceOf(DomainError);
  });
});

describe("effective temperature and chemical potential (eqs. (5)–(6))", () => {
  const levels = bathLevels(1000, 10); // the paper's bath: K = 10³, W = 10, Δε ≈ 0.01

  it.each([
    // the paper's initial baths (Sec. IV: β_L = 10, β_R = 2, μ_L = −μ_R = 1 or μ = 0.5) and inversions
    [10, 1],
    [2, -1],
    [10, 0.5],
    [2, 0.5],
    [-4, 0.7],
    [200, -2],
  ])("recovers β = %s, μ = %s from its own E and N", (beta, mu) => {
    const N = grandCanonicalParticleNumber(levels, beta, mu);
    const E = grandCanonicalEnergy(levels, beta, mu);
    const r = effectiveTemperature(levels, E, N);
    // forward error = round-off of E (≈ ε·Σ|ε|f ≲ 1e-12 here) over |dE/dβ|; for these states
    // |dE/dβ| ≥ 4e-5 (β = 200: ≈ π²/(3β³Δε)), so |Δβ| ≲ 3e-8·… — 1e-9 relative leaves ample room
    expect(Math.abs(r.beta - beta) / Math.abs(beta), `β* = ${r.beta}`).toBeLessThanOrEqual(1e-9);
    // Δμ ≈ ΔN/(dN/dμ) with dN/dμ ≈ 1/Δε = 100 states per energy: 1e-12 is generous
    expect(Math.abs(r.mu - mu), `μ* = ${r.mu}`).toBeLessThanOrEqual(1e-12);
    expect(Math.abs(r.residualParticles)).toBeLessThanOrEqual(1e-11); // ≈ 1000 modes · ε · a few
    expect(Math.abs(r.residualEnergy)).toBeLessThanOrEqual(1e-10); // ≈ Σ|ε_k| ≈ 2500 · ε · a few
    expect(Math.abs(r.betaMu - beta * mu)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(beta * mu)));
  });

  it("energy above the infinite-temperature value gives negative β*", () => {
    const N = 400;
    const { infiniteTemperature } = energyRange(levels, N);
    const r = effectiveTemperature(levels, infiniteTemperature + 100, N);
    expect(r.beta).toBeLessThan(0);
    expect(Math.abs(r.residualEnergy)).toBeLessThanOrEqual(1e-10);
  });

  it("energyRange fills the lowest/highest levels with a fractional last one", () => {
    expect(energyRange([0, 1, 2], 1.5)).toEqual({ min: 0.5, max: 2.5, infiniteTemperature: 1.5 });
    expect((thrown(() => energyRange([0, 1], 3)) as ParameterError).parameter).toBe("particleNumber");
  });

  it("β* = 0 at the infinite-temperature energy with half filling (μ* is then arbitrary: ε̄ is returned)", () => {
    const r = effectiveTemperature([0, 1, 2, 3], 3, 2);
    expect(r.beta).toBe(0);
    expect(r.mu).toBe(1.5);
    expect(r.residualEnergy).toBe(0);
  });

  it("global reference (Appendix B): reproduces the totals, and maximises the entropy at fixed E, N", () => {
    // Two decoupled baths (eigenvalues = both level sets) initially at (β_L, μ_L) = (10, 1), (β_R, μ_R) = (2, −1).
    const all = Float64Array.from([...levels, ...levels]);
    const initial = Float64Array.from([...grandCanonicalOccupations(levels, 10, 1), ...grandCanonicalOccupations(levels, 2, -1)]);
    const N = initial.reduce((s, f) => s + f, 0);
    const E = initial.reduce((s, f, k) => s + all[k] * f, 0);
    const r = globalReferenceTemperature(all, E, N);
    // round-off of sums over 2000 modes with |ε| ≤ 5
    expect(Math.abs(grandCanonicalParticleNumber(all, r.beta, r.mu) - N)).toBeLessThanOrEqual(1e-10);
    expect(Math.abs(grandCanonicalEnergy(all, r.beta, r.mu) - E)).toBeLessThanOrEqual(1e-10);
    // Gibbs: S(π) − S(ρ) = D(ρ‖π) ≥ 0 for any diagonal ρ with the same E and N (ln π is linear in ε and N)
    const sInitial = grandCanonicalEntropy(levels, 10, 1) + grandCanonicalEntropy(levels, 2, -1);
    const sReference = grandCanonicalEntropy(all, r.beta, r.mu);
    const divergence = relativeEntropyToGrandCanonical(initial, all, r.beta, r.mu);
    expect(sReference - sInitial).toBeGreaterThan(0);
    // entropies ≈ 100 nats summed over 2000 modes: 1e-10 covers the round-off and the E, N residuals times β, βμ
    expect(Math.abs(sReference - sInitial - divergence), `ΔS = ${sReference - sInitial}, D = ${divergence}`).toBeLessThanOrEqual(1e-10);
  });

  describe("no solution → DomainError naming the condition", () => {
    it.each([
      ["N = 0", () => effectiveTemperature(levels, 0, 0), "0 < N < 1000"],
      ["N = n", () => effectiveTemperature(levels, 0, 1000), "0 < N < 1000"],
      ["N < 0", () => effectiveTemperature(levels, 0, -3), "0 < N < 1000"],
      ["E = ground-state energy", () => effectiveTemperature([0, 1, 2], 0.5, 1.5), "min(E) < E < max(E)"],
      ["E below the ground state", () => effectiveTemperature([0, 1, 2], 0.1, 1.5), "min(E) < E < max(E)"],
      ["E above the inverted maximum", () => effectiveTemperature([0, 1, 2], 2.6, 1.5), "min(E) < E < max(E)"],
      ["all levels equal", () => effectiveTemperature([1, 1, 1], 1.5, 1.5), "min(E) < E < max(E)"],
      ["β* = 0 with μ* infinite", () => effectiveTemperature([0, 1, 2], 1, 1), "E ≠ N·mean(ε)"],
    ] as const)("%s", (_label, call, condition) => {
      const error = thrown(call);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).condition).toContain(condition.split(" ")[0]);
    });

  });

  it.each([
    ["energies[1]", () => effectiveTemperature([0, NaN], 0, 1)],
    ["energies.length", () => effectiveTemperature([], 0, 1)],
    ["energy", () => effectiveTemperature([0, 1], Infinity, 1)],
    ["particleNumber", () => effectiveTemperature([0, 1], 0, NaN)],
  ] as const)("names %s", (parameter, call) => {
    const error = thrown(call);
    expect(error).toBeInstanceOf(ParameterError);
    expect((error as ParameterError).parameter).toBe(parameter);
  });
});

describe("documented examples of the thermo module", () => {
  it.each([
    ["grandCanonicalParticleNumber([-1, 0, 1], 2, 0)", () => grandCanonicalParticleNumber([-1, 0, 1], 2, 0), 1.4999999999999998],
    ["grandCanonicalEnergy([-1, 1], 1, 0)", () => grandCanonicalEnergy([-1, 1], 1, 0), -0.4621171572600098],
    ["grandCanonicalEntropy([0], 1, 0)", () => grandCanonicalEntropy([0], 1, 0), 0.6931471805599453],
    ["relativeEntropyTwoLevel(0.5, 0.5)", () => relativeEntropyTwoLevel(0.5, 0.5), 0],
    ["relativeEntropyTwoLevel(1, 0.5)", () => relativeEntropyTwoLevel(1, 0.5), 0.6931471805599453],
    ["relativeEntropyTwoLevel(0.5, 0)", () => relativeEntropyTwoLevel(0.5, 0), Infinity],
    ["relativeEntropyProduct([1, 0.5], [0.5, 0.5])", () => relativeEntropyProduct([1, 0.5], [0.5, 0.5]), 0.6931471805599453],
    ["relativeEntropyToGrandCanonical([0.5], [0], 3, 0)", () => relativeEntropyToGrandCanonical([0.5], [0], 3, 0), 0],
    ["chemicalPotential([-1, 0, 1], 5, 1.5)", () => chemicalPotential([-1, 0, 1], 5, 1.5), 0],
    ["effectiveTemperature(…).beta", () => effectiveTemperature([-1, 1], -0.46211715726000974, 1).beta, 1],
    ["effectiveTemperature(…).mu", () => effectiveTemperature([-1, 1], -0.46211715726000974, 1).mu, 0],
  ] as const)("%s", (_label, evaluate, expected) => {
    expect(evaluate()).toBe(expected);
  });

  it("grandCanonicalOccupations([0, 1], 1, 0)", () => {
    expect(Array.from(grandCanonicalOccupations([0, 1], 1, 0))).toEqual([0.5, 0.2689414213699951]);
  });
});
