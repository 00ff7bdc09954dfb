/** The arrowhead matrix and the options of its eigensolver (types only; the solver is arrowhead-eigen.ts). */

/**
 * A real symmetric arrowhead ("star") matrix of size n = 1 + diagonal.length:
 *   A = [[apex, borderᵀ], [border, diag(diagonal)]],
 * i.e. A_00 = apex, A_{0,j+1} = A_{j+1,0} = border[j], A_{j+1,j+1} = diagonal[j],
 * all other entries 0. Index 0 is the apex (the level coupled to all others).
 */
export interface ArrowheadMatrix {
  readonly apex: number;
  readonly diagonal: Float64Array;
  readonly border: Float64Array;
}

/** Control parameters of the arrowhead eigensolver. */
export interface ArrowheadEigenOptions {
  /**
   * Deflation tolerance relative to s, the smallest power of two ≥ the norm bound
   * N = max(|apex|, |d|) + ‖z‖₂ ≥ ‖A‖₂ (so N ≤ s < 2N): couplings |z_j| ≤ tol·s are
   * dropped and diagonal entries within tol·s of each other are merged (each change
   * moves eigenvalues by at most tol·s). Default 8ε (LAPACK dlaed2). Must lie in
   * [0, 1e-3].
   */
  readonly deflationTolerance?: number;
}
