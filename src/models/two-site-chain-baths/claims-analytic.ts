import fc from "fast-check";
import type { LegacyClaim as Claim } from "../../core/claim.js";
import { tolerance } from "../../core/tolerance.js";
import { parameterArbitrary, unitUniform } from "../../evidence/arbitraries.js";
import { checkProperty } from "../../evidence/property.js";
import { complexFromParts, maxAbsDifferenceComplex, multiplyComplex } from "../../numerics/linalg/complex-matrix.js";
import { seededRandom } from "../../numerics/random.js";
import type { Mode } from "./analytic.js";
import {
  distributionNormalisation,
  epaErrorFunctionU,
  epaErrorFunctionUBessel,
  hilbertTransformClosedForm, hilbertTransformNumeric, rotationMatrix, siteHamiltonian, systemEnergies } from "./analytic.js";
import { currentD1, currentsD4D5, equilibriumPopulations, landauerCurrents, steadyStateCorrelation } from "./analytic-steady.js";
import { DOC, MODEL_ID, claimId, compareAll, limitOutcome, params } from "./claim-support.js";
import { applyInterference, applyInterferenceAdjoint, applyInterferenceDiagonalForm, modeOperators } from "./interference-dissipator.js";
import { twoSiteChainBathsParameterSchema } from "./params.js";

/** Identities among the paper's closed forms (no exact dynamics involved). */

const arbitrary = () => parameterArbitrary(twoSiteChainBathsParameterSchema, { fixed: { M: 100, t: 1 } });
const describe = (p: { h: number; delta: number; g: number; Gamma: number; Omega: number; TL: number; TR: number; muL: number; muR: number }) =>
  `h=${p.h}, δ=${p.delta}, g=${p.g}, Γ=${p.Gamma}, Ω=${p.Omega}, T_L=${p.TL}, T_R=${p.TR}, µ_L=${p.muL}, µ_R=${p.muR}`;

const NORMALISATION_TOL = tolerance(0, 1e-9, "band quadrature with relative tolerance 1e-10 (error estimate ≲ 1e-13)");

const normalisation: Claim = {
  id: claimId("normalisation-26"),
  model: MODEL_ID,
  source: { doc: DOC, where: "eq. (26) with (35)–(36)" },
  statement: "Under condition (34) the energy distribution (35) is normalised: ∫dω φ_j(ω) = 1 for j = 1, 2",
  kind: "identity",
  tolerance: NORMALISATION_TOL,
  domain: "E_j > 0 and condition (34); random parameters from the schema's sampling windows",
  verify: (context) =>
    checkProperty(
      {
        arbitrary: arbitrary(),
        measure: (p) => {
          const e = Math.max(...([1, 2] as Mode[]).map((j) => Math.abs(distributionNormalisation(j, p).value - 1)));
          return { error: e, holds: e <= NORMALISATION_TOL.atol, note: `max_j |∫φ_j − 1| = ${e.toExponential(3)}` };
        },
        describe,
      },
      context,
    ),
};

const HILBERT_TOL = tolerance(1e-8, 1e-9, "principal-value quadrature (folded Gauss–Kronrod, relative tolerance 1e-10) of a Lorentzian of width Γ_j");

const hilbert: Claim = {
  id: claimId("hilbert-33-vs-37"),
  model: MODEL_ID,
  source: { doc: DOC, where: "eqs. (33), (37)" },
  statement: "The closed form (37) ϑ_j = [(1 − Γ/2Ω)ω − E_j]φ_j/J_N equals the Hilbert transform (33) P∫dω′ φ_j(ω′)/(ω − ω′) inside the band",
  kind: "identity",
  tolerance: HILBERT_TOL,
  domain: "E_j > 0, condition (34); ω uniform in (−0.95Ω, 0.95Ω)",
  verify: (context) =>
    checkProperty(
      {
        arbitrary: fc.tuple(arbitrary(), unitUniform().map((u) => -0.95 + 1.9 * u), fc.constantFrom<Mode>(1, 2)),
        measure: ([p, x, j]) => {
          const w = x * p.Omega;
          const a = hilbertTransformNumeric(j, w, p).value;
          const b = hilbertTransformClosedForm(j, w, p);
          const err = Math.abs(a - b);
          return { error: err, holds: err <= HILBERT_TOL.atol + HILBERT_TOL.rtol * Math.max(Math.abs(a), Math.abs(b)), note: `ϑ_${j}(${w}) numeric ${a} vs (37) ${b}` };
        },
        describe: ([p, x, j]) => `${describe(p)}, ω=${x * p.Omega}, j=${j}`,
      },
      context,
    ),
};

