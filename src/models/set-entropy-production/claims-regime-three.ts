import type { LegacyClaim as Claim } from "../../core/claim.js";
import { tolerance } from "../../core/tolerance.js";
import { MODEL, source } from "./claim-support.js";
import { systemBathInformation } from "./entropy-observables.js";
import { paperCase } from "./params.js";
import { setSystem } from "./system.js";
import { logGammaTimes, populationTrajectory, windowMean } from "./trajectory.js";

/**
 * Claims about regime III and the Γ-dependence (Sec. IV B, Figs. 5–6) that need only
 * population observables or I_{S−B} (both O(n²) per point), so they run at the paper's
 * K = 1000 within the CI budget. Source: 001_06d9cbfd9396c60e.txt, Sec. IV B.
 */

const WINDOW = logGammaTimes(5, 8, 2);

export const regimeThreeClaims: readonly Claim[] = [
  {
    id: `${MODEL}/finite-bath-effect-largest`,
    model: MODEL,
    source: source("Sec. IV B (Fig. 6 top row)"),
    statement: "In regime III the finite-bath effect D^eq_env is the largest term: it exceeds Σ itself (hence every component of (12))",
    kind: "agreement",
    domain: "cases (a) and (b), K = 1000, Γ = 3, regime-III means over Γt ∈ [1e5, 1e8]",
    tolerance: tolerance(0, 1, "ratio ⟨D^eq_env⟩/⟨Σ⟩ must exceed 1 (dimensionless); regime-III fluctuations of both are ≤ 3% (measured), far below the measured ratios 4.7 and 2.6"),
    verify: () => {
      const ratios = (["a", "b"] as const).map((w) => {
        const t = populationTrajectory(paperCase(w), WINDOW);
        return windowMean(t, 1e5, 1e8, (p) => p.finiteBathEffect) / windowMean(t, 1e5, 1e8, (p) => p.entropyProduction);
      });
      return { holds: Math.min(...ratios) > 1, measuredError: Math.min(...ratios), details: `⟨D^eq_env⟩/⟨Σ⟩ = ${ratios[0].toFixed(2)} (a), ${ratios[1].toFixed(2)} (b)` };
    },
  },
  {
    id: `${MODEL}/coupling-insensitivity`,
    model: MODEL,
    source: source("Sec. IV B (Fig. 6: 'all quantities are fairly constant as a function of coupling strength')"),
    statement: "The regime-III entropy production ⟨Σ⟩ is fairly constant in Γ: over Γ = 3 … 300 it varies by at most 20% of its mean",
    kind: "agreement",
    domain: "case (a), K = 1000, Γ ∈ {3, 10, 30, 100, 300}, regime-III means over Γt ∈ [1e5, 1e8]",
    tolerance: tolerance(0.2, 0, "'fairly constant' read as a spread (max − min)/mean ≤ 20%; regime-III fluctuations contribute ≲ 3% (measured)"),
    verify: () => {
      const gammas = [3, 10, 30, 100, 300];
      const values = gammas.map((g) => windowMean(populationTrajectory(paperCase("a", { gammaL: g, gammaR: g }), WINDOW), 1e5, 1e8, (p) => p.entropyProduction));
      const mean = values.reduce((s, v) => s + v, 0) / values.length;
      const spread = (Math.max(...values) - Math.min(...values)) / mean;
      return { holds: spread <= 0.2, measuredError: spread, details: `⟨Σ⟩ = ${values.map((v, i) => `${v.toFixed(1)} (Γ = ${gammas[i]})`).join(", ")}; spread ${(100 * spread).toFixed(1)}% of the mean` };
    },
  },
  {
    id: `${MODEL}/system-bath-settles-early`,
    model: MODEL,
    source: source("Sec. IV B (Fig. 5: 'I_{S−B} settles to an almost perfectly constant value already at the very early stages in regime II')"),
    statement: "I_{S−B}(t) is constant to within 2% from Γt = 10² (early regime II) to 10⁸",
    kind: "agreement",
    domain: "cases (a) and (b), K = 1000, Γ = 3, Γt = 10², 10³, …, 10⁸",
    tolerance: tolerance(0.02, 0, "'almost perfectly constant': (max − min)/mean ≤ 2% (measured 0.2%); the other terms change by factors of 2–10 over the same range"),
    verify: () => {
      const rows: string[] = [];
      let worst = 0;
      for (const w of ["a", "b"] as const) {
        const system = setSystem(paperCase(w));
        const values = logGammaTimes(2, 8, 1).map((gt) => systemBathInformation(system, gt / 3));
        const mean = values.reduce((s, v) => s + v, 0) / values.length;
        const spread = (Math.max(...values) - Math.min(...values)) / mean;
        worst = Math.max(worst, spread);
        rows.push(`(${w}): I_S−B ∈ [${Math.min(...values).toFixed(4)}, ${Math.max(...values).toFixed(4)}] nats`);
      }
      return { holds: worst <= 0.02, measuredError: worst, details: `${rows.join("; ")}; worst spread ${(100 * worst).toFixed(2)}%` };
    },
  },
];
