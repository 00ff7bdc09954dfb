import { describe, expect, it } from "vitest";
import { ConvergenceError, DomainError, ParameterError } from "../../../src/core/errors.js";
import { complexFromParts, conjugateTranspose, multiplyComplex } from "../../../src/numerics/linalg/complex-matrix.js";
import { hermitianEigenvalues } from "../../../src/numerics/linalg/hermitian-eigenvalues.js";
import type { ComplexMatrix } from "../../../src/numerics/linalg/types.js";
import { evolveDensityMatrix } from "../../../src/physics/lindblad/evolve-density-matrix.js";
import { fermionAnnihilators } from "../../../src/physics/lindblad/fermion-operators.js";
import { lindbladGenerator } from "../../../src/physics/lindblad/lindblad-generator.js";
import { liouvillianSuperoperator } from "../../../src/physics/lindblad/liouvillian-superoperator.js";
import { steadyState, steadyStateOfSuperoperator } from "../../../src/physics/lindblad/steady-state.js";
import { randomDensityMatrix, randomGenerator } from "./generators.fixture.js";

const zero2 = [[0, 0], [0, 0]];
const sigmaMinus = complexFromParts([[0, 1], [0, 0]], zero2);
const sigmaPlus = conjugateTranspose(sigmaMinus);

/** A thermalized mode: H = ωn, jumps σ⁻ (rate Γ) and σ⁺ (rate Γe^{−βω}) (slide 1). */
function thermalizer(omega: number, gamma: number, beta: number) {
  return lindbladGenerator(complexFromParts([[0, 0], [0, omega]], zero2), [
    { operator: sigmaMinus, rate: gamma },
    { operator: sigmaPlus, rate: gamma * Math.exp(-beta * omega) },
  ]);
}

describe("evolveDensityMatrix: single decaying mode (closed form)", () => {
  // ρ(0) with p₁ = 0.7 and coherence ρ₀₁ = 0.3 − 0.2i; H = ωn, L = σ⁻ at rate γ:
  // p₁(t) = 0.7 e^{−γt}, ρ₀₁(t) = ρ₀₁(0) e^{(iω − γ/2)t}.
  const [omega, gamma] = [2.1, 0.6];
  const rho0 = complexFromParts([[0.3, 0.3], [0.3, 0.7]], [[0, -0.2], [0.2, 0]]);
  const generator = lindbladGenerator(complexFromParts([[0, 0], [0, omega]], zero2), [{ operator: sigmaMinus, rate: gamma }]);

  it.each([0, 0.1, 1, 3.7, 20])("matches p₁(t) = p₁(0)e^{−γt} and the damped coherence at t = %s", (t) => {
    const rho = evolveDensityMatrix(generator, rho0, t);
    const p1 = 0.7 * Math.exp(-gamma * t);
    const decay = Math.exp(-0.5 * gamma * t);
    const coherence = { re: decay * (0.3 * Math.cos(omega * t) + 0.2 * Math.sin(omega * t)), im: decay * (0.3 * Math.sin(omega * t) - 0.2 * Math.cos(omega * t)) };
    // expm of a 4×4 superoperator with ‖𝓛t‖ ≤ 50: Padé backward error ~ 1e-16·‖𝓛t‖ → ≲ 1e-13 per entry
    expect(Math.abs(rho.re[3] - p1), `p₁(${t}) = ${rho.re[3]} vs ${p1}`).toBeLessThan(1e-13);
    expect(Math.abs(rho.re[0] - (1 - p1))).toBeLessThan(1e-13);
    expect(Math.hypot(rho.re[1] - coherence.re, rho.im[1] - coherence.im), `ρ₀₁(${t})`).toBeLessThan(1e-13);
  });

  it("rejects a negative time naming 't'", () => {
    expect(() => evolveDensityMatrix(generator, rho0, -1)).toThrow(ParameterError);
    expect(() => evolveDensityMatrix(generator, rho0, -1)).toThrow(/'t'/);
  });
});

