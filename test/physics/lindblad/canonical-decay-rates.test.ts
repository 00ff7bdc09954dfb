import { describe, expect, it } from "vitest";
import { DomainError, ParameterError } from "../../../src/core/errors.js";
import { complexFromParts, conjugateTranspose, multiplyComplex, scaleComplex } from "../../../src/numerics/linalg/complex-matrix.js";
import { expmComplex } from "../../../src/numerics/linalg/expm.js";
import { hermitianEigenvalues } from "../../../src/numerics/linalg/hermitian-eigenvalues.js";
import type { ComplexMatrix } from "../../../src/numerics/linalg/types.js";
import { canonicalDecayRates, tracelessOperatorBasis } from "../../../src/physics/lindblad/canonical-decay-rates.js";
import { fermionAnnihilators } from "../../../src/physics/lindblad/fermion-operators.js";
import { lindbladGenerator } from "../../../src/physics/lindblad/lindblad-generator.js";
import { liouvillianSuperoperator } from "../../../src/physics/lindblad/liouvillian-superoperator.js";
import { randomGenerator } from "./generators.fixture.js";

const zero2 = [[0, 0], [0, 0]];
const sigmaMinus = complexFromParts([[0, 1], [0, 0]], zero2);

/** The non-zero rates sorted ascending (|γ| above `floor`). */
function nonZero(rates: Float64Array, floor: number): number[] {
  return Array.from(rates).filter((g) => Math.abs(g) > floor).sort((a, b) => a - b);
}

// Decoherence-matrix entries are sums of ≤ d² products of O(1) superoperator entries: round-off ~ 1e-15·rate.
const RATE_TOL = 1e-13;

describe("tracelessOperatorBasis", () => {
  it.each([2, 3, 4])("is orthonormal and traceless for d = %i", (d) => {
    const basis = tracelessOperatorBasis(d);
    expect(basis).toHaveLength(d * d - 1);
    let worst = 0;
    basis.forEach((g, i) => {
      let trace = 0;
      for (let k = 0; k < d; k++) trace += g.re[k * d + k];
      worst = Math.max(worst, Math.abs(trace));
      basis.forEach((h, j) => {
        const product = multiplyComplex(conjugateTranspose(g), h);
        let tr = 0;
        for (let k = 0; k < d; k++) tr += product.re[k * d + k];
        worst = Math.max(worst, Math.abs(tr - (i === j ? 1 : 0)));
      });
    });
    expect(worst).toBeLessThan(1e-15);
  });
});

