import { describe, expect, it } from "vitest";
import { ParameterError } from "../../../src/core/errors.js";
import { complexFromParts, conjugateTranspose, maxAbsDifferenceComplex, multiplyComplex } from "../../../src/numerics/linalg/complex-matrix.js";
import type { ComplexMatrix } from "../../../src/numerics/linalg/types.js";
import { applyAdjointGenerator } from "../../../src/physics/lindblad/apply-adjoint-generator.js";
import { applyLiouvillian } from "../../../src/physics/lindblad/apply-liouvillian.js";
import { expectationValue } from "../../../src/physics/lindblad/expectation-value.js";
import { lindbladGenerator } from "../../../src/physics/lindblad/lindblad-generator.js";
import { liouvillianSuperoperator } from "../../../src/physics/lindblad/liouvillian-superoperator.js";
import { unvectorizeRowMajor, vectorizeRowMajor } from "../../../src/physics/lindblad/row-major-vectorization.js";
import { randomComplex, randomDensityMatrix, randomGenerator } from "./generators.fixture.js";

// Random generators have ‖H‖, ‖L_k‖ ~ d and rates ≤ 1.1, so ‖𝓛X‖ ~ 10·d² for ‖X‖ ~ 1: entries of
// products of a few d×d matrices carry round-off ~ 1e-16·d³·10. 1e-11 covers d ≤ 6 with margin.
const ROUND_OFF = 1e-11;

const cases = [
  { d: 2, jumps: 1, seed: 1 },
  { d: 3, jumps: 2, seed: 2 },
  { d: 4, jumps: 3, seed: 3 },
  { d: 6, jumps: 2, seed: 4 },
];

describe("liouvillianSuperoperator (row-major vectorisation)", () => {
  it.each(cases)("agrees with applyLiouvillian on a random operator (d = $d, $jumps jumps)", ({ d, jumps, seed }) => {
    const generator = randomGenerator(d, jumps, seed);
    const x = randomComplex(d, seed + 100);
    const viaSuperoperator = unvectorizeRowMajor(multiplyComplex(liouvillianSuperoperator(generator), vectorizeRowMajor(x)));
    const direct = applyLiouvillian(generator, x);
    const diff = maxAbsDifferenceComplex(viaSuperoperator, direct);
    expect(diff, `max |Δ| = ${diff}`).toBeLessThan(ROUND_OFF);
  });

  it("reproduces the 2×2 commutator by hand: 𝓛 = −i(H⊗1 − 1⊗Hᵀ) for H = diag(0, ω)", () => {
    const omega = 1.7;
    const superoperator = liouvillianSuperoperator(lindbladGenerator(complexFromParts([[0, 0], [0, omega]], [[0, 0], [0, 0]])));
    // vec index i·2 + j: (0,0)→0, (0,1)→1, (1,0)→2, (1,1)→3; ρ_01 evolves as e^{+iωt}, ρ_10 as e^{−iωt}
    const diagonal = [0, 1, 2, 3].map((k) => [superoperator.re[k * 4 + k], superoperator.im[k * 4 + k]]);
    expect(diagonal).toEqual([[0, 0], [0, omega], [0, -omega], [0, 0]]);
  });

  it.each(cases)("preserves the trace: tr(𝓛X) = 0 for every matrix unit X = E_kl (d = $d)", ({ d, jumps, seed }) => {
    const superoperator = liouvillianSuperoperator(randomGenerator(d, jumps, seed));
    const n = d * d;
    let worst = 0;
    for (let col = 0; col < n; col++) {
      // tr(𝓛 E_kl) = Σ_i 𝓛[i·d + i][col]
      let re = 0;
      let im = 0;
      for (let i = 0; i < d; i++) {
        re += superoperator.re[(i * d + i) * n + col];
        im += superoperator.im[(i * d + i) * n + col];
      }
      worst = Math.max(worst, Math.hypot(re, im));
    }
    expect(worst, `max |tr 𝓛E_kl| = ${worst}`).toBeLessThan(ROUND_OFF);
  });

  it.each(cases)("preserves Hermiticity: 𝓛(X†) = (𝓛X)† (d = $d)", ({ d, jumps, seed }) => {
    const generator = randomGenerator(d, jumps, seed);
    const x = randomComplex(d, seed + 200);
    const diff = maxAbsDifferenceComplex(applyLiouvillian(generator, conjugateTranspose(x)), conjugateTranspose(applyLiouvillian(generator, x)));
    expect(diff, `max |Δ| = ${diff}`).toBeLessThan(ROUND_OFF);
  });
});

