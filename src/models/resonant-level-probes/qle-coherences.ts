import { ParameterError } from "../../core/errors.js";
import type { ComplexMatrix } from "../../numerics/linalg/types.js";
import type { QleSystem } from "./analytic.js";
import { sinc } from "./qle-kernels.js";

/**
 * The QLE's full single-particle density matrix of a grain, ρ_{l,l′}(t) = ⟨c_l†(t) c_l′(t)⟩,
 * off-diagonal elements included (the paper: "we have similarly derived closed expressions
 * for all density matrix elements … not presented here"; its Fig. 5 uses them).
 *
 * Derivation (same steps as eq. (9)): the QLE (7) with an empty initial dot gives
 *   c_d(t) = −i Σ_k v_k c_k(t_0) A_k(t),  A_k(t) = (e^{−iε_k t} − e^{−(iε_d + Γ)t})/(Γ + iε_dk),
 * and inserting it in the exact (5),
 *   c_l(t) = Σ_k M_lk(t) c_k(t_0),
 *   M_lk(t) = e^{−iε_l t} [δ_lk − v_l v_k (E_1(ε_lk) − E_2(l))/(Γ + iε_dk)],
 *   E_1(x) = (e^{ixt} − 1)/(ix) = t e^{ixt/2} sinc(xt/2),  E_2(l) = (e^{(iε_ld − Γ)t} − 1)/(iε_ld − Γ),
 * with k over all modes of L, R (and G), t ≡ t − t_0. With the diagonal initial state (8),
 *   ρ_{l,l′}(t) = Σ_k f_k conj(M_lk) M_l′k.
 * The diagonal l = l′ reproduces p = f_l + F2 + F3 of eq. (9) identically (test
 * qle-coherences.test.ts), which checks the map. The removable singularity ε_lk = 0 is
 * handled by sinc. Source: 000_801d121c3abe0574.txt, eqs. (5), (7)–(9), Fig. 5.
 * Units: ħ = 1; t in 1/energy; ρ dimensionless. Cost O(m·n_k) for the map rows and
 * O(m²·n_k) for the block, m = number of requested levels, n_k = 2N (+ N_G).
 * @throws ParameterError for t < 0 or non-finite, an unknown reservoir, or indices outside
 *   [0, N) or repeated.
 */
export function qleCoherenceBlock(system: QleSystem, name: "L" | "R" | "G", t: number, indices?: readonly number[]): ComplexMatrix {
  if (!(Number.isFinite(t) && t >= 0)) throw new ParameterError("t", t, "a finite time ≥ 0 (since contact)");
  const targetIndex = system.reservoirs.findIndex((r) => r.name === name);
  if (targetIndex < 0) throw new ParameterError("reservoir", name, `one of ${system.reservoirs.map((r) => `'${r.name}'`).join(", ")}`);
  const target = system.reservoirs[targetIndex];
  const rows = indices ?? Array.from({ length: target.energies.length }, (_, i) => i);
  const seen = new Set<number>();
  rows.forEach((i, c) => {
    if (!(Number.isInteger(i) && i >= 0 && i < target.energies.length) || seen.has(i)) {
      throw new ParameterError(`indices[${c}]`, i, `a distinct integer in [0, ${target.energies.length - 1}]`);
    }
    seen.add(i);
  });
  // flattened sources k: energies, hoppings, occupations; offset of the target reservoir
  let nk = 0;
  let offset = 0;
  system.reservoirs.forEach((r, j) => {
    if (j === targetIndex) offset = nk;
    nk += r.energies.length;
  });
  const ek = new Float64Array(nk);
  const vk = new Float64Array(nk);
  const fk = new Float64Array(nk);
  let i = 0;
  for (const r of system.reservoirs) {
    for (let k = 0; k < r.energies.length; k++, i++) {
      ek[i] = r.energies[k];
      vk[i] = r.hopping;
      fk[i] = r.occupations[k];
    }
  }
  const G = system.Gamma;
  const ed = system.epsilonD;
  const m = rows.length;
  // rows of M without the common phase e^{−iε_l t} (it drops out of |ρ| but not of arg ρ: kept below)
  const mRe = new Float64Array(m * nk);
  const mIm = new Float64Array(m * nk);
  const phaseRe = new Float64Array(m);
  const phaseIm = new Float64Array(m);
  // 1/(Γ + iε_dk) = (Γ − iε_dk)/(Γ² + ε_dk²), per source
  const qRe = new Float64Array(nk);
  const qIm = new Float64Array(nk);
  for (let k = 0; k < nk; k++) {
    const e = ed - ek[k];
    const den = G * G + e * e;
    qRe[k] = G / den;
    qIm[k] = -e / den;
  }
  const decay = Math.exp(-G * t);
  for (let a = 0; a < m; a++) {
    const l = rows[a];
    const el = target.energies[l];
    const vl = target.hopping;
    phaseRe[a] = Math.cos(el * t);
    phaseIm[a] = -Math.sin(el * t);
    // E_2 = (e^{(iε_ld − Γ)t} − 1)/(iε_ld − Γ), ε_ld = ε_l − ε_d
    const eld = el - ed;
    const nRe = decay * Math.cos(eld * t) - 1;
    const nIm = decay * Math.sin(eld * t);
    const dd = eld * eld + G * G; // |iε_ld − Γ|²; 1/(−Γ + iε_ld) = (−Γ − iε_ld)/dd
    const e2Re = (-G * nRe + eld * nIm) / dd;
    const e2Im = (-G * nIm - eld * nRe) / dd;
    const base = a * nk;
    for (let k = 0; k < nk; k++) {
      const x = ((el - ek[k]) * t) / 2;
      const s = t * sinc(x);
      // E_1 = t sinc(x) e^{ix}
      const wRe = s * Math.cos(x) - e2Re;
      const wIm = s * Math.sin(x) - e2Im;
      const c = vl * vk[k];
      mRe[base + k] = -c * (wRe * qRe[k] - wIm * qIm[k]);
      mIm[base + k] = -c * (wRe * qIm[k] + wIm * qRe[k]);
    }
    mRe[base + offset + l] += 1;
  }
  const re = new Float64Array(m * m);
  const im = new Float64Array(m * m);
  for (let a = 0; a < m; a++) {
    for (let b = a; b < m; b++) {
      let sRe = 0;
      let sIm = 0;
      const ba = a * nk;
      const bb = b * nk;
      for (let k = 0; k < nk; k++) {
        const f = fk[k];
        if (f === 0) continue;
        // conj(M_ak) M_bk
        const ar = mRe[ba + k];
        const ai = mIm[ba + k];
        const br = mRe[bb + k];
        const bi = mIm[bb + k];
        sRe += f * (ar * br + ai * bi);
        sIm += f * (ar * bi - ai * br);
      }
      // phases: conj(e^{−iε_a t}) e^{−iε_b t}
      const pr = phaseRe[a] * phaseRe[b] + phaseIm[a] * phaseIm[b];
      const pi = phaseRe[a] * phaseIm[b] - phaseIm[a] * phaseRe[b];
      const vRe = sRe * pr - sIm * pi;
      const vIm = sRe * pi + sIm * pr;
      re[a * m + b] = vRe;
      im[a * m + b] = vIm;
      re[b * m + a] = vRe;
      im[b * m + a] = -vIm;
    }
  }
  return { rows: m, cols: m, re, im };
}
