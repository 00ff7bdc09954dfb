import { ParameterError } from "../core/errors.js";

/**
 * Reads a user's real number: checks it is a finite number.
 * @throws ParameterError naming `what` and the value returned.
 */
export function readFiniteNumber(value: unknown, what: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) throw new ParameterError(what, typeof value === "number" ? value : String(value), "a finite number");
  return value;
}

/**
 * Reads a user's array of real numbers: checks its length and that every entry is finite.
 * @throws ParameterError naming `what`, the offending entry or the length expected.
 */
export function readFiniteArray(value: unknown, length: number, what: string): readonly number[] {
  if (!Array.isArray(value) && !ArrayBuffer.isView(value)) throw new ParameterError(what, describeValue(value), `an array of ${length} numbers`);
  const v = Array.from(value as ArrayLike<unknown>);
  if (v.length !== length) throw new ParameterError(`${what}.length`, v.length, `${length}`);
  v.forEach((x, i) => {
    if (typeof x !== "number" || !Number.isFinite(x)) throw new ParameterError(`${what}[${i}]`, typeof x === "number" ? x : String(x), "a finite number");
  });
  return v as number[];
}

/** The worst entry of |a_i − b_i|: its index, the two values and the difference. */
export function worstDifference(a: readonly number[], b: readonly number[]): { index: number; mine: number; reference: number; error: number } {
  let worst = { index: 0, mine: a[0] ?? 0, reference: b[0] ?? 0, error: 0 };
  for (let i = 0; i < a.length; i++) {
    const error = Math.abs(a[i] - b[i]);
    if (error > worst.error) worst = { index: i, mine: a[i], reference: b[i], error };
  }
  return worst;
}

/** Σ_i a_i. */
export function sum(a: readonly number[]): number {
  let s = 0;
  for (const x of a) s += x;
  return s;
}

/** How far the entries leave [0, 1]: max_i max(−a_i, a_i − 1, 0), with the index. */
export function outsideUnitInterval(a: readonly number[]): { index: number; value: number; excess: number } {
  let worst = { index: 0, value: a[0] ?? 0, excess: 0 };
  a.forEach((x, i) => {
    const excess = Math.max(-x, x - 1);
    if (excess > worst.excess) worst = { index: i, value: x, excess };
  });
  return worst;
}

function describeValue(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
