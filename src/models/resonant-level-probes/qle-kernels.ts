/**
 * Kernels of the quantum-Langevin (QLE) closed forms of eq. (9): the printed
 * scalar terms F2 and F3 (one k′ term), and their stable rewriting used on arrays.
 * Source: 000_801d121c3abe0574.txt, eqs. (7)–(9). Units ħ = 1: energies, Γ in energy,
 * t in 1/energy; every t here is t − t_0.
 *
 * Notation: ε_jk = ε_j − ε_k (so ε_dl = ε_d − ε_l), Γ = Σ_ν Γ_ν the total (energy
 * independent) hybridization, v_l the hopping of level l, f_k′ the initial occupation.
 * These kernels trust their input (finite numbers, Γ > 0, t ≥ 0).
 */

/**
 * F2 of eq. (9), as printed: the first-order (reservoir–dot) correction to p(ε_l):
 * F2 = −v_l² f_l t·2Γ/(Γ² + ε_dl²) − 2v_l² f_l (ε_dl² − Γ²)/(ε_dl² + Γ²)²
 *      + v_l² f_l e^{−Γt}/(ε_dl² + Γ²)² · {2(ε_dl² − Γ²) cos(ε_dl t) + 4 ε_dl Γ sin(ε_dl t)}.
 * Source: 000_801d121c3abe0574.txt, eq. (9). Dimensionless (an occupation change).
 */
export function f2Printed(t: number, hopping2: number, occupation: number, epsilonDl: number, Gamma: number): number {
  const e2 = epsilonDl * epsilonDl;
  const g2 = Gamma * Gamma;
  const den = e2 + g2;
  const vf = hopping2 * occupation;
  return (
    (-vf * t * 2 * Gamma) / den -
    (2 * vf * (e2 - g2)) / (den * den) +
    ((vf * Math.exp(-Gamma * t)) / (den * den)) * (2 * (e2 - g2) * Math.cos(epsilonDl * t) + 4 * epsilonDl * Gamma * Math.sin(epsilonDl * t))
  );
}

/**
 * One k′ term of F3 in eq. (9), as printed, divided by v_l² v_k′² f_k′ (a pure
 * function of t, Γ and the three energy differences):
 * T = 1/(Γ² + ε_dk′²) · { 4 sin²(ε_lk′ t/2)/ε_lk′²
 *       + [e^{−2Γt} + 1 − e^{t(iε_dl − Γ)} − e^{−t(iε_dl + Γ)}]/(Γ² + ε_dl²)
 *       + [(1 − e^{−t(Γ + iε_dl)} + e^{−t(Γ + iε_dk′)} − e^{−itε_lk′})/((ε_dl − iΓ) ε_lk′) + c.c.] }.
 * ε_dk′ is passed separately so that the printed expression is evaluated literally;
 * consistency requires ε_dk′ = ε_dl + ε_lk′. At ε_lk′ = 0 (k′ = l, or a level of
 * another reservoir at the same energy) the first and last terms are replaced by their
 * limits t² and 2 Re[i t (1 − e^{−t(Γ + iε_dl)})/(ε_dl − iΓ)] (removable singularities).
 * Near (not at) ε_lk′ = 0 the literal form loses ~log10(1/|ε_lk′ t|) digits: use
 * {@link f3TermStable} on arrays.
 * Source: 000_801d121c3abe0574.txt, eq. (9). Units: time² (1/energy²)·(1/energy²).
 */
export function f3TermPrinted(t: number, epsilonDl: number, epsilonDk: number, epsilonLk: number, Gamma: number): number {
  const g2 = Gamma * Gamma;
  const decay = Math.exp(-Gamma * t);
  // second term: [e^{−2Γt} + 1 − 2 e^{−Γt} cos(ε_dl t)]/(Γ² + ε_dl²) (the two exponentials are conjugates)
  const second = (decay * decay + 1 - 2 * decay * Math.cos(epsilonDl * t)) / (g2 + epsilonDl * epsilonDl);
  // 1/(ε_dl − iΓ) = (ε_dl + iΓ)/(ε_dl² + Γ²)
  const inv = 1 / (epsilonDl * epsilonDl + g2);
  const qRe = epsilonDl * inv;
  const qIm = Gamma * inv;
  let first: number;
  let crossRe: number; // Re of the bracket before "+ c.c."
  if (epsilonLk === 0) {
    first = t * t;
    // i t (1 − e^{−t(Γ + iε_dl)}) / (ε_dl − iΓ)
    const bRe = 1 - decay * Math.cos(epsilonDl * t);
    const bIm = decay * Math.sin(epsilonDl * t);
    // i t b = t(−bIm + i bRe)
    const nRe = -t * bIm;
    const nIm = t * bRe;
    crossRe = nRe * qRe - nIm * qIm;
  } else {
    const s = Math.sin((epsilonLk * t) / 2);
    first = (4 * s * s) / (epsilonLk * epsilonLk);
    // numerator 1 − e^{−t(Γ + iε_dl)} + e^{−t(Γ + iε_dk′)} − e^{−itε_lk′}
    const nRe = 1 - decay * Math.cos(epsilonDl * t) + decay * Math.cos(epsilonDk * t) - Math.cos(epsilonLk * t);
    const nIm = decay * Math.sin(epsilonDl * t) - decay * Math.sin(epsilonDk * t) + Math.sin(epsilonLk * t);
    crossRe = (nRe * qRe - nIm * qIm) / epsilonLk;
  }
  return (first + second + 2 * crossRe) / (g2 + epsilonDk * epsilonDk);
}