const ROTATION_TOL = tolerance(0, 1e-13, "double-precision round-off of 2×2 products with entries of order h");

const rotation: Claim = {
  id: claimId("rotation-16-diagonalises"),
  model: MODEL_ID,
  source: { doc: DOC, where: "eqs. (10), (16)–(17)" },
  statement: "R of eq. (16) is orthogonal and R H_S Rᵀ = diag(E_1, E_2) with E_{1,2} = h ± Δ/2",
  kind: "identity",
  tolerance: ROTATION_TOL,
  domain: "g > 0, any δ, h",
  verify: (context) =>
    checkProperty(
      {
        arbitrary: arbitrary(),
        measure: (p) => {
          const R = rotationMatrix(p);
          const H = siteHamiltonian(p);
          const { E1, E2 } = systemEnergies(p);
          let err = 0;
          for (let j = 0; j < 2; j++)
            for (let k = 0; k < 2; k++) {
              let v = 0;
              let o = 0;
              for (let a = 0; a < 2; a++) {
                o += R[j][a] * R[k][a];
                for (let b = 0; b < 2; b++) v += R[j][a] * H[a][b] * R[k][b];
              }
              const target = j !== k ? 0 : j === 0 ? E1 : E2;
              err = Math.max(err, Math.abs(v - target), Math.abs(o - (j === k ? 1 : 0)));
            }
          return { error: err, holds: err <= ROTATION_TOL.atol };
        },
        describe,
      },
      context,
    ),
};

const D1_IDENTITY_TOL = tolerance(1e-8, 1e-14, "three band quadratures with relative tolerance 1e-10 each");

const d1Identity: Claim = {
  id: claimId("current-D1-equals-43"),
  model: MODEL_ID,
  source: { doc: DOC, where: "eqs. (D1), (43), (45), (37)" },
  statement: "The intra-system current (D1) from the NESS equals the Landauer current (43) with T(ω) = (πg²/2)φ_1φ_2, and equals g·Im C_12(∞) of (32)",
  kind: "identity",
  tolerance: D1_IDENTITY_TOL,
  domain: "E_j > 0, condition (34); random temperatures and chemical potentials",
  verify: (context) =>
    checkProperty(
      {
        arbitrary: arbitrary(),
        measure: (p) => {
          const J43 = landauerCurrents(p).particle;
          const JD1 = currentD1(p);
          const J32 = p.g * steadyStateCorrelation(p).im[0][1];
          const err = Math.max(Math.abs(J43 - JD1), Math.abs(J43 - J32));
          const scale = Math.max(Math.abs(J43), Math.abs(JD1));
          return { error: err, holds: err <= D1_IDENTITY_TOL.atol + D1_IDENTITY_TOL.rtol * scale, note: `(43) ${J43}, (D1) ${JD1}, g Im C12 ${J32}` };
        },
        describe,
      },
      context,
    ),
};

const d4Identity: Claim = {
  id: claimId("currents-D4-D5-equal-43-44"),
  model: MODEL_ID,
  source: { doc: DOC, where: "eqs. (D4)–(D5), (43)–(44)" },
  statement: "The general-spectral-density boundary currents (D4)–(D5), evaluated for the Newns density, equal the Landauer formulae (43)–(44)",
  kind: "identity",
  tolerance: tolerance(1e-8, 1e-14, "band quadratures with relative tolerance 1e-10"),
  domain: "E_j > 0, condition (34); random temperatures and chemical potentials",
  verify: (context) =>
    checkProperty(
      {
        arbitrary: arbitrary(),
        measure: (p) => {
          const a = landauerCurrents(p);
          const b = currentsD4D5(p);
          const ep = Math.abs(a.particle - b.particle) / (1e-14 / 1e-8 + Math.abs(a.particle));
          const ee = Math.abs(a.energy - b.energy) / (1e-14 / 1e-8 + Math.abs(a.energy));
          const err = Math.max(Math.abs(a.particle - b.particle), Math.abs(a.energy - b.energy));
          return { error: err, holds: Math.max(ep, ee) <= 1e-8, note: `J^P (43) ${a.particle} vs (D4) ${b.particle}; J^E (44) ${a.energy} vs (D5) ${b.energy}` };
        },
        describe,
      },
      context,
    ),
};

