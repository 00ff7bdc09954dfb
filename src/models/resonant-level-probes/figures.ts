import type { ColumnDefinition, FigureData, FigureDefinition, FigureSize } from "../../core/model.js";
import { tolerance } from "../../core/tolerance.js";
import type { ResonantLevelParams } from "./params.js";
import { modelGrids, resolveResonantLevelParams } from "./params.js";
import { initialQleSystem, qlePopulations } from "./analytic.js";
import { qleWithRestarts } from "./restarts.js";
import { exactModel, exactOccupations, exactPopulations, exactReservoirBlock } from "./exact.js";
import { qleCoherenceBlock } from "./qle-coherences.js";
import { distanceToTwoStep, qssDistance } from "./relaxation.js";
import { kit } from "./claims-support.js";

/**
 * Figure data of Kulkarni, Tiwari & Segal, Figs. 2–5, at the paper's sizes and at
 * reduced ci sizes. Source: 000_801d121c3abe0574.txt, Figs. 2–5 and captions.
 * The ci sizes scale N and the times together (N = 100 ⇒ τ⁰_rec = 314 instead of 1571).
 */

const goldenTolerance = tolerance(
  1e-9,
  1e-10,
  "regression of deterministic double-precision sums (≤ 2·10³ terms per value, O(n²) star propagator): recomputation differs by round-off ≲ 10⁻¹²; 10⁻⁹ leaves room for other platforms' libm (cos/sin within 1 ulp) and summation order",
);

function energyColumn(): ColumnDefinition {
  return { name: "energy", unit: "energy", description: "level energy ε_k of the grain (midpoint grid ε_k = −D + (k+½)2D/N, shared by L and R)" };
}

function populationColumns(prefix: "pL" | "pR", times: Record<FigureSize, readonly number[]>, what: string): ColumnDefinition[] {
  return times.paper.map((t, k) => ({
    name: `${prefix}_${k}`,
    unit: "1",
    description: `${what} occupation p(ε, t) of ${prefix === "pL" ? "L" : "R"} at time index ${k}: t = ${t} (paper), ${times.ci[k]} (ci)`,
  }));
}

function toArray(x: Float64Array): number[] {
  return Array.from(x);
}

/** Fig. 2(a): coherent QLE populations. */
const FIG2A_TIMES: Record<FigureSize, readonly number[]> = { paper: [0, 750, 1500], ci: [0, 150, 300] };
/** Fig. 2(b,c): with restarts every segment (1500 paper, 300 ci). */
const FIG2BC_TIMES: Record<FigureSize, readonly number[]> = { paper: [0, 750, 1500, 7500, 15000], ci: [0, 150, 300, 1500, 3000] };
const SEGMENT: Record<FigureSize, number> = { paper: 1500, ci: 300 };

function sizeParams(size: FigureSize, extra: Record<string, unknown>): ResonantLevelParams {
  return resolveResonantLevelParams({ ...(size === "ci" ? { N: 100, NG: 100 } : {}), ...extra });
}

function fig2Panel(panel: "a" | "b" | "c"): FigureDefinition {
  const probe = panel === "a" ? "none" : panel === "b" ? "dephasing" : "voltage";
  const times = panel === "a" ? FIG2A_TIMES : FIG2BC_TIMES;
  const what = panel === "a" ? "QLE (9), coherent" : `QLE (9) with ${probe} probe, restarted every ${SEGMENT.paper} (paper) / ${SEGMENT.ci} (ci)`;
  return {
    id: `${kit.model}/fig2${panel}`,
    title: `Fig. 2(${panel}): grain populations, ${panel === "a" ? "coherent dynamics" : `${probe} probe with QLE restarts`}`,
    source: kit.source(`Fig. 2(${panel})`),
    claim: panel === "a" ? `${kit.model}/qle-vs-exact-coherent` : panel === "b" ? `${kit.model}/dephasing-two-step` : `${kit.model}/voltage-common-fermi-step`,
    grid: "energy",
    schema: [energyColumn(), ...populationColumns("pL", times, what), ...populationColumns("pR", times, what)],
    tolerance: goldenTolerance,
    generate: (size, onProgress): FigureData => {
      const p = sizeParams(size, { probe, GammaG: 0.4 });
      const ts = times[size];
      const r = qleWithRestarts(p, { segmentLength: SEGMENT[size], times: ts });
      onProgress?.(1, 1);
      const columns: Record<string, number[]> = { energy: toArray(modelGrids(p).L.energies) };
      ts.forEach((_, k) => {
        columns[`pL_${k}`] = toArray(r.L[k]);
      });
      ts.forEach((_, k) => {
        columns[`pR_${k}`] = toArray(r.R[k]);
      });
      return { params: { ...p, times: [...ts], segmentLength: SEGMENT[size], muG: r.muG.map((x) => x ?? NaN).filter(Number.isFinite) }, columns };
    },
  };
}

