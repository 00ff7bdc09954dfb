import type { LegacyClaim as Claim, Outcome } from "../../core/claim.js";
import type { ComplexMatrix } from "../../numerics/linalg/types.js";
import { tolerance } from "../../core/tolerance.js";
import type { ResonantLevelParams } from "./params.js";
import { modelGrids, resolveResonantLevelParams } from "./params.js";
import { initialQleSystem, probeState } from "./probes.js";
import { exactModel, exactReservoirBlock } from "./exact.js";
import { qleCoherenceBlock } from "./qle-coherences.js";
import { offDiagonalProfile, weightShare } from "./observables.js";

/**
 * Fig. 5 and its three statements: (i) the coherences ρ_{l,l′} of the L grain are smaller
 * with the voltage probe; (iii) without probe they sit around ε_d, with the probe "mainly
 * around the equilibrium Fermi energy". The paper computed Fig. 5 with the QLE; every claim
 * here is decided on the QLE block (qle-coherences.ts, the paper's method) AND on the exact
 * block (exact.ts), at the paper's parameters (N = N_G = 500, ε_d = 0.1, t = 1500).
 * Source: 000_801d121c3abe0574.txt, Fig. 5, caption and the Results paragraph (i)–(iii).
 */

const MODEL = "resonant-level-probes";
const DOC = "000_801d121c3abe0574.txt";
const T = 1500;
const DOMAIN = "Fig. 5 parameters: N = N_G = 500, Γ_L = Γ_R = 0.025, Γ_G = 0.4 (voltage probe), β = 200, μ_L = −μ_R = 0.2, D = 1, ε_d = 0.1, t = 1500 < τ⁰_rec; all 500 levels of L; QLE block (the paper's method) and exact block";

type Probe = "none" | "voltage" | "dephasing";
type Method = "qle" | "exact";

/** Off-diagonal weight profile w_l = Σ_{l′≠l}|ρ_{l,l′}|² of the L grain, with the grid and μ_G. */
interface Profile {
  readonly energies: Float64Array;
  readonly w: Float64Array;
  readonly muG: number | null;
  readonly params: ResonantLevelParams;
}

const cache = new Map<string, Profile>();

