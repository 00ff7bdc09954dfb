import type { Claim, Outcome } from "../../core/claim.js";
import { tolerance } from "../../core/tolerance.js";
import { integrate } from "../../numerics/quadrature/gauss-kronrod.js";
import { boseOccupation } from "./analytic.js";
import { claim } from "./claim-support.js";
import type { SymbolicComparison } from "./symbolic.js";
import { deriveEq45, deriveEq47, deriveEq49to51, deriveEq50, deriveEq69to70, deriveEq87 } from "./symbolic.js";

/**
 * Symbolic derivations (nerdamer performs the step, the result is compared with the printed
 * expression symbolically and numerically): (45)–(47), (50), (49)→(51), (69)–(70), (87).
 */

const SYMBOLIC = tolerance(1e-10, 0, "simplify(derived/printed) must be exactly 1 and the two must agree to 1e-10 relative at 8 seeded random points (complex evaluation: round-off only)");

function outcomeOf(parts: Record<string, SymbolicComparison>, extra = ""): Outcome {
  const entries = Object.entries(parts);
  const failed = entries.filter(([, c]) => !c.equivalent);
  const worst = Math.max(...entries.map(([, c]) => c.numericError));
  return {
    holds: failed.length === 0,
    measuredError: worst,
    details:
      entries.map(([k, c]) => `${k}: ${c.equivalent ? "≡" : "≢"} (derived ${c.derived}; printed ${c.printed}; symbolic ${c.symbolicallyEqual}, numeric ${c.numericError.toExponential(1)}${c.note ? `; ${c.note}` : ""})`).join("; ") +
      (extra ? `; ${extra}` : ""),
  };
}

function symbolicClaim(name: string, where: string, statement: string, run: () => Outcome): Claim {
  return claim({ name, where, statement, kind: "identity", tolerance: SYMBOLIC, domain: "symbolic: all positive ω0, γ̂, D, μ, T (numeric checks log-uniform over the physical sampling windows)", verify: run });
}

export const symbolicClaims: readonly Claim[] = [
  symbolicClaim("symbolic-eq47", "eqs. (20), (45)–(47)", "The engine substitutes z = D into g̃(z) (20); (D²/4τ_p)g̃(D) simplifies to (47)", () => outcomeOf({ eq47: deriveEq47() })),
  symbolicClaim("symbolic-eq50", "eqs. (20), (50)", "The engine differentiates g̃(z) (20) and sets z = 0: −g̃′(0) = γ̂/ω0⁴ (50)", () => outcomeOf({ eq50: deriveEq50() })),
  symbolicClaim(
    "symbolic-eq45",
    "eqs. (42), (45)",
    "In the classical limit n_1 − n_2 → (T1 − T2)/ω, the engine's partial fractions and ∫_0^∞dω/(a² + ω²) = π/2a reduce each root term of (42) to −(D/4τ_p)g_nμ_n(T1 − T2)/(D + μ_n), i.e. (45)",
    () => outcomeOf(deriveEq45()),
  ),
  symbolicClaim(
    "symbolic-eq49-51",
    "eqs. (42), (49)–(51)",
    "The engine's small-ω series of μ²/[(D²+ω²)(μ²+ω²)] (coefficients from derivatives), the sum rule Σg_n = 0, the Bose integral ∫ω³(n_1 − n_2)dω = (π⁴/15)(T1⁴ − T2⁴) and (50) give (49), the current (51) and, by ∂/∂T1, the conductance (51)",
    () => {
      const bose = integrate((w) => w ** 3 * (boseOccupation(w, 1.3) - boseOccupation(w, 0.7)), 0, Infinity, { breakpoints: [0.7, 1.3], relTol: 1e-12, absTol: 0 }).value;
      const expected = (Math.PI ** 4 / 15) * (1.3 ** 4 - 0.7 ** 4);
      const boseError = Math.abs(bose - expected) / expected;
      const o = outcomeOf(deriveEq49to51(), `Bose integral at T1 = 1.3, T2 = 0.7: quadrature ${bose.toPrecision(12)} vs π⁴(T1⁴ − T2⁴)/15 = ${expected.toPrecision(12)} (relative ${boseError.toExponential(1)})`);
      return { ...o, holds: o.holds && boseError <= 1e-10, measuredError: Math.max(o.measuredError, boseError) };
    },
  ),
  symbolicClaim(
    "symbolic-eq69-70",
    "eqs. (21), (68)–(70)",
    "First-order perturbation of the cubic (21) by the engine gives μ_3 = D − γ̂_D, Re μ_{1,2} = γ̂_D/2 (Vieta), g_3 = γ̂_D/(D² + ω0²), and the residue at μ_1 = −iω0 is −i/2ω0 (the corrected pairing of (70); the printed +i/2ω0 gives g_1Q′(μ_1) = −(D − μ_1))",
    () => {
      const d = deriveEq69to70();
      const o = outcomeOf({ realPartMu12: d.realPartMu12, shiftMu3: d.shiftMu3, residueG1Corrected: d.residueG1Corrected, residueG3: d.residueG3 }, `printed g_1 = +i/2ω0 gives g_1Q′(μ_1) = ${d.residueG1Printed.derived} instead of D + iω0`);
      return { ...o, holds: o.holds && !d.residueG1Printed.equivalent };
    },
  ),
  symbolicClaim("symbolic-eq87", "eqs. (85)–(87)", "Equating the prefactors of (85) and (86), the engine's ratio gives γ̂² = (π²/2)(ħω0/k_Bθ_D)²ω0², the square of (87)", () => outcomeOf({ eq87: deriveEq87() })),
];
