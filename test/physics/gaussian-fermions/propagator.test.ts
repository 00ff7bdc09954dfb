import { describe, expect, it } from "vitest";
import { ParameterError } from "../../../src/core/errors.js";
import type { ArrowheadMatrix } from "../../../src/numerics/linalg/arrowhead-eigen.js";
import { densePropagator } from "../../../src/physics/gaussian-fermions/dense-propagator.js";
import type { Propagator } from "../../../src/physics/gaussian-fermions/propagator.js";
import { starPropagator } from "../../../src/physics/gaussian-fermions/star-propagator.js";
import { arrowheadCase, arrowheadNormBound, denseArrowhead } from "../../numerics/linalg/arrowhead-cases.js";
import { exactPropagator, maxComplexDifference, maxDifference, occupationsFromPropagator } from "./exact-propagator.js";

const EPS = Number.EPSILON;

/** Both implementations of the Propagator interface for the same star. */
const paths: [string, (a: ArrowheadMatrix) => Propagator][] = [
  ["star", (a) => starPropagator(a)],
  ["dense", (a) => densePropagator(denseArrowhead(a))],
];

/** Two baths on the same grid (001_06d9cbfd9396c60e.txt, Sec. III) at reduced size K. */
function twoBathStar(k: number, gamma = 3, width = 10): ArrowheadMatrix {
  const spacing = width / (k - 1);
  const t = Math.sqrt((gamma * spacing) / (2 * Math.PI));
  const grid = Array.from({ length: k }, (_, i) => i * spacing - width / 2);
  return { apex: 0, diagonal: Float64Array.from([...grid, ...grid]), border: new Float64Array(2 * k).fill(t) };
}

function fermiOccupations(a: ArrowheadMatrix, betaL: number, muL: number, betaR: number, muR: number): Float64Array {
  const k = a.diagonal.length / 2;
  const f = new Float64Array(2 * k + 1);
  for (let i = 0; i < k; i++) {
    f[1 + i] = 1 / (1 + Math.exp(betaL * (a.diagonal[i] - muL)));
    f[1 + k + i] = 1 / (1 + Math.exp(betaR * (a.diagonal[k + i] - muR)));
  }
  return f;
}

describe.each(paths)("%s propagator: two-mode Rabi oscillation (closed form)", (_name, build) => {
  // h = [[ε1, J], [J, ε2]]: Ω = √((ε1 − ε2)² + 4J²), U = e^{−iε̄t}[cos(Ωt/2) − (2i/Ω) sin(Ωt/2)(h − ε̄)]
  const [e1, e2, j] = [0.3, -0.45, 0.8];
  const h: ArrowheadMatrix = { apex: e1, diagonal: Float64Array.of(e2), border: Float64Array.of(j) };
  const omega = Math.sqrt((e1 - e2) ** 2 + 4 * j * j);
  const mean = (e1 + e2) / 2;
  const norm = arrowheadNormBound(h);
  const propagator = build(h);

  it.each([0, 0.7, 3.1, 25, -4])("t = %d: n_0 = 1 − (4J²/Ω²) sin²(Ωt/2) starting from (1, 0)", (t) => {
    const n = propagator.occupations(t, Float64Array.of(1, 0));
    const expected0 = 1 - ((4 * j * j) / (omega * omega)) * Math.sin((omega * t) / 2) ** 2;
    // phase errors ε·‖h‖·|t| (eigenvalues and the closed form's argument) plus a few roundings
    const tol = 16 * EPS * (1 + norm * Math.abs(t));
    expect(Math.abs(n[0] - expected0), `n_0(${t}) = ${n[0]} vs ${expected0}`).toBeLessThanOrEqual(tol);
    expect(Math.abs(n[1] - (1 - expected0)), `n_1(${t}) = ${n[1]}`).toBeLessThanOrEqual(tol);
  });

  it.each([0.7, 25])("t = %d: U(t) columns equal the closed form", (t) => {
    const u = propagator.columns(t, [0, 1]);
    const c = Math.cos((omega * t) / 2);
    const s = (2 / omega) * Math.sin((omega * t) / 2);
    // A = cos(Ωt/2) I − i s (h − ε̄), then U = e^{−iε̄t} A
    const aRe = [c, 0, 0, c];
    const aIm = [-s * (e1 - mean), -s * j, -s * j, -s * (e2 - mean)];
    const pr = Math.cos(mean * t);
    const pi = -Math.sin(mean * t);
    const re = Float64Array.from(aRe, (x, i) => pr * x - pi * aIm[i]);
    const im = Float64Array.from(aRe, (x, i) => pr * aIm[i] + pi * x);
    const tol = 16 * EPS * (1 + norm * Math.abs(t)); // as above
    expect(maxComplexDifference(u, { rows: 2, cols: 2, re, im })).toBeLessThanOrEqual(tol);
  });
});

