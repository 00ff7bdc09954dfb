/**
 * Householder reduction of a dense complex Hermitian matrix to a Hermitian tridiagonal
 * matrix T = Qᴴ A Q, on one or two threads with bitwise identical results.
 *
 * Algorithm: the complex form of Golub & Van Loan, Matrix Computations, 4th ed.,
 * Alg. 8.3.1 (as LAPACK zhetd2) with Hermitian reflectors H = I − β v vᴴ,
 * v ∝ x + e^{iφ}‖x‖ e₁ (x₀ = |x₀| e^{iφ}, v₀ = 1), so that H x = −e^{iφ}‖x‖ e₁ and
 * β = (|x₀|+‖x‖)/‖x‖ ∈ [1, 2]. Each step: p = β A₂₂ v, w = p − (β/2)(vᴴp) v,
 * A₂₂ ← A₂₂ − v wᴴ − w vᴴ. Backward stable: ‖E‖₂ = O(n·ε·‖A‖₂).
 *
 * Storage and passes: split real/imaginary Float64Array, row-major, upper triangle only. The
 * rank-2 update of step k is fused with the matrix–vector product p of step k+1 in one pass
 * over the trailing triangle, two rows at a time (each trailing element is loaded and stored
 * once per step, 32 flops per element). A blocked, zhetrd-style panel (zlatrd + zher2k)
 * would only move half of these flops into a rank-2k update: the fused pass is compute-bound
 * in V8 (scalar SSE2, no FMA; 3.5–3.8 GFlop/s measured for n = 300, whose triangle fits in
 * L2, and for n = 1000 alike), so it would not be faster here.
 *
 * Partition: the rows of the trailing triangle of every step are split into two parts of
 * equal area, and each part accumulates its share of p in its own buffer; p = part 0 + part 1,
 * summed in this order. A serial run computes both parts one after the other, a parallel run
 * one part on each thread (src/numerics/parallel workers, the matrix in shared memory, one
 * barrier per step): the same operations in the same order, so the results are bitwise
 * identical. Below {@link SOLO_BELOW} trailing rows the barrier costs more than the step and
 * the leading thread finishes both parts alone; it also goes on alone once, over a window of
 * steps, it has waited at the barriers longer than it worked (on a machine with more runnable
 * threads than cores the partner is preempted mid-step and every barrier waits for it: two
 * threads were then slower than one, 0.89× at load 7–10 on 2 cores).
 */
import { insideParallelMap, parallelMap, parallelTask } from "../parallel/worker-pool.js";

/** Hermitian tridiagonal T: real diagonal d, complex subdiagonal α_k = T[k+1][k]. */
export interface HermitianTridiagonal {
  readonly d: Float64Array;
  readonly alphaRe: Float64Array;
  readonly alphaIm: Float64Array;
}

/** Options of {@link reduceHermitianTridiagonal}. */
export interface HermitianTridiagonalOptions {
  /** Threads (1 or 2; more are used as 2). With 2, `wr` and `wi` must lie in SharedArrayBuffers. Default 1. */
  readonly threads?: number;
  /**
   * When given (length n): reflector k is kept in row k of (wr, wi) (v in columns k+1..,
   * v_{k+1} = 1) and β_k in beta[k], for the back transformation. Serial only.
   */
  readonly beta?: Float64Array;
}

/** Trailing rows below which the second thread leaves and the leader finishes alone. */
export const SOLO_BELOW = 96;
/** Time the first thread of a parallel reduction waits for its partner before working alone (ms). */
const JOIN_WAIT_MS = 200;
/** A partner silent for this long is taken as lost (ms). */
const BARRIER_TIMEOUT_MS = 120_000;

/** Steps per window over which the leader weighs its barrier waits against its own work. */
const WINDOW = 16;
/** Atomics.load polls before a thread at a barrier sleeps (≈ 20–40 µs: a running partner is usually that close). */
const SPIN = 2000;

// sync (Int32Array on a SharedArrayBuffer): [JOIN] 0 none, 1 one joined, 2 both joined, 3 solo;
// [STEP + role] steps completed by that role; [ABORT] 1 once a participant failed;
// [STOP] the step after which the partner leaves (set by the leader, 0 = none).
const JOIN = 0;
const STEP = 1;
const ABORT = 3;
const STOP = 4;
const SYNC_LENGTH = 5;

