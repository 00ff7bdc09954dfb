/**
 * Occupations of a level coupled to free modes (a star Hamiltonian), computed the
 * plain dense way a user would: diagonalize the real symmetric single-particle
 * matrix h = V Λ Vᵀ (ml-matrix), U = e^{−iht} = V e^{−iΛt} Vᵀ, and for a diagonal
 * initial correlation matrix C(0) = diag(c)
 *   n_j(t) = [U† C(0) U]_jj = Σ_i c_i |U_ij|².
 * O(n³). No qtherm code is used: this is the independent solver behind the
 * set-entropy-production and resonant-level-probes examples of checkSolver.
 * Units ħ = 1.
 */
import { EigenvalueDecomposition, Matrix } from "ml-matrix";

/** The star matrix [[ε_d, vᵀ], [v, diag(ε)]]: level first, then the modes in the given order. */
export function starMatrix(levelEnergy: number, modeEnergies: readonly number[], hoppings: readonly number[]): number[][] {
  const n = 1 + modeEnergies.length;
  const h = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  h[0][0] = levelEnergy;
  modeEnergies.forEach((e, k) => {
    h[k + 1][k + 1] = e;
    h[0][k + 1] = hoppings[k];
    h[k + 1][0] = hoppings[k];
  });
  return h;
}

/** The single-particle evolution of one Hamiltonian: eigen-decomposition done once, occupations at any t. */
export interface DenseEvolution {
  /** n_j(t) = Σ_i c_i |U_ij|² for C(0) = diag(initial). */
  occupations(initial: readonly number[], t: number): number[];
  /** The coupling energy ⟨V̂⟩ = 2 Σ_j v_j Re C_0j(t), C_0j = ⟨c_0†c_j⟩ (level index 0, mode j ≥ 1 with hopping v_j = hoppings[j − 1]). */
  couplingEnergy(initial: readonly number[], hoppings: readonly number[], t: number): number;
}

/** Diagonalizes h (real symmetric) once. */
export function denseEvolution(h: number[][]): DenseEvolution {
  const n = h.length;
  const eig = new EigenvalueDecomposition(new Matrix(h), { assumeSymmetric: true });
  const lambda = eig.realEigenvalues;
  const V = eig.eigenvectorMatrix.to2DArray();
  /** U = V e^{−iΛt} Vᵀ as real and imaginary parts. */
  const propagator = (t: number) => {
    const re = Array.from({ length: n }, () => new Float64Array(n));
    const im = Array.from({ length: n }, () => new Float64Array(n));
    const c = lambda.map((l) => Math.cos(l * t));
    const s = lambda.map((l) => -Math.sin(l * t));
    for (let i = 0; i < n; i++) {
      for (let j = i; j < n; j++) {
        let r = 0;
        let m = 0;
        for (let k = 0; k < n; k++) {
          const w = V[i][k] * V[j][k];
          r += w * c[k];
          m += w * s[k];
        }
        re[i][j] = re[j][i] = r;
        im[i][j] = im[j][i] = m;
      }
    }
    return { re, im };
  };
  return {
    occupations(initial, t) {
      const U = propagator(t);
      const out = new Array<number>(n).fill(0);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out[j] += initial[i] * (U.re[i][j] ** 2 + U.im[i][j] ** 2);
      return out;
    },
    couplingEnergy(initial, hoppings, t) {
      // C_0j(t) = Σ_i c_i conj(U_i0) U_ij
      const U = propagator(t);
      let energy = 0;
      for (let j = 1; j < n; j++) {
        let re = 0;
        for (let i = 0; i < n; i++) re += initial[i] * (U.re[i][0] * U.re[i][j] + U.im[i][0] * U.im[i][j]);
        energy += 2 * hoppings[j - 1] * re;
      }
      return energy;
    },
  };
}

/** Fermi function 1/(e^{β(ε−μ)} + 1), written without overflow. */
export function fermi(energy: number, beta: number, mu: number): number {
  const x = beta * (energy - mu);
  return x > 0 ? Math.exp(-x) / (1 + Math.exp(-x)) : 1 / (1 + Math.exp(x));
}
