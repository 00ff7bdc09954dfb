/**
 * The arrowhead (star) eigensolver and the star propagator against their dense
 * fallbacks on the star Hamiltonian of 001_06d9cbfd9396c60e.txt at paper size:
 * one level ε_d = 0 coupled to two baths of K = 1000 levels each on the same grid
 * ε_k = (k−1)W/(K−1) − W/2, W = 10, with t = √(ΓΔε/2π), Γ = 3 (eqs. (15)–(17),
 * Sec. IV) — n = 2K + 1 = 2001, every bath level exactly twice degenerate.
 * Requirement: arrowheadEigen ≥ 50× faster than symmetricEigen in the same run.
 */
import { arrowheadEigen, type ArrowheadMatrix } from "../src/numerics/linalg/arrowhead-eigen.js";
import { multiplyReal, transposeReal } from "../src/numerics/linalg/real-matrix.js";
import { symmetricEigen } from "../src/numerics/linalg/symmetric-eigen.js";
import type { RealMatrix, SymmetricEigen } from "../src/numerics/linalg/types.js";
import { fermi } from "../src/numerics/special.js";
import { densePropagator } from "../src/physics/gaussian-fermions/dense-propagator.js";
import { starPropagator } from "../src/physics/gaussian-fermions/star-propagator.js";
import { timed, type BenchReport } from "./bench-report.js";

/** Minimum speed ratio dense/arrowhead required at paper size. */
export const REQUIRED_SPEEDUP = 50;

/** The star of 001_…, Sec. III–IV: index 0 the dot, 1 … K bath L, K+1 … 2K bath R. */
export function paperStar(k = 1000, width = 10, gamma = 3, epsilonD = 0): ArrowheadMatrix {
  const spacing = width / (k - 1);
  const coupling = Math.sqrt((gamma * spacing) / (2 * Math.PI));
  const diagonal = new Float64Array(2 * k);
  for (let i = 0; i < k; i++) {
    diagonal[i] = i * spacing - width / 2;
    diagonal[k + i] = diagonal[i];
  }
  return { apex: epsilonD, diagonal, border: new Float64Array(2 * k).fill(coupling) };
}

/** Dense n×n form of an arrowhead matrix. */
export function denseStar(a: ArrowheadMatrix): RealMatrix {
  const n = a.diagonal.length + 1;
  const data = new Float64Array(n * n);
  data[0] = a.apex;
  for (let j = 0; j < n - 1; j++) {
    data[(j + 1) * n + j + 1] = a.diagonal[j];
    data[j + 1] = a.border[j];
    data[(j + 1) * n] = a.border[j];
  }
  return { rows: n, cols: n, data };
}

/** Accuracy of an eigen-decomposition of a star: max|AV − VΛ| (O(n²), by structure) and max|VᵀV − I| (O(n³)). */
export function decompositionErrors(a: ArrowheadMatrix, e: SymmetricEigen): { residual: number; orthogonality: number } {
  const n = e.values.length;
  const v = e.vectors.data;
  let residual = 0;
  for (let c = 0; c < n; c++) {
    let top = a.apex * v[c];
    for (let j = 1; j < n; j++) top += a.border[j - 1] * v[j * n + c];
    residual = Math.max(residual, Math.abs(top - e.values[c] * v[c]));
    for (let j = 1; j < n; j++) {
      const row = a.border[j - 1] * v[c] + a.diagonal[j - 1] * v[j * n + c];
      residual = Math.max(residual, Math.abs(row - e.values[c] * v[j * n + c]));
    }
  }
  const gram = multiplyReal(transposeReal(e.vectors), e.vectors).data;
  let orthogonality = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) orthogonality = Math.max(orthogonality, Math.abs(gram[i * n + j] - (i === j ? 1 : 0)));
  return { residual, orthogonality };
}

export interface EigenBenchResult {
  readonly n: number;
  readonly arrowheadMilliseconds: number;
  readonly denseMilliseconds: number;
  readonly speedup: number;
  readonly maxEigenvalueDifference: number;
  readonly arrowhead: { readonly residual: number; readonly orthogonality: number };
  readonly dense: { readonly residual: number; readonly orthogonality: number };
}

/** Times arrowheadEigen and symmetricEigen (median of the given repetitions) on paperStar(k) and measures their accuracy. */
export function benchArrowheadEigen(options: { k?: number; arrowheadRepetitions?: number; denseRepetitions?: number } = {}): EigenBenchResult {
  const a = paperStar(options.k ?? 1000);
  const dense = denseStar(a);
  const fast = timed(() => arrowheadEigen(a), options.arrowheadRepetitions ?? 7);
  const slow = timed(() => symmetricEigen(dense), options.denseRepetitions ?? 3);
  let maxEigenvalueDifference = 0;
  for (let i = 0; i < dense.rows; i++) maxEigenvalueDifference = Math.max(maxEigenvalueDifference, Math.abs(fast.result.values[i] - slow.result.values[i]));
  return {
    n: dense.rows,
    arrowheadMilliseconds: fast.milliseconds,
    denseMilliseconds: slow.milliseconds,
    speedup: slow.milliseconds / fast.milliseconds,
    maxEigenvalueDifference,
    arrowhead: decompositionErrors(a, fast.result),
    dense: decompositionErrors(a, slow.result),
  };
}