/**
 * Reduces the Hermitian matrix whose upper triangle is in (wr, wi) (row-major n×n; the
 * triangle is overwritten) to tridiagonal form. Kernel: trusts its input (finite entries,
 * max|a_ij| well inside the floating-point range — callers scale first).
 * @example reduceHermitianTridiagonal(Float64Array.of(2, 1, 0, 2), Float64Array.of(0, 1, 0, 0), 2).alphaRe // [1, 0] (α₀ = conj(a₀₁) = 1 − i)
 */
export function reduceHermitianTridiagonal(
  wr: Float64Array,
  wi: Float64Array,
  n: number,
  options: HermitianTridiagonalOptions = {},
): HermitianTridiagonal {
  const beta = options.beta ?? null;
  const threads = beta === null ? Math.min(2, options.threads ?? 1) : 1;
  // inside a running parallelMap job a nested one runs inline: the leader would wait for nobody
  if (threads === 1 || n - 2 < SOLO_BELOW || insideParallelMap()) {
    const out = { d: new Float64Array(n), alphaRe: new Float64Array(n), alphaIm: new Float64Array(n) };
    const q = new Float64Array(8 * Math.max(n, 1));
    participate({ wr, wi, n, q, out, beta, role: 0, parts: 2, sync: null, stopAt: -1 });
    return out;
  }
  if (!(wr.buffer instanceof SharedArrayBuffer) || !(wi.buffer instanceof SharedArrayBuffer)) {
    throw new TypeError("reduceHermitianTridiagonal: with threads = 2 the matrix must lie in SharedArrayBuffers");
  }
  const input = tridiagonalGangInput(wr, wi, n);
  parallelMap(hermitianTridiagonalGangTask, [input, input], { threads: 2 });
  return gangResult(input);
}

/** The shared input of a two-thread reduction of the matrix in (wr, wi) (on SharedArrayBuffers). */
export function tridiagonalGangInput(wr: Float64Array, wi: Float64Array, n: number, stopAt?: number): TridiagonalGangInput {
  return {
    wr: wr.buffer as SharedArrayBuffer,
    wi: wi.buffer as SharedArrayBuffer,
    wOffset: [wr.byteOffset, wi.byteOffset],
    n,
    q: new SharedArrayBuffer(8 * 8 * n),
    out: new SharedArrayBuffer(8 * 3 * n),
    sync: new SharedArrayBuffer(4 * SYNC_LENGTH),
    stopAt,
  };
}

/** The tridiagonal a two-thread reduction left in its input. */
export function gangResult(input: TridiagonalGangInput): HermitianTridiagonal {
  const n = input.n;
  return { d: new Float64Array(input.out, 0, n), alphaRe: new Float64Array(input.out, 8 * n, n), alphaIm: new Float64Array(input.out, 16 * n, n) };
}

/** Input of one thread of a parallel reduction (everything shared, nothing copied). */
export interface TridiagonalGangInput {
  readonly wr: SharedArrayBuffer;
  readonly wi: SharedArrayBuffer;
  /** Byte offsets of the n×n matrices in wr and wi. */
  readonly wOffset: readonly [number, number];
  readonly n: number;
  /** Partial products p: 8n doubles (part × parity × re/im). */
  readonly q: SharedArrayBuffer;
  /** Result: d, αre, αim (3n doubles), written by the leader. */
  readonly out: SharedArrayBuffer;
  readonly sync: SharedArrayBuffer;
  /** Tests: the leader ends the gang at the barrier of this step, as it does when the partner keeps it waiting. */
  readonly stopAt?: number;
}

/**
 * One thread of a parallel reduction (a pool task): the first thread to arrive leads; it
 * waits up to JOIN_WAIT_MS for a partner and works alone (both parts) if none comes, so a
 * slow or busy worker costs time, never correctness. A thread arriving after that returns.
 * @returns which role this thread had: 'leader', 'partner' or 'late'.
 */