describe("steadyState", () => {
  it.each([
    { omega: 1, gamma: 1, beta: 0.5 },
    { omega: 0.3, gamma: 5, beta: 10 },
    { omega: 2, gamma: 0.1, beta: 0 },
  ])("of a thermalized mode is the Gibbs state e^{−βωn}/(1 + e^{−βω}) (ω = $omega, Γ = $gamma, β = $beta)", ({ omega, gamma, beta }) => {
    const x = Math.exp(-beta * omega);
    const { rho, relativeResidual } = steadyState(thermalizer(omega, gamma, beta));
    // 4×4 null space: forward error ~ 1e-16·‖𝓛‖/gap with ‖𝓛‖/gap ≤ 2(1 + x)/(1 + x)·… ≲ 10
    expect(Math.abs(rho.re[3] - x / (1 + x)), `p₁ = ${rho.re[3]}, Gibbs ${x / (1 + x)}`).toBeLessThan(1e-14);
    expect(Math.hypot(rho.re[1], rho.im[1])).toBeLessThan(1e-14);
    expect(relativeResidual).toBeLessThan(1e-15);
  });

  it("is a fixed point of the evolution, and the evolution relaxes to it from a random state", () => {
    const generator = randomGenerator(4, 3, 11);
    const { rho } = steadyState(generator);
    const evolved = evolveDensityMatrix(generator, rho, 2);
    const relaxed = evolveDensityMatrix(generator, randomDensityMatrix(4, 12), 200);
    let stationarity = 0;
    let relaxation = 0;
    for (let p = 0; p < 16; p++) {
      stationarity = Math.max(stationarity, Math.hypot(evolved.re[p] - rho.re[p], evolved.im[p] - rho.im[p]));
      relaxation = Math.max(relaxation, Math.hypot(relaxed.re[p] - rho.re[p], relaxed.im[p] - rho.im[p]));
    }
    // expm round-off ~ 1e-16·‖𝓛t‖ with ‖𝓛‖ ~ 30 and t ≤ 200: ≲ 1e-12; relaxation: random rates ≥ 0.1 give
    // a gap ≳ 0.05, so e^{−gap·200} ≲ 1e-4 is an upper bound — measured far smaller
    expect(stationarity, `‖e^{2𝓛}ρ_s − ρ_s‖ = ${stationarity}`).toBeLessThan(1e-12);
    expect(relaxation, `‖e^{200𝓛}ρ₀ − ρ_s‖ = ${relaxation}`).toBeLessThan(1e-10);
  });

  it("returns a checked density matrix for random generators: Hermitian, trace 1, positive", () => {
    for (const seed of [21, 22, 23, 24, 25]) {
      const { rho, hermiticityError, minEigenvalue } = steadyState(randomGenerator(3, 2, seed));
      let trace = 0;
      for (let i = 0; i < 3; i++) trace += rho.re[i * 3 + i];
      const eigenvalues = hermitianEigenvalues(rho);
      expect(Math.abs(trace - 1), `seed ${seed}: tr ρ = ${trace}`).toBeLessThan(1e-14);
      expect(hermiticityError, `seed ${seed}`).toBeLessThan(1e-12); // 9×9 null space, round-off
      expect(minEigenvalue).toBe(eigenvalues[0]);
      expect(eigenvalues[0], `seed ${seed}: λ_min = ${eigenvalues[0]}`).toBeGreaterThan(-1e-14);
    }
  });

  it("gives the Gibbs product state of two independently thermalized fermionic modes", () => {
    const [a, b] = fermionAnnihilators(2);
    const [xA, xB] = [Math.exp(-0.5), Math.exp(-2)];
    const n = (c: ComplexMatrix) => multiplyComplex(conjugateTranspose(c), c);
    const h = n(a);
    const generator = lindbladGenerator({ ...h, re: h.re.map((v, p) => v + n(b).re[p]) }, [
      { operator: a, rate: 1 },
      { operator: conjugateTranspose(a), rate: xA },
      { operator: b, rate: 2 },
      { operator: conjugateTranspose(b), rate: 2 * xB },
    ]);
    const { rho } = steadyState(generator);
    const expected = [1, xB, xA, xA * xB].map((w) => w / ((1 + xA) * (1 + xB)));
    const diagonal = [0, 5, 10, 15].map((p) => rho.re[p]);
    diagonal.forEach((p, s) => expect(Math.abs(p - expected[s]), `population ${s}: ${p} vs ${expected[s]}`).toBeLessThan(1e-14));
  });

  it("rejects a generator without unique steady state (no dissipation) with a DomainError naming the dimension", () => {
    const noDissipation = lindbladGenerator(complexFromParts([[0, 0], [0, 1]], zero2));
    expect(() => steadyState(noDissipation)).toThrow(DomainError);
    expect(() => steadyState(noDissipation)).toThrow(/dimension 2/);
  });

  it("rejects a non-positive null vector (a 'negative absorption rate' map) with ConvergenceError naming the eigenvalue", () => {
    // 𝓛 = D[σ⁻] − ½ D[σ⁺] (not a Lindblad generator): stationary p₁ = γ↑/(γ↓ + γ↑) = −0.5/0.5 = −1, p₀ = 2
    const down = liouvillianSuperoperator(lindbladGenerator(complexFromParts(zero2, zero2), [{ operator: sigmaMinus, rate: 1 }]));
    const up = liouvillianSuperoperator(lindbladGenerator(complexFromParts(zero2, zero2), [{ operator: sigmaPlus, rate: 0.5 }]));
    const map = { rows: 4, cols: 4, re: down.re.map((v, p) => v - up.re[p]), im: down.im.map((v, p) => v - up.im[p]) };
    expect(() => steadyStateOfSuperoperator(map)).toThrow(ConvergenceError);
    expect(() => steadyStateOfSuperoperator(map)).toThrow(/smallest eigenvalue -1\.000e\+0/);
  });

  it("rejects a non-Hermitian null vector with ConvergenceError naming the Hermiticity error", () => {
    // S = 1 − v v† with v = vec(X)/‖X‖, X = [[0.5, 0.3], [0, 0.5]]: the null space is span(vec X), X non-Hermitian
    const x = [0.5, 0.3, 0, 0.5];
    const norm2 = x.reduce((s, v) => s + v * v, 0);
    const re = new Float64Array(16);
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) re[i * 4 + j] = (i === j ? 1 : 0) - (x[i] * x[j]) / norm2;
    const map = { rows: 4, cols: 4, re, im: new Float64Array(16) };
    expect(() => steadyStateOfSuperoperator(map)).toThrow(ConvergenceError);
    expect(() => steadyStateOfSuperoperator(map)).toThrow(/not Hermitian/);
  });

  it("validates its tolerances naming them", () => {
    const decay = lindbladGenerator(complexFromParts([[0, 0], [0, 1]], zero2), [{ operator: sigmaMinus, rate: 1 }]);
    expect(() => steadyState(decay, { nullSpaceRtol: 2 })).toThrow(/'nullSpaceRtol'/);
    expect(() => steadyState(decay, { positivityTol: -1 })).toThrow(/'positivityTol'/);
  });
});
