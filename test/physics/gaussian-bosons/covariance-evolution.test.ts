import { describe, expect, it } from "vitest";
import { ParameterError } from "../../../src/core/errors.js";
import { seededRandom } from "../../../src/numerics/random.js";
import {
  arrowheadToDense,
  covarianceEvolution,
  gaussianProductState,
  independentThermalBlock,
  normalModesDense,
  normalModesFromArrowhead,
  thermalBlockOfModes,
  thermalVariances,
} from "../../../src/physics/gaussian-bosons/index.js";

const unit = (n: number, i: number) => {
  const v = new Float64Array(n);
  v[i] = 1;
  return v;
};

describe("normal modes", () => {
  it("of two coupled oscillators V = [[2, −1], [−1, 2]] are 1 and √3 (closed form), arrowhead and dense alike", () => {
    const h = { apex: 2, diagonal: Float64Array.of(2), border: Float64Array.of(-1) };
    for (const m of [normalModesFromArrowhead(h), normalModesDense(arrowheadToDense(h))]) {
      expect(m.frequencies[0]).toBeCloseTo(1, 14);
      expect(m.frequencies[1]).toBeCloseTo(Math.sqrt(3), 14);
    }
  });

  it("reject a Hessian that is not positive definite, naming it", () => {
    expect(() => normalModesFromArrowhead({ apex: 0.5, diagonal: Float64Array.of(1), border: Float64Array.of(-1) })).toThrow(ParameterError);
  });
});

describe("covariance evolution", () => {
  it("of one free oscillator from a squeezed state: ⟨x²⟩(t) = a cos²ωt + b sin²ωt/ω² (closed form)", () => {
    const w = 1.7;
    const modes = normalModesDense({ rows: 1, cols: 1, data: Float64Array.of(w * w) });
    const a = 0.3;
    const b = 2.1;
    const state = gaussianProductState(1, [{ offset: 0, size: 1, qVariance: Float64Array.of(a), pVariance: Float64Array.of(b) }]);
    const ev = covarianceEvolution(modes, state, [{ q: unit(1, 0) }, { p: unit(1, 0) }]);
    for (const t of [0, 0.4, 2.3, 11]) {
      const c = ev.correlations(t);
      const cs = Math.cos(w * t);
      const sn = Math.sin(w * t);
      expect(c[0]).toBeCloseTo(a * cs * cs + (b * sn * sn) / (w * w), 14);
      expect(c[3]).toBeCloseTo(a * w * w * sn * sn + b * cs * cs, 13);
      expect(c[1]).toBeCloseTo(cs * sn * (b / w - a * w), 13); // ½⟨{x, p}⟩
    }
  });

  it("keeps a Gibbs state of the full Hamiltonian stationary and conserves ⟨H⟩ after a quench (n = 6, random star)", () => {
    const rng = seededRandom(42);
    const n = 6;
    const diagonal = Float64Array.from({ length: n - 1 }, () => 0.5 + 2 * rng.next());
    const border = Float64Array.from({ length: n - 1 }, () => 0.3 * (rng.next() - 0.5));
    let apex = 1;
    border.forEach((c, j) => (apex += (c * c) / diagonal[j])); // counter-term: positive definite
    const h = { apex, diagonal, border };
    const modes = normalModesFromArrowhead(h);
    const observables = [...Array(n).keys()].flatMap((i) => [{ q: unit(n, i) }, { p: unit(n, i) }]);
    // Gibbs state of the coupled system: stationary
    const gibbs = gaussianProductState(n, [thermalBlockOfModes(0, modes, 0.8)]);
    const ev = covarianceEvolution(modes, gibbs, observables);
    const c0 = ev.correlations(0);
    const c1 = ev.correlations(7.3);
    let worst = 0;
    c0.forEach((v, i) => (worst = Math.max(worst, Math.abs(v - c1[i]))));
    expect(worst).toBeLessThan(1e-13); // round-off of two O(n²) evaluations
    // quench from the uncoupled product state: ⟨H⟩ = ½Σ⟨p²⟩ + ½ qᵀVq conserved
    const dense = arrowheadToDense(h).data;
    const quench = gaussianProductState(n, [independentThermalBlock(0, Float64Array.of(1), 0), independentThermalBlock(1, Float64Array.from(diagonal, Math.sqrt), 0.8)]);
    const evq = covarianceEvolution(modes, quench, observables);
    const energy = (t: number) => {
      const c = evq.correlations(t);
      const r = 2 * n;
      let e = 0;
      for (let i = 0; i < n; i++) {
        e += 0.5 * c[(2 * i + 1) * r + 2 * i + 1];
        for (let j = 0; j < n; j++) e += 0.5 * dense[i * n + j] * c[2 * i * r + 2 * j];
      }
      return e;
    };
    const e0 = energy(0);
    for (const t of [0.5, 3, 20]) expect(Math.abs(energy(t) - e0) / e0).toBeLessThan(1e-13);
  });

  it("thermal variances reduce to the ground state at T = 0 and to equipartition T/Ω², T at high T", () => {
    expect(thermalVariances(2, 0)).toEqual({ q: 0.25, p: 1 });
    const hot = thermalVariances(0.01, 100);
    expect(hot.q * 0.01 ** 2).toBeCloseTo(100, 6);
    expect(hot.p).toBeCloseTo(100, 6);
  });

  it("rejects a state that does not tile the coordinates", () => {
    expect(() => gaussianProductState(3, [independentThermalBlock(0, Float64Array.of(1), 1), independentThermalBlock(2, Float64Array.of(1), 1)])).toThrow(ParameterError);
  });
});