/** Fig. 3: exact dephasing-probe dynamics, t = 0 : δt : 9δt with a large probe; plus a small probe before its recurrence. */
const FIG3: Record<FigureSize, { N: number; NG: number; dt: number; NGsmall: number; tSmall: number }> = {
  paper: { N: 100, NG: 1500, dt: 500, NGsmall: 200, tSmall: 600 },
  ci: { N: 50, NG: 750, dt: 250, NGsmall: 100, tSmall: 300 },
};

const fig3: FigureDefinition = {
  id: `${kit.model}/fig3`,
  title: "Fig. 3: exact equilibration with a dephasing probe (large N_G), and the values reached before recurrence with a small N_G",
  source: kit.source("Fig. 3"),
  claim: `${kit.model}/probe-size-independence`,
  grid: "energy",
  schema: [
    energyColumn(),
    ...Array.from({ length: 10 }, (_, k) => ({ name: `pL_${k}`, unit: "1", description: `exact p_L at t = ${k}δt (δt = 500 paper, 250 ci), N_G = 1500 (paper) / 750 (ci)` })),
    ...Array.from({ length: 10 }, (_, k) => ({ name: `pR_${k}`, unit: "1", description: `exact p_R at t = ${k}δt, large N_G` })),
    { name: "pL_smallProbe", unit: "1", description: "exact p_L with N_G = 200 (paper) / 100 (ci) at t = 600 / 300, just before that probe's recurrence πN_G/D" },
    { name: "pR_smallProbe", unit: "1", description: "exact p_R, same small probe and time" },
  ],
  tolerance: goldenTolerance,
  generate: (size, onProgress): FigureData => {
    const s = FIG3[size];
    const p = resolveResonantLevelParams({ N: s.N, NG: s.NG, probe: "dephasing" });
    const m = exactModel(p);
    const columns: Record<string, number[]> = { energy: toArray(modelGrids(p).L.energies) };
    for (let k = 0; k < 10; k++) {
      columns[`pL_${k}`] = toArray(exactPopulations(m, "L", k * s.dt));
      columns[`pR_${k}`] = toArray(exactPopulations(m, "R", k * s.dt));
      onProgress?.(k + 1, 11);
    }
    const small = exactModel(resolveResonantLevelParams({ N: s.N, NG: s.NGsmall, probe: "dephasing" }));
    columns.pL_smallProbe = toArray(exactPopulations(small, "L", s.tSmall));
    columns.pR_smallProbe = toArray(exactPopulations(small, "R", s.tSmall));
    onProgress?.(11, 11);
    return { params: { ...p, dt: s.dt, NGsmall: s.NGsmall, tSmall: s.tSmall }, columns };
  },
};

/** Fig. 3 inset: exact distance to the two-step state vs time (log axes show the rate), with its QSS prediction. */
const FIG3_INSET: Record<FigureSize, { N: number; NG: number; dt: number; steps: number }> = {
  paper: { N: 100, NG: 1500, dt: 250, steps: 18 },
  ci: { N: 50, NG: 750, dt: 125, steps: 18 },
};

