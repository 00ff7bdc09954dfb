import type { LegacyClaim as Claim, Outcome, VerifyContext } from "../../core/claim.js";
import { tolerance } from "../../core/tolerance.js";
import { checkProperty } from "../../evidence/property.js";
import { parameterArbitrary } from "../../evidence/arbitraries.js";
import { densePropagator } from "../../physics/gaussian-fermions/dense-propagator.js";
import type { ResonantLevelParams } from "./params.js";
import { resonantLevelParameterSchema } from "./params.js";
import { quasiSteadyCurrent, totalOccupation } from "./analytic.js";
import { initialQleSystem, probeCurrentDensity, voltageProbeMuFermi } from "./probes.js";
import { denseHamiltonian, exactEnergy, exactModel, exactOccupations } from "./exact.js";
import { fermiOfArgument } from "../../numerics/special.js";

/**
 * Invariants over random parameters (fast-check through checkProperty): bounds and
 * conservation laws of the exact evolution, star vs dense propagator, zero current at
 * zero bias, and the voltage-probe condition checked by an independent quadrature.
 */

const MODEL = "resonant-level-probes";
const DOC = "000_801d121c3abe0574.txt";

const describe = (p: ResonantLevelParams) =>
  `N=${p.N}, NG=${p.NG}, D=${p.D.toPrecision(4)}, εd=${p.epsilonD.toPrecision(4)}, ΓL=${p.GammaL.toPrecision(3)}, ΓR=${p.GammaR.toPrecision(3)}, ΓG=${p.GammaG.toPrecision(3)}, β=${p.beta.toPrecision(4)}, μL=${p.muL.toPrecision(3)}, μR=${p.muR.toPrecision(3)}, probe=${p.probe}, grid=${p.grid}, t=${p.t.toPrecision(4)}`;

function propertyClaim(
  name: string,
  where: string,
  statement: string,
  tol: ReturnType<typeof tolerance>,
  domain: string,
  measure: (p: ResonantLevelParams) => { error: number; holds: boolean; note?: string },
  options: Parameters<typeof parameterArbitrary<ResonantLevelParams>>[1] = { fixed: { reservoir: "L" } },
): Claim {
  // default sampling windows of the schema: N, N_G ∈ [20, 80], any probe and grid, t ∈ [0, 300]
  const arbitrary = parameterArbitrary(resonantLevelParameterSchema, options);
  return {
    id: `${MODEL}/${name}`,
    model: MODEL,
    source: { doc: DOC, where },
    statement,
    kind: "invariant",
    tolerance: tol,
    domain,
    verify: (context: VerifyContext): Outcome => checkProperty({ arbitrary, measure, describe }, context),
  };
}

const boundsTol = tolerance(0, 1e-12, "rounding of the O(n) sums Σ_l f_l|U_lj|² with n ≤ 241 terms of size ≤ 1: a few n·ε ≈ 10⁻¹³");
const occupationsBounded = propertyClaim(
  "occupations-bounded",
  "eq. (10)",
  "Exact occupations of every mode (dot, L, R, G) stay in [0, 1]",
  boundsTol,
  "N, N_G ∈ [20, 80], D ∈ [0.5, 2], |ε_d| ≤ 0.3, Γ_ν ∈ [0.01, 0.1], Γ_G ∈ [0.05, 0.5], β ∈ [5, 200], |μ_ν| ≤ 0.4, any probe and grid, t ∈ [0, 300]",
  (p) => {
    const occ = exactOccupations(exactModel(p), p.t);
    let worst = 0;
    for (const x of occ) worst = Math.max(worst, -x, x - 1);
    return { error: Math.max(worst, 0), holds: worst <= boundsTol.atol, note: `min/max violation ${worst.toExponential(3)}` };
  },
);

const conservationTol = tolerance(1e-11, 0, "unitarity of the star propagator to rounding: relative error of Σ_j n_j ≈ n·ε·(1 + ‖h‖|t|·ε) ≲ 10⁻¹³, 10⁻¹¹ leaves a margin for t‖h‖ ≤ 600");
const particleConservation = propertyClaim(
  "particle-number-conserved",
  "eq. (10), text before Fig. 1 (\"the number of electrons … is fixed\")",
  "The exact evolution conserves the total particle number Σ_j ⟨c_j† c_j⟩ (dot + L + R + G)",
  conservationTol,
  "as occupations-bounded",
  (p) => {
    const m = exactModel(p);
    const n0 = totalOccupation(m.initial);
    const n1 = totalOccupation(exactOccupations(m, p.t));
    const rel = Math.abs(n1 - n0) / Math.max(n0, 1);
    return { error: rel, holds: rel <= conservationTol.rtol, note: `N(0) = ${n0}, N(t) = ${n1}` };
  },
);