/**
 * Per-target-level constants of the stable F3 kernel at time t:
 * K = |1 − e^{−(Γ + iε_dl)t}|²/(Γ² + ε_dl²) and P = (1 − e^{−(Γ + iε_dl)t})/(ε_dl − iΓ).
 */
export interface TargetConstants {
  readonly K: number;
  readonly pRe: number;
  readonly pIm: number;
}

/** {@link TargetConstants} of level l (ε_dl = ε_d − ε_l) at time t. */
export function targetConstants(t: number, epsilonDl: number, Gamma: number): TargetConstants {
  const decay = Math.exp(-Gamma * t);
  const bRe = 1 - decay * Math.cos(epsilonDl * t);
  const bIm = decay * Math.sin(epsilonDl * t);
  const den = epsilonDl * epsilonDl + Gamma * Gamma;
  // b/(ε − iΓ) = b(ε + iΓ)/den
  return { K: (bRe * bRe + bIm * bIm) / den, pRe: (bRe * epsilonDl - bIm * Gamma) / den, pIm: (bRe * Gamma + bIm * epsilonDl) / den };
}

/** sin(x)/x with its limit 1 at x = 0 (Taylor form below |x| = 1e-4, error < 1e-17). */
export function sinc(x: number): number {
  const ax = Math.abs(x);
  if (ax < 1e-4) return 1 - (x * x) / 6;
  return Math.sin(x) / x;
}

/**
 * The same k′ term as {@link f3TermPrinted}, in a form without cancellation near
 * ε_lk′ = 0. Uses the exact factorisation of the printed numerator,
 * 1 − e^{−t(Γ+iε_dl)} + e^{−t(Γ+iε_dk′)} − e^{−itε_lk′} = (1 − e^{−itε_lk′})(1 − e^{−t(Γ+iε_dl)})
 * (valid because ε_dk′ = ε_dl + ε_lk′), and (1 − e^{−itε})/ε = t·sinc(x)(sin x + i cos x),
 * x = ε t/2, so that T·(Γ² + ε_dk′²) = t² sinc²x + K + 2t sinc(x)(sin x·Re P − cos x·Im P).
 * Source: 000_801d121c3abe0574.txt, eq. (9) (rewritten; identical to the printed form).
 */
export function f3TermStable(t: number, epsilonLk: number, epsilonDk: number, Gamma: number, c: TargetConstants): number {
  const x = (epsilonLk * t) / 2;
  const s = sinc(x);
  const ts = t * s;
  return (ts * ts + c.K + 2 * ts * (Math.sin(x) * c.pRe - Math.cos(x) * c.pIm)) / (Gamma * Gamma + epsilonDk * epsilonDk);
}

/**
 * Time derivative of {@link f3TermStable} (same normalisation):
 * d/dt[4 sin²(εt/2)/ε²] = 2 t sinc(x) cos x;
 * dK/dt = 2 e^{−Γt}[Γ cos(ε_dl t) + ε_dl sin(ε_dl t) − Γ e^{−Γt}]/(Γ² + ε_dl²);
 * d/dt of the cross term = 2 Re[i e^{−2ix} P] + 2 Re[i E t sinc(x)(sin x + i cos x)], E = e^{−(Γ+iε_dl)t},
 * using (Γ + iε_dl)/(ε_dl − iΓ) = i.
 */
export function f3TermStableRate(t: number, epsilonLk: number, epsilonDk: number, epsilonDl: number, Gamma: number, c: TargetConstants): number {
  const x = (epsilonLk * t) / 2;
  const s = sinc(x);
  const sx = Math.sin(x);
  const cx = Math.cos(x);
  const decay = Math.exp(-Gamma * t);
  const cd = Math.cos(epsilonDl * t);
  const sd = Math.sin(epsilonDl * t);
  const dFirst = 2 * t * s * cx;
  const dK = (2 * decay * (Gamma * cd + epsilonDl * sd - Gamma * decay)) / (epsilonDl * epsilonDl + Gamma * Gamma);
  // e^{−2ix} = cos 2x − i sin 2x ; i e^{−2ix} P: Re = Re(i·w) = −Im(w), w = e^{−2ix}P
  const c2 = Math.cos(2 * x);
  const s2 = Math.sin(2 * x);
  const wIm = c2 * c.pIm - s2 * c.pRe;
  const part1 = -2 * wIm;
  // E = decay (cd − i sd); u = t s (sx + i cx); Re[i E u] = −Im(E u)
  const uRe = t * s * sx;
  const uIm = t * s * cx;
  const euIm = decay * (cd * uIm - sd * uRe);
  const part2 = -2 * euIm;
  return (dFirst + dK + part1 + part2) / (Gamma * Gamma + epsilonDk * epsilonDk);
}

/**
 * Time derivative of F2 (eq. (9)): dF2/dt = −2 v_l² f_l Re[(1 − e^{−(Γ+iε_dl)t})/(Γ + iε_dl)].
 * Obtained by differentiating the printed F2 term by term.
 */
export function f2Rate(t: number, hopping2: number, occupation: number, epsilonDl: number, Gamma: number): number {
  const decay = Math.exp(-Gamma * t);
  const bRe = 1 - decay * Math.cos(epsilonDl * t);
  const bIm = decay * Math.sin(epsilonDl * t);
  // b/(Γ + iε) = b(Γ − iε)/(Γ² + ε²)
  return (-2 * hopping2 * occupation * (bRe * Gamma + bIm * epsilonDl)) / (Gamma * Gamma + epsilonDl * epsilonDl);
}
