/** A mathjs result (number or Complex) as {re, im}, for comparing mathjs evaluations with the exact engine's. */
export function complexValue(value: unknown): { re: number; im: number } {
  if (typeof value === "number") return { re: value, im: 0 };
  const z = value as { re?: unknown; im?: unknown };
  if (typeof z?.re !== "number" || typeof z?.im !== "number") throw new Error(`not a number or complex number: ${String(value)}`);
  return { re: z.re, im: z.im };
}