export function hermitianTridiagonalGang(input: TridiagonalGangInput): "leader" | "partner" | "late" {
  const sync = new Int32Array(input.sync);
  const n = input.n;
  const wr = new Float64Array(input.wr, input.wOffset[0], n * n);
  const wi = new Float64Array(input.wi, input.wOffset[1], n * n);
  const q = new Float64Array(input.q);
  const out = gangResult(input);
  let role: 0 | 1;
  let gang: Int32Array | null;
  if (Atomics.compareExchange(sync, JOIN, 0, 1) === 0) {
    role = 0;
    const until = performance.now() + JOIN_WAIT_MS;
    for (let left = JOIN_WAIT_MS; Atomics.load(sync, JOIN) === 1 && left > 0; left = until - performance.now()) {
      Atomics.wait(sync, JOIN, 1, left);
    }
    gang = Atomics.compareExchange(sync, JOIN, 1, 3) === 1 ? null : sync;
  } else if (Atomics.compareExchange(sync, JOIN, 1, 2) === 1) {
    Atomics.notify(sync, JOIN);
    role = 1;
    gang = sync;
  } else {
    return "late";
  }
  try {
    participate({ wr, wi, n, q, out, beta: null, role, parts: gang === null ? 2 : 1, sync: gang, stopAt: input.stopAt ?? -1 });
  } catch (error) {
    Atomics.store(sync, ABORT, 1);
    Atomics.notify(sync, STEP);
    Atomics.notify(sync, STEP + 1);
    throw error;
  }
  return role === 0 ? "leader" : "partner";
}

/** {@link hermitianTridiagonalGang} as a pool task. */
export const hermitianTridiagonalGangTask = parallelTask(import.meta.url, "hermitianTridiagonalGang", hermitianTridiagonalGang);

interface Participant {
  readonly wr: Float64Array;
  readonly wi: Float64Array;
  readonly n: number;
  readonly q: Float64Array;
  readonly out: HermitianTridiagonal;
  readonly beta: Float64Array | null;
  /** 0: leader (writes the result; computes part 0, or both parts when alone), 1: partner (part 1). */
  readonly role: 0 | 1;
  /** 2: this thread computes both parts; 1: only the part of its role. */
  readonly parts: 1 | 2;
  readonly sync: Int32Array | null;
  /** Step at whose barrier the leader ends the gang regardless of the waits (−1: none). */
  readonly stopAt: number;
}

/** First row of part 1 of rows [first, n): equal areas Σ(n − i) in both parts, part 0 an even number of rows. */
function splitRow(first: number, n: number): number {
  const s = n - first;
  const t = s + 0.5 - Math.sqrt((s + 0.5) * (s + 0.5) - (s * (s + 1)) / 2);
  return Math.min(n, first + 2 * Math.round(t / 2));
}

/**
 * Marks step `step` done for `role` and waits until the other role has done it too (polling
 * SPIN times, then sleeping). The leader passes `stop` = true to end the gang at this step:
 * STOP is stored before its step count, so the partner, once it sees the count, sees STOP.
 * @returns true while the two go on together.
 */
function barrier(sync: Int32Array, role: 0 | 1, step: number, stop: boolean): boolean {
  if (stop) Atomics.store(sync, STOP, step);
  Atomics.store(sync, STEP + role, step);
  Atomics.notify(sync, STEP + role);
  const other = STEP + 1 - role;
  let seen = Atomics.load(sync, other);
  for (let spin = 0; seen < step && spin < SPIN; spin++) seen = Atomics.load(sync, other);
  const started = performance.now();
  for (; seen < step; seen = Atomics.load(sync, other)) {
    if (Atomics.load(sync, ABORT) !== 0) throw new Error("hermitian tridiagonal reduction: the other thread failed");
    if (performance.now() - started > BARRIER_TIMEOUT_MS) throw new Error(`hermitian tridiagonal reduction: no word from the other thread for ${BARRIER_TIMEOUT_MS / 1000} s`);
    Atomics.wait(sync, other, seen, 1000);
  }
  return role === 0 ? !stop : Atomics.load(sync, STOP) !== step;
}

