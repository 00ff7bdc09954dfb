import { describe, expect, it } from "vitest";
import { COUPLED_TLS_BASIS, coupledTlsCurrents, coupledTlsGenerator, coupledTlsSteadyState, currentOperatorExact, largestCoherence, populations, singleModeExact } from "../../../src/models/coupled-tls/exact.js";
import { resolveCoupledTlsParams } from "../../../src/models/coupled-tls/params.js";
import { densityMatrixDiagnostics } from "../../../src/physics/lindblad/density-matrix-diagnostics.js";

/**
 * Expected values come from closed forms derived independently of the code under test:
 * (1) incoherent coupling: the classical rate equations of the four populations, solved with
 *     sympy (Γ_A = Γ_B = Γ): with S = x_A + x_B + 2 and Q = Γ(1 + x_A)(1 + x_B) + ε(2 + x_A + x_B),
 *       p_00 = (ΓS + 4ε)/(S·Q), p_01 = (Γx_B(x_A + x_B + 2) + 2ε(x_A + x_B))/(S·Q),
 *       p_10 = (Γx_A(x_A + x_B + 2) + 2ε(x_A + x_B))/(S·Q), p_11 = (Γx_Ax_B S + ε(x_A + x_B)²)/(S·Q);
 * (2) coherent coupling: the single-particle correlation matrix G_ij = ⟨c_i†c_j⟩ of the
 *     quadratic model, dG/dt = i[h, G] − ½{K, G} + P with h = [[ω_A, ε], [ε, ω_B]],
 *     K = diag(κ_A, κ_B), κ_ν = Γ_ν(1 + x_ν), P = diag(Γ_A x_A, Γ_B x_B), solved with sympy:
 *       I_A = 4ε²κ_Aκ_B(κ_A + κ_B)(f_A − f_B)/N,  Re G_AB = 4Δεκ_Aκ_B(f_A − f_B)/N,
 *       N = (κ_A + κ_B)²(κ_Aκ_B + 4ε²) + 4Δ²κ_Aκ_B,  Δ = ω_A − ω_B,  f_ν = x_ν/(1 + x_ν),
 *     and J_A = ω_A I_A − εκ_A Re G_AB (since 𝓛_A†(â†b̂) = −(κ_A/2)â†b̂).
 */

// 16×16 Liouvillian, bordered LU solve: forward error ~1e-16·‖𝓛‖/gap ≲ 1e-14 at these points
const TOL = 1e-13;

describe("exact coupled-tls model: incoherent resonant coupling vs the rate-equation closed form", () => {
  it.each([
    { betaA: 0.5, betaB: 2, epsilon: 0.01, gamma: 1, omega: 1 },
    { betaA: 3, betaB: 0.2, epsilon: 0.7, gamma: 0.3, omega: 1.8 },
    { betaA: 0, betaB: 10, epsilon: 2, gamma: 5, omega: 0.5 },
  ])("populations at β_A = $betaA, β_B = $betaB, ε = $epsilon, Γ = $gamma, ω = $omega", ({ betaA, betaB, epsilon, gamma, omega }) => {
    const p = resolveCoupledTlsParams({ betaA, betaB, epsilon, gammaA: gamma, gammaB: gamma, omegaA: omega, omegaB: omega, coupling: "incoherent" });
    const [xA, xB] = [Math.exp(-betaA * omega), Math.exp(-betaB * omega)];
    const s = xA + xB + 2;
    const q = gamma * (1 + xA) * (1 + xB) + epsilon * (2 + xA + xB);
    const expected = [
      gamma * s + 4 * epsilon,
      gamma * xB * (xA + xB + 2) + 2 * epsilon * (xA + xB),
      gamma * xA * (xA + xB + 2) + 2 * epsilon * (xA + xB),
      gamma * xA * xB * s + epsilon * (xA + xB) ** 2,
    ].map((n) => n / (s * q));
    const { rho } = coupledTlsSteadyState(p);
    populations(rho).forEach((value, k) => expect(Math.abs(value - expected[k]), `p_${COUPLED_TLS_BASIS[k]} = ${value} vs ${expected[k]}`).toBeLessThan(TOL));
    expect(largestCoherence(rho)).toBeLessThan(TOL);
    const jA = (gamma * epsilon * omega * (xA - xB)) / q;
    const currents = coupledTlsCurrents(p, rho);
    expect(Math.abs(currents.heatA - jA), `J_A = ${currents.heatA} vs ${jA}`).toBeLessThan(TOL);
    expect(Math.abs(currents.particleA - jA / omega)).toBeLessThan(TOL);
    expect(Math.abs(currents.localHeatA - currents.heatA)).toBeLessThan(TOL);
  });

  it("reduces to the Gibbs product state at ε = 0 (no current)", () => {
    const p = resolveCoupledTlsParams({ epsilon: 0, gammaB: 3 });
    const [xA, xB] = [Math.exp(-0.5), Math.exp(-2)];
    const expected = [1, xB, xA, xA * xB].map((w) => w / ((1 + xA) * (1 + xB)));
    populations(coupledTlsSteadyState(p).rho).forEach((value, k) => expect(Math.abs(value - expected[k])).toBeLessThan(TOL));
    expect(Math.abs(coupledTlsCurrents(p).heatA)).toBeLessThan(TOL);
  });

  it("stays accurate where the null-space route alone was not (Γ = 0.1, β_Bω = 20, ε = 1e-3): residual at round-off", () => {
    const p = resolveCoupledTlsParams({ omegaA: 2, omegaB: 2, gammaA: 0.1, gammaB: 0.1, betaA: 0.1, betaB: 10, epsilon: 1e-3 });
    const state = coupledTlsSteadyState(p);
    // backward-stable solve: ‖𝓛ρ‖/‖𝓛‖ ~ ε_machine; the null vector alone had 2e-11 here
    expect(state.relativeResidual, `relative residual ${state.relativeResidual}`).toBeLessThan(1e-15);
    expect(largestCoherence(state.rho)).toBeLessThan(1e-15);
  });
});

