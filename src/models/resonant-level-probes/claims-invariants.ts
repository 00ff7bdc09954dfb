import type fc from "fast-check";
import type { JudgedClaim } from "../../core/claim.js";
import { close, sign, type Criterion } from "../../core/criterion.js";
import { measure, type Measurement } from "../../core/measurement.js";
import { parameterArbitrary, type ArbitraryOptions } from "../../evidence/arbitraries.js";
import { fermiOfArgument } from "../../numerics/special.js";
import { densePropagator } from "../../physics/gaussian-fermions/dense-propagator.js";
import { initialQleSystem, probeCurrentDensity, quasiSteadyCurrent, totalOccupation } from "./analytic.js";
import { denseHamiltonian, exactEnergy, exactModel, exactOccupations } from "./exact.js";
import { resonantLevelParameterSchema, type ResonantLevelParams } from "./params.js";
import { voltageProbeMuFermi } from "./probes.js";
import { describeParams, kit } from "./claims-support.js";

/**
 * Invariants over random parameters (fast-check, each sample judged by the claim's criterion):
 * bounds and conservation laws of the exact evolution, star vs dense propagator, zero current at
 * zero bias, and the voltage-probe condition checked by an independent quadrature.
 * Source: 000_801d121c3abe0574.txt, eqs. (9), (10) and the text around them.
 */

/** One invariant: where in the source, what it says, its domain, criterion and per-sample measurement. */
interface InvariantRow {
  readonly name: string;
  readonly where: string;
  readonly statement: string;
  readonly domain: string;
  readonly criterion: Criterion;
  /** Every invariant here is true by construction of the numerics for any parameters: it tests the code. */
  readonly solverCheck: true;
  /** Narrowing of the schema's default windows (N, N_G ∈ [20, 80], any probe and grid, t ∈ [0, 300]); reservoir L always. */
  readonly options?: ArbitraryOptions<ResonantLevelParams>;
  readonly measure: (p: ResonantLevelParams) => Measurement;
}

const CONSERVATION = close({
  atol: 1e-11,
  reason: "unitarity of the star propagator to rounding: relative error of Σ_j n_j (of ⟨H⟩ over D·N) ≈ n·ε·(1 + ‖h‖|t|·ε) ≲ 10⁻¹³, 10⁻¹¹ leaves a margin for t‖h‖ ≤ 600",
});

/** (after − before)/scale against 0: the relative drift of a conserved quantity. */
const drift = (label: string, before: number, after: number, scale: number) => measure.pair(`(${label}(t) − ${label}(0))/scale with ${label}(0) = ${before}, ${label}(t) = ${after}`, (after - before) / scale, 0);

const SIMPSON_STEP = 2e-5;

/** ∫_{−D}^{D} i_G^printed(ε) dε by the composite Simpson rule with step ≈ 2·10⁻⁵ (independent of the Gauss–Kronrod solve). */
function simpsonProbeCurrent(p: ResonantLevelParams, muG: number): number {
  const steps = Math.ceil((2 * p.D) / SIMPSON_STEP / 2) * 2;
  const h = (2 * p.D) / steps;
  let s = 0;
  for (let k = 0; k <= steps; k++) {
    const e = -p.D + k * h;
    const w = k === 0 || k === steps ? 1 : k % 2 === 1 ? 4 : 2;
    s += w * probeCurrentDensity(e, fermiOfArgument(p.beta * (e - muG)), fermiOfArgument(p.beta * (e - p.muL)), fermiOfArgument(p.beta * (e - p.muR)), p);
  }
  return (s * h) / 3;
}