/** The reduction as seen by one thread (both parts when alone). */
function participate(p: Participant): void {
  const { wr, wi, n, q, out, beta } = p;
  const { d, alphaRe, alphaIm } = out;
  const leader = p.role === 0;
  let gang = p.sync;
  let alone = p.parts === 2;
  if (n <= 2) {
    if (!leader) return;
    if (n >= 1) d[0] = wr[0];
    if (n === 2) {
      d[1] = wr[3];
      alphaRe[0] = wr[1];
      alphaIm[0] = -wi[1];
    }
    return;
  }
  let vr = new Float64Array(n);
  let vi = new Float64Array(n);
  let ur = new Float64Array(n); // next reflector
  let ui = new Float64Array(n);
  const pr = new Float64Array(n);
  const pi = new Float64Array(n);
  const xr = new Float64Array(n); // w of the current step
  const xi = new Float64Array(n);
  const rowR = new Float64Array(n); // row k+1 after the update of step k
  const rowI = new Float64Array(n);
  const h = new Float64Array(2);
  // partial p of part t for step parity s: re at ((2t + s)·2)·n, im n further
  const at = (part: number, parity: number) => 2 * (2 * part + parity) * n;
  const keep = (k: number, b: number, sr: Float64Array, si: Float64Array): void => {
    if (beta === null) return;
    beta[k] = b;
    wr.set(sr.subarray(k + 1, n), k * n + k + 1);
    wi.set(si.subarray(k + 1, n), k * n + k + 1);
  };

  if (leader) d[0] = wr[0];
  let b = householderHermitian(wr, wi, 1, n - 1, vr, vi, 1, h);
  if (leader) {
    alphaRe[0] = h[0];
    alphaIm[0] = h[1];
  }
  keep(0, b, vr, vi);
  let parity = 0;
  {
    const m = splitRow(1, n);
    for (let part = 0; part < 2; part++) {
      if (!alone && part !== p.role) continue;
      const o = at(part, parity);
      q.fill(0, o, o + 2 * n);
      hemvRows(wr, wi, n, part === 0 ? 1 : m, part === 0 ? m : n, vr, vi, q, o, o + n);
    }
    if (gang !== null) barrier(gang, p.role, 1, false);
  }
  // the leader's bookkeeping: work and barrier waits of the current window (ms)
  let work = 0;
  let waited = 0;
  let stepStart = performance.now();

  for (let k = 0; k <= n - 3; k++) {
    if (gang !== null && n - k - 2 < SOLO_BELOW) {
      // the partner's partial of step k − 1 is complete (barrier k); the leader goes on alone
      if (!leader) return;
      gang = null;
      alone = true;
    }
    {
      const o0 = at(0, parity);
      const o1 = at(1, parity);
      for (let j = k + 1; j < n; j++) {
        pr[j] = b * (q[o0 + j] + q[o1 + j]);
        pi[j] = b * (q[o0 + n + j] + q[o1 + n + j]);
      }
    }
    let pv = 0; // Re(vᴴ p); vᴴ A v is real
    for (let j = k + 1; j < n; j++) pv += vr[j] * pr[j] + vi[j] * pi[j];
    const half = 0.5 * b * pv;
    for (let j = k + 1; j < n; j++) {
      xr[j] = pr[j] - half * vr[j];
      xi[j] = pi[j] - half * vi[j];
    }
    // row k+1: A_ij − v_i conj(w_j) − w_i conj(v_j), into rowR/rowI (the matrix row is not needed again)
    const r = (k + 1) * n;
    {
      const a1 = vr[k + 1], a2 = vi[k + 1], c1 = xr[k + 1], c2 = xi[k + 1];
      for (let j = k + 1; j < n; j++) {
        rowR[j] = wr[r + j] - (a1 * xr[j] + a2 * xi[j] + c1 * vr[j] + c2 * vi[j]);
        rowI[j] = wi[r + j] - (a2 * xr[j] - a1 * xi[j] + c2 * vr[j] - c1 * vi[j]);
      }
      rowI[k + 1] = 0;
    }
    if (leader) d[k + 1] = rowR[k + 1];
    if (k === n - 3) {
      if (leader) {
        const o = (n - 1) * n + n - 1;
        d[n - 1] = wr[o] - 2 * (vr[n - 1] * xr[n - 1] + vi[n - 1] * xi[n - 1]);
        alphaRe[n - 2] = rowR[n - 1];
        alphaIm[n - 2] = -rowI[n - 1];
      }
      break;
    }
    const bNext = householderHermitian(rowR, rowI, k + 2, n - k - 2, ur, ui, k + 2, h);
    if (leader) {
      alphaRe[k + 1] = h[0];
      alphaIm[k + 1] = h[1];
    }
    keep(k + 1, bNext, ur, ui);
    parity ^= 1;
    const m = splitRow(k + 2, n);
    for (let part = 0; part < 2; part++) {
      if (!alone && part !== p.role) continue;
      const o = at(part, parity);
      q.fill(0, o + k + 2, o + n);
      q.fill(0, o + n + k + 2, o + 2 * n);
      fusedRows(wr, wi, n, part === 0 ? k + 2 : m, part === 0 ? m : n, vr, vi, xr, xi, ur, ui, q, o, o + n);
    }
    if (gang !== null) {
      // a partner that keeps the leader waiting longer than the leader works makes two
      // threads slower than one (a busy machine preempts it mid-step): end the gang
      let stop = false;
      const arrived = performance.now();
      if (leader) {
        work += arrived - stepStart;
        stop = ((k + 1) % WINDOW === 0 && waited > work) || k + 2 === p.stopAt;
        if ((k + 1) % WINDOW === 0) work = waited = 0;
      }
      const together = barrier(gang, p.role, k + 2, stop);
      if (leader) {
        stepStart = performance.now();
        waited += stepStart - arrived;
      }
      if (!together) {
        if (!leader) return;
        gang = null;
        alone = true;
      }
    }
    [vr, ur] = [ur, vr];
    [vi, ui] = [ui, vi];
    b = bNext;
  }
}

