/**
 * An independent solver of the coupled-tls model for incoherent (stochastic,
 * resonant) coupling, written the way a user would: the classical master
 * equation of the four populations p_{n_A n_B}, order 00, 01, 10, 11.
 *   bath ν ∈ {A, B}: n_ν 0 → 1 at rate Γ_ν x_ν (x_ν = e^{−β_ν ω}), 1 → 0 at rate Γ_ν;
 *   coupling:        10 ↔ 01 at rate ε each way (slide 3).
 * Incoherent coupling creates no coherences (slide 3), so ρ_s = diag(p).
 * J_A = ω · (net rate of particles entering from bath A) = ω Γ_A [x_A (p00 + p01) − (p10 + p11)].
 * Used by the README's checkSolver example and by test/solver-api/check-solver.test.ts.
 * Source: 004_a34d5d2333a6057f.txt (Diósi), slides 3–5.
 */

export interface IncoherentParams {
  readonly omegaA: number;
  readonly gammaA: number;
  readonly gammaB: number;
  readonly betaA: number;
  readonly betaB: number;
  readonly epsilon: number;
}

/** Stationary populations [p00, p01, p10, p11] of the rate equations (Gaussian elimination, normalization replacing one equation). */
export function populations(p: IncoherentParams): number[] {
  const xA = Math.exp(-p.betaA * p.omegaA);
  const xB = Math.exp(-p.betaB * p.omegaA);
  // rates[i][j]: rate from state j to state i; state index = 2 n_A + n_B
  const rates = [
    [0, p.gammaB, p.gammaA, 0],
    [p.gammaB * xB, 0, p.epsilon, p.gammaA],
    [p.gammaA * xA, p.epsilon, 0, p.gammaB],
    [0, p.gammaA * xA, p.gammaB * xB, 0],
  ];
  const W = rates.map((row, i) => row.map((r, j) => (i === j ? -rates.reduce((s, col) => s + col[j], 0) : r)));
  W[3] = [1, 1, 1, 1]; // normalization replaces the last (dependent) balance equation
  const b = [0, 0, 0, 1];
  for (let k = 0; k < 4; k++) {
    let pivot = k;
    for (let i = k + 1; i < 4; i++) if (Math.abs(W[i][k]) > Math.abs(W[pivot][k])) pivot = i;
    [W[k], W[pivot]] = [W[pivot], W[k]];
    [b[k], b[pivot]] = [b[pivot], b[k]];
    for (let i = k + 1; i < 4; i++) {
      const f = W[i][k] / W[k][k];
      for (let j = k; j < 4; j++) W[i][j] -= f * W[k][j];
      b[i] -= f * b[k];
    }
  }
  const x = [0, 0, 0, 0];
  for (let i = 3; i >= 0; i--) x[i] = (b[i] - W[i].slice(i + 1).reduce((s, w, j) => s + w * x[i + 1 + j], 0)) / W[i][i];
  return x;
}

/** ρ_s = diag(p) as { re, im } 4×4. */
export function steadyState(p: IncoherentParams): { re: number[][]; im: number[][] } {
  const pops = populations(p);
  return { re: pops.map((pi, i) => pops.map((_, j) => (i === j ? pi : 0))), im: pops.map(() => [0, 0, 0, 0]) };
}

/** J_A = ω Γ_A [x_A (p00 + p01) − (p10 + p11)] (energy²). */
export function heatCurrentA(p: IncoherentParams): number {
  const [p00, p01, p10, p11] = populations(p);
  const xA = Math.exp(-p.betaA * p.omegaA);
  return p.omegaA * p.gammaA * (xA * (p00 + p01) - (p10 + p11));
}