const EQUILIBRIUM_FORM_TOL = tolerance(1e-9, 1e-12, "band quadratures with relative tolerance 1e-10");

const equilibriumForm: Claim = {
  id: claimId("ness-32-equilibrium-38"),
  model: MODEL_ID,
  source: { doc: DOC, where: "eqs. (32), (38)" },
  statement: "For baths in equilibrium with each other (β_L = β_R, µ_L = µ_R) the NESS (32) reduces to C_jk(∞) = δ_jk∫dω φ_j f",
  kind: "identity",
  tolerance: EQUILIBRIUM_FORM_TOL,
  domain: "equal baths: T_R = T_L, µ_R = µ_L; other parameters random",
  verify: (context) =>
    checkProperty(
      {
        arbitrary: arbitrary().map((p) => params({ ...p, TR: p.TL, muR: p.muL })),
        measure: (p) => {
          const C = steadyStateCorrelation(p);
          const pop = equilibriumPopulations(p);
          const err = Math.max(Math.abs(C.re[0][0] - pop[0]), Math.abs(C.re[1][1] - pop[1]), Math.hypot(C.re[0][1], C.im[0][1]));
          return { error: err, holds: err <= EQUILIBRIUM_FORM_TOL.atol + EQUILIBRIUM_FORM_TOL.rtol * Math.max(pop[0], pop[1]), note: `C11 ${C.re[0][0]} vs ${pop[0]}, C22 ${C.re[1][1]} vs ${pop[1]}, |C12| ${Math.hypot(C.re[0][1], C.im[0][1])}` };
        },
        describe,
      },
      context,
    ),
};

/** Random Hermitian 4×4 matrix for the Fock-space identities. */
function randomOperator(next: () => number) {
  const re: number[][] = [];
  const im: number[][] = [];
  for (let i = 0; i < 4; i++) {
    re.push([]);
    im.push([]);
    for (let j = 0; j < 4; j++) {
      re[i].push(next() - 0.5);
      im[i].push(next() - 0.5);
    }
  }
  return complexFromParts(re, im);
}

const LINT68_TOL = tolerance(0, 1e-14, "4×4 products of operators with entries 0, ±1 and rates of order 1");

const lint68: Claim = {
  id: claimId("interference-68"),
  model: MODEL_ID,
  source: { doc: DOC, where: "eqs. (65), (68)" },
  statement: "The interference generator (65) leaves populations invariant, L_int† d_j†d_j = 0, and generates coherence, L_int† d_1†d_2 = Λ⁺_12·1",
  kind: "identity",
  tolerance: LINT68_TOL,
  domain: "any complex Λ⁺_12 (seeded random draws)",
  verify: (context) => {
    const rng = seededRandom(context.seed);
    const next = () => rng.next();
    const { d, dDagger } = modeOperators();
    let worst = 0;
    for (let n = 0; n < 10; n++) {
      const lam = { re: 2 * next() - 1, im: 2 * next() - 1 };
      for (const j of [0, 1]) {
        const r = applyInterferenceAdjoint(lam, multiplyComplex(dDagger[j], d[j]));
        worst = Math.max(worst, ...r.re.map(Math.abs), ...r.im.map(Math.abs));
      }
      const c = applyInterferenceAdjoint(lam, multiplyComplex(dDagger[0], d[1]));
      const target = complexFromParts(
        [0, 1, 2, 3].map((i) => [0, 1, 2, 3].map((k) => (i === k ? lam.re : 0))),
        [0, 1, 2, 3].map((i) => [0, 1, 2, 3].map((k) => (i === k ? lam.im : 0))),
      );
      worst = Math.max(worst, maxAbsDifferenceComplex(c, target));
    }
    return { holds: worst <= LINT68_TOL.atol, measuredError: worst, details: `10 random Λ⁺_12: max entry of L_int†n_j and of L_int†(d_1†d_2) − Λ⁺_12·1: ${worst.toExponential(3)}` };
  },
};

const LINT_F1_TOL = tolerance(0, 1e-14, "4×4 operator products, entries of order 1");