describe("canonicalDecayRates (Hall, Cresser, Li, Andersson 2014)", () => {
  it("recovers Γ and Γe^{−βω} of a thermalized mode (σ^∓ are traceless, orthogonal, tr σ⁺σ⁻ = 1)", () => {
    const [gamma, x] = [0.8, Math.exp(-1.2)];
    const generator = lindbladGenerator(complexFromParts([[0, 0], [0, 1.5]], zero2), [
      { operator: sigmaMinus, rate: gamma },
      { operator: conjugateTranspose(sigmaMinus), rate: gamma * x },
    ]);
    const { rates } = canonicalDecayRates(liouvillianSuperoperator(generator));
    expect(rates).toHaveLength(3);
    const found = nonZero(rates, RATE_TOL);
    expect(found).toHaveLength(2);
    expect(Math.abs(found[0] - gamma * x)).toBeLessThan(RATE_TOL);
    expect(Math.abs(found[1] - gamma)).toBeLessThan(RATE_TOL);
  });

  it("gives γ/2 for pure dephasing L = n (its traceless part −σ_z/2 has tr = 0 and norm² 1/2)", () => {
    const n = complexFromParts([[0, 0], [0, 1]], zero2);
    const { rates } = canonicalDecayRates(liouvillianSuperoperator(lindbladGenerator(n, [{ operator: n, rate: 3 }])));
    const found = nonZero(rates, RATE_TOL);
    expect(found).toHaveLength(1);
    expect(Math.abs(found[0] - 1.5)).toBeLessThan(RATE_TOL);
  });

  it("recovers the six channels of two thermalized modes with incoherent resonant coupling: 2Γ_A, 2Γ_A x_A, 2Γ_B, 2Γ_B x_B, ε, ε", () => {
    // tr(a†a) = tr n_A = 2 on the 4-dim Fock space, tr((a†b)†a†b) = 1: the rates scale by the HS norms.
    const [a, b] = fermionAnnihilators(2);
    const [gA, gB, xA, xB, eps] = [1, 0.4, Math.exp(-0.5), Math.exp(-2), 0.03];
    const aDag = conjugateTranspose(a);
    const bDag = conjugateTranspose(b);
    const generator = lindbladGenerator(complexFromParts(Array.from({ length: 4 }, () => [0, 0, 0, 0]), Array.from({ length: 4 }, () => [0, 0, 0, 0])), [
      { operator: a, rate: gA },
      { operator: aDag, rate: gA * xA },
      { operator: b, rate: gB },
      { operator: bDag, rate: gB * xB },
      { operator: multiplyComplex(aDag, b), rate: eps },
      { operator: multiplyComplex(a, bDag), rate: eps },
    ]);
    const { rates } = canonicalDecayRates(liouvillianSuperoperator(generator));
    const expected = [2 * gA, 2 * gA * xA, 2 * gB, 2 * gB * xB, eps, eps].sort((p, q) => p - q);
    const found = nonZero(rates, RATE_TOL);
    expect(found).toHaveLength(6);
    found.forEach((g, k) => expect(Math.abs(g - expected[k]), `rate ${k}: ${g} vs ${expected[k]}`).toBeLessThan(RATE_TOL));
    expect(rates.length - found.length).toBe(9);
  });

  it("diagonalises non-orthogonal channels: L₁ = σ⁻ (γ₁), L₂ = σ⁻ + σ⁺ (γ₂) give the eigenvalues of γ₁e₁e₁ᵀ + γ₂vvᵀ", () => {
    // In the basis (σ⁻ = E_01, σ⁺ = E_10): c = [[γ₁ + γ₂, γ₂], [γ₂, γ₂]], eigenvalues
    // (γ₁ + 2γ₂ ± √(γ₁² + 4γ₂²))/2.
    const [g1, g2] = [0.7, 0.25];
    const sx = complexFromParts([[0, 1], [1, 0]], zero2);
    const { rates } = canonicalDecayRates(liouvillianSuperoperator(lindbladGenerator(complexFromParts(zero2, zero2), [
      { operator: sigmaMinus, rate: g1 },
      { operator: sx, rate: g2 },
    ])));
    const root = Math.sqrt(g1 * g1 + 4 * g2 * g2);
    const expected = [(g1 + 2 * g2 - root) / 2, (g1 + 2 * g2 + root) / 2];
    const found = nonZero(rates, RATE_TOL);
    expect(found).toHaveLength(2);
    found.forEach((g, k) => expect(Math.abs(g - expected[k])).toBeLessThan(RATE_TOL));
  });

  it.each([31, 32, 33, 34, 35, 36])("never finds a negative rate for a Lindblad generator with positive rates (random, seed %i)", (seed) => {
    const generator = randomGenerator(3, 3, seed);
    const { rates, hermiticityError } = canonicalDecayRates(liouvillianSuperoperator(generator));
    // Rank ≤ 3 of 8: five rates are zero up to round-off ~ 1e-15·‖c‖ (‖c‖ ~ 30 for these random operators)
    expect(rates[0], `smallest canonical rate ${rates[0]}`).toBeGreaterThan(-1e-12);
    expect(hermiticityError).toBeLessThan(1e-14);
  });

  it("detects a negative rate when a channel is subtracted (a non-CP generator)", () => {
    const generator = lindbladGenerator(complexFromParts(zero2, zero2), [{ operator: sigmaMinus, rate: 0.6 }]);
    const { rates } = canonicalDecayRates(scaleComplex(liouvillianSuperoperator(generator), -1, 0));
    expect(Math.abs(rates[0] + 0.6)).toBeLessThan(RATE_TOL);
  });

  it("rejects a map that does not preserve Hermiticity (DomainError) and a non-square size (ParameterError)", () => {
    const generator = lindbladGenerator(complexFromParts(zero2, zero2), [{ operator: sigmaMinus, rate: 1 }]);
    expect(() => canonicalDecayRates(scaleComplex(liouvillianSuperoperator(generator), 0, 1))).toThrow(DomainError);
    expect(() => canonicalDecayRates(complexFromParts([[1, 2, 3]], [[0, 0, 0]]))).toThrow(ParameterError);
  });
});

describe("complete positivity marker: the Choi matrix of e^{𝓛t} is positive semidefinite", () => {
  /** Choi matrix Σ_kl E_kl ⊗ Φ(E_kl) from the row-major superoperator of Φ. */
  function choi(phi: ComplexMatrix, d: number): ComplexMatrix {
    const n = d * d;
    const re = new Float64Array(n * n);
    const im = new Float64Array(n * n);
    for (let k = 0; k < d; k++) {
      for (let l = 0; l < d; l++) {
        const column = k * d + l; // vec(E_kl)
        for (let i = 0; i < d; i++) {
          for (let j = 0; j < d; j++) {
            const out = (k * d + i) * n + (l * d + j);
            re[out] = phi.re[(i * d + j) * n + column];
            im[out] = phi.im[(i * d + j) * n + column];
          }
        }
      }
    }
    return { rows: n, cols: n, re, im };
  }

  it.each([41, 42, 43])("for random generators (seed %i) at t = 0.3", (seed) => {
    const superoperator = liouvillianSuperoperator(randomGenerator(3, 2, seed));
    const eigenvalues = hermitianEigenvalues(choi(expmComplex(scaleComplex(superoperator, 0.3, 0)), 3));
    // tr Choi = d = 3; round-off of expm and the eigensolver ~ 1e-15·‖𝓛t‖ ~ 1e-14
    expect(eigenvalues[0], `λ_min(Choi) = ${eigenvalues[0]}`).toBeGreaterThan(-1e-12);
  });

  it("and is NOT positive for the map with a subtracted channel (the marker can fail)", () => {
    const generator = lindbladGenerator(complexFromParts(zero2, zero2), [{ operator: sigmaMinus, rate: 1 }]);
    const eigenvalues = hermitianEigenvalues(choi(expmComplex(scaleComplex(liouvillianSuperoperator(generator), -0.3, 0)), 2));
    expect(eigenvalues[0]).toBeLessThan(-0.1);
  });
});
