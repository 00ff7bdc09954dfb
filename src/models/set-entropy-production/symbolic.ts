import { differentiate, equivalent, substitute, type EquivalenceResult, type VariableRange } from "../../symbolic/index.js";

/**
 * The two single-mode identities behind Sec. II, derived by the symbolic engine (nerdamer via
 * src/symbolic) and compared by equivalent() (engine + numeric spot checks):
 *
 * 1. Clausius → eq. (7): for one fermionic mode of energy e in the grand-canonical state
 *    f = 1/(1 + e^{b(e−m)}), the entropy s = x f + ln(1 + e^{−x}) (x = b(e − m)) obeys
 *    ∂s/∂b = b(e − m) ∂f/∂b and ∂s/∂m = b(e − m) ∂f/∂m, i.e. d𝒮 = β(dE − μ dN) summed over
 *    modes — so −∫dQ/T = Σ_ν Δ𝒮_ν and eq. (4) becomes eq. (7). The engine differentiates.
 * 2. Eq. (14) per mode: D[π(b1, m1)‖π(b0, m0)] = −(s1 − s0) + b0(e − m0)(f1 − f0); the engine
 *    substitutes the Fermi functions into D(p‖q) = p ln(p/q) + (1−p) ln((1−p)/(1−q)).
 *
 * Symbols: eps = ε, b = β, m = μ (b0, m0 initial; b1, m1 at time t).
 * Source: 001_06d9cbfd9396c60e.txt, eqs. (4), (7), (13), (14).
 */

/**
 * Sampling window of the spot checks: |x| = β|ε − μ| ≤ 12, so that 1 − f keeps ≥ 10 significant
 * digits in double precision (at |x| ≳ 37, 1 − f rounds to 0 and ln(1 − f) of the printed D is −∞
 * while the identity itself is fine).
 */
export const SYMBOLIC_DOMAIN: Readonly<Record<string, VariableRange>> = Object.freeze({
  eps: { min: -3, max: 3 },
  b: { min: 0.1, max: 3, scale: "log" },
  m: { min: -1, max: 1 },
  b0: { min: 0.1, max: 3, scale: "log" },
  m0: { min: -1, max: 1 },
  b1: { min: 0.1, max: 3, scale: "log" },
  m1: { min: -1, max: 1 },
});

const SEED = 20140401;
/**
 * Spot-check tolerance: both sides in double precision; at |x| ≤ 12 the form ln(1 − f) loses up to
 * e^{12}·ε ≈ 4e-11 relative, and the two sides of (14) cancel terms of size ~|x| ≤ 12; 1e-8 relative plus 1e-10 absolute
 * (values of D near 0 for nearby states) leaves margin.
 */
export const SYMBOLIC_RTOL = 1e-8;
export const SYMBOLIC_ATOL = 1e-10;

const FERMI = (b: string, m: string) => `1/(1+exp(${b}*(eps-${m})))`;
const ENTROPY = (b: string, m: string) => `${b}*(eps-${m})*${FERMI(b, m)}+log(1+exp(-${b}*(eps-${m})))`;

/** Result of one derivation: the engine's expression and its comparison with the target. */
export interface Derivation {
  readonly derived: string;
  readonly target: string;
  readonly result: EquivalenceResult;
}

let cache: { beta: Derivation; mu: Derivation; eq14: Derivation } | undefined;

/**
 * Runs the derivations (once; the engine runs in a worker under a time limit).
 * Throws SymbolicError when the engine fails.
 */
export function setEntropyDerivations(): { beta: Derivation; mu: Derivation; eq14: Derivation } {
  if (cache) return cache;
  const s = ENTROPY("b", "m");
  const f = FERMI("b", "m");
  const options = { domain: SYMBOLIC_DOMAIN, seed: SEED, points: 24, rtol: SYMBOLIC_RTOL, atol: SYMBOLIC_ATOL };
  const derive = (variable: string): Derivation => {
    const lhs = differentiate(s, variable).toString();
    const rhs = `b*(eps-m)*(${differentiate(f, variable).toString()})`;
    return { derived: lhs, target: rhs, result: equivalent(lhs, rhs, options) };
  };
  const generic = "p*log(p/q)+(1-p)*log((1-p)/(1-q))";
  const d = substitute(generic, { p: FERMI("b1", "m1"), q: FERMI("b0", "m0") }).toString();
  const rhs14 = `-((${ENTROPY("b1", "m1")})-(${ENTROPY("b0", "m0")}))+b0*(eps-m0)*(${FERMI("b1", "m1")}-${FERMI("b0", "m0")})`;
  cache = { beta: derive("b"), mu: derive("m"), eq14: { derived: d, target: rhs14, result: equivalent(d, rhs14, options) } };
  return cache;
}
