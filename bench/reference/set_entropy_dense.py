#!/usr/bin/env python3
"""Dense NumPy reference of the authors' algorithm for the single-electron transistor with
finite baths (Usui, Ptaszynski, Esposito, Strasberg; shared/seeds/001_06d9cbfd9396c60e.txt,
eqs. (15)-(21), Sec. III-IV, App. B): dense eigh of the (2K+1)x(2K+1) Hamiltonian, dense
C(t) = e^{iHt} C(0) e^{-iHt}, dense block spectra. Used by bench/set-entropy.bench.ts to time
qtherm against what users would otherwise run, in the same process run.

Usage: python3 set_entropy_dense.py K GAMMA_T1 GAMMA_T2 ...   (case (a), Gamma = 3, W = 10)
Prints one JSON object: timings in ms (diagonalisation; per time point: populations-only
pipeline and full pipeline) and the observables at each time for cross-checking.
"""
import json
import sys
import time

import numpy as np


def fermi(x):
    return 0.5 * (1.0 - np.tanh(0.5 * x))


def h2(p):
    p = np.clip(p, 0.0, 1.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        a = np.where(p > 0, -p * np.log(p), 0.0)
        b = np.where(p < 1, -(1 - p) * np.log1p(-p), 0.0)
    return a + b


def effective(levels, energy, particles):
    """beta*, mu* from E and N (eqs. (5)-(6)) by 2D Newton in (beta, beta*mu)."""
    beta, bm = 1.0, 0.0
    # start: match N at beta = 1
    for _ in range(200):
        f = fermi(beta * levels - bm)
        w = f * (1 - f)
        g1 = f.sum() - particles
        g2 = (levels * f).sum() - energy
        # d f / d beta = -w * levels, d f / d (beta mu) = w
        j = np.array([[-(w * levels).sum(), w.sum()], [-(w * levels * levels).sum(), (w * levels).sum()]])
        step = np.linalg.solve(j, [-g1, -g2])
        scale = 1.0
        while scale > 1e-6:
            nb, nbm = beta + scale * step[0], bm + scale * step[1]
            if nb > 0:
                f2 = fermi(nb * levels - nbm)
                if abs(f2.sum() - particles) + abs((levels * f2).sum() - energy) < abs(g1) + abs(g2) or scale < 1e-3:
                    break
            scale *= 0.5
        beta, bm = nb, nbm
        if abs(step[0]) < 1e-14 * abs(beta) and abs(step[1]) < 1e-14 * (1 + abs(bm)):
            break
    return beta, bm / beta


def gc_entropy(levels, beta, mu):
    return h2(fermi(beta * (levels - mu))).sum()


def main():
    k = int(sys.argv[1])
    gamma_times = [float(x) for x in sys.argv[2:]]
    width, gamma = 10.0, 3.0
    spacing = width / (k - 1)
    levels = np.arange(k) * spacing - width / 2
    t0 = np.sqrt(gamma * spacing / (2 * np.pi))
    n = 2 * k + 1
    h = np.zeros((n, n))
    h[1:, 1:] = np.diag(np.concatenate([levels, levels]))
    h[0, 1:] = t0
    h[1:, 0] = t0
    c0 = np.concatenate([[0.0], fermi(10 * (levels - 1.0)), fermi(2 * (levels + 1.0))])
    start = time.perf_counter()
    lam, v = np.linalg.eigh(h)
    diag_ms = 1e3 * (time.perf_counter() - start)
    ref = {"L": (10.0, 1.0), "R": (2.0, -1.0)}
    s0 = {nu: gc_entropy(levels, *ref[nu]) for nu in ref}
    pop_ms, full_ms, points = [], [], []
    for gt in gamma_times:
        t = gt / gamma
        # populations-only pipeline
        start = time.perf_counter()
        ph = np.exp(-1j * lam * t)
        u = (v * ph) @ v.T  # U = V e^{-i Lambda t} V^T
        pops = (np.abs(u) ** 2).T @ c0  # n_j = sum_l f_l |U_lj|^2
        obs = {}
        for nu, sl in (("L", slice(1, k + 1)), ("R", slice(k + 1, n))):
            e, nn = (levels * pops[sl]).sum(), pops[sl].sum()
            b, m = effective(levels, e, nn)
            obs[nu] = (b, m, gc_entropy(levels, b, m))
        sigma_big = h2(np.array([pops[0]]))[0] + sum(obs[nu][2] - s0[nu] for nu in obs)
        pop_ms.append(1e3 * (time.perf_counter() - start))
        # full pipeline: dense C(t) and block spectra
        start = time.perf_counter()
        ph = np.exp(-1j * lam * t)
        u = (v * ph) @ v.T
        c = (u.conj().T * c0) @ u  # C(t) = U^dagger diag(f) U
        s_b = h2(np.linalg.eigvalsh(c[1:, 1:])).sum()
        s_l = h2(np.linalg.eigvalsh(c[1 : k + 1, 1 : k + 1])).sum()
        s_r = h2(np.linalg.eigvalsh(c[k + 1 :, k + 1 :])).sum()
        s_tot = h2(c0).sum()
        pd = np.real(np.diag(c))
        i_sb = h2(np.array([pd[0]]))[0] + s_b - s_tot
        i_lr = s_l + s_r - s_b
        full_ms.append(1e3 * (time.perf_counter() - start))
        points.append({"gammaT": gt, "betaL": obs["L"][0], "betaR": obs["R"][0], "muL": obs["L"][1], "muR": obs["R"][1], "Sigma": sigma_big, "ISB": i_sb, "ILR": i_lr, "SL": s_l, "SR": s_r})
    print(json.dumps({"K": k, "numpy": np.__version__, "diagonalisationMs": diag_ms, "populationMs": pop_ms, "fullMs": full_ms, "points": points}))


if __name__ == "__main__":
    main()
