/** Dense linear algebra on Float64Array: real and complex matrices, eigensolvers, expm, LU solves, null spaces. */
export * from "./types.js";
export * from "./real-matrix.js";
export * from "./complex-matrix.js";
export * from "./tridiagonal-ql.js";
export * from "./symmetric-eigen.js";
export * from "./hermitian-eigenvalues.js";
export * from "./lu-solve.js";
export * from "./expm.js";
export * from "./null-space.js";
export * from "./arrowhead-eigen.js";
export * from "./arrowhead-factors.js";
export * from "./arrowhead-apex-row.js";
