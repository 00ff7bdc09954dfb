import { ParameterError } from "../core/errors.js";
import type { ComplexMatrixParts } from "./solver-interfaces.js";

/**
 * Reads a user's complex matrix: checks it is n×n with finite entries.
 * @throws ParameterError naming `what`, the offending entry and the shape allowed.
 */
export function readComplexMatrix(value: unknown, n: number, what: string): ComplexMatrixParts {
  const v = value as Partial<ComplexMatrixParts> | null;
  if (typeof v !== "object" || v === null || !Array.isArray(v.re) || !Array.isArray(v.im)) {
    throw new ParameterError(what, describeValue(value), `{ re, im }: two ${n}×${n} arrays of numbers`);
  }
  for (const part of ["re", "im"] as const) {
    const rows = v[part]!;
    if (rows.length !== n) throw new ParameterError(`${what}.${part}`, `${rows.length} rows`, `${n} rows`);
    rows.forEach((row, i) => {
      if (!Array.isArray(row) || row.length !== n) throw new ParameterError(`${what}.${part}[${i}]`, describeValue(row), `an array of ${n} numbers`);
      row.forEach((x, j) => {
        if (typeof x !== "number" || !Number.isFinite(x)) throw new ParameterError(`${what}.${part}[${i}][${j}]`, x, "a finite number");
      });
    });
  }
  return v as ComplexMatrixParts;
}

/** max_ij |A_ij − B_ij| over complex entries. */
export function maxAbsDifference(a: ComplexMatrixParts, b: ComplexMatrixParts): number {
  let worst = 0;
  for (let i = 0; i < a.re.length; i++) {
    for (let j = 0; j < a.re.length; j++) worst = Math.max(worst, Math.hypot(a.re[i][j] - b.re[i][j], a.im[i][j] - b.im[i][j]));
  }
  return worst;
}

/** max_ij |A_ij| over complex entries. */
export function maxAbs(a: ComplexMatrixParts): number {
  let worst = 0;
  for (let i = 0; i < a.re.length; i++) for (let j = 0; j < a.re.length; j++) worst = Math.max(worst, Math.hypot(a.re[i][j], a.im[i][j]));
  return worst;
}

/** max_ij |A_ij − conj(A_ji)|: zero for a Hermitian matrix. */
export function hermiticityError(a: ComplexMatrixParts): number {
  let worst = 0;
  for (let i = 0; i < a.re.length; i++) {
    for (let j = 0; j < a.re.length; j++) worst = Math.max(worst, Math.hypot(a.re[i][j] - a.re[j][i], a.im[i][j] + a.im[j][i]));
  }
  return worst;
}

/** The complex matrix as plain nested arrays (for counterexamples in reports). */
export function toPlain(a: ComplexMatrixParts): { re: number[][]; im: number[][] } {
  return { re: a.re.map((r) => [...r]), im: a.im.map((r) => [...r]) };
}

function describeValue(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
