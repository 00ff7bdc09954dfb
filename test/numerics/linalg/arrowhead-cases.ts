import type { ArrowheadMatrix } from "../../../src/numerics/linalg/arrowhead-eigen.js";
import type { RealMatrix } from "../../../src/numerics/linalg/types.js";
import { seededRandom } from "../../../src/numerics/random.js";

/**
 * Families of arrowhead (star) test matrices, each built from a seed:
 * - random: apex, diagonal and border standard normal;
 * - repeated: diagonal drawn from three values (exactly degenerate poles);
 * - two-grids: the bath levels of two baths on the same equally spaced grid
 *   (001_06d9cbfd9396c60e.txt, Sec. III), constant coupling √(ΓΔε/2π), Γ = 3;
 * - tiny: a third of the couplings set to 0, 1e-14, 1e-300 or 1e-8;
 * - clustered: poles in groups split by 10^{−e}, e uniform in [6, 16];
 * - graded: couplings 10^{−u}, u uniform in [0, 12];
 * - far-apex: apex 10³ above the bath.
 */
export const ARROWHEAD_FAMILIES = ["random", "repeated", "two-grids", "tiny", "clustered", "graded", "far-apex"] as const;
export type ArrowheadFamily = (typeof ARROWHEAD_FAMILIES)[number];

/** An arrowhead matrix of size n (n ≥ 1) from the given family and seed, all entries times `scale`. */
export function arrowheadCase(family: ArrowheadFamily, n: number, seed: number, scale = 1): ArrowheadMatrix {
  const rnd = seededRandom(seed);
  const m = n - 1;
  let apex = rnd.normal();
  const diagonal = new Float64Array(m);
  const border = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    diagonal[j] = rnd.normal();
    border[j] = rnd.normal();
  }
  switch (family) {
    case "random":
      break;
    case "repeated": {
      const levels = [rnd.normal(), rnd.normal(), rnd.normal()];
      for (let j = 0; j < m; j++) diagonal[j] = levels[Math.floor(rnd.next() * 3)];
      break;
    }
    case "two-grids": {
      const k = Math.floor(m / 2);
      const width = 10;
      const spacing = k > 1 ? width / (k - 1) : width;
      const coupling = Math.sqrt((3 * spacing) / (2 * Math.PI));
      apex = 0;
      for (let i = 0; i < k; i++) {
        const level = i * spacing - width / 2;
        diagonal[i] = level;
        diagonal[k + i] = level;
        border[i] = coupling;
        border[k + i] = coupling;
      }
      break;
    }
    case "tiny": {
      const small = [0, 1e-14, 1e-300, 1e-8];
      for (let j = 0; j < m; j++) if (rnd.next() < 1 / 3) border[j] = small[Math.floor(rnd.next() * 4)] * (rnd.next() < 0.5 ? -1 : 1);
      break;
    }
    case "clustered": {
      let j = 0;
      while (j < m) {
        const centre = rnd.normal();
        const size = 1 + Math.floor(rnd.next() * 4);
        for (let i = 0; i < size && j < m; i++, j++) diagonal[j] = centre + 10 ** -rnd.uniform(6, 16) * rnd.normal();
      }
      break;
    }
    case "graded":
      for (let j = 0; j < m; j++) border[j] = 10 ** -rnd.uniform(0, 12) * (rnd.next() < 0.5 ? -1 : 1);
      break;
    case "far-apex":
      apex = 1e3;
      break;
  }
  return { apex: apex * scale, diagonal: diagonal.map((d) => d * scale), border: border.map((z) => z * scale) };
}

/** The dense n×n form of an arrowhead matrix (index 0 the apex). */
export function denseArrowhead(a: ArrowheadMatrix): RealMatrix {
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

/** The bound ‖A‖₂ ≤ max(|apex|, max|d_j|) + ‖z‖₂ used to scale tolerances. */
export function arrowheadNormBound(a: ArrowheadMatrix): number {
  let diagonalMax = Math.abs(a.apex);
  let sum = 0;
  for (let j = 0; j < a.diagonal.length; j++) {
    diagonalMax = Math.max(diagonalMax, Math.abs(a.diagonal[j]));
    sum += a.border[j] * a.border[j];
  }
  return diagonalMax + Math.sqrt(sum);
}
