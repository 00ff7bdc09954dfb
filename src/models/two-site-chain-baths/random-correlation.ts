import type { Complex2x2 } from "../../numerics/linalg/complex2x2.js";
import type { Random } from "../../numerics/random.js";

/**
 * A random two-mode correlation matrix C = U diag(λ_1, λ_2) U† with λ_m uniform in
 * [lo, 1 − lo] and U = [[cos θ, ·], [·, ·]] of mixing angle θ ∈ [0, π] and phase φ ∈ [0, 2π]
 * (four draws of `rng`, in the order λ_1, λ_2, θ, φ): a random Gaussian state with coherences,
 *   C_11 = λ_1cos²θ + λ_2sin²θ,  C_22 = λ_1sin²θ + λ_2cos²θ,  C_12 = (λ_1 − λ_2)cos θ sin θ·e^{iφ}.
 * Index order: mode (or site) 1, 2.
 * @example randomCorrelation(seededRandom(1)).re[0][0] // between 0.05 and 0.95
 */
export function randomCorrelation(rng: Random, lo = 0.05): Complex2x2 {
  const l1 = rng.uniform(lo, 1 - lo);
  const l2 = rng.uniform(lo, 1 - lo);
  const th = rng.uniform(0, Math.PI);
  const ph = rng.uniform(0, 2 * Math.PI);
  const c = Math.cos(th);
  const s = Math.sin(th);
  const x = (l1 - l2) * c * s;
  return {
    re: [[l1 * c * c + l2 * s * s, x * Math.cos(ph)], [x * Math.cos(ph), l1 * s * s + l2 * c * c]],
    im: [[0, x * Math.sin(ph)], [-x * Math.sin(ph), 0]],
  };
}