const rows: readonly InvariantRow[] = [
  {
    name: "occupations-bounded",
    where: "eq. (10)",
    statement:
      "SOLVER CHECK (it tests the code, not the paper): exact occupations of every mode (dot, L, R, G) stay in [0, 1]. C(t) = U C(0) U† with 0 ≤ C(0) ≤ 1 keeps its eigenvalues in [0, 1] for any unitary U, so what can fail is the propagator (unitarity of the computed U)",
    solverCheck: true,
    domain: "N, N_G ∈ [20, 80], D ∈ [0.5, 2], |ε_d| ≤ 0.3, Γ_ν ∈ [0.01, 0.1], Γ_G ∈ [0.05, 0.5], β ∈ [5, 200], |μ_ν| ≤ 0.4, any probe and grid, t ∈ [0, 300]",
    criterion: sign({ sign: "non-negative", slack: 1e-12, reason: "rounding of the O(n) sums Σ_l f_l|U_lj|² with n ≤ 241 terms of size ≤ 1: a few n·ε ≈ 10⁻¹³" }),
    measure: (p) => {
      let margin = Infinity;
      for (const x of exactOccupations(exactModel(p), p.t)) margin = Math.min(margin, x, 1 - x);
      return measure.signed("min over the modes of min(n_j, 1 − n_j)", margin, 1);
    },
  },
  {
    name: "particle-number-conserved",
    where: 'eq. (10), text before Fig. 1 ("the number of electrons … is fixed")',
    statement:
      "SOLVER CHECK (it tests the code, not the paper): the exact evolution conserves the total particle number Σ_j ⟨c_j† c_j⟩ (dot + L + R + G) — Tr C(t) = Tr C(0) for any unitary U; what can fail is the computed propagator",
    solverCheck: true,
    domain: "as occupations-bounded; the drift over max(N(0), 1)",
    criterion: CONSERVATION,
    measure: (p) => {
      const m = exactModel(p);
      const n0 = totalOccupation(m.initial);
      return drift("N", n0, totalOccupation(exactOccupations(m, p.t)), Math.max(n0, 1));
    },
  },
  {
    name: "energy-conserved",
    where: 'text before Fig. 1 ("energy is conserved only in the elastic scattering scenario"), eq. (10)',
    statement:
      "SOLVER CHECK (it tests the code, not the paper): without probe the exact evolution conserves the energy ⟨H_0⟩ = Tr(h C(t)) of dot + grains — U commutes with h by construction; what can fail is the computed propagator and the bond-energy sum",
    solverCheck: true,
    domain: "as occupations-bounded with probe = 'none'; the drift over D·max(N(0), 1)",
    criterion: CONSERVATION,
    options: { fixed: { reservoir: "L", probe: "none" } },
    measure: (p) => {
      const m = exactModel(p);
      return drift("E", exactEnergy(m, 0), exactEnergy(m, p.t), p.D * Math.max(totalOccupation(m.initial), 1));
    },
  },
  {
    name: "star-equals-dense",
    where: "eq. (10) (exact method)",
    statement: "SOLVER CHECK (it tests the code, not the paper): the O(n²) star/arrowhead propagator gives the same occupations as the dense O(n³) diagonalisation",
    solverCheck: true,
    domain: "N ∈ [20, 40], N_G ∈ [20, 40], other parameters as occupations-bounded",
    criterion: close({ atol: 1e-10, reason: "two algorithms for the same e^{−iht}: dense QL eigenvectors carry backward error ≈ n·ε‖h‖, times t ≤ 300 ⇒ ≲ 10⁻¹¹ in |U|²" }),
    options: { fixed: { reservoir: "L" }, sampling: { N: { min: 20, max: 40, scale: "linear" }, NG: { min: 20, max: 40, scale: "linear" } } },
    measure: (p) => {
      const star = exactOccupations(exactModel(p), p.t);
      const dense = densePropagator(denseHamiltonian(p)).occupations(p.t, exactModel(p).initial);
      return measure.pairs(Array.from(star, (x, j) => ({ label: `n_${j}`, actual: x, expected: dense[j] })));
    },
  },
  {
    name: "zero-bias-zero-current",
    where: "text after eq. (9) (standard current expression)",
    statement:
      "SOLVER CHECK (it tests the code, not the paper): at zero bias (μ_L = μ_R) the quasi-steady current into L vanishes, with or without a probe at its condition — with identical grids the two sums of the QSS current cancel term by term, so what can fail is the code of the sums and of the probe state",
    solverCheck: true,
    domain: "midpoint grid, N_G = N (all grids coincide), μ_R = μ_L, other parameters random",
    criterion: close({
      atol: 4e-15,
      reason: "identical L and R grids and Fermi functions: the two sums cancel term by term up to rounding — worst case 2·N·ε·S for two N-term sums of size S ≲ 0.1, N ≤ 80 sampled: 2·80·2.2·10⁻¹⁶·0.1 ≈ 3.6·10⁻¹⁵",
    }),
    options: { fixed: { reservoir: "L", grid: "midpoint" } },
    measure: (p) => measure.pair("i_L at μ_R = μ_L", quasiSteadyCurrent(initialQleSystem({ ...p, muR: p.muL, NG: p.N }), "L"), 0),
  },
  {
    name: "voltage-probe-condition",
    where: "text after eq. (9): i_G = ∫ i_G(ε) dε = 0, Newton–Raphson",
    statement:
      "SOLVER CHECK (it tests the code, not the paper): μ_G found by Newton–Raphson makes the probe current vanish, checked by an independent composite-Simpson integration of the printed i_G(ε)",
    solverCheck: true,
    domain: "probe = 'voltage', N = 20 (the grid does not enter), other parameters random",
    criterion: close({ atol: 1e-9, reason: "composite Simpson rule with h = 2·10⁻⁵ on [−D, D]: error ≈ h⁴·β⁴·max|f′′′′|/180 ≲ 10⁻¹¹ of the current scale; 10⁻⁹ absorbs the Newton stopping tolerance" }),
    options: { fixed: { reservoir: "L", probe: "voltage", N: 20 } },
    measure: (p) => {
      const muG = voltageProbeMuFermi(p).muG;
      return measure.pair(`∫ i_G dε (Simpson) at μ_G = ${muG}`, simpsonProbeCurrent(p, muG), 0);
    },
  },
];

const propertyOf = (row: InvariantRow): JudgedClaim => {
  const arbitrary: fc.Arbitrary<ResonantLevelParams> = parameterArbitrary(resonantLevelParameterSchema, row.options ?? { fixed: { reservoir: "L" } });
  return kit.property({ name: row.name, where: row.where, statement: row.statement, kind: "invariant", solverCheck: row.solverCheck, domain: row.domain, criterion: row.criterion, arbitrary, describe: describeParams, measure: row.measure });
};

/** The invariant claims of the model. */
export const invariantClaims: readonly JudgedClaim[] = rows.map(propertyOf);