export interface OccupationBenchResult {
  readonly n: number;
  readonly time: number;
  readonly starPreparationMilliseconds: number;
  readonly densePreparationMilliseconds: number;
  readonly starMilliseconds: number;
  readonly denseMilliseconds: number;
  readonly speedup: number;
  readonly maxOccupationDifference: number;
  readonly particleNumberDrift: number;
}

/**
 * Times occupations at one time t on the star and dense paths for the initial state
 * of case (a) of 001_… Sec. IV (n_d = 0, β_L = 10, μ_L = 1, β_R = 2, μ_R = −1).
 */
export function benchOccupations(options: { k?: number; time?: number; repetitions?: number } = {}): OccupationBenchResult {
  const k = options.k ?? 1000;
  const time = options.time ?? 10;
  const a = paperStar(k);
  const f = new Float64Array(2 * k + 1);
  for (let i = 0; i < k; i++) {
    f[1 + i] = fermi(a.diagonal[i], 10, 1);
    f[1 + k + i] = fermi(a.diagonal[k + i], 2, -1);
  }
  const starBuild = timed(() => starPropagator(a), 1);
  const denseBuild = timed(() => densePropagator(denseStar(a)), 1);
  const repetitions = options.repetitions ?? 3;
  const star = timed(() => starBuild.result.occupations(time, f), repetitions);
  const dense = timed(() => denseBuild.result.occupations(time, f), Math.max(1, Math.min(repetitions, 2)));
  let maxOccupationDifference = 0;
  let total = 0;
  let total0 = 0;
  for (let j = 0; j < f.length; j++) {
    maxOccupationDifference = Math.max(maxOccupationDifference, Math.abs(star.result[j] - dense.result[j]));
    total += star.result[j];
    total0 += f[j];
  }
  return {
    n: f.length,
    time,
    starPreparationMilliseconds: starBuild.milliseconds,
    densePreparationMilliseconds: denseBuild.milliseconds,
    starMilliseconds: star.milliseconds,
    denseMilliseconds: dense.milliseconds,
    speedup: dense.milliseconds / star.milliseconds,
    maxOccupationDifference,
    particleNumberDrift: Math.abs(total - total0),
  };
}

const e = (x: number): string => x.toExponential(2);
const ms = (x: number): string => `${x.toFixed(1)} ms`;

/** Paper-size run for bench/run.ts. */
export function runBench(): BenchReport {
  const eigen = benchArrowheadEigen();
  const occupations = benchOccupations();
  const lines = [
    `star of 001_… (K = 1000 per bath, W = 10, Γ = 3, identical grids), n = ${eigen.n}`,
    `eigen-decomposition: arrowheadEigen ${ms(eigen.arrowheadMilliseconds)} (median of 7), symmetricEigen ${ms(eigen.denseMilliseconds)} (median of 3) → ${eigen.speedup.toFixed(0)}× faster`,
    `  max|λ_arrow − λ_dense| = ${e(eigen.maxEigenvalueDifference)}`,
    `  arrowhead: ‖VᵀV − I‖_max = ${e(eigen.arrowhead.orthogonality)}, ‖AV − VΛ‖_max = ${e(eigen.arrowhead.residual)}`,
    `  dense:     ‖VᵀV − I‖_max = ${e(eigen.dense.orthogonality)}, ‖AV − VΛ‖_max = ${e(eigen.dense.residual)}`,
    `occupations at t = ${occupations.time} (case (a) initial state): star ${ms(occupations.starMilliseconds)}, dense ${ms(occupations.denseMilliseconds)} per time point → ${occupations.speedup.toFixed(0)}×`,
    `  preparation: star ${ms(occupations.starPreparationMilliseconds)}, dense ${ms(occupations.densePreparationMilliseconds)}`,
    `  max|n_star − n_dense| = ${e(occupations.maxOccupationDifference)}, |Σn(t) − Σn(0)| (star) = ${e(occupations.particleNumberDrift)}`,
  ];
  return {
    name: "arrowhead (star) n = 2001",
    lines,
    passed: eigen.speedup >= REQUIRED_SPEEDUP,
    requirement: `arrowheadEigen ≥ ${REQUIRED_SPEEDUP}× faster than symmetricEigen (measured ${eigen.speedup.toFixed(0)}×)`,
  };
}
