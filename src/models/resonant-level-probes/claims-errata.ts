import type { LegacyClaim as Claim, Erratum, Outcome } from "../../core/claim.js";
import { closeness, tolerance } from "../../core/tolerance.js";
import { integrate } from "../../numerics/quadrature/gauss-kronrod.js";
import { fermiOfArgument } from "../../numerics/special.js";
import { modelGrids, resolveResonantLevelParams } from "./params.js";
import { fermiOccupations } from "./analytic.js";
import { probeCurrentDensity } from "./probes.js";
import { exactModel, exactOccupations } from "./exact.js";
import { MARKOV_CONSTANT } from "./markov-error.js";

/**
 * Erratum: the sign of the printed energy-resolved probe current. The text defines
 * i_G ≡ d/dt Σ_g ⟨c_g† c_g⟩ ("current into G") but prints
 * i_G(ε) = (2Γ_G/π)[Γ_R(f_G − f_R) + Γ_L(f_G − f_L)]/((ε − ε_d)² + Γ²), which is positive when
 * G is more occupied than the grains, i.e. when particles leave G. The exact evolution with
 * a probe held off its condition (μ_G = 0.1) decides: ∫ i_G(ε) dε = −d/dt N_G.
 * The probe conditions i_G = 0 and i_G(ε) = 0 do not depend on the sign, so no result of
 * the paper is affected. Source: 000_801d121c3abe0574.txt, text after eq. (9).
 */

const MODEL = "resonant-level-probes";
const DOC = "000_801d121c3abe0574.txt";
const PRINTED_ID = `${MODEL}/probe-current-sign-printed`;
const CORRECTED_ID = `${MODEL}/probe-current-sign-corrected`;

const erratumText = {
  printed: "i_G(ε) = (2Γ_G/π)[Γ_R(f_G − f_R) + Γ_L(f_G − f_L)]/((ε − ε_d)² + Γ²) is the current into G, ∫ i_G dε = d/dt Σ_g ⟨c_g† c_g⟩",
  corrected: "the current into G is i_G(ε) = (2Γ_G/π)[Γ_R(f_R − f_G) + Γ_L(f_L − f_G)]/((ε − ε_d)² + Γ²) (the printed expression is the current from G into the dot)",
  explanation:
    "sign convention: the printed expression is positive when f_G exceeds the grains' occupations, i.e. when G empties; exact evolution of a probe held at μ_G = 0.1 gives d/dt N_G = −∫ i_G^printed dε. The zero-current conditions (voltage and dephasing probe) are unaffected.",
};

/** Exact d/dt N_G (central difference) and ∫ i_G^printed dε for a probe held off its condition. */
function measure(): { rate: number; printedIntegral: number } {
  const p = resolveResonantLevelParams({ probe: "dephasing", GammaG: 0.1 });
  const muG = 0.1;
  const fG = fermiOccupations(modelGrids(p).G!.energies, p.beta, muG);
  const m = exactModel(p, { initial: { G: fG } });
  const NG = (t: number) => {
    const o = exactOccupations(m, t);
    let s = 0;
    for (let i = m.layout.G!.start; i < m.layout.size; i++) s += o[i];
    return s;
  };
  const t = 400;
  const rate = (NG(t + 1) - NG(t - 1)) / 2;
  const printedIntegral = integrate(
    (e) => probeCurrentDensity(e, fermiOfArgument(p.beta * (e - muG)), fermiOfArgument(p.beta * (e - p.muL)), fermiOfArgument(p.beta * (e - p.muR)), p),
    -p.D,
    p.D,
    { breakpoints: [p.muR, muG, p.muL], relTol: 1e-10 },
  ).value;
  return { rate, printedIntegral };
}

const tol = tolerance(
  MARKOV_CONSTANT * 0.15,
  0,
  `QSS wide-band formula vs finite grains at Γ/D = 0.15 (Γ_G = 0.1): first-order Markov/band error c·Γ/D with the model's measured constant c = ${MARKOV_CONSTANT} (markov-error.ts; Γ/D = 0.15 is the edge of the regime where c was measured): ${(MARKOV_CONSTANT * 0.15).toFixed(4)} relative; central difference with h = 1 and QSS transients e^{−Γt} at Γt = 60 are negligible`,
);
const domain = "N = N_G = 500, D = 1, Γ_L = Γ_R = 0.025, Γ_G = 0.1, β = 200, μ_L = −μ_R = 0.2, ε_d = 0, probe at μ_G = 0.1 (off its condition), t = 400";

function claim(role: "printed" | "corrected"): Claim {
  const erratum: Erratum = { role, partner: role === "printed" ? CORRECTED_ID : PRINTED_ID, ...erratumText };
  return {
    id: role === "printed" ? PRINTED_ID : CORRECTED_ID,
    model: MODEL,
    source: { doc: DOC, where: "text after eq. (9) (energy-resolved current into G)" },
    statement: role === "printed" ? erratumText.printed : erratumText.corrected,
    kind: "agreement",
    tolerance: tol,
    domain,
    erratum,
    verify: (): Outcome => {
      const { rate, printedIntegral } = measure();
      const claimed = role === "printed" ? printedIntegral : -printedIntegral;
      const c = closeness(claimed, rate, tol);
      return {
        holds: c.close,
        measuredError: c.relativeError,
        details: `exact d/dt N_G = ${rate.toExponential(6)}; ${role === "printed" ? "" : "−"}∫ i_G^printed dε = ${claimed.toExponential(6)}; relative difference ${c.relativeError.toExponential(3)}`,
      };
    },
  };
}

/** The erratum pair of the probe-current sign. */
export const errataClaims: readonly Claim[] = [claim("printed"), claim("corrected")];