describe("exact coupled-tls model: coherent coupling vs the correlation-matrix closed form", () => {
  it.each([
    { omegaA: 1, omegaB: 1, betaA: 0.5, betaB: 2, epsilon: 0.1, gammaA: 1, gammaB: 1 },
    { omegaA: 2, omegaB: 0.5, betaA: 0.5, betaB: 1.5, epsilon: 0.1, gammaA: 1, gammaB: 1 },
    { omegaA: 0.7, omegaB: 1.9, betaA: 3, betaB: 0.4, epsilon: 0.6, gammaA: 0.2, gammaB: 4 },
  ])("currents at ω_A = $omegaA, ω_B = $omegaB, β_A = $betaA, β_B = $betaB, ε = $epsilon", (point) => {
    const p = resolveCoupledTlsParams({ ...point, coupling: "coherent" });
    const [xA, xB] = [Math.exp(-p.betaA * p.omegaA), Math.exp(-p.betaB * p.omegaB)];
    const [kA, kB] = [p.gammaA * (1 + xA), p.gammaB * (1 + xB)];
    const [fA, fB] = [xA / (1 + xA), xB / (1 + xB)];
    const delta = p.omegaA - p.omegaB;
    const n = (kA + kB) ** 2 * (kA * kB + 4 * p.epsilon ** 2) + 4 * delta ** 2 * kA * kB;
    const particleA = (4 * p.epsilon ** 2 * kA * kB * (kA + kB) * (fA - fB)) / n;
    const reGAB = (4 * delta * p.epsilon * kA * kB * (fA - fB)) / n;
    const heatA = p.omegaA * particleA - p.epsilon * kA * reGAB;
    const c = coupledTlsCurrents(p);
    expect(Math.abs(c.particleA - particleA), `I_A = ${c.particleA} vs ${particleA}`).toBeLessThan(TOL);
    expect(Math.abs(c.heatA - heatA), `J_A = ${c.heatA} vs ${heatA}`).toBeLessThan(TOL);
    expect(Math.abs(c.heatA + c.heatB)).toBeLessThan(TOL);
    expect(Math.abs(c.localHeatA - p.omegaA * particleA)).toBeLessThan(TOL);
    const { rho } = coupledTlsSteadyState(p);
    // ⟨â†b̂⟩ = tr(ρ â†b̂) = ρ[01][10] + … : â†b̂ maps |01⟩ → |10⟩ (sign +1), so ⟨â†b̂⟩ = ρ_{01,10}
    expect(Math.abs(rho.re[1 * 4 + 2] - reGAB), `Re ρ_(01,10) = ${rho.re[6]} vs Re G_AB = ${reGAB}`).toBeLessThan(TOL);
  });
});

describe("exact coupled-tls model: structure", () => {
  it("returns a density matrix (Hermitian, trace 1, positive) for both couplings", () => {
    for (const coupling of ["coherent", "incoherent"] as const) {
      const d = densityMatrixDiagnostics(coupledTlsSteadyState(resolveCoupledTlsParams({ coupling, epsilon: 0.3 })).rho);
      expect(d.hermiticityError).toBeLessThan(1e-15);
      expect(Math.abs(d.trace.re - 1)).toBeLessThan(1e-15);
      expect(d.minEigenvalue).toBeGreaterThan(0);
    }
  });

  it("builds 6 jump channels for incoherent and 4 for coherent coupling", () => {
    expect(coupledTlsGenerator(resolveCoupledTlsParams()).jumps).toHaveLength(6);
    expect(coupledTlsGenerator(resolveCoupledTlsParams({ coupling: "coherent" })).jumps).toHaveLength(4);
  });

  it("computes the current operator 𝓛_A†Ĥ_A = ω_A(−Γ_A n̂_A + Γ_A x_A(1 − n̂_A)) (diagonal, by hand)", () => {
    const p = resolveCoupledTlsParams({ omegaA: 1.5, omegaB: 1.5, gammaA: 0.4, betaA: 0.8 });
    const x = Math.exp(-0.8 * 1.5);
    const expected = [0.4 * 1.5 * x, 0.4 * 1.5 * x, -0.4 * 1.5, -0.4 * 1.5];
    const op = currentOperatorExact(p, "A");
    expected.forEach((v, s) => expect(Math.abs(op.re[s * 5] - v)).toBeLessThan(1e-15));
  });

  it("gives the single-mode Gibbs state and zero current (slide 1, corrected)", () => {
    const { steadyState, current } = singleModeExact({ omega: 2, gamma: 0.5, beta: 0.7 });
    const x = Math.exp(-1.4);
    expect(Math.abs(steadyState.rho.re[3] - x / (1 + x))).toBeLessThan(1e-15);
    expect(Math.abs(current)).toBeLessThan(1e-15);
  });
});
