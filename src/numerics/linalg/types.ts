/**
 * Dense matrices on Float64Array, row-major: element (i, j) of an r×c matrix
 * is data[i * cols + j]. Complex matrices split real and imaginary parts.
 */

export interface RealMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

export interface ComplexMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly re: Float64Array;
  readonly im: Float64Array;
}

/** Eigen-decomposition of a real symmetric matrix: A = V diag(values) Vᵀ, values ascending, eigenvectors in the columns of V. */
export interface SymmetricEigen {
  readonly values: Float64Array;
  readonly vectors: RealMatrix;
}
