/** Number formatting shared by the terminal tables. */

/** Three significant digits in exponent form; "—" for null/undefined, "∞" for infinity. */
export function formatError(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  if (!Number.isFinite(value)) return Number.isNaN(value) ? "NaN" : "∞";
  if (value === 0) return "0";
  return value.toExponential(2);
}

/** "rtol 1e-9, atol 0" (golden and solver tolerances; claims print their criterion instead). */
export function formatTolerance(tol: { rtol: number; atol: number }): string {
  const parts = [];
  if (tol.rtol > 0) parts.push(`rtol ${tol.rtol.toExponential(0)}`);
  if (tol.atol > 0) parts.push(`atol ${tol.atol.toExponential(0)}`);
  return parts.join(", ");
}
