import type { Claim } from "../core/claim.js";

/**
 * Selects claims by pattern: a glob over ids ('*' matches any run of characters)
 * or, without '*', an exact id (that claim alone) or else an id prefix
 * ('coupled-tls' selects the whole model, 'coupled-tls/heat' its heat claims).
 * Several patterns separated by commas select the union, in catalog order
 * ('coupled-tls/hot-to-cold,*-derivation').
 */
export function selectClaims(claims: readonly Claim[], pattern?: string): Claim[] {
  if (pattern === undefined || pattern === "") return [...claims];
  if (pattern.includes(",")) {
    const chosen = new Set(pattern.split(",").filter((p) => p.trim() !== "").flatMap((p) => selectOne(claims, p.trim())));
    return claims.filter((c) => chosen.has(c));
  }
  return selectOne(claims, pattern);
}

function selectOne(claims: readonly Claim[], pattern: string): Claim[] {
  if (pattern.includes("*")) {
    const regex = new RegExp(`^${pattern.split("*").map(escapeRegExp).join(".*")}$`);
    return claims.filter((c) => regex.test(c.id));
  }
  const exact = claims.filter((c) => c.id === pattern);
  if (exact.length > 0) return exact;
  return claims.filter((c) => c.id.startsWith(pattern));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
}
