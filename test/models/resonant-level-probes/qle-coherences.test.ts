import { describe, expect, it } from "vitest";
import { resolveResonantLevelParams } from "../../../src/models/resonant-level-probes/params.js";
import { initialQleSystem, qleDotChargeFrom, qleDotOccupation, qlePopulations, totalOccupation } from "../../../src/models/resonant-level-probes/analytic.js";
import { qleCoherenceBlock } from "../../../src/models/resonant-level-probes/qle-coherences.js";
import { qleWithRestarts } from "../../../src/models/resonant-level-probes/restarts.js";

/**
 * Independent oracle: RK4 integration of the QLE equations of motion themselves,
 * ċ_d = −(iε_d + Γ)c_d − i Σ_k v_k e^{−iε_k t} c_k(0) (eq. (7)) and ċ_l = −iε_l c_l − i v_l c_d (eq. (4)),
 * for the coefficient vectors c_d(t) = Σ_k a_k c_k(0), c_l(t) = Σ_k M_lk c_k(0); then
 * ρ_{l,l′} = Σ_k f_k conj(M_lk) M_l′k. It shares no formula with qle-coherences.ts.
 */
function rk4Block(p: ReturnType<typeof resolveResonantLevelParams>, T: number, h: number) {
  const s = initialQleSystem(p);
  const ek: number[] = [];
  const vk: number[] = [];
  const fk: number[] = [];
  for (const r of s.reservoirs) for (let k = 0; k < r.energies.length; k++) (ek.push(r.energies[k]), vk.push(r.hopping), fk.push(r.occupations[k]));
  const n = ek.length;
  const nl = s.reservoirs[0].energies.length;
  const size = n + nl * n;
  const G = s.Gamma;
  const ed = s.epsilonD;
  const deriv = (t: number, yr: Float64Array, yi: Float64Array, dr: Float64Array, di: Float64Array) => {
    for (let k = 0; k < n; k++) {
      dr[k] = -G * yr[k] + ed * yi[k] - vk[k] * Math.sin(ek[k] * t);
      di[k] = -G * yi[k] - ed * yr[k] - vk[k] * Math.cos(ek[k] * t);
    }
    for (let l = 0; l < nl; l++) {
      for (let k = 0; k < n; k++) {
        const j = n + l * n + k;
        dr[j] = ek[l] * yi[j] + vk[l] * yi[k];
        di[j] = -ek[l] * yr[j] - vk[l] * yr[k];
      }
    }
  };
  const yr = new Float64Array(size);
  const yi = new Float64Array(size);
  for (let l = 0; l < nl; l++) yr[n + l * n + l] = 1;
  const k = Array.from({ length: 8 }, () => new Float64Array(size));
  const tr = new Float64Array(size);
  const ti = new Float64Array(size);
  const steps = Math.round(T / h);
  for (let st = 0; st < steps; st++) {
    const t = st * h;
    deriv(t, yr, yi, k[0], k[1]);
    for (let j = 0; j < size; j++) (tr[j] = yr[j] + 0.5 * h * k[0][j]), (ti[j] = yi[j] + 0.5 * h * k[1][j]);
    deriv(t + h / 2, tr, ti, k[2], k[3]);
    for (let j = 0; j < size; j++) (tr[j] = yr[j] + 0.5 * h * k[2][j]), (ti[j] = yi[j] + 0.5 * h * k[3][j]);
    deriv(t + h / 2, tr, ti, k[4], k[5]);
    for (let j = 0; j < size; j++) (tr[j] = yr[j] + h * k[4][j]), (ti[j] = yi[j] + h * k[5][j]);
    deriv(t + h, tr, ti, k[6], k[7]);
    for (let j = 0; j < size; j++) {
      yr[j] += (h / 6) * (k[0][j] + 2 * k[2][j] + 2 * k[4][j] + k[6][j]);
      yi[j] += (h / 6) * (k[1][j] + 2 * k[3][j] + 2 * k[5][j] + k[7][j]);
    }
  }
  const re = new Float64Array(nl * nl);
  const im = new Float64Array(nl * nl);
  for (let a = 0; a < nl; a++) {
    for (let b = 0; b < nl; b++) {
      for (let q = 0; q < n; q++) {
        const ar = yr[n + a * n + q];
        const ai = yi[n + a * n + q];
        const br = yr[n + b * n + q];
        const bi = yi[n + b * n + q];
        re[a * nl + b] += fk[q] * (ar * br + ai * bi);
        im[a * nl + b] += fk[q] * (ar * bi - ai * br);
      }
    }
  }
  return { re, im, nl, system: s };
}