const fig3Inset: FigureDefinition = {
  id: `${kit.model}/fig3-inset`,
  title: "Fig. 3 inset: distance D(t) = ΔE Σ_ν Σ_k |p_ν − p_∞| to the two-step state (exact, dephasing probe) and its quasi-steady prediction",
  source: kit.source("Fig. 3 (inset)"),
  claim: `${kit.model}/fig3-inset-slow-down`,
  grid: "time",
  schema: [
    { name: "time", unit: "1/energy", description: "t = 0 : 250 : 4500 (paper), 0 : 125 : 2250 (ci)" },
    { name: "distanceExact", unit: "energy", description: "exact D(t), N = 100, N_G = 1500 (paper) / N = 50, N_G = 750 (ci)" },
    { name: "distanceQss", unit: "energy", description: "QSS prediction ΔE Σ_k |f_L − f_R| e^{−k(ε_k)t}, k(ε) = 2ΔEγ(2γ + Γ_G)/(π[(ε−ε_d)² + Γ²])" },
  ],
  tolerance: goldenTolerance,
  generate: (size, onProgress): FigureData => {
    const s = FIG3_INSET[size];
    const p = resolveResonantLevelParams({ N: s.N, NG: s.NG, probe: "dephasing" });
    const m = exactModel(p);
    const columns: Record<string, number[]> = { time: [], distanceExact: [], distanceQss: [] };
    for (let k = 0; k <= s.steps; k++) {
      const t = k * s.dt;
      const o = exactOccupations(m, t);
      columns.time.push(t);
      columns.distanceExact.push(distanceToTwoStep(p, o.subarray(m.layout.L.start, m.layout.L.start + p.N), o.subarray(m.layout.R.start, m.layout.R.start + p.N)));
      columns.distanceQss.push(qssDistance(p, t));
      onProgress?.(k + 1, s.steps + 1);
    }
    return { params: { ...p, dt: s.dt }, columns };
  },
};

/** Fig. 4: QLE populations at t = 1500 (ci 300) for ε_d = 0, 0.1 with and without a voltage probe. */
const FIG4_CASES = [
  { key: "coherentEd0", probe: "none", epsilonD: 0 },
  { key: "coherentEd01", probe: "none", epsilonD: 0.1 },
  { key: "voltageEd0", probe: "voltage", epsilonD: 0 },
  { key: "voltageEd01", probe: "voltage", epsilonD: 0.1 },
] as const;
const FIG4_TIME: Record<FigureSize, number> = { paper: 1500, ci: 300 };

const fig4: FigureDefinition = {
  id: `${kit.model}/fig4`,
  title: "Fig. 4: L and R occupations at t = 1500 for ε_d = 0, 0.1, without probe and with a voltage probe (Γ_G = 0.4)",
  source: kit.source("Fig. 4"),
  claim: `${kit.model}/voltage-probe-independent-of-level`,
  grid: "energy",
  schema: [
    energyColumn(),
    { name: "pL_initial", unit: "1", description: "f_L(ε) at t = 0 (β = 200, μ_L = 0.2)" },
    { name: "pR_initial", unit: "1", description: "f_R(ε) at t = 0 (μ_R = −0.2)" },
    ...FIG4_CASES.flatMap((c) => [
      { name: `pL_${c.key}`, unit: "1", description: `QLE p_L at t = 1500 (ci 300), probe = ${c.probe}, ε_d = ${c.epsilonD}` },
      { name: `pR_${c.key}`, unit: "1", description: `QLE p_R at t = 1500 (ci 300), probe = ${c.probe}, ε_d = ${c.epsilonD}` },
    ]),
  ],
  tolerance: goldenTolerance,
  generate: (size, onProgress): FigureData => {
    const columns: Record<string, number[]> = {};
    FIG4_CASES.forEach((c, k) => {
      const p = sizeParams(size, { probe: c.probe, epsilonD: c.epsilonD });
      const sys = initialQleSystem(p);
      if (k === 0) {
        columns.energy = toArray(modelGrids(p).L.energies);
        columns.pL_initial = toArray(sys.reservoirs[0].occupations);
        columns.pR_initial = toArray(sys.reservoirs[1].occupations);
      }
      columns[`pL_${c.key}`] = toArray(qlePopulations(sys, "L", FIG4_TIME[size]));
      columns[`pR_${c.key}`] = toArray(qlePopulations(sys, "R", FIG4_TIME[size]));
      onProgress?.(k + 1, FIG4_CASES.length);
    });
    return { params: { ...sizeParams(size, {}), t: FIG4_TIME[size], cases: FIG4_CASES.map((c) => c.key) }, columns };
  },
};

