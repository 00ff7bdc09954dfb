import { complexFromParts } from "../../../src/numerics/linalg/complex-matrix.js";
import type { ComplexMatrix } from "../../../src/numerics/linalg/types.js";
import { seededRandom } from "../../../src/numerics/random.js";
import { lindbladGenerator, type LindbladGenerator } from "../../../src/physics/lindblad/lindblad-generator.js";

/** A random d×d complex matrix with standard-normal entries (seeded). */
export function randomComplex(d: number, seed: number): ComplexMatrix {
  const rng = seededRandom(seed);
  const rows = (): number[][] => Array.from({ length: d }, () => Array.from({ length: d }, () => rng.normal()));
  return complexFromParts(rows(), rows());
}

/** A random Hermitian matrix (X + X†)/2. */
export function randomHermitian(d: number, seed: number): ComplexMatrix {
  const x = randomComplex(d, seed);
  const re = new Float64Array(d * d);
  const im = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < d; j++) {
      re[i * d + j] = 0.5 * (x.re[i * d + j] + x.re[j * d + i]);
      im[i * d + j] = 0.5 * (x.im[i * d + j] - x.im[j * d + i]);
    }
  }
  return { rows: d, cols: d, re, im };
}

/** A random density matrix X X†/tr(X X†). */
export function randomDensityMatrix(d: number, seed: number): ComplexMatrix {
  const x = randomComplex(d, seed);
  const re = new Float64Array(d * d);
  const im = new Float64Array(d * d);
  let trace = 0;
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < d; j++) {
      let sr = 0;
      let si = 0;
      for (let k = 0; k < d; k++) {
        // x_ik conj(x_jk)
        sr += x.re[i * d + k] * x.re[j * d + k] + x.im[i * d + k] * x.im[j * d + k];
        si += x.im[i * d + k] * x.re[j * d + k] - x.re[i * d + k] * x.im[j * d + k];
      }
      re[i * d + j] = sr;
      im[i * d + j] = si;
    }
    trace += re[i * d + i];
  }
  return { rows: d, cols: d, re: re.map((v) => v / trace), im: im.map((v) => v / trace) };
}

/** A random generator: Hermitian H and `jumps` random jump operators with rates in (0.1, 1.1). */
export function randomGenerator(d: number, jumps: number, seed: number): LindbladGenerator {
  const rng = seededRandom(seed + 7919);
  return lindbladGenerator(
    randomHermitian(d, seed),
    Array.from({ length: jumps }, (_, k) => ({ operator: randomComplex(d, seed * 31 + k + 1), rate: 0.1 + rng.next() })),
  );
}