describe("QLE density-matrix block (qle-coherences.ts)", () => {
  it.each([
    ["coherent, asymmetric, warm", { N: 16, epsilonD: 0.13, GammaL: 0.1, GammaR: 0.15, beta: 5, muL: 0.3, muR: -0.1 }],
    ["dephasing probe, staggered grid", { N: 12, NG: 14, probe: "dephasing", grid: "staggered", epsilonD: -0.05, GammaL: 0.08, GammaR: 0.05, GammaG: 0.2, beta: 10 }],
  ] as const)("equals an RK4 integration of the QLE equations of motion (%s)", (_name, overrides) => {
    const p = resolveResonantLevelParams(overrides);
    const T = 20;
    // RK4 global error ≈ (ωh)⁴·T·ω with ω ≲ 1.3 (|ε| ≤ 1, Γ ≤ 0.33): h = 0.004 ⇒ ≲ 1e-10
    const ref = rk4Block(p, T, 0.004);
    const block = qleCoherenceBlock(ref.system, "L", T);
    let worst = 0;
    for (let i = 0; i < ref.nl * ref.nl; i++) worst = Math.max(worst, Math.hypot(block.re[i] - ref.re[i], block.im[i] - ref.im[i]));
    expect(worst, `max |ρ_QLE − ρ_RK4| = ${worst}`).toBeLessThan(1e-9);
  });

  it("its diagonal is the printed populations (9) and the block is Hermitian (Fig. 5 parameters, N = 100)", () => {
    const p = resolveResonantLevelParams({ N: 100, NG: 100, probe: "voltage", epsilonD: 0.1 });
    const s = initialQleSystem(p);
    const block = qleCoherenceBlock(s, "L", 300);
    const pop = qlePopulations(s, "L", 300);
    let diag = 0;
    let herm = 0;
    for (let i = 0; i < 100; i++) {
      diag = Math.max(diag, Math.abs(block.re[i * 100 + i] - pop[i]), Math.abs(block.im[i * 100 + i]));
      for (let j = 0; j < 100; j++) herm = Math.max(herm, Math.abs(block.re[i * 100 + j] - block.re[j * 100 + i]), Math.abs(block.im[i * 100 + j] + block.im[j * 100 + i]));
    }
    // two summation orders of the same O(300) terms of size ≤ 1: rounding ≲ 1e-14
    expect(diag, `max |ρ_ll − p_l| = ${diag}`).toBeLessThan(1e-12);
    // mirrored by construction: exactly Hermitian
    expect(herm).toBe(0);
  });

  it("rejects bad input naming the parameter", () => {
    const s = initialQleSystem(resolveResonantLevelParams({ N: 10 }));
    expect(() => qleCoherenceBlock(s, "L", -1)).toThrow(/parameter 't'/);
    expect(() => qleCoherenceBlock(s, "G", 1)).toThrow(/parameter 'reservoir'/);
    expect(() => qleCoherenceBlock(s, "L", 1, [0, 10])).toThrow(/parameter 'indices\[1\]'/);
    expect(() => qleCoherenceBlock(s, "L", 1, [3, 3])).toThrow(/parameter 'indices\[1\]'/);
  });
});

describe("dot charge by source and the particle-conserving restart", () => {
  it("the source decomposition of the dot charge sums to the QLE dot occupation", () => {
    const p = resolveResonantLevelParams({ N: 80, NG: 90, probe: "dephasing", epsilonD: 0.07 });
    const s = initialQleSystem(p);
    const parts = (["L", "R", "G"] as const).map((name) => totalOccupation(qleDotChargeFrom(s, name, 200)));
    const total = qleDotOccupation(s, 200);
    // same terms summed in a different order: ≈ n·ε relative
    expect(Math.abs(parts[0] + parts[1] + parts[2] - total)).toBeLessThan(1e-14);
  });

  it("returning the dot charge removes the grains' dot share of the per-segment loss", () => {
    const p = resolveResonantLevelParams({ N: 100, NG: 100, probe: "dephasing" });
    const times = [300, 600, 900, 1200];
    const discard = qleWithRestarts(p, { segmentLength: 300, times });
    const back = qleWithRestarts(p, { segmentLength: 300, times, dotCharge: "return" });
    const loss = (n: readonly number[]) => n[0] - n[n.length - 1];
    const returned = back.returnedAtRestarts.reduce((a, b) => a + b, 0);
    // grains' share of the dot charge per segment ≈ (Γ_L+Γ_R)/Γ·n_d ≈ 0.11·0.37 ≈ 0.04, returned 3 times
    expect(returned).toBeGreaterThan(0.1);
    expect(loss(back.particlesAtRestarts)).toBeLessThan(loss(discard.particlesAtRestarts) - 0.1);
    expect(discard.returnedAtRestarts.every((x) => x === 0)).toBe(true);
    expect(() => qleWithRestarts(p, { segmentLength: 300, times, dotCharge: "keep" as "return" })).toThrow(/parameter 'dotCharge'/);
  });
});
