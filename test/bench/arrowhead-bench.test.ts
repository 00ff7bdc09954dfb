import { describe, expect, it } from "vitest";
import { benchArrowheadEigen, benchOccupations, paperStar } from "../../bench/arrowhead.bench.js";

const EPS = Number.EPSILON;

describe("bench/arrowhead.bench.ts at reduced size (K = 60, n = 121)", () => {
  it("paperStar builds the star of 001_… Sec. III: identical grids on [−W/2, W/2], t = √(ΓΔε/2π)", () => {
    const a = paperStar(60);
    expect(a.diagonal.length).toBe(120);
    expect(a.diagonal[0]).toBe(-5);
    expect(Math.abs(a.diagonal[59] - 5)).toBeLessThanOrEqual(8 * EPS); // (K−1)·Δε − W/2 with one rounding per operation
    expect(a.diagonal[60]).toBe(a.diagonal[0]);
    expect(a.border[7]).toBe(Math.sqrt((3 * (10 / 59)) / (2 * Math.PI)));
  });

  it("reports eigenvalue agreement, orthogonality and residual at the ε level", () => {
    const r = benchArrowheadEigen({ k: 60, arrowheadRepetitions: 1, denseRepetitions: 1 });
    expect(r.n).toBe(121);
    // ‖A‖ ≤ 5 + √(ΓW/π) ≈ 8.1: bounds of properties/arrowhead.prop.test.ts, 1e-12·N and (24 + n)·ε·N, (16 + n)·ε
    const norm = 5 + Math.sqrt((3 * 10 * 120) / (59 * 2 * Math.PI));
    expect(r.maxEigenvalueDifference).toBeLessThanOrEqual(1e-12 * norm);
    expect(r.arrowhead.residual).toBeLessThanOrEqual((24 + 121) * EPS * norm);
    expect(r.arrowhead.orthogonality).toBeLessThanOrEqual((16 + 121) * EPS);
    expect(r.speedup).toBeGreaterThan(0);
  });

  it("star and dense occupations agree and conserve the particle number", () => {
    const r = benchOccupations({ k: 60, time: 10, repetitions: 1 });
    // 4(16 + n)·ε·(1 + N|t|) with N ≈ 8.1, t = 10 (see properties/gaussian-fermions.prop.test.ts)
    expect(r.maxOccupationDifference).toBeLessThanOrEqual(4 * (16 + 121) * EPS * (1 + 81));
    expect(r.particleNumberDrift).toBeLessThanOrEqual(4 * 121 * (16 + 121) * EPS);
  });
});