describe("applyAdjointGenerator", () => {
  it.each(cases)("is the dual of 𝓛: tr(A 𝓛ρ) = tr(𝓛†(A) ρ) (d = $d)", ({ d, jumps, seed }) => {
    const generator = randomGenerator(d, jumps, seed);
    const a = randomComplex(d, seed + 300);
    const rho = randomDensityMatrix(d, seed + 400);
    const lhs = expectationValue(a, applyLiouvillian(generator, rho));
    const rhs = expectationValue(applyAdjointGenerator(generator, a), rho);
    const diff = Math.hypot(lhs.re - rhs.re, lhs.im - rhs.im);
    expect(diff, `tr(A𝓛ρ) = ${lhs.re} + ${lhs.im}i, tr(𝓛†(A)ρ) = ${rhs.re} + ${rhs.im}i`).toBeLessThan(ROUND_OFF);
  });

  it.each(cases)("is unital: 𝓛†(1) = 0 (trace preservation in the Heisenberg picture, d = $d)", ({ d, jumps, seed }) => {
    const generator = randomGenerator(d, jumps, seed);
    const one: ComplexMatrix = { rows: d, cols: d, re: Float64Array.from({ length: d * d }, (_, p) => (p % (d + 1) === 0 ? 1 : 0)), im: new Float64Array(d * d) };
    const image = applyAdjointGenerator(generator, one);
    const worst = Math.max(...image.re.map(Math.abs), ...image.im.map(Math.abs));
    expect(worst, `max |𝓛†(1)| = ${worst}`).toBeLessThan(ROUND_OFF);
  });

  it("gives the thermalizer's current operator 𝓛†(ωn) = −Γωn + Γωe^{−βω}(1 − n) (closed form, slide 1 corrected)", () => {
    const [omega, gamma, beta] = [1.3, 0.7, 0.9];
    const x = Math.exp(-beta * omega);
    const sigmaMinus = complexFromParts([[0, 1], [0, 0]], [[0, 0], [0, 0]]);
    const generator = lindbladGenerator(complexFromParts([[0, 0], [0, omega]], [[0, 0], [0, 0]]), [
      { operator: sigmaMinus, rate: gamma },
      { operator: conjugateTranspose(sigmaMinus), rate: gamma * x },
    ]);
    const current = applyAdjointGenerator(generator, complexFromParts([[0, 0], [0, omega]], [[0, 0], [0, 0]]));
    const expected = complexFromParts([[gamma * omega * x, 0], [0, -gamma * omega]], [[0, 0], [0, 0]]);
    // entries are sums of three products of O(1) numbers: a few ulp
    expect(maxAbsDifferenceComplex(current, expected)).toBeLessThan(1e-15);
  });
});

describe("lindbladGenerator validation", () => {
  const h = complexFromParts([[0, 0], [0, 1]], [[0, 0], [0, 0]]);
  it("rejects a non-Hermitian Hamiltonian naming 'hamiltonian'", () => {
    expect(() => lindbladGenerator(complexFromParts([[0, 1], [0, 1]], [[0, 0], [0, 0]]))).toThrow(/'hamiltonian'/);
  });
  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])("rejects the rate %s naming 'jumps[0].rate'", (rate) => {
    expect(() => lindbladGenerator(h, [{ operator: h, rate }])).toThrow(ParameterError);
    expect(() => lindbladGenerator(h, [{ operator: h, rate }])).toThrow(/'jumps\[0\]\.rate'/);
  });
  it("rejects a jump operator of the wrong dimension", () => {
    expect(() => lindbladGenerator(h, [{ operator: randomComplex(3, 1), rate: 1 }])).toThrow(/jumps\[0\]\.operator/);
  });
  it("rejects applying 𝓛 to a matrix of the wrong size", () => {
    expect(() => applyLiouvillian(lindbladGenerator(h), randomComplex(3, 2))).toThrow(/'rho\.rows×cols'/);
  });
});
