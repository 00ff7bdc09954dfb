import { ParameterError } from "../../core/errors.js";
import type { ArrowheadFactors } from "./arrowhead-factors.js";

/** Complex coefficients (or a complex vector) with split real and imaginary parts. */
export interface SplitComplexVector {
  readonly re: Float64Array;
  readonly im: Float64Array;
}

/**
 * Row 0 (the apex row) of complex functions of a real symmetric arrowhead matrix,
 *   r = e_0ᵀ V diag(c) Vᵀ,   i.e.  r_i = Σ_k c_k V_0k V_ik,
 * for several coefficient vectors c at once (e.g. c_k = e^{−iλ_k t} gives row 0 of
 * e^{−iAt}; c_k = −iλ_k e^{−iλ_k t} its time derivative), from the factored
 * eigen-decomposition of arrowhead-factors.ts in O(n²) time and O(n) memory.
 *
 * Only the m+1 reduced eigenpairs have an apex component (a_k = V_0k); with
 * V_{j+1,k} = q_j ẑ_P a_k/(λ_k − d_P) for bath index j in cluster P:
 *   r_0 = Σ_k c_k a_k²,   r_{j+1} = q_j ẑ_P Σ_k c_k a_k²/(λ_k − d_P),   r_{j+1} = 0 if j is isolated.
 * The gaps λ_k − d_P are formed from the shifted representation (secularGap) to full
 * relative accuracy, so nearly coincident eigenvalues and poles cost no precision.
 * `coefficients[s]` is indexed like `factors.values` (the reduced eigenvalues).
 *
 * Source: Gu & Eisenstat, SIAM J. Matrix Anal. Appl. 16, 172 (1995), eigenvector
 * formula (3.3); the apex-row contraction is elementary.
 * @throws ParameterError when a coefficient vector's length differs from factors.values.length.
 * @example for A = [[0,1],[1,0]], c = (e^{i t}, e^{−i t}) (λ = −1, 1): r_0 = cos t.
 */
export function arrowheadApexRows(factors: ArrowheadFactors, coefficients: readonly SplitComplexVector[]): SplitComplexVector[] {
  const nValues = factors.values.length;
  coefficients.forEach((c, s) => {
    if (c.re.length !== nValues || c.im.length !== nValues) {
      throw new ParameterError(`coefficients[${s}].length`, c.re.length, `the number of reduced eigenvalues (${nValues})`);
    }
  });
  const n = factors.size;
  const m = factors.poles.length;
  const S = coefficients.length;
  const w2 = new Float64Array(nValues);
  for (let k = 0; k < nValues; k++) w2[k] = factors.apexWeights[k] * factors.apexWeights[k];
  // weighted coefficients c_k a_k², interleaved per k: [re_0, im_0, re_1, im_1, …] per set
  const wc = new Float64Array(2 * S * nValues);
  for (let k = 0; k < nValues; k++) {
    for (let s = 0; s < S; s++) {
      wc[2 * (k * S + s)] = coefficients[s].re[k] * w2[k];
      wc[2 * (k * S + s) + 1] = coefficients[s].im[k] * w2[k];
    }
  }
  const out = coefficients.map(() => ({ re: new Float64Array(n), im: new Float64Array(n) }));
  const acc = new Float64Array(2 * S);
  for (let k = 0; k < nValues; k++) {
    for (let s = 0; s < S; s++) {
      acc[2 * s] += wc[2 * (k * S + s)];
      acc[2 * s + 1] += wc[2 * (k * S + s) + 1];
    }
  }
  for (let s = 0; s < S; s++) {
    out[s].re[0] = acc[2 * s];
    out[s].im[0] = acc[2 * s + 1];
  }
  const { poles, origins, offsets, couplings, clusterStart, members, directions } = factors;
  for (let P = 0; P < m; P++) {
    acc.fill(0);
    const dP = poles[P];
    for (let k = 0; k < nValues; k++) {
      const inv = 1 / (offsets[k] - (dP - poles[origins[k]]));
      const base = 2 * k * S;
      for (let s = 0; s < S; s++) {
        acc[2 * s] += wc[base + 2 * s] * inv;
        acc[2 * s + 1] += wc[base + 2 * s + 1] * inv;
      }
    }
    for (let i = clusterStart[P]; i < clusterStart[P + 1]; i++) {
      const j = members[i];
      const scale = directions[j] * couplings[P];
      for (let s = 0; s < S; s++) {
        out[s].re[j + 1] = scale * acc[2 * s];
        out[s].im[j + 1] = scale * acc[2 * s + 1];
      }
    }
  }
  return out;
}