/**
 * Fig. 5: |ρ_{l,l′}| of L at t = 1500, ε_d = 0.1, without and with a voltage probe, levels in
 * [−0.1, 0.3]: exact block and the QLE block (the paper's method, qle-coherences.ts).
 */
const FIG5_WINDOW = [-0.1, 0.3] as const;
const FIG5_TIME: Record<FigureSize, number> = { paper: 1500, ci: 300 };

const fig5: FigureDefinition = {
  id: `${kit.model}/fig5`,
  title: "Fig. 5: |ρ_{l,l′}| (off-diagonal) of the L grain at t = 1500, ε_d = 0.1, (a) Γ_G = 0, (b) voltage probe Γ_G = 0.4 — levels with ε ∈ [−0.1, 0.3], exact and QLE",
  source: kit.source("Fig. 5"),
  claim: `${kit.model}/probe-reduces-coherences`,
  grid: "pair",
  schema: [
    { name: "pair", unit: "1", description: "row-major pair index i·m + j over the m levels of L inside [−0.1, 0.3]" },
    { name: "energyL", unit: "energy", description: "ε_l (row)" },
    { name: "energyLprime", unit: "energy", description: "ε_l′ (column)" },
    { name: "absRhoCoherent", unit: "1", description: "|⟨c_l† c_l′⟩| without probe (diagonal set to 0, as in the paper)" },
    { name: "absRhoVoltage", unit: "1", description: "|⟨c_l† c_l′⟩| with the voltage probe (diagonal set to 0)" },
    { name: "absRhoCoherentQle", unit: "1", description: "QLE |⟨c_l† c_l′⟩| without probe (the paper's method; diagonal set to 0)" },
    { name: "absRhoVoltageQle", unit: "1", description: "QLE |⟨c_l† c_l′⟩| with the voltage probe (diagonal set to 0)" },
  ],
  tolerance: goldenTolerance,
  generate: (size, onProgress): FigureData => {
    const columns: Record<string, number[]> = { pair: [], energyL: [], energyLprime: [], absRhoCoherent: [], absRhoVoltage: [], absRhoCoherentQle: [], absRhoVoltageQle: [] };
    let energies: number[] = [];
    (["none", "voltage"] as const).forEach((probe, k) => {
      const p = sizeParams(size, { probe, epsilonD: 0.1 });
      const e = modelGrids(p).L.energies;
      const idx: number[] = [];
      for (let i = 0; i < e.length; i++) if (e[i] >= FIG5_WINDOW[0] && e[i] <= FIG5_WINDOW[1]) idx.push(i);
      energies = idx.map((i) => e[i]);
      const blocks = [exactReservoirBlock(exactModel(p), "L", FIG5_TIME[size], idx), qleCoherenceBlock(initialQleSystem(p), "L", FIG5_TIME[size], idx)];
      const m = idx.length;
      const cols = probe === "none" ? [columns.absRhoCoherent, columns.absRhoCoherentQle] : [columns.absRhoVoltage, columns.absRhoVoltageQle];
      blocks.forEach((block, b) => {
        for (let i = 0; i < m; i++) {
          for (let j = 0; j < m; j++) cols[b].push(i === j ? 0 : Math.hypot(block.re[i * m + j], block.im[i * m + j]));
        }
      });
      onProgress?.(k + 1, 2);
    });
    const m = energies.length;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) {
        columns.pair.push(i * m + j);
        columns.energyL.push(energies[i]);
        columns.energyLprime.push(energies[j]);
      }
    }
    return { params: { ...sizeParams(size, { epsilonD: 0.1 }), t: FIG5_TIME[size], window: [...FIG5_WINDOW], GammaG: 0.4 }, columns };
  },
};

/** The figures of the model. */
export const resonantLevelFigures: readonly FigureDefinition[] = Object.freeze([fig2Panel("a"), fig2Panel("b"), fig2Panel("c"), fig3, fig3Inset, fig4, fig5]);