/** The L block at t = 1500 by either method; cached (deterministic, shared by the claims below). */
export function fig5Profile(probe: Probe, method: Method): Profile {
  const key = `${probe}/${method}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const p = resolveResonantLevelParams({ probe, epsilonD: 0.1 });
  const block: ComplexMatrix = method === "qle" ? qleCoherenceBlock(initialQleSystem(p), "L", T) : exactReservoirBlock(exactModel(p), "L", T);
  const profile = { energies: modelGrids(p).L.energies, w: offDiagonalProfile(block), muG: probe === "voltage" ? probeState(p).muG : null, params: p };
  cache.set(key, profile);
  return profile;
}

function norm(w: Float64Array): number {
  return Math.sqrt(w.reduce((a, b) => a + b, 0));
}

function centroid(e: Float64Array, w: Float64Array): number {
  let s = 0;
  let z = 0;
  for (let i = 0; i < e.length; i++) {
    s += e[i] * w[i];
    z += w[i];
  }
  return s / z;
}

function argmaxEnergy(e: Float64Array, w: Float64Array): number {
  let b = 0;
  for (let i = 1; i < w.length; i++) if (w[i] > w[b]) b = i;
  return e[b];
}

const METHODS: readonly Method[] = ["qle", "exact"];

const profilePlot = (method: Method) => ({
  title: `Fig. 5: off-diagonal weight w(ε_l) = Σ_l′≠l |ρ_l,l′|², ${method === "qle" ? "QLE" : "exact"}`,
  xLabel: "ε_l",
  yLabel: "w",
  logY: true,
  series: (["none", "voltage", "dephasing"] as const)
    .filter((probe) => method === "qle" || probe !== "dephasing")
    .map((probe) => {
      const f = fig5Profile(probe, method);
      return { name: probe, x: Array.from(f.energies), y: Array.from(f.w) };
    }),
});

const smaller: Claim = {
  id: `${MODEL}/probe-reduces-coherences`,
  model: MODEL,
  source: { doc: DOC, where: "Fig. 5 and Results (i)" },
  statement: "(i) The absolute values of the coherences ρ_{l,l′} (l ≠ l′) of L at t = 1500 are smaller with the voltage probe than without: ‖ρ_offdiag‖_F(Γ_G = 0.4)/‖ρ_offdiag‖_F(Γ_G = 0) < 1, by the QLE (the paper's method) and by exact evolution",
  kind: "agreement",
  tolerance: tolerance(0, 1, "the statement itself: 'smaller' ⇔ norm ratio < 1"),
  domain: DOMAIN,
  verify: (): Outcome => {
    const ratios = METHODS.map((m) => norm(fig5Profile("voltage", m).w) / norm(fig5Profile("none", m).w));
    return {
      holds: ratios.every((r) => r < 1),
      measuredError: Math.max(...ratios),
      details: METHODS.map((m, i) => `${m}: ‖offdiag‖_F ${norm(fig5Profile("none", m).w).toFixed(4)} → ${norm(fig5Profile("voltage", m).w).toFixed(4)} (ratio ${ratios[i].toFixed(3)})`).join("; "),
      evidence: { plots: [profilePlot("qle"), profilePlot("exact")] },
    };
  },
};

const atLevel: Claim = (() => {
  const width = 0.05;
  return {
    id: `${MODEL}/coherent-coherences-at-level`,
    model: MODEL,
    source: { doc: DOC, where: "Fig. 5(a) and Results (iii)" },
    statement: "(iii, first half) Without probe the coherences of L concentrate around ε_d: the off-diagonal weight w(ε_l) = Σ_{l′≠l}|ρ_{l,l′}|² peaks within Γ = Γ_L + Γ_R of ε_d (QLE and exact)",
    kind: "agreement",
    tolerance: tolerance(0, width, "Γ = Γ_L + Γ_R = 0.05, the half-width of the resonance through which L exchanges with R: a peak 'around ε_d' lies inside it"),
    domain: DOMAIN,
    verify: (): Outcome => {
      const peaks = METHODS.map((m) => argmaxEnergy(fig5Profile("none", m).energies, fig5Profile("none", m).w));
      const dev = Math.max(...peaks.map((x) => Math.abs(x - 0.1)));
      return {
        holds: dev <= width,
        measuredError: dev,
        details: `peak of w at ε = ${peaks.map((x, i) => `${x.toFixed(3)} (${METHODS[i]})`).join(", ")}; ε_d = 0.1`,
      };
    },
  };
})();

/** Centroid of w and its distances to E_F and ε_d. */
function placement(probe: Probe, method: Method) {
  const f = fig5Profile(probe, method);
  const eF = (f.params.muL + f.params.muR) / 2;
  const c = centroid(f.energies, f.w);
  return { c, toFermi: Math.abs(c - eF), toLevel: Math.abs(c - f.params.epsilonD) };
}

const atFermi: Claim = {
  id: `${MODEL}/probe-coherences-at-fermi-energy`,
  model: MODEL,
  source: { doc: DOC, where: "Fig. 5(b) and Results (iii)" },
  statement:
    "(iii, second half, as printed) With the voltage probe the coherences of L appear mainly around the equilibrium Fermi energy E_F = (μ_L + μ_R)/2 = 0 rather than around ε_d = 0.1: the centroid of the off-diagonal weight w(ε_l) lies closer to E_F than to ε_d (QLE and exact)",
  kind: "agreement",
  tolerance: tolerance(0, 0.05, "the midpoint between the two candidate locations E_F = 0 and ε_d = 0.1: 'around E_F rather than ε_d' ⇔ centroid < 0.05"),
  domain: DOMAIN,
  expectedToFail: {
    why: "with the voltage probe the centroid of w is ≈ 0.094 (QLE) / 0.095 (exact), next to ε_d = 0.1, not E_F = 0; only 18 % of w lies within Γ_L + Γ_R = 0.05 of E_F (10 % without probe). What the probe does change is the concentration at ε_d (claim probe-spreads-coherences-off-level). (With a dephasing probe the centroid is ≈ 0.004.)",
  },
  verify: (): Outcome => {
    const v = METHODS.map((m) => placement("voltage", m));
    const d = placement("dephasing", "qle");
    const coh = METHODS.map((m) => placement("none", m));
    return {
      holds: v.every((x) => x.toFermi < x.toLevel),
      measuredError: Math.min(...v.map((x) => x.c)),
      details: `voltage probe: centroid ${v.map((x, i) => `${x.c.toFixed(4)} (${METHODS[i]})`).join(", ")}, distance to E_F ${v[0].toFermi.toFixed(4)} vs to ε_d ${v[0].toLevel.toFixed(4)} (QLE); peak at ${argmaxEnergy(fig5Profile("voltage", "qle").energies, fig5Profile("voltage", "qle").w).toFixed(3)}; coherent centroid ${coh.map((x) => x.c.toFixed(4)).join(", ")}; dephasing probe (QLE) centroid ${d.c.toFixed(4)}`,
      evidence: { plots: [profilePlot("qle")] },
    };
  },
};

const PAPER_SENTENCE = '(iii) When Γ_G = 0, oscillations occur around ϵ_d. With the probe, contributions appear mainly around the equilibrium Fermi energy.';

/**
 * The probe window [μ_G, μ_L], fixed before looking at w by the probe condition alone: μ_G solves the
 * zero-current condition of the voltage probe (probes.ts), and at β = 200 the L levels in [μ_G, μ_L] are
 * exactly those whose initial occupation f_L differs from the probe's f_G — the levels on which the probe
 * acts (refills or empties them through the dot).
 */
function probeWindow(f: Profile): [number, number] {
  return [f.muG ?? (f.params.muL + f.params.muR) / 2, f.params.muL];
}

const inWindow: Claim = {
  id: `${MODEL}/probe-coherences-in-probe-window`,
  model: MODEL,
  source: { doc: DOC, where: "Fig. 5(b) and Results (iii): " + PAPER_SENTENCE },
  statement:
    "With the voltage probe the coherences of L lie mainly (more than half of the off-diagonal weight w) in the probe window [μ_G, μ_L], fixed a priori by the probe condition: μ_G from zero net current into G, and [μ_G, μ_L] the levels whose initial occupation f_L differs from the probe's f_G (QLE and exact). Not specific to the probe: without probe the same window holds a similar share (reported); the probe's effect is in probe-spreads-coherences-off-level",
  kind: "agreement",
  tolerance: tolerance(0, 0.5, "'mainly' ⇔ a share of the weight above 1/2; the window is computed from μ_G of the probe condition and μ_L, not from w"),
  domain: DOMAIN,
  verify: (): Outcome => {
    const shares = METHODS.map((m) => {
      const f = fig5Profile("voltage", m);
      const [lo, hi] = probeWindow(f);
      return weightShare(f.energies, f.w, lo, hi);
    });
    const ref = fig5Profile("voltage", "qle");
    const [lo, hi] = probeWindow(ref);
    const coherent = METHODS.map((m) => {
      const f = fig5Profile("none", m);
      return weightShare(f.energies, f.w, lo, hi);
    });
    return {
      holds: shares.every((s) => s > 0.5),
      measuredError: Math.min(...shares),
      details: `probe window [μ_G, μ_L] = [${lo.toFixed(4)}, ${hi}]; share of w in it with the voltage probe: ${shares.map((s, i) => `${s.toFixed(3)} (${METHODS[i]})`).join(", ")}; without probe (same window, not claimed): ${coherent.map((s, i) => `${s.toFixed(3)} (${METHODS[i]})`).join(", ")}`,
    };
  },
};

const offLevel: Claim = (() => {
  const halfWidth = 0.05;
  return {
    id: `${MODEL}/probe-spreads-coherences-off-level`,
    model: MODEL,
    source: { doc: DOC, where: "Fig. 5 and Results (iii): " + PAPER_SENTENCE },
    statement:
      "What the probe changes in (iii): the share of the off-diagonal weight w of L inside the resonance window ε_d ± (Γ_L + Γ_R) — the window of coherent-coherences-at-level, fixed by the L–R resonance before looking — is smaller with the voltage probe than without (QLE and exact): the coherences are no longer concentrated at ε_d",
    kind: "agreement",
    tolerance: tolerance(0, 1, "the statement itself: 'smaller' ⇔ share(voltage)/share(none) < 1; window half-width Γ_L + Γ_R = 0.05, the resonance through which L exchanges with R"),
    domain: DOMAIN,
    verify: (): Outcome => {
      const share = (probe: Probe, m: Method) => {
        const f = fig5Profile(probe, m);
        return weightShare(f.energies, f.w, f.params.epsilonD - halfWidth, f.params.epsilonD + halfWidth);
      };
      const ratios = METHODS.map((m) => share("voltage", m) / share("none", m));
      return {
        holds: ratios.every((r) => r < 1),
        measuredError: Math.max(...ratios),
        details: METHODS.map((m, i) => `${m}: share in ε_d ± 0.05 ${share("none", m).toFixed(3)} → ${share("voltage", m).toFixed(3)} (ratio ${ratios[i].toFixed(3)})`).join("; "),
      };
    },
  };
})();

/** The Fig. 5 claims. */
export const coherenceClaims: readonly Claim[] = [smaller, atLevel, atFermi, inWindow, offLevel];