const energyConservation = propertyClaim(
  "energy-conserved",
  "text before Fig. 1 (\"energy is conserved only in the elastic scattering scenario\"), eq. (10)",
  "Without probe the exact evolution conserves the energy ⟨H_0⟩ = Tr(h C(t)) of dot + grains",
  conservationTol,
  "as occupations-bounded with probe = 'none'",
  (p) => {
    const m = exactModel(p);
    const e0 = exactEnergy(m, 0);
    const e1 = exactEnergy(m, p.t);
    const scale = p.D * Math.max(totalOccupation(m.initial), 1);
    const rel = Math.abs(e1 - e0) / scale;
    return { error: rel, holds: rel <= conservationTol.rtol, note: `E(0) = ${e0}, E(t) = ${e1}` };
  },
  { fixed: { reservoir: "L", probe: "none" } },
);

const starDenseTol = tolerance(0, 1e-10, "two algorithms for the same e^{−iht}: dense QL eigenvectors carry backward error ≈ n·ε‖h‖, times t ≤ 300 ⇒ ≲ 10⁻¹¹ in |U|²");
const starVsDense = propertyClaim(
  "star-equals-dense",
  "eq. (10) (exact method)",
  "The O(n²) star/arrowhead propagator gives the same occupations as the dense O(n³) diagonalisation",
  starDenseTol,
  "N ∈ [20, 40], N_G ∈ [20, 40], other parameters as occupations-bounded",
  (p) => {
    const star = exactOccupations(exactModel(p), p.t);
    const dense = densePropagator(denseHamiltonian(p)).occupations(p.t, exactModel(p).initial);
    let worst = 0;
    for (let i = 0; i < star.length; i++) worst = Math.max(worst, Math.abs(star[i] - dense[i]));
    return { error: worst, holds: worst <= starDenseTol.atol };
  },
  { fixed: { reservoir: "L" }, sampling: { N: { min: 20, max: 40, scale: "linear" }, NG: { min: 20, max: 40, scale: "linear" } } },
);

const zeroBiasTol = tolerance(0, 4e-15, "identical L and R grids and Fermi functions: the two sums cancel term by term up to rounding — worst case 2·N·ε·S for two N-term sums of size S ≲ 0.1, N ≤ 80 sampled: 2·80·2.2·10⁻¹⁶·0.1 ≈ 3.6·10⁻¹⁵");
const zeroBias = propertyClaim(
  "zero-bias-zero-current",
  "text after eq. (9) (standard current expression)",
  "At zero bias (μ_L = μ_R) the quasi-steady current into L vanishes, with or without a probe at its condition",
  zeroBiasTol,
  "midpoint grid, N_G = N (all grids coincide), μ_R = μ_L, other parameters random",
  (p) => {
    const q = { ...p, muR: p.muL, NG: p.N };
    const i = quasiSteadyCurrent(initialQleSystem(q), "L");
    return { error: Math.abs(i), holds: Math.abs(i) <= zeroBiasTol.atol, note: `i_L = ${i}` };
  },
  { fixed: { reservoir: "L", grid: "midpoint" } },
);

const voltageTol = tolerance(0, 1e-9, "composite Simpson rule with h = 2·10⁻⁵ on [−D, D]: error ≈ h⁴·β⁴·max|f′′′′|/180 ≲ 10⁻¹¹ of the current scale; 10⁻⁹ absorbs the Newton stopping tolerance");
const voltageCondition = propertyClaim(
  "voltage-probe-condition",
  "text after eq. (9): i_G = ∫ i_G(ε) dε = 0, Newton–Raphson",
  "μ_G found by Newton–Raphson makes the probe current vanish, checked by an independent composite-Simpson integration of the printed i_G(ε)",
  voltageTol,
  "probe = 'voltage', N = 20 (the grid does not enter), other parameters random",
  (p) => {
    const mu = voltageProbeMuFermi(p).muG;
    const steps = Math.ceil((2 * p.D) / 2e-5 / 2) * 2;
    const h = (2 * p.D) / steps;
    let s = 0;
    for (let k = 0; k <= steps; k++) {
      const e = -p.D + k * h;
      const w = k === 0 || k === steps ? 1 : k % 2 === 1 ? 4 : 2;
      s += w * probeCurrentDensity(e, fermiOfArgument(p.beta * (e - mu)), fermiOfArgument(p.beta * (e - p.muL)), fermiOfArgument(p.beta * (e - p.muR)), p);
    }
    const current = (s * h) / 3;
    return { error: Math.abs(current), holds: Math.abs(current) <= voltageTol.atol, note: `μ_G = ${mu}, i_G = ${current}` };
  },
  { fixed: { reservoir: "L", probe: "voltage", N: 20 } },
);

/** The invariant claims of the model. */
export const invariantClaims: readonly Claim[] = [occupationsBounded, particleConservation, energyConservation, starVsDense, zeroBias, voltageCondition];