/** q += A[rows lo..hi−1, :] v restricted to the upper triangle, both halves (Hermitian product): the first p of the reduction. */
function hemvRows(
  wr: Float64Array, wi: Float64Array, n: number, lo: number, hi: number,
  vr: Float64Array, vi: Float64Array, q: Float64Array, qRe: number, qIm: number,
): void {
  for (let i = lo; i < hi; i++) {
    const o = i * n;
    const vir = vr[i];
    const vii = vi[i];
    let sr = wr[o + i] * vir;
    let si = wr[o + i] * vii;
    for (let j = i + 1; j < n; j++) {
      const ar = wr[o + j];
      const ai = wi[o + j];
      sr += ar * vr[j] - ai * vi[j];
      si += ar * vi[j] + ai * vr[j];
      q[qRe + j] += ar * vir + ai * vii;
      q[qIm + j] += ar * vii - ai * vir;
    }
    q[qRe + i] += sr;
    q[qIm + i] += si;
  }
}

/**
 * Rows lo..hi−1 of the trailing triangle: A_ij −= v_i conj(x_j) + x_i conj(v_j) (j ≥ i), fused
 * with q += (updated A) u over those rows (row and column halves of the Hermitian product),
 * two rows per pass so that the shared vectors (x, v, u, q) are loaded once for both rows.
 */
function fusedRows(
  wr: Float64Array, wi: Float64Array, n: number, lo: number, hi: number,
  vr: Float64Array, vi: Float64Array, xr: Float64Array, xi: Float64Array, ur: Float64Array, ui: Float64Array,
  q: Float64Array, qRe: number, qIm: number,
): void {
  let i = lo;
  for (; i + 1 < hi; i += 2) {
    const o = i * n;
    const p = o + n;
    const a1 = vr[i], a2 = vi[i], c1 = xr[i], c2 = xi[i];
    const u1 = ur[i], u2 = ui[i];
    const b1 = vr[i + 1], b2 = vi[i + 1], e1 = xr[i + 1], e2 = xi[i + 1];
    const t1 = ur[i + 1], t2 = ui[i + 1];
    // diagonals (real) and the element (i, i+1)
    const dii = wr[o + i] - 2 * (a1 * c1 + a2 * c2);
    wr[o + i] = dii;
    const djj = wr[p + i + 1] - 2 * (b1 * e1 + b2 * e2);
    wr[p + i + 1] = djj;
    const fr = wr[o + i + 1] - (a1 * e1 + a2 * e2 + c1 * b1 + c2 * b2);
    const fi = wi[o + i + 1] - (a2 * e1 - a1 * e2 + c2 * b1 - c1 * b2);
    wr[o + i + 1] = fr;
    wi[o + i + 1] = fi;
    let sr = dii * u1 + (fr * t1 - fi * t2);
    let si = dii * u2 + (fr * t2 + fi * t1);
    let gr = djj * t1 + (fr * u1 + fi * u2); // row i+1 gets conj(A_{i,i+1})·u_i
    let gi = djj * t2 + (fr * u2 - fi * u1);
    for (let j = i + 2; j < n; j++) {
      const xj = xr[j], yj = xi[j], vj = vr[j], zj = vi[j];
      const uj = ur[j], wj = ui[j];
      const ar = wr[o + j] - (a1 * xj + a2 * yj + c1 * vj + c2 * zj);
      const ai = wi[o + j] - (a2 * xj - a1 * yj + c2 * vj - c1 * zj);
      const br = wr[p + j] - (b1 * xj + b2 * yj + e1 * vj + e2 * zj);
      const bi = wi[p + j] - (b2 * xj - b1 * yj + e2 * vj - e1 * zj);
      wr[o + j] = ar;
      wi[o + j] = ai;
      wr[p + j] = br;
      wi[p + j] = bi;
      sr += ar * uj - ai * wj;
      si += ar * wj + ai * uj;
      gr += br * uj - bi * wj;
      gi += br * wj + bi * uj;
      q[qRe + j] += ar * u1 + ai * u2 + br * t1 + bi * t2;
      q[qIm + j] += ar * u2 - ai * u1 + br * t2 - bi * t1;
    }
    q[qRe + i] += sr;
    q[qIm + i] += si;
    q[qRe + i + 1] += gr;
    q[qIm + i + 1] += gi;
  }
  for (; i < hi; i++) {
    const o = i * n;
    const a1 = vr[i], a2 = vi[i], c1 = xr[i], c2 = xi[i];
    const u1 = ur[i], u2 = ui[i];
    const dii = wr[o + i] - 2 * (a1 * c1 + a2 * c2);
    wr[o + i] = dii;
    let sr = dii * u1;
    let si = dii * u2;
    for (let j = i + 1; j < n; j++) {
      const xj = xr[j], yj = xi[j], vj = vr[j], zj = vi[j];
      const ar = wr[o + j] - (a1 * xj + a2 * yj + c1 * vj + c2 * zj);
      const ai = wi[o + j] - (a2 * xj - a1 * yj + c2 * vj - c1 * zj);
      wr[o + j] = ar;
      wi[o + j] = ai;
      const uj = ur[j], wj = ui[j];
      sr += ar * uj - ai * wj;
      si += ar * wj + ai * uj;
      q[qRe + j] += ar * u1 + ai * u2;
      q[qIm + j] += ar * u2 - ai * u1;
    }
    q[qRe + i] += sr;
    q[qIm + i] += si;
  }
}