const lintF1: Claim = {
  id: claimId("interference-F1-diagonal-form"),
  model: MODEL_ID,
  source: { doc: DOC, where: "eq. (F1)" },
  statement: "L_int = Σ_j λ_jD[L_j] with λ_1 = −λ_2 = −λ_3 = λ_4 = |Λ⁺_12|, L_1 = L_2† = (d_1 − e^{−iθ}d_2)/√2, L_3 = L_4† = (d_1 + e^{−iθ}d_2)/√2, θ = arg Λ⁺_12 (two negative rates: not a Lindblad generator)",
  kind: "identity",
  tolerance: LINT_F1_TOL,
  domain: "any complex Λ⁺_12, any operator ρ (seeded random draws)",
  verify: (context) => {
    const rng = seededRandom(context.seed);
    const next = () => rng.next();
    let worst = 0;
    for (let n = 0; n < 10; n++) {
      const lam = { re: 2 * next() - 1, im: 2 * next() - 1 };
      const rho = randomOperator(next);
      worst = Math.max(worst, maxAbsDifferenceComplex(applyInterference(lam, rho), applyInterferenceDiagonalForm(lam, rho)));
    }
    return { holds: worst <= LINT_F1_TOL.atol, measuredError: worst, details: `10 random (Λ⁺_12, ρ): max |(65)ρ − (F1)ρ| = ${worst.toExponential(3)}` };
  },
};

const E6_TOL = tolerance(0, 0.005, "u(0) is quoted to two digits (0.54 ± 0.005); the asymptote must be approached with order 2 in 1/τ (Watson's lemma)");

const e6: Claim = {
  id: claimId("epa-bound-E6-normalisation"),
  model: MODEL_ID,
  source: { doc: DOC, where: "eq. (E6) and the text after it" },
  statement: "u(τ) = (√2π)^{−1}∫_0^π e^{−τ sin θ}sin^{1/2}θ dθ has u(0) ≈ 0.54 and τ^{3/2}u(τ) → (2π)^{−1/2} (with the prefactor read as 1/(√2·π)); by Watson's lemma (√sin θ = √θ(1 − θ²/12 + …)) the approach is O(τ^{−2})",
  kind: "limit",
  tolerance: E6_TOL,
  domain: "τ ∈ {100, 200, 400, 800, 1600} for the asymptote",
  verify: () => {
    const u0 = epaErrorFunctionU(0);
    const taus = [100, 200, 400, 800, 1600];
    const errs = taus.map((t) => Math.abs(t ** 1.5 * epaErrorFunctionU(t) - (2 * Math.PI) ** -0.5));
    const lim = limitOutcome(taus.map((t) => 1 / t), errs, 2, 0.15, 1e-3, { h: "1/τ", error: "|τ^{3/2}u − (2π)^{−1/2}|", title: "(E6) asymptote" });
    const ok = Math.abs(u0 - 0.54) <= E6_TOL.atol;
    return { ...lim, holds: lim.holds && ok, measuredError: Math.max(Math.abs(u0 - 0.54), lim.measuredError), details: `u(0) = ${u0.toFixed(5)} (text: 0.54); ${lim.details}` };
  },
};

const e6Bessel: Claim = {
  id: claimId("epa-bound-E6-bessel"),
  model: MODEL_ID,
  source: { doc: DOC, where: "eq. (E6), second line" },
  statement:
    "The Bessel form of (E6), u(τ) = (√(πτ)/2)[I_{−3/4}(τ/2)I_{1/4}(τ/2) − I_{−1/4}(τ/2)I_{3/4}(τ/2)], equals the integral form (√2·π)^{−1}∫_0^π e^{−τ sin θ}sin^{1/2}θ dθ (prefactor √(πτ)/2 read from the garbled \"√πτ/2\")",
  kind: "identity",
  tolerance: tolerance(1e-9, 0, "quadrature of the integral form (relative 1e-12) and the power series of I_ν, whose difference of products cancels by ≈ e^{τ}: relative round-off ≲ 1e-16·e^{10} ≈ 2e-12 at τ = 10"),
  domain: "τ ∈ {0.01, 0.1, 0.5, 1, 2, 5, 10}",
  verify: () =>
    compareAll(
      [0.01, 0.1, 0.5, 1, 2, 5, 10].map((t) => ({ name: `u(${t})`, actual: epaErrorFunctionUBessel(t), expected: epaErrorFunctionU(t) })),
      tolerance(1e-9, 0, "quadrature and series"),
      "the readings √π·τ/2 or π√τ/2 of the prefactor would differ from √(πτ)/2 by the factors √τ or √π, so only √(πτ)/2 can match at all τ",
    ),
};

/** The identities among closed forms. */
export const analyticClaims: readonly Claim[] = [normalisation, hilbert, rotation, d1Identity, d4Identity, equilibriumForm, lint68, lintF1, e6, e6Bessel];