describe("star vs dense vs e^{−iht} by Padé (two identical baths, K = 40, thermal baths of Sec. IV (a))", () => {
  const h = twoBathStar(40);
  const f = fermiOccupations(h, 10, 1, 2, -1);
  const dense = denseArrowhead(h);
  const star = starPropagator(h);
  const fallback = densePropagator(dense);
  const norm = arrowheadNormBound(h);

  it.each([0.5, 3, 12])("t = %d: occupations agree to ≤ 1e-12", (t) => {
    const reference = occupationsFromPropagator(exactPropagator(dense, t), f);
    const fromStar = star.occupations(t, f);
    const fromDense = fallback.occupations(t, f);
    // both decompositions are backward stable (error ≲ n·ε·‖h‖ in h, n = 81) and the
    // Padé oracle is accurate to ≈ ε·‖ht‖. Measured ≤ 7e-14 (≈ 3ε(1 + ‖h‖|t|)) at t = 12;
    // 1e-12 is 15× that, and below the pessimistic a-priori n·ε·(1 + ‖h‖|t|) ≈ 1.8e-12
    expect(maxDifference(fromStar, reference), `star vs Padé at t=${t}`).toBeLessThanOrEqual(1e-12);
    expect(maxDifference(fromDense, reference), `dense vs Padé at t=${t}`).toBeLessThanOrEqual(1e-12);
    expect(maxDifference(fromStar, fromDense), `star vs dense at t=${t}`).toBeLessThanOrEqual(1e-12);
    expect(norm * t).toBeLessThan(200); // the regime in which 1e-12 is the budget above
  });

  it("equal bath distributions stay equal: n_{Lk}(t) = n_{Rk}(t) (L↔R symmetry of h and C0)", () => {
    const g = fermiOccupations(h, 2, 0.5, 2, 0.5);
    const n = star.occupations(7, g);
    const k = 40;
    let worst = 0;
    for (let i = 0; i < k; i++) worst = Math.max(worst, Math.abs(n[1 + i] - n[1 + k + i]));
    // the star path treats L_k and R_k through the same cluster: equal up to a few roundings
    expect(worst).toBeLessThanOrEqual(8 * EPS);
  });

  it("columns of U agree with the Padé propagator, including L/R pairs and the dot", () => {
    const t = 3;
    const indices = [0, 1, 40, 41, 80];
    const reference = exactPropagator(dense, t);
    const u = star.columns(t, indices);
    let worst = 0;
    for (let l = 0; l < 81; l++) {
      for (let c = 0; c < indices.length; c++) {
        const r = reference.re[l * 81 + indices[c]];
        const i = reference.im[l * 81 + indices[c]];
        worst = Math.max(worst, Math.hypot(u.re[l * indices.length + c] - r, u.im[l * indices.length + c] - i));
      }
    }
    expect(worst).toBeLessThanOrEqual(1e-12); // as for the occupations
  });
});

describe.each(paths)("%s propagator: invariants and edge cases", (_name, build) => {
  it("t = 0: U = I and n(0) = f", () => {
    const a = arrowheadCase("repeated", 9, 3);
    const p = build(a);
    const f = Float64Array.of(0.1, 0.9, 0, 1, 0.5, 0.3, 0.7, 0.2, 0.6);
    // V diag(1) Vᵀ = VVᵀ = I up to the orthogonality of V (≲ (16 + n)ε)
    expect(maxDifference(p.occupations(0, f), f)).toBeLessThanOrEqual(25 * EPS);
    const u = p.columns(0, [0, 4]);
    for (let l = 0; l < 9; l++) {
      expect(Math.abs(u.re[l * 2] - (l === 0 ? 1 : 0))).toBeLessThanOrEqual(25 * EPS);
      expect(Math.abs(u.re[l * 2 + 1] - (l === 4 ? 1 : 0))).toBeLessThanOrEqual(25 * EPS);
    }
  });

  it("a decoupled bath mode keeps its occupation", () => {
    const a: ArrowheadMatrix = { apex: 0.2, diagonal: Float64Array.of(-1, 0.5, 2), border: Float64Array.of(0.4, 0, 0.9) };
    const n = build(a).occupations(5.5, Float64Array.of(1, 0.25, 0.75, 0));
    expect(Math.abs(n[2] - 0.75)).toBeLessThanOrEqual(4 * EPS); // exact for the star path, ε-level for dense
  });

  it("energies are the ascending eigenvalues of h", () => {
    const a = twoBathStar(6);
    const e = build(a).energies;
    expect(e.length).toBe(13);
    for (let i = 1; i < e.length; i++) expect(e[i]).toBeGreaterThanOrEqual(e[i - 1]);
    // the grid levels are exact eigenvalues (antisymmetric L−R combinations)
    for (const level of a.diagonal.subarray(0, 6)) {
      const nearest = Math.min(...Array.from(e, (x) => Math.abs(x - level)));
      expect(nearest).toBeLessThanOrEqual(10 * 13 * EPS * arrowheadNormBound(a)); // dense: O(n·ε·‖h‖)
    }
  });

  it.each([
    ["time", (p: Propagator) => p.occupations(Number.NaN, new Float64Array(3))],
    ["initialOccupations.length", (p: Propagator) => p.occupations(1, new Float64Array(2))],
    ["initialOccupations[1]", (p: Propagator) => p.occupations(1, Float64Array.of(0, 1.5, 0))],
    ["indices[1]", (p: Propagator) => p.columns(1, [0, 0])],
    ["indices[0]", (p: Propagator) => p.columns(1, [3])],
    ["time", (p: Propagator) => p.columns(Number.POSITIVE_INFINITY, [0])],
  ])("rejects a bad %s with ParameterError", (name, call) => {
    const p = build({ apex: 0, diagonal: Float64Array.of(1, -1), border: Float64Array.of(0.5, 0.5) });
    expect(() => call(p)).toThrow(ParameterError);
    expect(() => call(p)).toThrow(name);
  });
});

describe("densePropagator: input validation", () => {
  it("rejects a non-symmetric h", () => {
    expect(() => densePropagator({ rows: 2, cols: 2, data: Float64Array.of(0, 1, 2, 0) })).toThrow(ParameterError);
  });
  it("rejects a non-square h", () => {
    expect(() => densePropagator({ rows: 2, cols: 3, data: new Float64Array(6) })).toThrow(ParameterError);
  });
});