/**
 * Hermitian Householder vector for x = conj(w[o .. o+len−1]) (a row of the upper
 * triangle is the conjugate of the column below the diagonal). Writes v (v₀ = 1) into
 * (vr, vi)[first ..], returns β and leaves α = −e^{iφ}‖x‖ (with H x = α e₁) in out[0], out[1].
 * x is divided by max|Re x_t|, |Im x_t| first so that σ = Σ|x_t|² cannot underflow or
 * overflow (an underflowed σ makes β inconsistent with v and H non-unitary).
 */
function householderHermitian(
  wr: Float64Array, wi: Float64Array, o: number, len: number,
  vr: Float64Array, vi: Float64Array, first: number, out: Float64Array,
): number {
  let big = 0;
  for (let t = 0; t < len; t++) big = Math.max(big, Math.abs(wr[o + t]), Math.abs(wi[o + t]));
  vr[first] = 1;
  vi[first] = 0;
  let sigma = 0;
  for (let t = 1; t < len; t++) {
    const xr = big === 0 ? 0 : wr[o + t] / big;
    const xi = big === 0 ? 0 : -wi[o + t] / big;
    vr[first + t] = xr;
    vi[first + t] = xi;
    sigma += xr * xr + xi * xi;
  }
  if (sigma === 0) {
    for (let t = 1; t < len; t++) {
      vr[first + t] = 0;
      vi[first + t] = 0;
    }
    out[0] = wr[o];
    out[1] = -wi[o];
    return 0;
  }
  const abs0 = Math.hypot(wr[o], wi[o]) / big;
  const mu = Math.sqrt(abs0 * abs0 + sigma);
  const [phr, phi] = unitPhase(wr[o], -wi[o]);
  const rho = abs0 + mu;
  // v_t = x_t · conj(phase) / ρ (x_t already scaled and conjugated in place)
  const cr = phr / rho;
  const ci = -phi / rho;
  for (let t = 1; t < len; t++) {
    const xr = vr[first + t];
    const xi = vi[first + t];
    vr[first + t] = xr * cr - xi * ci;
    vi[first + t] = xr * ci + xi * cr;
  }
  out[0] = -phr * mu * big;
  out[1] = -phi * mu * big;
  return rho / mu;
}

/**
 * x/|x| for x = re + i·im (1 for x = 0), of modulus 1 to rounding even when re and im
 * are subnormal (dividing by the larger part first keeps full precision).
 */
export function unitPhase(re: number, im: number): [number, number] {
  const m = Math.max(Math.abs(re), Math.abs(im));
  if (m === 0) return [1, 0];
  const a = re / m;
  const b = im / m;
  const h = Math.hypot(a, b);
  return [a / h, b / h];
}
